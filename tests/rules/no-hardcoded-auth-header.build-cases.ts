/**
 * Build tools that inline secrets (issue 17): a build config's `env` / `define` entry, webpack plugin
 * or `@rollup/plugin-replace` value holding a literal private credential, or a credential-looking
 * value under a secret name (`hardcodedInBuildConfig`). Spread into no-hardcoded-auth-header.cases.ts,
 * so the redaction and fix-interplay tests see them. Positions are computed from the code (`buildError`).
 */
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { MessageIds, Options } from '../../src/rules/no-hardcoded-auth-header.js';
import { fake, fp } from '../fixtures/fake.js';
import { lang } from '../fixtures/languages.js';
import { rangeOf } from '../fixtures/projects.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;
type Error = Invalid['errors'][number];

const STRIPE = fake.stripeSecret(61);
const GH = fake.githubToken(62);
const OPAQUE = fake.opaque(63, 40);
const MP = fake.mpAccessToken(64);
const PK = fake.stripePublishable(65);
const MP_PUBLIC = fake.mpPublicKey(66);
const OPENAI = fake.openaiProject(67);
/** A Google API key's shape (`AIza` and 35 characters), as Firebase configs hold it. */
const GOOGLE = `${['AI', 'za'].join('')}${fake.opaque(68, 35)}`;

/** The finding at the first occurrence of `text` (as written, quotes included) in `code`, from `from`. */
function buildError(code: string, text: string, setting: string, key: string, credential: string, suggestion?: { env: string; output: string }, from = 0): Error {
  return {
    messageId: 'hardcodedInBuildConfig',
    data: { setting, key, fingerprint: fp(credential) },
    ...rangeOf(code, text, from),
    ...(suggestion ? { suggestions: [{ messageId: 'useEnv' as const, data: { env: suggestion.env }, output: suggestion.output }] } : {}),
  };
}

/** `code` with the first occurrence of `text` (from `from`) replaced by `by`: a suggestion's output. */
function replaced(code: string, text: string, by: string, from = 0): string {
  const offset = code.indexOf(text, from);
  return code.slice(0, offset) + by + code.slice(offset + text.length);
}

const tsup = `import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  env: { API_SECRET: '${STRIPE}', NODE_ENV: 'production' },
});
`;

const tsupArray = `import { defineConfig } from 'tsup';

const GITHUB_TOKEN = '${GH}';
export default defineConfig([
  { entry: ['src/cli.ts'], env: { GITHUB_TOKEN } },
  { entry: ['src/worker.ts'], define: { 'process.env.SERVICE_SECRET': JSON.stringify('${OPAQUE}'), __MP_TOKEN__: '"${MP}"' } },
]);
`;

const vite = `import { defineConfig } from 'vite';

export default defineConfig({
  define: {
    'process.env.STRIPE_KEY': JSON.stringify('${STRIPE}'),
    __MP_TOKEN__: '"${MP}"',
    'import.meta.env.VITE_APP_VERSION': JSON.stringify('1.4.2'),
  },
});
`;

const webpack = `const webpack = require('webpack');

module.exports = {
  plugins: [
    new webpack.DefinePlugin({ 'process.env': { NODE_ENV: '"production"', API_TOKEN: JSON.stringify('${OPENAI}') } }),
    new webpack.EnvironmentPlugin({ NODE_ENV: 'development', CLIENT_SECRET: '${OPAQUE}' }),
  ],
};
`;

const esbuild = `import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['src/index.ts'],
  define: { 'process.env.GH_TOKEN': '"${GH}"' },
});
`;

const nuxt = `export default defineNuxtConfig({
  vite: { define: { 'process.env.SUPABASE_SERVICE_ROLE_SECRET': JSON.stringify('${OPAQUE}') } },
});
`;

const tsupFunction = `import { defineConfig } from 'tsup';

export default defineConfig((options) => ({
  entry: ['src/index.ts'],
  minify: !options.watch,
  env: { SLACK_BOT_TOKEN: \`${GH}\` },
}));
`;

const next = `/** @type {import('next').NextConfig} */
module.exports = {
  env: { STRIPE_SECRET_KEY: '${STRIPE}' },
};
`;

const rollup = `import replace from '@rollup/plugin-replace';

export default {
  input: 'src/index.js',
  plugins: [
    replace({ preventAssignment: true, 'process.env.MP_ACCESS_TOKEN': JSON.stringify('${MP}') }),
    replace({ values: { __SECRET_KEY__: JSON.stringify('${OPAQUE}') } }),
  ],
};
`;

const rollupRequire = `const inline = require('@rollup/plugin-replace');

module.exports = { plugins: [inline({ 'process.env.GITHUB_TOKEN': '"${GH}"' })] };
`;

export const buildInvalid: Invalid[] = [
  // tsup (builds for Node): `env` in defineConfig, the suggestion reads the variable from the build's environment
  {
    code: tsup,
    ...lang.ts,
    filename: 'tsup.config.ts',
    errors: [buildError(tsup, `'${STRIPE}'`, "tsup 'env'", 'API_SECRET', STRIPE, { env: 'process.env.API_SECRET', output: replaced(tsup, `'${STRIPE}'`, 'process.env.API_SECRET') })],
  },
  // tsup: an array of configs, a shorthand constant in `env`, a `define` under a secret name
  {
    code: tsupArray,
    ...lang.ts,
    filename: 'tsup.config.mts',
    errors: [
      buildError(tsupArray, 'GITHUB_TOKEN', "tsup 'env'", 'GITHUB_TOKEN', GH, {
        env: 'process.env.GITHUB_TOKEN',
        output: replaced(tsupArray, 'GITHUB_TOKEN', 'GITHUB_TOKEN: process.env.GITHUB_TOKEN', tsupArray.indexOf('env: {')),
      }, tsupArray.indexOf('env: {')),
      buildError(tsupArray, `'${OPAQUE}'`, "tsup 'define'", 'SERVICE_SECRET', OPAQUE, {
        env: 'process.env.SERVICE_SECRET',
        output: replaced(tsupArray, `'${OPAQUE}'`, 'process.env.SERVICE_SECRET'),
      }),
      buildError(tsupArray, `'"${MP}"'`, "tsup 'define'", '__MP_TOKEN__', MP, {
        env: 'process.env.MP_TOKEN',
        output: replaced(tsupArray, `'"${MP}"'`, 'JSON.stringify(process.env.MP_TOKEN)'),
      }),
    ],
  },
  // Vite: JSON.stringify('…') and a string given as code ('"…"'); a version stays silent. No suggestion in a
  // browser bundler's config: a variable read when building ships in the bundle all the same
  {
    code: vite,
    ...lang.ts,
    filename: 'vite.config.ts',
    errors: [
      buildError(vite, `'${STRIPE}'`, "Vite 'define'", 'STRIPE_KEY', STRIPE),
      buildError(vite, `'"${MP}"'`, "Vite 'define'", '__MP_TOKEN__', MP),
    ],
  },
  // webpack: DefinePlugin with a whole 'process.env' object, EnvironmentPlugin defaults
  {
    code: webpack,
    ...lang.js,
    filename: 'webpack.config.js',
    errors: [
      buildError(webpack, `'${OPENAI}'`, 'webpack DefinePlugin', 'API_TOKEN', OPENAI),
      buildError(webpack, `'${OPAQUE}'`, 'webpack EnvironmentPlugin', 'CLIENT_SECRET', OPAQUE),
    ],
  },
  {
    code: esbuild,
    ...lang.js,
    filename: 'scripts/build.mjs',
    errors: [buildError(esbuild, `'"${GH}"'`, "esbuild 'define'", 'GH_TOKEN', GH)],
  },
  // Nuxt's vite options, tsup's function form (a template literal without holes)
  {
    code: nuxt,
    ...lang.ts,
    filename: 'nuxt.config.ts',
    errors: [buildError(nuxt, `'${OPAQUE}'`, "Vite 'define'", 'SUPABASE_SERVICE_ROLE_SECRET', OPAQUE)],
  },
  {
    code: tsupFunction,
    ...lang.js,
    filename: 'tsup.config.js',
    errors: [buildError(tsupFunction, `\`${GH}\``, "tsup 'env'", 'SLACK_BOT_TOKEN', GH, { env: 'process.env.SLACK_BOT_TOKEN', output: replaced(tsupFunction, `\`${GH}\``, 'process.env.SLACK_BOT_TOKEN') })],
  },
  {
    code: next,
    ...lang.js,
    filename: 'next.config.js',
    errors: [buildError(next, `'${STRIPE}'`, "Next.js 'env'", 'STRIPE_SECRET_KEY', STRIPE)],
  },
  // @rollup/plugin-replace: entries beside its options, and under `values`
  {
    code: rollup,
    ...lang.js,
    filename: 'rollup.config.mjs',
    errors: [
      buildError(rollup, `'${MP}'`, '@rollup/plugin-replace', 'MP_ACCESS_TOKEN', MP),
      buildError(rollup, `'${OPAQUE}'`, '@rollup/plugin-replace', '__SECRET_KEY__', OPAQUE),
    ],
  },
  // required under another name
  {
    code: rollupRequire,
    ...lang.js,
    filename: 'rollup.config.cjs',
    errors: [buildError(rollupRequire, `'"${GH}"'`, '@rollup/plugin-replace', 'GITHUB_TOKEN', GH)],
  },
];

export const buildValid: Valid[] = [
  // public shapes: publishable keys, a Mercado Pago public key, a Firebase config; values read from the environment
  {
    code: `import { defineConfig } from 'vite';
export default defineConfig({
  define: {
    'process.env.STRIPE_PUBLISHABLE_KEY': JSON.stringify('${PK}'),
    'process.env.MP_PUBLIC_KEY': '"${MP_PUBLIC}"',
    __FIREBASE__: JSON.stringify({ apiKey: '${GOOGLE}', projectId: 'demo-app' }),
    'process.env.STRIPE_SECRET_KEY': JSON.stringify(process.env.STRIPE_SECRET_KEY),
    __API_SECRET__: JSON.stringify(env.API_SECRET),
  },
});`,
    ...lang.ts,
    filename: 'vite.config.ts',
  },
  // no secret name and no catalogued shape: build ids, versions, words; placeholders under a secret name
  {
    code: `import { defineConfig } from 'tsup';
export default defineConfig({
  env: { BUILD_ID: '${fake.hex(69, 40)}', RELEASE: '${OPAQUE}', API_SECRET: 'YOUR_API_SECRET', CLIENT_SECRET: 'changeme' },
  define: { __SECRET_NAME__: '"stripe-secret-key"' },
});`,
    ...lang.ts,
    filename: 'tsup.config.ts',
  },
  // the same settings outside a build config file are no build settings
  { code: `export default { env: { API_SECRET: '${STRIPE}' }, define: { 'process.env.X': JSON.stringify('${GH}') } };`, ...lang.ts, filename: 'src/settings.ts' },
  // a replace() that is not @rollup/plugin-replace; webpack plugins that read the environment
  {
    code: `import replace from './replace.js';
const webpack = require('webpack');
export default {
  plugins: [
    replace({ 'process.env.MP_ACCESS_TOKEN': JSON.stringify('${MP}') }),
    new webpack.EnvironmentPlugin(['API_TOKEN', 'CLIENT_SECRET']),
    new webpack.DefinePlugin({ 'process.env.API_TOKEN': JSON.stringify(process.env.API_TOKEN) }),
  ],
};`,
    ...lang.js,
    filename: 'rollup.config.js',
  },
];
