/**
 * Program generators for the fuzz tests: fast-check arbitraries that put credential shapes (every
 * catalogue format from tests/fixtures/fake.ts, placeholders and near-misses) into random syntactic
 * positions of JS, JSX, TS, TSX and Vue files: concatenation, template literals, object properties
 * (computed, shorthand, quoted), call arguments of request, header, query and navigation APIs,
 * optional chaining, TS assertions and generics, JSX attributes, class fields, env reads and
 * client/server file markers. Every generated program parses (tests/fuzz/lint.ts checks that too).
 */
import fc from 'fast-check';
import { isPlaceholder } from '../../src/core/credentials/placeholders.js';
import { fake } from '../fixtures/fake.js';

export type Lang = 'js' | 'jsx' | 'ts' | 'tsx' | 'vue-ts' | 'vue-js';

export interface Program {
  readonly lang: Lang;
  /** Path relative to the linting cwd; decides the parser and the file classification. */
  readonly filename: string;
  readonly code: string;
  /** Every credential-like value put into the program (the leak check looks for these). */
  readonly values: readonly Value[];
  readonly preset: 'recommended' | 'strict';
  readonly settings: SettingsVariant;
}

export type ValueKind = 'credential' | 'placeholder' | 'near-miss';

export interface Value {
  readonly text: string;
  readonly kind: ValueKind;
}

// ---------------------------------------------------------------------------------------------
// Values

const seed = fc.integer({ min: 1, max: 2 ** 30 });

/** One value of every catalogued format (and its variants), built by tests/fixtures/fake.ts. */
const credentialText: fc.Arbitrary<string> = fc.oneof(
  seed.map((s) => fake.mpAccessToken(s)),
  seed.map((s) => fake.mpAccessToken(s, 'LA_LB')),
  seed.map((s) => fake.mpTestAccessToken(s)),
  seed.map((s) => fake.mpPublicKey(s)),
  seed.map((s) => fake.mpRefreshToken(s)),
  seed.map((s) => fake.stripeSecret(s)),
  seed.map((s) => fake.stripeSecret(s, 'test')),
  seed.map((s) => fake.stripeRestricted(s)),
  seed.map((s) => fake.stripePublishable(s)),
  seed.map((s) => fake.vtexAppKey(s)),
  seed.map((s) => fake.vtexAppToken(s)),
  fc.tuple(seed, fc.constantFrom('p' as const, 'o' as const, 's' as const, 'u' as const)).map(([s, k]) => fake.githubToken(s, k)),
  seed.map((s) => fake.githubFineGrained(s)),
  seed.map((s) => fake.slackBot(s)),
  seed.map((s) => fake.openaiProject(s)),
  seed.map((s) => fake.openaiLegacy(s)),
  seed.map((s) => fake.anthropic(s)),
  seed.map((s) => fake.googleClientSecret(s)),
  seed.map((s) => fake.awsKeyId(s)),
  seed.map((s) => fake.awsSecret(s)),
  seed.map((s) => fake.jwt(s)),
  seed.map((s) => fake.jwt(s, { role: 'anon', iss: 'supabase' })),
  seed.map((s) => fake.pemPrivateKey(s)),
  seed.map((s) => fake.mpTestAccessToken(s, 'LA_LD')),
  seed.map((s) => fake.stripeProd(s)),
  seed.map((s) => fake.wooSecret(s)),
  seed.map((s) => fake.wooKey(s)),
  seed.map((s) => fake.sendgrid(s)),
  fc.tuple(seed, fc.constantFrom('at' as const, 'ca' as const, 'pa' as const, 'ss' as const)).map(([s, k]) => fake.shopify(s, k)),
  fc.tuple(seed, fc.constantFrom('p' as const, 'o' as const, 'r' as const)).map(([s, k]) => fake.digitalocean(s, k)),
  seed.map((s) => fake.slackWebhook(s)),
  seed.map((s) => fake.square(s)),
  seed.map((s) => fake.squareSecret(s)),
  seed.map((s) => fake.facebook(s)),
  seed.map((s) => fake.instagram(s)),
  seed.map((s) => fake.huggingface(s)),
  seed.map((s) => fake.groq(s)),
  seed.map((s) => fake.mailgun(s)),
  seed.map((s) => fake.mailgunPublic(s)),
  fc.tuple(seed, fc.boolean()).map(([s, test]) => fake.flutterwaveSecret(s, test)),
  seed.map((s) => fake.flutterwavePublic(s)),
  seed.map((s) => fake.shippo(s)),
  seed.map((s) => fake.easypost(s)),
  seed.map((s) => fake.brevo(s)),
  seed.map((s) => fake.perplexity(s)),
  seed.map((s) => fake.notion(s)),
  seed.map((s) => fake.airtable(s)),
  seed.map((s) => fake.linear(s)),
  seed.map((s) => fake.gitlab(s)),
  seed.map((s) => fake.npm(s)),
  seed.map((s) => fake.planetscale(s)),
  seed.map((s) => fake.postman(s)),
  seed.map((s) => fake.doppler(s)),
  seed.map((s) => fake.databricks(s)),
  seed.map((s) => fake.telegramBot(s)),
  seed.map((s) => fake.supabaseSecret(s)),
  seed.map((s) => fake.supabasePublishable(s)),
  seed.map((s) => fake.stripeWebhook(s)),
  seed.map((s) => fake.mailchimp(s)),
  seed.map((s) => fake.mapboxSecret(s)),
  seed.map((s) => fake.replicate(s)),
  seed.map((s) => fake.fcmServerKey(s)),
  fc.tuple(seed, fc.constantFrom('sandbox' as const, 'production' as const)).map(([s, env]) => fake.plaidAccess(s, env)),
  fc.tuple(seed, fc.constantFrom('mongodb+srv', 'postgresql', 'rediss')).map(([s, scheme]) => fake.databaseUrl(s, scheme)),
  seed.map((s) => fake.discordWebhook(s)),
  fc.tuple(seed, fc.boolean(), fc.boolean()).map(([s, sandbox, client]) => fake.midtrans(s, sandbox, client)),
  fc.tuple(seed, fc.integer({ min: 16, max: 64 })).map(([s, n]) => fake.opaque(s, n)),
);

/** Values that only look like a credential slot: never reported by any rule. */
const PLACEHOLDERS = [
  'YOUR_ACCESS_TOKEN',
  '<ACCESS_TOKEN>',
  '<<CLIENT-SECRET>>',
  '{{token}}',
  '${MP_ACCESS_TOKEN}',
  '%API_KEY%',
  'changeme',
  'replace me',
  'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
  'APP_USR-xxxxxxxx-xxxx',
  'TEST-1234567890',
  '••••••••',
  'your-api-key-here',
  '',
  'xxx',
];

/** Near-misses: broken, truncated or re-cased credentials and common look-alikes. */
const nearMissText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(credentialText, fc.integer({ min: 1, max: 6 })).map(([c, n]) => c.slice(0, -n)),
  fc.tuple(credentialText, fc.integer({ min: 4, max: 19 })).map(([c, n]) => c.slice(0, n)),
  credentialText.map((c) => c.toUpperCase()),
  credentialText.map((c) => c.replace('-', '_').replace('_', ' ')),
  credentialText.map((c) => `${c}=`),
  credentialText.map((c) => `x${c}`),
  credentialText.map((c) => `${c.slice(0, 10)} ${c.slice(10)}`),
  fc.uuid(),
  fc.stringMatching(/^[\da-f]{40}$/u),
  fc.stringMatching(/^[\da-f]{64}$/u),
  fc.constantFrom('sk_live_', 'APP_USR-', 'ghp_', 'eyJhbGciOiJIUzI1NiJ9', 'data:image/png;base64,iVBORw0KGgo', 'v1.2.3-rc.1'),
  fc.constantFrom('application/json', 'no-store', 'Bearer', 'bearer', 'token_type', 'access_token', 'next_page_token'),
);

export const valueArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 6, arbitrary: credentialText.map((text) => ({ text, kind: 'credential' as const })) },
  { weight: 2, arbitrary: fc.constantFrom(...PLACEHOLDERS).map((text) => ({ text, kind: 'placeholder' as const })) },
  { weight: 3, arbitrary: nearMissText.map((text) => ({ text, kind: 'near-miss' as const })) },
);

/** The values of a program that no message may print: real shapes and near-misses long enough to matter. */
export function secretsOf(program: Program): string[] {
  return program.values.filter((v) => v.kind !== 'placeholder' && v.text.trim().length >= 12 && !isPlaceholder(v.text)).map((v) => v.text);
}

// ---------------------------------------------------------------------------------------------
// Literal encodings

function escapeFor(quote: "'" | '"' | '`', text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${ch}`;
    else if (ch === '\n') out += quote === '`' ? '\n' : '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\u2028' || ch === '\u2029') out += `\\u${ch.codePointAt(0)?.toString(16) ?? ''}`;
    else if (quote === '`' && ch === '$') out += '\\$';
    else out += ch;
  }
  return out;
}

export const sq = (text: string): string => `'${escapeFor("'", text)}'`;
export const dq = (text: string): string => `"${escapeFor('"', text)}"`;
export const tplText = (text: string): string => escapeFor('`', text);

interface Features {
  readonly ts: boolean;
  readonly jsx: boolean;
  /** `<T>x` assertions (not in TSX). */
  readonly angle: boolean;
}

/** An expression that evaluates to `text`, plus declarations it needs before it (same scope). */
interface Encoded {
  readonly expr: string;
  readonly prelude: string;
}

type Encoder = (text: string, s: string, f: Features, split: number) => Encoded | undefined;

const ENCODERS: readonly Encoder[] = [
  (t) => ({ expr: sq(t), prelude: '' }),
  (t) => ({ expr: dq(t), prelude: '' }),
  (t) => ({ expr: `\`${tplText(t)}\``, prelude: '' }),
  (t, _s, _f, k) => ({ expr: `${sq(t.slice(0, k))} + ${dq(t.slice(k))}`, prelude: '' }),
  (t, s, _f, k) => ({ expr: `\`${tplText(t.slice(0, k))}\${PART_${s}}\``, prelude: `const PART_${s} = ${sq(t.slice(k))};` }),
  (t, s) => ({ expr: `ALIAS_${s}`, prelude: `const SECRET_${s} = ${sq(t)};\nconst ALIAS_${s} = SECRET_${s};` }),
  (t) => ({ expr: `/* value */ (${sq(t)})`, prelude: '' }),
  (t, _s, f) => (f.ts ? { expr: `(${sq(t)} as string)`, prelude: '' } : undefined),
  (t, _s, f) => (f.ts ? { expr: `(${dq(t)} satisfies string)`, prelude: '' } : undefined),
  (t, _s, f) => (f.ts ? { expr: `(${sq(t)} as const)`, prelude: '' } : undefined),
  (t, _s, f) => (f.angle ? { expr: `(<string>${sq(t)})`, prelude: '' } : undefined),
  (t, s, f) => (f.ts ? { expr: `TYPED_${s}!`, prelude: `const TYPED_${s}: string | undefined = ${sq(t)};` } : undefined),
];

// ---------------------------------------------------------------------------------------------
// Vocabulary for the templates

const PARAMS = ['access_token', 'api_key', 'apikey', 'client_secret', 'X-VTEX-API-AppToken', 'refresh_token', 'token', 'key', 'pageToken', 'page', 'q', 'state', 'public_key', 'code', 'sig'];
const IDENT_PARAMS = ['access_token', 'api_key', 'apikey', 'client_secret', 'token', 'key', 'pageToken', 'state', 'publicKey', 'accessToken'];
const HEADERS = ['Authorization', 'authorization', 'X-VTEX-API-AppToken', 'X-VTEX-API-AppKey', 'x-api-key', 'Private-Token', 'X-Shopify-Access-Token', 'Content-Type', 'Accept', 'X-Request-Id', 'X-Admin-Token', 'x-internal-api-key', 'X-CSRF-Token'];
const SCHEMES = ['Bearer ', 'Basic ', 'Token ', 'bearer ', ''];
const HOSTS = [
  'https://api.mercadopago.com/v1/payments',
  'https://api.mercadolibre.com/users/me',
  'https://mystore.vtexcommercestable.com.br/api/oms/pvt/orders',
  'https://api.stripe.com/v1/charges',
  'https://example.com/api/items',
  '/api/items',
  // Azure Functions: \`code\` there is the function's key
  'https://shop-api.azurewebsites.net/api/Orders',
];
const ENV_NAMES = [
  'MP_ACCESS_TOKEN',
  'NEXT_PUBLIC_MP_ACCESS_TOKEN',
  'VITE_STRIPE_SECRET_KEY',
  'NEXT_PUBLIC_MP_PUBLIC_KEY',
  'REACT_APP_API_URL',
  'STRIPE_SECRET_KEY',
  'VTEX_APP_TOKEN',
  'PUBLIC_SUPABASE_ANON_KEY',
  'NUXT_PUBLIC_API_BASE',
  'GATSBY_GITHUB_TOKEN',
];
const DECL_NAMES = ['ACCESS_TOKEN', 'token', 'mpAccessToken', 'publicKey', 'STRIPE_SECRET', 'apiKey', 'config', 'label', 'appToken', 'clientSecret'];

/** A property key: bare when it is an identifier, quoted otherwise. */
const key = (name: string): string => (/^[A-Z_a-z]\w*$/u.test(name) ? name : sq(name));

interface Slot {
  readonly s: string;
  readonly f: Features;
  readonly e: string;
  /** The raw value (for embedding into a bigger literal). */
  readonly t: string;
  readonly param: string;
  readonly identParam: string;
  readonly header: string;
  readonly scheme: string;
  readonly host: string;
  readonly env: string;
  readonly name: string;
  /** A value known only at run time (a parameter, an env read, a call): what fixes move into headers. */
  readonly dyn: string;
  readonly pick: number;
}

/** A header value: scheme + credential, built in one of several ways. */
function headerValue(x: Slot): string {
  switch (x.pick % 6) {
    case 0:
      return `${sq(x.scheme)} + ${x.e}`;
    case 1:
      return `\`${tplText(x.scheme)}\${${x.e}}\``;
    case 2:
      return sq(`${x.scheme}${x.t}`);
    case 3:
      return x.e;
    case 4:
      return `'Basic ' + btoa('user:' + ${x.e})`;
    default:
      return `\`${tplText(x.scheme)}${tplText(x.t)}\``;
  }
}

/** A URL holding the credential as the value of a query parameter. */
function urlWith(x: Slot): string {
  switch (x.pick % 4) {
    case 0:
      return `${sq(`${x.host}?${x.param}=`)} + ${x.e}`;
    case 1:
      return `\`${tplText(x.host)}?page=2&${tplText(x.param)}=\${${x.e}}&limit=10\``;
    case 2:
      return sq(`${x.host}?${x.param}=${x.t}`);
    default:
      return `BASE_URL + '?' + ${sq(`${x.param}=`)} + encodeURIComponent(${x.e})`;
  }
}

/** A URL holding a run-time value as the value of a query parameter. */
function urlWithDynamic(x: Slot): string {
  switch (x.pick % 4) {
    case 0:
      return `${sq(`${x.host}?${x.param}=`)} + ${x.dyn}`;
    case 1:
      return `\`${tplText(x.host)}?${tplText(x.param)}=\${${x.dyn}}\``;
    case 2:
      return `\`${tplText(x.host)}?page=1&${tplText(x.param)}=\${encodeURIComponent(${x.dyn})}\``;
    default:
      return `${sq(x.host)} + '?' + ${sq(x.param)} + '=' + ${x.dyn}`;
  }
}

interface Template {
  readonly needs?: 'ts' | 'jsx' | 'angle';
  /** Declares fixed names (shorthand properties): must be wrapped in its own block. */
  readonly scoped?: boolean;
  readonly make: (x: Slot) => string;
}

const TEMPLATES: readonly Template[] = [
  // declarations and plain object properties
  { make: (x) => `const ${x.name}_${x.s} = ${x.e};` },
  { make: (x) => `const cfg_${x.s} = { mercadopago: { ${key(x.param)}: ${x.e}, 'public-key': ${x.e} }, [${sq(x.header)}]: ${headerValue(x)} };` },
  { scoped: true, make: (x) => `const ${x.identParam} = ${x.e};\nconst body = { ${x.identParam}, amount: 10 };\nsend(body);` },
  // URLs: concatenation, templates, URL and URLSearchParams
  { make: (x) => `fetch(${urlWith(x)});` },
  { make: (x) => `const url_${x.s} = ${urlWith(x)};\nfetch(url_${x.s}).then((r) => r.json());` },
  { make: (x) => `const u_${x.s} = new URL(${sq(x.host)});\nu_${x.s}.searchParams.${x.pick % 2 ? 'set' : 'append'}(${sq(x.param)}, ${x.e});\nfetch(u_${x.s});` },
  { make: (x) => `const qs_${x.s} = new URLSearchParams({ ${key(x.param)}: ${x.e}, page: '1' });\nfetch(${sq(`${x.host}?`)} + qs_${x.s}.toString());` },
  { scoped: true, make: (x) => `const ${x.identParam} = ${x.e};\nconst qs = new URLSearchParams({ ${x.identParam} });\nfetch(\`${tplText(x.host)}?\${qs}\`);` },
  { make: (x) => `fetch(${sq(x.host)}, { method: 'POST', body: new URLSearchParams({ ${key(x.param)}: ${x.e} }) });` },
  // run-time values in URLs (the shapes that get fixes and suggestions)
  { make: (x) => `fetch(${urlWithDynamic(x)});` },
  { make: (x) => `fetch(${urlWithDynamic(x)}, { method: 'GET', headers: { Accept: 'application/json' } });` },
  { make: (x) => `const init_${x.s} = { headers: { 'Content-Type': 'application/json' } };\nfetch(${urlWithDynamic(x)}, init_${x.s});` },
  { make: (x) => `function call_${x.s}(token${x.f.ts ? ': string' : ''}) {\n  return fetch(${urlWithDynamic({ ...x, dyn: 'token' })}).then((r) => r.json());\n}` },
  { make: (x) => `axios.get(${sq(x.host)}, { params: { ${key(x.param)}: ${x.dyn}, limit: 10 } });` },
  { make: (x) => `axios.post(${urlWithDynamic(x)}, body, { timeout: 1000 });` },
  { make: (x) => `location.href = ${urlWithDynamic(x)};` },
  { make: (x) => `const ws_${x.s} = new WebSocket(${urlWithDynamic(x)});` },
  { make: (x) => `fetch(${sq(x.host)}, { headers: { ${key(x.header)}: \`${tplText(x.scheme)}\${${x.dyn}}\` } });` },
  // HTTP clients
  { make: (x) => `axios.get(${sq(x.host)}, { params: { ${key(x.param)}: ${x.e} } });` },
  { needs: 'ts', make: (x) => `axios.get<Payment[]>(${sq(x.host)}, { params: { ${key(x.param)}: ${x.e} }, headers: { ${key(x.header)}: ${headerValue(x)} } });` },
  { make: (x) => `const api_${x.s} = axios.create({ baseURL: ${sq(x.host)}, headers: { ${key(x.header)}: ${headerValue(x)} }, params: { ${key(x.param)}: ${x.e} } });` },
  { make: (x) => `axios.defaults.headers.common[${sq(x.header)}] = ${headerValue(x)};` },
  { make: (x) => `axios.defaults.params = { ${key(x.param)}: ${x.e} };` },
  { make: (x) => `got(${sq(x.host)}, { searchParams: { ${key(x.param)}: ${x.e} }, headers: { ${key(x.header)}: ${headerValue(x)} } });` },
  { make: (x) => `request.get(${sq(x.host)}).set(${sq(x.header)}, ${headerValue(x)}).query({ ${key(x.param)}: ${x.e} });` },
  { make: (x) => `$.ajax({ url: ${urlWith(x)}, headers: { ${key(x.header)}: ${headerValue(x)} } });` },
  { make: (x) => `https.get(${urlWith(x)}, (res) => res.resume());` },
  // headers
  { make: (x) => `fetch(${sq(x.host)}, { method: 'POST', headers: { ${key(x.header)}: ${headerValue(x)}, 'Content-Type': 'application/json' } });` },
  { make: (x) => `const H_${x.s} = ${sq(x.header)};\nconst headers_${x.s} = { [H_${x.s}]: ${headerValue(x)} };\nfetch(endpoint, { headers: headers_${x.s} });` },
  { make: (x) => `const h_${x.s} = new Headers({ ${sq(x.header)}: ${headerValue(x)} });\nh_${x.s}.${x.pick % 2 ? 'append' : 'set'}(${sq(x.header)}, ${headerValue(x)});` },
  { make: (x) => `const h_${x.s} = new Headers([[${sq(x.header)}, ${headerValue(x)}]]);` },
  { make: (x) => `const xhr_${x.s} = new XMLHttpRequest();\nxhr_${x.s}.open('GET', ${sq(x.host)});\nxhr_${x.s}.setRequestHeader(${sq(x.header)}, ${headerValue(x)});` },
  { make: (x) => `const BASE_${x.s} = { ${key(x.header)}: ${headerValue(x)} };\nfetch(endpoint, { headers: { ...BASE_${x.s}, Accept: 'application/json' } });` },
  { make: (x) => `Object.assign(headers, { ${key(x.header)}: ${headerValue(x)} });` },
  // optional chaining
  { make: (x) => `client?.get?.(${sq(x.host)}, { headers: { ${key(x.header)}: ${headerValue(x)} } });` },
  { make: (x) => `window?.location?.assign(${urlWith(x)});` },
  { make: (x) => `const v_${x.s} = response?.headers?.[${sq(x.header)}] ?? ${x.e};` },
  // navigations
  { make: (x) => `location.href = ${urlWith(x)};` },
  { make: (x) => `window.open(${urlWith(x)}, '_blank');` },
  { make: (x) => `router.push(${urlWith(x)});` },
  { make: (x) => `const ws_${x.s} = new WebSocket(${urlWith(x)});` },
  // env reads
  { make: (x) => `const k_${x.s} = process.env.${x.env};` },
  { make: (x) => `const k_${x.s} = import.meta.env.${x.env};` },
  { make: (x) => `const k_${x.s} = process.env[${sq(x.env)}] ?? ${x.e};` },
  { make: (x) => `fetch(${sq(x.host)}, { headers: { Authorization: \`Bearer \${process.env.${x.env}}\` } });` },
  // Expo's extra (an env object when \`Constants\` is expo-constants' default import)
  { make: (x) => `const x_${x.s} = Constants.expoConfig?.extra?.${x.env} ?? Constants.manifest?.extra?.${x.name};` },
  // SDK initialisers
  { make: (x) => `initMercadoPago(${x.e}, { locale: 'pt-BR' });` },
  { make: (x) => `const stripe_${x.s} = loadStripe(${x.e});` },
  { make: (x) => `const mp_${x.s} = new MercadoPagoConfig({ accessToken: ${x.e}, options: { timeout: 5000 } });` },
  { make: (x) => `const s_${x.s} = Stripe(${x.e});` },
  // class fields
  { make: (x) => `class Client_${x.s} {\n  ${x.name} = ${x.e};\n  static BASE = ${sq(x.host)};\n  #secret = ${x.e};\n  headers = { ${key(x.header)}: ${headerValue(x)} };\n}` },
  { needs: 'ts', make: (x) => `class Api_${x.s}<T> {\n  private readonly token: string = ${x.e};\n  constructor(public base: string = ${sq(x.host)}) {}\n  get(): Promise<T> { return fetch(this.base, { headers: { ${key(x.header)}: ${headerValue(x)} } }).then((r) => r.json() as Promise<T>); }\n}` },
  // TS generics and assertions
  { needs: 'ts', make: (x) => `const m_${x.s} = new Map<string, string>([[${sq(x.header)}, ${headerValue(x)}]]);` },
  { needs: 'ts', make: (x) => `const c_${x.s} = { ${key(x.param)}: ${x.e} } as const satisfies Record<string, string>;` },
  { needs: 'ts', make: (x) => `function make_${x.s}<T extends string>(value: T = ${x.e} as T): T { return value; }` },
  { needs: 'angle', make: (x) => `const a_${x.s} = <Record<string, string>>{ ${key(x.header)}: ${headerValue(x)} };` },
  // JSX attributes
  { needs: 'jsx', make: (x) => `const el_${x.s} = <Checkout publicKey={${x.e}} locale="pt-BR" />;` },
  { needs: 'jsx', make: (x) => `const a_${x.s} = <a href={${urlWith(x)}}>pay</a>;` },
  // a JSX attribute string holds raw text (no escapes); none of the generated values holds a double quote
  { needs: 'jsx', make: (x) => `const s_${x.s} = <Script data-token="${x.t.replaceAll('"', "'")}" src={${sq(x.host)}} />;` },
  { needs: 'jsx', make: (x) => `const p_${x.s} = <Payment initialization={{ amount: 100, ${key(x.param)}: ${x.e} }} onSubmit={() => fetch(${urlWith(x)})} />;` },
  // reads and comparisons (never reports)
  { make: (x) => `if (req.headers.authorization === ${headerValue(x)}) { deny(); }` },
  { make: (x) => `const tok_${x.s} = url.searchParams.get(${sq(x.param)});` },
  { make: (x) => `expect(headers.get(${sq(x.header)})).toBe(${x.e});` },
];

// ---------------------------------------------------------------------------------------------
// Programs

const WRAPPERS: readonly ((body: string, s: string) => string)[] = [
  (b) => b,
  (b) => `{\n${b}\n}`,
  (b, s) => `function f_${s}() {\n${b}\n}`,
  (b, s) => `const f_${s} = async () => {\n${b}\n};`,
  (b, s) => `class K_${s} {\n  m() {\n${b}\n  }\n}`,
  (b) => `if (ready) {\n${b}\n} else {\n  noop();\n}`,
  (b) => `try {\n${b}\n} catch (e) {\n  console.error(e);\n}`,
  (b) => `useEffect(() => {\n${b}\n}, []);`,
];

const IMPORTS = [
  "import axios from 'axios';",
  "import { useState, useEffect as useReactEffect } from 'react';",
  "import Stripe from 'stripe';",
  "import { MercadoPagoConfig, Payment as MpPayment } from 'mercadopago';",
  "import { initMercadoPago as initMp } from '@mercadopago/sdk-react';",
  "import { loadStripe as load } from '@stripe/stripe-js';",
  "import { env } from '$env/dynamic/private';",
  "import { SECRET_KEY } from '$env/static/private';",
  "import express from 'express';",
  "import { NextResponse } from 'next/server';",
  "import Constants from 'expo-constants';",
];

const FILENAMES: Record<Lang, readonly string[]> = {
  js: ['src/components/pay.js', 'src/lib/api.js', 'server/routes/pay.js', 'pages/api/pay.js', 'src/web/checkout.js', 'app/page.js', 'src/utils/http.test.js', 'scripts/seed.mjs'],
  jsx: ['src/components/Checkout.jsx', 'app/checkout/page.jsx', 'src/pages/index.jsx', 'src/App.jsx'],
  ts: ['src/server/pay.ts', 'app/api/pay/route.ts', 'src/lib/mp.ts', 'src/components/useApi.ts', 'middleware.ts', 'src/routes/+page.server.ts', 'src/hooks.client.ts', 'tests/api.spec.ts'],
  tsx: ['app/checkout/page.tsx', 'src/components/PaymentForm.tsx', 'app/routes/pay.client.tsx', 'src/pages/_app.tsx', 'app/api/route.tsx'],
  'vue-ts': ['src/components/Checkout.vue', 'pages/pay.vue'],
  'vue-js': ['src/components/Cart.vue', 'layouts/default.vue'],
};

/** Vue templates, some with bindings that carry a credential in a URL. */
const VUE_TEMPLATES = [
  '<div />',
  `<a :href="'https://api.mercadolibre.com/users/me?access_token=' + token">me</a>`,
  '<img :src="`${BASE_URL}/avatar?api_key=${apiKey}`" alt="" />',
  `<button @click="open('/callback?access_token=' + session.token)">go</button>`,
  '<a :href="`/items?pageToken=${next}&page=2`">next</a>',
  `<iframe :src="'https://example.com/embed?client_secret=' + secret" />`,
];

export type SettingsVariant = 'none' | 'assume-client' | 'custom' | 'globs';

/** `settings.credentials` for each variant (all valid). */
export const SETTINGS: Record<SettingsVariant, Record<string, unknown>> = {
  none: {},
  'assume-client': { credentials: { assume: 'client' } },
  custom: {
    credentials: {
      formats: [{ id: 'acme-token', provider: 'Acme', label: 'API token', kind: 'private', pattern: '[0-9A-Za-z]{40}' }],
      params: ['acme_key'],
      headers: ['X-Acme-Key', { name: 'X-Acme-Id', kind: 'identifier' }],
    },
  },
  globs: { credentials: { clientFiles: ['src/**'], serverFiles: ['server/**', '**/api/**'], testFiles: ['**/*.spec.*'] } },
};

function features(lang: Lang): Features {
  const ts = lang === 'ts' || lang === 'tsx' || lang === 'vue-ts';
  return { ts, jsx: lang === 'jsx' || lang === 'tsx', angle: lang === 'ts' };
}

function allowed(t: Template, f: Features): boolean {
  if (t.needs === 'ts') return f.ts;
  if (t.needs === 'jsx') return f.jsx;
  if (t.needs === 'angle') return f.angle;
  return true;
}

const statementInput = fc.record({
  template: fc.nat(),
  encoder: fc.nat(),
  wrapper: fc.nat(),
  value: valueArb,
  split: fc.nat({ max: 200 }),
  param: fc.constantFrom(...PARAMS),
  identParam: fc.constantFrom(...IDENT_PARAMS),
  header: fc.constantFrom(...HEADERS),
  scheme: fc.constantFrom(...SCHEMES),
  host: fc.constantFrom(...HOSTS),
  env: fc.constantFrom(...ENV_NAMES),
  name: fc.constantFrom(...DECL_NAMES),
  dyn: fc.constantFrom('token', 'process.env.MP_ACCESS_TOKEN', 'getToken()', 'session?.accessToken', 'this.token', 'config.mp.accessToken', 'credentials.appToken', 'accessToken'),
  pick: fc.nat({ max: 23 }),
});

type StatementInput = typeof statementInput extends fc.Arbitrary<infer T> ? T : never;

function statement(input: StatementInput, index: number, f: Features): string {
  const s = String(index);
  const templates = TEMPLATES.filter((t) => allowed(t, f));
  const template = templates[input.template % templates.length] ?? TEMPLATES[0];
  const text = input.value.text;
  const split = text.length > 1 ? 1 + (input.split % (text.length - 1)) : 0;
  let encoded: Encoded | undefined;
  for (let i = 0; encoded === undefined; i += 1) {
    const encoder = ENCODERS[(input.encoder + i) % ENCODERS.length];
    encoded = encoder?.(text, s, f, split);
  }
  if (template === undefined) return '';
  const body = [encoded.prelude, template.make({ ...input, s, f, e: encoded.expr, t: text })].filter(Boolean).join('\n');
  const wrapper = template.scoped ? Math.max(1, input.wrapper % WRAPPERS.length) : input.wrapper % WRAPPERS.length;
  return (WRAPPERS[wrapper] ?? WRAPPERS[1] ?? ((b: string) => b))(body, s);
}

export const programArb: fc.Arbitrary<Program> = fc
  .record({
    lang: fc.constantFrom<Lang>('js', 'jsx', 'ts', 'tsx', 'vue-ts', 'vue-js'),
    file: fc.nat(),
    directive: fc.constantFrom('', "'use client';", "'use server';", '"use client"'),
    imports: fc.subarray(IMPORTS, { maxLength: 3 }),
    statements: fc.array(statementInput, { minLength: 1, maxLength: 5 }),
    preset: fc.constantFrom('recommended' as const, 'strict' as const),
    settings: fc.constantFrom<SettingsVariant>('none', 'none', 'assume-client', 'custom', 'globs'),
    setup: fc.boolean(),
    template: fc.constantFrom(...VUE_TEMPLATES),
  })
  .map(({ lang, file, directive, imports, statements, preset, settings, setup, template }) => {
    const f = features(lang);
    const names = FILENAMES[lang];
    const filename = names[file % names.length] ?? 'file.js';
    const isVue = lang === 'vue-ts' || lang === 'vue-js';
    const head = isVue ? [] : [directive];
    const script = [...head, ...imports, 'const BASE_URL = "https://api.example.com";', ...statements.map((st, i) => statement(st, i, f))]
      .filter(Boolean)
      .join('\n');
    const code = isVue
      ? `<script${setup ? ' setup' : ''}${lang === 'vue-ts' ? ' lang="ts"' : ''}>\n${script}\n</script>\n\n<template>\n  ${template}\n</template>\n`
      : `${script}\n`;
    return { lang, filename, code, values: statements.map((st) => st.value), preset, settings };
  });
