/**
 * No message about a value from another module (#18) prints it: each rule lints files that import
 * credentials from the modules project (ESM, CommonJS, JSON, aliases, objects used whole), and every
 * message, suggestion description and report `data` value is searched for every secret the project
 * holds, as tests/redaction.test.ts does for the rules' own cases.
 */
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { typedRules, type RuleName } from '../../src/rules/index.js';
import { ALL_FILES } from '../fixtures/files.js';
import { languageOptionsFor } from '../fixtures/languages.js';
import { removeProjects } from '../fixtures/modules/project.js';
import { forbiddenRuns, recording } from '../fixtures/redaction.js';
import { modulesProject, secrets } from './project.js';

const p = modulesProject();
afterAll(removeProjects);

/** Files that import credentials, per rule: each must be reported (a file that reports nothing proves nothing). */
const CASES: Record<RuleName, readonly { readonly file: string; readonly code: string }[]> = {
  'no-hardcoded-auth-header': [
    { file: 'src/api/client.ts', code: "import { TOKEN } from '../config/keys';\nfetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });" },
    { file: 'src/api/client.ts', code: "import keys from '../config/keys.json';\nfetch(url, { headers: { Authorization: `Bearer ${keys.githubToken}` } });" },
    { file: 'src/api/client.ts', code: "import { HEADERS } from '../config/headers';\nfetch(url, { headers: HEADERS });" },
    { file: 'src/api/client.ts', code: "import config from '../config/app.js';\nfetch(url, { headers: { 'X-VTEX-API-AppToken': config.vtex.appToken } });" },
    { file: 'src/api/client.ts', code: "import { MercadoPagoConfig } from 'mercadopago';\nimport { MP_OPTIONS } from '../config/mp';\nconst client = new MercadoPagoConfig(MP_OPTIONS);" },
  ],
  'no-secret-in-client': [
    { file: 'src/components/Checkout.tsx', code: "'use client';\nimport { STRIPE_SECRET_KEY } from '../config/keys';\nexport const key = STRIPE_SECRET_KEY;" },
    { file: 'src/components/Checkout.tsx', code: "'use client';\nimport { environment } from '../environments/environment';\nexport const key = environment.stripe.secretKey;" },
    { file: 'src/components/Checkout.tsx', code: "'use client';\nimport keys from '../config/keys.json';\nexport const key = keys.stripe.secretKey;" },
  ],
  'no-token-in-url': [
    { file: 'src/api/client.ts', code: "import { PAYMENTS } from '../config/payments.js';\nfetch(`https://api.mercadopago.com/v1/payments?access_token=${PAYMENTS.accessToken}`);" },
    { file: 'src/api/client.ts', code: "const legacy = require('../config/legacy');\nfetch('https://api.github.com/user?access_token=' + legacy.API_KEY);" },
    { file: 'src/api/client.ts', code: "import { environment } from '../environments/environment.prod';\nthis.http.get(`https://api.mercadopago.com/v1/payments/search?access_token=${environment.mercadoPago.accessToken}`);" },
    { file: 'src/api/client.ts', code: "import { PARAMS } from '../config/params.js';\naxios.get('https://api.mercadopago.com/v1/payments', { params: PARAMS });" },
    { file: 'src/api/client.ts', code: "import { QUOTES_KEY } from '../config/quotes';\naxios.get(`https://quotes.example/api/latest?symbol=BRL&token=${QUOTES_KEY}`);" },
  ],
};

describe.each(Object.keys(CASES) as RuleName[])('%s never prints a value from another module', (name) => {
  it.each(CASES[name].map((c) => [c.code.split('\n').at(-1) ?? '', c] as const))('%s', (_, { file, code }) => {
    const data: unknown[] = [];
    const filename = p.path(file);
    const config: Linter.Config[] = [
      {
        files: ALL_FILES,
        languageOptions: languageOptionsFor(filename),
        plugins: { credentials: { rules: { [name]: recording(typedRules[name], data) } } } as unknown as Linter.Config['plugins'], // a RuleCreator rule is an ESLint rule at run time
        rules: { [`credentials/${name}`]: 'error' },
      },
    ];
    const messages = new Linter({ configType: 'flat', cwd: p.root }).verify(code, config, { filename });
    expect(messages.filter((m) => m.ruleId === `credentials/${name}`).length, JSON.stringify(messages)).toBeGreaterThan(0);
    const printed = JSON.stringify([messages.map((m) => [m.message, m.suggestions?.map((s) => s.desc)]), data]);
    for (const secret of Object.values(secrets)) {
      expect(printed.includes(secret), 'prints a whole secret').toBe(false);
      expect(forbiddenRuns(secret).find((run) => printed.includes(run)), 'prints part of a secret').toBeUndefined();
    }
  });
});
