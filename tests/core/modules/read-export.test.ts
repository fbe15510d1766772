import { mkdirSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readerCounters } from '../../../src/core/modules/counters.js';
import { MAX_HOPS, newReaderSession, readExport, resolveModule, type ExportedValue, type ParserLike } from '../../../src/core/modules/read-export.js';
import { DIRECTORY_FACTS_TTL_MS, directoryFacts } from '../../../src/core/modules/resolve.js';
import * as vue from 'vue-eslint-parser';
import { fake } from '../../fixtures/fake.js';
import { espreeParser, project, removeProjects, typescriptParser } from '../../fixtures/modules/project.js';

afterAll(removeProjects);

const vueParser: ParserLike = vue;

const MP = fake.mpAccessToken(1);
const STRIPE = fake.stripeSecret(2);
const GITHUB = fake.githubToken(3);

const text = (value: string, file: string, line: number, column: number, name: string): ExportedValue => ({
  kind: 'text',
  text: value,
  where: { file, line, column, name },
});

describe('ES modules', () => {
  const paymentsLine = `export const PAYMENTS = { accessToken: '${MP}', sandbox: false, retries: 3 };`;
  /** 1-based column of `needle` in the first line of payments.js (its length depends on the fake token). */
  const column = (needle: string): number => paymentsLine.indexOf(needle) + 1;
  const p = project({
    'src/config/payments.js': [
      paymentsLine,
      `const KEY = '${STRIPE}';`,
      'const ALIAS = KEY;',
      'export const STRIPE_KEY = ALIAS;',
      'export { KEY, KEY as SECRET };',
      `export default { github: '${GITHUB}' };`,
    ].join('\n'),
    'src/config/named-default.js': `const TOKEN = '${GITHUB}';\nexport { TOKEN as default };\n`,
    'src/config/ident-default.js': `const TOKEN = '${GITHUB}';\nexport default TOKEN;\n`,
    'src/app.js': '',
  });
  const from = p.from('src/app.js');

  it('reads a member of an exported object literal, with where it is written', () => {
    expect(readExport(from, './config/payments.js', 'PAYMENTS', ['accessToken'])).toEqual(text(MP, 'src/config/payments.js', 1, 40, 'PAYMENTS.accessToken'));
    expect(readExport(from, './config/payments', 'PAYMENTS', ['sandbox'])).toEqual({
      kind: 'primitive',
      value: false,
      where: { file: 'src/config/payments.js', line: 1, column: column('false'), name: 'PAYMENTS.sandbox' },
    });
  });

  it('reads a whole exported object', () => {
    expect(readExport(from, './config/payments', 'PAYMENTS')).toEqual({
      kind: 'object',
      complete: true,
      where: { file: 'src/config/payments.js', line: 1, column: 25, name: 'PAYMENTS' },
      entries: new Map<string, ExportedValue>([
        ['accessToken', text(MP, 'src/config/payments.js', 1, 40, 'PAYMENTS.accessToken')],
        ['sandbox', { kind: 'primitive', value: false, where: { file: 'src/config/payments.js', line: 1, column: column('false'), name: 'PAYMENTS.sandbox' } }],
        ['retries', { kind: 'primitive', value: 3, where: { file: 'src/config/payments.js', line: 1, column: column('3 }'), name: 'PAYMENTS.retries' } }],
      ]),
    });
  });

  it('follows const aliases to the declaration that holds the value', () => {
    const key = text(STRIPE, 'src/config/payments.js', 2, 13, 'KEY');
    expect(readExport(from, './config/payments', 'STRIPE_KEY')).toEqual(key);
    expect(readExport(from, './config/payments', 'KEY')).toEqual(key);
    expect(readExport(from, './config/payments', 'SECRET')).toEqual(key);
  });

  it('reads default exports: an object, `export { X as default }`, `export default X`', () => {
    expect(readExport(from, './config/payments', 'default', ['github'])).toEqual(text(GITHUB, 'src/config/payments.js', 6, 26, 'default.github'));
    expect(readExport(from, './config/named-default', 'default')).toEqual(text(GITHUB, 'src/config/named-default.js', 1, 15, 'TOKEN'));
    expect(readExport(from, './config/ident-default', 'default')).toEqual(text(GITHUB, 'src/config/ident-default.js', 1, 15, 'TOKEN'));
  });

  it('reads the namespace (`import * as config`): a member, and the whole', () => {
    expect(readExport(from, './config/payments', '*', ['PAYMENTS', 'accessToken'])).toEqual(text(MP, 'src/config/payments.js', 1, 40, 'PAYMENTS.accessToken'));
    const namespace = readExport(from, './config/payments', '*');
    expect(namespace?.kind === 'object' && [...namespace.entries.keys()]).toEqual(['PAYMENTS', 'STRIPE_KEY', 'KEY', 'SECRET', 'default']);
    expect(namespace?.kind === 'object' && namespace.complete).toBe(true);
    expect(namespace?.kind === 'object' && namespace.where).toEqual({ file: 'src/config/payments.js', line: 1, column: 1, name: '*' });
  });

  it('answers undefined for a name not exported, a key not in a closed object, a missing module', () => {
    expect(readExport(from, './config/payments', 'NOPE')).toBeUndefined();
    expect(readExport(from, './config/payments', 'PAYMENTS', ['nope'])).toBeUndefined();
    expect(readExport(from, './config/payments', 'PAYMENTS', ['accessToken', 'length'])).toEqual({ kind: 'unknown' });
    expect(readExport(from, './config/missing', 'PAYMENTS')).toBeUndefined();
    expect(readExport(from, './config/named-default', 'TOKEN')).toBeUndefined();
  });
});

describe('re-exports', () => {
  const p = project({
    'lib/secrets.ts': `export const A = '${MP}';\nexport const B = '${STRIPE}';\nexport default '${GITHUB}';\n`,
    'lib/more.ts': `export const C = 'c-value';\nexport const A = 'shadowed';\n`,
    'lib/index.ts': [
      "export { A } from './secrets';",
      "export { B as RENAMED, default as GH } from './secrets';",
      "export * from './more';",
      "export * as all from './secrets';",
    ].join('\n'),
    'lib/via-import.ts': [
      "import { A as imported } from './secrets';",
      "import secretsDefault from './secrets';",
      "import * as ns from './secrets';",
      'export { imported };',
      'export const CONFIG = { a: imported, b: ns.B, gh: secretsDefault };',
    ].join('\n'),
    'main.ts': '',
  });
  const from = p.from('main.ts', { parser: typescriptParser });
  const A = text(MP, 'lib/secrets.ts', 1, 18, 'A');
  const B = text(STRIPE, 'lib/secrets.ts', 2, 18, 'B');
  const GH = text(GITHUB, 'lib/secrets.ts', 3, 16, 'default');

  it('follows `export { X } from`, renamed and default re-exports', () => {
    expect(readExport(from, './lib', 'A')).toEqual(A);
    expect(readExport(from, './lib/index', 'RENAMED')).toEqual(B);
    expect(readExport(from, './lib/index.js', 'GH')).toEqual(GH);
  });

  it('follows `export *` (own exports first, never `default`) and `export * as ns`', () => {
    expect(readExport(from, './lib', 'C')).toEqual(text('c-value', 'lib/more.ts', 1, 18, 'C'));
    expect(readExport(from, './lib', 'all', ['B'])).toEqual(B);
    const namespace = readExport(from, './lib', '*');
    expect(namespace?.kind === 'object' && [...namespace.entries.keys()]).toEqual(['A', 'RENAMED', 'GH', 'all', 'C']);
    expect(namespace?.kind === 'object' && namespace.entries.get('A')).toEqual(A);
  });

  it('follows import bindings used in values, and re-exported', () => {
    expect(readExport(from, './lib/via-import', 'imported')).toEqual(A);
    expect(readExport(from, './lib/via-import', 'CONFIG', ['b'])).toEqual(B);
    expect(readExport(from, './lib/via-import', 'CONFIG')).toEqual({
      kind: 'object',
      complete: true,
      where: { file: 'lib/via-import.ts', line: 5, column: 23, name: 'CONFIG' },
      entries: new Map([
        ['a', A],
        ['b', B],
        ['gh', GH],
      ]),
    });
  });
});

describe('values', () => {
  const p = project({
    'values.ts': [
      "export const JOINED = 'sk_' + 'live_' + 42;",
      "const HOST = 'api.example.com';",
      'export const URL = `https://${HOST}/v1`;',
      'export const KEY = process.env.STRIPE_KEY;',
      "export const VITE = import.meta.env['VITE_KEY'];",
      'export const FROZEN = Object.freeze({ key: HOST as string });',
      'export const LIST = [HOST, 1];',
      "export const NESTED = { a: { b: { c: 'deep' } } };",
      "export const { a: { b: PICKED } } = NESTED;",
      'export const CALL = compute();',
      "export const FALLBACK = process.env.X || 'default';",
      "export let CHANGED = 'first';",
      "CHANGED = 'second';",
      "export const MUTATED = { key: 'before' };",
      "MUTATED.key = 'after';",
      'export const SPREAD = { early: 1, ...unknownThing, late: 2 };',
      "export const COMPUTED = { [HOST]: 'by-const-key', [dynamic()]: 'x', after: 'y' };",
      "export const enum Mode { Live = 'live', Test = 'test' }",
      'export enum Level { Low, High = 10, Higher }',
      'export function fn() { return 1; }',
      'export type T = string;',
      "export const NEG = -1, HEX = 0x10, NUL = null, BIG = 10n, RE = /x/u;",
    ].join('\n'),
    'app.ts': '',
  });
  const from = p.from('app.ts', { parser: typescriptParser });
  const read = (name: string, members: string[] = []): ExportedValue | undefined => readExport(from, './values', name, members);

  it('puts strings together: `+` with numbers, templates with known holes', () => {
    expect(read('JOINED')).toEqual(text('sk_live_42', 'values.ts', 1, 23, 'JOINED'));
    expect(read('URL')).toEqual(text('https://api.example.com/v1', 'values.ts', 3, 20, 'URL'));
  });

  it('records environment reads as `env`', () => {
    expect(read('KEY')).toEqual({ kind: 'env', name: 'STRIPE_KEY', object: 'process.env', where: { file: 'values.ts', line: 4, column: 20, name: 'KEY' } });
    expect(read('VITE')).toEqual({ kind: 'env', name: 'VITE_KEY', object: 'import.meta.env', where: { file: 'values.ts', line: 5, column: 21, name: 'VITE' } });
  });

  it('reads through `Object.freeze`, `as`, arrays, nested objects and destructuring', () => {
    expect(read('FROZEN', ['key'])).toEqual(text('api.example.com', 'values.ts', 2, 14, 'HOST'));
    expect(read('LIST', ['1'])).toEqual({ kind: 'primitive', value: 1, where: { file: 'values.ts', line: 7, column: 28, name: 'LIST[1]' } });
    expect(read('LIST', ['2'])).toBeUndefined();
    expect(read('NESTED', ['a', 'b', 'c'])).toEqual(text('deep', 'values.ts', 8, 38, 'NESTED.a.b.c'));
    expect(read('PICKED', ['c'])).toEqual(text('deep', 'values.ts', 8, 38, 'NESTED.a.b.c'));
  });

  it('says unknown for calls, reassigned and mutated bindings, functions', () => {
    for (const name of ['CALL', 'CHANGED', 'MUTATED', 'fn', 'BIG', 'RE']) expect(read(name), name).toEqual({ kind: 'unknown' });
    expect(read('T')).toBeUndefined();
  });

  it('says an environment read with a text to fall back on is a fallback to that text', () => {
    expect(read('FALLBACK')).toEqual({ kind: 'fallback', text: 'default', where: { file: 'values.ts', line: 11, column: 42, name: 'FALLBACK' } });
  });

  it('makes keys written before an unknown spread or computed key unknown, and the object incomplete', () => {
    expect(read('SPREAD', ['early'])).toEqual({ kind: 'unknown' });
    expect(read('SPREAD', ['late'])).toEqual({ kind: 'primitive', value: 2, where: { file: 'values.ts', line: 16, column: 58, name: 'SPREAD.late' } });
    expect(read('SPREAD', ['other'])).toEqual({ kind: 'unknown' });
    const spread = read('SPREAD');
    expect(spread?.kind === 'object' && spread.complete).toBe(false);
    expect(spread?.kind === 'object' && spread.entries.get('early')).toEqual({ kind: 'unknown' });
    expect(read('COMPUTED', ['api.example.com'])).toEqual({ kind: 'unknown' });
    expect(read('COMPUTED', ['after'])).toEqual(text('y', 'values.ts', 17, 76, 'COMPUTED.after'));
  });

  it('reads TypeScript enums as objects', () => {
    expect(read('Mode', ['Test'])).toEqual(text('test', 'values.ts', 18, 48, 'Mode.Test'));
    expect(read('Level', ['Higher'])).toEqual({ kind: 'primitive', value: 11, where: { file: 'values.ts', line: 19, column: 37, name: 'Level.Higher' } });
    expect(read('Level', ['Low'])).toEqual({ kind: 'primitive', value: 0, where: { file: 'values.ts', line: 19, column: 21, name: 'Level.Low' } });
  });

  it('reads numbers, negatives and null', () => {
    expect(read('NEG')).toEqual({ kind: 'primitive', value: -1, where: { file: 'values.ts', line: 22, column: 20, name: 'NEG' } });
    expect(read('HEX')).toEqual({ kind: 'primitive', value: 16, where: { file: 'values.ts', line: 22, column: 30, name: 'HEX' } });
    expect(read('NUL')).toEqual({ kind: 'primitive', value: null, where: { file: 'values.ts', line: 22, column: 42, name: 'NUL' } });
  });

  it('does not take a locally declared `process` for the environment', () => {
    const q = project({ 'env.js': "const process = { env: { KEY: 'local' } };\nexport const KEY = process.env.KEY;\n", 'app.js': '' });
    expect(readExport(q.from('app.js'), './env', 'KEY')).toEqual(text('local', 'env.js', 1, 31, 'process.env.KEY'));
  });
});

describe('strings and objects built from other modules', () => {
  const p = project({
    'base.js': `export const BASE = 'https://api.example.com';\nexport const TOKEN = '${MP}';\nexport const base = { production: false, region: 'us' };\n`,
    'built.js': [
      "import { BASE, TOKEN, base } from './base.js';",
      'export const URL = `${BASE}/v1/keys/${TOKEN}`;',
      "export const JOINED = BASE + '/v2';",
      'export const environment = { ...base, production: true };',
      "export const RUNTIME = BASE + getPath();",
    ].join('\n'),
    'app.js': '',
  });
  const from = p.from('app.js');

  it('puts together strings whose pieces are imported', () => {
    expect(readExport(from, './built', 'URL')).toEqual(text(`https://api.example.com/v1/keys/${MP}`, 'built.js', 2, 20, 'URL'));
    expect(readExport(from, './built', 'JOINED')).toEqual(text('https://api.example.com/v2', 'built.js', 3, 23, 'JOINED'));
    expect(readExport(from, './built', 'RUNTIME')).toEqual({ kind: 'unknown' });
  });

  it('merges an imported object spread into an object literal', () => {
    expect(readExport(from, './built', 'environment', ['region'])).toEqual(text('us', 'base.js', 3, 50, 'base.region'));
    expect(readExport(from, './built', 'environment', ['production'])).toEqual({
      kind: 'primitive',
      value: true,
      where: { file: 'built.js', line: 4, column: 51, name: 'environment.production' },
    });
    const environment = readExport(from, './built', 'environment');
    expect(environment?.kind === 'object' && [...environment.entries.keys()]).toEqual(['region', 'production']);
    expect(environment?.kind === 'object' && environment.complete).toBe(true);
  });
});

describe('Angular environments', () => {
  it('reads `environment.stripe.secretKey` from src/environments/environment.ts', () => {
    const p = project({
      'src/environments/environment.ts': [
        'export const environment = {',
        '  production: true,',
        "  apiUrl: 'https://api.example.com',",
        '  stripe: {',
        `    secretKey: '${STRIPE}',`,
        '  },',
        '};',
      ].join('\n'),
      'src/app/payments/payments.service.ts': '',
    });
    const from = p.from('src/app/payments/payments.service.ts', { parser: typescriptParser });
    expect(readExport(from, '../../environments/environment', 'environment', ['stripe', 'secretKey'])).toEqual(
      text(STRIPE, 'src/environments/environment.ts', 5, 16, 'environment.stripe.secretKey'),
    );
    expect(readExport(from, '../../environments/environment', 'environment', ['production'])).toEqual({
      kind: 'primitive',
      value: true,
      where: { file: 'src/environments/environment.ts', line: 2, column: 15, name: 'environment.production' },
    });
  });
});

describe('CommonJS', () => {
  const p = project({
    'config/whole.js': `module.exports = {\n  accessToken: '${MP}',\n  nested: { key: 'n' },\n};\nmodule.exports.extra = 'added';\n`,
    'config/named.js': `exports.TOKEN = '${GITHUB}';\nmodule.exports.OTHER = 'other';\n`,
    'config/string.cjs': `module.exports = '${STRIPE}';\n`,
    'config/forward.js': "module.exports = require('./whole');\n",
    'config/destructure.js': "const { accessToken } = require('./whole');\nconst whole = require('./whole.js');\nmodule.exports = { token: accessToken, nestedKey: whole.nested.key };\n",
    'config/detached.js': "module.exports = { a: 'a' };\nexports.lost = 'lost';\n",
    'config/nested-write.js': "module.exports = { a: 'a', b: 'b' };\nif (process.env.X) module.exports.a = 'other';\n",
    'config/transpiled.js': "Object.defineProperty(exports, '__esModule', { value: true });\nexports.default = { key: 'from-default' };\n",
    'config/export-equals.ts': "const config = { key: 'eq' };\nexport = config;\n",
    'config/import-equals.ts': "import whole = require('./whole');\nexport const TOKEN = whole.accessToken;\n",
    'app.js': '',
  });
  const from = p.from('app.js');
  const token = text(MP, 'config/whole.js', 2, 16, 'module.exports.accessToken');

  it('reads `module.exports = { … }` as a namespace (require), a default import, and named imports', () => {
    expect(readExport(from, './config/whole', '*', ['accessToken'])).toEqual(token);
    expect(readExport(from, './config/whole', 'default', ['accessToken'])).toEqual(token);
    expect(readExport(from, './config/whole', 'accessToken')).toEqual(token);
    expect(readExport(from, './config/whole', 'extra')).toEqual(text('added', 'config/whole.js', 5, 24, 'module.exports.extra'));
    const whole = readExport(from, './config/whole', '*');
    expect(whole?.kind === 'object' && [...whole.entries.keys()]).toEqual(['accessToken', 'nested', 'extra']);
  });

  it('reads `exports.X = …` and `module.exports.X = …`', () => {
    expect(readExport(from, './config/named', 'TOKEN')).toEqual(text(GITHUB, 'config/named.js', 1, 17, 'exports.TOKEN'));
    expect(readExport(from, './config/named', '*', ['OTHER'])).toEqual(text('other', 'config/named.js', 2, 24, 'module.exports.OTHER'));
  });

  it('reads a string module, a forwarding module, and values required from other modules', () => {
    expect(readExport(from, './config/string.cjs', '*')).toEqual(text(STRIPE, 'config/string.cjs', 1, 18, 'module.exports'));
    expect(readExport(from, './config/forward', 'accessToken')).toEqual(token);
    expect(readExport(from, './config/destructure', 'token')).toEqual(token);
    expect(readExport(from, './config/destructure', 'nestedKey')).toEqual(text('n', 'config/whole.js', 3, 18, 'module.exports.nested.key'));
  });

  it('drops `exports.X` written after `module.exports` was replaced, and distrusts writes below the top level', () => {
    expect(readExport(from, './config/detached', 'lost')).toBeUndefined();
    expect(readExport(from, './config/nested-write', 'a')).toEqual({ kind: 'unknown' });
    expect(readExport(from, './config/nested-write', 'b')).toEqual(text('b', 'config/nested-write.js', 1, 31, 'module.exports.b'));
  });

  it('takes `exports.default` as the default export of transpiled ES modules', () => {
    expect(readExport(from, './config/transpiled', 'default', ['key'])).toEqual(text('from-default', 'config/transpiled.js', 2, 26, 'exports.default.key'));
  });

  it('reads TypeScript `export =` and `import x = require()`', () => {
    const ts = p.from('app.ts', { parser: typescriptParser });
    expect(readExport(ts, './config/export-equals', 'key')).toEqual(text('eq', 'config/export-equals.ts', 1, 23, 'config.key'));
    expect(readExport(ts, './config/import-equals', 'TOKEN')).toEqual(token);
  });
});

describe('resolution', () => {
  const p = project({
    'tsconfig.json': [
      '{',
      '  // comments and trailing commas, as tsc allows',
      '  "extends": "./tsconfig.base.json",',
      '  "compilerOptions": {',
      '    "paths": { "@config/*": ["src/config/*", "fallback/*"], "@pay": ["src/config/payments.ts"], "@*": ["src/wild/*"], },',
      '  },',
      '}',
    ].join('\n'),
    'tsconfig.base.json': '{ /* the base */ "compilerOptions": { "baseUrl": "." } }',
    'src/config/payments.ts': "export const KEY = 'payments';\n",
    'src/config/index.ts': "export const KEY = 'index';\n",
    'src/config/emitted.ts': "export const KEY = 'emitted-ts';\n",
    'src/config/module.mts': "export const KEY = 'mts';\n",
    'src/config/common.cjs': "exports.KEY = 'cjs';\n",
    'src/wild/x.ts': "export const KEY = 'wild';\n",
    'fallback/only-here.ts': "export const KEY = 'fallback';\n",
    'src/lib/tools.ts': "export const KEY = 'baseUrl';\n",
    'src/app/main.ts': '',
    'data.json': '{ "KEY": "json" }',
    'src/config/widget.vue': "<script>export const KEY = 'vue';</script>\n",
    'node_modules/pkg/index.js': "export const KEY = 'package';\n",
    'src/node_modules/local/index.js': "export const KEY = 'nested package';\n",
  });
  const from = p.from('src/app/main.ts', { parser: typescriptParser });
  const key = (specifier: string, options: Parameters<typeof p.from>[1] = {}): string | undefined => {
    const value = readExport({ ...from, ...options }, specifier, 'KEY');
    return value?.kind === 'text' ? value.text : value?.kind;
  };

  it('resolves relative specifiers: extensionless, TypeScript `.js` → `.ts`, `.mjs` → `.mts`, directory index, exact `.cjs`', () => {
    expect(key('../config/payments')).toBe('payments');
    expect(key('../config/emitted.js')).toBe('emitted-ts');
    expect(key('../config/module.mjs')).toBe('mts');
    expect(key('../config')).toBe('index');
    expect(key('../config/')).toBe('index');
    expect(key('../config/common.cjs')).toBe('cjs');
  });

  it('resolves tsconfig `paths` (exact, longest prefix, later targets) and `baseUrl` from an extended config', () => {
    expect(key('@pay')).toBe('payments');
    expect(key('@config/payments')).toBe('payments');
    expect(key('@config/only-here')).toBe('fallback');
    expect(key('@x')).toBe('wild');
    expect(key('src/lib/tools')).toBe('baseUrl');
  });

  it('resolves the alias map, longest prefix first, with exact aliases', () => {
    const aliases = { '@/': 'src/', '@/config/': 'fallback/', '~pay': 'src/config/payments.ts' };
    expect(key('@/lib/tools', { aliases })).toBe('baseUrl');
    expect(key('@/config/only-here', { aliases })).toBe('fallback');
    expect(key('~pay', { aliases })).toBe('payments');
    expect(key('~payments', { aliases })).toBeUndefined();
  });

  it('reads a JSON module named with its extension, never probes for one', () => {
    // its value is module.exports: a named import reads its key, as bundlers and Node interop do
    expect(key('../../data.json')).toBe('json');
    expect(key('../../data')).toBeUndefined();
    expect(key('../../missing.json')).toBeUndefined();
  });

  it('refuses packages, node_modules, non-source files, absolute paths, URLs and node: specifiers', () => {
    expect(key('pkg')).toBeUndefined();
    expect(key('../../node_modules/pkg/index.js')).toBeUndefined();
    expect(key('../node_modules/local')).toBeUndefined();
    expect(key('pkg', { aliases: { pkg: 'node_modules/pkg' } })).toBeUndefined();
    expect(key('../config/widget.vue')).toBeUndefined();
    expect(key(p.path('src/config/payments.ts'))).toBeUndefined();
    expect(key('node:fs')).toBeUndefined();
    expect(key('file:///etc/passwd')).toBeUndefined();
    expect(resolveModule(from, '../config/payments')).toBe(p.path('src/config/payments.ts'));
    expect(resolveModule(from, 'pkg')).toBeUndefined();
  });

  it('never reads outside the project root, also through a symlink', () => {
    const outside = project({ 'secret.js': "export const KEY = 'outside';\n" });
    const inner = project({ 'app/main.js': '', 'app/eslint.config.js': '' }, { config: false });
    // The root of inner/app/main.js is inner/app: its parent is outside.
    inner.write('shared.js', "export const KEY = 'parent';\n");
    const app = inner.from('app/main.js');
    expect(readExport(app, '../shared', 'KEY')).toBeUndefined();
    symlinkSync(outside.path('secret.js'), inner.path('app/link.js'));
    expect(readExport(app, './link.js', 'KEY')).toBeUndefined();
    expect(readExport(app, path.relative(inner.path('app'), outside.path('secret')), 'KEY')).toBeUndefined();
    // an alias or tsconfig path that points outside is refused too
    expect(readExport({ ...app, aliases: { '@up/': '../' } }, '@up/shared', 'KEY')).toBeUndefined();
  });

  it('takes the nearest package.json directory as the root when there is no eslint.config', () => {
    const q = project({ 'package.json': '{}', 'src/a.js': "export const KEY = 'a';\n", 'src/b.js': '' }, { config: false });
    expect(readExport(q.from('src/b.js'), './a', 'KEY')).toEqual(text('a', 'src/a.js', 1, 20, 'KEY'));
  });

  it('follows `extends` without `.json` and arrays of them; skips package, outside and broken configs', () => {
    const q = project({
      'tsconfig.json': '{ "extends": ["@tsconfig/node20/tsconfig.json", "./configs/paths", "../outside.json"] }',
      'configs/paths.json': '{ "extends": "./broken.json", "compilerOptions": { "paths": { "#cfg/*": ["../src/cfg/*"] } } }',
      'configs/broken.json': '{ "compilerOptions": { "baseUrl": ',
      'src/cfg/keys.ts': "export const KEY = 'extended';\n",
      'src/app.ts': '',
    });
    const from = q.from('src/app.ts', { parser: typescriptParser });
    // `paths` without `baseUrl` are relative to the file that declares them
    expect(readExport(from, '#cfg/keys', 'KEY')).toEqual(text('extended', 'src/cfg/keys.ts', 1, 20, 'KEY'));
    expect(readExport(from, 'cfg/keys', 'KEY')).toBeUndefined();
  });

  it('reads jsconfig.json when there is no tsconfig.json', () => {
    const q = project({ 'jsconfig.json': '{ "compilerOptions": { "baseUrl": "src" } }', 'src/lib/x.js': "export const KEY = 'js';\n", 'src/app.js': '' });
    expect(readExport(q.from('src/app.js'), 'lib/x', 'KEY')).toEqual(text('js', 'src/lib/x.js', 1, 20, 'KEY'));
  });
});

describe('parsers', () => {
  const p = project({
    'src/config.ts': `interface Config { key: string }\nexport const CONFIG: Config = { key: '${MP}' } satisfies Config;\n`,
    'src/view.tsx': "export const LABEL = 'label';\nexport const View = () => <div>{LABEL}</div>;\n",
    'src/app.js': '',
  });

  it('falls back to @typescript-eslint/parser for TypeScript imported from a file espree lints', () => {
    const before = readerCounters();
    // The project is in a temp directory: the fallback is found from the working directory (this repo).
    const from = p.from('src/app.js', { parser: espreeParser, cwd: process.cwd(), root: p.root });
    expect(readExport(from, './config', 'CONFIG', ['key'])).toEqual(text(MP, 'src/config.ts', 2, 38, 'CONFIG.key'));
    const after = readerCounters();
    expect(after.fallbackParses - before.fallbackParses).toBe(1);
    expect(after.parses - before.parses).toBe(2);
  });

  it('gives up on TypeScript when @typescript-eslint/parser cannot be resolved', () => {
    // Another parser object: another cache, so the file is parsed again.
    const espreeAgain = { parse: espreeParser.parse };
    expect(readExport(p.from('src/app.js', { parser: espreeAgain }), './config', 'CONFIG')).toBeUndefined();
  });

  it('parses TSX, and ignores the options that make a typed program', () => {
    const from = p.from('src/app.ts', { parser: typescriptParser, parserOptions: { projectService: true, project: true, tsconfigRootDir: p.root } });
    expect(readExport(from, './view', 'LABEL')).toEqual(text('label', 'src/view.tsx', 1, 22, 'LABEL'));
  });

  it('reads modules imported from a Vue file through vue-eslint-parser and its inner parser', () => {
    const from = p.from('src/App.vue', { parser: vueParser, parserOptions: { parser: typescriptParser, ecmaVersion: 'latest', sourceType: 'module' } });
    expect(readExport(from, './config', 'CONFIG', ['key'])).toEqual(text(MP, 'src/config.ts', 2, 38, 'CONFIG.key'));
    expect(readExport(from, './view', 'LABEL')).toEqual(text('label', 'src/view.tsx', 1, 22, 'LABEL'));
  });

  it('caches a parse error as nothing known, and reads the file again once fixed', () => {
    p.write('src/broken.js', "export const KEY = 'a' +;\n");
    const from = p.from('src/app.js');
    const before = readerCounters();
    expect(readExport(from, './broken', 'KEY')).toBeUndefined();
    expect(readExport(from, './broken', 'KEY')).toBeUndefined();
    expect(readerCounters().reads - before.reads).toBe(1);
    p.write('src/broken.js', "export const KEY = 'fixed';\n");
    expect(readExport(from, './broken', 'KEY')).toEqual(text('fixed', 'src/broken.js', 1, 20, 'KEY'));
  });
});

describe('edits between reads', () => {
  it('sees a module edited while the process lives, and edited back', () => {
    const p = project({ 'config.js': `export const KEY = '${MP}';\n`, 'app.js': '' });
    const from = p.from('app.js');
    const settings = {};
    expect(readExport({ ...from, settings }, './config', 'KEY')).toEqual(text(MP, 'config.js', 1, 20, 'KEY'));
    p.write('config.js', `// rotated\nexport const KEY = process.env.KEY;\n`);
    expect(readExport({ ...from, settings }, './config', 'KEY')).toEqual({ kind: 'env', name: 'KEY', object: 'process.env', where: { file: 'config.js', line: 2, column: 20, name: 'KEY' } });
    p.write('config.js', `export const KEY = '${MP}';\n`);
    expect(readExport({ ...from, settings }, './config', 'KEY')).toEqual(text(MP, 'config.js', 1, 20, 'KEY'));
  });

  it('sees an edit that keeps the size, by the modification time', () => {
    const p = project({ 'config.js': "export const KEY = 'aaaa';\n", 'app.js': '' });
    const from = p.from('app.js');
    expect(readExport(from, './config', 'KEY')).toEqual(text('aaaa', 'config.js', 1, 20, 'KEY'));
    writeFileSync(p.path('config.js'), "export const KEY = 'bbbb';\n");
    const later = new Date(Date.now() + 5_000);
    utimesSync(p.path('config.js'), later, later);
    expect(readExport(from, './config', 'KEY')).toEqual(text('bbbb', 'config.js', 1, 20, 'KEY'));
  });

  it('sees a deleted module as missing', () => {
    const p = project({ 'config.js': "export const KEY = 'k';\n", 'app.js': '' });
    expect(readExport(p.from('app.js'), './config', 'KEY')).toEqual(text('k', 'config.js', 1, 20, 'KEY'));
    p.write('config.js', '');
    expect(readExport(p.from('app.js'), './config', 'KEY')).toBeUndefined();
  });
});

describe('the process-wide resolution cache', () => {
  it('retries a module cached as missing once it is created, in its directory or in a new one, and drops it when deleted', () => {
    const p = project({ 'src/app.js': '' });
    const from = (): ReturnType<typeof p.from> => ({ ...p.from('src/app.js'), session: newReaderSession() });
    expect(readExport(from(), './config/keys', 'KEY')).toBeUndefined();
    expect(readExport(from(), './secrets', 'KEY')).toBeUndefined();
    // a new directory with the module in it; a module created beside the importer
    p.write('src/config/keys.ts', `export const KEY = '${STRIPE}';\n`);
    p.write('src/secrets.js', `export const KEY = '${GITHUB}';\n`);
    expect(readExport(from(), './config/keys', 'KEY')).toEqual(text(STRIPE, 'src/config/keys.ts', 1, 20, 'KEY'));
    expect(readExport(from(), './secrets', 'KEY')).toEqual(text(GITHUB, 'src/secrets.js', 1, 20, 'KEY'));
    // `index.ts` created in a directory that already exists
    mkdirSync(p.path('src/env'));
    expect(readExport(from(), './env', 'KEY')).toBeUndefined();
    p.write('src/env/index.ts', `export const KEY = '${MP}';\n`);
    expect(readExport(from(), './env', 'KEY')).toEqual(text(MP, 'src/env/index.ts', 1, 20, 'KEY'));
    // deleted; renamed to another extension
    rmSync(p.path('src/secrets.js'));
    expect(readExport(from(), './secrets', 'KEY')).toBeUndefined();
    renameSync(p.path('src/config/keys.ts'), p.path('src/config/keys.js'));
    expect(readExport(from(), './config/keys', 'KEY')).toEqual(text(STRIPE, 'src/config/keys.js', 1, 20, 'KEY'));
  });

  it('retries a tsconfig `paths` specifier when the tsconfig is edited', () => {
    const p = project({ 'tsconfig.json': '{ "compilerOptions": { "paths": { "@cfg/*": ["config/*"] } } }\n', 'lib/keys.ts': `export const KEY = '${STRIPE}';\n`, 'app.ts': '' });
    const from = (): ReturnType<typeof p.from> => ({ ...p.from('app.ts'), session: newReaderSession() });
    expect(readExport(from(), '@cfg/keys', 'KEY')).toBeUndefined();
    p.write('tsconfig.json', '{ "compilerOptions": { "paths": { "@cfg/*": ["lib/*"] } } }\n');
    const later = new Date(Date.now() + 5_000);
    utimesSync(p.path('tsconfig.json'), later, later);
    expect(readExport(from(), '@cfg/keys', 'KEY')).toEqual(text(STRIPE, 'lib/keys.ts', 1, 20, 'KEY'));
  });

  it('shares answers between linted files and settings objects: a second file pays no resolution probe', () => {
    const p = project({ 'src/config.js': `export const KEY = '${MP}';\n`, 'src/a.js': '', 'src/b.js': '' });
    readExport({ ...p.from('src/a.js'), settings: {}, session: newReaderSession() }, './config', 'KEY');
    const before = readerCounters();
    expect(readExport({ ...p.from('src/b.js'), settings: {}, session: newReaderSession() }, './config', 'KEY')).toEqual(text(MP, 'src/config.js', 1, 20, 'KEY'));
    // the resolution still a file, the module still fresh: two stats, where resolving probes eight candidates first
    expect(readerCounters().stats - before.stats).toBe(2);
  });

  it(`asks the file system about directories again after ${String(DIRECTORY_FACTS_TTL_MS)} ms`, () => {
    const now = Date.now() + 60_000;
    const facts = directoryFacts(now);
    expect(directoryFacts(now + DIRECTORY_FACTS_TTL_MS)).toBe(facts);
    expect(directoryFacts(now + DIRECTORY_FACTS_TTL_MS + 1)).not.toBe(facts);
  });
});

describe('cycles and depth', () => {
  it('survives `export *` cycles and import cycles', () => {
    const p = project({
      'a.js': "export * from './b';\nexport const A = 'a';\n",
      'b.js': "export * from './a';\nexport const B = 'b';\n",
      'c.js': "import { D } from './d';\nexport const C = D;\n",
      'd.js': "import { C } from './c';\nexport const D = C;\n",
      'self.js': "import * as self from './self';\nexport const S = self.S;\nexport const T = 't';\nexport const U = self.T;\n",
      'app.js': '',
    });
    const from = p.from('app.js');
    expect(readExport(from, './a', 'B')).toEqual(text('b', 'b.js', 2, 18, 'B'));
    expect(readExport(from, './a', 'NONE')).toBeUndefined();
    const namespace = readExport(from, './a', '*');
    expect(namespace?.kind === 'object' && [...namespace.entries.keys()]).toEqual(['A', 'B']);
    expect(readExport(from, './c', 'C')).toEqual({ kind: 'unknown' });
    expect(readExport(from, './self', 'S')).toEqual({ kind: 'unknown' });
    expect(readExport(from, './self', 'U')).toEqual(text('t', 'self.js', 3, 18, 'T'));
  });

  it(`follows a value at most ${String(MAX_HOPS)} modules away`, () => {
    const files: Record<string, string> = { 'app.js': '' };
    for (let i = 0; i < 8; i += 1) files[`m${String(i)}.js`] = `export { V${String(i + 1)} as V${String(i)} } from './m${String(i + 1)}';\nexport const OWN = 'm${String(i)}';\n`;
    // V5 is written in m5 (five hops from m0), V6 in m6 (six).
    files['m5.js'] = "export const V5 = 'five';\n";
    const p = project(files);
    const from = p.from('app.js');
    expect(readExport(from, './m4', 'V4')).toEqual(text('five', 'm5.js', 1, 19, 'V5'));
    expect(readExport(from, './m0', 'V0')).toEqual(text('five', 'm5.js', 1, 19, 'V5'));
    p.write('m5.js', "export { V6 as V5 } from './m6';\n");
    p.write('m6.js', "export const V6 = 'six';\n");
    expect(readExport(from, './m1', 'V1')).toEqual(text('six', 'm6.js', 1, 19, 'V6'));
    expect(readExport(from, './m0', 'V0')).toEqual({ kind: 'unknown' });
  });
});
