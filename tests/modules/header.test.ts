/**
 * no-hardcoded-auth-header with values imported from other modules (#18): the finding names where the
 * value is written (`hardcodedImported`), the suggestion rewrites the use, never the other module.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import rule from '../../src/rules/no-hardcoded-auth-header.js';
import { fp } from '../fixtures/fake.js';
import { removeProjects } from '../fixtures/modules/project.js';
import { languageOptionsFor, sfc } from '../fixtures/languages.js';
import { modulesProject, secrets } from './project.js';

const p = modulesProject();
afterAll(removeProjects);
const filename = p.path('src/api/client.ts');
const fingerprint = (key: keyof typeof secrets) => fp(secrets[key]);

function imported(header: string, scheme: string, credential: string, name: string, file: string, line: number, column: number, endColumn: number, env: string, output: string) {
  return {
    messageId: 'hardcodedImported' as const,
    data: { header, scheme, fingerprint: fp(credential), name, file, line: String(line) },
    line: 2,
    column,
    endLine: 2,
    endColumn,
    suggestions: [{ messageId: 'useEnv' as const, data: { env }, output }],
  };
}

new RuleTester().run('no-hardcoded-auth-header (values from other modules)', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // an env read in the other module, a missing module, a module that does not parse, a local, a type-only import
    { filename, code: "import { TOKEN } from '../config/env.js';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });" },
    { filename, code: "import { TOKEN } from '../config/missing.js';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });" },
    { filename, code: "import { TOKEN } from '../config/broken.js';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });" },
    { filename, code: "import type { TOKEN } from '../config/keys';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });" },
    { filename, code: "import { X } from 'some-package';\nfetch(url, { headers: { Authorization: `Bearer ${X.TOKEN}` } });" },
    // without a file on disk nothing is read
    "import { TOKEN } from '../config/keys';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });",
    // an SDK options object written in another module that reads the environment
    { filename, code: "import { MercadoPagoConfig } from 'mercadopago';\nimport { MP_ENV } from '../config/mp';\nconst client = new MercadoPagoConfig(MP_ENV);" },
    // a member the other module's object does not have
    { filename, code: "import config from '../config/app.js';\nfetch(url, { headers: { 'X-VTEX-API-AppToken': config.vtex.appKey } });" },
    // fallbacks in the other module that are no credential: a URL, a placeholder
    { filename, code: "const config = require('../config/fallbacks.js');\nfetch(config.apiUrl, { headers: { Authorization: `Bearer ${config.apiToken}` } });" },
    { filename, code: "import { MercadoPagoConfig } from 'mercadopago';\nimport config from '../config/fallbacks.js';\nconst client = new MercadoPagoConfig({ accessToken: config.apiToken });" },
    // `&&` gives its right side when the left is a text: the env read
    { filename, code: "import { TOKEN } from '../config/keys';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN && process.env.TOKEN}` } });" },
  ],
  invalid: [
    {
      // a JSON module's member (its value is module.exports)
      filename,
      code: "import keys from '../config/keys.json';\nfetch(url, { headers: { Authorization: `Bearer ${keys.githubToken}` } });",
      errors: [
        imported('Authorization', 'Bearer', secrets.github3, 'module.exports.githubToken', 'src/config/keys.json', 4, 40, 68, 'process.env.GITHUB_TOKEN',
          "import keys from '../config/keys.json';\nfetch(url, { headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` } });"),
      ],
    },
    {
      // ESM named import
      filename,
      code: "import { TOKEN } from '../config/keys';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });",
      errors: [
        imported('Authorization', 'Bearer', secrets.stripe, 'TOKEN', 'src/config/keys.ts', 1, 40, 57, 'process.env.STRIPE_SECRET_KEY',
          "import { TOKEN } from '../config/keys';\nfetch(url, { headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` } });"),
      ],
    },
    {
      // an imported text before `||` is the value whatever the env holds: directly, and through a local constant
      filename,
      code: "import { TOKEN } from '../config/keys';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN || process.env.TOKEN}` } });",
      errors: [
        imported('Authorization', 'Bearer', secrets.stripe, 'TOKEN', 'src/config/keys.ts', 1, 40, 78, 'process.env.STRIPE_SECRET_KEY',
          "import { TOKEN } from '../config/keys';\nfetch(url, { headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` } });"),
      ],
    },
    {
      filename,
      code: "import key from '../config/keys';\nconst apiKey = key ?? process.env.API_KEY; fetch(url, { headers: { 'x-api-key': apiKey } });",
      errors: [
        imported('x-api-key', 'no scheme', secrets.opaque, 'default', 'src/config/keys.ts', 2, 81, 87, 'process.env.API_KEY',
          "import key from '../config/keys';\nconst apiKey = key ?? process.env.API_KEY; fetch(url, { headers: { 'x-api-key': process.env.API_KEY } });"),
      ],
    },
    {
      // default import, x-api-key (no scheme)
      filename,
      code: "import key from '../config/keys';\nfetch(url, { headers: { 'x-api-key': key } });",
      errors: [
        imported('x-api-key', 'no scheme', secrets.opaque, 'default', 'src/config/keys.ts', 2, 38, 41, 'process.env.API_KEY',
          "import key from '../config/keys';\nfetch(url, { headers: { 'x-api-key': process.env.API_KEY } });"),
      ],
    },
    {
      // a member of an imported object, through a re-export under another name
      filename,
      code: "import { payments } from '../config';\nfetch(url, { headers: { Authorization: 'Bearer ' + payments.accessToken } });",
      errors: [
        imported('Authorization', 'Bearer', secrets.mp, 'PAYMENTS.accessToken', 'src/config/payments.js', 3, 40, 72, 'process.env.MP_ACCESS_TOKEN',
          "import { payments } from '../config';\nfetch(url, { headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` } });"),
      ],
    },
    {
      // a namespace import, through `export * from`
      filename,
      code: "import * as config from '../config/index';\nfetch(url, { headers: { Authorization: `Bearer ${config.TOKEN}` } });",
      errors: [
        imported('Authorization', 'Bearer', secrets.stripe, 'TOKEN', 'src/config/keys.ts', 1, 40, 64, 'process.env.STRIPE_SECRET_KEY',
          "import * as config from '../config/index';\nfetch(url, { headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` } });"),
      ],
    },
    {
      // CommonJS require, destructured
      filename,
      code: "const { API_KEY } = require('../config/legacy');\nfetch(url, { headers: { Authorization: `token ${API_KEY}` } });",
      errors: [
        imported('Authorization', 'token', secrets.github, 'module.exports.API_KEY', 'src/config/legacy.js', 2, 40, 58, 'process.env.GITHUB_TOKEN',
          "const { API_KEY } = require('../config/legacy');\nfetch(url, { headers: { Authorization: `token ${process.env.GITHUB_TOKEN}` } });"),
      ],
    },
    {
      // a tsconfig `paths` alias
      filename,
      code: "import { PAYMENTS } from '@config/payments.js';\nfetch(url, { headers: { Authorization: `Bearer ${PAYMENTS.accessToken}` } });",
      errors: [
        imported('Authorization', 'Bearer', secrets.mp, 'PAYMENTS.accessToken', 'src/config/payments.js', 3, 40, 72, 'process.env.MP_ACCESS_TOKEN',
          "import { PAYMENTS } from '@config/payments.js';\nfetch(url, { headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` } });"),
      ],
    },
    {
      // settings.credentials.aliases
      filename,
      code: "import { SLACK } from '~lib/aliased';\nfetch(url, { headers: { Authorization: `Bearer ${SLACK}` } });",
      errors: [
        imported('Authorization', 'Bearer', secrets.slack, 'SLACK', 'src/lib/aliased.ts', 1, 40, 57, 'process.env.SLACK_TOKEN',
          "import { SLACK } from '~lib/aliased';\nfetch(url, { headers: { Authorization: `Bearer ${process.env.SLACK_TOKEN}` } });"),
      ],
      name: 'an alias of settings.credentials.aliases',
      settings: { credentials: { aliases: { '~lib/': 'src/lib/' } } },
    },
    {
      // an Angular environment object, through a same-file alias of the member
      filename,
      code: "import { environment } from '../environments/environment';\nconst key = environment.stripe.secretKey; fetch(url, { headers: { Authorization: `Bearer ${key}` } });",
      errors: [
        imported('Authorization', 'Bearer', secrets.stripe2, 'environment.stripe.secretKey', 'src/environments/environment.ts', 3, 82, 97, 'process.env.STRIPE_SECRET_KEY',
          "import { environment } from '../environments/environment';\nconst key = environment.stripe.secretKey; fetch(url, { headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` } });"),
      ],
    },
    {
      // a default export's nested member (JS)
      filename: p.path('src/api/vtex.js'),
      code: "import config from '../config/app.js';\nfetch(url, { headers: { 'X-VTEX-API-AppToken': config.vtex.appToken } });",
      errors: [
        imported('X-VTEX-API-AppToken', 'no scheme', secrets.vtex, 'default.vtex.appToken', 'src/config/app.js', 2, 48, 68, 'process.env.VTEX_APP_TOKEN',
          "import config from '../config/app.js';\nfetch(url, { headers: { 'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN } });"),
      ],
    },
    {
      // an object destructured out of the imported one
      filename: p.path('src/api/vtex.js'),
      code: "import config from '../config/app.js';\nconst { vtex } = config;\nfetch(url, { headers: { 'X-VTEX-API-AppToken': vtex.appToken } });",
      errors: [
        { ...imported('X-VTEX-API-AppToken', 'no scheme', secrets.vtex, 'default.vtex.appToken', 'src/config/app.js', 2, 48, 61, 'process.env.VTEX_APP_TOKEN',
          "import config from '../config/app.js';\nconst { vtex } = config;\nfetch(url, { headers: { 'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN } });"), line: 3, endLine: 3 },
      ],
    },
    {
      // Angular: the environment object in HttpHeaders
      filename: p.path('src/app/pay.service.ts'),
      code: "import { environment } from '../environments/environment.prod';\nconst headers = new HttpHeaders({ Authorization: 'Bearer ' + environment.mercadoPago.accessToken });",
      errors: [
        imported('Authorization', 'Bearer', secrets.mp2, 'environment.mercadoPago.accessToken', 'src/environments/environment.prod.ts', 3, 50, 97, 'process.env.MP_ACCESS_TOKEN',
          "import { environment } from '../environments/environment.prod';\nconst headers = new HttpHeaders({ Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` });"),
      ],
    },
    {
      // an SDK option read from an imported object: named where it is written, the use rewritten
      filename,
      code: "import { MercadoPagoConfig } from 'mercadopago';\nimport { PAYMENTS } from '../config/payments.js';\nconst client = new MercadoPagoConfig({ accessToken: PAYMENTS.accessToken });",
      errors: [
        {
          messageId: 'hardcodedSdkImported',
          data: { sdk: 'Mercado Pago', where: 'accessToken', fingerprint: fingerprint('mp'), name: 'PAYMENTS.accessToken', file: 'src/config/payments.js', line: '3' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { env: 'process.env.MP_ACCESS_TOKEN' },
              output: "import { MercadoPagoConfig } from 'mercadopago';\nimport { PAYMENTS } from '../config/payments.js';\nconst client = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN });",
            },
          ],
        },
      ],
    },
    {
      // the whole options object written in another module: reported at the argument, no rewrite here
      filename,
      code: "import { MercadoPagoConfig } from 'mercadopago';\nimport { MP_OPTIONS } from '../config/mp';\nconst client = new MercadoPagoConfig(MP_OPTIONS);",
      errors: [
        {
          messageId: 'hardcodedSdkImported',
          data: { sdk: 'Mercado Pago', where: 'accessToken', fingerprint: fingerprint('mp2'), name: 'MP_OPTIONS.accessToken', file: 'src/config/mp.ts', line: '2' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 48,
        },
      ],
    },
    {
      // a key inside an option, in an options object written in another module, used whole or in part
      filename,
      code: "import { S3Client } from '@aws-sdk/client-s3';\nimport { AWS_OPTIONS } from '../config/aws.js';\nconst s3 = new S3Client(AWS_OPTIONS);",
      errors: [
        {
          messageId: 'hardcodedSdkImported',
          data: { sdk: 'AWS', where: 'credentials.secretAccessKey', fingerprint: fingerprint('aws'), name: 'AWS_OPTIONS.credentials.secretAccessKey', file: 'src/config/aws.js', line: '3' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 36,
        },
      ],
    },
    {
      filename,
      code: "import { S3Client } from '@aws-sdk/client-s3';\nimport { AWS_OPTIONS } from '../config/aws.js';\nconst s3 = new S3Client({ region: 'us-east-1', credentials: AWS_OPTIONS.credentials });",
      errors: [
        {
          messageId: 'hardcodedSdkImported',
          data: { sdk: 'AWS', where: 'credentials.secretAccessKey', fingerprint: fingerprint('aws'), name: 'AWS_OPTIONS.credentials.secretAccessKey', file: 'src/config/aws.js', line: '3' },
          line: 3,
          column: 61,
          endLine: 3,
          endColumn: 84,
        },
      ],
    },
    {
      // Angular: the environment object as an SDK option
      filename: p.path('src/app/pay.service.ts'),
      code: "import { MercadoPagoConfig } from 'mercadopago';\nimport { environment } from '../environments/environment.prod';\nconst client = new MercadoPagoConfig({ accessToken: environment.mercadoPago.accessToken });",
      errors: [
        {
          messageId: 'hardcodedSdkImported',
          data: { sdk: 'Mercado Pago', where: 'accessToken', fingerprint: fingerprint('mp2'), name: 'environment.mercadoPago.accessToken', file: 'src/environments/environment.prod.ts', line: '3' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { env: 'process.env.MP_ACCESS_TOKEN' },
              output: "import { MercadoPagoConfig } from 'mercadopago';\nimport { environment } from '../environments/environment.prod';\nconst client = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN });",
            },
          ],
        },
      ],
    },
    {
      // CommonJS: a required module's default export, a member chain as the SDK argument
      filename: p.path('src/api/stripe.js'),
      code: "const Stripe = require('stripe');\nconst config = require('../config/app.js').default;\nconst stripe = new Stripe(config.stripe.secretKey);",
      errors: [
        {
          messageId: 'hardcodedSdkImported',
          data: { sdk: 'Stripe', where: 'argument 1', fingerprint: fingerprint('stripe3'), name: 'default.stripe.secretKey', file: 'src/config/app.js', line: '3' },
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { env: 'process.env.STRIPE_SECRET_KEY' },
              output: "const Stripe = require('stripe');\nconst config = require('../config/app.js').default;\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);",
            },
          ],
        },
      ],
    },
    {
      // a fallback of an environment read written in another module: named there, nothing to drop here
      filename,
      code: "const config = require('../config/fallbacks.js');\nfetch(url, { headers: { Authorization: `Bearer ${config.token}` } });",
      errors: [
        {
          messageId: 'hardcodedFallbackImported',
          data: { header: 'Authorization', scheme: 'Bearer', fingerprint: fingerprint('github4'), name: 'module.exports.token', file: 'src/config/fallbacks.js', line: '5' },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 64,
        },
      ],
    },
    {
      // a static field of an imported class of constants
      filename,
      code: "import { AppConstants } from '../config/constants';\nfetch(`${AppConstants.API_URL}/user`, { headers: { Authorization: `token ${AppConstants.GITHUB_TOKEN}` } });",
      errors: [
        imported('Authorization', 'token', secrets.github6, 'AppConstants.GITHUB_TOKEN', 'src/config/constants.ts', 3, 67, 103, 'process.env.GITHUB_TOKEN',
          "import { AppConstants } from '../config/constants';\nfetch(`${AppConstants.API_URL}/user`, { headers: { Authorization: `token ${process.env.GITHUB_TOKEN}` } });"),
      ],
    },
    {
      // a class field bound to an imported member (an Angular service)
      filename: p.path('src/app/pay.service.ts'),
      code: "import { environment } from '../environments/environment.prod';\nexport class PayService {\n  private token = environment.mercadoPago.accessToken;\n  pay() { return this.http.post(url, body, { headers: { Authorization: `Bearer ${this.token}` } }); }\n}",
      errors: [
        {
          messageId: 'hardcodedImported',
          data: { header: 'Authorization', scheme: 'Bearer', fingerprint: fingerprint('mp2'), name: 'environment.mercadoPago.accessToken', file: 'src/environments/environment.prod.ts', line: '3' },
          line: 4,
          column: 72,
          endLine: 4,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { env: 'process.env.MP_ACCESS_TOKEN' },
              output: "import { environment } from '../environments/environment.prod';\nexport class PayService {\n  private token = environment.mercadoPago.accessToken;\n  pay() { return this.http.post(url, body, { headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` } }); }\n}",
            },
          ],
        },
      ],
    },
    {
      // a class field bound to an imported fallback
      filename,
      code: "import config from '../config/fallbacks.js';\nclass GithubApi {\n  constructor() {\n    this.token = config.token;\n  }\n  repos() { return fetch(url, { headers: { Authorization: `token ${this.token}` } }); }\n}",
      errors: [
        {
          messageId: 'hardcodedFallbackImported',
          data: { header: 'Authorization', scheme: 'token', fingerprint: fingerprint('github4'), name: 'module.exports.token', file: 'src/config/fallbacks.js', line: '5' },
          line: 6,
          column: 59,
          endLine: 6,
          endColumn: 80,
        },
      ],
    },
    {
      // the default of a variable destructured from the environment there
      filename,
      code: "const { GITHUB_TOKEN } = require('../config/env-defaults.js');\naxios.defaults.headers.common.Authorization = `token ${GITHUB_TOKEN}`;",
      errors: [
        {
          messageId: 'hardcodedFallbackImported',
          data: { header: 'Authorization', scheme: 'token', fingerprint: fingerprint('github5'), name: 'GITHUB_TOKEN', file: 'src/config/env-defaults.js', line: '1' },
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 70,
        },
      ],
    },
    {
      // a header of a headers object used whole, built there from a constant with a fallback
      filename,
      code: "import config from '../config/fallbacks.js';\naxios.create({ headers: config.slackHeaders });",
      errors: [
        {
          messageId: 'hardcodedFallbackImported',
          data: { header: 'Authorization', scheme: 'Bearer', fingerprint: fingerprint('slack2'), name: 'SLACK_TOKEN', file: 'src/config/fallbacks.js', line: '1' },
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 44,
        },
      ],
    },
    {
      // the same in a headers object used whole
      filename,
      code: "import config from '../config/fallbacks.js';\nfetch(url, { headers: config.headers });",
      errors: [
        {
          messageId: 'hardcodedFallbackImported',
          data: { header: 'Authorization', scheme: 'Bearer', fingerprint: fingerprint('github4'), name: 'module.exports.headers.Authorization', file: 'src/config/fallbacks.js', line: '4' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 37,
        },
      ],
    },
    {
      // an SDK option: the option's value, and an options object used whole
      filename,
      code: "import { MercadoPagoConfig } from 'mercadopago';\nimport config from '../config/fallbacks.js';\nconst client = new MercadoPagoConfig({ accessToken: config.mp.accessToken });\nconst other = new MercadoPagoConfig(config.mp);",
      errors: [
        {
          messageId: 'hardcodedSdkFallbackImported',
          data: { sdk: 'Mercado Pago', where: 'accessToken', fingerprint: fingerprint('mp4'), name: 'module.exports.mp.accessToken', file: 'src/config/fallbacks.js', line: '3' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 74,
        },
        {
          messageId: 'hardcodedSdkFallbackImported',
          data: { sdk: 'Mercado Pago', where: 'accessToken', fingerprint: fingerprint('mp4'), name: 'module.exports.mp.accessToken', file: 'src/config/fallbacks.js', line: '3' },
          line: 4,
          column: 37,
          endLine: 4,
          endColumn: 46,
        },
      ],
    },
    {
      // browser code (TSX): the message names the module, no rewrite
      filename: p.path('src/components/Pay.tsx'),
      code: "'use client';\nimport { PAYMENTS } from '../config/payments.js';\nexport const list = () => fetch(url, { headers: { Authorization: `Bearer ${PAYMENTS.accessToken}` } });",
      languageOptions: languageOptionsFor('Pay.tsx'),
      errors: [
        {
          messageId: 'hardcodedInClientImported',
          data: { header: 'Authorization', scheme: 'Bearer', fingerprint: fingerprint('mp'), name: 'PAYMENTS.accessToken', file: 'src/config/payments.js', line: '3', reason: "this file starts with 'use client'" },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 98,
        },
      ],
    },
    {
      // a Vue single-file component
      filename: p.path('src/components/Pay.vue'),
      code: sfc("import config from '../config/app.js';\nfetch(url, { headers: { 'X-VTEX-API-AppToken': config.vtex.appToken } });"),
      languageOptions: languageOptionsFor('Pay.vue'),
      errors: [
        {
          messageId: 'hardcodedInClientImported',
          data: { header: 'X-VTEX-API-AppToken', scheme: 'no scheme', fingerprint: fingerprint('vtex'), name: 'default.vtex.appToken', file: 'src/config/app.js', line: '2', reason: 'this is a Vue single-file component' },
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 68,
        },
      ],
    },
  ],
});
