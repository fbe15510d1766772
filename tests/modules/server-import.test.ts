/**
 * no-secret-in-client with `assume: 'client'` (issue 19): a file that imports a project module which
 * loads a server package is server code; the module reader reads that module (one hop).
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import dedent from 'dedent';
import { afterAll } from 'vitest';
import rule from '../../src/rules/no-secret-in-client.js';
import { project, removeProjects } from '../fixtures/modules/project.js';

afterAll(removeProjects);

const p = project({
  'dist/esm/credentials/clientCertificateCredential.js': dedent`
    import { createHash } from 'node:crypto';
    import { readFile } from 'node:fs/promises';
    export class ClientCertificateCredential {
      async load(path) { return createHash('sha256').update(await readFile(path)).digest('hex'); }
    }
  `,
  'dist/esm/credentials/chainedCredential.js': dedent`
    import { logger } from '../util/logging.js';
    export class ChainedCredential { constructor(sources) { this.sources = sources; logger.info(sources.length); } }
  `,
  'dist/esm/util/logging.js': "import { hostname } from 'node:os';\nexport const logger = { info: (n) => console.log(hostname(), n) };\n",
});

const filename = p.path('dist/esm/credentials/environmentCredential.js');
const settings = { credentials: { assume: 'client' } };
const read = dedent`
  export class EnvironmentCredential {
    constructor() {
      const clientSecret = process.env.AZURE_CLIENT_SECRET;
      this.credential = CREDENTIAL(clientSecret);
    }
  }
`;

new RuleTester().run('no-secret-in-client (a server module imported, assume client)', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // the imported module loads node:crypto and node:fs/promises: a browser bundle cannot take this file
    {
      filename,
      settings,
      code: `import { ClientCertificateCredential } from './clientCertificateCredential.js';\n${read.replace('CREDENTIAL', 'new ClientCertificateCredential')}`,
    },
  ],
  invalid: [
    // one hop only: the module imported loads nothing of the server itself (its own import does)
    {
      filename,
      settings,
      code: `import { ChainedCredential } from './chainedCredential.js';\n${read.replace('CREDENTIAL', 'new ChainedCredential')}`,
      errors: [
        {
          messageId: 'secretEnv',
          data: { name: 'AZURE_CLIENT_SECRET', reason: "settings.credentials.assume is 'client'" },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 57,
        },
      ],
    },
  ],
});
