/**
 * Cases for `credentials/no-token-in-url`, shared by the rule test and tests/redaction.test.ts.
 * Every shape of issue 3 appears here with exact positions, data and fix or suggestion output, in
 * JS, TS and Vue SFCs; the valid cases are the look-alikes that must stay silent.
 */
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { MessageIds, Options } from '../../src/rules/no-token-in-url.js';
import { fake, fp, type FakeKind } from '../fixtures/fake.js';
import { lang, sfc } from '../fixtures/languages.js';
import { recallInvalid, recallValid } from './no-token-in-url.recall-cases.js';

/** Expands `__FAKE_<builder>_<seed>__` markers into fake credentials built at run time. */
function withFakes(code: string): string {
  return code.replaceAll(/__FAKE_([A-Za-z]+)_(\d+)__/gu, (_, builder: string, seed: string) => fake[builder as FakeKind](Number(seed)));
}

export const valid: ValidTestCase<Options>[] = [
  // POST body URLSearchParams
  { code: `await fetch(\`\${API}/oauth/token\`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }) });`, ...lang.ts },
  // axios.post body qs
  { code: `import axios from 'axios';
const qs = new URLSearchParams({ client_secret: secret, refresh_token: rt });
await axios.post(\`\${API}/oauth/token\`, qs);`, ...lang.js },
  // form body string
  { code: `const body = 'grant_type=refresh_token&client_id=' + id + '&client_secret=' + secret + '&refresh_token=' + rt;
await fetch(url, { method: 'POST', body });`, ...lang.ts },
  // body appended
  { code: `let data = \`grant_type=authorization_code&code=\${code}\`;
data += '&client_secret=' + secret;`, ...lang.ts },
  // body property with leading &
  { code: `fetch(url, { method: 'POST', body: '&client_secret=' + secret });`, ...lang.ts },
  // code text that holds a URL, written in a template (a code generator, a docs snippet): not a URL itself
  { code: `const snippet = \`const url = 'https://api.example.com/me?access_token=\${token}';\nfetch(url);\`;
writeFileSync(out, snippet);`, ...lang.ts },
  // reading
  { code: `const token = new URL(location.href).searchParams.get('access_token');
const t2 = req.query.access_token;
if (url.includes('?access_token=' + t2)) strip(url);`, ...lang.ts },
  // name as value
  { code: `fetch(\`\${API}/search?q=access_token&type=\${type}\`);
const r = 'token_type=bearer&expires_in=3600';`, ...lang.ts },
  // pagination and OAuth authorize
  { code: `fetch(\`\${API}/items?pageToken=\${next}&next_page_token=\${n}&continuation=\${c}\`);
location.href = \`https://auth.mercadopago.com/authorization?client_id=\${clientId}&response_type=code&platform_id=mp&state=\${state}&redirect_uri=\${encodeURIComponent(redirectUri)}&scope=\${scope}\`;`, ...lang.ts },
  // public keys and placeholders
  { code: `fetch(\`\${API}/x?public_key=\${publicKey}\`);
fetch('https://api.example.com/me?access_token=YOUR_ACCESS_TOKEN');
fetch('https://api.example.com/me?api_key={apiKey}');
fetch('https://api.example.com/me?api_key=<API_KEY>');
const tpl = '/me?access_token=:token';
fetch(\`\${API}/x?api_key=\${process.env.NEXT_PUBLIC_FIREBASE_API_KEY}\`);`, ...lang.ts },
  // Stripe publishable key literal
  { code: withFakes(`fetch('https://api.example.com/x?api_key=__FAKE_stripePublishable_2__');`), ...lang.ts },
  // sockets by default
  { code: `const ws = new WebSocket(\`wss://x/stream?access_token=\${token}\`);
const es = new EventSource('/events?api_key=' + key);`, ...lang.ts },
  // substrings never match
  { code: `fetch(\`\${API}/x?access_token_expires_in=\${n}&my_api_key_id=\${id}&tokens=\${t}\`);`, ...lang.ts },
  // fragment
  { code: `location.href = \`\${redirectUri}#access_token=\${token}&token_type=bearer\`;`, ...lang.ts },
  // allowParams
  { code: `fetch(\`\${API}/x?api_key=\${key}\`);`, ...lang.ts, options: [{"allowParams":["api_key"]}] },
  // one-time tokens are not in the default list
  { code: `const link = \`\${APP}/reset-password?token=\${resetToken}\`;`, ...lang.ts },
  // Mapbox tiles
  { code: `const tiles = \`https://api.mapbox.com/styles/v1/mapbox/streets-v12/tiles/{z}/{x}/{y}?access_token=\${mapboxToken}\`;`, ...lang.ts },
  // URLSearchParams never in a URL
  { code: `const form = new URLSearchParams();
form.set('client_secret', secret);
await fetch(url, { method: 'POST', body: form });`, ...lang.ts },
  // logs and types
  { code: `console.log(\`calling \${API}?access_token=\${token}\`);
type Q = '?access_token=';
throw new Error('bad url ?access_token=' + token);`, ...lang.ts },
  // a query prefix with no value
  { code: `const PREFIX = '?access_token=';`, ...lang.ts },
  // jQuery POST data
  { code: `$.ajax({ url: '/oauth/token', type: 'POST', data: { client_secret: secret } });
$.post('/oauth/token', { client_secret: secret });`, ...lang.ts },
  // axios params that are not credentials
  { code: `import axios from 'axios';
axios.get(url, { params: { page: 1, pageToken: next, state } });`, ...lang.ts },
  // a key with a hole
  { code: `fetch(\`\${API}?\${name}=\${value}\`);`, ...lang.ts },
  // a test-file dummy
  { code: `expect(buildUrl()).toBe('https://api.example.com/me?access_token=fake-token-for-tests');`, ...lang.ts, filename: 'src/api.test.ts' },
  // router params are not a query
  { code: `router.push({ name: 'cb', params: { access_token: token } });`, ...lang.ts },
  // nock mocks and string replace
  { code: `nock(API).get('/me').query({ access_token: token }).reply(200);
const clean = url.replace('&access_token=' + token, '');`, ...lang.ts },
  // a conditional that is not a separator
  { code: `fetch(url + (flag ? '/a' : '/b') + 'access_token=' + token);`, ...lang.ts },
  // uncatalogued short or non-secret literals
  { code: `fetch('https://api.example.com/x?api_key=abc123');
fetch('https://api.example.com/x?api_key=%E0%A4%A');
fetch('https://api.example.com/x?api_key=aaaaaaaaaaaaaaaaaaaaaa11');
fetch('https://api.example.com/x?api_key=a-long-words-only-value');`, ...lang.ts },
  // odd option values
  { code: `import axios from 'axios';
axios.get(url, { params: { api_key: ['a'], access_token: { a: 1 }, apikey: 'YOUR_API_KEY' } });
axios.create(options);
$.ajax(settings);
axios.get(url, { params: 'api=1' });`, ...lang.ts },
  // a URLSearchParams string outside a URL
  { code: `const body = new URLSearchParams('client_secret=' + secret);`, ...lang.ts },
  // form strings named as bodies
  { code: `const form = '&client_secret=' + secret;
const payload = \`\${body}&client_secret=\${secret}\`;`, ...lang.ts },
  // spliced things that are not query objects
  { code: `const obj = { access_token: token };
fetch(\`\${API}?\${obj}\`);
fetch(\`\${API}?\${unknown}\`);
fetch(\`\${API}?\${foo.bar()}\`);
fetch(\`\${API}?\${qs.stringify}\`);
let later;
fetch(\`\${API}?\${later}\`);`, ...lang.ts },
  // public names through computed members
  { code: `fetch(\`\${API}/x?api_key=\${env['FIREBASE_API_KEY']}\`);
fetch(\`\${API}/x?api_key=\${getPublicKey()}\`);
fetch(\`\${API}/x?access_token=\${config?.mapboxAccessToken}\`);`, ...lang.ts },
  // loggers
  { code: `console.table('?access_token=' + token);
logger.verbose(\`\${API}?access_token=\${token}\`);`, ...lang.ts },
  // searchParams.set on a plain object
  { code: `state.searchParams.sort();
params.set('access_token', token);
const sp = getParams();
sp.set('api_key', key);`, ...lang.ts },
  // a form string built under another name and sent as a body
  { code: `let params = 'grant_type=password&username=' + user;
params += '&client_secret=' + secret;
xhr.send(params);
let q = base;
q += '&client_secret=' + secret;
await axios.post(tokenUrl, q);
const extra = '&client_secret=' + secret;
fetch(url, { method: 'POST', body: extra });
submit('&client_secret=' + secret);`, ...lang.js },
  // a custom serializer used for a body or with no object
  { code: `fetch(url, { method: 'POST', body: toQuery({ client_secret: secret }) });
fetch(\`\${API}?\${toQuery(getParams())}\`);
fetch(\`\${API}?\${toQuery(a, b)}\`);`, ...lang.ts },
  // generic parameters with other values
  { code: `const reset = \`\${APP}/reset?token=\${resetToken}\`;
const invite = \`\${APP}/invite?token=\${token}&key=\${MAPS_API_KEY}\`;
fetch(\`\${DB}/todos.json?auth=\${idToken}\`);
fetch(\`\${API}/x?token=abc\${accessToken}\`);
fetch(\`\${API}/x?key=\${'k'}\`);
fetch(\`\${API}/x?key=\${publicAccessToken}\`);`, ...lang.ts },
  // allowParams covers generic names
  { code: `res.redirect(\`\${CLIENT_URL}/oauth/success?token=\${accessToken}\`);`, ...lang.ts, options: [{"allowParams":["token"]}] },
  // a conditional outside the query
  { code: `const a = \`\${base}/\${t ? \`access_token=\${t}\` : ''}\`;
const b = \`\${base}?x=1#\${t ? \`access_token=\${t}\` : ''}\`;
const c = cond ? \`access_token=\${t}\` : '';
const d = \`\${base}?q=\${[t ? \`access_token=\${t}\` : ''].join()}\`;`, ...lang.ts },
  // a const named public
  { code: `const publicApiKey = await loadKey();
fetch(\`\${API}/x?api_key=\${publicApiKey}\`);`, ...lang.ts },
  // uncatalogued or public literal values under other names
  { code: withFakes(`fetch('https://api.example.com/x?k=c0ffee4242deadbeef7a11c0ffee4242deadbeef');
fetch('https://api.example.com/x?pk=__FAKE_stripePublishable_8__');
fetch('https://api.example.com/x?token=YOUR_GITHUB_TOKEN');`), ...lang.ts },
  // allowParams covers catalogued values too
  { code: withFakes(`const STATUS = 'https://status.example.com/feed?k=__FAKE_githubToken_5__';`), ...lang.ts, options: [{"allowParams":["k"]}] },
  // unrelated calls with params
  { code: `useQuery({ params: { access_token: token } });
db.query({ access_token: token });`, ...lang.ts },
  // a chain from a call of something that is not wretch, or a local wretch
  { code: `import knex from 'knex';
knex(table).where({ id }).query({ access_token: token });`, ...lang.ts },
  { code: `const wretch = (table) => db.from(table);
wretch('users').query({ access_token: token });`, ...lang.js },
  ...recallValid,
];

export const invalid: InvalidTestCase<MessageIds, Options>[] = [
  // concatenation passed to fetch
  {
    code: `const res = await fetch('https://api.example.com/v1/me?access_token=' + token);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 25, endLine: 1, endColumn: 78, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `const res = await fetch('https://api.example.com/v1/me', { headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // template literal, other parameters after it
  {
    code: `fetch(\`\${API}/v1/orders?access_token=\${token}&limit=10\`);`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 56, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `fetch(\`\${API}/v1/orders?limit=10\`, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // template literal in a Vue SFC
  {
    code: sfc(`const props = defineProps<{ token: string }>();
const res = await fetch(\`/api/me?access_token=\${props.token}\`);`),
    ...lang.vue,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 3, column: 25, endLine: 3, endColumn: 62, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: sfc(`const props = defineProps<{ token: string }>();
const res = await fetch('/api/me', { headers: { Authorization: \`Bearer \${props.token}\` } });`) }] },
    ],
  },
  // the parameter in the middle of the query
  {
    code: `fetch(\`\${API}/search?q=\${q}&access_token=\${token}&page=2\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 58, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `fetch(\`\${API}/search?q=\${q}&page=2\`, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // appended later with +=
  {
    code: `let url = \`\${API}/search?q=\${q}\`;
if (key) url += '&api_key=' + key;
fetch(url);`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 2, column: 17, endLine: 2, endColumn: 34 },
    ],
  },
  // appended later in a Vue SFC
  {
    code: sfc(`let url = base + '/items?page=' + page;
url += \`&api_key=\${apiKey}\`;
await fetch(url);`),
    ...lang.vue,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 3, column: 8, endLine: 3, endColumn: 28 },
    ],
  },
  // nested concatenation
  {
    code: `fetch(base + ('/v1/me?' + ('access_token=' + token)));`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 53, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `fetch(\`\${base}/v1/me\`, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // a URL built into a variable and used later
  {
    code: `const url = \`\${API}/users/me?access_token=\${token}\`;
const res = await fetch(url);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 13, endLine: 1, endColumn: 52 },
    ],
  },
  // a URL built into a variable, sink unknown
  {
    code: `export function meUrl(token) {
  return \`\${API}/users/me?access_token=\${token}\`;
}`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'URL', header: 'Authorization' }, line: 2, column: 10, endLine: 2, endColumn: 49 },
    ],
  },
  // a URL concatenated from a const query part
  {
    code: `const query = '?access_token=' + getToken();
export const url = API + '/me' + query;`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'URL', header: 'Authorization' }, line: 1, column: 15, endLine: 1, endColumn: 44 },
    ],
  },
  // url = url + "&…"
  {
    code: `let url = endpoint;
url = url + '&client_secret=' + clientSecret;
await fetch(url);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'client_secret', sink: 'fetch', header: 'Authorization' }, line: 2, column: 7, endLine: 2, endColumn: 45 },
    ],
  },
  // literal URL with a Mercado Pago access token
  {
    code: withFakes(`fetch('https://api.mercadopago.com/v1/payments/search?access_token=__FAKE_mpAccessToken_3__');`),
    ...lang.ts,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'access_token', sink: 'fetch', fingerprint: 'APP_USR-…174 (Mercado Pago access token, 74 chars)' }, line: 1, column: 7, endLine: 1, endColumn: 143 },
    ],
  },
  // literal URL with an opaque key
  {
    code: withFakes(`const URL_WITH_KEY = 'https://api.themoviedb.org/3/movie/popular?api_key=__FAKE_opaque_7__&language=en-US';`),
    ...lang.js,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'api_key', sink: 'URL', fingerprint: '…Xw0 (value, 40 chars)' }, line: 1, column: 22, endLine: 1, endColumn: 130 },
    ],
  },
  // literal URL in a Vue SFC
  {
    code: sfc(withFakes(`const endpoint = 'https://api.mercadolibre.com/users/me?access_token=__FAKE_mpAccessToken_4__';`)),
    ...lang.vue,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'access_token', sink: 'URL', fingerprint: 'APP_USR-…423 (Mercado Pago access token, 74 chars)' }, line: 2, column: 18, endLine: 2, endColumn: 145 },
    ],
  },
  // encodeURIComponent value, header gets the raw token
  {
    code: `fetch(\`\${API}/me?access_token=\${encodeURIComponent(token)}\`, { method: 'GET' });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 60, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `fetch(\`\${API}/me\`, { method: 'GET', headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // fetch init with headers gets the Authorization header added
  {
    code: `fetch(\`\${API}/me?access_token=\${token}\`, {
  headers: { Accept: 'application/json' },
});`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 40, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `fetch(\`\${API}/me\`, {
  headers: { Accept: 'application/json', Authorization: \`Bearer \${token}\` },
});` }] },
    ],
  },
  // fetch init with an existing Authorization header: no suggestion
  {
    code: `fetch(\`\${API}/me?access_token=\${token}\`, { headers: { Authorization: other } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 40 },
    ],
  },
  // fetch init that is a variable: no suggestion
  {
    code: `fetch(\`\${API}/me?access_token=\${token}\`, init);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 40 },
    ],
  },
  // window.fetch
  {
    code: `window.fetch(API + '/me?auth_token=' + token);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'auth_token', sink: 'window.fetch', header: 'Authorization' }, line: 1, column: 14, endLine: 1, endColumn: 45, suggestions: [{ messageId: 'moveToHeader', data: { param: 'auth_token', header: 'Authorization' }, output: `window.fetch(\`\${API}/me\`, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // axios.get with a token in the URL
  {
    code: `import axios from 'axios';
const { data } = await axios.get(\`\${API}/me?access_token=\${token}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.get', header: 'Authorization' }, line: 2, column: 34, endLine: 2, endColumn: 67, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `import axios from 'axios';
const { data } = await axios.get(\`\${API}/me\`, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // axios.post with a body and a token in the URL
  {
    code: `import axios from 'axios';
await axios.post(\`\${API}/items?access_token=\${token}\`, item);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.post', header: 'Authorization' }, line: 2, column: 18, endLine: 2, endColumn: 54, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `import axios from 'axios';
await axios.post(\`\${API}/items\`, item, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // axios.post without a body
  {
    code: `import axios from 'axios';
await axios.post(\`\${API}/refresh?access_token=\${token}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.post', header: 'Authorization' }, line: 2, column: 18, endLine: 2, endColumn: 56, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `import axios from 'axios';
await axios.post(\`\${API}/refresh\`, undefined, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // client_secret in the URL: no header suggestion
  {
    code: `await fetch(\`\${API}/oauth/token?grant_type=client_credentials&client_id=\${id}&client_secret=\${secret}\`, { method: 'POST' });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'client_secret', sink: 'fetch', header: 'Authorization' }, line: 1, column: 13, endLine: 1, endColumn: 103 },
    ],
  },
  // Mercado Pago API: autofix
  {
    code: `const res = await fetch(\`https://api.mercadopago.com/v1/payments/search?access_token=\${accessToken}&status=approved\`);`,
    ...lang.ts,
    output: `const res = await fetch('https://api.mercadopago.com/v1/payments/search?status=approved', { headers: { Authorization: \`Bearer \${accessToken}\` } });`,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 25, endLine: 1, endColumn: 117 },
    ],
  },
  // Mercado Libre API through a const host: autofix
  {
    code: `const ML = 'https://api.mercadolibre.com';
const res = await fetch(\`\${ML}/users/me?access_token=\${token}\`, { method: 'GET' });`,
    ...lang.js,
    output: `const ML = 'https://api.mercadolibre.com';
const res = await fetch(\`\${ML}/users/me\`, { method: 'GET', headers: { Authorization: \`Bearer \${token}\` } });`,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 2, column: 25, endLine: 2, endColumn: 63 },
    ],
  },
  // Mercado Pago through axios params: autofix
  {
    code: `import axios from 'axios';
await axios.get('https://api.mercadopago.com/v1/payments/search', { params: { access_token: token, status: 'approved' } });`,
    ...lang.ts,
    output: `import axios from 'axios';
await axios.get('https://api.mercadopago.com/v1/payments/search', { params: { status: 'approved' }, headers: { Authorization: \`Bearer \${token}\` } });`,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.get', header: 'Authorization' }, line: 2, column: 79, endLine: 2, endColumn: 98 },
    ],
  },
  // VTEX app key and token in the query
  {
    code: `fetch(\`https://\${account}.vtexcommercestable.com.br/api/oms/pvt/orders?X-VTEX-API-AppKey=\${appKey}&X-VTEX-API-AppToken=\${appToken}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'X-VTEX-API-AppKey', sink: 'fetch', header: 'X-VTEX-API-AppKey' }, line: 1, column: 7, endLine: 1, endColumn: 132, suggestions: [{ messageId: 'moveToHeader', data: { param: 'X-VTEX-API-AppKey', header: 'X-VTEX-API-AppKey' }, output: `fetch(\`https://\${account}.vtexcommercestable.com.br/api/oms/pvt/orders?X-VTEX-API-AppToken=\${appToken}\`, { headers: { 'X-VTEX-API-AppKey': appKey } });` }] },
      { messageId: 'tokenInQuery', data: { param: 'X-VTEX-API-AppToken', sink: 'fetch', header: 'X-VTEX-API-AppToken' }, line: 1, column: 7, endLine: 1, endColumn: 132, suggestions: [{ messageId: 'moveToHeader', data: { param: 'X-VTEX-API-AppToken', header: 'X-VTEX-API-AppToken' }, output: `fetch(\`https://\${account}.vtexcommercestable.com.br/api/oms/pvt/orders?X-VTEX-API-AppKey=\${appKey}\`, { headers: { 'X-VTEX-API-AppToken': appToken } });` }] },
    ],
  },
  // the message names the header the value belongs in, also where no suggestion can move it (issue 14)
  {
    code: `const orders = new URL(\`https://\${account}.vtexcommercestable.com.br/api/oms/pvt/orders?X-VTEX-API-AppToken=\${appToken}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'X-VTEX-API-AppToken', sink: 'URL', header: 'X-VTEX-API-AppToken' }, line: 1, column: 24, endLine: 1, endColumn: 121 },
    ],
  },
  // a company parameter that is also one of its credential headers: message and suggestion name that header
  {
    code: `fetch(\`\${API}/v1/orders?X-Acme-Key=\${acmeKey}\`);`,
    ...lang.ts,
    settings: { credentials: { params: ['X-Acme-Key'], headers: ['X-Acme-Key'] } },
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'X-Acme-Key', sink: 'fetch', header: 'X-Acme-Key' }, line: 1, column: 7, endLine: 1, endColumn: 47, suggestions: [{ messageId: 'moveToHeader', data: { param: 'X-Acme-Key', header: 'X-Acme-Key' }, output: `fetch(\`\${API}/v1/orders\`, { headers: { 'X-Acme-Key': acmeKey } });` }] },
    ],
  },
  // url.searchParams.set on a URL
  {
    code: `const url = new URL('/v1/me', API);
url.searchParams.set('access_token', token);
const res = await fetch(url);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 2, column: 1, endLine: 2, endColumn: 44 },
    ],
  },
  // url.searchParams.append in a Vue SFC
  {
    code: sfc(`const url = new URL(\`\${base}/search\`);
url.searchParams.append('api_key', apiKey);
await fetch(url.toString());`),
    ...lang.vue,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 3, column: 1, endLine: 3, endColumn: 43 },
    ],
  },
  // searchParams through a const
  {
    code: `const url = new URL(endpoint);
const params = url.searchParams;
params.set('apikey', key);
window.location.href = url.href;`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'apikey', sink: 'location.href' }, line: 3, column: 1, endLine: 3, endColumn: 26 },
    ],
  },
  // new URL built with such a query
  {
    code: `const url = new URL(\`/v1/me?access_token=\${token}\`, API);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'URL', header: 'Authorization' }, line: 1, column: 21, endLine: 1, endColumn: 51 },
    ],
  },
  // URLSearchParams spliced after ?
  {
    code: `const qs = new URLSearchParams({ access_token: token, limit: '10' });
await fetch(\`\${API}/orders?\${qs}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 34, endLine: 1, endColumn: 53 },
    ],
  },
  // '?' + qs.toString()
  {
    code: `const qs = new URLSearchParams();
qs.set('api_key', key);
qs.append('page', '1');
const res = await fetch(API + '/movies?' + qs.toString());`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 2, column: 1, endLine: 2, endColumn: 23 },
    ],
  },
  // URLSearchParams in a Vue SFC
  {
    code: sfc(`const params = new URLSearchParams([['access_token', token]]);
const res = await fetch(\`/api/me?\${params}\`);`),
    ...lang.vue,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 2, column: 37, endLine: 2, endColumn: 60 },
    ],
  },
  // url.search = params
  {
    code: `const url = new URL(API);
url.search = new URLSearchParams({ api_key: key }).toString();
await fetch(url);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 2, column: 36, endLine: 2, endColumn: 48 },
    ],
  },
  // url.search = template
  {
    code: `const url = new URL(API);
url.search = \`access_token=\${token}\`;`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'URL', header: 'Authorization' }, line: 2, column: 14, endLine: 2, endColumn: 37 },
    ],
  },
  // querystring.stringify in a URL
  {
    code: `import querystring from 'node:querystring';
const res = await fetch(\`\${API}/me?\${querystring.stringify({ access_token: token })}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 2, column: 62, endLine: 2, endColumn: 81 },
    ],
  },
  // URLSearchParams from a const object
  {
    code: `const query = { api_key: process.env.TMDB_API_KEY, page: 1 };
fetch(\`\${API}/movie/popular?\${new URLSearchParams(query)}\`);`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 1, column: 17, endLine: 1, endColumn: 50 },
    ],
  },
  // axios params
  {
    code: `import axios from 'axios';
const { data } = await axios.get(\`\${API}/me\`, { params: { access_token: token } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.get', header: 'Authorization' }, line: 2, column: 59, endLine: 2, endColumn: 78, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `import axios from 'axios';
const { data } = await axios.get(\`\${API}/me\`, { params: {}, headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // axios params, other params kept
  {
    code: `const axios = require('axios');
axios.get(url, {
  params: {
    api_key: apiKey,
    q: query,
  },
});`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'axios.get', header: 'Authorization' }, line: 4, column: 5, endLine: 4, endColumn: 20, suggestions: [{ messageId: 'moveToHeader', data: { param: 'api_key', header: 'Authorization' }, output: `const axios = require('axios');
axios.get(url, {
  params: {
    q: query,
  }, headers: { Authorization: \`Bearer \${apiKey}\` },
});` }] },
    ],
  },
  // axios params in a Vue SFC
  {
    code: sfc(`import axios from 'axios';
const res = await axios.get('/api/items', { params: { page: 1, access_token: token.value } });`),
    ...lang.vue,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.get', header: 'Authorization' }, line: 3, column: 64, endLine: 3, endColumn: 89, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: sfc(`import axios from 'axios';
const res = await axios.get('/api/items', { params: { page: 1 }, headers: { Authorization: \`Bearer \${token.value}\` } });`) }] },
    ],
  },
  // axios.post config params
  {
    code: `import axios from 'axios';
await axios.post(url, body, { params: { access_token: token } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.post', header: 'Authorization' }, line: 2, column: 41, endLine: 2, endColumn: 60, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `import axios from 'axios';
await axios.post(url, body, { params: {}, headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // axios(config)
  {
    code: `import axios from 'axios';
await axios({ method: 'get', url: \`\${API}/me\`, params: { access_token: token } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios', header: 'Authorization' }, line: 2, column: 58, endLine: 2, endColumn: 77, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `import axios from 'axios';
await axios({ method: 'get', url: \`\${API}/me\`, params: {}, headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // axios.request(config)
  {
    code: `import axios from 'axios';
await axios.request({ url: '/me', params: { api_key: key } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'axios.request', header: 'Authorization' }, line: 2, column: 45, endLine: 2, endColumn: 57, suggestions: [{ messageId: 'moveToHeader', data: { param: 'api_key', header: 'Authorization' }, output: `import axios from 'axios';
await axios.request({ url: '/me', params: {}, headers: { Authorization: \`Bearer \${key}\` } });` }] },
    ],
  },
  // axios.create params
  {
    code: `import axios from 'axios';
export const tmdb = axios.create({ baseURL: 'https://api.themoviedb.org/3', params: { api_key: process.env.TMDB_KEY } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'axios.create', header: 'Authorization' }, line: 2, column: 87, endLine: 2, endColumn: 116 },
    ],
  },
  // instance call
  {
    code: `import axios from 'axios';
const api = axios.create({ baseURL: API });
export const me = () => api.get('/me', { params: { access_token: token } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'api.get', header: 'Authorization' }, line: 3, column: 52, endLine: 3, endColumn: 71, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `import axios from 'axios';
const api = axios.create({ baseURL: API });
export const me = () => api.get('/me', { params: {}, headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // defaults.params
  {
    code: `import axios from 'axios';
axios.defaults.params = { api_key: API_KEY };`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'axios.defaults.params', header: 'Authorization' }, line: 2, column: 27, endLine: 2, endColumn: 43 },
    ],
  },
  // defaults.params key
  {
    code: `api.defaults.params['access_token'] = token;`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'api.defaults.params', header: 'Authorization' }, line: 1, column: 1, endLine: 1, endColumn: 44 },
    ],
  },
  // interceptor config.params
  {
    code: `api.interceptors.request.use((config) => {
  config.params = { ...config.params, api_key: API_KEY };
  return config;
});`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'config.params', header: 'Authorization' }, line: 2, column: 39, endLine: 2, endColumn: 55 },
    ],
  },
  // params object built in a variable first
  {
    code: `import axios from 'axios';
const params = { access_token: token, fields: 'id' };
await axios.get(url, { params });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.get', header: 'Authorization' }, line: 2, column: 18, endLine: 2, endColumn: 37 },
    ],
  },
  // config object in a variable
  {
    code: `import axios from 'axios';
const config = { params: { api_key: key } };
await axios.get(url, config);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'axios.get', header: 'Authorization' }, line: 2, column: 28, endLine: 2, endColumn: 40 },
    ],
  },
  // axios params with URLSearchParams
  {
    code: `import axios from 'axios';
const params = new URLSearchParams();
params.append('access_token', token);
await axios.get(url, { params });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.get', header: 'Authorization' }, line: 3, column: 1, endLine: 3, endColumn: 37 },
    ],
  },
  // Angular HttpClient params
  {
    code: `this.http.get(url, { params: new HttpParams().set('api_key', this.apiKey) });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'this.http.get', header: 'Authorization' }, line: 1, column: 30, endLine: 1, endColumn: 74 },
    ],
  },
  // got searchParams
  {
    code: `import got from 'got';
const body = await got(\`\${API}/me\`, { searchParams: { access_token: token } }).json();`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'got', header: 'Authorization' }, line: 2, column: 55, endLine: 2, endColumn: 74 },
    ],
  },
  // got.extend searchParams
  {
    code: `import got from 'got';
export const client = got.extend({ prefixUrl: API, searchParams: { api_key: key } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'got.extend', header: 'Authorization' }, line: 2, column: 68, endLine: 2, endColumn: 80 },
    ],
  },
  // ky searchParams
  {
    code: `import ky from 'ky';
const json = await ky.get('me', { prefixUrl: API, searchParams: { apikey: key } }).json();`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'apikey', sink: 'ky.get', header: 'Authorization' }, line: 2, column: 67, endLine: 2, endColumn: 78 },
    ],
  },
  // ofetch query
  {
    code: `const data = await $fetch('/api/movies', { query: { api_key: config.tmdbKey } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: '$fetch', header: 'Authorization' }, line: 1, column: 53, endLine: 1, endColumn: 76 },
    ],
  },
  // superagent .query
  {
    code: `import request from 'superagent';
const res = await request.get(\`\${API}/me\`).set('Accept', 'application/json').query({ access_token: token });`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'request.get().query', header: 'Authorization' }, line: 2, column: 86, endLine: 2, endColumn: 105 },
    ],
  },
  // wretch's query addon (#17): a chain that starts with a call of wretch, whatever its local name
  {
    code: `import w from 'wretch';
import QueryStringAddon from 'wretch/addons/queryString';
const items = await w(API).addon(QueryStringAddon).query({ access_token: token }).get().json();`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'w().query', header: 'Authorization' }, line: 3, column: 60, endLine: 3, endColumn: 79 },
    ],
  },
  // jQuery $.ajax GET data
  {
    code: `$.ajax({ url: '/api/me', data: { access_token: token }, dataType: 'json' });`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: '$.ajax', header: 'Authorization' }, line: 1, column: 34, endLine: 1, endColumn: 53 },
    ],
  },
  // jQuery $.get data
  {
    code: `$.get('/api/search', { api_key: key, q: q });`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: '$.get', header: 'Authorization' }, line: 1, column: 24, endLine: 1, endColumn: 36 },
    ],
  },
  // jQuery $.getJSON URL
  {
    code: `$.getJSON('/api/me?access_token=' + token, render);`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: '$.getJSON', header: 'Authorization' }, line: 1, column: 11, endLine: 1, endColumn: 42 },
    ],
  },
  // node https.get URL
  {
    code: `import https from 'node:https';
https.get(\`https://graph.example.com/me?access_token=\${token}\`, (res) => res.pipe(out));`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'https.get', header: 'Authorization' }, line: 2, column: 11, endLine: 2, endColumn: 63 },
    ],
  },
  // node https.request path option
  {
    code: `import https from 'node:https';
const req = https.request({ hostname: 'graph.example.com', path: '/me?access_token=' + token, method: 'GET' });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'https.request', header: 'Authorization' }, line: 2, column: 66, endLine: 2, endColumn: 93 },
    ],
  },
  // XMLHttpRequest.open
  {
    code: `const xhr = new XMLHttpRequest();
xhr.open('GET', '/api/me?access_token=' + token);`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'XMLHttpRequest.open', header: 'Authorization' }, line: 2, column: 17, endLine: 2, endColumn: 48 },
    ],
  },
  // location.href
  {
    code: `window.location.href = \`\${APP}/dashboard?access_token=\${token}\`;`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'access_token', sink: 'location.href' }, line: 1, column: 24, endLine: 1, endColumn: 64 },
    ],
  },
  // location.assign
  {
    code: `location.assign('/callback?access_token=' + token);`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'access_token', sink: 'location.assign' }, line: 1, column: 17, endLine: 1, endColumn: 50 },
    ],
  },
  // window.open
  {
    code: `window.open(\`\${API}/reports/export?api_key=\${key}\`, '_blank');`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'api_key', sink: 'window.open' }, line: 1, column: 13, endLine: 1, endColumn: 51 },
    ],
  },
  // router.push string in a Vue SFC
  {
    code: sfc(`const router = useRouter();
router.push(\`/welcome?access_token=\${token}\`);`),
    ...lang.vue,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'access_token', sink: 'router.push' }, line: 3, column: 13, endLine: 3, endColumn: 45 },
    ],
  },
  // router.replace query object in a Vue SFC
  {
    code: sfc(`const router = useRouter();
router.replace({ path: '/welcome', query: { access_token: token } });`),
    ...lang.vue,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'access_token', sink: 'router.replace' }, line: 3, column: 45, endLine: 3, endColumn: 64 },
    ],
  },
  // express redirect
  {
    code: `res.redirect(\`\${FRONTEND}/auth/done?access_token=\${accessToken}&refresh_token=\${refreshToken}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'access_token', sink: 'res.redirect' }, line: 1, column: 14, endLine: 1, endColumn: 95 },
      { messageId: 'tokenInNavigation', data: { param: 'refresh_token', sink: 'res.redirect' }, line: 1, column: 14, endLine: 1, endColumn: 95 },
    ],
  },
  // WebSocket with checkSockets
  {
    code: `const ws = new WebSocket(\`wss://stream.example.com/v1?access_token=\${token}\`);`,
    ...lang.ts, options: [{"checkSockets":true}],
    errors: [
      { messageId: 'tokenInSocketUrl', data: { param: 'access_token', sink: 'WebSocket' }, line: 1, column: 26, endLine: 1, endColumn: 77 },
    ],
  },
  // EventSource URL in a variable with checkSockets
  {
    code: `const url = '/events?api_key=' + key;
const source = new EventSource(url);`,
    ...lang.js, options: [{"checkSockets":true}],
    errors: [
      { messageId: 'tokenInSocketUrl', data: { param: 'api_key', sink: 'EventSource' }, line: 1, column: 13, endLine: 1, endColumn: 37 },
    ],
  },
  // extraParams
  {
    code: `fetch(\`\${API}/me?token=\${token}\`);`,
    ...lang.ts, options: [{"extraParams":["token"]}],
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 33 },
    ],
  },
  // params replaces the list
  {
    code: `fetch(\`\${API}/me?session_key=\${key}&access_token=\${token}\`);`,
    ...lang.ts, options: [{"params":["sessionKey"]}],
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'session_key', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 59 },
    ],
  },
  // settings.credentials.params
  {
    code: `fetch(\`\${API}/me?X-Acme-Key=\${key}\`);`,
    ...lang.ts, settings: {"credentials":{"params":["x-acme-key"]}},
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'X-Acme-Key', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 36 },
    ],
  },
  // TS wrappers and comments
  {
    code: `fetch((\`\${API}/me?access_token=\${token as string}\` /* legacy */) as string);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 8, endLine: 1, endColumn: 51, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `fetch((\`\${API}/me\` /* legacy */) as string, { headers: { Authorization: \`Bearer \${token as string}\` } });` }] },
    ],
  },
  // a conditional separator
  {
    code: `export const withToken = (url: string) => url + (url.includes('?') ? '&' : '?') + 'access_token=' + token;`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'URL', header: 'Authorization' }, line: 1, column: 43, endLine: 1, endColumn: 106 },
    ],
  },
  // the same const value in two URLs is reported in both
  {
    code: `const key = process.env.TMDB_KEY;
fetch(\`\${API}/a?api_key=\${key}\`);
fetch(API + '/b?api_key=' + key);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 2, column: 7, endLine: 2, endColumn: 32, suggestions: [{ messageId: 'moveToHeader', data: { param: 'api_key', header: 'Authorization' }, output: `const key = process.env.TMDB_KEY;
fetch(\`\${API}/a\`, { headers: { Authorization: \`Bearer \${key}\` } });
fetch(API + '/b?api_key=' + key);` }] },
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 3, column: 7, endLine: 3, endColumn: 32, suggestions: [{ messageId: 'moveToHeader', data: { param: 'api_key', header: 'Authorization' }, output: `const key = process.env.TMDB_KEY;
fetch(\`\${API}/a?api_key=\${key}\`);
fetch(\`\${API}/b\`, { headers: { Authorization: \`Bearer \${key}\` } });` }] },
    ],
  },
  // a const URL used in a longer URL is reported once, where it is built
  {
    code: `const ME = 'https://api.example.com/me?access_token=' + token;
fetch(ME + '&fields=id');`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 12, endLine: 1, endColumn: 62 },
    ],
  },
  // a credential in a chain of const URLs is reported once, where it is written
  {
    code: withFakes(`const BASE = 'https://api.mercadopago.com/v1/payments/search?access_token=__FAKE_mpAccessToken_31__';
const PAGED = BASE + '&limit=50';
const SORTED = PAGED + '&sort=date_created';
fetch(SORTED);`),
    ...lang.ts,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'access_token', sink: 'URL', fingerprint: fp(fake.mpAccessToken(31)) }, line: 1, column: 14, endLine: 1, endColumn: 150 },
    ],
  },
  // … also when the const is a query fragment (it ends up in a fetch), and not again in the URLs built on it
  {
    code: withFakes(`const AUTH = '&access_token=__FAKE_mpAccessToken_32__';
const url = \`\${API}/users/me?fields=id\${AUTH}\`;
fetch(url + '&limit=1');
fetch(url + '&limit=2');`),
    ...lang.ts,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'access_token', sink: 'fetch', fingerprint: fp(fake.mpAccessToken(32)) }, line: 1, column: 14, endLine: 1, endColumn: 104 },
    ],
  },
  // template literals built on each other
  {
    code: withFakes(`const ROOT = \`https://api.mercadolibre.com/sites/MLA/search?access_token=__FAKE_mpAccessToken_33__\`;
const PAGE = \`\${ROOT}&offset=50\`;
fetch(\`\${PAGE}&limit=50\`);`),
    ...lang.js,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'access_token', sink: 'fetch', fingerprint: fp(fake.mpAccessToken(33)) }, line: 1, column: 14, endLine: 1, endColumn: 149 },
    ],
  },
  // a query built by prepending to a const: reported once, where it is written
  {
    code: withFakes(`const TAIL = '&api_key=__FAKE_opaque_34__';
const QUERY = '&lang=en' + TAIL;
fetch('https://api.themoviedb.org/3/movie/popular?page=1' + QUERY);`),
    ...lang.js,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'api_key', sink: 'fetch', fingerprint: fp(fake.opaque(34)) }, line: 1, column: 14, endLine: 1, endColumn: 65 },
    ],
  },
  // a literal key in axios params
  {
    code: withFakes(`import axios from 'axios';
await axios.get(url, { params: { api_key: '__FAKE_opaque_21__' } });`),
    ...lang.ts,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'api_key', sink: 'axios.get', fingerprint: '…OSV (value, 40 chars)' }, line: 2, column: 34, endLine: 2, endColumn: 85 },
    ],
  },
  // URLSearchParams from a query string, spliced
  {
    code: `fetch(\`\${API}/me?\${new URLSearchParams('access_token=' + token)}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 40, endLine: 1, endColumn: 63 },
    ],
  },
  // a URLSearchParams built empty, set by append/set, then spliced as it is (no toString): '?' + qs and a template
  {
    code: `const qs = new URLSearchParams();
qs.append('api_key', key);
qs.set('page', '2');
fetch(API + '?' + qs);
const search = new URLSearchParams();
search.set('access_token', token);
fetch(\`\${API}/items?\${search}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 2, column: 1, endLine: 2, endColumn: 26 },
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 6, column: 1, endLine: 6, endColumn: 34 },
    ],
  },
  // String(qs) and pairs with other elements
  {
    code: `const qs = new URLSearchParams([pair, ['api_key', key]]);
qs.sort();
send(qs);
fetch(API + '?' + String(qs));`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'fetch', header: 'Authorization' }, line: 1, column: 39, endLine: 1, endColumn: 55 },
    ],
  },
  // HttpParams fromObject
  {
    code: `this.http.get(url, { params: new HttpParams({ fromObject: { access_token: this.token } }) });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'this.http.get', header: 'Authorization' }, line: 1, column: 61, endLine: 1, endColumn: 85 },
    ],
  },
  // got searchParams as a string
  {
    code: `import got from 'got';
await got(url, { searchParams: 'api_key=' + key + '&page=2' });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'got', header: 'Authorization' }, line: 2, column: 32, endLine: 2, endColumn: 60 },
    ],
  },
  // supertest .query
  {
    code: `const res = await request(app).get('/users').query({ access_token: token }).expect(200);`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'request().query', header: 'Authorization' }, line: 1, column: 54, endLine: 1, endColumn: 73 },
    ],
  },
  // two holes first: no suggestion
  {
    code: `fetch(a + b + '/me?access_token=' + token);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 42 },
    ],
  },
  // value with text: no suggestion
  {
    code: `fetch(\`\${API}/me?access_token=Bearer%20\${token}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 49 },
    ],
  },
  // axios params with non-literal headers: no suggestion
  {
    code: `import axios from 'axios';
await axios.get(url, { headers: h, params: { access_token: token } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.get', header: 'Authorization' }, line: 2, column: 46, endLine: 2, endColumn: 65 },
    ],
  },
  // empty fetch init
  {
    code: `fetch(\`\${API}/me?access_token=\${token}\`, {});`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 7, endLine: 1, endColumn: 40, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `fetch(\`\${API}/me\`, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // last of several axios params
  {
    code: `import axios from 'axios';
await axios.get(url, { params: { limit: 5, access_token: token } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'axios.get', header: 'Authorization' }, line: 2, column: 44, endLine: 2, endColumn: 63, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `import axios from 'axios';
await axios.get(url, { params: { limit: 5 }, headers: { Authorization: \`Bearer \${token}\` } });` }] },
    ],
  },
  // a method called on the URL string
  {
    code: `const url = (API + '/me?access_token=' + token).trim();`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'URL', header: 'Authorization' }, line: 1, column: 14, endLine: 1, endColumn: 47 },
    ],
  },
  // searchParams of an inline URL
  {
    code: `fetch(withParams(new URL(API).searchParams.append('api_key', key)));`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'URL', header: 'Authorization' }, line: 1, column: 18, endLine: 1, endColumn: 66 },
    ],
  },
  // searchParams through a const of an inline URL
  {
    code: `const sp = new URL(API).searchParams;
sp.set('access_token', token);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'URL', header: 'Authorization' }, line: 2, column: 1, endLine: 2, endColumn: 30 },
    ],
  },
  // config.params key
  {
    code: `instance.interceptors.request.use((config) => {
  config.params.access_token = getToken();
  return config;
});`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'config.params', header: 'Authorization' }, line: 2, column: 3, endLine: 2, endColumn: 42 },
    ],
  },
  // img.src
  {
    code: `img.src = \`\${API}/avatar.png?access_token=\${token}\`;`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'img.src', header: 'Authorization' }, line: 1, column: 11, endLine: 1, endColumn: 52 },
    ],
  },
  // socket.io query with checkSockets
  {
    code: `const socket = io(URL, { query: { access_token: token } });`,
    ...lang.ts, options: [{"checkSockets":true}],
    errors: [
      { messageId: 'tokenInSocketUrl', data: { param: 'access_token', sink: 'io' }, line: 1, column: 35, endLine: 1, endColumn: 54 },
    ],
  },
  // a custom query serializer spliced after ?
  {
    code: `const params = Object.assign({ access_token: token }, extra);
fetch(\`\${API}/me?\${toQuery(params)}\`);
fetch(\`\${API}/search?\${buildQuery({ apikey: key })}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 32, endLine: 1, endColumn: 51 },
      { messageId: 'tokenInQuery', data: { param: 'apikey', sink: 'fetch', header: 'Authorization' }, line: 3, column: 37, endLine: 3, endColumn: 48 },
    ],
  },
  // a conditional part of the query
  {
    code: `fetch(\`\${API}/items?page=\${p}\${token ? \`&access_token=\${token}\` : ''}\`);
export const url = base + '?' + (key ? 'api_key=' + key : '');
const u2 = \`\${base}?\${(signed && \`auth_token=\${authToken}\`) || ''}\`;`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 40, endLine: 1, endColumn: 64 },
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'URL', header: 'Authorization' }, line: 2, column: 40, endLine: 2, endColumn: 56 },
      { messageId: 'tokenInQuery', data: { param: 'auth_token', sink: 'URL', header: 'Authorization' }, line: 3, column: 34, endLine: 3, endColumn: 59 },
    ],
  },
  // a generic parameter whose value is named as a credential
  {
    code: `res.redirect(\`\${CLIENT_URL}/oauth/success?token=\${accessToken}\`);
window.location.href = '/app?token=' + localStorage.getItem('access_token');
await axios.get(url, { params: { key: process.env.STRIPE_SECRET_KEY } });
fetch(\`\${API}/me?jwt=\${jwt}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'token', sink: 'res.redirect' }, line: 1, column: 14, endLine: 1, endColumn: 64 },
      { messageId: 'tokenInNavigation', data: { param: 'token', sink: 'location.href' }, line: 2, column: 24, endLine: 2, endColumn: 76 },
      { messageId: 'tokenInQuery', data: { param: 'key', sink: 'axios.get', header: 'Authorization' }, line: 3, column: 34, endLine: 3, endColumn: 68 },
      { messageId: 'tokenInQuery', data: { param: 'jwt', sink: 'fetch', header: 'Authorization' }, line: 4, column: 7, endLine: 4, endColumn: 29 },
    ],
  },
  // a generic parameter whose value is a const named as a credential
  {
    code: `const accessToken = jwt.sign({ id }, secret);
res.redirect(\`\${CLIENT_URL}/oauth/success?token=\${accessToken}\`);`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'token', sink: 'res.redirect' }, line: 2, column: 14, endLine: 2, endColumn: 64 },
    ],
  },
  // found by the fuzzer: a VTEX app token written in two pieces (no piece holds the 80 capitals the
  // pre-check looks for; the join inside the token lets the file through)
  ...((): InvalidTestCase<MessageIds, Options>[] => {
    const token = fake.vtexAppToken(9);
    const code = `router.push('/api/items?state=' + '${token.slice(0, 76)}' + "${token.slice(76)}");`;
    return [
      {
        code,
        ...lang.js,
        errors: [{ messageId: 'credentialInUrl', data: { param: 'state', sink: 'router.push', fingerprint: fp(token) }, line: 1, column: 13, endLine: 1, endColumn: code.length - 1 }],
      },
    ];
  })(),
  // any parameter with a catalogued private value
  {
    code: withFakes(`const STATUS = 'https://status.example.com/feed?k=__FAKE_githubToken_5__';
fetch('https://hooks.example.com/in?token=__FAKE_stripeSecret_6__');`),
    ...lang.ts,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'k', sink: 'URL', fingerprint: 'ghp_…0yn (GitHub token, 40 chars)' }, line: 1, column: 16, endLine: 1, endColumn: 92 },
      { messageId: 'credentialInUrl', data: { param: 'token', sink: 'fetch', fingerprint: 'sk_live_…IaI (Stripe secret key, 107 chars)' }, line: 2, column: 7, endLine: 2, endColumn: 151 },
    ],
  },
  // @nuxtjs/axios helpers
  {
    code: `const movies = await this.$axios.$get('/discover/movie', { params: { api_key: this.$config.tmdbKey } });`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'this.$axios.$get', header: 'Authorization' }, line: 1, column: 70, endLine: 1, endColumn: 99 },
    ],
  },
  // Vue template bindings
  {
    code: `<script setup lang="ts">
const props = defineProps<{ token: string; fileId: string }>();
const router = useRouter();
</script>

<template>
  <a :href="\`/files/\${props.fileId}?access_token=\${props.token}\`">Download</a>
  <img :src="'/avatar.png?auth_token=' + props.token" />
  <button @click="router.push({ path: '/next', query: { access_token: props.token } })">Next</button>
  <a :title="\`?access_token=\${props.token}\`" href="/help?q=access_token">Help</a>
</template>
`,
    ...lang.vue,
    errors: [
      { messageId: 'tokenInNavigation', data: { param: 'access_token', sink: 'href attribute' }, line: 7, column: 13, endLine: 7, endColumn: 65 },
      { messageId: 'tokenInQuery', data: { param: 'auth_token', sink: 'src attribute', header: 'Authorization' }, line: 8, column: 14, endLine: 8, endColumn: 53 },
      { messageId: 'tokenInNavigation', data: { param: 'access_token', sink: 'router.push' }, line: 9, column: 57, endLine: 9, endColumn: 82 },
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'URL', header: 'Authorization' }, line: 10, column: 14, endLine: 10, endColumn: 44 },
    ],
  },
  // optional call
  {
    code: `globalThis.fetch?.(\`\${API}/me?access_token=\${token!}\`);`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'globalThis.fetch', header: 'Authorization' }, line: 1, column: 20, endLine: 1, endColumn: 54, suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_token', header: 'Authorization' }, output: `globalThis.fetch?.(\`\${API}/me\`, { headers: { Authorization: \`Bearer \${token!}\` } });` }] },
    ],
  },
  ...recallInvalid,
];
