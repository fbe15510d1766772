/**
 * Values from other modules (#18) across lints in one process, as an editor server runs them: an edit
 * of the other module shows (and clears) the finding; a file whose pre-checks fail reads no module;
 * a literal reported where it is written is not reported again at a use that is not itself the mistake.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { readerCounters } from '../../src/core/modules/counters.js';
import { fake, fp } from '../fixtures/fake.js';
import { removeProjects } from '../fixtures/modules/project.js';
import { modulesProject, secrets } from './project.js';

const p = modulesProject();
afterAll(removeProjects);

const config: Linter.Config[] = [
  {
    files: ['**/*.ts', '**/*.js', '**/*.tsx'],
    languageOptions: { parser: tsParser },
    plugins: { credentials: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    rules: { 'credentials/no-hardcoded-auth-header': 'error', 'credentials/no-token-in-url': 'error', 'credentials/no-secret-in-client': 'error' },
  },
];

function lint(file: string, code: string): { ruleId: string | null; messageId: string | undefined; line: number; column: number; message: string }[] {
  const linter = new Linter({ configType: 'flat', cwd: p.root });
  return linter.verify(code, config, { filename: p.path(file) }).map(({ ruleId, messageId, line, column, message }) => ({ ruleId, messageId, line, column, message }));
}

describe('values from other modules across lints', () => {
  it('shows a finding after the other module is edited, and clears it after the edit is undone', () => {
    const user = "import { TOKEN } from '../config/edited';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });";
    const token = fake.githubToken(191);
    p.write('src/config/edited.ts', 'export const TOKEN = process.env.GITHUB_TOKEN;\n');
    expect(lint('src/api/edited-use.ts', user)).toEqual([]);
    p.write('src/config/edited.ts', `// pasted while debugging\nexport const TOKEN = '${token}';\n`);
    expect(lint('src/api/edited-use.ts', user)).toEqual([
      {
        ruleId: 'credentials/no-hardcoded-auth-header',
        messageId: 'hardcodedImported',
        line: 2,
        column: 40,
        message: `Header \`Authorization\` sends a hard-coded credential (Bearer) from \`TOKEN\` in \`src/config/edited.ts\` (line 2): ${fp(token)}. Load it at run time from the environment or a secret store.`,
      },
    ]);
    p.write('src/config/edited.ts', 'export const TOKEN = process.env.GITHUB_TOKEN;\n');
    expect(lint('src/api/edited-use.ts', user)).toEqual([]);
  });

  it('reads no module for a file whose pre-checks fail', () => {
    const before = readerCounters();
    const messages = lint('src/api/quiet.ts', "import { TOKEN } from '../config/keys';\nimport * as config from '../config';\nconsole.log(TOKEN, config.payments.accessToken);");
    const after = readerCounters();
    expect(messages).toEqual([]);
    expect({ reads: after.reads - before.reads, parses: after.parses - before.parses, stats: after.stats - before.stats }).toEqual({ reads: 0, parses: 0, stats: 0 });
  });

  it('reports a literal once, where it is written, when its use is no mistake of its own', () => {
    // the constants module: its URL is reported where it is written (the message of a same-file value)
    const constants = lint('src/config/urls.js', `export const BASE = 'https://api.mercadopago.com/v1/payments';\nexport const PAYMENTS_URL = BASE + '?access_token=${secrets.mp}';\n`);
    expect(constants.map(({ ruleId, messageId, line }) => ({ ruleId, messageId, line }))).toEqual([
      { ruleId: 'credentials/no-token-in-url', messageId: 'credentialInUrl', line: 2 },
    ]);
    // a use that adds nothing: not reported again
    expect(lint('src/api/pay.ts', "import { PAYMENTS_URL } from '../config/urls.js';\nexport const list = () => fetch(PAYMENTS_URL + '&limit=10');")).toEqual([]);
    // the constants module of a header value: nothing there, the header is reported where it is sent
    expect(lint('src/config/keys.ts', `export const TOKEN = '${secrets.stripe}';\n`)).toEqual([]);
  });

  it('reports an import and SDK initialiser pair once, at the SDK option, naming the module', () => {
    expect(lint('src/config/keys.ts', `export const TOKEN = '${secrets.stripe}';\nexport default '${secrets.opaque}';\nexport const STRIPE_SECRET_KEY = '${secrets.stripe2}';\n`)).toEqual([]);
    const messages = lint('src/server/stripe.ts', "import Stripe from 'stripe';\nimport { TOKEN } from '../config/keys';\nexport const stripe = new Stripe(TOKEN);\nexport const again = new Stripe(TOKEN, { apiVersion: '2024-06-20' });");
    const message = `The Stripe client is given a hard-coded credential (argument 1) from \`TOKEN\` in \`src/config/keys.ts\` (line 1): ${fp(secrets.stripe)}. Load it at run time from the environment or a secret store.`;
    expect(messages).toEqual([
      { ruleId: 'credentials/no-hardcoded-auth-header', messageId: 'hardcodedSdkImported', line: 3, column: 34, message },
      { ruleId: 'credentials/no-hardcoded-auth-header', messageId: 'hardcodedSdkImported', line: 4, column: 33, message },
    ]);
  });
});
