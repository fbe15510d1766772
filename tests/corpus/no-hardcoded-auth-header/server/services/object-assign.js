function buildRequest(url, extra) {
  const headers = { Accept: 'application/json' };
  Object.assign(headers, { 'X-Access-Token': '__FAKE_opaque_10__' }, extra); // expect: hardcoded
  return new Request(url, { headers });
}

function buildSafe(url, token) {
  const headers = { Accept: 'application/json' };
  Object.assign(headers, { 'X-Access-Token': token });
  return new Request(url, { headers });
}

module.exports = { buildRequest, buildSafe };
