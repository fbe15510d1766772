const querystring = require('querystring');
const https = require('https');

function get(path, token) {
  const qs = querystring.stringify({ access_token: token, format: 'json' }); // expect: tokenInQuery
  return fetch(`https://api.example.com${path}?${qs}`);
}

function post(path, secret) {
  const body = querystring.stringify({ client_secret: secret, grant_type: 'client_credentials' });
  const req = https.request({ hostname: 'api.example.com', path, method: 'POST' });
  req.write(body);
  req.end();
}

module.exports = { get, post };
