export function buildUrl(base: string, key?: string, q?: string) {
  let url = `${base}/search?format=json`;
  if (q) url += `&q=${encodeURIComponent(q)}`;
  if (key) url += '&api_key=' + key; // expect: tokenInQuery
  return url;
}

export function buildBody(code: string, secret: string) {
  let body = `grant_type=authorization_code&code=${code}`;
  body += '&client_secret=' + secret;
  return body;
}

export function withToken(url: string, token: string) {
  return url + (url.includes('?') ? '&' : '?') + 'access_token=' + token; // expect: tokenInQuery
}
