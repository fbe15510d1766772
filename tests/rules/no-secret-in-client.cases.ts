import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import dedent from 'dedent';
import type { MessageIds, Options } from '../../src/rules/no-secret-in-client.js';
import { fake, fp } from '../fixtures/fake.js';
import { lang, sfc } from '../fixtures/languages.js';
import { invalidExpo, validExpo } from './no-secret-in-client.expo-cases.js';
import { inProject } from '../fixtures/projects.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;
type Error = Invalid['errors'][number];
type Suggestion = NonNullable<Error['suggestions']>[number];

const MP = fake.mpAccessToken(1);
const MP_TEST = fake.mpTestAccessToken(2);
const MP_PUBLIC = fake.mpPublicKey(3);
const SK = fake.stripeSecret(4);
const RK = fake.stripeRestricted(5);
const PK = fake.stripePublishable(6);
const VTEX_TOKEN = fake.vtexAppToken(7);
const VTEX_KEY = fake.vtexAppKey(7);
const PEM = fake.pemPrivateKey(8);
const GH = fake.githubToken(9);
const OPENAI = fake.openaiProject(10);
const JWT = fake.jwt(11);
const ANON = fake.jwt(12, { role: 'anon', iss: 'supabase' });
const OPAQUE = fake.opaque(13);
const PUBLIC_PROVIDER_TOKENS = 'export const tokens = [process.env.NEXT_PUBLIC_MAPBOX_TOKEN, import.meta.env.VITE_CONTENTFUL_DELIVERY_TOKEN];';
const SECTION_3_TOKENS = `export const booking = process.env.REACT_APP_BOOKING_TOKEN;\nexport const cms = import.meta.env.VITE_STORYBLOK_TOKEN;\n${PUBLIC_PROVIDER_TOKENS}`;

/** A GitHub token and a short market-data key in socket URLs. */
const SOCKET_GH = fake.githubToken(547);
const SOCKET_KEY = fake.opaque(548, 20);

/** Credential-looking values of no catalogued format (issue 16, section 1): random base62 and hex. */
const NAMED = {
  a: fake.opaque(60, 32), b: fake.opaque(61, 32), c: fake.opaque(62, 20), d: fake.opaque(63, 24), e: fake.opaque(64, 32),
  f: fake.opaque(65, 28), g: fake.opaque(66, 39), h: fake.hex(67, 16), i: fake.opaque(68, 32), j: fake.opaque(69, 32), k: fake.hex(70, 32),
  hex: fake.hex(71, 40),
};

/** Where `needle` (the `nth` occurrence) sits in `code`: exact line, column, end line and end column. */
function locate(code: string, needle: string, nth = 0): Pick<Error, 'line' | 'column' | 'endLine' | 'endColumn'> {
  let index = -1;
  for (let i = 0; i <= nth; i += 1) {
    index = code.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`test fixture: ${JSON.stringify(needle)} not found`);
  }
  const before = code.slice(0, index).split('\n');
  const inside = needle.split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  const endLine = line + inside.length - 1;
  const endColumn = inside.length === 1 ? column + needle.length : (inside.at(-1)?.length ?? 0) + 1;
  return { line, column, endLine, endColumn };
}

function error(messageId: MessageIds, data: Record<string, string>, code: string, needle: string, nth = 0, suggestions?: Suggestion[]): Error {
  return { messageId, data, ...locate(code, needle, nth), ...(suggestions ? { suggestions } : {}) };
}

const COMPONENTS = "the path has a 'components/' folder";
const SDK_REACT = "this file imports '@mercadopago/sdk-react'";
const VUE = 'this is a Vue single-file component';

interface Variant {
  readonly code: string;
  readonly reason: string;
  /** Wraps a whole-file output the same way the code was wrapped. */
  readonly wrap: (code: string) => string;
}

/**
 * The same client code as a JS, TS and TSX file under `src/components/` and as a Vue SFC, each with
 * its own errors (the reason differs: path signal or single-file component).
 */
function everywhere(code: string, errors: (variant: Variant) => Error[], extra: Partial<Invalid> = {}, reason = COMPONENTS): Invalid[] {
  const plain = (filename: string, language: typeof lang.js | typeof lang.ts | typeof lang.tsx): Invalid => ({
    ...language,
    filename,
    ...extra,
    code,
    errors: errors({ code, reason, wrap: (c) => c }),
  });
  const vue = sfc(code);
  return [
    plain('src/components/Checkout.js', lang.js),
    plain('src/components/Checkout.ts', lang.ts),
    plain('src/components/Checkout.tsx', lang.tsx),
    { ...lang.vue, filename: 'src/components/Checkout.vue', ...extra, code: vue, errors: errors({ code: vue, reason: VUE, wrap: (c) => sfc(c) }) },
  ];
}

/** Valid in JS, TS, TSX and a Vue SFC under `src/components/` (all client code). */
function everywhereValid(code: string, extra: Partial<Valid> = {}): Valid[] {
  return [
    { ...lang.js, filename: 'src/components/Checkout.js', ...extra, code },
    { ...lang.ts, filename: 'src/components/Checkout.ts', ...extra, code },
    { ...lang.tsx, filename: 'src/components/Checkout.tsx', ...extra, code },
    { ...lang.vue, filename: 'src/components/Checkout.vue', ...extra, code: sfc(code) },
  ];
}

/** Everything this rule reports in client code, in one file: used to prove server files stay silent. */
const EVERY_SHAPE = dedent`
  import { MercadoPagoConfig, Payment } from 'mercadopago';
  import Stripe from 'stripe';
  const client = new MercadoPagoConfig({ accessToken: '${MP}' });
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
  const { MP_ACCESS_TOKEN } = process.env;
  const key = import.meta.env.STRIPE_SECRET_KEY;
  await fetch(url, { headers: { 'X-VTEX-API-AppKey': appKey, 'X-VTEX-API-AppToken': appToken } });
`;


/**
 * A file of a fixture project (tests/fixtures/projects/: a package.json and empty files, the code is the
 * case's), by absolute path. The built-in test convention takes any file under `tests/` for a test;
 * `testFiles` replaces it, as for a project whose tests live elsewhere.
 */

const privateLiteral = (credential: string, reason: string, code: string, needle: string, nth = 0): Error =>
  error('privateLiteral', { credential, reason }, code, needle, nth);
const named = (name: string, value: string, reason: string, code: string, needle: string): Error =>
  error('namedSecretLiteral', { name, fingerprint: fp(value), reason }, code, needle);

/** Pieces joined at run time: the repository holds no credential-shaped literal. */
const joined = (...parts: string[]): string => parts.join('');
const b64url = (json: unknown): string => Buffer.from(JSON.stringify(json)).toString('base64url');

export const valid: Valid[] = [
  // socket URLs: a value read at run time, a placeholder, a public client id, a short sequence, a query
  // no credential name holds; a socket in server code
  ...everywhereValid(
    dedent`
      export const sockets = [
        new WebSocket(\`wss://stream.example.com/v1?token=\${token}\`),
        new WebSocket('wss://stream.example.com/v1?token=YOUR_TOKEN_HERE'),
        new WebSocket('wss://stream.example.com/v1?client_id=${SOCKET_KEY}&room=lobby'),
        new WebSocket('wss://stream.example.com/v1?token=abc123'),
        new WebSocket('wss://stream.example.com/v1?room=${SOCKET_KEY}'),
      ];
    `,
  ),
  { ...lang.js, filename: 'server/feed.js', code: `const WebSocket = require('ws');\nexport const feed = new WebSocket('wss://ws.quotes.example?token=${SOCKET_KEY}');` },
  // Expo's `extra` in app.config.* (issue 16)
  ...validExpo,
  // a PEM BEGIN line compared against is not a key (issue 19)
  ...everywhereValid(dedent`
    export function assertPem(pem) {
      if (pem.indexOf('-----BEGIN PRIVATE KEY-----') !== 0) throw new Error('not a PKCS#8 key');
      return pem.replace('-----BEGIN RSA PRIVATE KEY-----\\n', '');
    }
  `),
  // test setup files are not client code (issue 16)
  ...['src/setupTests.ts', 'jest.setup.js', 'vitest.setup.ts'].map((filename) => ({
    ...lang.ts,
    filename,
    code: `'use client';\nexport const key = '${SK}';`,
  })),
  // names whose last words say they hold a route, a path, a lifetime or a storage key, not a secret (issue 19)
  ...everywhereValid(dedent`
    const route = process.env.NEXT_PUBLIC_ACCESS_TOKEN_ROUTE || '/auth/access-token';
    const keyPath = process.env.PRIVATE_KEY_PATH;
    const ttl = import.meta.env.VITE_AUTH_TOKEN_TTL;
    const expiry = process.env.REACT_APP_TOKEN_EXPIRATION_TIME_SECONDS;
    const storageKey = import.meta.env.VITE_ACCESS_TOKEN_STORAGE_KEY;
  `),
  // published docs samples and public keys of the new formats stay silent in client code
  ...everywhereValid(dedent`
    const stripe = '${joined('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc')}';
    const session = '${[b64url({ alg: 'HS256', typ: 'JWT' }), b64url({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }), 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.')}';
    const mailgunPublic = '${fake.mailgunPublic(55)}';
    const wooKey = '${fake.wooKey(56)}';
  `),
  // ---- server files: every shape stays silent ----
  { ...lang.ts, filename: 'app/api/checkout/route.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/app/api/checkout/route.ts', code: EVERY_SHAPE },
  { ...lang.tsx, filename: 'app/checkout/page.tsx', code: `${EVERY_SHAPE}\nexport default async function Page() { return <form />; }` },
  { ...lang.tsx, filename: 'apps/web/app/(shop)/checkout/page.tsx', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'app/checkout/actions.ts', code: `'use server';\n${EVERY_SHAPE}` },
  { ...lang.ts, filename: 'src/components/checkout/actions.ts', code: `'use server';\n${EVERY_SHAPE}` },
  { ...lang.ts, filename: 'pages/api/checkout.ts', code: EVERY_SHAPE },
  { ...lang.tsx, filename: 'pages/_document.tsx', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/pages/api/pay.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/pages/rss.xml.ts', code: `${EVERY_SHAPE}\nexport async function GET() { return new Response(''); }` },
  { ...lang.ts, filename: 'server/api/checkout.post.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/lib/server/mercadopago.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/routes/checkout/+page.server.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/routes/api/pay/+server.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/hooks.server.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'app/routes/checkout.server.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'app/.server/payments.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'middleware.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/instrumentation.ts', code: EVERY_SHAPE },
  { ...lang.js, filename: 'api/create-preference.js', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'apps/api/src/payments.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'backend/src/payments.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'functions/src/index.ts', code: EVERY_SHAPE },
  { ...lang.js, filename: 'src/routes/payments.js', code: `import express from 'express';\n${EVERY_SHAPE}` },
  { ...lang.js, filename: 'src/components/payments.js', code: `const express = require('express');\n${EVERY_SHAPE}` },
  { ...lang.ts, filename: 'src/web/payments.ts', code: `import { readFile } from 'node:fs/promises';\n${EVERY_SHAPE}` },
  { ...lang.ts, filename: 'src/components/mail.ts', code: `import nodemailer from 'nodemailer';\n${EVERY_SHAPE}` },
  { ...lang.ts, filename: 'src/components/payment.module.ts', code: `import { Module } from '@nestjs/common';\n${EVERY_SHAPE}` },
  { ...lang.ts, filename: 'src/clients/mercadopago.client.ts', code: `import { Injectable } from '@nestjs/common';\n${EVERY_SHAPE}` },
  { ...lang.ts, filename: 'src/components/server-only.ts', code: `import 'server-only';\n${EVERY_SHAPE}` },
  // server files of the projects around them (issue 16): Angular SSR, Vite SSR and scripts, Expo API routes and
  // build-time files, CRA's dev proxy, test helpers; a server package's client/ folder (issue 19, class 6)
  { ...lang.ts, ...inProject('angular-store/src/server.ts'), code: EVERY_SHAPE },
  { ...lang.ts, ...inProject('angular-store/src/main.server.ts'), code: EVERY_SHAPE },
  { ...lang.ts, ...inProject('angular-store/src/test.ts'), code: `import 'zone.js/testing';\n${EVERY_SHAPE}` },
  { ...lang.tsx, ...inProject('vite-shop/src/entry-server.tsx'), code: EVERY_SHAPE },
  { ...lang.tsx, ...inProject('vite-shop/src/test-utils.tsx'), code: `import { render } from '@testing-library/react';\n${EVERY_SHAPE}` },
  { ...lang.ts, ...inProject('vite-shop/src/scripts/seed.ts'), code: EVERY_SHAPE },
  { ...lang.ts, ...inProject('expo-app/app/api/checkout+api.ts'), code: EVERY_SHAPE },
  { ...lang.ts, ...inProject('expo-app/app.config.ts'), code: EVERY_SHAPE },
  { ...lang.js, ...inProject('expo-app/plugins/withStripe.js'), code: EVERY_SHAPE },
  { ...lang.js, ...inProject('cra-store/src/setupProxy.js'), code: EVERY_SHAPE },
  // React Native's env modules read in a server file, and a type taken from one
  { ...lang.ts, ...inProject('angular-store/src/server.ts'), code: "import { STRIPE_SECRET_KEY } from '@env';\nimport Config from 'react-native-config';\nexport const keys = [STRIPE_SECRET_KEY, Config.OPENAI_API_KEY];" },
  { ...lang.tsx, ...inProject('expo-app/App.tsx'), code: "import type { STRIPE_SECRET_KEY } from '@env';\nexport type Keys = [STRIPE_SECRET_KEY];" },
  // Expo's extra: public names, another object called Constants, a type-only import, `&&`, extra in a server file
  {
    ...lang.tsx,
    ...inProject('expo-app/App.tsx'),
    code: dedent`
      import Constants from 'expo-constants';
      const extra = Constants.expoConfig?.extra ?? {};
      export const config = [
        extra.supabaseAnonKey, extra.apiKey, extra.googleMapsApiKey, extra.eas?.projectId,
        Constants.expoConfig.extra.STRIPE_PUBLISHABLE_KEY, Constants.manifest?.extra?.API_URL,
        Constants.expoConfig.name, (Constants.expoConfig && Constants.expoConfig.extra).stripeSecretKey,
      ];
    `,
  },
  { ...lang.tsx, ...inProject('expo-app/App.tsx'), code: "const Constants = { expoConfig: { extra: {} } };\nexport const key = Constants.expoConfig.extra.stripeSecretKey;" },
  { ...lang.tsx, ...inProject('expo-app/App.tsx'), code: "import type Constants from 'expo-constants';\ndeclare const c: typeof Constants;\nexport const key = c.expoConfig.extra.stripeSecretKey;" },
  { ...lang.ts, ...inProject('expo-app/app/api/checkout+api.ts'), code: "import Constants from 'expo-constants';\nexport const key = Constants.expoConfig.extra.stripeSecretKey;" },
  { ...lang.ts, ...inProject('graphql-gateway/packages/client/src/client.ts'), code: EVERY_SHAPE },
  { ...lang.ts, ...inProject('graphql-gateway/packages/client/client/index.ts'), code: EVERY_SHAPE },
  // a file a test names but that is not on disk has no project: only the path speaks
  { ...lang.ts, ...inProject('vite-shop/src/lib/not-on-disk.ts'), code: EVERY_SHAPE },
  // settings beat every other signal; serverFiles beat clientFiles
  {
    ...lang.tsx,
    filename: 'src/components/Checkout.tsx',
    code: `'use client';\n${EVERY_SHAPE}`,
    settings: { credentials: { clientFiles: ['src/**'], serverFiles: ['src/components/**'] } },
  },
  // so does `side` (set by a config block with `files`); server wins over clientFiles here too
  { ...lang.tsx, filename: 'src/components/Checkout.tsx', code: `'use client';\n${EVERY_SHAPE}`, settings: { credentials: { side: 'server' } } },
  {
    ...lang.tsx,
    filename: 'src/components/Checkout.tsx',
    code: `'use client';\n${EVERY_SHAPE}`,
    settings: { credentials: { side: 'client', serverFiles: ['src/components/**'] } },
  },
  // ---- unknown files: not client code unless `assume` says so ----
  { ...lang.ts, filename: 'src/lib/mercadopago.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'lib/stripe.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'apps/web/lib/stripe.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'packages/web/src/stripe.ts', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/lib/mercadopago.ts', code: EVERY_SHAPE, settings: { credentials: { assume: 'server' } } },
  { ...lang.ts, filename: 'src/app/store.ts', code: EVERY_SHAPE },
  // a `typeof window` guard is how server-only modules refuse to load in a browser
  {
    ...lang.ts,
    filename: 'src/lib/mercadopago.ts',
    code: `if (typeof window !== 'undefined') throw new Error('server only');\n${EVERY_SHAPE}`,
  },
  // a local `window` is not the browser global
  { ...lang.ts, filename: 'src/lib/render.ts', code: `const window = createWindow();\nwindow.print();\n${EVERY_SHAPE}` },
  // `react` alone is not client code (server components import it too)
  { ...lang.tsx, filename: 'src/lib/email.tsx', code: `import React, { cache } from 'react';\nconst rows = cache(load);\n${EVERY_SHAPE}` },
  // Next.js app router files under a component folder are not routing folders, but stay silent without a signal
  // test files and type declarations do not ship
  { ...lang.tsx, filename: 'src/components/Checkout.test.tsx', code: `'use client';\n${EVERY_SHAPE}` },
  { ...lang.tsx, filename: 'src/components/__tests__/Checkout.tsx', code: EVERY_SHAPE },
  { ...lang.tsx, filename: 'src/components/Checkout.stories.tsx', code: EVERY_SHAPE },
  { ...lang.ts, filename: 'src/components/env.d.ts', code: 'declare const token: string;\nexport const t = process.env.STRIPE_SECRET_KEY;' },
  {
    ...lang.ts,
    filename: 'src/vite-env.d.ts',
    code: 'interface ImportMetaEnv { readonly VITE_MP_PUBLIC_KEY: string; readonly VITE_STRIPE_SECRET_KEY: string }',
  },
  // ---- Next.js pages: server-only data functions and what only they use ----
  {
    ...lang.tsx,
    filename: 'pages/checkout.tsx',
    code: dedent`
      import Stripe from 'stripe';
      import { useState } from 'react';
      const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
      async function loadPrices() {
        return stripe.prices.list({ limit: 3, expand: ['data.product'] });
      }
      export default function Checkout({ prices }) {
        const [selected, setSelected] = useState(prices[0]);
        return <PriceList prices={prices} selected={selected} onSelect={setSelected} />;
      }
      export async function getServerSideProps() {
        const mp = '${MP}';
        return { props: { prices: (await loadPrices()).data, mp: mp.length } };
      }
    `,
  },
  {
    ...lang.js,
    filename: 'src/pages/products/[id].js',
    code: dedent`
      import mercadopago from 'mercadopago';
      const fetchPreference = async (id) => mercadopago.preferences.get(id);
      export default function Product({ preference }) { return preference.id; }
      const getStaticPropsImpl = async ({ params }) => ({ props: { preference: await fetchPreference(params.id), token: process.env.MP_ACCESS_TOKEN } });
      export { getStaticPropsImpl as getStaticProps };
      export const getStaticPaths = async () => ({ paths: [], fallback: 'blocking' });
    `,
  },
  // ---- public keys, client ids, publishable keys, placeholders ----
  ...everywhereValid(dedent`
    export const mpPublicKey = '${MP_PUBLIC}';
    export const stripeKey = '${PK}';
    export const vtexAppKey = '${VTEX_KEY}';
    export const supabaseAnonKey = '${ANON}';
    export const placeholders = ['APP_USR-xxxxxxxx', 'YOUR_ACCESS_TOKEN', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'TEST-1234567890', '<ACCESS_TOKEN>'];
    export const env = [
      process.env.NEXT_PUBLIC_MP_PUBLIC_KEY,
      process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,
      process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY,
      process.env.NEXT_PUBLIC_GOOGLE_CLIENT_ID,
      process.env.NEXT_PUBLIC_MAPBOX_ACCESS_TOKEN,
      process.env.NEXT_PUBLIC_SITE_URL,
      process.env.NODE_ENV,
      import.meta.env.VITE_FIREBASE_API_KEY,
      import.meta.env.VITE_API_URL,
      import.meta.env.VITE_RECAPTCHA_SITE_KEY,
      import.meta.env.MODE,
    ];
  `),
  // ambiguous names need the strict option
  ...everywhereValid('export const keys = [process.env.API_KEY, import.meta.env.VITE_API_KEY, process.env.REACT_APP_TOKEN];'),
  // ---- a signed-in user's own session token ----
  ...everywhereValid(dedent`
    const { accessToken } = useSession();
    const token = localStorage.getItem('access_token') ?? Cookies.get('token');
    export const me = () => fetch('/api/me', { headers: { Authorization: \`Bearer \${accessToken}\` } });
    export const orders = () => axios.get('/api/orders', { headers: { 'x-access-token': token, 'X-Auth-Token': token } });
    axios.defaults.headers.common.Authorization = \`Bearer \${token}\`;
  `),
  // browser keys in a header, identifiers, and placeholders as header values
  ...everywhereValid(dedent`
    fetch(placesUrl, { headers: { 'X-Goog-Api-Key': import.meta.env.VITE_MAPS_KEY, 'X-VTEX-API-AppKey': appKey } });
    fetch(docsUrl, { headers: { 'X-VTEX-API-AppToken': 'YOUR_APP_TOKEN' } });
  `),
  // shadowed `process`, a local `initMercadoPago`, a type-only server SDK import
  ...everywhereValid(dedent`
    export function read(process) { return process.env.STRIPE_SECRET_KEY; }
    function initMercadoPago(key) { return key; }
    initMercadoPago(accessToken);
  `),
  { ...lang.ts, filename: 'src/components/types.ts', code: "import type Stripe from 'stripe';\nexport type Intent = Stripe.PaymentIntent;" },
  { ...lang.ts, filename: 'src/components/types.ts', code: "import { type Stripe } from 'stripe';\nexport type Intent = Stripe.PaymentIntent;" },
  { ...lang.ts, filename: 'src/components/types.ts', code: "import Stripe from 'stripe';\nexport type Intent = Stripe.PaymentIntent;" },
  { ...lang.ts, filename: 'src/components/unused.ts', code: "import Stripe from 'stripe';\nexport const x = 1;" },
  // client SDK initialisers with the public key, or not the SDK's own function
  ...everywhereValid(dedent`
    import { initMercadoPago } from '@mercadopago/sdk-react';
    import { loadStripe } from '@stripe/stripe-js';
    initMercadoPago(process.env.NEXT_PUBLIC_MP_PUBLIC_KEY, { locale: 'es-AR' });
    initMercadoPago('${MP_PUBLIC}');
    export const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);
    const mp = new window.MercadoPago(publicKey, { locale: 'pt-BR' });
    const stripe = Stripe('${PK}');
  `),
  { ...lang.ts, filename: 'src/components/pay.ts', code: "import { loadStripe } from './stripe-loader';\nloadStripe(secretKey);" },
  { ...lang.ts, filename: 'src/components/pay.ts', code: 'const MercadoPago = load();\nnew MercadoPago(accessToken);' },
  { ...lang.ts, filename: 'src/components/pay.ts', code: 'initMercadoPago(accessToken);\nnew window.Other(accessToken);\nnew MercadoPago();' },
  // Nuxt: public runtime config and the app config are for the browser
  ...everywhereValid(dedent`
    const config = useRuntimeConfig();
    export const urls = [config.public.apiBase, config.app.baseURL, useRuntimeConfig().public.stripeKey];
    const { public: { mpPublicKey } } = useRuntimeConfig();
  `),
  // SvelteKit public env
  { ...lang.js, filename: 'src/routes/+page.js', code: "import { PUBLIC_MP_PUBLIC_KEY } from '$env/static/public';\nimport { env } from '$env/dynamic/public';\nexport const k = [PUBLIC_MP_PUBLIC_KEY, env.PUBLIC_SITE_URL];" },
  // ---- bundler settings that expose only public values ----
  {
    ...lang.js,
    filename: 'next.config.js',
    code: "module.exports = { env: { NEXT_PUBLIC_SITE: 'x', STRIPE_PUBLISHABLE_KEY: process.env.STRIPE_PUBLISHABLE_KEY, build: String(Date.now()) }, publicRuntimeConfig: { apiUrl: process.env.API_URL } };",
  },
  {
    ...lang.ts,
    filename: 'vite.config.ts',
    code: dedent`
      export default defineConfig(({ mode }) => {
        const env = loadEnv(mode, process.cwd());
        return {
          define: { 'process.env': env, 'import.meta.env': '{}', __APP_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': JSON.stringify(mode), [dynamicKey]: 1, ...rest },
          server: { env: { SECRET_KEY: 'x' } },
        };
      });
    `,
  },
  { ...lang.ts, filename: 'nuxt.config.ts', code: "export default defineNuxtConfig({ runtimeConfig: { stripeSecretKey: '', public: { stripeKey: '', apiBase: '/api' } }, app: { public: { secretKey: 1 } } });" },
  { ...lang.js, filename: 'webpack.config.js', code: "module.exports = { plugins: [new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify('production') }), new webpack.EnvironmentPlugin(['NODE_ENV', 'API_URL']), new webpack.DefinePlugin(options), new EnvironmentPlugin(), new EnvironmentPlugin([...names, , dynamic])] };" },
  // a config-shaped object outside a config file is just data
  { ...lang.ts, filename: 'src/lib/settings.ts', code: 'export const settings = { env: { STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY }, define: { SECRET_KEY: 1 } };' },
  // ---- secrets without a known format (issue 16, section 1): public names and look-alikes stay silent ----
  // public names, whatever they hold
  ...everywhereValid(dedent`
    const oauth = { client_id: '${NAMED.a}', public_key: '${NAMED.b}', publishableKey: '${NAMED.c}' };
    const supabase = { supabaseUrl: 'https://xyzcompany.supabase.co', supabaseAnonKey: '${NAMED.d}' };
    const mapboxAccessToken = 'pk.${NAMED.e}';
    const siteKey = '${NAMED.f}';
  `),
  // Firebase's apiKey in a Firebase config object is a browser key; ambiguous names (apiKey, token,
  // csrfToken, sessionToken) are not enough for a literal, strict preset included
  ...[{}, { options: [{ reportAmbiguousNames: true }] as Options }].flatMap((extra) =>
    everywhereValid(
      dedent`
        import { initializeApp } from 'firebase/app';
        const firebaseConfig = { apiKey: '${NAMED.g}', authDomain: 'shop.firebaseapp.com', projectId: 'shop-2f9c1', appId: '1:5120938475:web:${NAMED.h}' };
        initializeApp(firebaseConfig);
        const csrfToken = '${NAMED.i}';
        const sessionToken = '${NAMED.j}';
        const ALGOLIA_API_KEY = '${NAMED.k}';
      `,
      extra,
    ),
  ),
  // secret names holding words, sentences, URLs, routes, paths, CSS classes, dates, UUIDs, versions,
  // file names, placeholders, env var names, numbers
  ...everywhereValid(dedent`
    const CLIENT_SECRET = 'MERCADOPAGO_CLIENT_SECRET';
    const messages = { clientSecret: 'Your client secret was copied', secretKey: 'secret-key-copied-label' };
    const accessToken = 'https://auth.example.com/oauth/token';
    const refreshToken = '/api/v2/auth/refresh-token';
    const privateKey = './keys/private-key-2048.pem';
    const secretClass = 'btn btn-secret col-md-6 mt-3';
    const secret = { password: 'grid-cols-12-md-gap-4', apiSecret: 'orderConfirmationSecret' };
    const appToken = '2024-06-01T12:30:00Z';
    const serviceToken = '3f2b8c1e-9a4d-4e7b-8c6f-1d2e3f4a5b6c';
    const deployKey = 'v18.19.1-alpine3.19';
    const webhookSecret = 'static/js/main.8b2e6f0a.chunk.js';
    const consumerSecret = 'your-consumer-secret-here';
    const mpAccessToken = '<YOUR_ACCESS_TOKEN_1234>';
    const botToken = '5120938475612093';
    const adminToken = 'a1a1a1a1a1a1a1a1a1a1';
  `),
  // a secret named literal in a test file or a server file is not browser code
  { ...lang.tsx, filename: 'src/components/__tests__/Checkout.test.tsx', code: `export const clientSecret = '${NAMED.a}';` },
  { ...lang.ts, filename: 'app/api/checkout/route.ts', code: `const MERCADOPAGO_SECRET = '${NAMED.a}';` },
  // names that only hold a credential's metadata
  ...everywhereValid(`const ACCESS_TOKEN_STORAGE_KEY = '${NAMED.b}';\nconst clientSecretName = '${NAMED.c}';`),
  // JSX attributes that hold no secret: a public key, a name that is not secret, a placeholder, a prop of
  // a non-component (a password input), a spread, a namespaced name, an expression read at run time
  {
    ...lang.tsx,
    filename: 'src/components/Checkout.tsx',
    code: dedent`
      export const Checkout = ({ token }: { token: string }) => (
        <>
          <PaymentButton publicKey="${NAMED.a}" clientId="${NAMED.b}" accessToken={token} />
          <input type="password" name="clientSecret" placeholder="YOUR_CLIENT_SECRET" />
          <Widget {...{ clientSecret: token }} xlink:href="${NAMED.c}" apiToken="" />
        </>
      );
    `,
  },
  // writes to process.env are not reads (issue 19, class 10)
  ...everywhereValid(dedent`
    process.env.STRIPE_SECRET_KEY = undefined;
    delete process.env.MP_ACCESS_TOKEN;
    process.env['MP_CLIENT_SECRET'] = '';
  `),
  // public-prefixed `_TOKEN` names of no known provider are ambiguous: only the strict preset reports them
  // (issue 16, section 3); public providers' tokens stay silent in both
  { ...lang.ts, filename: 'src/lib/env.ts', code: SECTION_3_TOKENS },
  { ...lang.ts, filename: 'src/lib/env.ts', code: PUBLIC_PROVIDER_TOKENS, options: [{ reportAmbiguousNames: true }] },
  // a bare `KEY` of a provider with a browser key (Stripe's and Mercado Pago's public keys) stays neutral,
  // and so does a key that names where something is stored
  ...everywhereValid(`const STRIPE_KEY = '${NAMED.k}';\nexport const keys = { mpKey: '${NAMED.i}', weatherCacheKey: '${NAMED.j}' };`),
    // an `API_KEY` of no known provider stays ambiguous, a public provider's stays public, a newsletter is no news
  ...everywhereValid(`const API_KEY = '${NAMED.k}';\nexport const maps = { googleMapsApiKey: '${NAMED.i}', newsletterToken: '${NAMED.j}' };`),
  // Flutterwave's public key is made for its checkout in the page
  ...everywhereValid(`FlutterwaveCheckout({ public_key: '${fake.flutterwavePublic(69)}', tx_ref: 'order-1', amount: 100 });`),
  // Pusher's browser client takes the public app key only
  ...everywhereValid(`import Pusher from 'pusher-js';\nexport const pusher = new Pusher(key, { cluster: 'eu' });`),
  ...everywhereValid(`import { createClient } from '@supabase/supabase-js';\nexport const supabase = createClient('https://abcd.supabase.co', '${fake.supabasePublishable(70)}');`),
  // Mapbox's public token set on the SDK; a Stripe PaymentIntent's client secret is made for Stripe.js
  ...everywhereValid(`mapboxgl.accessToken = 'pk.${NAMED.a}';\nconst options = { clientSecret: 'pi_${NAMED.d}_secret_${NAMED.f}' };`),
  // Vue templates (issue #20): public keys, plain words under secret names, bindings of names, and the
  // same attributes in a file of another language (no template visitor)
  {
    ...lang.vue,
    filename: 'src/components/Pay.vue',
    code: `<script setup lang="ts">\nconst token = useToken();\n</script>\n\n<template>\n  <CardPayment public-key="${MP_PUBLIC}" :initialization="{ amount: 100 }" />\n  <Stripe publishable-key="${PK}" title="Pay with card" access-token="your-access-token" />\n  <Api :access-token="token" :headers="{ Authorization: \`Bearer \${token}\` }" />\n  <p>{{ token }}</p>\n</template>\n`,
  },
  { ...lang.tsx, filename: 'src/components/Pay.tsx', code: `export const el = <PaymentButton title="${NAMED.a}" />;` },
];

const CLIENT_LITERAL = `export const token = '${MP}';`;

/** One file per client signal, each reporting the same literal with its own reason. */
function signal(filename: string, code: string, reason: string, extra: Partial<Invalid> = {}): Invalid {
  const language = filename.endsWith('.tsx') ? lang.tsx : filename.endsWith('.ts') ? lang.ts : filename.endsWith('.jsx') ? lang.jsx : lang.js;
  return { ...language, filename, ...extra, code, errors: [privateLiteral(fp(MP), reason, code, `'${MP}'`)] };
}

const USE_CLIENT_CODE = `'use client';\n${CLIENT_LITERAL}`;
const initCode = dedent`
  import { initMercadoPago, Wallet } from '@mercadopago/sdk-react';
  initMercadoPago(process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN, { locale: 'es-AR' });
`;

/** Formats added from providers' docs and gitleaks' rules (issue 16), one per line of a client config. */
const NEW_FORMATS: readonly (readonly [string, string])[] = [
  ['mpRegion', fake.mpAccessToken(40, 'LA_LD')],
  ['mpTestRegion', fake.mpTestAccessToken(41, 'LA_LB')],
  ['stripeProd', fake.stripeProd(42)],
  ['woo', fake.wooSecret(43)],
  ['sendgrid', fake.sendgrid(44)],
  ['shopify', fake.shopify(45)],
  ['digitalocean', fake.digitalocean(46)],
  ['slackHook', fake.slackWebhook(47)],
  ['square', fake.square(48)],
  ['squareSecret', fake.squareSecret(49)],
  ['facebook', fake.facebook(50)],
  ['instagram', fake.instagram(51)],
  ['huggingface', fake.huggingface(52)],
  ['groq', fake.groq(53)],
  ['mailgun', fake.mailgun(54)],
  // the prefixed formats of more services web apps call (gitleaks' rules)
  ['flutterwave', fake.flutterwaveSecret(55)],
  ['shippo', fake.shippo(56)],
  ['easypost', fake.easypost(57)],
  ['brevo', fake.brevo(58)],
  ['perplexity', fake.perplexity(59)],
  ['notion', fake.notion(60)],
  ['airtable', fake.airtable(61)],
  ['linear', fake.linear(62)],
  ['gitlab', fake.gitlab(63)],
  ['npm', fake.npm(64)],
  ['planetscale', fake.planetscale(65)],
  ['postman', fake.postman(66)],
  ['doppler', fake.doppler(67)],
  ['databricks', fake.databricks(68)],
  // a Telegram bot token has no fixed prefix: the pre-checks look for its shape after a quote
  ['telegram', fake.telegramBot(69)],
  // Supabase's secret key (its publishable key is meant for the page: below)
  ['supabase', fake.supabaseSecret(70)],
  // Stripe's webhook signing secret, a Mailchimp key (no prefix: its shape), a Mapbox secret token
  // under Mapbox's own name (its public `pk.` token is the one the page needs), Replicate, Plaid
  ['stripeHook', fake.stripeWebhook(71)],
  ['newsletter', fake.mailchimp(72)],
  ['mapbox', fake.mapboxSecret(73)],
  ['replicate', fake.replicate(74)],
  ['plaid', fake.plaidAccess(75)],
  // a Firebase Cloud Messaging server key, which apps once used to send pushes from the device
  ['push', fake.fcmServerKey(76)],
  // a database URL with a password (MongoDB Atlas'), which some apps query from the page
  ['db', fake.databaseUrl(562)],
  // a Midtrans server key, which Snap checkouts built in the page sometimes call the API with
  ['midtrans', fake.midtrans(576, true)],
  // a Discord webhook, which contact forms post to from the page
  ['discord', fake.discordWebhook(567)],
];
const NEW_FORMATS_CODE = `export const keys = {\n${NEW_FORMATS.map(([name, value]) => `  ${name}: '${value}',`).join('\n')}\n};`;

export const invalid: Invalid[] = [
  // Expo's `extra` in app.config.* (issue 16)
  ...invalidExpo,
  // every format added in issue 16, in client code: reported with its fingerprint
  ...everywhere(NEW_FORMATS_CODE, ({ code, reason }) => NEW_FORMATS.map(([, value]) => privateLiteral(fp(value), reason, code, `'${value}'`))),
  // ---- test files: never client code, but a secret behind a public prefix, in public runtime config or
  // copied by a webpack plugin is reported there too (the pre-check lets these through, and only these) ----
  ((): Invalid => {
    const code = dedent`
      'use client';
      ${EVERY_SHAPE}
      export const key = process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN;
    `;
    return {
      ...lang.tsx,
      filename: 'src/components/Checkout.test.tsx',
      code,
      errors: [error('publicPrefixSecret', { name: 'NEXT_PUBLIC_MP_ACCESS_TOKEN', prefix: 'NEXT_PUBLIC_' }, code, 'process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN')],
    };
  })(),
  ((): Invalid => {
    const code = "export const key = process.env['VITE' + '_STRIPE_SECRET_KEY'];";
    return {
      ...lang.ts,
      filename: 'src/components/Checkout.spec.ts',
      code,
      errors: [error('publicPrefixSecret', { name: 'VITE_STRIPE_SECRET_KEY', prefix: 'VITE_' }, code, "process.env['VITE' + '_STRIPE_SECRET_KEY']")],
    };
  })(),
  ((): Invalid => {
    const code = 'export const key = useRuntimeConfig().public.apiSecret;';
    return {
      ...lang.ts,
      filename: 'tests/checkout.ts',
      code,
      errors: [error('publicConfigSecret', { name: 'apiSecret' }, code, 'useRuntimeConfig().public.apiSecret')],
    };
  })(),
  ((): Invalid => {
    const code = "export const plugins = [new webpack.DefinePlugin({ 'process.env.STRIPE_SECRET_KEY': JSON.stringify(process.env.STRIPE_SECRET_KEY) })];";
    return {
      ...lang.ts,
      filename: 'src/build/__tests__/plugins.ts',
      code,
      errors: [error('bundlerExposes', { setting: 'webpack DefinePlugin', name: 'STRIPE_SECRET_KEY' }, code, "'process.env.STRIPE_SECRET_KEY'")],
    };
  })(),
  // ---- each classification signal ----
  signal('lib/pay.ts', CLIENT_LITERAL, 'the file matches settings.credentials.clientFiles', { settings: { credentials: { clientFiles: ['lib/**'] } } }),
  signal('app/pay/keys.ts', `'use server';\n${CLIENT_LITERAL}`, "settings.credentials.side is 'client' for this file", { settings: { credentials: { side: 'client' } } }),
  signal('lib/pay.ts', CLIENT_LITERAL, "settings.credentials.assume is 'client'", { settings: { credentials: { assume: 'client' } } }),
  signal('app/checkout/PayButton.tsx', USE_CLIENT_CODE, "this file starts with 'use client'"),
  signal('app/checkout/PayButton.tsx', `"use strict";\n"use client";\n${CLIENT_LITERAL}`, "this file starts with 'use client'"),
  signal('src/routes/Checkout.svelte', CLIENT_LITERAL, 'this is a Svelte component'),
  signal('pages/checkout.tsx', CLIENT_LITERAL, 'this is a Next.js page (pages/)'),
  signal('src/pages/index.jsx', CLIENT_LITERAL, 'this is a Next.js page (pages/)'),
  signal('app/entry.client.tsx', CLIENT_LITERAL, "this is a client module ('entry.client.tsx')"),
  signal('src/hooks.client.ts', CLIENT_LITERAL, "this is a client module ('hooks.client.ts')"),
  signal('app/.client/analytics.ts', CLIENT_LITERAL, "the path has a '.client/' folder"),
  signal('src/routes/checkout/+page.ts', CLIENT_LITERAL, "this is a SvelteKit universal load file ('+page.ts'), which also runs in the browser"),
  signal('src/main.tsx', `import { createRoot } from 'react-dom/client';\n${CLIENT_LITERAL}`, "this file imports 'react-dom/client'"),
  signal('src/app/payment.service.ts', `import { Injectable } from '@angular/core';\n${CLIENT_LITERAL}`, "this file imports '@angular/core'"),
  signal('src/sdk.js', `const { loadMercadoPago } = require('@mercadopago/sdk-js');\n${CLIENT_LITERAL}`, "this file imports '@mercadopago/sdk-js'"),
  signal('src/App.jsx', `import { useEffect, useState } from 'react';\n${CLIENT_LITERAL}`, "this file uses the React hook 'useEffect'"),
  signal('src/App.jsx', `import React from 'react';\nReact.createElement('div');\nReact.useState(0);\n${CLIENT_LITERAL}`, "this file uses the React hook 'useState'"),
  signal('src/lib/checkout.js', `document.title = 'Pay';\n${CLIENT_LITERAL}`, "this file uses the browser global 'document'"),
  signal('src/lib/checkout.js', `if (typeof window !== 'undefined') window.scrollTo(0, 0);\n${CLIENT_LITERAL}`, "this file uses the browser global 'window'"),
  signal('src/lib/checkout.js', `localStorage.setItem('cart', '[]');\n${CLIENT_LITERAL}`, "this file uses the browser global 'localStorage'", {
    languageOptions: { ...lang.js.languageOptions, globals: { localStorage: 'readonly' } },
  }),
  signal('extension/content.js', `chrome.storage.local.get(['user'], show);\n${CLIENT_LITERAL}`, "this file uses the browser extension API 'chrome.storage'"),
  signal('js/app.js', `$(function () { init(); });\n${CLIENT_LITERAL}`, "this file uses jQuery ('$')"),
  signal('src/config.js', `export const api = process.env.REACT_APP_API_URL;\n${CLIENT_LITERAL}`, "this file reads 'REACT_APP_' variables, which only a browser build provides"),
  signal('src/config.ts', `// import.meta.env.VITE_IN_A_COMMENT\nexport const api = import.meta.env.VITE_API_URL;\n${CLIENT_LITERAL}`, "this file reads 'VITE_' variables, which only a browser build provides"),
  signal('src/components/pay.ts', CLIENT_LITERAL, COMPONENTS),
  signal('src/web/Checkout.tsx', CLIENT_LITERAL, "the path has a 'web/' folder"),
  signal('web/src/pay.ts', CLIENT_LITERAL, "the path has a 'web/' folder"),
  signal('public/js/checkout.js', CLIENT_LITERAL, "the path has a 'public/' folder"),
  signal('frontend/src/api/payments.js', CLIENT_LITERAL, "the path has a 'frontend/' folder"),
  signal('client/src/services/pay.js', CLIENT_LITERAL, "the path has a 'client/' folder"),
  signal('src/components/app/Header.tsx', CLIENT_LITERAL, COMPONENTS),
  // Angular environment files and classes, the static files of backends (issue 16)
  signal('src/environments/environment.prod.ts', `export const environment = {\n  production: true,\n  mpAccessToken: '${MP}',\n};`, "this is an Angular environment file ('environment.prod.ts'), compiled into the browser bundle"),
  signal(
    'src/app/checkout/checkout.component.ts',
    `import { Component } from '../shared/angular';\n@Component({ selector: 'app-checkout', templateUrl: './checkout.component.html' })\nexport class CheckoutComponent {\n  token = '${MP}';\n}`,
    'this file declares an Angular component (@Component)',
  ),
  signal('wwwroot/js/site.js', CLIENT_LITERAL, "the file is under 'wwwroot/', the static files an ASP.NET app serves to browsers"),
  signal('src/main/resources/static/js/checkout.js', CLIENT_LITERAL, "the file is under 'src/main/resources/static/', the static files a Spring Boot app serves to browsers"),
  signal('app/javascript/controllers/checkout_controller.js', CLIENT_LITERAL, "the file is under 'app/javascript/', the browser scripts of a Rails app"),
  // the project around the file: its nearest package.json (issue 16)
  ...(
    [
      ['angular-store/src/app/checkout/checkout.component.ts', "this is an Angular component ('checkout.component.ts') of an Angular project"],
      ['angular-store/src/app/checkout/checkout.service.ts', "this is an Angular service ('checkout.service.ts') of an Angular project"],
      ['angular-store/src/app/models/order.ts', 'the file is under src/ of an Angular project'],
      ['vite-shop/src/lib/payments.ts', 'the file is under src/ of a Vite project'],
      ['vite-shop/src/lib/payments.js', 'the file is under src/ of a Vite project'],
      ['vite-shop/src/pages/Checkout.tsx', 'the file is under src/ of a Vite project'],
      ['vue-vite/src/stores/cart.ts', 'the file is under src/ of a Vite project'],
      ['cra-store/src/services/github.js', 'the file is under src/ of a Create React App project'],
      ['expo-app/App.tsx', 'this file is part of an Expo app'],
      ['expo-app/app/(tabs)/pay.tsx', 'this file is part of an Expo app'],
      ['graphql-gateway/packages/client/public/js/checkout.js', "the file is under 'public/', which the 'fastify' server hands to browsers as it is"],
    ] as const
  ).map(([file, reason]) => {
    const { filename, settings } = inProject(file);
    return signal(filename, CLIENT_LITERAL, reason, { settings });
  }),
  ((): Invalid => {
    const code = 'export const stripeKey = import.meta.env.STRIPE_SECRET_KEY;';
    const reason = 'the file is under src/ of a Vite project';
    return { ...lang.ts, ...inProject('vite-shop/src/lib/payments.ts'), code, errors: [error('secretEnv', { name: 'STRIPE_SECRET_KEY', reason }, code, 'import.meta.env.STRIPE_SECRET_KEY')] };
  })(),
  ((): Invalid => {
    const code = "import Stripe from 'stripe';\nexport const stripe = new Stripe(key);";
    const reason = 'this file is part of an Expo app';
    return { ...lang.tsx, ...inProject('expo-app/App.tsx'), code, errors: [error('serverSdk', { source: 'stripe', reason }, code, "'stripe'")] };
  })(),
  // React Native's env modules: react-native-dotenv writes each variable into the bundle, react-native-config's object ships in the app
  ((): Invalid => {
    const code = dedent`
      import { STRIPE_SECRET_KEY, API_URL } from '@env';
      import Config from 'react-native-config';
      const { MP_ACCESS_TOKEN } = Config;
      export const keys = [STRIPE_SECRET_KEY, API_URL, Config.OPENAI_API_KEY, Config.APP_NAME, MP_ACCESS_TOKEN];
    `;
    const reason = 'this file is part of an Expo app';
    return {
      ...lang.tsx,
      ...inProject('expo-app/App.tsx'),
      code,
      errors: [
        error('secretEnv', { name: 'STRIPE_SECRET_KEY', reason }, code, 'STRIPE_SECRET_KEY'),
        error('secretEnv', { name: 'MP_ACCESS_TOKEN', reason }, code, 'MP_ACCESS_TOKEN'),
        error('secretEnv', { name: 'OPENAI_API_KEY', reason }, code, 'Config.OPENAI_API_KEY'),
      ],
    };
  })(),
  // Expo's `extra` (`Constants.expoConfig.extra`, the older `Constants.manifest.extra`) ships in the app: a secret name read from it
  ((): Invalid => {
    const code = dedent`
      import Constants from 'expo-constants';
      export const OPENAI_API_KEY = Constants.expoConfig?.extra?.openaiApiKey;
      const extra = Constants.expoConfig?.extra || Constants.manifest?.extra || {};
      const { stripeSecretKey, stripePublishableKey } = Constants.expoConfig.extra;
      export const keys = [extra.OPENAI_API_KEY, Constants.manifest.extra.openAiKey, stripeSecretKey, stripePublishableKey];
    `;
    const reason = "this file imports 'expo-constants'";
    return {
      ...lang.tsx,
      ...inProject('expo-app/App.tsx'),
      code,
      errors: [
        error('secretEnv', { name: 'openaiApiKey', reason }, code, 'Constants.expoConfig?.extra?.openaiApiKey'),
        error('secretEnv', { name: 'stripeSecretKey', reason }, code, 'stripeSecretKey'),
        error('secretEnv', { name: 'OPENAI_API_KEY', reason }, code, 'extra.OPENAI_API_KEY'),
        error('secretEnv', { name: 'openAiKey', reason }, code, 'Constants.manifest.extra.openAiKey'),
      ],
    };
  })(),

  // ---- literals of a private format ----
  ...everywhere(
    dedent`
      export const credentials = {
        mercadoPago: '${MP}',
        sandbox: \`${MP_TEST}\`,
        stripe: "${SK}",
        restricted: '${RK}',
        vtex: '${VTEX_TOKEN}',
        github: '${GH}',
        openai: '${OPENAI}',
        session: '${JWT}',
      };
      const key = \`${PEM}\`;
    `,
    ({ code, reason }) => [
      privateLiteral(fp(MP), reason, code, `'${MP}'`),
      privateLiteral(fp(MP_TEST), reason, code, `\`${MP_TEST}\``),
      privateLiteral(fp(SK), reason, code, `"${SK}"`),
      privateLiteral(fp(RK), reason, code, `'${RK}'`),
      privateLiteral(fp(VTEX_TOKEN), reason, code, `'${VTEX_TOKEN}'`),
      privateLiteral(fp(GH), reason, code, `'${GH}'`),
      privateLiteral(fp(OPENAI), reason, code, `'${OPENAI}'`),
      privateLiteral(fp(JWT), reason, code, `'${JWT}'`),
      privateLiteral(fp(PEM), reason, code, `\`${PEM}\``),
    ],
  ),
  {
    ...lang.tsx,
    filename: 'src/components/Pay.tsx',
    code: `export const Pay = () => <Checkout accessToken="${MP}" publicKey="${MP_PUBLIC}" />;`,
    errors: [privateLiteral(fp(MP), COMPONENTS, `export const Pay = () => <Checkout accessToken="${MP}" publicKey="${MP_PUBLIC}" />;`, `"${MP}"`)],
  },
  // in a Next.js page, code outside the data functions is client code
  {
    ...lang.tsx,
    filename: 'pages/checkout.tsx',
    code: dedent`
      export default function Checkout() { return <Pay token="${MP}" />; }
      export async function getServerSideProps() { return { props: { t: '${SK}' } }; }
    `,
    errors: [
      privateLiteral(fp(MP), 'this is a Next.js page (pages/)', dedent`
        export default function Checkout() { return <Pay token="${MP}" />; }
        export async function getServerSideProps() { return { props: { t: '${SK}' } }; }
      `, `"${MP}"`),
    ],
  },

  // ---- secret env reads in client code ----
  ...everywhere(
    dedent`
      const stripe = process.env.STRIPE_SECRET_KEY;
      const mp = process.env['MP_ACCESS_TOKEN'];
      const { OPENAI_API_KEY, NODE_ENV, ...rest } = process.env;
      const env = process.env;
      export const all = [env.CLIENT_SECRET, import.meta.env.SUPABASE_SERVICE_ROLE_KEY, process?.env?.NEXTAUTH_SECRET];
    `,
    ({ code, reason }) => [
      error('secretEnv', { name: 'STRIPE_SECRET_KEY', reason }, code, 'process.env.STRIPE_SECRET_KEY'),
      error('secretEnv', { name: 'MP_ACCESS_TOKEN', reason }, code, "process.env['MP_ACCESS_TOKEN']"),
      error('secretEnv', { name: 'OPENAI_API_KEY', reason }, code, 'OPENAI_API_KEY'),
      error('secretEnv', { name: 'CLIENT_SECRET', reason }, code, 'env.CLIENT_SECRET'),
      error('secretEnv', { name: 'SUPABASE_SERVICE_ROLE_KEY', reason }, code, 'import.meta.env.SUPABASE_SERVICE_ROLE_KEY'),
      error('secretEnv', { name: 'NEXTAUTH_SECRET', reason }, code, 'process?.env?.NEXTAUTH_SECRET'),
    ],
  ),
  // Nuxt private runtime config
  ...everywhere(
    dedent`
      const config = useRuntimeConfig();
      const secret = config.stripeSecretKey;
      const { mpAccessToken, public: pub } = useRuntimeConfig();
      export const again = [useRuntimeConfig().apiSecret, pub.apiBase, pub.webhookSecret];
    `,
    ({ code, reason }) => [
      error('secretEnv', { name: 'stripeSecretKey', reason }, code, 'config.stripeSecretKey'),
      error('secretEnv', { name: 'mpAccessToken', reason }, code, 'mpAccessToken'),
      error('secretEnv', { name: 'apiSecret', reason }, code, 'useRuntimeConfig().apiSecret'),
      error('publicConfigSecret', { name: 'webhookSecret' }, code, 'pub.webhookSecret'),
    ],
  ),
  // the strict option: ambiguous names too
  ...everywhere(
    'export const keys = [process.env.API_KEY, import.meta.env.VITE_API_KEY, process.env.STRIPE_PUBLISHABLE_KEY];',
    ({ code, reason }) => [
      error('secretEnv', { name: 'API_KEY', reason }, code, 'process.env.API_KEY'),
      error('publicPrefixSecret', { name: 'VITE_API_KEY', prefix: 'VITE_' }, code, 'import.meta.env.VITE_API_KEY'),
    ],
    { options: [{ reportAmbiguousNames: true }] },
    "this file reads 'VITE_' variables, which only a browser build provides",
  ),
  // more secret and public words through options
  {
    ...lang.ts,
    filename: 'src/components/pay.ts',
    code: 'export const k = [process.env.SIGNING_SALT, process.env.WIDGET_SECRET];',
    options: [{ secretNames: ['signing salt'], publicNames: ['WIDGET_SECRET'] }],
    errors: [error('secretEnv', { name: 'SIGNING_SALT', reason: COMPONENTS }, 'export const k = [process.env.SIGNING_SALT, process.env.WIDGET_SECRET];', 'process.env.SIGNING_SALT')],
  },

  // ---- public prefixes on secret names: any file, server files included ----
  ...[
    ['app/api/checkout/route.ts', lang.ts],
    ['src/lib/mercadopago.ts', lang.ts],
    ['src/components/Checkout.tsx', lang.tsx],
    ['server/utils/pay.js', lang.js],
    ['src/components/Checkout.vue', lang.vue],
  ].map(([filename, language]): Invalid => {
    const script = dedent`
      export const leaked = [
        process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN,
        import.meta.env.VITE_STRIPE_SECRET_KEY,
        process.env.REACT_APP_OPENAI_API_KEY,
        process.env['EXPO_PUBLIC_SUPABASE_SERVICE_ROLE_KEY'],
        import.meta.env.PUBLIC_GITHUB_TOKEN,
      ];
      const { NUXT_PUBLIC_CLIENT_SECRET } = process.env;
    `;
    const code = filename === 'src/components/Checkout.vue' ? sfc(script) : script;
    return {
      ...(language as typeof lang.ts),
      filename: filename as string,
      code,
      errors: [
        error('publicPrefixSecret', { name: 'NEXT_PUBLIC_MP_ACCESS_TOKEN', prefix: 'NEXT_PUBLIC_' }, code, 'process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN'),
        error('publicPrefixSecret', { name: 'VITE_STRIPE_SECRET_KEY', prefix: 'VITE_' }, code, 'import.meta.env.VITE_STRIPE_SECRET_KEY'),
        error('publicPrefixSecret', { name: 'REACT_APP_OPENAI_API_KEY', prefix: 'REACT_APP_' }, code, 'process.env.REACT_APP_OPENAI_API_KEY'),
        error('publicPrefixSecret', { name: 'EXPO_PUBLIC_SUPABASE_SERVICE_ROLE_KEY', prefix: 'EXPO_PUBLIC_' }, code, "process.env['EXPO_PUBLIC_SUPABASE_SERVICE_ROLE_KEY']"),
        error('publicPrefixSecret', { name: 'PUBLIC_GITHUB_TOKEN', prefix: 'PUBLIC_' }, code, 'import.meta.env.PUBLIC_GITHUB_TOKEN'),
        error('publicPrefixSecret', { name: 'NUXT_PUBLIC_CLIENT_SECRET', prefix: 'NUXT_PUBLIC_' }, code, 'NUXT_PUBLIC_CLIENT_SECRET'),
      ],
    };
  }),
  // SvelteKit: public env with a secret name anywhere; private env modules in client code
  {
    ...lang.js,
    filename: 'src/routes/api/pay/+server.js',
    code: "import { PUBLIC_MP_ACCESS_TOKEN, PUBLIC_SITE } from '$env/static/public';\nimport { env } from '$env/dynamic/public';\nexport const t = [PUBLIC_MP_ACCESS_TOKEN, env.PUBLIC_STRIPE_SECRET_KEY];",
    errors: [
      error('publicPrefixSecret', { name: 'PUBLIC_MP_ACCESS_TOKEN', prefix: 'PUBLIC_' }, "import { PUBLIC_MP_ACCESS_TOKEN, PUBLIC_SITE } from '$env/static/public';", 'PUBLIC_MP_ACCESS_TOKEN'),
      error('publicPrefixSecret', { name: 'PUBLIC_STRIPE_SECRET_KEY', prefix: 'PUBLIC_' }, "import { PUBLIC_MP_ACCESS_TOKEN, PUBLIC_SITE } from '$env/static/public';\nimport { env } from '$env/dynamic/public';\nexport const t = [PUBLIC_MP_ACCESS_TOKEN, env.PUBLIC_STRIPE_SECRET_KEY];", 'env.PUBLIC_STRIPE_SECRET_KEY'),
    ],
  },
  {
    ...lang.ts,
    filename: 'src/routes/+layout.ts',
    code: "import type { PageLoad } from './$types';\nimport { env } from '$env/dynamic/private';\nexport const load: PageLoad = () => ({ k: env.KEY });",
    errors: [
      error('privateEnvModule', { source: '$env/dynamic/private', reason: "this is a SvelteKit universal load file ('+layout.ts'), which also runs in the browser" }, "import type { PageLoad } from './$types';\nimport { env } from '$env/dynamic/private';", "'$env/dynamic/private'"),
    ],
  },
  {
    ...lang.js,
    filename: 'src/routes/checkout/+page.js',
    code: "import { MP_ACCESS_TOKEN } from '$env/static/private';\nimport { env } from '$env/dynamic/private';\nexport const load = () => ({ t: MP_ACCESS_TOKEN, s: env.STRIPE_SECRET_KEY });",
    errors: [
      error('privateEnvModule', { source: '$env/static/private', reason: "this is a SvelteKit universal load file ('+page.js'), which also runs in the browser" }, "import { MP_ACCESS_TOKEN } from '$env/static/private';", "'$env/static/private'"),
      error('privateEnvModule', { source: '$env/dynamic/private', reason: "this is a SvelteKit universal load file ('+page.js'), which also runs in the browser" }, "import { MP_ACCESS_TOKEN } from '$env/static/private';\nimport { env } from '$env/dynamic/private';", "'$env/dynamic/private'"),
    ],
  },
  // Nuxt public runtime config with a secret name: any file
  ...everywhere(
    'export const leaked = [useRuntimeConfig().public.mpAccessToken];\nconst { public: { stripeSecretKey } } = useRuntimeConfig();',
    ({ code }) => [
      error('publicConfigSecret', { name: 'mpAccessToken' }, code, 'useRuntimeConfig().public.mpAccessToken'),
      error('publicConfigSecret', { name: 'stripeSecretKey' }, code, 'stripeSecretKey'),
    ],
  ),
  {
    ...lang.ts,
    filename: 'server/api/pay.ts',
    code: 'const config = useRuntimeConfig();\nconst pub = config.public;\nexport const k = [config.stripeSecretKey, pub.clientSecret];',
    errors: [error('publicConfigSecret', { name: 'clientSecret' }, 'const config = useRuntimeConfig();\nconst pub = config.public;\nexport const k = [config.stripeSecretKey, pub.clientSecret];', 'pub.clientSecret')],
  },

  // ---- bundler settings that copy secrets into the bundle ----
  {
    ...lang.js,
    filename: 'next.config.js',
    code: dedent`
      /** @type {import('next').NextConfig} */
      const nextConfig = {
        env: {
          STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
          mpToken: process.env.MP_ACCESS_TOKEN || '',
          SITE_URL: process.env.SITE_URL,
        },
        publicRuntimeConfig: { apiSecret: 'x' },
      };
      module.exports = nextConfig;
    `,
    errors: [
      error('bundlerExposes', { setting: "next.config 'env'", name: 'STRIPE_SECRET_KEY' }, dedent`
        /** @type {import('next').NextConfig} */
        const nextConfig = {
          env: {
            STRIPE_SECRET_KEY`, 'STRIPE_SECRET_KEY'),
      error('bundlerExposes', { setting: "next.config 'env'", name: 'MP_ACCESS_TOKEN' }, dedent`
        /** @type {import('next').NextConfig} */
        const nextConfig = {
          env: {
            STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
            mpToken`, 'mpToken'),
      error('bundlerExposes', { setting: "next.config 'publicRuntimeConfig'", name: 'apiSecret' }, dedent`
        /** @type {import('next').NextConfig} */
        const nextConfig = {
          env: {
            STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
            mpToken: process.env.MP_ACCESS_TOKEN || '',
            SITE_URL: process.env.SITE_URL,
          },
          publicRuntimeConfig: { apiSecret`, 'apiSecret'),
    ],
  },
  ...((): Invalid[] => {
    const code = dedent`
      import { defineConfig, loadEnv } from 'vite';
      export default defineConfig(({ mode }) => {
        const env = loadEnv(mode, process.cwd(), '');
        return {
          define: {
            'process.env': env,
            'import.meta.env': JSON.stringify({ ...process.env }),
            'process.env.STRIPE_SECRET_KEY': JSON.stringify(env.STRIPE_SECRET_KEY),
            __MP_TOKEN__: JSON.stringify(env.MP_ACCESS_TOKEN),
            'import.meta.env.VITE_API_URL': JSON.stringify(env.API_URL),
          },
        };
      });
    `;
    const setting = "Vite 'define'";
    return [
      {
        ...lang.ts,
        filename: 'vite.config.ts',
        code,
        errors: [
          error('bundlerExposesAll', { setting, key: 'process.env' }, code, "'process.env'"),
          error('bundlerExposesAll', { setting, key: 'import.meta.env' }, code, "'import.meta.env'"),
          error('bundlerExposes', { setting, name: 'STRIPE_SECRET_KEY' }, code, "'process.env.STRIPE_SECRET_KEY'"),
          error('bundlerExposes', { setting, name: 'MP_ACCESS_TOKEN' }, code, '__MP_TOKEN__'),
        ],
      },
    ];
  })(),
  {
    ...lang.ts,
    filename: 'nuxt.config.ts',
    code: "export default defineNuxtConfig({ runtimeConfig: { public: { stripeSecretKey: '', mpPublicKey: '', apiKey: process.env.OPENAI_API_KEY } } });",
    errors: [
      error('bundlerExposes', { setting: 'Nuxt runtimeConfig.public', name: 'stripeSecretKey' }, "export default defineNuxtConfig({ runtimeConfig: { public: { stripeSecretKey: '', mpPublicKey: '', apiKey: process.env.OPENAI_API_KEY } } });", 'stripeSecretKey'),
      error('bundlerExposes', { setting: 'Nuxt runtimeConfig.public', name: 'OPENAI_API_KEY' }, "export default defineNuxtConfig({ runtimeConfig: { public: { stripeSecretKey: '', mpPublicKey: '', apiKey: process.env.OPENAI_API_KEY } } });", 'apiKey'),
    ],
  },
  {
    // Nuxt 2's settings that reach the browser
    ...lang.js,
    filename: 'nuxt.config.js',
    code: "export default { publicRuntimeConfig: { stripeSecretKey: '' }, env: { OPENAI_KEY: process.env.OPENAI_API_KEY } };",
    errors: [
      error('bundlerExposes', { setting: "Nuxt 'publicRuntimeConfig'", name: 'stripeSecretKey' }, "export default { publicRuntimeConfig: { stripeSecretKey: '' }, env: { OPENAI_KEY: process.env.OPENAI_API_KEY } };", 'stripeSecretKey'),
      error('bundlerExposes', { setting: "Nuxt 'env'", name: 'OPENAI_API_KEY' }, "export default { publicRuntimeConfig: { stripeSecretKey: '' }, env: { OPENAI_KEY: process.env.OPENAI_API_KEY } };", 'OPENAI_KEY'),
    ],
  },
  ...((): Invalid[] => {
    const code = dedent`
      const webpack = require('webpack');
      const DEFINES = { 'process.env.STRIPE_SECRET_KEY': JSON.stringify(process.env.STRIPE_SECRET_KEY) };
      module.exports = {
        plugins: [
          new webpack.DefinePlugin(DEFINES),
          new webpack.DefinePlugin({ 'process.env': JSON.stringify(process.env) }),
          new webpack.EnvironmentPlugin(['NODE_ENV', 'MP_ACCESS_TOKEN']),
          new EnvironmentPlugin({ CLIENT_SECRET: '' }),
        ],
      };
    `;
    return [
      {
        ...lang.js,
        filename: 'config/webpack.prod.js',
        code,
        errors: [
          error('bundlerExposes', { setting: 'webpack DefinePlugin', name: 'STRIPE_SECRET_KEY' }, code, "'process.env.STRIPE_SECRET_KEY'"),
          error('bundlerExposesAll', { setting: 'webpack DefinePlugin', key: 'process.env' }, code, "'process.env'"),
          error('bundlerExposes', { setting: 'webpack EnvironmentPlugin', name: 'MP_ACCESS_TOKEN' }, code, "'MP_ACCESS_TOKEN'"),
          error('bundlerExposes', { setting: 'webpack EnvironmentPlugin', name: 'CLIENT_SECRET' }, code, 'CLIENT_SECRET'),
        ],
      },
    ];
  })(),

  // ---- server SDK imports in client code ----
  ...everywhere(
    dedent`
      import { MercadoPagoConfig, Preference } from 'mercadopago';
      import Stripe from 'stripe';
      import OpenAI from 'openai';
      const client = new MercadoPagoConfig({ accessToken });
      export const stripe = new Stripe(key);
      export const ai = new OpenAI({ apiKey, dangerouslyAllowBrowser: true });
    `,
    ({ code, reason }) => [
      error('serverSdk', { source: 'mercadopago', reason }, code, "'mercadopago'"),
      error('serverSdk', { source: 'stripe', reason }, code, "'stripe'"),
      error('serverSdk', { source: 'openai', reason }, code, "'openai'"),
    ],
  ),
  // the AI and data SDKs that only work with a private key
  ...everywhere(
    dedent`
      import { GoogleGenerativeAI } from '@google/generative-ai';
      import { Pinecone } from '@pinecone-database/pinecone';
      import { Client } from '@notionhq/client';
      export const clients = [new GoogleGenerativeAI(key), new Pinecone({ apiKey }), new Client({ auth })];
    `,
    ({ code, reason }) => [
      error('serverSdk', { source: '@google/generative-ai', reason }, code, "'@google/generative-ai'"),
      error('serverSdk', { source: '@pinecone-database/pinecone', reason }, code, "'@pinecone-database/pinecone'"),
      error('serverSdk', { source: '@notionhq/client', reason }, code, "'@notionhq/client'"),
    ],
  ),
  // payment, commerce and realtime SDKs whose constructor takes the secret (their browser parts are other packages)
  ...everywhere(
    dedent`
      import Razorpay from 'razorpay';
      import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';
      import Pusher from 'pusher';
      export const clients = [new Razorpay({ key_id, key_secret }), new WooCommerceRestApi({ url, consumerKey, consumerSecret }), new Pusher({ appId, key, secret })];
    `,
    ({ code, reason }) => [
      error('serverSdk', { source: 'razorpay', reason }, code, "'razorpay'"),
      error('serverSdk', { source: '@woocommerce/woocommerce-rest-api', reason }, code, "'@woocommerce/woocommerce-rest-api'"),
      error('serverSdk', { source: 'pusher', reason }, code, "'pusher'"),
    ],
  ),
  // Node payment SDKs whose browser parts are their CDNs' scripts (Snap.js, Omise.js)
  ...everywhere(
    dedent`
      const midtransClient = require('midtrans-client');
      import { Xendit } from 'xendit-node';
      export const pay = async () => [new midtransClient.Snap({ isProduction: false, serverKey, clientKey }), new Xendit({ secretKey }), await import('omise')];
    `,
    ({ code, reason }) => [
      error('serverSdk', { source: 'midtrans-client', reason }, code, "'midtrans-client'"),
      error('serverSdk', { source: 'xendit-node', reason }, code, "'xendit-node'"),
      error('serverSdk', { source: 'omise', reason }, code, "'omise'"),
    ],
  ),
  {
    ...lang.js,
    filename: 'src/components/pay.js',
    code: "const mercadopago = require('mercadopago');\nexport const load = () => import('@sendgrid/mail');\nimport 'twilio';\nimport { unused } from 'resend';",
    errors: [
      error('serverSdk', { source: 'mercadopago', reason: COMPONENTS }, "const mercadopago = require('mercadopago');", "'mercadopago'"),
      error('serverSdk', { source: '@sendgrid/mail', reason: COMPONENTS }, "const mercadopago = require('mercadopago');\nexport const load = () => import('@sendgrid/mail');", "'@sendgrid/mail'"),
      error('serverSdk', { source: 'twilio', reason: COMPONENTS }, "const mercadopago = require('mercadopago');\nexport const load = () => import('@sendgrid/mail');\nimport 'twilio';", "'twilio'"),
      error('serverSdk', { source: 'resend', reason: COMPONENTS }, "const mercadopago = require('mercadopago');\nexport const load = () => import('@sendgrid/mail');\nimport 'twilio';\nimport { unused } from 'resend';", "'resend'"),
    ],
  },
  {
    ...lang.ts,
    filename: 'src/components/pay.ts',
    code: "import { Client } from '@acme/payments-node';\nimport { Client as Sub } from '@acme/payments-node/v2';\nexport const c = [new Client(), new Sub()];",
    options: [{ serverPackages: ['@acme/payments-node'] }],
    errors: [
      error('serverSdk', { source: '@acme/payments-node', reason: COMPONENTS }, "import { Client } from '@acme/payments-node';", "'@acme/payments-node'"),
      error('serverSdk', { source: '@acme/payments-node/v2', reason: COMPONENTS }, "import { Client } from '@acme/payments-node';\nimport { Client as Sub } from '@acme/payments-node/v2';", "'@acme/payments-node/v2'"),
    ],
  },
  // in a Next.js page, a server SDK the component uses is client code
  {
    ...lang.tsx,
    filename: 'pages/checkout.tsx',
    code: "import Stripe from 'stripe';\nexport default function Page() { return <p>{String(new Stripe(key))}</p>; }\nexport const getStaticProps = async () => ({ props: { s: String(Stripe) } });",
    errors: [error('serverSdk', { source: 'stripe', reason: 'this is a Next.js page (pages/)' }, "import Stripe from 'stripe';", "'stripe'")],
  },

  // ---- provider secret headers set in client code, even from a variable ----
  ...everywhere(
    dedent`
      const api = axios.create({ headers: { 'X-VTEX-API-AppKey': appKey, 'X-VTEX-API-AppToken': appToken } });
      const headers = new Headers();
      headers.set('X-Shopify-Access-Token', shopToken);
      fetch(url, { headers: { 'X-VTEX-API-AppToken': '${VTEX_TOKEN}' } });
    `,
    ({ code, reason }) => [
      error('secretHeader', { header: 'X-VTEX-API-AppToken', reason }, code, "'X-VTEX-API-AppToken'"),
      error('secretHeader', { header: 'X-Shopify-Access-Token', reason }, code, "'X-Shopify-Access-Token'"),
      error('secretHeader', { header: 'X-VTEX-API-AppToken', reason }, code, "'X-VTEX-API-AppToken'", 1),
    ],
  ),
  // CoinMarketCap's key header, whose words `_` joins
  ...everywhere("fetch(url, { headers: { 'X-CMC_PRO_API_KEY': cmcKey } });", ({ code, reason }) => [
    error('secretHeader', { header: 'X-CMC_PRO_API_KEY', reason }, code, "'X-CMC_PRO_API_KEY'"),
  ]),
  {
    ...lang.ts,
    filename: 'src/components/pay.ts',
    code: "fetch(url, { headers: { 'X-Acme-Secret': acmeSecret, 'X-Acme-Tenant': tenant } });",
    settings: { credentials: { headers: ['X-Acme-Secret', { name: 'X-Acme-Tenant', kind: 'identifier' }] } },
    errors: [error('secretHeader', { header: 'X-Acme-Secret', reason: COMPONENTS }, "fetch(url, { headers: { 'X-Acme-Secret': acmeSecret, 'X-Acme-Tenant': tenant } });", "'X-Acme-Secret'")],
  },

  // ---- private credentials passed to a client SDK initialiser ----
  ...everywhere(initCode, ({ code, reason, wrap }) => [
    error('privateInit', { callee: 'initMercadoPago', credential: "'NEXT_PUBLIC_MP_ACCESS_TOKEN'", reason }, code, 'process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN', 0, [
      {
        messageId: 'usePublicKey',
        data: { name: 'NEXT_PUBLIC_MP_PUBLIC_KEY' },
        output: wrap(initCode.replace('NEXT_PUBLIC_MP_ACCESS_TOKEN', 'NEXT_PUBLIC_MP_PUBLIC_KEY')),
      },
    ]),
  ], {}, "this file imports '@mercadopago/sdk-react'"),
  ...((): Invalid[] => {
    const code = dedent`
      import { loadStripe } from '@stripe/stripe-js/pure';
      export const stripePromise = loadStripe(import.meta.env['VITE_STRIPE_SECRET_KEY']);
      export const direct = loadStripe('${SK}');
      const stripe = window.Stripe(process.env.REACT_APP_STRIPE_SECRET_KEY);
      const globalStripe = Stripe(process.env.STRIPE_SECRET_KEY);
      const mp = new window.MercadoPago(config.mpAccessToken, { locale: 'es-AR' });
      const mp2 = new MercadoPago(accessToken);
      const mp3 = new MercadoPago(process.env.NEXT_PUBLIC_MP_TOKEN_SECRET);
    `;
    const reason = "this file imports '@stripe/stripe-js/pure'";
    return [
      {
        ...lang.ts,
        filename: 'src/components/pay.ts',
        code,
        errors: [
          error('privateInit', { callee: 'loadStripe', credential: "'VITE_STRIPE_SECRET_KEY'", reason }, code, "import.meta.env['VITE_STRIPE_SECRET_KEY']", 0, [
            { messageId: 'usePublicKey', data: { name: 'VITE_STRIPE_PUBLISHABLE_KEY' }, output: code.replace("['VITE_STRIPE_SECRET_KEY']", "['VITE_STRIPE_PUBLISHABLE_KEY']") },
          ]),
          error('privateInit', { callee: 'loadStripe', credential: fp(SK), reason }, code, `'${SK}'`),
          error('privateInit', { callee: 'window.Stripe', credential: "'REACT_APP_STRIPE_SECRET_KEY'", reason }, code, 'process.env.REACT_APP_STRIPE_SECRET_KEY', 0, [
            { messageId: 'usePublicKey', data: { name: 'REACT_APP_STRIPE_PUBLISHABLE_KEY' }, output: code.replace('REACT_APP_STRIPE_SECRET_KEY', 'REACT_APP_STRIPE_PUBLISHABLE_KEY') },
          ]),
          error('privateInit', { callee: 'Stripe', credential: "'STRIPE_SECRET_KEY'", reason }, code, 'process.env.STRIPE_SECRET_KEY'),
          error('privateInit', { callee: 'window.MercadoPago', credential: "'mpAccessToken'", reason }, code, 'config.mpAccessToken'),
          error('privateInit', { callee: 'MercadoPago', credential: "'accessToken'", reason }, code, 'accessToken'),
          error('privateInit', { callee: 'MercadoPago', credential: "'NEXT_PUBLIC_MP_TOKEN_SECRET'", reason }, code, 'process.env.NEXT_PUBLIC_MP_TOKEN_SECRET', 0, [
            { messageId: 'usePublicKey', data: { name: 'NEXT_PUBLIC_MP_TOKEN_PUBLIC_KEY' }, output: code.replace('NEXT_PUBLIC_MP_TOKEN_SECRET', 'NEXT_PUBLIC_MP_TOKEN_PUBLIC_KEY') },
          ]),
        ],
      },
    ];
  })(),
  // a literal bound to a constant: the literal and the initialiser are both reported
  {
    ...lang.ts,
    filename: 'src/components/pay.ts',
    code: `import { initMercadoPago } from '@mercadopago/sdk-react';\nconst MP_KEY = '${MP}';\ninitMercadoPago(MP_KEY);\ninitMercadoPago(camelKey as string);`,
    errors: [
      privateLiteral(fp(MP), SDK_REACT, `import { initMercadoPago } from '@mercadopago/sdk-react';\nconst MP_KEY = '${MP}';`, `'${MP}'`),
      error('privateInit', { callee: 'initMercadoPago', credential: fp(MP), reason: SDK_REACT }, `import { initMercadoPago } from '@mercadopago/sdk-react';\nconst MP_KEY = '${MP}';\ninitMercadoPago(MP_KEY);`, 'MP_KEY', 1),
    ],
  },
  // a literal split in pieces is checked as a whole, once; pieces that are tokens alone are reported alone
  ...((): Invalid[] => {
    const code = `export const t = '${MP.slice(0, 20)}' + '${MP.slice(20, 40)}' + ('${MP.slice(40)}');\nexport const u = 'Bearer ' + '${SK}';\nexport const v = prefix + '${MP.slice(0, 30)}' + 1;`;
    return [
      {
        ...lang.ts,
        filename: 'src/components/pay.ts',
        code,
        errors: [
          privateLiteral(fp(MP), COMPONENTS, code, `'${MP.slice(0, 20)}' + '${MP.slice(20, 40)}' + ('${MP.slice(40)}')`),
          privateLiteral(fp(SK), COMPONENTS, code, `'${SK}'`),
        ],
      },
    ];
  })(),
  // an opaque value with no format is not reported by shape
  {
    ...lang.ts,
    filename: 'src/components/pay.ts',
    code: `export const k = ['${OPAQUE}', process.env.MP_ACCESS_TOKEN];`,
    errors: [error('secretEnv', { name: 'MP_ACCESS_TOKEN', reason: COMPONENTS }, `export const k = ['${OPAQUE}', process.env.MP_ACCESS_TOKEN];`, 'process.env.MP_ACCESS_TOKEN')],
  },
  // found by the fuzzer: a private credential assembled from a template and a constant, passed to an
  // initialiser (the pre-check lets every initialiser call through, whatever its argument)
  ...((): Invalid[] => {
    const github = fake.githubFineGrained(8);
    const code = `'use client';\nconst PART = '${github.slice('github'.length)}';\nexport const s = Stripe(\`github\${PART}\`);\n`;
    return [{ ...lang.ts, filename: 'src/pay.ts', code, errors: [error('privateInit', { callee: 'Stripe', credential: fp(github), reason: "this file starts with 'use client'" }, code, '`github${PART}`')] }];
  })(),
  // the whole-file text pre-check lets through what it cannot rule out: a prefix split across pieces,
  // a settings header written in another case, a custom format (unknown shape: no pre-check)
  {
    ...lang.ts,
    filename: 'src/components/pay.ts',
    code: `export const t = 'APP_' + '${MP.slice(4)}';`,
    errors: [privateLiteral(fp(MP), COMPONENTS, `export const t = 'APP_' + '${MP.slice(4)}';`, `'APP_' + '${MP.slice(4)}'`)],
  },
  {
    ...lang.ts,
    filename: 'src/components/acme.ts',
    code: "fetch(url, { headers: { 'x-acme-secret': acmeSecret } });",
    settings: { credentials: { headers: ['X-Acme-Secret'] } },
    errors: [error('secretHeader', { header: 'x-acme-secret', reason: COMPONENTS }, "fetch(url, { headers: { 'x-acme-secret': acmeSecret } });", "'x-acme-secret'")],
  },
  {
    ...lang.ts,
    filename: 'src/components/acme.ts',
    code: `export const key = '${OPAQUE}';`,
    settings: { credentials: { formats: [{ id: 'acme-key', provider: 'Acme', label: 'API key', pattern: '[A-Za-z0-9]{40}' }] } },
    errors: [privateLiteral(`…${OPAQUE.slice(-3)} (Acme API key, 40 chars)`, COMPONENTS, `export const key = '${OPAQUE}';`, `'${OPAQUE}'`)],
  },
  // ---- socket URLs written in place (no-token-in-url leaves sockets to checkSockets): a private format, or a
  // credential-looking value under a credential parameter name; a template without holes too ----
  ...everywhere(`export const socket = new WebSocket('wss://stream.example.com/v1?room=lobby&token=${SOCKET_GH}');`, ({ code, reason }) => [
    privateLiteral(fp(SOCKET_GH), reason, code, `'wss://stream.example.com/v1?room=lobby&token=${SOCKET_GH}'`),
  ]),
  ...everywhere(`export const feed = new WebSocket(\`wss://ws.quotes.example?token=${SOCKET_KEY}\`);`, ({ code, reason }) => [
    named('token', SOCKET_KEY, reason, code, `\`wss://ws.quotes.example?token=${SOCKET_KEY}\``),
  ]),
  // ---- secrets without a known format (issue 16, section 1): a secret name and a credential-looking value ----
  // a client secret in a constant
  ...everywhere(`const MERCADOPAGO_SECRET = '${NAMED.a}';`, ({ code, reason }) => [named('MERCADOPAGO_SECRET', NAMED.a, reason, code, `'${NAMED.a}'`)]),
  // an OAuth token exchange in the browser: the client id is public, the client secret is not
  ...everywhere(`const form = { client_id: '5120938475612093', client_secret: '${NAMED.b}', grant_type: 'client_credentials' };`, ({ code, reason }) => [
    named('client_secret', NAMED.b, reason, code, `'${NAMED.b}'`),
  ]),
  // a CI token in a page script
  ...everywhere(`var deployKey = "${NAMED.c}";`, ({ code, reason }) => [named('deployKey', NAMED.c, reason, code, `"${NAMED.c}"`)]),
  // a secret in an exported config object, a hex token
  ...everywhere(`export const settings = { apiUrl: 'https://api.shop.example', ordersAccessToken: '${NAMED.hex}' };`, ({ code, reason }) => [
    named('ordersAccessToken', NAMED.hex, reason, code, `'${NAMED.hex}'`),
  ]),
  // a class field, a parameter default, an assignment, a template literal, pieces joined with +
  ...everywhere(
    dedent`
      export class OrdersClient {
        serviceToken = 'svc_${NAMED.hex}';
        constructor(clientSecret = \`${NAMED.d}\`) {
          this.appToken = '${NAMED.e.slice(0, 16)}' + '${NAMED.e.slice(16)}';
        }
      }
    `,
    ({ code, reason }) => [
      named('serviceToken', `svc_${NAMED.hex}`, reason, code, `'svc_${NAMED.hex}'`),
      named('clientSecret', NAMED.d, reason, code, `\`${NAMED.d}\``),
      named('appToken', NAMED.e, reason, code, `'${NAMED.e.slice(0, 16)}' + '${NAMED.e.slice(16)}'`),
    ],
  ),
  // the data APIs that hand-written frontends call (weather, movies, news, AI): their API keys are the
  // account's, so such a provider's `API_KEY` name is secret (SECRET_API_KEY_PROVIDERS)
  ...everywhere(
    dedent`
      const OPENWEATHER_API_KEY = '${NAMED.k}';
      export const movies = { tmdbApiKey: '${NAMED.i}', newsApiKey: '${NAMED.j}' };
      export const geminiApiKey = '${NAMED.h}';
    `,
    ({ code, reason }) => [
      named('OPENWEATHER_API_KEY', NAMED.k, reason, code, `'${NAMED.k}'`),
      named('tmdbApiKey', NAMED.i, reason, code, `'${NAMED.i}'`),
      named('newsApiKey', NAMED.j, reason, code, `'${NAMED.j}'`),
      named('geminiApiKey', NAMED.h, reason, code, `'${NAMED.h}'`),
    ],
  ),
  // a bare `KEY` after a provider whose one key is secret (SECRET_KEY_PROVIDERS), and a chat bot's token
  ...everywhere(
    dedent`
      const OWM_KEY = '${NAMED.k}';
      export const bots = { telegramToken: '${NAMED.i}', tmdbKey: '${NAMED.j}' };
    `,
    ({ code, reason }) => [
      named('OWM_KEY', NAMED.k, reason, code, `'${NAMED.k}'`),
      named('telegramToken', NAMED.i, reason, code, `'${NAMED.i}'`),
      named('tmdbKey', NAMED.j, reason, code, `'${NAMED.j}'`),
    ],
  ),
  // the same providers behind a public env prefix: their tokens are not made for browsers
  ((): Invalid => {
    const code = 'export const weather = process.env.REACT_APP_WEATHER_TOKEN;\nexport const movies = import.meta.env.VITE_TMDB_API_KEY;';
    return {
      ...lang.ts,
      filename: 'src/lib/env.ts',
      code,
      errors: [
        error('publicPrefixSecret', { name: 'REACT_APP_WEATHER_TOKEN', prefix: 'REACT_APP_' }, code, 'process.env.REACT_APP_WEATHER_TOKEN'),
        error('publicPrefixSecret', { name: 'VITE_TMDB_API_KEY', prefix: 'VITE_' }, code, 'import.meta.env.VITE_TMDB_API_KEY'),
      ],
    };
  })(),
  // a JSX attribute: a component given a secret as a prop (plain string, expression, template literal)
  ...(['src/components/Checkout.jsx', 'src/components/Checkout.tsx'] as const).map((filename): Invalid => {
    const code = dedent`
      export const Checkout = () => (
        <PaymentButton clientSecret="${NAMED.a}" appToken={'${NAMED.b}'} deployKey={\`${NAMED.c}\`} />
      );
    `;
    return {
      ...(filename.endsWith('.jsx') ? lang.jsx : lang.tsx),
      filename,
      code,
      errors: [
        named('clientSecret', NAMED.a, COMPONENTS, code, `"${NAMED.a}"`),
        named('appToken', NAMED.b, COMPONENTS, code, `'${NAMED.b}'`),
        named('deployKey', NAMED.c, COMPONENTS, code, `\`${NAMED.c}\``),
      ],
    };
  }),
  // a readonly class field (TypeScript) and a secret name from the options
  ...[lang.ts, lang.tsx].map((language) => {
    const code = `export class Api {\n  private readonly serviceToken = 'svc_${NAMED.hex}';\n  signingSalt = '${NAMED.f}' as const;\n}`;
    return {
      ...language,
      filename: `src/components/Api.${language === lang.ts ? 'ts' : 'tsx'}`,
      code,
      options: [{ secretNames: ['signing salt'] }] as Options,
      errors: [named('serviceToken', `svc_${NAMED.hex}`, COMPONENTS, code, `'svc_${NAMED.hex}'`), named('signingSalt', NAMED.f, COMPONENTS, code, `'${NAMED.f}'`)],
    };
  }),
  // 'use client' as the signal; a catalogued value under a secret name is reported once, as privateLiteral
  (() => {
    const code = `'use client';\nexport const MP_ACCESS_TOKEN = '${MP}';\nexport const STRIPE_API_SECRET = '${NAMED.a}';`;
    return {
      ...lang.ts,
      filename: 'src/lib/keys.ts',
      code,
      errors: [privateLiteral(fp(MP), "this file starts with 'use client'", code, `'${MP}'`), named('STRIPE_API_SECRET', NAMED.a, "this file starts with 'use client'", code, `'${NAMED.a}'`)],
    };
  })(),
  // Vue templates (issue #20): a plain attribute with a private credential, one under a secret name, a
  // literal in a binding and in an interpolation, and a secret header bound as an object
  (() => {
    const code = `<script setup lang="ts">\nconst amount = 100;\n</script>\n\n<template>\n  <PaymentButton access-token="${MP}" :amount="amount" />\n  <Widget client-secret="${NAMED.a}" />\n  <Checkout :config="{ key: '${SK}' }" />\n  <p>{{ '${RK}' }}</p>\n  <Api :headers="{ 'X-VTEX-API-AppToken': appToken }" />\n</template>\n`;
    return {
      ...lang.vue,
      filename: 'src/components/Pay.vue',
      code,
      errors: [
        privateLiteral(fp(MP), VUE, code, `"${MP}"`),
        named('client-secret', NAMED.a, VUE, code, `"${NAMED.a}"`),
        privateLiteral(fp(SK), VUE, code, `'${SK}'`),
        privateLiteral(fp(RK), VUE, code, `'${RK}'`),
        error('secretHeader', { header: 'X-VTEX-API-AppToken', reason: VUE }, code, `'X-VTEX-API-AppToken'`),
      ],
    };
  })(),
  // a secret header's literal value is reported once, as the header; the app secret next to it as a named literal
  ...everywhere(`fetch(url, { headers: { 'X-VTEX-API-AppToken': '${NAMED.a}' } });\nconst appSecret = '${NAMED.b}';`, ({ code, reason }) => [
    error('secretHeader', { header: 'X-VTEX-API-AppToken', reason }, code, `'X-VTEX-API-AppToken'`),
    named('appSecret', NAMED.b, reason, code, `'${NAMED.b}'`),
  ]),
];
