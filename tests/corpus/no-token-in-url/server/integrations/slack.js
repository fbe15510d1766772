const SLACK_TOKEN = process.env.SLACK_BOT_TOKEN;

async function listUsers() {
  const res = await fetch(`https://slack.com/api/users.list?token=${SLACK_TOKEN}&limit=200`); // expect: tokenInQuery
  return res.json();
}

async function postMessage(channel, text) {
  const res = await fetch('https://slack.com/api/chat.postMessage', {
    method: 'POST',
    headers: { Authorization: `Bearer ${SLACK_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel, text }),
  });
  return res.json();
}

module.exports = { listUsers, postMessage };
