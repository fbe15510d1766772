const fetch = require('node-fetch');

async function getUser(token) {
  const res = await fetch(`https://api.github.com/user?access_token=${token}`); // expect: tokenInQuery
  return res.json();
}

async function getRepos(token) {
  const res = await fetch('https://api.github.com/user/repos?per_page=100', {
    headers: { Authorization: `token ${token}`, Accept: 'application/vnd.github+json' },
  });
  return res.json();
}

function authorizeUrl(state) {
  return `https://github.com/login/oauth/authorize?client_id=${process.env.GITHUB_CLIENT_ID}&scope=repo&state=${state}`;
}

module.exports = { getUser, getRepos, authorizeUrl };
