/**
 * The project the rule-level tests of values from other modules (#18) lint in: a temp directory made
 * when a test file loads (fake secrets from `fake.ts` are written there, never into the repository),
 * with a tsconfig `paths` alias, ESM and CommonJS constants modules, Angular environments, a default
 * export of nested config objects, an SDK options object, a module that reads the environment, and
 * one that does not parse; JSON modules (a config file, a malformed one); a CommonJS config whose values
 * fall back on literals when the environment lacks them (`||`, and defaults destructured from `process.env`);
 * a class of static constants.
 */
import { fake } from '../fixtures/fake.js';
import { project, type Project } from '../fixtures/modules/project.js';

export const secrets = {
  mp: fake.mpAccessToken(181),
  stripe: fake.stripeSecret(182),
  stripe2: fake.stripeSecret(183),
  github: fake.githubToken(184),
  opaque: fake.opaque(185),
  slack: fake.slackBot(186),
  vtex: fake.vtexAppToken(187),
  stripe3: fake.stripeSecret(188),
  mp2: fake.mpAccessToken(189),
  // query and headers objects used whole (#18)
  mp3: fake.mpAccessToken(451),
  github2: fake.githubToken(452),
  opaque2: fake.opaque(453),
  /** A 12-character key (no-token-in-url's URL-parameter profile, issue 17). */
  short: fake.shortKey(190),
  // JSON modules
  stripe4: fake.stripeSecret(191),
  github3: fake.githubToken(192),
  // hard-coded fallbacks of environment reads (`process.env.X || '…'`)
  mp4: fake.mpAccessToken(454),
  github4: fake.githubToken(455),
  slack2: fake.slackBot(456),
  github5: fake.githubToken(457),
  github6: fake.githubToken(458),
  // an SDK's credential inside an option (`credentials.secretAccessKey`)
  aws: fake.awsSecret(528),
};

export function modulesProject(): Project {
  const s = secrets;
  return project({
    'tsconfig.json': '{\n  // comments are allowed\n  "compilerOptions": { "baseUrl": ".", "paths": { "@config/*": ["src/config/*"] } },\n}\n',
    'src/config/payments.js': `// payments\nexport const PAYMENTS = {\n  accessToken: '${s.mp}',\n};\n`,
    'src/config/keys.ts': `export const TOKEN = '${s.stripe}';\nexport default '${s.opaque}';\nexport const STRIPE_SECRET_KEY = '${s.stripe2}';\n`,
    'src/config/index.ts': `export * from './keys';\nexport { PAYMENTS as payments } from './payments.js';\n`,
    'src/config/legacy.js': `module.exports = {\n  API_KEY: '${s.github}',\n};\n`,
    'src/config/env.js': 'export const TOKEN = process.env.API_TOKEN;\n',
    'src/config/broken.js': `export const TOKEN = '${s.slack}' +;\n`,
    'src/environments/environment.ts': `export const environment = {\n  production: false,\n  stripe: { secretKey: '${s.stripe2}' },\n};\n`,
    'src/config/urls.js': `export const BASE = 'https://api.mercadopago.com/v1/payments';\nexport const PAYMENTS_URL = BASE + '?access_token=${s.mp}';\n`,
    'src/config/quotes.ts': `export const QUOTES_KEY = '${s.short}';\n`,
    'src/lib/aliased.ts': `export const SLACK = '${s.slack}';\n`,
    // objects and member chains (#18 point 1)
    'src/config/app.js': `export default {\n  vtex: { appToken: '${s.vtex}' },\n  stripe: { secretKey: '${s.stripe3}' },\n};\n`,
    'src/config/aws.js': `export const AWS_OPTIONS = {\n  region: 'sa-east-1',\n  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: '${s.aws}' },\n};\n`,
    'src/config/mp.ts': `export const MP_OPTIONS = {\n  accessToken: '${s.mp2}',\n};\nexport const MP_ENV = { accessToken: process.env.MP_ACCESS_TOKEN };\n`,
    'src/environments/environment.prod.ts': `export const environment = {\n  production: true,\n  mercadoPago: { accessToken: '${s.mp2}' },\n};\n`,
    // query and headers objects used whole in another module (#18)
    'src/config/params.js': `export const PARAMS = { symbol: 'BRL', access_token: '${s.mp3}' };\nexport const PUBLIC_PARAMS = { symbol: 'BRL', page: '1' };\nexport const ENV_PARAMS = { access_token: process.env.MP_ACCESS_TOKEN };\nexport default { search: { key: '${s.opaque2}', limit: 10 } };\n`,
    'src/config/keys.json': `{\n  "publicKey": "${fake.stripePublishable(193)}",\n  "stripe": { "secretKey": "${s.stripe4}" },\n  "githubToken": "${s.github3}"\n}\n`,
    'src/config/broken.json': `{ "githubToken": "${s.github3}"\n`,
    'src/config/fallbacks.js': [
      `const SLACK_TOKEN = process.env.SLACK_TOKEN || '${s.slack2}';`,
      'module.exports = {',
      `  mp: { accessToken: process.env.MP_ACCESS_TOKEN || '${s.mp4}' },`,
      `  headers: { Authorization: process.env.AUTH_HEADER ?? 'Bearer ${s.github4}' },`,
      `  token: process.env.GITHUB_TOKEN || '${s.github4}',`,
      "  apiUrl: process.env.API_URL || 'http://localhost:3000',",
      "  apiToken: process.env.API_TOKEN || 'your-token-here',",
      '  slackHeaders: { Authorization: `Bearer ${SLACK_TOKEN}` },',
      '};',
      '',
    ].join('\n'),
    'src/config/env-defaults.js': `const { GITHUB_TOKEN = '${s.github5}', PORT = 3000 } = process.env;\nmodule.exports = { GITHUB_TOKEN, PORT };\n`,
    'src/config/constants.ts': `export class AppConstants {\n  static readonly API_URL = 'https://api.github.com';\n  static readonly GITHUB_TOKEN = '${s.github6}';\n}\n`,
    'src/config/headers.ts': [
      `export const HEADERS = { Accept: 'application/json', Authorization: 'Bearer ${s.github2}' };`,
      'export const DEFAULT_HEADERS = HEADERS;',
      `export const GROUPED = { common: { 'X-API-Key': '${s.opaque2}' } };`,
      'export const ENV_HEADERS = { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` };',
      "export const PLAIN_HEADERS = { Accept: 'application/json' };",
      `export default { api: { headers: { 'X-API-Key': '${s.opaque2}' } } };`,
      '',
    ].join('\n'),
  });
}
