/**
 * Query and headers objects written in another module and used whole (#18): `{ params: PARAMS }`,
 * `new URLSearchParams(PARAMS)`, `qs.stringify(PARAMS)`, `{ headers: HEADERS }`, `{ ...HEADERS }`.
 * The finding is at the use (the request), and names where the value is written
 * (`credentialInUrlImported`, `hardcodedImported`); nothing is rewritten here. The same objects written
 * in this file are reported once, at the literal.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import urlRule from '../../src/rules/no-token-in-url.js';
import headerRule from '../../src/rules/no-hardcoded-auth-header.js';
import { fp } from '../fixtures/fake.js';
import { removeProjects } from '../fixtures/modules/project.js';
import { languageOptionsFor, sfc } from '../fixtures/languages.js';
import { modulesProject, secrets } from './project.js';

const p = modulesProject();
afterAll(removeProjects);
const ts = p.path('src/api/client.ts');
const js = p.path('src/api/client.js');
const jsOptions = languageOptionsFor('client.js');

/** The 1-based span of the `nth` occurrence of `needle` in `code` (which must be on one line). */
function at(code: string, needle: string, nth = 0): { line: number; column: number; endLine: number; endColumn: number } {
  let index = code.indexOf(needle);
  for (let i = 0; i < nth; i += 1) index = code.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} is not in the code`);
  const before = code.slice(0, index).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

function inUrl(code: string, needle: string, param: string, sink: string, credential: string, name: string, line: number, nth = 0) {
  return {
    messageId: 'credentialInUrlImported' as const,
    data: { param, sink, fingerprint: fp(credential), name, file: 'src/config/params.js', line: String(line) },
    ...at(code, needle, nth),
  };
}

const axiosParams = "import axios from 'axios';\nimport { PARAMS } from '../config/params.js';\nexport const rate = () => axios.get(url, { params: PARAMS });";
const searchParams = "import { PARAMS } from '../config/params.js';\nfetch(url + '?' + new URLSearchParams(PARAMS));";
const qsParams = "import qs from 'qs';\nimport { PARAMS } from '../config/params.js';\nfetch(`${url}?${qs.stringify(PARAMS)}`);";
const angularParams =
  "import { HttpClient } from '@angular/common/http';\nimport { PARAMS } from '../config/params.js';\nexport class RatesService {\n  constructor(private http: HttpClient) {}\n  rates() {\n    return this.http.get(url, { params: PARAMS });\n  }\n}";
const memberParams = "import axios from 'axios';\nimport config from '../config/params.js';\naxios.get(url, { params: config.search });";
const vueParams = "import axios from 'axios';\nimport { PARAMS } from '../config/params.js';\nconst rates = await axios.get(url, { params: PARAMS });";
const kyParams = "import ky from 'ky';\nimport { PARAMS } from '../config/params.js';\nawait ky.get(url, { searchParams: PARAMS }).json();";
const localParams = `import axios from 'axios';\nconst PARAMS = { symbol: 'BRL', access_token: '${secrets.mp3}' };\naxios.get(url, { params: PARAMS });`;

new RuleTester().run('no-token-in-url (query objects from other modules)', urlRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // no value of credential shape or name; an env read (nothing to name there, nothing to rewrite here); a missing module; a package
    { filename: ts, code: "import axios from 'axios';\nimport { PUBLIC_PARAMS } from '../config/params.js';\naxios.get(url, { params: PUBLIC_PARAMS });" },
    { filename: ts, code: "import axios from 'axios';\nimport { ENV_PARAMS } from '../config/params.js';\naxios.get(url, { params: ENV_PARAMS });" },
    { filename: ts, code: "import axios from 'axios';\nimport { PARAMS } from '../config/missing.js';\naxios.get(url, { params: PARAMS });" },
    { filename: ts, code: "import axios from 'axios';\nimport { PARAMS } from 'some-package';\naxios.get(url, { params: PARAMS });" },
    // a body, not a query
    { filename: ts, code: "import axios from 'axios';\nimport { PARAMS } from '../config/params.js';\naxios.post(url, PARAMS);" },
    // JSON, not a query
    { filename: js, code: "import { PARAMS } from '../config/params.js';\nfetch(url, { method: 'POST', body: JSON.stringify(PARAMS) });", languageOptions: jsOptions },
  ],
  invalid: [
    { filename: ts, code: axiosParams, errors: [inUrl(axiosParams, 'PARAMS', 'access_token', 'axios.get', secrets.mp3, 'PARAMS.access_token', 1, 1)] },
    { filename: js, code: searchParams, languageOptions: jsOptions, errors: [inUrl(searchParams, 'PARAMS', 'access_token', 'fetch', secrets.mp3, 'PARAMS.access_token', 1, 1)] },
    { filename: ts, code: qsParams, errors: [inUrl(qsParams, 'PARAMS', 'access_token', 'fetch', secrets.mp3, 'PARAMS.access_token', 1, 1)] },
    {
      // Angular: a service's HttpClient
      filename: p.path('src/app/rates.service.ts'),
      code: angularParams,
      errors: [inUrl(angularParams, 'PARAMS', 'access_token', 'this.http.get', secrets.mp3, 'PARAMS.access_token', 1, 1)],
    },
    {
      // a member of a default export, a generic parameter with an opaque key
      filename: js,
      code: memberParams,
      languageOptions: jsOptions,
      errors: [inUrl(memberParams, 'config.search', 'key', 'axios.get', secrets.opaque2, 'default.search.key', 4)],
    },
    {
      // ky's searchParams (JS)
      filename: js,
      code: kyParams,
      languageOptions: jsOptions,
      errors: [inUrl(kyParams, 'PARAMS', 'access_token', 'ky.get', secrets.mp3, 'PARAMS.access_token', 1, 1)],
    },
    {
      // a Vue single-file component
      filename: p.path('src/components/Rates.vue'),
      code: sfc(vueParams),
      languageOptions: languageOptionsFor('Rates.vue'),
      errors: [inUrl(sfc(vueParams), 'PARAMS', 'access_token', 'axios.get', secrets.mp3, 'PARAMS.access_token', 1, 1)],
    },
    {
      // the same object written in this file: one finding, at the literal
      filename: ts,
      code: localParams,
      errors: [{ messageId: 'credentialInUrl', data: { param: 'access_token', sink: 'axios.get', fingerprint: fp(secrets.mp3) }, ...at(localParams, `access_token: '${secrets.mp3}'`) }],
    },
  ],
});

function inHeader(code: string, needle: string, header: string, scheme: string, credential: string, name: string, line: number, nth = 0) {
  return {
    messageId: 'hardcodedImported' as const,
    data: { header, scheme, fingerprint: fp(credential), name, file: 'src/config/headers.ts', line: String(line) },
    ...at(code, needle, nth),
  };
}

const fetchHeaders = "import { HEADERS } from '../config/headers';\nexport const me = () => fetch(url, { headers: HEADERS });";
const axiosCreate = "import axios from 'axios';\nimport { DEFAULT_HEADERS } from '../config/headers';\nexport const api = axios.create({ baseURL: url, headers: DEFAULT_HEADERS });";
const spreadHeaders = "import { HEADERS } from '../config/headers';\nfetch(url, { headers: { ...HEADERS, 'Content-Type': 'application/json' } });";
const grouped = "import axios from 'axios';\nimport { GROUPED } from '../config/headers';\naxios.create({ headers: GROUPED });";
const memberHeaders = "import config from '../config/headers';\nfetch(url, { headers: config.api.headers });";
const clientHeaders = "'use client';\nimport { HEADERS } from '../config/headers';\nexport const me = () => fetch(url, { headers: HEADERS });";
const localHeaders = `const HEADERS = { Authorization: 'Bearer ${secrets.github2}' };\nfetch(url, { headers: { ...HEADERS } });`;

new RuleTester().run('no-hardcoded-auth-header (headers objects from other modules)', headerRule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // an env read there, no credential header, a type-only import, a missing module, a package
    { filename: ts, code: "import { ENV_HEADERS } from '../config/headers';\nfetch(url, { headers: ENV_HEADERS });" },
    { filename: ts, code: "import { PLAIN_HEADERS } from '../config/headers';\nfetch(url, { headers: PLAIN_HEADERS });" },
    { filename: ts, code: "import type { HEADERS } from '../config/headers';\nfetch(url, { headers: HEADERS });" },
    { filename: ts, code: "import { HEADERS } from '../config/missing';\nfetch(url, { headers: HEADERS });" },
    { filename: ts, code: "import { HEADERS } from 'some-package';\nfetch(url, { headers: HEADERS });" },
    // an object of another module that is no headers object where it is used
    { filename: ts, code: "import { HEADERS } from '../config/headers';\nfetch(url, { body: JSON.stringify(HEADERS) });" },
  ],
  invalid: [
    { filename: ts, code: fetchHeaders, errors: [inHeader(fetchHeaders, 'HEADERS', 'Authorization', 'Bearer', secrets.github2, 'HEADERS.Authorization', 1, 1)] },
    {
      // an alias of the object in its module; JS
      filename: js,
      code: axiosCreate,
      languageOptions: jsOptions,
      errors: [inHeader(axiosCreate, 'DEFAULT_HEADERS', 'Authorization', 'Bearer', secrets.github2, 'HEADERS.Authorization', 1, 1)],
    },
    { filename: ts, code: spreadHeaders, errors: [inHeader(spreadHeaders, 'HEADERS', 'Authorization', 'Bearer', secrets.github2, 'HEADERS.Authorization', 1, 1)] },
    {
      // axios' per-method groups
      filename: ts,
      code: grouped,
      errors: [inHeader(grouped, 'GROUPED', 'X-API-Key', 'no scheme', secrets.opaque2, 'GROUPED.common["X-API-Key"]', 3, 1)],
    },
    {
      // a member chain of a default export
      filename: js,
      code: memberHeaders,
      languageOptions: jsOptions,
      errors: [inHeader(memberHeaders, 'config.api.headers', 'X-API-Key', 'no scheme', secrets.opaque2, 'default.api.headers["X-API-Key"]', 6)],
    },
    {
      // browser code (TSX)
      filename: p.path('src/components/Me.tsx'),
      code: clientHeaders,
      languageOptions: languageOptionsFor('Me.tsx'),
      errors: [
        {
          messageId: 'hardcodedInClientImported',
          data: { header: 'Authorization', scheme: 'Bearer', fingerprint: fp(secrets.github2), name: 'HEADERS.Authorization', file: 'src/config/headers.ts', line: '1', reason: "this file starts with 'use client'" },
          ...at(clientHeaders, 'HEADERS', 1),
        },
      ],
    },
    {
      // the same object written in this file: one finding, at the literal, with its rewrite
      filename: ts,
      code: localHeaders,
      errors: [
        {
          messageId: 'hardcoded',
          data: { header: 'Authorization', scheme: 'Bearer', fingerprint: fp(secrets.github2) },
          ...at(localHeaders, `'Bearer ${secrets.github2}'`),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { env: 'process.env.GITHUB_TOKEN' },
              output: "const HEADERS = { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` };\nfetch(url, { headers: { ...HEADERS } });",
            },
          ],
        },
      ],
    },
  ],
});
