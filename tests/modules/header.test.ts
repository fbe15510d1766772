/**
 * no-hardcoded-auth-header with values imported from other modules (#18): the finding names where the
 * value is written (`hardcodedImported`), the suggestion rewrites the use, never the other module.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import rule from '../../src/rules/no-hardcoded-auth-header.js';
import { fp } from '../fixtures/fake.js';
import { removeProjects } from '../fixtures/modules/project.js';
import { modulesProject, secrets } from './project.js';

const p = modulesProject();
afterAll(removeProjects);
const filename = p.path('src/api/client.ts');

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
  ],
  invalid: [
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
  ],
});
