/**
 * Bindings known without a `const` (#18, `core/values/bindings.ts`): `this.field` where the class
 * field (or the constructor's one top-level assignment) is a literal, and a `let` only ever given one
 * text. The resolver's extension point, so all three rules see the values: a header, a URL parameter,
 * a client initialiser.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import headerRule from '../../src/rules/no-hardcoded-auth-header.js';
import urlRule from '../../src/rules/no-token-in-url.js';
import clientRule from '../../src/rules/no-secret-in-client.js';
import { fake, fp } from '../fixtures/fake.js';
import { languageOptionsFor, sfc } from '../fixtures/languages.js';

const vtex = fake.vtexAppToken(311);
const github = fake.githubToken(312);
const stripe = fake.stripeSecret(313);
const other = fake.githubToken(316);
const publishable = fake.stripePublishable(317);

const tester = new RuleTester();

function hardcoded(header: string, scheme: string, credential: string, line: number, column: number, endColumn: number, env: string, output: string) {
  return {
    messageId: 'hardcoded' as const,
    data: { header, scheme, fingerprint: fp(credential) },
    line,
    column,
    endLine: line,
    endColumn,
    suggestions: [{ messageId: 'useEnv' as const, data: { env }, output }],
  };
}

const vtexField = (use: string): string => `class Api {\n  appToken = '${vtex}';\n${use}\n  get() { return fetch(url, { headers: { 'X-VTEX-API-AppToken': this.appToken } }); }\n}`;

tester.run('no-hardcoded-auth-header (class fields and let bindings)', headerRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // written again in a method, in another file's way (any member of that name written in the file), wholesale
    vtexField('  set(t) { this.appToken = t; }'),
    `${vtexField('')}\nconst api = new Api();\napi.appToken = process.env.VTEX_APP_TOKEN;`,
    vtexField('  constructor(options) { Object.assign(this, options); }'),
    vtexField('  load(key, value) { this[key] = value; }'),
    // `this` of a nested function is not the instance; a static field is not an instance field
    `class Api {\n  appToken = '${vtex}';\n  get() { return function () { return fetch(url, { headers: { 'X-VTEX-API-AppToken': this.appToken } }); }; }\n}`,
    `class Api {\n  static appToken = '${vtex}';\n  get() { return fetch(url, { headers: { 'X-VTEX-API-AppToken': this.appToken } }); }\n}`,
    // a parameter property; an assignment that may not run; a field that is not a literal; no field at all (a superclass may set it)
    { code: "class Api {\n  constructor(private appToken: string) {}\n  get() { return fetch(url, { headers: { 'X-VTEX-API-AppToken': this.appToken } }); }\n}" },
    `class Api {\n  constructor(t) {\n    if (t) this.token = '${github}';\n  }\n  get() { return fetch(url, { headers: { Authorization: 'token ' + this.token } }); }\n}`,
    "class Api {\n  appToken = process.env.VTEX_APP_TOKEN;\n  get() { return fetch(url, { headers: { 'X-VTEX-API-AppToken': this.appToken } }); }\n}",
    // a static field written in the file, a class with a static block, an instance field read on the class
    `class Keys {\n  static GITHUB = '${github}';\n}\nKeys.GITHUB = read();\nfetch(url, { headers: { Authorization: 'token ' + Keys.GITHUB } });`,
    `class Keys {\n  static GITHUB = '${github}';\n  static { load(); }\n}\nfetch(url, { headers: { Authorization: 'token ' + Keys.GITHUB } });`,
    `class Keys {\n  GITHUB = '${github}';\n}\nfetch(url, { headers: { Authorization: 'token ' + Keys.GITHUB } });`,
    // a class declared below the top level is not read
    `function api() {\n  class Keys {\n    static GITHUB = '${github}';\n  }\n  return fetch(url, { headers: { Authorization: 'token ' + Keys.GITHUB } });\n}`,
    // a field bound to another member of the instance, to a call, to a parameter of the constructor
    `class Api {\n  other = '${vtex}';\n  appToken = this.other;\n  get() { return fetch(url, { headers: { 'X-VTEX-API-AppToken': this.appToken } }); }\n}`,
    `class Api {\n  appToken = read('${vtex}');\n  get() { return fetch(url, { headers: { 'X-VTEX-API-AppToken': this.appToken } }); }\n}`,
    "class Api {\n  constructor(token) {\n    this.token = token;\n  }\n  get() { return fetch(url, { headers: { Authorization: 'token ' + this.token } }); }\n}",
    "class Api extends Base {\n  get() { return fetch(url, { headers: { 'X-VTEX-API-AppToken': this.appToken } }); }\n}",
    // a field and a constructor assignment: two writes
    `class Api {\n  token = '${github}';\n  constructor() {\n    this.token = '${other}';\n  }\n  get() { return fetch(url, { headers: { Authorization: 'token ' + this.token } }); }\n}`,
    // a let given two texts, or a value that is not a literal, or changed in place
    `let token = '${github}';\nif (dev) token = '${other}';\nfetch(url, { headers: { Authorization: \`token \${token}\` } });`,
    `let token = '${github}';\ntoken = read();\nfetch(url, { headers: { Authorization: \`token \${token}\` } });`,
    `let token = '${github}';\ntoken += '';\nfetch(url, { headers: { Authorization: \`token \${token}\` } });`,
    `let token = '${github}';\n[token] = list;\nfetch(url, { headers: { Authorization: \`token \${token}\` } });`,
  ],
  invalid: [
    {
      // a class field (TS)
      code: vtexField(''),
      errors: [
        hardcoded('X-VTEX-API-AppToken', 'no scheme', vtex, 4, 65, 78, 'process.env.VTEX_APP_TOKEN',
          `class Api {\n  appToken = '${vtex}';\n\n  get() { return fetch(url, { headers: { 'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN } }); }\n}`),
      ],
    },
    {
      // a private field, read in an arrow function field
      code: `class Api {\n  #key = '${github}';\n  get = () => fetch(url, { headers: { Authorization: \`token \${this.#key}\` } });\n}`,
      errors: [
        hardcoded('Authorization', 'token', github, 3, 54, 74, 'process.env.GITHUB_TOKEN',
          `class Api {\n  #key = '${github}';\n  get = () => fetch(url, { headers: { Authorization: \`token \${process.env.GITHUB_TOKEN}\` } });\n}`),
      ],
    },
    {
      // a static field of a class of constants
      code: `class Keys {\n  static readonly GITHUB = '${github}';\n}\nfetch(url, { headers: { Authorization: 'token ' + Keys.GITHUB } });`,
      errors: [
        hardcoded('Authorization', 'token', github, 4, 40, 62, 'process.env.GITHUB_TOKEN',
          `class Keys {\n  static readonly GITHUB = '${github}';\n}\nfetch(url, { headers: { Authorization: \`token \${process.env.GITHUB_TOKEN}\` } });`),
      ],
    },
    {
      // a field bound to a member of a constant (the rewrite is at the header)
      code: `const KEYS = { github: '${github}' };\nclass Api {\n  token = KEYS.github;\n  get() { return fetch(url, { headers: { Authorization: 'token ' + this.token } }); }\n}`,
      errors: [
        hardcoded('Authorization', 'token', github, 4, 57, 78, 'process.env.GITHUB_TOKEN',
          `const KEYS = { github: '${github}' };\nclass Api {\n  token = KEYS.github;\n  get() { return fetch(url, { headers: { Authorization: \`token \${process.env.GITHUB_TOKEN}\` } }); }\n}`),
      ],
    },
    {
      // the constructor's one assignment of a constant
      code: `const TOKEN = '${github}';\nclass Api {\n  constructor() {\n    this.token = TOKEN;\n  }\n  get() { return fetch(url, { headers: { Authorization: 'token ' + this.token } }); }\n}`,
      errors: [
        {
          ...hardcoded('Authorization', 'token', github, 6, 57, 78, 'process.env.GITHUB_TOKEN',
            `const TOKEN = '${github}';\nclass Api {\n  constructor() {\n    this.token = TOKEN;\n  }\n  get() { return fetch(url, { headers: { Authorization: \`token \${process.env.GITHUB_TOKEN}\` } }); }\n}`),
          messageId: 'hardcodedConstant' as const,
          data: { header: 'Authorization', scheme: 'token', fingerprint: fp(github), constant: 'TOKEN', line: '1' },
        },
      ],
    },
    {
      // the constructor's one assignment, the field declared without a value
      code: `class Api {\n  token: string;\n  constructor() {\n    this.token = '${github}';\n  }\n  get() { return fetch(url, { headers: { Authorization: 'token ' + this.token } }); }\n}`,
      errors: [
        hardcoded('Authorization', 'token', github, 6, 57, 78, 'process.env.GITHUB_TOKEN',
          `class Api {\n  token: string;\n  constructor() {\n    this.token = '${github}';\n  }\n  get() { return fetch(url, { headers: { Authorization: \`token \${process.env.GITHUB_TOKEN}\` } }); }\n}`),
      ],
    },
    {
      // a let only ever given one text (null before)
      code: `let token = null;\nexport function login() { token = '${github}'; }\nfetch(url, { headers: { Authorization: \`token \${token}\` } });`,
      errors: [
        hardcoded('Authorization', 'token', github, 3, 40, 56, 'process.env.GITHUB_TOKEN',
          `let token = null;\nexport function login() { token = '${github}'; }\nfetch(url, { headers: { Authorization: \`token \${process.env.GITHUB_TOKEN}\` } });`),
      ],
    },
    {
      // JS (espree): a let assigned in a callback, the same text as its initialiser
      code: `let token = '${github}';\nexport function reset() { token = '${github}'; }\nfetch(url, { headers: { Authorization: 'token ' + token } });`,
      filename: 'api.js',
      languageOptions: languageOptionsFor('api.js'),
      errors: [
        {
          ...hardcoded('Authorization', 'token', github, 3, 40, 56, 'process.env.GITHUB_TOKEN',
            `let token = '${github}';\nexport function reset() { token = '${github}'; }\nfetch(url, { headers: { Authorization: \`token \${process.env.GITHUB_TOKEN}\` } });`),
          messageId: 'hardcodedConstant' as const,
          data: { header: 'Authorization', scheme: 'token', fingerprint: fp(github), constant: 'token', line: '1' },
        },
      ],
    },
    {
      // Vue: browser code, so no rewrite
      code: sfc(`let token: string | null = null;\nfunction login() { token = '${github}'; }\nfetch(url, { headers: { Authorization: 'token ' + token } });`),
      filename: 'Login.vue',
      languageOptions: languageOptionsFor('Login.vue'),
      errors: [
        {
          messageId: 'hardcodedInClient',
          data: { header: 'Authorization', scheme: 'token', fingerprint: fp(github), reason: 'this is a Vue single-file component' },
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 56,
        },
      ],
    },
    {
      // TSX: the same field in a component class
      code: `class Client extends React.Component {\n  token = '${github}';\n  load = () => fetch(url, { headers: { Authorization: 'token ' + this.token } });\n  render() { return <div />; }\n}`,
      filename: 'client.tsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [
        hardcoded('Authorization', 'token', github, 3, 55, 76, 'process.env.GITHUB_TOKEN',
          `class Client extends React.Component {\n  token = '${github}';\n  load = () => fetch(url, { headers: { Authorization: \`token \${process.env.GITHUB_TOKEN}\` } });\n  render() { return <div />; }\n}`),
      ],
    },
  ],
});

function inUrl(line: number, column: number, endColumn: number) {
  return {
    messageId: 'credentialInUrl' as const,
    data: { param: 'ref', sink: 'fetch', fingerprint: fp(github) },
    line,
    column,
    endLine: line,
    endColumn,
  };
}

tester.run('no-token-in-url (class fields and let bindings)', urlRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // a parameter named like no credential: only a value known to be one is reported
    `class Gh {\n  token = '${github}';\n  setToken(t) { this.token = t; }\n  user() { return fetch(\`https://api.github.com/user?ref=\${this.token}\`); }\n}`,
    `let token = '${github}';\ntoken = localStorage.getItem('t');\nfetch(\`https://api.github.com/user?ref=\${token}\`);`,
  ],
  invalid: [
    {
      code: `class Gh {\n  token = '${github}';\n  user() { return fetch(\`https://api.github.com/user?ref=\${this.token}\`); }\n}`,
      errors: [inUrl(3, 25, 72)],
    },
    {
      code: `let token;\ntoken = '${github}';\nfetch(\`https://api.github.com/user?ref=\${token}\`);`,
      errors: [inUrl(3, 7, 49)],
    },
  ],
});

const REASON = "this file starts with 'use client'";

tester.run('no-secret-in-client (class fields)', clientRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // the public key
    { code: `'use client';\nimport { loadStripe } from '@stripe/stripe-js';\nclass Pay {\n  key = '${publishable}';\n  init() { return loadStripe(this.key); }\n}`, filename: 'pay.tsx' },
  ],
  invalid: [
    {
      // the literal where it is written, and the initialiser it is passed to (as a same-file constant is)
      code: `'use client';\nimport { loadStripe } from '@stripe/stripe-js';\nclass Pay {\n  key = '${stripe}';\n  init() { return loadStripe(this.key); }\n}`,
      filename: 'pay.tsx',
      errors: [
        { messageId: 'privateLiteral', data: { credential: fp(stripe), reason: REASON }, line: 4, column: 9, endLine: 4, endColumn: 118 },
        { messageId: 'privateInit', data: { callee: 'loadStripe', credential: fp(stripe), reason: REASON }, line: 5, column: 30, endLine: 5, endColumn: 38 },
      ],
    },
  ],
});
