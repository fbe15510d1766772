#!/usr/bin/env node
const https = require('https');

const options = {
  hostname: 'api.github.com',
  path: '/repos/acme/app/issues?state=open',
  method: 'GET',
  headers: {
    'User-Agent': 'acme-sync',
    Authorization: 'Bearer __FAKE_githubToken_2__', // expect: hardcoded
  },
};

https
  .request(options, (res) => {
    let body = '';
    res.on('data', (chunk) => (body += chunk));
    res.on('end', () => console.log(JSON.parse(body).length, 'open issues'));
  })
  .end();
