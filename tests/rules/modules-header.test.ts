/**
 * no-hardcoded-auth-header with values imported from other modules (#18): the finding names where the
 * value is written (`hardcodedImported`), the suggestion rewrites the use, never the other module.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import rule from '../../src/rules/no-hardcoded-auth-header.js';
import { fp } from '../fixtures/fake.js';
import { removeProjects } from '../fixtures/modules/project.js';
import { modulesProject, secrets } from './modules.project.js';

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
    { code: "import { TOKEN } from '../config/keys';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });" },
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
  ],
});
