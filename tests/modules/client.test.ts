/**
 * no-secret-in-client with values imported from other modules (#18): browser code that imports a
 * secret-named constant whose value, written in another module, is a private credential.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import rule from '../../src/rules/no-secret-in-client.js';
import { fp } from '../fixtures/fake.js';
import { removeProjects } from '../fixtures/modules/project.js';
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
  ],
  invalid: [
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
  ],
});
