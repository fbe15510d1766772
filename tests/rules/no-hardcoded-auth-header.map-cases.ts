/**
 * Issue #17, the remaining shapes of `no-hardcoded-auth-header`: header maps outside any request
 * (an object literal with an `Authorization` key or a listed `-` header holding a credential beyond
 * doubt), Angular `HttpHeaders`, Basic credentials base64-encoded by other means than `btoa` / `Buffer`
 * (`base64.encode`, js-base64, a same-file helper that wraps `btoa`), and the VTEX IO clients'
 * `authToken`. Positions are computed from the code (`errorAt`), so each case states the code once.
 */
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { MessageIds, Options } from '../../src/rules/no-hardcoded-auth-header.js';
import { fake, fp } from '../fixtures/fake.js';
import { lang, sfc } from '../fixtures/languages.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options> | string;
type Error = Invalid['errors'][number];

const OPAQUE = fake.opaque(41);
const SHORT = fake.opaque(42, 11);
const GH = fake.githubToken(43);
const MP = fake.mpAccessToken(44);
const PK = fake.stripePublishable(45);
const JWT = fake.jwt(46);
const PASSWORD = fake.opaque(47, 12);
const BASIC = Buffer.from(`svc:${PASSWORD}`, 'latin1').toString('base64');
const VUE_REASON = 'this is a Vue single-file component';

/**
 * The finding on the `nth` occurrence of `text` (as written) in `code`: `messageId` with `data`, and
 * the suggestion that replaces `text` with `replacement` (none when `replacement` is undefined).
 */
function errorAt(
  code: string,
  text: string,
  messageId: MessageIds,
  data: Record<string, string>,
  suggestion?: { env: string; replacement: string; wrap?: (output: string) => string },
  nth = 1,
): Error {
  let offset = -1;
  for (let i = 0; i < nth; i++) offset = code.indexOf(text, offset + 1);
  if (offset === -1) throw new Error(`no ${text} in ${code}`);
  const before = code.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before.at(-1) ?? '').length + 1;
  const lines = text.split('\n');
  const endLine = line + lines.length - 1;
  const endColumn = lines.length === 1 ? column + text.length : (lines.at(-1) ?? '').length + 1;
  const output = suggestion && code.slice(0, offset) + suggestion.replacement + code.slice(offset + text.length);
  return {
    messageId,
    data,
    line,
    column,
    endLine,
    endColumn,
    ...(suggestion && output !== undefined ? { suggestions: [{ messageId: 'useEnv' as const, data: { env: suggestion.env }, output }] } : {}),
  };
}

/** A `hardcoded` finding on `text`, rewritten to `` `${scheme} ${env}` `` (or `env` with no scheme). */
function hardcodedAt(code: string, text: string, header: string, scheme: string, credential: string, env: string, nth = 1): Error {
  const replacement = scheme === 'no scheme' ? env : `\`${scheme} \${${env}}\``;
  return errorAt(code, text, 'hardcoded', { header, scheme, fingerprint: fp(credential) }, { env, replacement }, nth);
}

/** The same snippet in JS, TS and a Vue SFC (browser code there: the message says so, no suggestion). */
function everyLanguage(code: string, text: string, header: string, scheme: string, credential: string, env: string): Invalid[] {
  const vue = sfc(code);
  const inClient = errorAt(vue, text, 'hardcodedInClient', { header, scheme, fingerprint: fp(credential), reason: VUE_REASON });
  return [
    { code, ...lang.js, errors: [hardcodedAt(code, text, header, scheme, credential, env)] },
    { code, ...lang.ts, errors: [hardcodedAt(code, text, header, scheme, credential, env)] },
    { code: vue, ...lang.vue, errors: [inClient] },
  ];
}

const configMap = `export const API_CONFIG = { baseURL: 'https://api.example.com', Authorization: 'Bearer ${OPAQUE}' };`;
const userMap = `const user = { Authorization: "Bearer ${OPAQUE}" };`;
const logMap = `log({ "x-api-key": "${OPAQUE}" });`;
const viaConstant = `const TOKEN = '${GH}';\nexport const github = { Accept: 'application/vnd.github+json', Authorization: \`token \${TOKEN}\` };`;
const forgotHeaders = `axios.get('/v1/payments', { Authorization: 'Bearer ${MP}' });`;
const tsxMap = `export const AUTH = { 'X-Auth-Token': '${OPAQUE}' } as const;\nexport const Page = () => <Orders auth={AUTH} />;`;
const computedKey = `const AUTH_HEADER = 'Authorization';\nexport const defaults = { [AUTH_HEADER]: 'Bearer ${OPAQUE}' };`;

export const mapInvalid: Invalid[] = [
  // header maps outside any request: a module-level config, a plain const, a logged object
  ...everyLanguage(configMap, `'Bearer ${OPAQUE}'`, 'Authorization', 'Bearer', OPAQUE, 'process.env.API_TOKEN'),
  { code: userMap, ...lang.js, errors: [hardcodedAt(userMap, `"Bearer ${OPAQUE}"`, 'Authorization', 'Bearer', OPAQUE, 'process.env.API_TOKEN')] },
  { code: logMap, ...lang.ts, errors: [hardcodedAt(logMap, `"${OPAQUE}"`, 'x-api-key', 'no scheme', OPAQUE, 'process.env.API_KEY')] },
  {
    code: viaConstant,
    ...lang.ts,
    errors: [
      errorAt(viaConstant, '`token ${TOKEN}`', 'hardcodedConstant', { header: 'Authorization', scheme: 'token', fingerprint: fp(GH), constant: 'TOKEN', line: '1' }, {
        env: 'process.env.GITHUB_TOKEN',
        replacement: '`token ${process.env.GITHUB_TOKEN}`',
      }),
    ],
  },
  // `headers:` forgotten: the object is still a header map
  { code: forgotHeaders, ...lang.js, errors: [hardcodedAt(forgotHeaders, `'Bearer ${MP}'`, 'Authorization', 'Bearer', MP, 'process.env.MP_ACCESS_TOKEN')] },
  { code: tsxMap, ...lang.tsx, errors: [hardcodedAt(tsxMap, `'${OPAQUE}'`, 'X-Auth-Token', 'no scheme', OPAQUE, 'process.env.AUTH_TOKEN')] },
  { code: computedKey, ...lang.ts, errors: [hardcodedAt(computedKey, `'Bearer ${OPAQUE}'`, 'Authorization', 'Bearer', OPAQUE, 'process.env.API_TOKEN')] },
];

export const mapValid: Valid[] = [
  // placeholders, dummies, short or word-like values: reported in a request's headers, not in a header map
  'const user = { Authorization: "Bearer YOUR_TOKEN" };',
  'export const example = { Authorization: "Bearer <token>", "X-API-Key": "<your-api-key>" };',
  'const sample = { Authorization: "Token abc123" };',
  `const config = { Authorization: "Bearer ${SHORT}" };`,
  'const messages = { Authorization: "Autorização necessária" };',
  'export const routes = { Authorization: "/settings/authorization-tokens" };',
  // public keys, run-time values
  `const stripeConfig = { Authorization: "Bearer ${PK}" };`,
  'export const defaults = { Authorization: `Bearer ${process.env.API_TOKEN}` };',
  // one-word names are query parameters and SDK options as often: not a header map
  `const options = { apikey: "${OPAQUE}" };`,
  // queries, bodies and headers not sent
  `axios.get(url, { params: { "api-key": "${OPAQUE}" } });`,
  `const qs = new URLSearchParams({ "X-API-Key": "${OPAQUE}" });`,
  `const responseHeaders = { "X-Auth-Token": "${OPAQUE}" };`,
  // test files keep their treatment: only headers objects of requests count there
  { code: userMap, filename: 'src/user.test.ts' },
  { code: `export const fixture = { Authorization: "Bearer ${MP}" };`, filename: 'test/fixtures/auth.js' },
  // assertions describe headers
  { code: `assert.deepEqual(sent, { Authorization: "Bearer ${OPAQUE}" });`, filename: 'src/check.js' },
];

const angularCtor = `import { HttpHeaders } from '@angular/common/http';\nexport const AUTH_OPTIONS = { headers: new HttpHeaders({ 'Content-Type': 'application/json', Authorization: 'Bearer ${OPAQUE}' }) };`;
const angularSet = `this.http.get(url, { headers: new HttpHeaders().set('Accept', 'application/json').set('Authorization', 'Bearer ${MP}') });`;
const angularAppend = `let headers = new HttpHeaders();\nheaders = headers.append('X-API-Key', '${OPAQUE}');`;
const angularClone = `intercept(req: HttpRequest<unknown>, next: HttpHandler) {\n  return next.handle(req.clone({ setHeaders: { Authorization: 'Bearer ${OPAQUE}' } }));\n}`;

export const angularInvalid: Invalid[] = [
  // Angular is browser code: the message says so, with no suggestion
  {
    code: angularCtor,
    ...lang.ts,
    errors: [errorAt(angularCtor, `'Bearer ${OPAQUE}'`, 'hardcodedInClient', { header: 'Authorization', scheme: 'Bearer', fingerprint: fp(OPAQUE), reason: "this file imports '@angular/common/http'" })],
  },
  { code: angularSet, ...lang.ts, errors: [hardcodedAt(angularSet, `'Bearer ${MP}'`, 'Authorization', 'Bearer', MP, 'process.env.MP_ACCESS_TOKEN')] },
  { code: angularAppend, ...lang.ts, errors: [hardcodedAt(angularAppend, `'${OPAQUE}'`, 'X-API-Key', 'no scheme', OPAQUE, 'process.env.API_KEY')] },
  {
    code: `class AuthInterceptor {\n  ${angularClone.replaceAll('\n', '\n  ')}\n}`,
    ...lang.ts,
    errors: [hardcodedAt(`class AuthInterceptor {\n  ${angularClone.replaceAll('\n', '\n  ')}\n}`, `'Bearer ${OPAQUE}'`, 'Authorization', 'Bearer', OPAQUE, 'process.env.API_TOKEN')],
  },
];

export const angularValid: Valid[] = [
  'const headers = new HttpHeaders({ Authorization: `Bearer ${this.auth.token}` });',
  'this.http.get(url, { headers: new HttpHeaders().set("Authorization", "Bearer " + token) });',
  'const headers = new HttpHeaders().set("Authorization", "Bearer YOUR_ACCESS_TOKEN");',
];

const jsBase64 = `import { Base64 } from 'js-base64';\nfetch(url, { headers: { Authorization: 'Basic ' + Base64.encode('svc:${PASSWORD}') } });`;
const base64Pkg = `import base64 from 'base-64';\nxhr.setRequestHeader('Authorization', \`Basic \${base64.encode('svc:${PASSWORD}')}\`);`;
const namedEncode = `import { encode as b64 } from 'js-base64';\nconst api = axios.create({ headers: { Authorization: 'Basic ' + b64('svc:${PASSWORD}') } });`;
const arrowHelper = `const basicAuth = (user, pass) => 'Basic ' + btoa(\`\${user}:\${pass}\`);\nfetch(url, { headers: { Authorization: basicAuth('svc', '${PASSWORD}') } });`;
const declaredHelper = `function encode(text: string): string {\n  return Buffer.from(text).toString('base64');\n}\nconst PASS = '${PASSWORD}';\nexport const headers = { Authorization: 'Basic ' + encode('svc:' + PASS) };`;

export const base64Invalid: Invalid[] = [
  ...[lang.js, lang.ts].map((language) => ({ code: jsBase64, ...language, errors: [hardcodedAt(jsBase64, `'Basic ' + Base64.encode('svc:${PASSWORD}')`, 'Authorization', 'Basic', BASIC, 'process.env.BASIC_AUTH')] })),
  {
    code: sfc(jsBase64),
    ...lang.vue,
    errors: [errorAt(sfc(jsBase64), `'Basic ' + Base64.encode('svc:${PASSWORD}')`, 'hardcodedInClient', { header: 'Authorization', scheme: 'Basic', fingerprint: fp(BASIC), reason: VUE_REASON })],
  },
  { code: base64Pkg, ...lang.js, errors: [hardcodedAt(base64Pkg, `\`Basic \${base64.encode('svc:${PASSWORD}')}\``, 'Authorization', 'Basic', BASIC, 'process.env.BASIC_AUTH')] },
  { code: namedEncode, ...lang.ts, errors: [hardcodedAt(namedEncode, `'Basic ' + b64('svc:${PASSWORD}')`, 'Authorization', 'Basic', BASIC, 'process.env.BASIC_AUTH')] },
  ...[lang.js, lang.tsx].map((language) => ({ code: arrowHelper, ...language, errors: [hardcodedAt(arrowHelper, `basicAuth('svc', '${PASSWORD}')`, 'Authorization', 'Basic', BASIC, 'process.env.BASIC_AUTH')] })),
  {
    code: declaredHelper,
    ...lang.ts,
    errors: [
      errorAt(declaredHelper, "'Basic ' + encode('svc:' + PASS)", 'hardcodedConstant', { header: 'Authorization', scheme: 'Basic', fingerprint: fp(BASIC), constant: 'PASS', line: '4' }, {
        env: 'process.env.BASIC_AUTH',
        replacement: '`Basic ${process.env.BASIC_AUTH}`',
      }),
    ],
  },
];

export const base64Valid: Valid[] = [
  'import { Base64 } from "js-base64";\nfetch(url, { headers: { Authorization: "Basic " + Base64.encode(`${user}:${pass}`) } });',
  // URL-safe base64 is not what a Basic header holds
  `import { Base64 } from "js-base64";\nfetch(url, { headers: { Authorization: "Basic " + Base64.encode("svc:${PASSWORD}", true) } });`,
  // an `encode` of another kind, or one that is not imported from a base64 package
  `fetch(url, { headers: { Authorization: "Basic " + codec.encode("svc:${PASSWORD}") } });`,
  `import { encode } from "./codec";\nfetch(url, { headers: { Authorization: "Basic " + encode("svc:${PASSWORD}") } });`,
  // helpers called with run-time values, placeholders, helpers that evaluate more than we follow
  'const basicAuth = (u, p) => "Basic " + btoa(`${u}:${p}`);\nfetch(url, { headers: { Authorization: basicAuth(user, pass) } });',
  'const basicAuth = (u, p) => "Basic " + btoa(`${u}:${p}`);\nfetch(url, { headers: { Authorization: basicAuth("user", "pass") } });',
  `const basicAuth = async (u, p) => "Basic " + btoa(u + ":" + p);\nfetch(url, { headers: { Authorization: await basicAuth("svc", "${PASSWORD}") } });`,
  `function basicAuth(u, p) { const pair = u + ":" + p; return "Basic " + btoa(pair); }\nfetch(url, { headers: { Authorization: basicAuth("svc", "${PASSWORD}") } });`,
  `const basicAuth = ({ u, p }) => "Basic " + btoa(u + ":" + p);\nfetch(url, { headers: { Authorization: basicAuth({ u: "svc", p: "${PASSWORD}" }) } });`,
  // a helper that encodes nothing is not followed (a bearer helper is a call like any other)
  `const bearer = (t) => "Bearer " + t;\nfetch(url, { headers: { Authorization: bearer("${OPAQUE}") } });`,
];

const vbase = `import { VBase } from '@vtex/api';\nexport const vbase = new VBase({ account: 'mystore', workspace: 'master', authToken: '${JWT}', region: 'aws-us-east-1' });`;
const appsRequire = `const { Apps } = require('@vtex/clients');\nconst apps = new Apps({ account: 'mystore', authToken: '${OPAQUE}' }, { timeout: 3000 });`;

export const vtexInvalid: Invalid[] = [
  ...[lang.ts, lang.js].map((language) => ({
    code: vbase,
    ...language,
    errors: [errorAt(vbase, `'${JWT}'`, 'hardcodedSdk', { sdk: 'VTEX IO', where: 'authToken', fingerprint: fp(JWT) }, { env: 'process.env.VTEX_IO_AUTH_TOKEN', replacement: 'process.env.VTEX_IO_AUTH_TOKEN' })],
  })),
  {
    code: appsRequire,
    ...lang.js,
    errors: [errorAt(appsRequire, `'${OPAQUE}'`, 'hardcodedSdk', { sdk: 'VTEX IO', where: 'authToken', fingerprint: fp(OPAQUE) }, { env: 'process.env.VTEX_IO_AUTH_TOKEN', replacement: 'process.env.VTEX_IO_AUTH_TOKEN' })],
  },
];

export const vtexValid: Valid[] = [
  'import { VBase } from "@vtex/api";\nexport const vbase = new VBase({ ...ctx, authToken: ctx.adminUserAuthToken });',
  `import { VBase } from "@vtex/api";\nexport const vbase = new VBase({ authToken: "${JWT}", ...ctx });`,
  'import { Service } from "@vtex/api";\nexport default new Service({ clients, routes: { orders } });',
  // a client of no listed package
  `import { VBase } from "./vbase";\nexport const vbase = new VBase({ authToken: "${OPAQUE}" });`,
];

const adminToken = `export const orders = () => fetch('/api/orders', { headers: { 'X-Admin-Token': '${OPAQUE}' } });`;
const serviceKey = `const headers = new Headers();\nheaders.set('x-internal-api-key', '${GH}');`;
const viaAxios = `import axios from 'axios';\nconst SERVICE_SECRET = '${OPAQUE}';\nexport const api = axios.create({ baseURL: '/api', headers: { 'X-Service-Secret': SERVICE_SECRET } });`;

const noPrefix = `fetch('/api', { headers: { 'Api-Token': '${OPAQUE}', 'Secret-Key': '${GH}', 'xc-token': '${OPAQUE}' } });`;
const providers = `fetch(url, { headers: { 'X-Mashape-Key': '${OPAQUE}', pinata_api_key: '${SHORT}', pinata_secret_api_key: '${OPAQUE}', AccessKey: '${OPAQUE}' } });
fetch(url, { headers: { 'X-Authorization': 'Bearer ${OPAQUE}', 'X-Shopify-Storefront-Access-Token': '${OPAQUE}', 'X-Appwrite-Key': '${OPAQUE}', 'X-CoinAPI-Key': '${OPAQUE}' } });
await axios.post(url, body, { headers: { 'x-functions-key': '${OPAQUE}' } });`;

/** Custom credential headers of an app's own API (`core/sinks/custom-headers.ts`), written in a request. */
export const customInvalid: Invalid[] = [
  // without `X-`: words before `-token` / `-secret`, or a key that says what it opens
  {
    code: noPrefix,
    ...lang.ts,
    errors: [
      hardcodedAt(noPrefix, `'${OPAQUE}'`, 'Api-Token', 'no scheme', OPAQUE, 'process.env.API_TOKEN'),
      hardcodedAt(noPrefix, `'${GH}'`, 'Secret-Key', 'no scheme', GH, 'process.env.GITHUB_TOKEN'),
      hardcodedAt(noPrefix, `'${OPAQUE}'`, 'xc-token', 'no scheme', OPAQUE, 'process.env.XC_TOKEN', 2),
    ],
  },
  // listed provider headers: RapidAPI's old name, Pinata's secret (its key names the account), Bunny, a proxy's
  // Authorization, Appwrite, CoinAPI, an Azure Functions key; Shopify's public Storefront token is not reported
  {
    code: providers,
    ...lang.ts,
    errors: [
      hardcodedAt(providers, `'${OPAQUE}'`, 'X-Mashape-Key', 'no scheme', OPAQUE, 'process.env.MASHAPE_KEY'),
      hardcodedAt(providers, `'${OPAQUE}'`, 'pinata_secret_api_key', 'no scheme', OPAQUE, 'process.env.PINATA_SECRET_API_KEY', 2),
      hardcodedAt(providers, `'${OPAQUE}'`, 'AccessKey', 'no scheme', OPAQUE, 'process.env.BUNNY_ACCESS_KEY', 3),
      hardcodedAt(providers, `'Bearer ${OPAQUE}'`, 'X-Authorization', 'Bearer', OPAQUE, 'process.env.API_TOKEN'),
      hardcodedAt(providers, `'${OPAQUE}'`, 'X-Appwrite-Key', 'no scheme', OPAQUE, 'process.env.APPWRITE_KEY', 5),
      hardcodedAt(providers, `'${OPAQUE}'`, 'X-CoinAPI-Key', 'no scheme', OPAQUE, 'process.env.COIN_API_KEY', 6),
      hardcodedAt(providers, `'${OPAQUE}'`, 'x-functions-key', 'no scheme', OPAQUE, 'process.env.AZURE_FUNCTIONS_KEY', 7),
    ],
  },
  ...everyLanguage(adminToken, `'${OPAQUE}'`, 'X-Admin-Token', 'no scheme', OPAQUE, 'process.env.ADMIN_TOKEN'),
  { code: serviceKey, ...lang.ts, errors: [hardcodedAt(serviceKey, `'${GH}'`, 'x-internal-api-key', 'no scheme', GH, 'process.env.GITHUB_TOKEN')] },
  {
    code: viaAxios,
    ...lang.js,
    errors: [
      errorAt(viaAxios, 'SERVICE_SECRET', 'hardcodedConstant', { header: 'X-Service-Secret', scheme: 'no scheme', fingerprint: fp(OPAQUE), constant: 'SERVICE_SECRET', line: '2' }, {
        env: 'process.env.SERVICE_SECRET',
        replacement: 'process.env.SERVICE_SECRET',
      }, 2),
    ],
  },
];

export const customValid: Valid[] = [
  // values that are no credential beyond doubt: short, word-like, placeholders, public keys
  `fetch('/api', { headers: { 'X-Admin-Token': '${SHORT}' } });`,
  "fetch('/api', { headers: { 'X-Admin-Token': 'admin-token-for-local-dev' } });",
  "fetch('/api', { headers: { 'X-Admin-Token': 'YOUR_ADMIN_TOKEN' } });",
  `fetch('/api', { headers: { 'X-Client-Api-Key': '${PK}' } });`,
  // headers that carry no credential, and a key that opens nothing
  `fetch('/api', { headers: { 'X-CSRF-Token': '${OPAQUE}', 'X-Idempotency-Key': '${OPAQUE}', 'X-Page-Token': '${OPAQUE}', 'X-Cache-Key': '${OPAQUE}' } });`,
  `fetch('/api', { headers: { 'X-Tenant-Key': '${OPAQUE}', 'X-Request-Secret': '${OPAQUE}' } });`,
  // a bare `token` or `secret`, and keys that open nothing, with or without `X-`
  `fetch('/api', { headers: { token: '${OPAQUE}', secret: '${OPAQUE}', 'Sec-WebSocket-Key': '${OPAQUE}', 'Partition-Key': '${OPAQUE}', 'CSRF-Token': '${OPAQUE}' } });`,
  // a key run together with its word is no custom header (the file's pre-check looks for `-Key`)
  `fetch('/api', { headers: { 'X-AccessKey': '${OPAQUE}' } });`,
  // a test file, a header map outside any request, an assertion
  { code: adminToken, filename: 'src/orders.test.js' },
  `export const ADMIN = { 'X-Admin-Token': '${OPAQUE}' };`,
  `expect(sent.headers).toEqual({ 'X-Admin-Token': '${OPAQUE}' });`,
  // a replaced header list names every header the rule looks at
  { code: adminToken, options: [{ headers: ['X-Company-Key'] }] },
];
