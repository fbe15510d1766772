/**
 * no-token-in-url, issue 17 (recall) and issue 19 classes 2 and 7 (sockets, other schemes): literal and
 * same-file-constant credentials in generic parameters, parameter names that say what they carry,
 * token-named values in requests, more clients and options; and the look-alikes that stay silent
 * (pagination and one-time tokens, POST bodies, `otpauth:` and other schemes, sockets the rule cannot
 * follow). Spread into no-token-in-url.cases.ts, so the redaction and fix-interplay tests see them.
 */
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { MessageIds, Options } from '../../src/rules/no-token-in-url.js';
import { fake, fp } from '../fixtures/fake.js';
import { lang, sfc } from '../fixtures/languages.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;

const QUOTES = fake.opaque(30);
const OWM = fake.opaque(31);
const AUTH = fake.opaque(32);
const KEY = fake.hex(33);
const GH = fake.githubToken(34);
/** Short keys (12 to 15 characters) for the URL-parameter profile of the value test. */
const SHORT = fake.shortKey(40);
const SHORT2 = fake.shortKey(41, 14);
const SHORT3 = fake.shortKey(42);
/** A WeChat AppID's shape (`wx` and 16 hex digits): public. */
const WX_APPID = `wx${fake.hex(549, 16)}`;
const HEX32 = fake.hex(550, 32);
/** OMDb-style keys: 8 hex digits (the credential-named parameter profile of the value test). */
const OMDB = fake.hex(551, 8);
const OMDB2 = fake.hex(552, 8);
/** A Google API key's shape (`AIza` and 35 characters), built at run time. */
const GOOGLE = `${['AI', 'za'].join('')}${fake.opaque(35, 35)}`;
/** Azure Functions keys (54 base64url characters and `==`). */
const AZ = fake.azureFunctionKey(577);
const AZ2 = fake.azureFunctionKey(578);
const AZ3 = fake.azureFunctionKey(579);
const AZ4 = fake.azureFunctionKey(582);

export const recallValid: Valid[] = [
  // Azure Functions' `code`: read at run time (an OAuth callback's code, passed on), a short code, another host, a placeholder
  {
    code: `fetch(\`https://shop-api.azurewebsites.net/api/auth?code=\${code}\`);
fetch('https://shop-api.azurewebsites.net/api/auth?code=' + params.get('code'));
fetch('https://shop.azurewebsites.net/callback?code=abc&state=xyz');
fetch('https://api.example.com/v1/redeem?code=${AZ}');
fetch('https://shop-api.azurewebsites.net/api/Items?code=<YOUR_FUNCTION_KEY>');
axios.get('https://shop-api.azurewebsites.net/api/Login', { params: { code } });
axios.get('https://api.example.com/v1/redeem', { params: { code: '${AZ}' } });`,
    ...lang.js,
  },
  // an API-key-named value in a generic key: a link or a navigation, a host whose keys are made for the
  // URL (Google Maps, Firebase Auth's REST API), a public name, a storage or cache key
  {
    code: `const apiKey = process.env.REACT_APP_API_KEY;
export const share = \`https://example.com/share?key=\${apiKey}\`;
export const go = () => { window.location.href = \`/reports?key=\${apiKey}\`; };
export const signUp = (body) => fetch(\`https://identitytoolkit.googleapis.com/v1/accounts:signUp?key=\${apiKey}\`, { method: 'POST', body });
export const geocode = (a) => fetch(\`https://maps.googleapis.com/maps/api/geocode/json?address=\${a}&key=\${apiKey}\`);
export const videos = () => fetch(\`https://www.googleapis.com/youtube/v3/search?key=\${firebaseApiKey}\`);
export const file = (objectKey) => fetch(\`/api/files?key=\${objectKey}\`);`,
    ...lang.js,
  },
  // Angular clones that add no credential, and clone() of anything else (a plain params object is no HttpParams)
  {
    code: `export const pageInterceptor: HttpInterceptorFn = (req, next) => next(req.clone({ setParams: { page: '1', lang: 'en' }, setHeaders: { Accept: 'application/json' } }));
const copy = draft.clone({ params: { api_key: key } });
const same = req.clone();`,
    ...lang.ts,
  },
  // credential-worded names that carry no credential: pagination, one-time links, anti-forgery, protocol values, metadata
  {
    code: `fetch(\`\${API}/x?csrf_token=\${c}&token_type=\${tt}&page_token=\${p}&pageToken=\${p2}&next_token=\${n}&continuation_token=\${ct}&state=\${s}&code=\${code}&reset_token=\${rt}&invite=\${i}&client_id=\${id}&public_key=\${pk}\`);
fetch(\`\${API}/y?authenticity_token=\${a}&password_reset_token=\${prt}&reset_password=\${rp}&max_tokens=\${m}&token_expires_in=\${e}&X-Amz-Security-Token=\${st}&client_token=\${ct2}&cancelToken=\${c2}&segmentToken=\${seg}&device_token=\${d}&token_id=\${tid}\`);`,
    ...lang.ts,
  },
  // OpenID logout takes id_token_hint in the URL; WeChat's and Azure AD's appid is the app's public id
  {
    code: `location.href = \`\${ISSUER}/logout?id_token_hint=\${idToken}&post_logout_redirect_uri=\${back}\`;
location.href = \`https://open.weixin.qq.com/connect/oauth2/authorize?appid=\${config.appId}&redirect_uri=\${cb}\`;
fetch(\`https://login.microsoftonline.com/\${tenant}/v2.0/.well-known/openid-configuration?appid=\${options.clientId}\`);`,
    ...lang.ts,
  },
  // a token-named value is a credential in a request only: not in a navigation, an e-mail link, a one-time or pagination value
  {
    code: `location.href = \`/app?token=\${this.props.serviceToken}\`;
const link = \`\${APP}/verify?token=\${userToken}\`;
await sendMail({ to, html: link });
fetch(\`/api/verify?token=\${resetToken}\`);
fetch(\`/api/items?token=\${nextPageToken}&key=\${deviceToken}\`);
fetch(\`/api/x?token=\${token}\`);`,
    ...lang.ts,
  },
  // literal values of generic parameters that are no credential: short, words, placeholders, Google browser keys
  {
    code: `fetch('https://api.example.com/x?token=abc123');
fetch('https://api.example.com/x?key=search-results-page-title');
fetch('https://api.example.com/x?token=YOUR_API_TOKEN_HERE');
fetch('https://www.googleapis.com/youtube/v3/search?part=snippet&key=${GOOGLE}');
fetch(\`https://maps.googleapis.com/maps/api/geocode/json?address=\${a}&api_key=\${process.env.GOOGLE_KEY}\`);`,
    ...lang.ts,
  },
  // short literals (12 to 15 characters) of generic parameters: in a request only, and never demo keys, hashes, words or dummies
  {
    code: `location.href = 'https://app.example.com/open?token=${SHORT}';
const link = 'https://app.example.com/share?key=${SHORT}';
window.open(\`https://app.example.com/open?auth=${SHORT}\`);
fetch('https://api.example.com/x?key=DEMO_KEY&token=YOUR_KEY');
fetch('https://api.example.com/x?token=abc123def456&key=3f9a1c2b7d4e');
fetch('https://api.example.com/x?key=v1beta2alpha&auth=en-US-v2-a9b');
fetch('https://api.example.com/x?token=test1234abcd&key=123456789012&secret=xxxxxxxxxxxx');
fetch('https://api.example.com/x?token=${fake.shortKey(43, 11)}');`,
    ...lang.ts,
  },
  { code: `export const Open = () => <a href={\`/open?token=${SHORT}\`}>Open</a>;`, ...lang.tsx },
  // in a test file a short value is a dummy
  { code: `await request(app).get('/x?token=${SHORT}&apikey=${SHORT2}');
await fetch('/x?token=${SHORT}');`, ...lang.ts, filename: 'src/api.test.ts' },
  // incidental names hold random values by nature: a literal of credential shape there is no credential (a catalogued one is)
  { code: `fetch('https://api.example.com/items?pageToken=${QUOTES}&csrf_token=${KEY}');`, ...lang.ts },
  // POST bodies in every client's config
  {
    code: `import axios from 'axios';
import got from 'got';
import ky from 'ky';
import request from 'request';
import needle from 'needle';
axios({ method: 'post', url: API, data: { client_secret: secret, refresh_token: rt } });
got.post(API, { form: { client_secret: secret }, json: { password } });
ky.post(API, { json: { access_token: token } });
request.post({ url: API, form: { client_secret: secret } });
needle.post(API, { client_secret: secret });
needle('post', API, { password });
fetch(API, { method: 'POST', body: JSON.stringify({ password }) });`,
    ...lang.js,
  },
  // otpauth key URIs, mailto links, data and javascript URLs, an app's own scheme
  {
    code: `export function qrCodeUrl(issuer: string, accountName: string, secretKey: string): string {
  return \`otpauth://totp/\${issuer}:\${accountName}?secret=\${secretKey}&issuer=\${issuer}\`;
}
const mail = \`mailto:\${to}?subject=Access&api_key=\${key}\`;
const deepLink = \`myapp://callback?access_token=\${token}\`;
location.href = \`javascript:open('/x?access_token=\${token}')\`;
const data = \`data:text/plain,?api_key=\${key}\`;`,
    ...lang.ts,
  },
  // sockets the rule cannot follow, without checkSockets: STOMP brokerURL, io() query, ws/wss URLs, socket-named variables and callbacks
  {
    code: `const client = new Client({ brokerURL: \`wss://push.example.com/ws?access_token=\${token}\` });
const socket = io(URL, { query: { access_token: token } });
const wsUrl = \`\${base}/live?access_token=\${token}\`;
connect(wsUrl);
const live = \`wss://rt.example.com/v1?api-key=\${key}\`;
connect(live);
realtime.onSocketUrl((url: URL) => {
  url.searchParams.set('api-key', apiKey);
});
const rt = new URL('wss://rt.example.com/v1/realtime');
rt.searchParams.set('api-key', apiKey);
export const endpoint = \`\${realtimeBase}/openai/realtime?api-key=\${apiKey}\`;`,
    ...lang.ts,
  },
  // \`params\` replaces the built-in list: names are no longer read by their words
  { code: `fetch(\`\${API}/x?secret_token=\${t}&password=\${p}\`);`, ...lang.ts, options: [{ params: ['sessionKey'] }] },
  // allowParams silences a worded name and a generic one's literal
  { code: `fetch(\`\${API}/x?secret_token=\${t}\`);`, ...lang.ts, options: [{ allowParams: ['secret_token'] }] },
  { code: `fetch('https://api.example.com/x?token=${QUOTES}');`, ...lang.ts, options: [{ allowParams: ['token'] }] },
  // a generic name whose value falls back on a placeholder or a word
  { code: "export const latest = () => fetch(`https://quotes.example/api/latest?key=${process.env.QUOTES_KEY || 'your-api-key'}`);", ...lang.ts },
  { code: "axios.get('https://quotes.example/api/feed', { params: { token: process.env.FEED_TOKEN ?? 'development' } });", ...lang.ts },
  // a mini program's POST data is its body; a local \`my\` is no mini-program global
  {
    code: `wx.request({ url: 'https://api.example.com/v1/login', data: { access_token: token }, method: 'POST' });
const my = makeClient();
my.request({ url: 'https://api.example.com/v1/items', data: { access_token: token } });`,
    ...lang.js,
  },
  // 8 hex digits in a generic name, or no key at all in a credential name (hex letters only, a run in order)
  { code: `fetch(\`https://www.omdbapi.com/?s=\${q}&key=${OMDB}\`);\nfetch('https://www.omdbapi.com/?s=x&apikey=deadbeef&api_key=0123abcd');`, ...lang.js },
  // a WeChat AppID (\`wx\` and 16 hex digits) is public, in \`appid\` (a credential name) or a generic name
  {
    code: `const WX_APPID = '${WX_APPID}';
location.href = \`https://open.weixin.qq.com/connect/oauth2/authorize?appid=\${WX_APPID}&redirect_uri=\${cb}&response_type=code&scope=snsapi_base#wechat_redirect\`;
axios.get('https://api.weixin.qq.com/cgi-bin/ticket/getticket?appid=${WX_APPID}&type=jsapi');
fetch('https://api.example.com/wx/config?key=${WX_APPID}');`,
    ...lang.js,
  },
  // map keys made for the browser: tile templates (Leaflet's \`{s}\` subdomains too) and the map APIs' script loaders
  {
    code: `L.tileLayer('https://{s}.tile.thunderforest.com/cycle/{z}/{x}/{y}.png?apikey=${KEY}').addTo(map);
const jawg = \`https://tile.jawg.io/jawg-streets/{z}/{x}/{y}.png?access-token=\${'${OWM}'}\`;
new TileLayer({ source: new XYZ({ url: \`\${TILES}/{z}/{x}/{-y}.png?key=${QUOTES}\` }) });
script.src = 'https://webapi.amap.com/maps?v=2.0&key=${HEX32}&plugin=AMap.Geocoder';
script.src = 'https://map.qq.com/api/gljs?v=1.exp&key=${QUOTES}';`,
    ...lang.js,
  },
];

export const recallInvalid: Invalid[] = [
  // Azure Functions take their key as \`code\` (or in \`x-functions-key\`): written in the URL, a constant, a URL of known text, a request's query object
  {
    code: `const FUNCTION_KEY = '${AZ}';
const BASE = 'https://shop-api.azurewebsites.net/api';
fetch(\`https://shop-api.azurewebsites.net/api/Orders?code=\${FUNCTION_KEY}&id=\${id}\`);
fetch(\`\${BASE}/Orders?id=\${id}&code=${AZ2}\`);
const ITEMS = 'https://shop-api.azurewebsites.net/api/Items?code=${AZ3}';
fetch(ITEMS);
axios.get('https://shop-api.azurewebsites.net/api/GetItems', { params: { code: '${AZ4}', page: 2 } });`,
    ...lang.js,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'code', sink: 'fetch', fingerprint: fp(AZ) }, line: 3, column: 7, endLine: 3, endColumn: 84 },
      { messageId: 'credentialInUrl', data: { param: 'code', sink: 'fetch', fingerprint: fp(AZ2) }, line: 4, column: 7, endLine: 4, endColumn: 94 },
      { messageId: 'credentialInUrl', data: { param: 'code', sink: 'fetch', fingerprint: fp(AZ3) }, line: 5, column: 15, endLine: 5, endColumn: 123 },
      { messageId: 'credentialInUrl', data: { param: 'code', sink: 'axios.get', fingerprint: fp(AZ4) }, line: 7, column: 74, endLine: 7, endColumn: 138 },
    ],
  },
  // mini programs (WeChat, uni-app, Taro): a GET's \`data\` is its query, as jQuery's
  {
    code: `import Taro from '@tarojs/taro';
wx.request({ url: 'https://api.example.com/v1/items', data: { access_token: token } });
uni.request({ url: 'https://api.example.com/v1/items', method: 'GET', data: { api_key: '${QUOTES}' } });
Taro.request({ url: 'https://api.example.com/v1/items', data: { token: '${GH}' } });`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'wx.request', header: 'Authorization' }, line: 2, column: 63, endLine: 2, endColumn: 82 },
      { messageId: 'credentialInUrl', data: { param: 'api_key', sink: 'uni.request', fingerprint: fp(QUOTES) }, line: 3, column: 79, endLine: 3, endColumn: 130 },
      { messageId: 'credentialInUrl', data: { param: 'token', sink: 'Taro.request', fingerprint: fp(GH) }, line: 4, column: 65, endLine: 4, endColumn: 114 },
    ],
  },
  // an OMDb key (8 hex digits) in a credential-named parameter, written in place or in a constant
  {
    code: `const OMDB_KEY = '${OMDB2}';
fetch(\`https://www.omdbapi.com/?i=\${id}&apikey=\${OMDB_KEY}\`);
fetch(\`https://www.omdbapi.com/?s=\${q}&apikey=${OMDB}\`);`,
    ...lang.js,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'apikey', sink: 'fetch', fingerprint: fp(OMDB2) }, line: 2, column: 7, endLine: 2, endColumn: 60 },
      { messageId: 'credentialInUrl', data: { param: 'apikey', sink: 'fetch', fingerprint: fp(OMDB) }, line: 3, column: 7, endLine: 3, endColumn: 56 },
    ],
  },
  // apilayer's \`access_key\` (ipstack, weatherstack, …), HubSpot's former \`hapikey\`, DeepL's former \`auth_key\`
  {
    code: `const WEATHER = 'http://api.weatherstack.com/current?access_key=' + '${KEY}' + '&query=' + city;
fetch('https://api.ipstack.com/134.201.250.155?access_key=${HEX32}');
fetch(\`https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=\${'${QUOTES}'}\`);
axios.post('https://api-free.deepl.com/v2/translate', null, { params: { auth_key: '${OWM}', text, target_lang: 'EN' } });`,
    ...lang.js,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'access_key', sink: 'URL', fingerprint: fp(KEY) }, line: 1, column: 17, endLine: 1, endColumn: 130 },
      { messageId: 'credentialInUrl', data: { param: 'access_key', sink: 'fetch', fingerprint: fp(HEX32) }, line: 2, column: 7, endLine: 2, endColumn: 92 },
      { messageId: 'credentialInUrl', data: { param: 'hapikey', sink: 'fetch', fingerprint: fp(QUOTES) }, line: 3, column: 7, endLine: 3, endColumn: 120 },
      { messageId: 'credentialInUrl', data: { param: 'auth_key', sink: 'axios.post', fingerprint: fp(OWM) }, line: 4, column: 73, endLine: 4, endColumn: 125 },
    ],
  },
  // AMap's web service API takes server keys (its script loader is public, above); WeChat's \`secret\` beside its public \`appid\`
  {
    code: `fetch('https://restapi.amap.com/v3/weather/weatherInfo?city=110101&key=${HEX32}');
axios.get('https://api.weixin.qq.com/sns/oauth2/access_token?appid=${WX_APPID}&secret=${KEY}&grant_type=authorization_code');`,
    ...lang.js,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'key', sink: 'fetch', fingerprint: fp(HEX32) }, line: 1, column: 7, endLine: 1, endColumn: 105 },
      { messageId: 'credentialInUrl', data: { param: 'secret', sink: 'axios.get', fingerprint: fp(KEY) }, line: 2, column: 11, endLine: 2, endColumn: 165 },
    ],
  },
  // a literal credential in a generic parameter (issue 17's example)
  {
    code: `axios.get('https://quotes.example/api/v2/latest?symbol=BRL&token=${QUOTES}');`,
    ...lang.ts,
    errors: [{ messageId: 'credentialInUrl', data: { param: 'token', sink: 'axios.get', fingerprint: fp(QUOTES) }, line: 1, column: 11, endLine: 1, endColumn: 107 }],
  },
  // the example as written: a 12-character literal (the URL-parameter profile of the value test)
  {
    code: `import axios from 'axios';
axios.get('https://quotes.example/api/v2/latest?symbol=BRL&token=${SHORT}');`,
    ...lang.js,
    errors: [{ messageId: 'credentialInUrl', data: { param: 'token', sink: 'axios.get', fingerprint: fp(SHORT) }, line: 2, column: 11, endLine: 2, endColumn: 79 }],
  },
  // short values of a same-file constant in a generic name, and a literal in a credential name (requested or not)
  {
    code: `const QUOTES_KEY = '${SHORT3}';
export const latest = () => fetch(\`https://quotes.example/api/latest?key=\${QUOTES_KEY}\`);
export const FEED = 'https://quotes.example/feed?apikey=${SHORT2}';`,
    ...lang.ts,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'key', sink: 'fetch', fingerprint: fp(SHORT3) }, line: 2, column: 35, endLine: 2, endColumn: 88 },
      { messageId: 'credentialInUrl', data: { param: 'apikey', sink: 'URL', fingerprint: fp(SHORT2) }, line: 3, column: 21, endLine: 3, endColumn: 72 },
    ],
  },
  // a generic name whose value falls back on a hard-coded key: that key (the names decide otherwise)
  {
    code: `const QUOTES_KEY = process.env.QUOTES_KEY || '${SHORT3}';
export const latest = () => fetch(\`https://quotes.example/api/latest?key=\${QUOTES_KEY}\`);
export const feed = () => axios.get('https://quotes.example/api/feed', { params: { token: process.env.FEED_TOKEN ?? '${QUOTES}' } });`,
    ...lang.ts,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'key', sink: 'fetch', fingerprint: fp(SHORT3) }, line: 2, column: 35, endLine: 2, endColumn: 88 },
      { messageId: 'credentialInUrl', data: { param: 'token', sink: 'axios.get', fingerprint: fp(QUOTES) }, line: 3, column: 84, endLine: 3, endColumn: 159 },
    ],
  },
  // VTEX ID's \`accesskey\` is the code e-mailed to the shopper, a one-time code: only the session token is reported
  {
    code: `const params = { accesskey: code, authenticationToken: token, login: email };
this.http.get(routes.VALIDATE, { metric, params });
fetch(\`\${API}/otp/verify?access_key=\${emailCode}&password=\${otp}&secret_token=\${verificationCode}\`);`,
    ...lang.js,
    errors: [{ messageId: 'tokenInQuery', data: { param: 'authenticationToken', sink: 'this.http.get', header: 'Authorization' }, line: 1, column: 35, endLine: 1, endColumn: 61 }],
  },
  // apilayer's \`access_key\` from the environment: the suggested header is Authorization, not Bunny's \`AccessKey\`
  {
    code: 'fetch(`https://api.ipstack.com/check?access_key=${process.env.IPSTACK_KEY}`);',
    ...lang.ts,
    errors: [
      {
        messageId: 'tokenInQuery',
        data: { param: 'access_key', sink: 'fetch', header: 'Authorization' },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 76,
        suggestions: [{ messageId: 'moveToHeader', data: { param: 'access_key', header: 'Authorization' }, output: "fetch('https://api.ipstack.com/check', { headers: { Authorization: `Bearer ${process.env.IPSTACK_KEY}` } });" }],
      },
    ],
  },
  // a fallback that is no credential: the value's name decides, as without one
  {
    code: "const accessToken = process.env.ACCESS_TOKEN ?? 'development';\nfetch(`https://api.example.com/v1/orders?token=${accessToken}`);",
    ...lang.ts,
    errors: [{ messageId: 'tokenInQuery', data: { param: 'token', sink: 'fetch', header: 'Authorization' }, line: 2, column: 7, endLine: 2, endColumn: 63 }],
  },
  {
    code: sfc(`const { data } = await useFetch('https://quotes.example/api/latest?auth=${SHORT}');`),
    ...lang.vue,
    errors: [{ messageId: 'credentialInUrl', data: { param: 'auth', sink: 'useFetch', fingerprint: fp(SHORT) }, line: 2, column: 33, endLine: 2, endColumn: 86 }],
  },
  // a generic name whose value is a same-file constant of credential shape, a catalogued one in `key`
  {
    code: `const TOKEN = '${KEY}';
fetch(\`https://status.example.com/api?token=\${TOKEN}\`);
fetch('https://status.example.com/feed?key=${GH}');`,
    ...lang.js,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'token', sink: 'fetch', fingerprint: fp(KEY) }, line: 2, column: 7, endLine: 2, endColumn: 54 },
      { messageId: 'credentialInUrl', data: { param: 'key', sink: 'fetch', fingerprint: fp(GH) }, line: 3, column: 7, endLine: 3, endColumn: 85 },
    ],
  },
  // a generic `auth` literal in a JSX href
  {
    code: `const AUTH = '${AUTH}';
export const Link = () => <a href={\`/report?auth=\${AUTH}\`}>Report</a>;`,
    ...lang.tsx,
    errors: [{ messageId: 'credentialInUrl', data: { param: 'auth', sink: 'href attribute', fingerprint: fp(AUTH) }, line: 2, column: 36, endLine: 2, endColumn: 58 }],
  },
  // names that say what they carry, in a URL built into a variable
  {
    code: `const url = \`\${API}/x?secret_token=\${t}&refreshToken=\${r}&pwd=\${p}&passwd=\${q}&password=\${w}&oauth_token_secret=\${s}\`;
await fetch(url);`,
    ...lang.ts,
    errors: ['secret_token', 'refreshToken', 'pwd', 'passwd', 'password', 'oauth_token_secret'].map((param) => ({
      messageId: 'tokenInQuery' as const,
      data: { param, sink: 'fetch', header: 'Authorization' },
      line: 1,
      column: 13,
      endLine: 1,
      endColumn: 118,
    })),
  },
  // provider API-key names: OpenWeather appid, app_key with a same-file constant
  {
    code: `import axios from 'axios';
const KEY = '${OWM}';
const WEATHER = 'https://api.openweathermap.org/data/2.5/weather';
export const byCity = (city) => axios.get(\`\${WEATHER}?q=\${city}&appid=\${process.env.OWM_KEY}&app_key=\${KEY}\`);`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'appid', sink: 'axios.get', header: 'Authorization' }, line: 4, column: 43, endLine: 4, endColumn: 109 },
      { messageId: 'credentialInUrl', data: { param: 'app_key', sink: 'axios.get', fingerprint: fp(OWM) }, line: 4, column: 43, endLine: 4, endColumn: 109 },
    ],
  },
  // Azure's subscription-key moves to Ocp-Apim-Subscription-Key
  {
    code: `fetch(\`\${AZURE}/translate?subscription-key=\${translatorKey}\`);`,
    ...lang.ts,
    errors: [
      {
        messageId: 'tokenInQuery',
        data: { param: 'subscription-key', sink: 'fetch', header: 'Ocp-Apim-Subscription-Key' },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 61,
        suggestions: [
          {
            messageId: 'moveToHeader',
            data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key' },
            output: `fetch(\`\${AZURE}/translate\`, { headers: { 'Ocp-Apim-Subscription-Key': translatorKey } });`,
          },
        ],
      },
    ],
  },
  // Angular HttpParams chains
  {
    code: `this.http.get(url, { params: new HttpParams().set('appid', environment.weatherKey).append('q', city) });`,
    ...lang.ts,
    errors: [{ messageId: 'tokenInQuery', data: { param: 'appid', sink: 'this.http.get', header: 'Authorization' }, line: 1, column: 30, endLine: 1, endColumn: 83 }],
  },
  // Angular interceptors: HttpRequest.clone with setParams, with the request's own params, with new HttpParams
  {
    code: `export const keyInterceptor: HttpInterceptorFn = (req, next) => next(req.clone({ setParams: { api_key: '${KEY}', language: 'en' } }));
export const weatherInterceptor: HttpInterceptorFn = (req, next) => next(req.clone({ params: req.params.set('q', city).set('appid', environment.weatherKey) }));
export const tokenInterceptor: HttpInterceptorFn = (req, next) => next(req.clone({ params: new HttpParams().set('access_token', this.token) }));`,
    ...lang.ts,
    errors: [
      { messageId: 'credentialInUrl', data: { param: 'api_key', sink: 'req.clone', fingerprint: fp(KEY) }, line: 1, column: 95, endLine: 1, endColumn: 146 },
      { messageId: 'tokenInQuery', data: { param: 'appid', sink: 'req.clone', header: 'Authorization' }, line: 2, column: 94, endLine: 2, endColumn: 156 },
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'req.clone', header: 'Authorization' }, line: 3, column: 92, endLine: 3, endColumn: 140 },
    ],
  },
  // a generic token whose value is named as a specific token, in a request (Vue, JSX)
  {
    code: sfc(`const res = await fetch(\`/api/invoices?token=\${props.serviceToken}\`);`),
    ...lang.vue,
    errors: [{ messageId: 'tokenInQuery', data: { param: 'token', sink: 'fetch', header: 'Authorization' }, line: 2, column: 25, endLine: 2, endColumn: 68 }],
  },
  {
    code: `const Invoices = () => {
  useEffect(() => { $.ajax({ url: \`/api/invoices?token=\${this.props.serviceToken}\` }); }, []);
  return <a href={\`/invoices?token=\${this.props.serviceToken}\`}>Invoices</a>;
};`,
    ...lang.jsx,
    errors: [{ messageId: 'tokenInQuery', data: { param: 'token', sink: '$.ajax', header: 'Authorization' }, line: 2, column: 35, endLine: 2, endColumn: 83 }],
  },
  // a generic key whose value is named as an API key, in a request: RAWG, YouTube on googleapis.com (not
  // a maps host), a class field
  {
    code: `const apiKey = import.meta.env.VITE_RAWG_KEY;
export const games = () => fetch(\`https://api.rawg.io/api/games?key=\${apiKey}&page=1\`);
export const videos = (q) => axios.get(\`https://www.googleapis.com/youtube/v3/search?q=\${q}&key=\${process.env.YT_API_KEY}\`);
export class Weather { constructor(apiKey) { this.apiKey = apiKey; } now(c) { return fetch(\`https://api.weatherapi.com/v1/current.json?key=\${this.apiKey}&q=\${c}\`); } }`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'key', sink: 'fetch', header: 'Authorization' }, line: 2, column: 34, endLine: 2, endColumn: 86 },
      { messageId: 'tokenInQuery', data: { param: 'key', sink: 'axios.get', header: 'Authorization' }, line: 3, column: 40, endLine: 3, endColumn: 123 },
      { messageId: 'tokenInQuery', data: { param: 'key', sink: 'fetch', header: 'Authorization' }, line: 4, column: 92, endLine: 4, endColumn: 162 },
    ],
  },
  // request's qs, needle's GET data, node-fetch, undici's request query, ofetch query and create
  {
    code: `import request from 'request';
import needle from 'needle';
request({ url: API, qs: { access_token: token } });
request.get(API, { qs: { api_key: key } });
needle('get', API, { access_token: token });
needle.request('get', API, { api_key: key }, {});`,
    ...lang.js,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'request', header: 'Authorization' }, line: 3, column: 27, endLine: 3, endColumn: 46 },
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'request.get', header: 'Authorization' }, line: 4, column: 26, endLine: 4, endColumn: 38 },
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'needle', header: 'Authorization' }, line: 5, column: 22, endLine: 5, endColumn: 41 },
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'needle.request', header: 'Authorization' }, line: 6, column: 30, endLine: 6, endColumn: 42 },
    ],
  },
  {
    code: `import { request } from 'undici';
import * as undici from 'undici';
import { ofetch } from 'ofetch';
await request(API, { query: { access_token: token } });
await undici.request(API, { query: { api_key: key } });
await ofetch('/x', { query: { access_token: token } });
export const api = ofetch.create({ baseURL: API, query: { api_key: key } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'request', header: 'Authorization' }, line: 4, column: 31, endLine: 4, endColumn: 50 },
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'undici.request', header: 'Authorization' }, line: 5, column: 38, endLine: 5, endColumn: 50 },
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'ofetch', header: 'Authorization' }, line: 6, column: 31, endLine: 6, endColumn: 50 },
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'ofetch.create', header: 'Authorization' }, line: 7, column: 59, endLine: 7, endColumn: 71 },
    ],
  },
  // an app's own client or wrapper, called with { url, params } or (url, { params })
  {
    code: `import api from './api';
import { httpClient } from '@/lib/http';
api({ url: '/x', params: { access_token: token } });
api('/x', { params: { api_key: key } });
httpClient('/y', { params: { access_token: t } });`,
    ...lang.ts,
    errors: [
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'api', header: 'Authorization' }, line: 3, column: 28, endLine: 3, endColumn: 47 },
      { messageId: 'tokenInQuery', data: { param: 'api_key', sink: 'api', header: 'Authorization' }, line: 4, column: 23, endLine: 4, endColumn: 35 },
      { messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'httpClient', header: 'Authorization' }, line: 5, column: 30, endLine: 5, endColumn: 45 },
    ],
  },
  // URLSearchParams spread into a template, then into a URL
  {
    code: `const q = \`\${new URLSearchParams({ access_token: t })}\`;
fetch(\`\${API}/me?\${q}\`);`,
    ...lang.ts,
    errors: [{ messageId: 'tokenInQuery', data: { param: 'access_token', sink: 'fetch', header: 'Authorization' }, line: 1, column: 36, endLine: 1, endColumn: 51 }],
  },
  // sockets the rule cannot follow, with checkSockets
  {
    code: `const client = new Client({ brokerURL: \`wss://push.example.com/ws?access_token=\${token}\` });
const live = \`wss://rt.example.com/v1?api-key=\${key}\`;
connect(live);
function createRealtimeSocket(url: URL, key: string) {
  url.searchParams.set('api-key', key);
  return url;
}
const rt = new URL('wss://rt.example.com/v1/realtime');
rt.searchParams.set('api-key', apiKey);
export const endpoint = \`\${realtimeBase}/openai/realtime?api-key=\${apiKey}\`;`,
    ...lang.ts,
    options: [{ checkSockets: true }],
    errors: [
      { messageId: 'tokenInSocketUrl', data: { param: 'access_token', sink: 'socket' }, line: 1, column: 40, endLine: 1, endColumn: 89 },
      { messageId: 'tokenInSocketUrl', data: { param: 'api-key', sink: 'socket' }, line: 2, column: 14, endLine: 2, endColumn: 54 },
      { messageId: 'tokenInSocketUrl', data: { param: 'api-key', sink: 'socket' }, line: 5, column: 3, endLine: 5, endColumn: 39 },
      { messageId: 'tokenInSocketUrl', data: { param: 'api-key', sink: 'socket' }, line: 9, column: 1, endLine: 9, endColumn: 39 },
      { messageId: 'tokenInSocketUrl', data: { param: 'api-key', sink: 'socket' }, line: 10, column: 25, endLine: 10, endColumn: 76 },
    ],
  },
];
