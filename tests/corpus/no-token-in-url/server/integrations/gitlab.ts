const GITLAB = process.env.GITLAB_URL ?? 'https://gitlab.com';

export async function projects(token: string) {
  const res = await fetch(`${GITLAB}/api/v4/projects?membership=true&private_token=${token}`); // expect: tokenInQuery
  return res.json();
}

export async function issues(token: string, projectId: number) {
  const res = await fetch(`${GITLAB}/api/v4/projects/${projectId}/issues?state=opened`, {
    headers: { 'PRIVATE-TOKEN': token },
  });
  return res.json();
}
