/**
 * no-token-in-url with values imported from other modules (#18): a credential written in another
 * module and put in a URL here is reported here, naming where it is written (`credentialInUrlImported`).
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import rule from '../../src/rules/no-token-in-url.js';
import { fp } from '../fixtures/fake.js';
import { removeProjects } from '../fixtures/modules/project.js';
import { languageOptionsFor, sfc } from '../fixtures/languages.js';
import { modulesProject, secrets } from './project.js';

const p = modulesProject();
afterAll(removeProjects);
const filename = p.path('src/api/client.ts');

function imported(param: string, sink: string, credential: string, name: string, file: string, line: number, where: { line: number; column: number; endLine: number; endColumn: number }) {
  return {
    messageId: 'credentialInUrlImported' as const,
    data: { param, sink, fingerprint: fp(credential), name, file, line: String(line) },
    ...where,
  };
}

new RuleTester().run('no-token-in-url (values from other modules)', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // a missing module and one that does not parse: nothing is known (silent)
    { filename, code: "import { TOKEN } from '../config/missing.js';\nfetch(`https://api.example.com/v1?ref=${TOKEN}`);" },
    { filename, code: "import { TOKEN } from '../config/broken.js';\nfetch(`https://api.example.com/v1?ref=${TOKEN}`);" },
    // the pre-check runs first: a file whose text names no credential parameter reads no module, so a
    // whole URL imported from another module is reported where it is written, not here
    { filename, code: "import { PAYMENTS_URL } from '../config/urls.js';\nfetch(PAYMENTS_URL + '&limit=10');" },
    // a parameter of no credential name whose imported value reads the environment
    { filename, code: "import { MP_ENV } from '../config/mp';\nfetch(`https://api.example.com/v1?ref=${MP_ENV.accessToken}`);" },
    // the same short key in a navigation: a link, not a request
    { filename, code: "import { QUOTES_KEY } from '../config/quotes';\nlocation.href = `https://quotes.example/latest?token=${QUOTES_KEY}`;" },
  ],
  invalid: [
    {
      filename,
      code: "import { PAYMENTS } from '../config/payments.js';\nfetch(`https://api.mercadopago.com/v1/payments?access_token=${PAYMENTS.accessToken}`);",
      errors: [imported('access_token', 'fetch', secrets.mp, 'PAYMENTS.accessToken', 'src/config/payments.js', 3, { line: 2, column: 7, endLine: 2, endColumn: 85 })],
    },
    {
      // CommonJS, a member of the module object
      filename,
      code: "const legacy = require('../config/legacy');\nfetch('https://api.github.com/user?access_token=' + legacy.API_KEY);",
      errors: [imported('access_token', 'fetch', secrets.github, 'module.exports.API_KEY', 'src/config/legacy.js', 2, { line: 2, column: 7, endLine: 2, endColumn: 67 })],
    },
    {
      // a private credential shape under any parameter name, through a tsconfig `paths` alias
      filename,
      code: "import { PAYMENTS } from '@config/payments.js';\nconst ref = PAYMENTS.accessToken;\nfetch(`https://api.example.com/v1?access_token=x&ref=${ref}`);",
      errors: [imported('ref', 'fetch', secrets.mp, 'PAYMENTS.accessToken', 'src/config/payments.js', 3, { line: 3, column: 7, endLine: 3, endColumn: 61 })],
    },
    {
      // Angular: an environment object's member chain, in a TS service
      filename: p.path('src/app/pay.service.ts'),
      code: "import { environment } from '../environments/environment.prod';\nthis.http.get(`https://api.mercadopago.com/v1/payments/search?access_token=${environment.mercadoPago.accessToken}`);",
      errors: [imported('access_token', 'this.http.get', secrets.mp2, 'environment.mercadoPago.accessToken', 'src/environments/environment.prod.ts', 3, { line: 2, column: 15, endLine: 2, endColumn: 115 })],
    },
    {
      // CommonJS, destructured from `require` (JS)
      filename: p.path('src/api/github.js'),
      code: "const { API_KEY } = require('../config/legacy');\nfetch('https://api.github.com/user?access_token=' + API_KEY);",
      errors: [imported('access_token', 'fetch', secrets.github, 'module.exports.API_KEY', 'src/config/legacy.js', 2, { line: 2, column: 7, endLine: 2, endColumn: 60 })],
    },
    {
      // a namespace import's member
      filename,
      code: "import * as keys from '../config/keys';\nfetch(`https://api.stripe.com/v1/charges?key=${keys.TOKEN}`);",
      errors: [imported('key', 'fetch', secrets.stripe, 'TOKEN', 'src/config/keys.ts', 1, { line: 2, column: 7, endLine: 2, endColumn: 60 })],
    },
    {
      // a default export's nested member, in a Vue single-file component
      filename: p.path('src/components/Search.vue'),
      code: sfc("import config from '../config/app.js';\nfetch(`https://api.stripe.com/v1/charges?key=${config.stripe.secretKey}`);"),
      languageOptions: languageOptionsFor('Search.vue'),
      errors: [imported('key', 'fetch', secrets.stripe3, 'default.stripe.secretKey', 'src/config/app.js', 3, { line: 3, column: 7, endLine: 3, endColumn: 73 })],
    },
    {
      // a short key (12 characters) in a generic parameter of a request (issue 17)
      filename,
      code: "import { QUOTES_KEY } from '../config/quotes';\naxios.get(`https://quotes.example/api/latest?symbol=BRL&token=${QUOTES_KEY}`);",
      errors: [imported('token', 'axios.get', secrets.short, 'QUOTES_KEY', 'src/config/quotes.ts', 1, { line: 2, column: 11, endLine: 2, endColumn: 77 })],
    },
  ],
});
