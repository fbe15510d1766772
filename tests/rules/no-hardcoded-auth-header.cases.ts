import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import dedent from 'dedent';
import type { MessageIds, Options } from '../../src/rules/no-hardcoded-auth-header.js';
import { fake, fp } from '../fixtures/fake.js';
import { lang, sfc } from '../fixtures/languages.js';
import { basicInvalid, basicValid, bearerInvalid, bearerValid, sdkPaymentInvalid, sdkPaymentValid, fallbackOnceInvalid, sdkFallbackInvalid, silentValid, fallbackInvalid, fallbackValid, sdkInvalid, sdkMoreInvalid, sdkMoreValid, sdkValid } from './no-hardcoded-auth-header.sdk-cases.js';
import { buildInvalid, buildValid } from './no-hardcoded-auth-header.build-cases.js';
import { angularInvalid, angularValid, base64Invalid, base64Valid, customInvalid, customValid, mapInvalid, mapValid, vtexInvalid, vtexValid } from './no-hardcoded-auth-header.map-cases.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options> | string;
type Error = Invalid['errors'][number];

const MP = fake.mpAccessToken(1);
const MP2 = fake.mpAccessToken(2);
const OPAQUE = fake.opaque(3);
const OPAQUE2 = fake.opaque(4, 32);
const GH = fake.githubToken(5);
const STRIPE = fake.stripeSecret(6);
const VTEX_TOKEN = fake.vtexAppToken(7);
const VTEX_KEY = fake.vtexAppKey(7);
const OPENAI = fake.openaiProject(8);
const JWT = fake.jwt(9);
const ANON_JWT = fake.jwt(10, { role: 'anon', iss: 'supabase' });
const PK = fake.stripePublishable(11);
const SLACK = fake.slackBot(12);
/** A Basic password of no format: 12 characters, mixed. */
const PASSWORD = fake.opaque(13, 12);
const b64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');

/** `line`/`column` where the value starts; `length` is the value's length in source characters. */
function at(line: number, column: number, length: number, endLine = line): Pick<Error, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line, column, endLine, endColumn: endLine === line ? column + length : length };
}

function hardcoded(
  header: string,
  scheme: string,
  credential: string,
  where: Pick<Error, 'line' | 'column' | 'endLine' | 'endColumn'>,
  env: string,
  output: string,
): Error {
  return {
    messageId: 'hardcoded',
    data: { header, scheme, fingerprint: fp(credential) },
    ...where,
    suggestions: [{ messageId: 'useEnv', data: { env }, output }],
  };
}

function viaConstant(
  header: string,
  scheme: string,
  credential: string,
  constant: string,
  line: number,
  where: Pick<Error, 'line' | 'column' | 'endLine' | 'endColumn'>,
  env: string,
  output: string,
): Error {
  return {
    messageId: 'hardcodedConstant',
    data: { header, scheme, fingerprint: fp(credential), constant, line: String(line) },
    ...where,
    suggestions: [{ messageId: 'useEnv', data: { env }, output }],
  };
}

const VUE_REASON = 'this is a Vue single-file component';

/**
 * The same finding in browser code: a message that says so, and no suggestion (an environment
 * variable read there would hold a secret in the browser too: no-secret-in-client reports it).
 */
function inClient(error: Error, reason: string): Error {
  const { header, scheme, fingerprint } = error.data as Record<string, string>; // every error built above has these three
  const { line, column, endLine, endColumn } = error;
  return { messageId: 'hardcodedInClient', data: { header, scheme, fingerprint, reason }, line, column, endLine, endColumn };
}

/** The same one-line snippet in JS, TS and a Vue SFC (one line lower, after `<script setup lang="ts">`). */
function inEveryLanguage(code: string, make: (line: number, wrap: (output: string) => string) => Error[]): Invalid[] {
  return [
    { code, ...lang.js, errors: make(1, (o) => o) },
    { code, ...lang.ts, errors: make(1, (o) => o) },
    { code: sfc(code), ...lang.vue, errors: make(2, (o) => sfc(o)).map((e) => inClient(e, VUE_REASON)) },
  ];
}

function multiLanguage(code: string, make: (offset: number, wrap: (output: string) => string) => Error[]): Invalid[] {
  return [
    { code, ...lang.js, errors: make(0, (o) => o) },
    { code, ...lang.ts, errors: make(0, (o) => o) },
    { code: sfc(code), ...lang.vue, errors: make(1, (o) => sfc(o)).map((e) => inClient(e, VUE_REASON)) },
  ];
}

const BEARER_ENV = '`Bearer ${process.env.MP_ACCESS_TOKEN}`';

export const valid: Valid[] = [
  // a Vue template binding of a value from the script, and a plain attribute that is no header (issue #20)
  {
    ...lang.vue,
    code: '<script setup lang="ts">\nconst token = useToken();\n</script>\n\n<template>\n  <Api :headers="{ Authorization: `Bearer ${token}` }" authorization="Bearer" />\n</template>\n',
  },
  // values from parameters, env, calls, await, storage, state
  'fetch(url, { headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` } });',
  'fetch(url, { headers: { Authorization: "Bearer " + token } });',
  'function f(token) { return fetch(url, { headers: { Authorization: `Bearer ${token}` } }); }',
  'fetch(url, { headers: { Authorization: `Bearer ${await getToken()}` } });',
  'fetch(url, { headers: { Authorization: "Bearer " + localStorage.getItem("token") } });',
  'axios.get(url, { headers: { Authorization: `Bearer ${this.state.token}` } });',
  'axios.get(url, { headers: { Authorization: `Bearer ${store.auth.token}`, "x-api-key": config.apiKey } });',
  'fetch(url, { headers: { Authorization: "Basic " + btoa(`${user}:${password}`) } });',
  'fetch(url, { headers: { Authorization: "Basic " + btoa(user + ":" + pass) } });',
  'fetch(url, { headers: { Authorization: "Basic " + Buffer.from(creds).toString("base64") } });',
  'fetch(url, { headers: { Authorization: "Basic " + Buffer.from("svc:" + secret).toString("base64") } });',
  'fetch(url, { headers: { Authorization: "Basic " + Buffer.from("svc:x").toString("hex") } });',
  'fetch(url, { headers: { Authorization: "Basic " + Buffer.from("svc:x", someEncoding).toString("base64") } });',
  'fetch(url, { headers: { Authorization: "Basic " + Buffer.from("svc:x", "klingon").toString("base64") } });',
  'fetch(url, { headers: { Authorization: "Basic " + Buffer.from(...parts).toString("base64") } });',
  'fetch(url, { headers: { Authorization: "Basic " + Buf.from("svc:x").toString("base64") } });',
  'fetch(url, { headers: { Authorization: "Basic " + Buffer.of("svc:x").toString("base64") } });',
  'fetch(url, { headers: { Authorization: "Basic " + encode("svc:x").toString("base64") } });',
  'fetch(url, { headers: { Authorization: "Basic " + Buffer["from"]("svc:x").toString("base64") } });',
  'fetch(url, { headers: { Authorization: "Basic " + x.toString() } });',
  'fetch(url, { headers: { Authorization: "Basic " + x.btoa() } });',
  'fetch(url, { headers: { Authorization: "Basic " + btoa(...parts) } });',
  'fetch(url, { headers: { Authorization: "Basic " + (() => "x")() } });',
  // Basic with a key as the user name: empty, public, short or word-like keys
  'fetch(url, { headers: { Authorization: "Basic " + btoa(":") } });',
  `fetch(url, { headers: { Authorization: "Basic " + btoa("${PK}:") } });`,
  'fetch(url, { headers: { Authorization: "Basic " + btoa("Ab3dE6:") } });',
  'fetch(url, { headers: { Authorization: "Basic " + btoa("development") } });',
  'fetch(url, { headers: { Authorization: "Basic " + btoa("YOUR_API_KEY:") } });',
  // prefix-only constants, partly dynamic credentials
  'const BEARER = "Bearer "; fetch(url, { headers: { Authorization: BEARER + token } });',
  'const PREFIX = "Bearer abc"; fetch(url, { headers: { Authorization: PREFIX + suffix } });',
  // empty values, schemes alone, placeholders
  'fetch(url, { headers: { Authorization: "" } });',
  'fetch(url, { headers: { Authorization: "Bearer " } });',
  'fetch(url, { headers: { Authorization: "Bearer" } });',
  'fetch(url, { headers: { Authorization: "Bearer YOUR_ACCESS_TOKEN" } });',
  'fetch(url, { headers: { Authorization: "Bearer <token>" } });',
  'fetch(url, { headers: { "x-api-key": "xxxxxxxxxxxxxxxx" } });',
  'fetch(url, { headers: { "X-Auth-Token": "{{authToken}}" } });',
  'fetch(url, { headers: { "Private-Token": "YOUR_PRIVATE_TOKEN" } });',
  'fetch(url, { headers: { Authorization: "Basic " + btoa("username:password") } });',
  'fetch(url, { headers: { Authorization: "Basic " + btoa("user:pass") } });',
  'fetch(url, { headers: { Authorization: "Basic " + btoa("svc:") } });',
  `fetch(url, { headers: { Authorization: "Basic ${b64('admin:admin')}" } });`,
  // short and word-like values of no format; prose and multi-part schemes
  'fetch(url, { headers: { "x-api-key": "abc123" } });',
  'fetch(url, { headers: { "x-api-key": "development" } });',
  'fetch(url, { headers: { "X-Auth-Token": "LOCAL-DEV" } });',
  'fetch(url, { headers: { Authorization: "Digest username=\\"a\\", realm=\\"b\\"" } });',
  'fetch(url, { headers: { Authorization: "not a real token value" } });',
  // a first word in no scheme list (it may be a piece of the credential, and the message prints the scheme),
  // and Client-ID (Imgur's and Unsplash's public app id)
  `fetch(url, { headers: { Authorization: "Acme-Auth ${OPAQUE2}" } });`,
  `fetch(url, { headers: { Authorization: "${OPAQUE.slice(0, 12)} ${OPAQUE.slice(12)}" } });`,
  `fetch(url, { headers: { Authorization: "Client-ID ${OPAQUE}" } });`,
  'fetch(url, { headers: { Authorization: "KakaoAK YOUR_REST_API_KEY" } });',
  'fetch(url, { headers: { "x-api-key": 12345678901234 } });',
  // public credentials: publishable keys and Supabase anon keys are meant for clients
  `fetch(url, { headers: { Authorization: "Bearer ${PK}" } });`,
  `fetch(url, { headers: { apikey: "${ANON_JWT}", Authorization: "Bearer ${ANON_JWT}" } });`,
  // reads, comparisons, parsing
  `if (req.headers.authorization === "Bearer ${MP}") next();`,
  'const [scheme, token] = req.headers.authorization.split(" ");',
  'if (h.startsWith("Bearer ")) {}',
  `const ok = headers.get("Authorization") === "Bearer ${OPAQUE}";`,
  `switch (header) { case "Bearer ${OPAQUE}": break; }`,
  // assertions describe headers, they do not send them
  {
    code: `expect(req.headers).toEqual({ authorization: "Bearer ${OPAQUE}" });`,
    filename: 'src/api.test.ts',
  },
  {
    code: `expect(fetchMock).toHaveBeenCalledWith(url, expect.objectContaining({ headers: { Authorization: "Bearer ${OPAQUE}" } }));`,
    filename: 'src/api.test.ts',
  },
  {
    code: `expect(req.headers.authorization).toBe("Bearer ${OPAQUE}");`,
    filename: 'src/api.test.ts',
  },
  {
    code: `nock("https://api.example.com", { reqheaders: { authorization: "Bearer ${OPAQUE}" } }).get("/me").reply(200);`,
    filename: 'test/api.spec.ts',
  },
  // non-secret headers; the VTEX app key alone is an identifier
  'fetch(url, { headers: { "Content-Type": "application/json", Accept: "application/json" } });',
  `fetch(url, { headers: { "X-VTEX-API-AppKey": "${VTEX_KEY}", "X-VTEX-API-AppToken": process.env.VTEX_APP_TOKEN } });`,
  `fetch(url, { headers: { "X-VTEX-API-AppKey": "${OPAQUE}" } });`,
  // objects that are not request headers: a header map counts only with a credential beyond doubt (map-cases.ts)
  `const user = { Authorization: "Bearer ${PASSWORD}" };`,
  `url.searchParams.set("apikey", "${OPAQUE}");`,
  `cache.set("Authorization", "Bearer ${OPAQUE}");`,
  // test files: obvious dummies are skipped
  {
    code: 'fetch(url, { headers: { Authorization: "Bearer fake-token-for-tests" } });',
    filename: 'src/__tests__/api.test.ts',
  },
  {
    code: 'fetch(url, { headers: { Authorization: "Bearer abcabcabcabcabcabcabc" } });',
    filename: 'src/api.spec.ts',
  },
  {
    code: 'request(app).get("/me").set("Authorization", "Bearer test-token-1");',
    filename: 'test/me.test.js',
  },
  // issue 19: a redaction test's dummies, placeholder words and an ascending count
  {
    ...lang.ts,
    filename: 'tests/unit/fetcher/redacting.test.ts',
    code: dedent`
      await fetcherImpl({ url: 'https://example.com/api', method: 'GET', headers: { Authorization: 'Bearer secret-token-12345' } });
      await fetcherImpl({ url: 'https://example.com/api', method: 'GET', headers: { 'x-auth-token': 'auth-token-12345' } });
    `,
  },
  {
    code: 'request(app).get("/me").set("Authorization", "Basic " + btoa("alice:s3cr3t"));',
    filename: 'test/me.test.js',
  },
  // options: a replaced list without Authorization; identifiers stay silent
  {
    code: `fetch(url, { headers: { Authorization: "Bearer ${OPAQUE}" } });`,
    options: [{ headers: ['X-Internal-Key'] }],
  },
  {
    code: `fetch(url, { headers: { "X-Internal-Key": "${OPAQUE}" } });`,
    options: [{ headers: [{ name: 'X-Internal-Key', kind: 'identifier' }] }],
  },
  {
    code: 'fetch(url, { headers: { "x-api-key": "Ab3dE6gH1" } });',
    options: [{ minLength: 12 }],
  },
  ...sdkValid,
  ...sdkMoreValid,
  ...fallbackValid,
  ...basicValid,
  ...bearerValid,
  ...sdkPaymentValid,
  ...silentValid,
  ...mapValid,
  ...customValid,
  ...angularValid,
  ...base64Valid,
  ...vtexValid,
  ...buildValid,
];

const mpLine = `fetch(url, { headers: { Authorization: 'Bearer ${MP}' } });`;

export const invalid: Invalid[] = [
  // browser code: no env suggestion, which would walk into a secret read in the browser (issue 14)
  {
    ...lang.tsx,
    filename: 'app/checkout/PayButton.tsx',
    code: dedent`
      'use client';
      export const pay = () => fetch('/v1/charges', { headers: { Authorization: 'Bearer ${STRIPE}' } });
    `,
    errors: [inClient(hardcoded('Authorization', 'Bearer', STRIPE, at(2, 75, STRIPE.length + 9), '', ''), "this file starts with 'use client'")],
  },
  // a Next.js page's data function runs on the server: the suggestion stays
  {
    ...lang.js,
    filename: 'pages/orders.js',
    code: dedent`
      export default function Orders({ orders }) { return orders.length; }
      export async function getServerSideProps() {
        const res = await fetch(API, { headers: { Authorization: 'Bearer ${MP}' } });
        return { props: { orders: await res.json() } };
      }
    `,
    errors: [
      hardcoded('Authorization', 'Bearer', MP, at(3, 60, MP.length + 9), 'process.env.MP_ACCESS_TOKEN', dedent`
        export default function Orders({ orders }) { return orders.length; }
        export async function getServerSideProps() {
          const res = await fetch(API, { headers: { Authorization: ${BEARER_ENV} } });
          return { props: { orders: await res.json() } };
        }
      `),
    ],
  },
  // literals: Bearer, Token, bare, template, concatenation
  ...inEveryLanguage(mpLine, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 40, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`fetch(url, { headers: { Authorization: ${BEARER_ENV} } });`)),
  ]),
  ...inEveryLanguage(`fetch(url, { headers: { Authorization: \`Bearer ${OPAQUE}\` } });`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', OPAQUE, at(line, 40, OPAQUE.length + 9), 'process.env.API_TOKEN',
      wrap('fetch(url, { headers: { Authorization: `Bearer ${process.env.API_TOKEN}` } });')),
  ]),
  ...inEveryLanguage(`fetch(url, { headers: { Authorization: 'Bearer ' + '${OPAQUE.slice(0, 20)}' + '${OPAQUE.slice(20)}' } });`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', OPAQUE, at(line, 40, OPAQUE.length + 19), 'process.env.API_TOKEN',
      wrap('fetch(url, { headers: { Authorization: `Bearer ${process.env.API_TOKEN}` } });')),
  ]),
  ...inEveryLanguage(`fetch(url, { headers: { Authorization: 'token ${GH}' } });`, (line, wrap) => [
    hardcoded('Authorization', 'token', GH, at(line, 40, GH.length + 8), 'process.env.GITHUB_TOKEN',
      wrap('fetch(url, { headers: { Authorization: `token ${process.env.GITHUB_TOKEN}` } });')),
  ]),
  ...inEveryLanguage(`fetch(url, { headers: { Authorization: '${STRIPE}' } });`, (line, wrap) => [
    hardcoded('Authorization', 'no scheme', STRIPE, at(line, 40, STRIPE.length + 2), 'process.env.STRIPE_SECRET_KEY',
      wrap('fetch(url, { headers: { Authorization: process.env.STRIPE_SECRET_KEY } });')),
  ]),
  // providers' own schemes: Kakao's REST key, DeepL's key
  ...inEveryLanguage(`fetch(url, { headers: { Authorization: 'KakaoAK ${OPAQUE2}' } });`, (line, wrap) => [
    hardcoded('Authorization', 'KakaoAK', OPAQUE2, at(line, 40, OPAQUE2.length + 10), 'process.env.API_TOKEN',
      wrap('fetch(url, { headers: { Authorization: `KakaoAK ${process.env.API_TOKEN}` } });')),
  ]),
  ...inEveryLanguage(`axios.post(url, body, { headers: { authorization: \`DeepL-Auth-Key ${OPAQUE}:fx\` } });`, (line, wrap) => [
    hardcoded('authorization', 'DeepL-Auth-Key', `${OPAQUE}:fx`, at(line, 51, OPAQUE.length + 20), 'process.env.API_TOKEN',
      wrap('axios.post(url, body, { headers: { authorization: `DeepL-Auth-Key ${process.env.API_TOKEN}` } });')),
  ]),
  // Basic: literal base64, btoa and Buffer on literal input
  ...inEveryLanguage(`fetch(url, { headers: { Authorization: 'Basic ${b64(`svc:${PASSWORD}`)}' } });`, (line, wrap) => [
    hardcoded('Authorization', 'Basic', b64(`svc:${PASSWORD}`), at(line, 40, b64(`svc:${PASSWORD}`).length + 8), 'process.env.BASIC_AUTH',
      wrap('fetch(url, { headers: { Authorization: `Basic ${process.env.BASIC_AUTH}` } });')),
  ]),
  ...inEveryLanguage(`fetch(url, { headers: { Authorization: 'Basic ' + btoa('svc:${PASSWORD}') } });`, (line, wrap) => [
    hardcoded('Authorization', 'Basic', b64(`svc:${PASSWORD}`), at(line, 40, PASSWORD.length + 23), 'process.env.BASIC_AUTH',
      wrap('fetch(url, { headers: { Authorization: `Basic ${process.env.BASIC_AUTH}` } });')),
  ]),
  ...inEveryLanguage(`fetch(url, { headers: { Authorization: \`Basic \${Buffer.from('svc:${PASSWORD}', 'utf8').toString('base64')}\` } });`, (line, wrap) => [
    hardcoded('Authorization', 'Basic', b64(`svc:${PASSWORD}`), at(line, 40, PASSWORD.length + 57), 'process.env.BASIC_AUTH',
      wrap('fetch(url, { headers: { Authorization: `Basic ${process.env.BASIC_AUTH}` } });')),
  ]),
  // same-file constants through aliases: reported at the header, naming the declaration
  ...multiLanguage(
    dedent`
      const TOKEN = '${MP}';
      const ALIAS = TOKEN;
      const AGAIN = ALIAS;
      export const api = () => fetch(url, { headers: { Authorization: \`Bearer \${AGAIN}\` } });
    `,
    (o, wrap) => [
      viaConstant('Authorization', 'Bearer', MP, 'TOKEN', 1 + o, at(4 + o, 65, 17), 'process.env.MP_ACCESS_TOKEN',
        wrap(dedent`
          const TOKEN = '${MP}';
          const ALIAS = TOKEN;
          const AGAIN = ALIAS;
          export const api = () => fetch(url, { headers: { Authorization: ${BEARER_ENV} } });
        `)),
    ],
  ),
  ...multiLanguage(
    dedent`
      const PREFIX = 'Bearer ';
      const AUTH = PREFIX + '${OPAQUE}';
      axios.get(url, { headers: { Authorization: AUTH } });
    `,
    (o, wrap) => [
      viaConstant('Authorization', 'Bearer', OPAQUE, 'AUTH', 2 + o, at(3 + o, 44, 4), 'process.env.API_TOKEN',
        wrap(dedent`
          const PREFIX = 'Bearer ';
          const AUTH = PREFIX + '${OPAQUE}';
          axios.get(url, { headers: { Authorization: \`Bearer \${process.env.API_TOKEN}\` } });
        `)),
    ],
  ),
  {
    code: dedent`
      const CREDS = btoa('svc:${PASSWORD}');
      fetch(url, { headers: { Authorization: 'Basic ' + CREDS } });
    `,
    ...lang.ts,
    errors: [
      viaConstant('Authorization', 'Basic', b64(`svc:${PASSWORD}`), 'CREDS', 1, at(2, 40, 16), 'process.env.BASIC_AUTH',
        dedent`
          const CREDS = btoa('svc:${PASSWORD}');
          fetch(url, { headers: { Authorization: \`Basic \${process.env.BASIC_AUTH}\` } });
        `),
    ],
  },
  {
    code: dedent`
      const PASS = 'svc:${PASSWORD}';
      fetch(url, { headers: { Authorization: 'Basic ' + btoa(PASS) } });
    `,
    ...lang.js,
    errors: [
      viaConstant('Authorization', 'Basic', b64(`svc:${PASSWORD}`), 'PASS', 1, at(2, 40, 21), 'process.env.BASIC_AUTH',
        dedent`
          const PASS = 'svc:${PASSWORD}';
          fetch(url, { headers: { Authorization: \`Basic \${process.env.BASIC_AUTH}\` } });
        `),
    ],
  },
  // Basic with a key as the user name and no password (Stripe, Mailgun)
  {
    code: `fetch(url, { headers: { Authorization: 'Basic ' + btoa('${STRIPE}:') } });`,
    ...lang.js,
    errors: [
      hardcoded('Authorization', 'Basic', b64(`${STRIPE}:`), at(1, 40, STRIPE.length + 20), 'process.env.BASIC_AUTH',
        'fetch(url, { headers: { Authorization: `Basic ${process.env.BASIC_AUTH}` } });'),
    ],
  },
  {
    code: `fetch(url, { headers: { Authorization: 'Basic ' + btoa('${OPAQUE}') } });`,
    ...lang.js,
    errors: [
      hardcoded('Authorization', 'Basic', b64(OPAQUE), at(1, 40, OPAQUE.length + 19), 'process.env.BASIC_AUTH',
        'fetch(url, { headers: { Authorization: `Basic ${process.env.BASIC_AUTH}` } });'),
    ],
  },
  // the secret half of user:password came through a constant
  {
    code: dedent`
      const USER = 'bot@acme.dev';
      const API_TOKEN = '${OPAQUE2}';
      fetch(url, { headers: { Authorization: \`Basic \${Buffer.from(\`\${USER}:\${API_TOKEN}\`).toString('base64')}\` } });
    `,
    ...lang.ts,
    errors: [
      viaConstant('Authorization', 'Basic', b64(`bot@acme.dev:${OPAQUE2}`), 'API_TOKEN', 2, at(3, 40, 65), 'process.env.BASIC_AUTH',
        dedent`
          const USER = 'bot@acme.dev';
          const API_TOKEN = '${OPAQUE2}';
          fetch(url, { headers: { Authorization: \`Basic \${process.env.BASIC_AUTH}\` } });
        `),
    ],
  },
  // shorthand property: the suggestion writes the key out
  {
    code: dedent`
      const Authorization = 'Bearer ${OPAQUE}';
      fetch(url, { headers: { Authorization } });
    `,
    ...lang.ts,
    errors: [
      viaConstant('Authorization', 'Bearer', OPAQUE, 'Authorization', 1, at(2, 25, 13), 'process.env.API_TOKEN',
        dedent`
          const Authorization = 'Bearer ${OPAQUE}';
          fetch(url, { headers: { Authorization: \`Bearer \${process.env.API_TOKEN}\` } });
        `),
    ],
  },
  // spreads of a constant headers object: reported where the header is written
  ...multiLanguage(
    dedent`
      const AUTH_HEADERS = { 'X-API-Key': '${OPAQUE}' };
      fetch(url, { headers: { ...AUTH_HEADERS, Accept: 'application/json' } });
    `,
    (o, wrap) => [
      hardcoded('X-API-Key', 'no scheme', OPAQUE, at(1 + o, 37, OPAQUE.length + 2), 'process.env.API_KEY',
        wrap(dedent`
          const AUTH_HEADERS = { 'X-API-Key': process.env.API_KEY };
          fetch(url, { headers: { ...AUTH_HEADERS, Accept: 'application/json' } });
        `)),
    ],
  ),
  // provider secret headers, any case
  ...inEveryLanguage(`fetch(url, { headers: { 'X-VTEX-API-AppKey': key, 'X-VTEX-API-AppToken': '${VTEX_TOKEN}' } });`, (line, wrap) => [
    hardcoded('X-VTEX-API-AppToken', 'no scheme', VTEX_TOKEN, at(line, 74, VTEX_TOKEN.length + 2), 'process.env.VTEX_APP_TOKEN',
      wrap("fetch(url, { headers: { 'X-VTEX-API-AppKey': key, 'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN } });")),
  ]),
  // CoinMarketCap's header, its words joined with `_`
  ...inEveryLanguage(`fetch(url, { headers: { 'X-CMC_PRO_API_KEY': '${OPAQUE}' } });`, (line, wrap) => [
    hardcoded('X-CMC_PRO_API_KEY', 'no scheme', OPAQUE, at(line, 46, OPAQUE.length + 2), 'process.env.CMC_PRO_API_KEY',
      wrap("fetch(url, { headers: { 'X-CMC_PRO_API_KEY': process.env.CMC_PRO_API_KEY } });")),
  ]),
  {
    code: dedent`
      const headers = {
        'x-api-key': '${OPAQUE}',
        'api-key': '${OPAQUE2}',
        apikey: '${OPAQUE}',
        'x-auth-token': '${OPAQUE2}',
        'PRIVATE-TOKEN': '${OPAQUE}',
        'X-Shopify-Access-Token': '${OPAQUE2}',
      };
    `,
    ...lang.js,
    errors: [
      hardcoded('x-api-key', 'no scheme', OPAQUE, at(2, 16, OPAQUE.length + 2), 'process.env.API_KEY',
        dedent`
          const headers = {
            'x-api-key': process.env.API_KEY,
            'api-key': '${OPAQUE2}',
            apikey: '${OPAQUE}',
            'x-auth-token': '${OPAQUE2}',
            'PRIVATE-TOKEN': '${OPAQUE}',
            'X-Shopify-Access-Token': '${OPAQUE2}',
          };
        `),
      hardcoded('api-key', 'no scheme', OPAQUE2, at(3, 14, OPAQUE2.length + 2), 'process.env.API_KEY',
        dedent`
          const headers = {
            'x-api-key': '${OPAQUE}',
            'api-key': process.env.API_KEY,
            apikey: '${OPAQUE}',
            'x-auth-token': '${OPAQUE2}',
            'PRIVATE-TOKEN': '${OPAQUE}',
            'X-Shopify-Access-Token': '${OPAQUE2}',
          };
        `),
      hardcoded('apikey', 'no scheme', OPAQUE, at(4, 11, OPAQUE.length + 2), 'process.env.APIKEY',
        dedent`
          const headers = {
            'x-api-key': '${OPAQUE}',
            'api-key': '${OPAQUE2}',
            apikey: process.env.APIKEY,
            'x-auth-token': '${OPAQUE2}',
            'PRIVATE-TOKEN': '${OPAQUE}',
            'X-Shopify-Access-Token': '${OPAQUE2}',
          };
        `),
      hardcoded('x-auth-token', 'no scheme', OPAQUE2, at(5, 19, OPAQUE2.length + 2), 'process.env.AUTH_TOKEN',
        dedent`
          const headers = {
            'x-api-key': '${OPAQUE}',
            'api-key': '${OPAQUE2}',
            apikey: '${OPAQUE}',
            'x-auth-token': process.env.AUTH_TOKEN,
            'PRIVATE-TOKEN': '${OPAQUE}',
            'X-Shopify-Access-Token': '${OPAQUE2}',
          };
        `),
      hardcoded('PRIVATE-TOKEN', 'no scheme', OPAQUE, at(6, 20, OPAQUE.length + 2), 'process.env.GITLAB_PRIVATE_TOKEN',
        dedent`
          const headers = {
            'x-api-key': '${OPAQUE}',
            'api-key': '${OPAQUE2}',
            apikey: '${OPAQUE}',
            'x-auth-token': '${OPAQUE2}',
            'PRIVATE-TOKEN': process.env.GITLAB_PRIVATE_TOKEN,
            'X-Shopify-Access-Token': '${OPAQUE2}',
          };
        `),
      hardcoded('X-Shopify-Access-Token', 'no scheme', OPAQUE2, at(7, 29, OPAQUE2.length + 2), 'process.env.SHOPIFY_ACCESS_TOKEN',
        dedent`
          const headers = {
            'x-api-key': '${OPAQUE}',
            'api-key': '${OPAQUE2}',
            apikey: '${OPAQUE}',
            'x-auth-token': '${OPAQUE2}',
            'PRIVATE-TOKEN': '${OPAQUE}',
            'X-Shopify-Access-Token': process.env.SHOPIFY_ACCESS_TOKEN,
          };
        `),
    ],
  },
  // every client shape
  ...inEveryLanguage(`const api = axios.create({ baseURL, headers: { common: { Authorization: 'Bearer ${MP}' } } });`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 73, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`const api = axios.create({ baseURL, headers: { common: { Authorization: ${BEARER_ENV} } } });`)),
  ]),
  ...inEveryLanguage(`got.post(url, { json, headers: { authorization: 'Bearer ${MP}' } });`, (line, wrap) => [
    hardcoded('authorization', 'Bearer', MP, at(line, 49, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`got.post(url, { json, headers: { authorization: ${BEARER_ENV} } });`)),
  ]),
  ...inEveryLanguage(`const h = new Headers({ Authorization: 'Bearer ${MP}' });`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 40, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`const h = new Headers({ Authorization: ${BEARER_ENV} });`)),
  ]),
  ...inEveryLanguage(`const h = new Headers([['Authorization', 'Bearer ${MP}']]);`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 42, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`const h = new Headers([['Authorization', ${BEARER_ENV}]]);`)),
  ]),
  ...inEveryLanguage(`myHeaders.append('Authorization', 'Bearer ${MP}');`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 35, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`myHeaders.append('Authorization', ${BEARER_ENV});`)),
  ]),
  ...inEveryLanguage(`xhr.setRequestHeader('Authorization', 'Bearer ${MP}');`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 39, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`xhr.setRequestHeader('Authorization', ${BEARER_ENV});`)),
  ]),
  ...inEveryLanguage(`axios.defaults.headers.common['Authorization'] = 'Bearer ${MP}';`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 50, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`axios.defaults.headers.common['Authorization'] = ${BEARER_ENV};`)),
  ]),
  ...inEveryLanguage(`api.defaults.headers.Authorization = 'Bearer ${MP}';`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 38, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`api.defaults.headers.Authorization = ${BEARER_ENV};`)),
  ]),
  ...inEveryLanguage(`superagent.get(url).set('Authorization', 'Bearer ${MP}');`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 42, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`superagent.get(url).set('Authorization', ${BEARER_ENV});`)),
  ]),
  ...inEveryLanguage(`request.post(url).send(body).set({ 'X-API-Key': '${OPAQUE}' });`, (line, wrap) => [
    hardcoded('X-API-Key', 'no scheme', OPAQUE, at(line, 49, OPAQUE.length + 2), 'process.env.API_KEY',
      wrap("request.post(url).send(body).set({ 'X-API-Key': process.env.API_KEY });")),
  ]),
  ...inEveryLanguage(`Object.assign(config.headers, { Authorization: 'Bearer ${MP}' });`, (line, wrap) => [
    hardcoded('Authorization', 'Bearer', MP, at(line, 48, MP.length + 9), 'process.env.MP_ACCESS_TOKEN',
      wrap(`Object.assign(config.headers, { Authorization: ${BEARER_ENV} });`)),
  ]),
  ...inEveryLanguage(`https.request({ hostname, path, headers: { 'X-Auth-Token': '${SLACK}' } });`, (line, wrap) => [
    hardcoded('X-Auth-Token', 'no scheme', SLACK, at(line, 60, SLACK.length + 2), 'process.env.SLACK_TOKEN',
      wrap("https.request({ hostname, path, headers: { 'X-Auth-Token': process.env.SLACK_TOKEN } });")),
  ]),
  {
    code: dedent`
      class Client {
        private readonly headers = { Authorization: 'Bearer ${JWT}' };
      }
    `,
    ...lang.ts,
    errors: [
      hardcoded('Authorization', 'Bearer', JWT, at(2, 47, JWT.length + 9), 'process.env.API_TOKEN',
        dedent`
          class Client {
            private readonly headers = { Authorization: \`Bearer \${process.env.API_TOKEN}\` };
          }
        `),
    ],
  },
  {
    code: `export const authHeader = () => ({ Authorization: 'Bearer ${OPENAI}' });`,
    ...lang.ts,
    errors: [
      hardcoded('Authorization', 'Bearer', OPENAI, at(1, 51, OPENAI.length + 9), 'process.env.OPENAI_API_KEY',
        'export const authHeader = () => ({ Authorization: `Bearer ${process.env.OPENAI_API_KEY}` });'),
    ],
  },
  // test files: a real-looking token is still reported
  {
    code: `request(app).get('/me').set('Authorization', 'Bearer ${MP2}');`,
    filename: 'test/me.test.js',
    languageOptions: lang.js.languageOptions,
    errors: [
      hardcoded('Authorization', 'Bearer', MP2, at(1, 46, MP2.length + 9), 'process.env.MP_ACCESS_TOKEN',
        "request(app).get('/me').set('Authorization', `Bearer ${process.env.MP_ACCESS_TOKEN}`);"),
    ],
  },
  // issue 19: placeholder words with a random body, next to a dummy with a count, are still reported in a test file
  {
    ...lang.ts,
    filename: 'tests/unit/fetcher/redacting.test.ts',
    code: dedent`
      await fetcherImpl({ url, headers: { 'x-auth-token': 'auth-token-12345' } });
      await fetcherImpl({ url, headers: { 'x-auth-token': 'auth-token-${OPAQUE}' } });
    `,
    errors: [
      hardcoded('x-auth-token', 'no scheme', `auth-token-${OPAQUE}`, at(2, 53, OPAQUE.length + 13), 'process.env.AUTH_TOKEN', dedent`
        await fetcherImpl({ url, headers: { 'x-auth-token': 'auth-token-12345' } });
        await fetcherImpl({ url, headers: { 'x-auth-token': process.env.AUTH_TOKEN } });
      `),
    ],
  },
  // options: extra headers, a replaced list, re-classifying an identifier, settings, env access, min length
  {
    code: `fetch(url, { headers: { 'X-Internal-Key': '${OPAQUE}' } });`,
    options: [{ extraHeaders: ['X-Internal-Key'] }],
    errors: [
      hardcoded('X-Internal-Key', 'no scheme', OPAQUE, at(1, 43, OPAQUE.length + 2), 'process.env.INTERNAL_KEY',
        "fetch(url, { headers: { 'X-Internal-Key': process.env.INTERNAL_KEY } });"),
    ],
  },
  {
    code: `fetch(url, { headers: { 'Acme-Auth': 'Bearer ${OPAQUE}', 'X-Api-Key': '${OPAQUE}' } });`,
    options: [{ headers: [{ name: 'Acme-Auth', kind: 'authorization', provider: 'Acme' }] }],
    errors: [
      hardcoded('Acme-Auth', 'Bearer', OPAQUE, at(1, 38, OPAQUE.length + 9), 'process.env.API_TOKEN',
        `fetch(url, { headers: { 'Acme-Auth': \`Bearer \${process.env.API_TOKEN}\`, 'X-Api-Key': '${OPAQUE}' } });`),
    ],
  },
  {
    code: `fetch(url, { headers: { 'X-VTEX-API-AppKey': '${OPAQUE}' } });`,
    options: [{ extraHeaders: [{ name: 'x-vtex-api-appkey', kind: 'secret', provider: 'VTEX' }] }],
    errors: [
      hardcoded('X-VTEX-API-AppKey', 'no scheme', OPAQUE, at(1, 46, OPAQUE.length + 2), 'process.env.VTEX_API_APPKEY',
        "fetch(url, { headers: { 'X-VTEX-API-AppKey': process.env.VTEX_API_APPKEY } });"),
    ],
  },
  {
    code: `fetch(url, { headers: { 'X-Partner-Secret': '${OPAQUE}' } });`,
    settings: { credentials: { headers: [{ name: 'X-Partner-Secret', provider: 'Partner' }] } },
    errors: [
      hardcoded('X-Partner-Secret', 'no scheme', OPAQUE, at(1, 45, OPAQUE.length + 2), 'process.env.PARTNER_SECRET',
        "fetch(url, { headers: { 'X-Partner-Secret': process.env.PARTNER_SECRET } });"),
    ],
  },
  {
    code: `fetch(url, { headers: { 'Proxy-Authorization': 'Basic ${b64(`svc:${PASSWORD}`)}' } });`,
    options: [{ envAccess: 'import.meta.env' }],
    errors: [
      hardcoded('Proxy-Authorization', 'Basic', b64(`svc:${PASSWORD}`), at(1, 48, b64(`svc:${PASSWORD}`).length + 8), 'import.meta.env.PROXY_BASIC_AUTH',
        "fetch(url, { headers: { 'Proxy-Authorization': `Basic ${import.meta.env.PROXY_BASIC_AUTH}` } });"),
    ],
  },
  {
    code: 'fetch(url, { headers: { "x-api-key": "Ab3dE6" } });',
    options: [{ minLength: 6 }],
    errors: [
      hardcoded('x-api-key', 'no scheme', 'Ab3dE6', at(1, 38, 8), 'process.env.API_KEY',
        'fetch(url, { headers: { "x-api-key": process.env.API_KEY } });'),
    ],
  },
  {
    code: `fetch(url, { headers: { 'X-Acme-Key': '${OPAQUE}' } });`,
    settings: { credentials: { formats: [{ id: 'acme-key', provider: 'Acme', label: 'API key', pattern: '[A-Za-z0-9]{40}' }] } },
    options: [{ extraHeaders: ['X-Acme-Key'] }],
    errors: [
      {
        messageId: 'hardcoded',
        data: { header: 'X-Acme-Key', scheme: 'no scheme', fingerprint: `…${OPAQUE.slice(-3)} (Acme API key, 40 chars)` },
        ...at(1, 39, OPAQUE.length + 2),
        suggestions: [{ messageId: 'useEnv', data: { env: 'process.env.ACME_API_KEY' }, output: "fetch(url, { headers: { 'X-Acme-Key': process.env.ACME_API_KEY } });" }],
      },
    ],
  },
  // a Vue template binding (issue #20): the header object bound to a component's `headers` prop
  {
    ...lang.vue,
    code: `<script setup lang="ts">\nconst id = 1;\n</script>\n\n<template>\n  <Api :headers="{ Authorization: 'Bearer ${STRIPE}' }" :auth-headers="{ 'X-Api-Key': '${GH}' }" />\n</template>\n`,
    errors: [
      { messageId: 'hardcodedInClient', data: { header: 'Authorization', scheme: 'Bearer', fingerprint: fp(STRIPE), reason: VUE_REASON }, ...at(6, 35, STRIPE.length + 9) },
      { messageId: 'hardcodedInClient', data: { header: 'X-Api-Key', scheme: 'no scheme', fingerprint: fp(GH), reason: VUE_REASON }, ...at(6, 78 + STRIPE.length, GH.length + 2) },
    ],
  },
  ...sdkInvalid,
  ...sdkMoreInvalid,
  ...fallbackOnceInvalid,
  ...fallbackInvalid,
  ...basicInvalid,
  ...bearerInvalid,
  ...sdkPaymentInvalid,
  ...sdkFallbackInvalid,
  ...mapInvalid,
  ...customInvalid,
  ...angularInvalid,
  ...base64Invalid,
  ...vtexInvalid,
  ...buildInvalid,
];
