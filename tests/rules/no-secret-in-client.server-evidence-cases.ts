/**
 * Issue 19: server evidence beats `settings.credentials.assume`, and env reads no browser runs are not
 * reported. One regression case per class of the smoke corpus's false reports (made-up reproducers at
 * real-looking paths), each with the invalid cases that keep the findings the change must not lose.
 */
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import dedent from 'dedent';
import type { MessageIds, Options } from '../../src/rules/no-secret-in-client.js';
import { lang } from '../fixtures/languages.js';
import { nthRangeOf } from '../fixtures/projects.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;

const ASSUME_CLIENT = { settings: { credentials: { assume: 'client' } } };
const STRICT = { options: [{ reportAmbiguousNames: true }] as Options };
const ASSUMED = "settings.credentials.assume is 'client'";

/** The exact place of the `nth` occurrence of `needle` in `code`. */
function at(code: string, needle: string, nth = 0): { line: number; column: number; endLine: number; endColumn: number } {
  return nthRangeOf(code, needle, nth);
}

// ---- a Node built-in through a compiler's interop helper (TypeScript's CommonJS output) ----
const INTEROP_WEBHOOK = dedent`
  "use strict";
  var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
  Object.defineProperty(exports, "__esModule", { value: true });
  const crypto_1 = __importDefault(require("crypto"));
  function webhook(options) {
    const authToken = options.authToken ? options.authToken : process.env.ACME_AUTH_TOKEN;
    return (req) => crypto_1.default.createHmac("sha1", authToken).update(req.url).digest("base64");
  }
  exports.webhook = webhook;
`;

// ---- a server SDK in a file nothing marks as client code ----
const SDK_CLIENT_CLASS = dedent`
  "use strict";
  const api_1 = require("@vtex/api");
  class Catalog extends api_1.JanusClient {
    constructor(ctx, options) { super(ctx, options); }
  }
`;
const SDK_SAMPLE = dedent`
  const checkoutSdk = require('@paypal/checkout-server-sdk');
  function environment() {
    const clientSecret = process.env.PAYPAL_CLIENT_SECRET || '<<CLIENT-SECRET>>';
    return new checkoutSdk.core.SandboxEnvironment(process.env.PAYPAL_CLIENT_ID, clientSecret);
  }
  module.exports = { client: () => new checkoutSdk.core.PayPalHttpClient(environment()) };
`;
const SDK_ESM_WEBHOOK = dedent`
  import { verifyWebhook as verifyBase } from '@clerk/backend/webhooks';
  import { getHeader } from './server/headers-utils';
  export async function verifyWebhook(request, options) {
    return verifyBase(request, { ...options, id: getHeader(request, 'svix-id') });
  }
`;
const SDK_IN_COMPONENT = "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);";

// ---- CommonJS output of a package with no browser build ----
const COMMONJS_SUPPLIER = dedent`
  "use strict";
  Object.defineProperty(exports, "__esModule", { value: true });
  exports.AwsSupplier = void 0;
  class AwsSupplier {
    get credentialsFromEnv() {
      if (process.env['AWS_ACCESS_KEY_ID'] && process.env['AWS_SECRET_ACCESS_KEY']) {
        return { accessKeyId: process.env['AWS_ACCESS_KEY_ID'], secretAccessKey: process.env['AWS_SECRET_ACCESS_KEY'] };
      }
      return null;
    }
  }
  exports.AwsSupplier = AwsSupplier;
`;

// ---- a type from a server package ----
const SERVER_TYPES = dedent`
  import { jwtDecrypt } from 'jose';
  import type { NextRequest } from 'next/server';
  export async function getToken(params: { req: NextRequest; secret?: string }) {
    const { req, secret = process.env.NEXTAUTH_SECRET } = params;
    return jwtDecrypt(req.cookies.get('session')?.value ?? '', new TextEncoder().encode(secret));
  }
`;

// ---- env reads a browser never runs: guards and presence checks ----
const PROCESS_GUARD = dedent`
  export class Mailer {
    constructor(key) {
      this.key = key;
      if (!key) {
        if (typeof process !== 'undefined' && process.env) this.key = process.env.ACME_API_SECRET;
        if (!this.key) throw new Error('Missing API key');
      }
    }
  }
`;
const EARLY_EXIT = dedent`
  export function isNetlifyRuntime() {
    if (typeof process === 'undefined' || !process.env) return false;
    return Boolean(process.env.NETLIFY) || Boolean(process.env.NETLIFY_FUNCTIONS_TOKEN);
  }
  export const signingSecret = () => {
    if (typeof window !== 'undefined') throw new Error('server only');
    return process.env.WEBHOOK_SIGNING_SECRET;
  };
`;
const WINDOW_GUARDS = dedent`
  export const secret = typeof window === 'undefined' ? process.env.SESSION_SECRET : undefined;
  export const other = typeof window !== 'undefined' ? undefined : process.env.SESSION_SECRET;
  export const ssr = import.meta.env.SSR && import.meta.env.SESSION_SECRET;
  export const nuxt = import.meta.client || process.env.SESSION_SECRET;
`;
const PRESENCE = dedent`
  export const configured = {
    boolean: Boolean(process.env.STRIPE_SECRET_KEY),
    negated: !process.env.STRIPE_SECRET_KEY,
    doubled: !!process.env.STRIPE_SECRET_KEY,
    kind: typeof process.env.STRIPE_SECRET_KEY,
    defined: process.env.STRIPE_SECRET_KEY !== undefined,
    empty: process.env.STRIPE_SECRET_KEY != '',
    either: process.env.STRIPE_SECRET_KEY && 'stripe',
  };
  if (process.env.STRIPE_SECRET_KEY || process.env.STRIPE_API_SECRET) enablePayments();
`;
const USED = dedent`
  export const key = process.env.STRIPE_SECRET_KEY || 'sk_test_placeholder';
  export const again = process.env.STRIPE_SECRET_KEY ?? '';
  export const shown = 'on' && process.env.STRIPE_SECRET_KEY;
  export const inBrowser = typeof window !== 'undefined' ? process.env.STRIPE_SECRET_KEY : undefined;
  if (typeof process === 'undefined') console.log(process.env.STRIPE_SECRET_KEY);
`;

// ---- a name that selects a credential chain ----
const CHAIN_SELECTOR = dedent`
  const chain = process.env.AZURE_TOKEN_CREDENTIALS ? process.env.AZURE_TOKEN_CREDENTIALS.trim().toLowerCase() : undefined;
  export const provider = process.env.AUTH_TOKEN_PROVIDER ?? chain;
`;

// ---- a provider's secret header: server evidence itself, reported only where a signal says client ----
const EMAIL_PROVIDER = dedent`
  export default function Postmark(config) {
    return {
      id: 'postmark',
      async sendVerificationRequest({ identifier: to, provider, url }) {
        const res = await fetch('https://api.postmarkapp.com/email', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Postmark-Server-Token': provider.apiKey },
          body: JSON.stringify({ From: provider.from, To: to, TextBody: url }),
        });
        if (!res.ok) throw new Error('Postmark error');
      },
      options: config,
    };
  }
`;

// ---- event and class names of camelCase words under secret-sounding names ----
const EVENT_NAMES = dedent`
  export const RefreshTokenClientAcquireTokenByRefreshToken = "refreshTokenClientAcquireTokenByRefreshToken";
  export const INVALID_USERNAME_OR_PASSWORD = "invalidUserNameOrPassword";
  export const mapping = { client_secret_post: "InlineHookOAuthClientSecretConfig" };
`;

export const validServerEvidence: Valid[] = [
  { ...lang.ts, filename: 'src/providers/postmark.ts', code: EMAIL_PROVIDER, ...ASSUME_CLIENT, ...STRICT },
  { ...lang.ts, filename: 'src/telemetry/performance/PerformanceEvents.ts', code: EVENT_NAMES, ...ASSUME_CLIENT, ...STRICT },
  { ...lang.js, filename: 'lib/webhooks/webhooks.js', code: INTEROP_WEBHOOK, ...ASSUME_CLIENT, ...STRICT },
  { ...lang.js, filename: 'build/clients/catalog.js', code: SDK_CLIENT_CLASS, ...ASSUME_CLIENT, ...STRICT },
  { ...lang.js, filename: 'samples/Common/payPalClient.js', code: SDK_SAMPLE, ...ASSUME_CLIENT, ...STRICT },
  { ...lang.js, filename: 'dist/esm/webhooks.js', code: SDK_ESM_WEBHOOK, ...ASSUME_CLIENT, ...STRICT },
  { ...lang.js, filename: 'build/src/auth/awssupplier.js', code: COMMONJS_SUPPLIER, ...ASSUME_CLIENT, ...STRICT },
  { ...lang.ts, filename: 'src/jwt/index.ts', code: SERVER_TYPES, ...ASSUME_CLIENT, ...STRICT },
  // guards and presence checks hold in client code too
  { ...lang.js, filename: 'dist/index.mjs', code: PROCESS_GUARD, ...ASSUME_CLIENT, ...STRICT },
  { ...lang.js, filename: 'src/components/netlify.js', code: EARLY_EXIT, ...STRICT },
  { ...lang.ts, filename: 'src/components/session.ts', code: WINDOW_GUARDS, ...STRICT },
  { ...lang.tsx, filename: 'src/components/Status.tsx', code: PRESENCE, ...STRICT },
  { ...lang.js, filename: 'dist/esm/credentials/defaultCredential.js', code: CHAIN_SELECTOR, ...ASSUME_CLIENT, ...STRICT },
];

export const invalidServerEvidence: Invalid[] = [
  // the same provider where a signal says client code
  {
    ...lang.tsx,
    filename: 'src/components/providers/postmark.tsx',
    code: EMAIL_PROVIDER,
    ...ASSUME_CLIENT,
    errors: [
      {
        messageId: 'secretHeader',
        data: { header: 'X-Postmark-Server-Token', reason: "the path has a 'components/' folder" },
        ...at(EMAIL_PROVIDER, "'X-Postmark-Server-Token'"),
      },
    ],
  },
  // a server SDK is server evidence only where nothing says client: a client folder still reports it
  {
    ...lang.ts,
    filename: 'src/components/pay.ts',
    code: SDK_IN_COMPONENT,
    ...ASSUME_CLIENT,
    errors: [
      { messageId: 'serverSdk', data: { source: 'stripe', reason: "the path has a 'components/' folder" }, ...at(SDK_IN_COMPONENT, "'stripe'") },
      { messageId: 'secretEnv', data: { name: 'STRIPE_SECRET_KEY', reason: "the path has a 'components/' folder" }, ...at(SDK_IN_COMPONENT, 'process.env.STRIPE_SECRET_KEY') },
    ],
  },
  // CommonJS is server evidence; an ES module with the same reads is still assumed client code
  (() => {
    const code = COMMONJS_SUPPLIER.replace('Object.defineProperty(exports, "__esModule", { value: true });\n', '')
      .replace('exports.AwsSupplier = void 0;\n', 'export ')
      .replace('\nexports.AwsSupplier = AwsSupplier;', '');
    return {
      ...lang.js,
      filename: 'build/src/auth/awssupplier.js',
      code,
      ...ASSUME_CLIENT,
      errors: [
        { messageId: 'secretEnv', data: { name: 'AWS_SECRET_ACCESS_KEY', reason: ASSUMED }, ...at(code, "process.env['AWS_SECRET_ACCESS_KEY']", 1) },
      ],
    } satisfies Invalid;
  })(),
  // a wrapper that is not an interop helper proves nothing
  (() => {
    const code = INTEROP_WEBHOOK.replace('__importDefault(require("crypto"))', 'wrap(require("crypto"))').replace('Object.defineProperty(exports, "__esModule", { value: true });\n', '').replace('exports.webhook = webhook;', 'export { webhook };');
    return {
      ...lang.js,
      filename: 'lib/webhooks/webhooks.js',
      code,
      ...ASSUME_CLIENT,
      ...STRICT,
      errors: [{ messageId: 'secretEnv', data: { name: 'ACME_AUTH_TOKEN', reason: ASSUMED }, ...at(code, 'process.env.ACME_AUTH_TOKEN') }],
    } satisfies Invalid;
  })(),
  // reads whose value is used, or behind a guard that says browser
  {
    ...lang.ts,
    filename: 'src/components/keys.ts',
    code: USED,
    errors: [0, 1, 2, 3, 4].map((nth) => ({
      messageId: 'secretEnv' as const,
      data: { name: 'STRIPE_SECRET_KEY', reason: "the path has a 'components/' folder" },
      ...at(USED, 'process.env.STRIPE_SECRET_KEY', nth),
    })),
  },
];
