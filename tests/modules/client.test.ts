/**
 * no-secret-in-client with values imported from other modules (#18): browser code that imports a
 * secret-named constant whose value, written in another module, is a private credential.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import rule from '../../src/rules/no-secret-in-client.js';
import { fp } from '../fixtures/fake.js';
import { removeProjects } from '../fixtures/modules/project.js';
import { languageOptionsFor, sfc } from '../fixtures/languages.js';
import { modulesProject, secrets } from './project.js';

const p = modulesProject();
afterAll(removeProjects);
const filename = p.path('src/components/Checkout.tsx');
const REASON = "this file starts with 'use client'";

new RuleTester().run('no-secret-in-client (values from other modules)', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // server code may import it
    { filename: p.path('src/server/pay.ts'), code: "import { STRIPE_SECRET_KEY } from '../config/keys';\nexport const key = STRIPE_SECRET_KEY;" },
    // an env read in the other module, a missing module, a broken one, a name that names no secret
    { filename, code: "'use client';\nimport { TOKEN as API_SECRET } from '../config/env.js';" },
    { filename, code: "'use client';\nimport { STRIPE_SECRET_KEY } from '../config/missing';" },
    { filename, code: "'use client';\nimport { TOKEN as API_SECRET } from '../config/broken.js';" },
    { filename, code: "'use client';\nimport { TOKEN } from '../config/keys';\nexport const t = TOKEN;" },
    { filename, code: "'use client';\nimport type { STRIPE_SECRET_KEY } from '../config/keys';" },
    // namespace and require reads: in server code, under a name that names no secret, of an env read
    { filename: p.path('src/server/pay.ts'), code: "import * as keys from '../config/keys';\nexport const key = keys.STRIPE_SECRET_KEY;" },
    { filename, code: "'use client';\nimport * as keys from '../config/keys';\nexport const t = keys.TOKEN;" },
    { filename, code: "'use client';\nconst { TOKEN } = require('../config/keys');\nexport const t = TOKEN;" },
    { filename, code: "'use client';\nimport * as env from '../config/env.js';\nexport const t = env.TOKEN_SECRET;" },
    // `API_KEY` may name a public key: not a secret name
    { filename, code: "'use client';\nconst legacy = require('../config/legacy');\nexport const key = legacy.API_KEY;" },
    // a write is no read
    { filename, code: "'use client';\nimport * as keys from '../config/keys';\nkeys.STRIPE_SECRET_KEY = '';" },
    // JSON modules: a public key, a file that does not parse, server code, a .json name never probed for
    { filename, code: "'use client';\nimport keys from '../config/keys.json';\nexport const pk = keys.publicKey;" },
    { filename, code: "'use client';\nimport keys from '../config/broken.json';\nexport const t = keys.githubToken;" },
    { filename: p.path('src/server/pay.ts'), code: "import keys from '../config/keys.json';\nexport const key = keys.stripe.secretKey;" },
    { filename, code: "'use client';\nimport keys from '../config/keys';\nexport const t = keys.githubToken;" },
    // a fallback in the other module: read in server code, or no credential
    { filename: p.path('src/server/pay.ts'), code: "import config from '../config/fallbacks.js';\nexport const t = config.mp.accessToken;" },
    { filename, code: "'use client';\nimport config from '../config/fallbacks.js';\nexport const t = config.apiToken;" },
  ],
  invalid: [
    {
      // a private credential the other module falls back on when the environment lacks it
      filename,
      code: "'use client';\nimport config from '../config/fallbacks.js';\nexport const t = config.mp.accessToken;",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.mp4), name: 'module.exports.mp.accessToken', file: 'src/config/fallbacks.js', line: '3', reason: REASON },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 39,
        },
      ],
    },
    {
      filename,
      code: "'use client';\nimport { STRIPE_SECRET_KEY } from '../config/keys';\nexport const key = STRIPE_SECRET_KEY;",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.stripe2), name: 'STRIPE_SECRET_KEY', file: 'src/config/keys.ts', line: '3', reason: REASON },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 27,
        },
      ],
    },
    {
      // renamed on import, through an alias from tsconfig `paths`
      filename,
      code: "'use client';\nimport { TOKEN as stripeSecretKey } from '@config/keys';\nexport const key = stripeSecretKey;",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.stripe), name: 'TOKEN', file: 'src/config/keys.ts', line: '1', reason: REASON },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 34,
        },
      ],
    },
    {
      // destructured from `require`: reported at the property
      filename,
      code: "'use client';\nconst { STRIPE_SECRET_KEY } = require('../config/keys');\nexport const key = STRIPE_SECRET_KEY;",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.stripe2), name: 'STRIPE_SECRET_KEY', file: 'src/config/keys.ts', line: '3', reason: REASON },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 26,
        },
      ],
    },
    {
      // a namespace member: reported once per file, at its first read
      filename,
      code: "'use client';\nimport * as keys from '../config/keys';\nexport const key = keys.STRIPE_SECRET_KEY;\nexport const again = keys.STRIPE_SECRET_KEY;",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.stripe2), name: 'STRIPE_SECRET_KEY', file: 'src/config/keys.ts', line: '3', reason: REASON },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 42,
        },
      ],
    },
    {
      // a required module's member (JSX)
      filename: p.path('src/components/Keys.jsx'),
      code: "'use client';\nconst keys = require('../config/keys');\nexport const key = keys.STRIPE_SECRET_KEY;",
      languageOptions: languageOptionsFor('Keys.jsx'),
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.stripe2), name: 'STRIPE_SECRET_KEY', file: 'src/config/keys.ts', line: '3', reason: REASON },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 42,
        },
      ],
    },
    {
      // Angular-style environment object: a secret-named member of it
      filename,
      code: "'use client';\nimport { environment } from '../environments/environment';\nexport const key = environment.stripe.secretKey;",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.stripe2), name: 'environment.stripe.secretKey', file: 'src/environments/environment.ts', line: '3', reason: REASON },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 48,
        },
      ],
    },
    {
      // a Vue single-file component
      filename: p.path('src/components/Pay.vue'),
      code: sfc("import * as keys from '../config/keys';\nconst key = keys.STRIPE_SECRET_KEY;", { ts: false }),
      languageOptions: languageOptionsFor('Pay.vue'),
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.stripe2), name: 'STRIPE_SECRET_KEY', file: 'src/config/keys.ts', line: '3', reason: 'this is a Vue single-file component' },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 35,
        },
      ],
    },
    {
      // an import and the initialiser it is passed to: the import is reported, and the initialiser is the mistake of its own
      filename,
      code: "'use client';\nimport { loadStripe } from '@stripe/stripe-js';\nimport { STRIPE_SECRET_KEY } from '../config/keys';\nloadStripe(STRIPE_SECRET_KEY);",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.stripe2), name: 'STRIPE_SECRET_KEY', file: 'src/config/keys.ts', line: '3', reason: REASON },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 27,
        },
        { messageId: 'privateInit', data: { callee: 'loadStripe', credential: fp(secrets.stripe2), reason: REASON }, line: 4, column: 12, endLine: 4, endColumn: 29 },
      ],
    },
    {
      // a namespace member passed to the initialiser: the initialiser's report only (not again as a read)
      filename,
      code: "'use client';\nimport { loadStripe } from '@stripe/stripe-js';\nimport * as keys from '../config/keys';\nloadStripe(keys.STRIPE_SECRET_KEY);",
      errors: [{ messageId: 'privateInit', data: { callee: 'loadStripe', credential: fp(secrets.stripe2), reason: REASON }, line: 4, column: 12, endLine: 4, endColumn: 34 }],
    },
    {
      // a JSON module imported whole (its value is module.exports), a nested member
      filename,
      code: "'use client';\nimport keys from '../config/keys.json';\nexport const key = keys.stripe.secretKey;",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.stripe4), name: 'module.exports.stripe.secretKey', file: 'src/config/keys.json', line: '3', reason: REASON },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 41,
        },
      ],
    },
    {
      // the same file through `require`; one report per written value (the second read is the same)
      filename,
      code: "'use client';\nconst keys = require('../config/keys.json');\nexport const t = [keys.githubToken, keys.githubToken];",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.github3), name: 'module.exports.githubToken', file: 'src/config/keys.json', line: '4', reason: REASON },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 35,
        },
      ],
    },
    {
      // through the tsconfig `paths` alias
      filename,
      code: "'use client';\nimport config from '@config/keys.json';\nexport const t = config.githubToken;",
      errors: [
        {
          messageId: 'privateImported',
          data: { credential: fp(secrets.github3), name: 'module.exports.githubToken', file: 'src/config/keys.json', line: '4', reason: REASON },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 36,
        },
      ],
    },
  ],
});
