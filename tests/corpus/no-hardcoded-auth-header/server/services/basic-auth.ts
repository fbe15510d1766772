const JIRA_USER = 'bot@acme.dev';
const JIRA_TOKEN = '__FAKE_opaque_12__';

export async function searchIssues(jql: string) {
  const res = await fetch(`https://acme.atlassian.net/rest/api/3/search?jql=${encodeURIComponent(jql)}`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`${JIRA_USER}:${JIRA_TOKEN}`).toString('base64')}`, // expect: hardcodedConstant
      Accept: 'application/json',
    },
  });
  return res.json();
}

export async function searchAs(user: string, token: string, jql: string) {
  return fetch(`https://acme.atlassian.net/rest/api/3/search?jql=${jql}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}` },
  });
}
