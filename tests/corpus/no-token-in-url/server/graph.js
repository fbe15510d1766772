const https = require('https');

function me(token, cb) {
  https.get({ hostname: 'graph.facebook.com', path: '/v19.0/me?fields=id,name&access_token=' + token }, (res) => { // expect: tokenInQuery
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => cb(JSON.parse(body)));
  });
}

function pagePosts(pageId, pageToken, proof) {
  return fetch(`https://graph.facebook.com/v19.0/${pageId}/posts?access_token=${pageToken}&appsecret_proof=${proof}`); // expect: tokenInQuery
}

module.exports = { me, pagePosts };
