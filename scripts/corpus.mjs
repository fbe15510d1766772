/**
 * Real-world source corpora for `npm run bench` and `npm run smoke`: pinned npm packages that ship their
 * sources, fetched with `npm pack` from the npm registry (each tarball checked against its pinned
 * sha512), unpacked into `.cache/corpus/<set>/<package>/<dir>/` and reused on the next run. Nothing
 * from a corpus is committed (`.cache/` is git-ignored).
 *
 *   import { ensureCorpus } from './corpus.mjs';
 *   const { root, files, lines } = await ensureCorpus('bench'); // files: absolute paths, sorted
 *
 * `node scripts/corpus.mjs [bench|smoke]` fetches a set and prints what it holds.
 *
 * A package's `dirs` name folders or single files of its tarball (`'.'` is the whole package); folders
 * are walked for source files, `node_modules/` left out. A set may also list `.mjs` and `.cjs` files and
 * leave out files with a code line (not a comment line) longer than `maxLineLength` characters: minified
 * or vendored bundles, and files that embed a long data literal (WebAssembly, a CA bundle, a Unicode
 * table). Those are listed as skipped in the manifest, with the reason.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'corpus');

/** File extensions a corpus lists (declaration files and minified bundles are left out). */
export const SOURCE_EXTENSIONS = ['.js', '.jsx', '.ts', '.tsx', '.mts', '.cts', '.vue'];
const EXCLUDED = /\.d\.[cm]?ts$|\.min\.[cm]?js$/u;
/** How many `npm pack` downloads run at once. */
const FETCH_CONCURRENCY = 4;

/**
 * @typedef {{ name: string, version: string, integrity: string, dirs: string[], why: string }} CorpusPackage
 */

/** @type {CorpusPackage[]} The benchmark corpus: about 350k lines of JS, TS and TSX. */
const BENCH = [
  {
    name: 'three',
    version: '0.180.0',
    integrity: 'sha512-o+qycAMZrh+TsE01GqWUxUIKR1AL0S8pq7zDkYOQw8GqfX8b8VoCKYUoHbhiX5j+7hr8XsuHDVU6+gkQJQKg9w==',
    dirs: ['src'],
    why: 'large plain-JS ES module code base (about 165k lines)',
  },
  {
    name: 'rxjs',
    version: '7.8.2',
    integrity: 'sha512-dhKf903U/PQZY6boNNtAGdWbG85WAbjT/1xYoZIC7FAY0yWapOBQVsVrDl58W86//e1VpMNBtRV4MaXfdMySFA==',
    dirs: ['src'],
    why: 'TypeScript library code with heavy generics',
  },
  {
    name: 'ra-core',
    version: '5.10.0',
    integrity: 'sha512-k/VhFLiunfT8IfcFrxDTYj8Yp0tqCL5En02FMbbazHTMzg4FcmaOD4zVr0W/JTpbNuCjoccYgZg9ixezZvdhHg==',
    dirs: ['src'],
    why: 'react-admin core: data providers, auth providers, HTTP helpers (fetchJson), TS and TSX',
  },
  {
    name: 'ra-ui-materialui',
    version: '5.10.0',
    integrity: 'sha512-i4S281FXWOjHmjcuIK4U3DwJHXU53/m4x/N80QkwFF1GrGC46UzDzAhXbOZC8PKo+LrXl4c9nDRyz7IZ/TIivw==',
    dirs: ['src'],
    why: 'react-admin UI: a large TSX front end',
  },
];

/** @type {CorpusPackage[]} Added for the smoke run: Vue SFCs and more TSX (including a payment SDK). */
const SMOKE_EXTRA = [
  {
    name: 'vitepress',
    version: '1.6.4',
    integrity: 'sha512-+2ym1/+0VVrbhNyRoFFesVvBvHAVMZMK0rw60E3X/5349M1GuVdKeazuksqopEdvkKwKGs21Q729jX81/bkBJg==',
    dirs: ['dist/client'],
    why: 'Vue SFCs (`<script setup lang="ts">`) of the default theme, and the client runtime',
  },
  {
    name: '@nuxt/ui',
    version: '4.11.2',
    integrity: 'sha512-TefoICLKP2xxtA3jsQhNyqwVmgtiRW7UxiJoIl0T8Qu6398X0Nc3Z+jvjYrfa19glEAMTHvsFB0HywSUh56nrQ==',
    dirs: ['dist/runtime'],
    why: 'a Nuxt module: about 190 Vue SFCs plus composables and plugins',
  },
  {
    name: '@refinedev/core',
    version: '5.0.12',
    integrity: 'sha512-9y5Bi9Lb7XyJmM55b8rCeBTDRCBU41p47OymJldasLfrtpUm2EwI+27DjjNpHTOugymiZsIbLlPtHCPQIXBHcg==',
    dirs: ['src'],
    why: 'admin framework: auth and data providers, TSX',
  },
  {
    name: '@tanstack/react-query',
    version: '5.108.0',
    integrity: 'sha512-DpMbB8pVorEZcsHRa0Z13KQGfmndqvJbuLy9h+xfP8XpuEZBOxzq+QfXGonQ0fAgRSWhc+QsfoRETSTWxAEAVw==',
    dirs: ['src'],
    why: 'data fetching hooks, TS and TSX',
  },
  {
    name: '@stripe/react-stripe-js',
    version: '7.0.1',
    integrity: 'sha512-yDVPIS/RcmYqtX0xuNjAlHd/d9B9twmWwzn4GrZcfrlg737yPC/rfnOs2vCwAs40zrZ2qz4VL1r5b1t0gFRjQQ==',
    dirs: ['src'],
    why: 'a payment SDK for the browser: publishable keys and client secrets in TSX and tests',
  },
];

/**
 * @type {CorpusPackage[]} The mainstream corpus of the smoke run (issue 19): the SDKs, HTTP clients,
 * auth libraries and frameworks that handle credentials every day, as they ship on npm. Each names the
 * folders (or files) that hold one readable copy of its code: TypeScript sources when the package ships
 * them, else one of its builds (ESM, when it ships both ESM and CommonJS). Left out: mailgun.js and
 * @mollie/api-client, which ship only single-file bundles (minified, or holding a CA bundle string), and
 * the `dist/compiled/` vendor code of next.
 */
const SMOKE_MAINSTREAM = [
  {
    name: 'stripe',
    version: '23.2.0',
    integrity: 'sha512-0W0J4yA9qFO2rnF61v8Y62OiO2SmAR+Cv04VJaFUMpCxiq8lG5bxEYbeSMSpMDR9ofFZGd+Z/iUIgSFbOolmUw==',
    dirs: ['esm'],
    why: "Stripe's Node SDK (ESM build): API keys, Authorization headers, webhook signing",
  },
  {
    name: '@stripe/stripe-js',
    version: '10.2.1',
    integrity: 'sha512-diHeR1/FeWZZzuFXEvkjRMzydgKEpxUTrKEUxSV8NcpeZY3Kl8C4Gerw/JSMK+3oXsBRJtgkG7ckviQJ651moA==',
    dirs: ['src'],
    why: 'Stripe.js loader for the browser: publishable keys, client secrets',
  },
  {
    name: 'mercadopago',
    version: '3.6.1',
    integrity: 'sha512-JFgKCSRHMxkS1p12VMIcpI/Zki739J+5lbpl7PB0O8WHaFl4SFKQnm9paX/gqBQeh211Ozc498D49Fbe3U1jEw==',
    dirs: ['dist'],
    why: "Mercado Pago's Node SDK: access tokens in the client config and request headers",
  },
  {
    name: '@mercadopago/sdk-react',
    version: '1.0.7',
    integrity: 'sha512-babuAgsi1pQU+jfIQX1Sl0efp2no64OU/9yYK+RDz0NvSyARe+/D9ih9GyDNwVJJZuAA2lS4GF06oSxDFS5HYg==',
    dirs: ['esm'],
    why: "Mercado Pago's React SDK for the browser: initMercadoPago with a public key",
  },
  {
    name: '@mercadopago/sdk-js',
    version: '0.0.3',
    integrity: 'sha512-kO48DNLHdfFAp3on12nuKdqNlEmw1x3+nM6wLd04BdWOXoFcAhkNMQV3AyUIanXdO/bB/dENakdacLT29297EQ==',
    dirs: ['dist'],
    why: "Mercado Pago's JS loader for the browser",
  },
  {
    name: 'braintree',
    version: '3.40.0',
    integrity: 'sha512-wAv3wFDbwJ4NMWTiQIuVk4PTLmh9c8o2b8E9wyB6B8q9VcZ5bu/OI5khQVSHnAxZxVWrgE7C9t5bdkDE6SFQkQ==',
    dirs: ['lib'],
    why: "Braintree's Node SDK: merchant keys, Basic auth, GraphQL client",
  },
  {
    name: 'square',
    version: '46.0.0',
    integrity: 'sha512-kxjA2w1ttzVPPojuwRnco0zIPBEfXOz7zaNsIy0YD1hmtryz92v1jGtw5VNoWb4H/hw9O0crsWnLFjZlJUUQYA==',
    dirs: ['api', 'auth', 'core', 'errors', 'serialization', 'wrapper'],
    why: "Square's generated Node SDK: bearer tokens, about 4,000 resource files",
  },
  {
    name: '@paypal/paypal-server-sdk',
    version: '2.5.0',
    integrity: 'sha512-smJXZx7Euj6f886BszgMyy8dhWWVCI0++QDPn+I5ugcYwNmhzR+vvWr5CuW1Z4+KPh44hSOzhlXnNEjWnugEtg==',
    dirs: ['src'],
    why: "PayPal's server SDK (TypeScript sources): OAuth client credentials",
  },
  {
    name: '@paypal/checkout-server-sdk',
    version: '1.0.3',
    integrity: 'sha512-UEdq8akEdMz0Vs4qoQFU2gMp8PpyE/HKyMwiZuK4vIWUKl8jfd1fWKjQN5cDFm9NkFUIp5U7h++rdMOVj9WMNA==',
    dirs: ['lib', 'samples'],
    why: "PayPal's older checkout SDK with its samples (client id and secret from the environment)",
  },
  {
    name: 'paypal-rest-sdk',
    version: '1.8.1',
    integrity: 'sha512-Trj2GuPn10GqpICAxQh5wjxuDT7rq7DMOkvyatz05wI5xPGmqXN7UC0WfDSF9WSBs4YdcWZP0g+nY+sOdaFggw==',
    dirs: ['lib'],
    why: "PayPal's legacy REST SDK: client id/secret, Basic auth, token caching",
  },
  {
    name: '@paypal/paypal-js',
    version: '11.3.0',
    integrity: 'sha512-Sn0M20QICbV8AeVcMvwQ1QWDX/JaxPgLsxrUFUshYC/W3gMVUZXlpmO/6z3JOhrhk9PU4HZLTYb/F0A/xMwHVw==',
    dirs: ['dist/esm'],
    why: 'PayPal JS loader for the browser: client-id in the script URL (public)',
  },
  {
    name: '@paypal/react-paypal-js',
    version: '10.6.1',
    integrity: 'sha512-0SuNOf6Qo9F4qx4CpPPcV4UMBcyesjt3qgl+RAQU+MKm7fWW682NSvCK6B64Far40Hc+DcvZ7V3dDpKEhg9iLg==',
    dirs: ['dist/esm'],
    why: "PayPal's React components: client-id options in the browser",
  },
  {
    name: '@shopify/shopify-api',
    version: '15.0.0',
    integrity: 'sha512-u6PWWulYVJ1/bxDiKWg5g/GqcfunDm2Wcn37E1oZEs10bkkZ1nxV6T9jX6jGFCdLOBSw685+e6fxyeyjWEvUYA==',
    dirs: ['lib', 'rest', 'adapters', 'runtime'],
    why: "Shopify's app library (TypeScript sources): OAuth, session tokens, access-token headers",
  },
  {
    name: '@shopify/admin-api-client',
    version: '2.0.0',
    integrity: 'sha512-ivvOKq08S4xdETu3R7ZxIGTX2Q//dKef7jLY7Ne9HSlg+UJzk7PqdY+h61pqQzvZ3AeNN8AJG2eV20ycuJowfg==',
    dirs: ['src'],
    why: 'Shopify Admin API client: X-Shopify-Access-Token header',
  },
  {
    name: '@vtex/api',
    version: '6.51.3',
    integrity: 'sha512-jN6OKhtU8RGjQEugheJhRJDa4JleW2mzXxoFdgTAY0ecrkl1a3aBnOuo3z5ClBhgzO1cu3HYYBd2v1CeCBM9Vg==',
    dirs: ['lib'],
    why: "VTEX IO's Node framework: app keys and tokens, HTTP clients",
  },
  {
    name: '@vtex/clients',
    version: '2.21.0',
    integrity: 'sha512-UGZcdgJGqNbOr7saGSSiuoVR3cKwe0Ubo978vyDA+mdsfYfILIfXToiWulE3EMedbE3RUQ5MYqHheYfN/oJWRg==',
    dirs: ['build'],
    why: 'VTEX IO clients: VtexIdclientAutCookie, app key and token headers',
  },
  {
    name: '@woocommerce/woocommerce-rest-api',
    version: '1.0.2',
    integrity: 'sha512-G+0VwM0MINF83KnT7Rg/htm9EEYADWvDPT/UWEJdZ0de1vXvsPrr4M1ksKaxgKHO8qIJViRrIHCtrui2JoVA+Q==',
    dirs: ['index.mjs'],
    why: 'WooCommerce REST client: consumer key and secret in the query string or OAuth 1.0a',
  },
  {
    name: '@adyen/api-library',
    version: '32.1.0',
    integrity: 'sha512-4w2Z+w+No+B1KQUJyKCgF7xMm5mDvIZydWJyAAhghTA2OAin/2Q7Xwh1/KoRve9K9KY0S/GOVgHj7S1HJR4opw==',
    dirs: ['lib/src'],
    why: "Adyen's Node library: X-API-Key header, HMAC, about 1,500 generated files",
  },
  {
    name: 'razorpay',
    version: '2.9.8',
    integrity: 'sha512-Uqv3KV7JAfpLlabGdg8Cw7e7ieGkK/DighFq6iGkNnz0Y+it6+/lFmPCTfkcptc2EagL2Og25VWUxc+Fgp/+nA==',
    dirs: ['dist'],
    why: "Razorpay's Node SDK: key id and secret, Basic auth",
  },
  {
    name: 'openai',
    version: '7.60.0',
    integrity: 'sha512-vipS79MnBZX6zpWjMGdRQazRcbYc3CxGUNZYLpd8YANeq1ZlTAZeHctkeUJvqDVcET7+kHI2osGWyhk3Co9odg==',
    dirs: ['src'],
    why: "OpenAI's SDK (TypeScript sources): API keys, Authorization headers, browser-use guard",
  },
  {
    name: '@anthropic-ai/sdk',
    version: '1.17.0',
    integrity: 'sha512-5rVmx+2NYKv1UBMyG0kmPsG3IBcxeynpXfQexIZYiWeZZRsE2fP0/S9LQy/yCJ97yVkyj4r3sAheQ0WQHd8NjQ==',
    dirs: ['src'],
    why: "Anthropic's SDK (TypeScript sources): x-api-key, auth tokens, browser-use guard",
  },
  {
    name: 'groq-sdk',
    version: '1.6.0',
    integrity: 'sha512-ggMgo6n84aZdNObgkSbSxWrdAq4wABsViIRb5e4N15bMUtDLZVhqlgZOI7X4TeqdBMdaVUOuUdZxAZIp06u0vw==',
    dirs: ['src'],
    why: "Groq's SDK (TypeScript sources)",
  },
  {
    name: '@huggingface/inference',
    version: '4.13.30',
    integrity: 'sha512-d5iD7UxHFH5X4ndNhwn3eFT/P9M08RRcsWDoko40//9lgNCCCn87TziwcKWf7ztvoKOm8d29W+lrYO4ZZvyAnA==',
    dirs: ['src'],
    why: 'Hugging Face inference client: access tokens for many providers, snippets that print curl commands',
  },
  {
    name: 'cohere-ai',
    version: '8.1.0',
    integrity: 'sha512-Ae+J8axaskTrZYbMWw1jTcZgf/vbHftY/YHY1L815u2xjUzRw4LkJyL90GX1MDEjQLSqcBOTpzkwpE8zNT/5tg==',
    dirs: ['api', 'auth', 'core', 'errors', 'serialization', 'Client.js', 'tests'],
    why: "Cohere's generated SDK and its wire tests (fake tokens in tests)",
  },
  {
    name: '@mistralai/mistralai',
    version: '2.7.0',
    integrity: 'sha512-zCrx6MtNpcz+EL/Nqvg55QubSgmfwJfBmd3d3wSYfJGfnvlNnWcJYlxEW5xQpS3KR6A5qK9KUyRBwMDIWnyVGA==',
    dirs: ['src'],
    why: "Mistral's generated SDK (TypeScript sources): bearer security, Azure and GCP variants",
  },
  {
    name: '@slack/web-api',
    version: '8.2.0',
    integrity: 'sha512-bIW8/8BLD/HLuHLIA2LfA7AhSokzui4swCbMJuwoRJxn/kzHVla6YEKLvN1nCFHK/DfX7g+4Wj3ess/ZSh/tWQ==',
    dirs: ['dist'],
    why: 'Slack Web API client: bot tokens, Authorization header',
  },
  {
    name: '@slack/webhook',
    version: '8.0.2',
    integrity: 'sha512-gBPlV9W6zfP4qcijX47Ni5GznbZ8Q7oZYnCQMGkOGnEHPny+gR1xpjaUdafSwGNEVKjHtW39+A2Upzg1GPHyVg==',
    dirs: ['dist'],
    why: 'Slack incoming webhooks (the URL is the credential)',
  },
  {
    name: 'twilio',
    version: '6.3.1',
    integrity: 'sha512-2LmXuZmgqgHUwK+CT6U2p6MAWxk+A8M9MVVv1ZcuOoapm51Go+1u/JNNd1mjOzKg8WRS9+NIDv2NWbLe0ENPUA==',
    dirs: ['lib'],
    why: "Twilio's Node SDK: account SID and auth token, Basic auth, about 1,000 resource files",
  },
  {
    name: '@sendgrid/client',
    version: '8.1.6',
    integrity: 'sha512-/BHu0hqwXNHr2aLhcXU7RmmlVqrdfrbY9KpaNj00KZHlVOVoRxRVrpOCabIB+91ISXJ6+mLM9vpaVUhK6TwBWA==',
    dirs: ['src'],
    why: "SendGrid's HTTP client: API key in the Authorization header",
  },
  {
    name: '@sendgrid/mail',
    version: '8.1.6',
    integrity: 'sha512-/ZqxUvKeEztU9drOoPC/8opEPOk+jLlB2q4+xpx6HVLq6aFu3pMpalkTpAQz8XfRfpLp8O25bh6pGPcHDCYpqg==',
    dirs: ['src'],
    why: "SendGrid's mail helper",
  },
  {
    name: 'resend',
    version: '6.38.0',
    integrity: 'sha512-+t1bz6unmYcyYrLqrZtkn73ODZhUgKJTViuRf+a4ewgo3mT/Bpg64WkBtAVQlXQcmUkeuorO1eLAd2+1h4jgNQ==',
    dirs: ['dist/index.mjs'],
    why: "Resend's SDK (one ESM file): API key in the Authorization header",
  },
  {
    name: 'discord.js',
    version: '14.28.1',
    integrity: 'sha512-Je5OcqgurnIUQK4vR+gQnmzOf/lNQsD6d/UkV8ZOj+bFa5zJXPyiGXlbywp2EagwshVT18y7YNQNSRd3FjYkDw==',
    dirs: ['src'],
    why: 'discord.js: bot tokens, gateway, REST',
  },
  {
    name: '@discordjs/rest',
    version: '2.6.3',
    integrity: 'sha512-wvOylxNYJkwKjctS/Mn5GP1w9r3/rzyH+ThD1JlAca6zEdlHs8QWBBUQJpU5Q+W6DoIj/Ljh1IPlZs7hTU+UAg==',
    dirs: ['dist/index.mjs'],
    why: 'discord.js REST client: Bot/Bearer Authorization header',
  },
  {
    name: 'axios',
    version: '1.21.1',
    integrity: 'sha512-6eI5Q/Y4u/Um9dDlsRoq5pY2rxnUTv+L4PpLitnbk/i4jb3MxLZ5CsN5Ih3IysbeRYK4pR+P7qfMsOQl9fwwFQ==',
    dirs: ['lib'],
    why: 'axios: auth option, Basic auth, XSRF headers, browser and Node adapters',
  },
  {
    name: 'got',
    version: '16.2.0',
    integrity: 'sha512-aOgWdlVL/pipu3Cqr9okwOdRZPsWwntgTup+eTn2fE1k4vky6oybjVUZxCSdAfOJkSxoyGKcGlgxf2+LcPdgVg==',
    dirs: ['dist/source'],
    why: 'got: HTTP client for Node, auth in URLs, hooks',
  },
  {
    name: 'ky',
    version: '2.1.0',
    integrity: 'sha512-nIKwelw+7qVqKOlX4Eht6GXfEXlDHcdIjyLWV3s119kYt5s+70ayTnYS+0fRNmtgGRRAfqdeWQbh8YizqkS0ng==',
    dirs: ['distribution'],
    why: 'ky: fetch wrapper for browsers',
  },
  {
    name: 'ofetch',
    version: '1.5.1',
    integrity: 'sha512-2W4oUZlVaqAPAil6FUg/difl6YhqhUR7x2eZY4bQCko22UXg3hptq9KLQdqFClV+Wu85UX7hNtdGTngi/1BxcA==',
    dirs: ['dist'],
    why: 'ofetch: fetch wrapper (Nuxt)',
  },
  {
    name: 'undici',
    version: '8.14.1',
    integrity: 'sha512-mZ8eZekRw1Cv94xAigmXNwZJqvLz8VSt4w61TYkf61twqjTMog818vNzOIbnnuUeyWE5VrKQHG3607WVwRHEGQ==',
    dirs: ['lib'],
    why: "undici: Node's fetch, proxy agents with Proxy-Authorization",
  },
  {
    name: 'node-fetch',
    version: '3.3.2',
    integrity: 'sha512-dRB78srN/l6gqWulah9SrxeYnxeddIG30+GOqK/9OlLVyLg3HPnr6SqOWTWOXKRwC2eGYCkZ59NNuSgvSrpgOA==',
    dirs: ['src'],
    why: 'node-fetch: fetch for Node',
  },
  {
    name: 'superagent',
    version: '10.4.2',
    integrity: 'sha512-u+PFV+VKiAKKzJqnCvveNya3N+pR/8jUZs/ek6jRfE41fpSCNdFY61L7NYmSgB6I9TTFM50ywoPXRKgw2k3wKw==',
    dirs: ['lib'],
    why: 'superagent: .auth() helpers, browser and Node clients',
  },
  {
    name: 'needle',
    version: '3.5.0',
    integrity: 'sha512-jaQyPKKk2YokHrEg+vFDYxXIHTCBgiZwSHOoVx/8V3GIBS8/VN6NdVRmg8q1ERtPkMvmOvebsgga4sAj5hls/w==',
    dirs: ['lib', 'examples'],
    why: 'needle: HTTP client, proxy auth, examples',
  },
  {
    name: 'request',
    version: '2.88.2',
    integrity: 'sha512-MsvtOrfG9ZcrOwAW+Qi+F6HbD0CWXEh9ou77uOb7FM2WPhwT7smM833PzanhJLsgXjN89Ir6V2PczXNnMpwKhw==',
    dirs: ['index.js', 'request.js', 'lib'],
    why: 'request (deprecated, still everywhere): auth, OAuth signing, aws4',
  },
  {
    name: 'next-auth',
    version: '4.24.15',
    integrity: 'sha512-NnjYtjrSOAx/TIVFGTX4IfI/9yHnNpi4B7FuLUwuV20v2Zxgr2OGP/YN0ynJuI7y8QOnTBPitfOdEXZrVvhIuA==',
    dirs: ['src'],
    why: 'NextAuth.js v4: OAuth providers, client secrets, callbacks, React client',
  },
  {
    name: '@auth/core',
    version: '0.41.3',
    integrity: 'sha512-sJ3JMHHkXMD3aOjopv7mOBTO1Ocw4b0fAEXJBz6k7YHLpYQI6C40jCUPc5fNvUKxXRXNE1/sRISA15UrwWJBTw==',
    dirs: ['src'],
    why: 'Auth.js core: about 90 OAuth providers, token endpoints, client secrets',
  },
  {
    name: 'passport-oauth2',
    version: '1.8.0',
    integrity: 'sha512-cjsQbOrXIDE4P8nNb3FQRCCmJJ/utnFKEz2NX209f7KOHPoX18gF7gBzBbLLsj2/je4KrgiwLLGjf0lm9rtTBA==',
    dirs: ['lib'],
    why: 'Passport OAuth 2.0 strategy: client secret, access tokens',
  },
  {
    name: 'passport-google-oauth20',
    version: '2.0.0',
    integrity: 'sha512-KSk6IJ15RoxuGq7D1UKK/8qKhNfzbLeLrG3gkLZ7p4A6DBCcv7xpyQwuXtWdpyR0+E0mwkpjY1VfPOhxQrKzdQ==',
    dirs: ['lib'],
    why: 'Passport Google strategy: userinfo with access tokens',
  },
  {
    name: 'passport-github2',
    version: '0.1.12',
    integrity: 'sha512-3nPUCc7ttF/3HSP/k9sAXjz3SkGv5Nki84I05kSQPo01Jqq1NzJACgMblCK0fGcv9pKCG/KXU3AJRDGLqHLoIw==',
    dirs: ['lib'],
    why: 'Passport GitHub strategy: Authorization token header',
  },
  {
    name: 'passport-facebook',
    version: '3.0.0',
    integrity: 'sha512-K/qNzuFsFISYAyC1Nma4qgY/12V3RSLFdFVsPKXiKZt434wOvthFW1p7zKa1iQihQMRhaWorVE1o3Vi1o+ZgeQ==',
    dirs: ['lib'],
    why: 'Passport Facebook strategy: appsecret_proof, access tokens in Graph API URLs',
  },
  {
    name: 'passport-jwt',
    version: '4.0.1',
    integrity: 'sha512-UCKMDYhNuGOBE9/9Ycuoyh7vP6jpeTp/+sfMJl7nLff/t6dps+iaeE0hhNkKN8/HZHcJ7lCdOyDxHdDoxoSvdQ==',
    dirs: ['lib'],
    why: 'Passport JWT strategy: tokens from headers, query and body',
  },
  {
    name: 'jsonwebtoken',
    version: '9.0.3',
    integrity: 'sha512-MT/xP0CrubFRNLNKvxJ2BYfy53Zkm++5bX9dtuPbqAeQpTVe0MQTFhao8+Cp//EmJp244xt6Drw/GVEGCUj40g==',
    dirs: ['index.js', 'sign.js', 'verify.js', 'decode.js', 'lib'],
    why: 'jsonwebtoken: signing secrets',
  },
  {
    name: 'jose',
    version: '6.2.19',
    integrity: 'sha512-NnThKzdK4dJTUQOBoMB0bF3Xmw4EtbFTo4xzeLaoBwcuOdBVDQcKB3/86DUTWjVMXkZOdaqZVo2OU6DllhS+9Q==',
    dirs: ['dist/webapi'],
    why: 'jose: JWT/JWS/JWE for browsers and Node',
  },
  {
    name: 'oidc-client-ts',
    version: '3.5.0',
    integrity: 'sha512-l2q8l9CTCTOlbX+AnK4p3M+4CEpKpyQhle6blQkdFhm0IsBqsxm15bYaSa11G7pWdsYr6epdsRZxJpCyCRbT8A==',
    dirs: ['dist/esm'],
    why: 'oidc-client-ts (one ESM bundle): OIDC in the browser, client secrets optional',
  },
  {
    name: '@okta/okta-auth-js',
    version: '8.0.1',
    integrity: 'sha512-bLJ4MjSw59q6biH9na+JFeadwleHf40xw/iTEpkAaKZ3zu4FlX48ZiSgVN13+dXEx36J0BHUIg+hpRAr1lQI3w==',
    dirs: ['esm/browser'],
    why: 'Okta Auth JS for the browser: OAuth tokens, token storage',
  },
  {
    name: '@okta/okta-sdk-nodejs',
    version: '8.1.0',
    integrity: 'sha512-FB/35BSbspvfgHo9YYU6oK99z3CJVgUI0SOFDIQMJUpADMMMvwuuqIr+fFyzmK1d7omqewuIL0oPmcDIBs2WFw==',
    dirs: ['src'],
    why: "Okta's Node management SDK: SSWS API tokens, about 1,000 generated files",
  },
  {
    name: '@firebase/auth',
    version: '1.13.9',
    integrity: 'sha512-skKWiI33P138PTCl6NDvLecoy/ho6C31/2t/MdKMaWLLN1/ZFT5FaWgQUtif4HWIonk/JMQp8jYmlmUugFvETA==',
    dirs: ['dist/esm'],
    why: 'Firebase Auth for the browser: Firebase API keys (public) in request URLs',
  },
  {
    name: '@supabase/supabase-js',
    version: '2.119.2',
    integrity: 'sha512-4HvF4G2DwdqjmwPBpz9RHnXWfdK0wSkw4yBhxe64CdeF8gdxsTF9WZuHFuNWtQnHllq71ZDyAghr4Q8nC0m/NA==',
    dirs: ['src'],
    why: 'Supabase client: anon key (public) in headers',
  },
  {
    name: '@supabase/auth-js',
    version: '2.119.2',
    integrity: 'sha512-zWi7pGT6XIMWG0Ja5Unvsv9ixwgLTq/pnWNzGVwVXlr/onraf3v4VwepCFSlxGrvNyKRmhn7O6e4CHF1TJg73Q==',
    dirs: ['src'],
    why: 'Supabase Auth client: access and refresh tokens, service-role admin API',
  },
  {
    name: '@supabase/storage-js',
    version: '2.119.2',
    integrity: 'sha512-dbzPuYKYc3/HGz+cRXAK45zR5FWMEH6lr2Is13ZOExhOBCM3F0iO96Z9VuhlLA64vPLeSQP24O/jesWg1QY6fw==',
    dirs: ['src'],
    why: 'Supabase Storage client: Authorization headers',
  },
  {
    name: '@clerk/backend',
    version: '3.25.0',
    integrity: 'sha512-hmJS0a61FO08PDaV2MtZ/hj6pE+cQBRmpxR8oUFGQTXewOQLLOAbcgob0rmFAnMNuHgXfsYf3NVxcQCUOWE+QA==',
    dirs: ['dist/index.mjs', 'dist/jwt', 'dist/internal.mjs', 'dist/webhooks.mjs'],
    why: "Clerk's backend SDK: secret keys, Authorization headers",
  },
  {
    name: '@clerk/nextjs',
    version: '7.9.17',
    integrity: 'sha512-QA1CO6YZedpX0s04jx/rOg8AbptmPKxAhwd3xjYqufA3HF1IyR0DyBj+t53Btubpm5oCd1MhsFxOOwFlQmvahQ==',
    dirs: ['dist/esm'],
    why: 'Clerk for Next.js: publishable and secret keys across client and server code',
  },
  {
    name: '@clerk/shared',
    version: '4.41.0',
    integrity: 'sha512-zLdeVxfPBOwmiDqHh3Z2y3ub/4u84zOSlEUKPDpFAibMdW1OyboPw+DIU/seH9UXDpCQCNHl6lfKUE9LLIBvfw==',
    dirs: ['dist'],
    why: "Clerk's shared code: publishable-key parsing, browser and React helpers",
  },
  {
    name: '@azure/msal-browser',
    version: '5.31.0',
    integrity: 'sha512-r+t9JkRDkksyNfwmOIQwssJfgi5Br+WSd4yYqw/F+VqsfBpanENu8esgNl1aE1G/q3kyGPjH7YzJrmX6NUBcpw==',
    dirs: ['src'],
    why: 'MSAL for the browser (TypeScript sources): OAuth code flow, token caches',
  },
  {
    name: '@azure/msal-node',
    version: '7.2.4',
    integrity: 'sha512-zJxXVdSuWgog5ZVKGfS/OqZqKGkNu/N55xHlyGYvwJzjgWJWqCg0zy9meOCa7CFG1npTGdX4bvtNS/zZ7tQdzg==',
    dirs: ['src'],
    why: 'MSAL for Node (TypeScript sources): client secrets and certificates',
  },
  {
    name: '@azure/msal-common',
    version: '16.18.0',
    integrity: 'sha512-s8KSGftv9kpQDD4RpOPTdsyK3SjSIKdCNDfAjeWOQAKi/EkNZ0Bk9ePZS+rUdYXXSSuQH5n992+zOZFP60W+uw==',
    dirs: ['src'],
    why: 'MSAL common (TypeScript sources): token requests, authority metadata',
  },
  {
    name: '@azure/identity',
    version: '4.14.1',
    integrity: 'sha512-HHuuFrmN1uuF9D5A6aAo5eHzNFNX4Q+P4SksZqDKse5YaJFFy/zDLG3wXHEV2FVGgetZ3QM8jGURNBtnQYf1NQ==',
    dirs: ['dist/esm'],
    why: 'Azure Identity: credential classes, client secrets',
  },
  {
    name: '@azure/storage-blob',
    version: '12.34.0',
    integrity: 'sha512-cXDTCAMwDx8Ng9yUe82kOOd2kPnZ8AQqe4FkLMcpaQ3Mvr3/PXVdvRhyP0FtY5/U5Oh6JGk3EcEibaFOymRLFw==',
    dirs: ['dist/esm'],
    why: 'Azure Storage Blob: SAS tokens in URLs, shared-key signing',
  },
  {
    name: '@aws-sdk/client-s3',
    version: '3.1178.0',
    integrity: 'sha512-T71AGkyhQTx8l0Neb79dtM+3HOSIjIwWfPXWoNESeDF7oiJgRV2Hk5CCjDX5fK1LhPjwF3mtr653XDJB9TnHJQ==',
    dirs: ['dist-es'],
    why: 'AWS S3 client: presigned URLs, SigV4',
  },
  {
    name: '@aws-sdk/client-dynamodb',
    version: '3.1178.0',
    integrity: 'sha512-KlFTh6re8fSdsVIUqN/nt4b70zqmzQtKIaTkWrf0CEqQLNw3VL98mAl8q8qB8popE6gGUmU5RUIeWYBZj3RCkQ==',
    dirs: ['dist-es'],
    why: 'AWS DynamoDB client',
  },
  {
    name: '@aws-sdk/client-sts',
    version: '3.1178.0',
    integrity: 'sha512-ib0fgXoo/+4Dykr2oEtofsjDqS6LYDx9jwwGY6irXZjwSoLBlRwpDI8pQ0i/tMZXlEtnpERNPdB9/qskAFfyDQ==',
    dirs: ['dist-es'],
    why: 'AWS STS client: temporary credentials',
  },
  {
    name: '@aws-sdk/client-cognito-identity-provider',
    version: '3.1178.0',
    integrity: 'sha512-9c+trUGLash3K+sCV4O+mJa5q86AK8uphwg4CHAI9FlHolBiRTw2I9u/Uln2OnIZNOjag+lyshqVBgyZRU91PA==',
    dirs: ['dist-es'],
    why: 'AWS Cognito client: tokens, client secrets',
  },
  {
    name: '@aws-sdk/credential-providers',
    version: '3.1178.0',
    integrity: 'sha512-93tR01qUWdG/vFFw/BvP7xIZXSQSaZ16MEGbOZsurIEYdGTdKHSd5HhFHqyd6VmKmrd+XOgW6GGR5DGgnRGhmA==',
    dirs: ['dist-es'],
    why: 'AWS credential providers',
  },
  {
    name: '@smithy/signature-v4',
    version: '5.7.5',
    integrity: 'sha512-WPjdr5oWOk1LArpI4pavu+fSo+/evi0Re1olxGvqwuZopd4gYR1UGCi+Soyn/IjmafqbWs+ZC+3AKxJS3ZpwUg==',
    dirs: ['dist-es'],
    why: 'SigV4 signing: X-Amz-Signature and X-Amz-Security-Token in query strings',
  },
  {
    name: '@google-cloud/storage',
    version: '8.4.0',
    integrity: 'sha512-M3kA6UA2Tjp5aznCrgKcm9CzOjiQyRMnquqalqXAeS5wvkqqZxN8wpNjjHafOSYs6lQ82U7f2i8we4eTfIrpkA==',
    dirs: ['build/esm'],
    why: 'Google Cloud Storage: signed URLs',
  },
  {
    name: '@google-cloud/pubsub',
    version: '6.3.2',
    integrity: 'sha512-Ym0Qsu4dep1Pn/m14QHABE5gJ6PyysrpbMXGlgerFRKmxE5E9O0Drxi24qA+/vYqC5bNQUR9+ua0IyvT+CS4fA==',
    dirs: ['build/src'],
    why: 'Google Cloud Pub/Sub client',
  },
  {
    name: 'google-auth-library',
    version: '11.3.4',
    integrity: 'sha512-RaYCDoeYIIFTRgH8hesSxqLrmtC2l+DB3cSCS/SN1TPGjI2VpPdJmF3bfRLUn8VvP/4I2Af9fsktw2f9SvVSVg==',
    dirs: ['build/src'],
    why: 'Google auth: OAuth2 client, API keys (x-goog-api-key), access tokens',
  },
  {
    name: 'next',
    version: '16.5.0',
    integrity: 'sha512-L3GsRCRxyxzQS7TSkr/rHY65hUg7v/GdHEhyHuXJ0SSFkCTbL492gk2OUUVZc6+2hIUIdn6WTaFuTH+LogRFNw==',
    dirs: ['dist/esm'],
    why: 'Next.js (ESM build, compiled vendor code left out): server, client and edge runtime code',
  },
  {
    name: 'nuxt',
    version: '4.6.4',
    integrity: 'sha512-nxeBPQp64cw6VmxFdrShRaMC7wln0UADaD7IB59o5LlP5rZqH8ZWbzONRralQksqj62UXowJSSaDGY+94XM+Gg==',
    dirs: ['dist'],
    why: 'Nuxt: app runtime, composables (useFetch), server code',
  },
  {
    name: '@sveltejs/kit',
    version: '3.4.1',
    integrity: 'sha512-AQwy6NVRJYPuMJdz27jehqD8o2u1wn3nyMV0+RqiZuLNSHqVkihfoHcjzI2295CUiAVJL8I1mK1bJxTWtTX1kg==',
    dirs: ['src'],
    why: 'SvelteKit sources: server/client runtime, load functions, fetch',
  },
  {
    name: '@remix-run/react',
    version: '2.17.5',
    integrity: 'sha512-ya6OQ+T9yS4u8www75f4dH11NIYeK8K0eMrei+q4BTp6NrY2lqLTBfHqVlc23ZsUnWqdLUII4hzySVv+AJbTWA==',
    dirs: ['dist/esm'],
    why: 'Remix React: browser code',
  },
  {
    name: '@remix-run/server-runtime',
    version: '2.17.5',
    integrity: 'sha512-SyJ5n2pQyo4ERGvjjLvL2PpRWBzlC2qzO5KkkOE2ygOiNcgOu9WQnnom9GI8KgsTRCO8JnIeLHFRcmxZnVBjfw==',
    dirs: ['dist/esm'],
    why: 'Remix server runtime: sessions, cookies',
  },
  {
    name: 'vite',
    version: '8.4.1',
    integrity: 'sha512-2bl8n3+GkKBKQQR8CZC+t+3NvjWCBNh9S0Dbfu7hr7+Jjeg71jcZk7uKF6mo8GZXjIws+Nl6jhvAfHUO320VuQ==',
    dirs: ['dist/node'],
    why: "Vite's Node build: env handling (VITE_ prefix), dev server",
  },
  {
    name: 'astro',
    version: '7.4.8',
    integrity: 'sha512-xBcOeUvOQGPDKeHiIRJCKNZStf+TyPEJ2kHrUBKpVEyEdhhPfHd0T9GP8NVvaA3I7aKPn6SGy8xEcvWPym4GsA==',
    dirs: ['dist'],
    why: 'Astro: server and client runtime, env handling',
  },
  {
    name: '@angular/common',
    version: '22.2.6',
    integrity: 'sha512-wL7qv2fb/qWIDhq6leX3SFGql76ljCPC6qXHB2KpKJ3GlppuF9fYJwLo+RicRyM72nFu9qQPzd9Zl9k3/eUisQ==',
    dirs: ['fesm2022'],
    why: 'Angular common, including HttpClient',
  },
  {
    name: 'socket.io-client',
    version: '4.8.4',
    integrity: 'sha512-7wjKAvVXYOJsbmUgkWbnhPD4bFpkqrUR0++XOjpGFmqDqsqV1CI93VTraeExLxpjxEqrWgFoSRZu1ihjLWfkAA==',
    dirs: ['build/esm'],
    why: 'socket.io client: auth payloads, query options',
  },
  {
    name: '@stomp/stompjs',
    version: '7.5.0',
    integrity: 'sha512-xh3sdzEYH8M+krQGBOgj+U0BLBHd7ccTj8YM3mVxaULMTW/wx2QBWf448pilRiWZKjglhDmNILxM3W+j/Ch9uw==',
    dirs: ['src'],
    why: 'STOMP over WebSocket: connect headers with login and passcode',
  },
  {
    name: 'ws',
    version: '8.23.1',
    integrity: 'sha512-1rzWDSN0NOi3tpwgHsQExjWRoKUGtjCkJ2gZRaaRtzhYLboMytOI9pj9PU7yCgY37auqdd4OyLofZDbkeuZmPA==',
    dirs: ['lib'],
    why: 'ws: WebSocket client/server for Node',
  },
];

/**
 * @typedef {{ packages: CorpusPackage[], minLines: number, extensions?: string[], maxLineLength?: number }} CorpusSet
 * `extensions` replaces SOURCE_EXTENSIONS; `maxLineLength` leaves out files with a longer line.
 */

/** @type {Record<'bench' | 'smoke', CorpusSet>} */
export const CORPUS_SETS = {
  bench: { packages: BENCH, minLines: 300_000 },
  smoke: {
    packages: [...BENCH, ...SMOKE_EXTRA, ...SMOKE_MAINSTREAM],
    minLines: 2_000_000,
    extensions: [...SOURCE_EXTENSIONS, '.mjs', '.cjs'],
    maxLineLength: 5000,
  },
};

/** @param {string} text */
export function countLines(text) {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** The files under `dir` (a folder or one file) with one of `extensions`, `node_modules/` left out. @param {string} dir @param {string[]} extensions @returns {string[]} */
function walk(dir, extensions) {
  const listed = (name) => extensions.includes(path.extname(name)) && !EXCLUDED.test(name);
  if (fs.statSync(dir).isFile()) return listed(dir) ? [dir] : [];
  /** @type {string[]} */
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...walk(full, extensions));
    } else if (entry.isFile() && listed(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/**
 * The length of the longest line of `text` that is not a comment line: a `//# sourceMappingURL=data:`
 * line or a long example in a doc comment does not make a file a bundle. @param {string} text
 */
function longestCodeLine(text) {
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', start)) {
    const end = i === -1 ? text.length : i;
    if (end - start > longest && !/^\s*(?:\/\/|\/\*|\*)/u.test(text.slice(start, start + 200))) longest = end - start;
    if (i === -1) return longest;
    start = i + 1;
  }
}

/** @param {string} file */
function sha512(file) {
  return `sha512-${createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
}

/** @param {CorpusPackage} pkg */
function tarballPath(pkg) {
  return path.join(CACHE_DIR, 'tarballs', `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`);
}

/** Fetches one pinned tarball (or reuses the cached one) and checks its integrity. @param {CorpusPackage} pkg */
async function fetchTarball(pkg, log) {
  const target = tarballPath(pkg);
  if (fs.existsSync(target) && sha512(target) === pkg.integrity) return { tarball: target, fetched: false };
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const scratch = fs.mkdtempSync(path.join(CACHE_DIR, 'tarballs', '.pack-'));
  try {
    log(`corpus: npm pack ${pkg.name}@${pkg.version}`);
    const { stdout } = await run('npm', ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', scratch, '--json', '--silent'], {
      cwd: scratch,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [info] = JSON.parse(stdout);
    const packed = path.join(scratch, info.filename);
    const actual = sha512(packed);
    if (actual !== pkg.integrity) {
      throw new Error(`corpus: ${pkg.name}@${pkg.version} integrity mismatch (expected ${pkg.integrity}, got ${actual})`);
    }
    fs.renameSync(packed, target);
    return { tarball: target, fetched: true };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Fetches every tarball of `packages`, FETCH_CONCURRENCY at a time; answers them in order.
 * @param {CorpusPackage[]} packages
 */
async function fetchAll(packages, log) {
  /** @type {{ tarball: string, fetched: boolean }[]} */
  const results = new Array(packages.length);
  let next = 0;
  const worker = async () => {
    while (next < packages.length) {
      const i = next++;
      results[i] = await fetchTarball(packages[i], log);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, packages.length) }, worker));
  return results;
}

/** @param {CorpusSet} spec */
function manifestKey(spec) {
  const key = spec.packages.map((p) => `${p.name}@${p.version}:${p.integrity}:${p.dirs.join(',')}`).join('|');
  // The bench set keeps its key (and its cached copy) from before sets had filters.
  return spec.extensions || spec.maxLineLength ? `${key}|ext=${(spec.extensions ?? SOURCE_EXTENSIONS).join(',')}|max=${String(spec.maxLineLength ?? 0)}` : key;
}

/**
 * Downloads (npm pack, pinned versions, from the npm registry) and unpacks into .cache/corpus/<set>/,
 * reusing a previous download; returns the root and the list of source files (.js .jsx .ts .tsx .mts
 * .cts .vue, and what the set adds; absolute paths, sorted), their total line count, the files left out
 * (with the reason) and the size of the tarballs.
 * @param {'bench' | 'smoke'} set
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ root: string, files: string[], lines: number, packages: { name: string, version: string, files: number, lines: number }[], skipped: { file: string, reason: string, lines: number }[], tarballBytes: number, fetchSeconds: number | undefined }>}
 */
export async function ensureCorpus(set, { log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const spec = CORPUS_SETS[set];
  if (!spec) throw new Error(`corpus: unknown set ${JSON.stringify(set)} (expected one of ${Object.keys(CORPUS_SETS).join(', ')})`);
  const extensions = spec.extensions ?? SOURCE_EXTENSIONS;
  const root = path.join(CACHE_DIR, set);
  const manifestFile = path.join(root, 'manifest.json');
  const key = manifestKey(spec);

  const answer = (m) => ({
    root,
    files: m.files.map((f) => path.join(root, f)),
    lines: m.lines,
    packages: m.packages,
    skipped: m.skipped ?? [],
    tarballBytes: m.tarballBytes ?? 0,
    fetchSeconds: m.fetchSeconds,
  });
  const cached = readManifest(manifestFile);
  if (cached?.key === key && cached.files.every((f) => fs.existsSync(path.join(root, f)))) return answer(cached);

  // Build into a private folder, then move it into place, so two runs at once never see half a corpus.
  const started = Date.now();
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const building = fs.mkdtempSync(path.join(CACHE_DIR, `.${set}-`));
  try {
    const tarballs = await fetchAll(spec.packages, log);
    const packages = [];
    /** @type {string[]} */
    const files = [];
    /** @type {{ file: string, reason: string, lines: number }[]} */
    const skipped = [];
    let lines = 0;
    let tarballBytes = 0;
    for (const [i, pkg] of spec.packages.entries()) {
      const { tarball } = tarballs[i];
      tarballBytes += fs.statSync(tarball).size;
      const unpack = fs.mkdtempSync(path.join(building, '.unpack-'));
      await run('tar', ['-xzf', tarball, '-C', unpack]);
      let pkgFiles = 0;
      let pkgLines = 0;
      for (const dir of pkg.dirs) {
        const from = path.join(unpack, 'package', dir);
        if (!fs.existsSync(from)) throw new Error(`corpus: ${pkg.name}@${pkg.version} has no ${dir}`);
        const to = path.join(building, pkg.name, dir);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.renameSync(from, to);
        for (const file of walk(to, extensions)) {
          const text = fs.readFileSync(file, 'utf8');
          const n = countLines(text);
          const relative = path.relative(building, file).replaceAll('\\', '/');
          const longest = spec.maxLineLength ? longestCodeLine(text) : 0;
          if (spec.maxLineLength && longest > spec.maxLineLength) {
            skipped.push({ file: relative, reason: `a code line of ${String(longest)} characters (over ${String(spec.maxLineLength)})`, lines: n });
            fs.rmSync(file);
            continue;
          }
          files.push(relative);
          pkgFiles++;
          pkgLines += n;
        }
      }
      fs.rmSync(unpack, { recursive: true, force: true });
      packages.push({ name: pkg.name, version: pkg.version, files: pkgFiles, lines: pkgLines });
      lines += pkgLines;
    }
    if (lines < spec.minLines) throw new Error(`corpus: set ${set} holds ${lines} lines, fewer than the ${spec.minLines} it must`);
    files.sort();
    const fetchSeconds = Math.round((Date.now() - started) / 100) / 10;
    const manifest = { key, lines, tarballBytes, fetchSeconds, packages, skipped, files };
    fs.writeFileSync(path.join(building, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
    fs.rmSync(root, { recursive: true, force: true });
    try {
      fs.renameSync(building, root);
    } catch (error) {
      // Another run moved its copy into place first: use that one.
      if (readManifest(manifestFile)?.key !== key) throw error;
    }
    log(`corpus: ${set}: ${files.length} files, ${lines} lines in ${root} (${(tarballBytes / 1e6).toFixed(1)} MB of tarballs, built in ${String(fetchSeconds)} s)`);
    return answer(manifest);
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
  }
}

/** @param {string} file */
function readManifest(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const set = /** @type {'bench' | 'smoke'} */ (process.argv[2] ?? 'bench');
  const { root, files, lines, packages, skipped, tarballBytes } = await ensureCorpus(set);
  console.log(`${set}: ${files.length} files, ${lines} lines in ${root} (${(tarballBytes / 1e6).toFixed(1)} MB of tarballs)`);
  for (const p of packages) console.log(`  ${p.name}@${p.version}: ${p.files} files, ${p.lines} lines`);
  if (skipped.length > 0) console.log(`skipped ${skipped.length} files (${skipped.reduce((n, s) => n + s.lines, 0)} lines):`);
  for (const s of skipped) console.log(`  ${s.file}: ${s.reason}`);
}
