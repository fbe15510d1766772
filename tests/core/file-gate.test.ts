/**
 * The file gate (src/core/prechecks/file-gate.ts): what it answers for a file, that a quiet file reaches
 * no rule's `create()` (and a rule given options, settings or a file it checks whatever it says still
 * does), and that it is sound: on every file of the corpus and the examples, and on generated
 * programs, a file the gate finds quiet is one each rule's own pre-check gives no listeners for.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { GENERATED_LINE } from '../../src/core/files/vendored.js';
import { fileGate, OPEN, QUIET, quietFileVendored, VENDORED, type Gate, type GatedContext } from '../../src/core/prechecks/file-gate.js';
import plugin from '../../src/index.js';
import { createRule } from '../../src/utils/create-rule.js';
import { fake } from '../fixtures/fake.js';
import { languageOptionsFor } from '../fixtures/languages.js';

// cwd `/`: the files of the tests (`/app/…`, the corpus) are all under it, as a config's `files` needs
const linter = new Linter({ configType: 'flat', cwd: '/' });

/** A context as the gate reads it, with a new `SourceCode`-like object (the gate keeps one file). */
function gateOf(filename: string, text: string, options: { credentials?: unknown; comments?: [number, number][]; ast?: string } = {}): Gate {
  const lines = text.split('\n');
  const context: GatedContext = {
    filename,
    settings: options.credentials === undefined ? {} : { credentials: options.credentials },
    sourceCode: { text, lines, ast: { type: options.ast ?? 'Program', comments: (options.comments ?? []).map((range) => ({ range })) } },
  };
  return fileGate(context);
}

describe('fileGate', () => {
  it('finds quiet a file that mentions nothing of the default pre-checks', () => {
    expect(gateOf('/app/src/math.ts', 'export const add = (a: number, b: number): number => a + b;\n')).toBe(QUIET);
  });

  it('opens a file that names a credential parameter, a header or a private shape', () => {
    expect(gateOf('/app/src/a.ts', "fetch(url + '?access_token=' + t);\n")).toBe(OPEN);
    expect(gateOf('/app/src/b.ts', "const h = { Authorization: auth };\n")).toBe(OPEN);
    expect(gateOf('/app/src/c.ts', `const k = '${fake.stripeSecret()}';\n`)).toBe(OPEN);
  });

  it('finds quiet a file that says `token` only in a comment', () => {
    const text = '/** Reads the token. */\nexport const id = 1;\n';
    expect(gateOf('/app/src/d.ts', text, { comments: [[0, text.indexOf('\n')]] })).toBe(QUIET);
    expect(gateOf('/app/src/d.ts', text)).toBe(OPEN);
  });


  it('opens the files a rule checks whatever they say: JSON documents, *.config.* files, build tool configs', () => {
    expect(gateOf('/app/public/data.json', '{ "a": 1 }', { ast: 'Document' })).toBe(OPEN);
    expect(gateOf('/app/app.config.ts', 'export default {};\n')).toBe(OPEN);
    expect(gateOf('/app/build.mjs', 'export default {};\n')).toBe(OPEN);
    expect(gateOf('C:\\app\\webpack.prod.js', 'export default {};\n')).toBe(OPEN);
    expect(gateOf('/app/src/build/index.js', 'export default {};\n')).toBe(QUIET);
  });

  it('reads the path under the working directory: a project in a vendor folder is gated as the team’s code', () => {
    const under = (cwd: string, filename: string, text: string): Gate =>
      fileGate({ cwd, filename, settings: {}, sourceCode: { text, lines: text.split('\n'), ast: { type: 'Program', comments: [] } } });
    expect(under('/srv/vendor/shop', '/srv/vendor/shop/src/math.ts', 'export const one = 1;\n')).toBe(QUIET);
    expect(under('/srv/vendor/shop', '/srv/vendor/shop/src/api.ts', 'const h = { Authorization: auth };\n')).toBe(OPEN);
    expect(under('/srv/vendor/shop', '/srv/vendor/shop/public/vendor/lib.js', 'const h = { Authorization: auth };\n')).toBe(VENDORED);
    // a `*.config.*` folder above the project is no config file
    expect(under('/srv/site.config.d/app', '/srv/site.config.d/app/src/math.ts', 'export const one = 1;\n')).toBe(QUIET);
  });

  it('answers vendored files, whatever they say; a quiet generated file is quiet until a rule given options asks', () => {
    expect(gateOf('/app/public/vendor/lib.js', "const h = { Authorization: auth };\n")).toBe(VENDORED);
    expect(gateOf('/app/public/vendor/lib.js', 'const one = 1;\n')).toBe(VENDORED);
    expect(gateOf('/app/public/vendor/lib.js', 'const one = 1;\n', { credentials: { vendored: 'check' } })).toBe(OPEN);
    // a generated file, whatever its name: a build tool's config or any other
    const generated = `var pad = "${'x'.repeat(GENERATED_LINE)}";\n`;
    expect(gateOf('/app/vite.config.js', generated)).toBe(VENDORED);
    expect(gateOf('/app/src/pad.js', `${generated}const h = { Authorization: auth };\n`)).toBe(VENDORED);
    // checked like any other file when the settings ask: quiet, and not vendored for a rule given options
    expect(gateOf('/app/src/pad.js', generated, { credentials: { vendored: 'check' } })).toBe(QUIET);
    expect(quietFileVendored()).toBe(false);
    // no rule without options has listeners for it either way: its lines are read only when asked
    expect(gateOf('/app/src/pad.js', generated)).toBe(QUIET);
    expect(quietFileVendored()).toBe(true);
    expect(gateOf('/app/src/short.js', 'var pad = "x";\n')).toBe(QUIET);
    expect(quietFileVendored()).toBe(false);
  });

  it('keeps one answer per file: the same SourceCode is answered without a scan', () => {
    const sourceCode = { text: 'const one = 1;\n', lines: ['const one = 1;', ''], ast: { type: 'Program', comments: [] } };
    const context = { filename: '/app/src/one.ts', settings: {}, sourceCode };
    expect(fileGate(context)).toBe(QUIET);
    // the text changes under the same object: the kept answer stands (ESLint never changes a SourceCode)
    Object.assign(sourceCode, { text: "const k = 'access_token';\n" });
    expect(fileGate(context)).toBe(QUIET);
    expect(fileGate({ ...context, sourceCode: { ...sourceCode } })).toBe(OPEN);
  });

  it('reads the context once per file, for the three rules', () => {
    const sourceCode = { text: 'const one = 1;\n', lines: ['const one = 1;', ''], ast: { type: 'Program', comments: [] } };
    let reads = 0;
    const context = { sourceCode, settings: {}, get filename() { reads += 1; return '/app/src/app.js'; } };
    expect([fileGate(context), fileGate(context), fileGate(context)]).toEqual([QUIET, QUIET, QUIET]);
    expect(reads).toBe(1);
  });

  it('reads `sourceCode` from every context, and gates a file again when it changes', () => {
    // contexts on one frozen file object, as ESLint's: each rule's context is asked for its `sourceCode`
    const text = 'const one = 1;\n';
    const file = Object.freeze({ filename: '/app/src/app.js', settings: {}, sourceCode: { text, lines: text.split('\n'), ast: { type: 'Program', comments: [] } } });
    const counted = { reads: 0 };
    const ruleContext = (): GatedContext =>
      Object.freeze(Object.create(file, { sourceCode: { get: (): unknown => ((counted.reads += 1), Reflect.get(file, 'sourceCode') as unknown) } }) as GatedContext);
    expect([0, 1, 2].map(() => fileGate(ruleContext()))).toEqual([QUIET, QUIET, QUIET]);
    expect(counted.reads).toBe(3);
    // a prototype that is not frozen may be given another `sourceCode`: answered for it
    const open = { filename: '/app/src/app.js', settings: {}, sourceCode: { text, lines: text.split('\n'), ast: { type: 'Program', comments: [] } } };
    const context = Object.freeze(Object.create(open) as GatedContext);
    expect(fileGate(context)).toBe(QUIET);
    open.sourceCode = { text: "const k = 'access_token';\n", lines: ["const k = 'access_token';", ''], ast: { type: 'Program', comments: [] } };
    expect(fileGate(context)).toBe(OPEN);
  });
});

describe('createRule: a rule of `quietWithoutOptions`', () => {
  const created: string[] = [];
  const probe = createRule<[{ level?: number }], 'found'>({
    name: 'probe',
    meta: { type: 'problem', docs: { description: 'probe' }, schema: [{ type: 'object', properties: { level: { type: 'integer' } }, additionalProperties: false }], messages: { found: 'found' } },
    defaults: [{}],
    quietWithoutOptions: true,
    create(context) {
      created.push(path.basename(context.filename));
      return {};
    },
  });
  const lint = (code: string, filename: string, options?: { level: number }, settings?: Record<string, unknown>): void => {
    created.length = 0;
    const config: Linter.Config = {
      files: ['**/*.{js,ts,mjs}'],
      plugins: { probe: { rules: { probe: probe as unknown as Rule.RuleModule } } },
      rules: { 'probe/probe': options ? ['error', options] : 'error' },
      ...(settings ? { settings } : {}),
    };
    linter.verify(code, [config], { filename });
  };

  it('is not created for a quiet file', () => {
    lint('export const one = 1;\n', '/app/src/one.ts');
    expect(created).toEqual([]);
  });

  it('is created for a file the gate opens, for a rule given options, for a file that names a header of the settings', () => {
    // each lint starts a new list
    lint("export const k = { 'x-api-key': key };\n", '/app/src/two.ts');
    expect(created).toEqual(['two.ts']);
    lint('export const one = 1;\n', '/app/src/three.ts', { level: 1 });
    expect(created).toEqual(['three.ts']);
    // settings alone do not open a file: the gate asks the unions of the settings' pre-checks
    lint('export const one = 1;\n', '/app/src/four.ts', undefined, { credentials: {} });
    expect(created).toEqual([]);
    lint("export const h = { 'X-Acme-Gateway': key };\n", '/app/src/four.ts', undefined, { credentials: { headers: ['X-Acme-Gateway'] } });
    expect(created).toEqual(['four.ts']);
    lint('export default {};\n', '/app/vite.config.ts');
    expect(created).toEqual(['vite.config.ts']);
  });

  it('is not created for a generated file, given options or not', () => {
    const generated = `export const pad = "${'x'.repeat(GENERATED_LINE)}";\n`;
    // each lint starts a new list
    lint(generated, '/app/src/pad.ts', { level: 1 });
    expect(created).toEqual([]);
    lint(generated, '/app/src/pad.ts');
    expect(created).toEqual([]);
    lint(`${generated}export const h = { Authorization: auth };\n`, '/app/src/pad.ts', { level: 1 });
    expect(created).toEqual([]);
    lint('export const pad = "x";\n', '/app/src/pad.ts', { level: 1 });
    expect(created).toEqual(['pad.ts']);
  });
});

/** Files of the corpus and the examples, with the languages the tests give them. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(?:[cm]?[jt]sx?|vue)$/u.test(entry) ? [full] : [];
  });
}

const RULES = Object.keys(plugin.rules);

/**
 * For each file: the gate's answer under `credentials` (`settings.credentials`, none by default), and
 * how many listeners each rule's own `create()` returns under the same settings, each rule given its
 * default options (`{}`), which the gate leaves to the rule even for a quiet file.
 */
function listenersOf(code: string, filename: string, credentials?: Record<string, unknown>, languageOptions = languageOptionsFor(filename)): { gate: Gate; listeners: Record<string, number> } {
  let gate: Gate = OPEN;
  const listeners: Record<string, number> = {};
  const rules: Record<string, Rule.RuleModule> = {
    gate: {
      meta: { schema: [] },
      create(context) {
        const { sourceCode } = context;
        // a copy of the SourceCode: the gate keeps its answer for this object, not for the rules' file
        gate = fileGate({ filename: context.filename, settings: credentials ? { credentials } : {}, sourceCode: { text: sourceCode.text, lines: sourceCode.lines, ast: sourceCode.ast } });
        return {};
      },
    },
  };
  for (const name of RULES) {
    const rule: Rule.RuleModule = plugin.rules[name as keyof typeof plugin.rules];
    rules[name] = {
      ...rule,
      create(context) {
        const made = rule.create(context);
        listeners[name] = Object.keys(made).length;
        return made;
      },
    };
  }
  const config: Linter.Config = {
    files: ['**/*.{js,jsx,ts,tsx,mjs,cjs,vue}'],
    plugins: { probe: { rules } },
    // each rule given its default options (`{}`): the gate then leaves a quiet file to the rule's own create()
    rules: Object.fromEntries([['probe/gate', 'error'], ...RULES.map((name): [string, Linter.RuleEntry] => [`probe/${name}`, ['error', {}]])]),
    ...(credentials ? { settings: { credentials } } : {}),
    languageOptions,
  };
  linter.verify(code, [config], { filename });
  return { gate, listeners };
}

/** Settings a company preset gives: its own format (with a prefix), header and parameter. */
const ACME = {
  formats: [{ id: 'acme-key', provider: 'Acme', label: 'API key', pattern: 'acme_(?:live|test)_[0-9a-f]{32}', prefix: 'acme_(?:live|test)_' }],
  headers: [{ name: 'X-Acme-Gateway', kind: 'secret' }],
  params: ['acme_key'],
};
const SETTINGS: [string, Record<string, unknown> | undefined][] = [
  ['the defaults', undefined],
  ['empty settings', {}],
  ["a company preset's settings", ACME],
];

describe.each(SETTINGS)('the gate is sound under %s: a quiet file is one no rule has listeners for', (_name, credentials) => {
  const root = path.resolve(import.meta.dirname, '../..');
  const files = [...filesUnder(path.join(root, 'tests/corpus')), ...filesUnder(path.join(root, 'examples'))];

  it('on every file of the corpus and the examples', () => {
    let quiet = 0;
    for (const file of files) {
      const { gate, listeners } = listenersOf(readFileSync(file, 'utf8'), file, credentials);
      if (gate !== QUIET) continue;
      quiet += 1;
      expect(listeners, path.relative(root, file)).toEqual(Object.fromEntries(RULES.map((name) => [name, 0])));
    }
    // the corpus holds a few quiet files (of the "not reported" ones), and mostly files that can hold a finding
    expect(quiet).toBeGreaterThan(5);
    expect(quiet).toBeLessThan(files.length / 2);
  });

  it('on generated programs that come near the pre-checks: requests, env reads, headers and query objects, words that hold a secret word', () => {
    const programs = fc.sample(nearMissProgram, { numRuns: 600, seed: 11 });
    let quiet = 0;
    for (const { code, filename } of programs) {
      const { gate, listeners } = listenersOf(code, filename, credentials);
      if (gate !== QUIET) continue;
      quiet += 1;
      expect(listeners, `${filename}:\n${code}`).toEqual(Object.fromEntries(RULES.map((name) => [name, 0])));
    }
    // most of them are quiet, or the test would say little; some are not (the words come close)
    expect(quiet).toBeGreaterThan(150);
    expect(quiet).toBeLessThan(600);
  });
});

describe('the gate under settings', () => {
  it('opens a file that holds a custom format prefix, header or parameter, and no other', () => {
    const file = '/app/src/acme.ts';
    expect(gateOf(file, `export const k = 'acme_live_${fake.hex(3, 32)}';\n`, { credentials: ACME })).toBe(OPEN);
    expect(gateOf(file, "export const h = { 'X-Acme-Gateway': key };\n", { credentials: ACME })).toBe(OPEN);
    expect(gateOf(file, "export const u = base + '?acme_key=' + key;\n", { credentials: ACME })).toBe(OPEN);
    expect(gateOf(file, "export const h = { 'X-Acme-Gateway': key };\n", { credentials: {} })).toBe(QUIET);
    expect(gateOf(file, 'export const one = 1;\n', { credentials: ACME })).toBe(QUIET);
    expect(gateOf(file, 'export const one = 1;\n', { credentials: {} })).toBe(QUIET);
  });

  it('leaves every file open when no union stands for the settings: a private format without a prefix, invalid settings', () => {
    const noPrefix = { formats: [{ ...ACME.formats[0], prefix: undefined }] };
    expect(gateOf('/app/src/one.ts', 'export const one = 1;\n', { credentials: noPrefix })).toBe(OPEN);
    expect(gateOf('/app/src/one.ts', 'export const one = 1;\n', { credentials: { formats: 'acme' } })).toBe(OPEN);
  });
});

/** Words near the pre-checks' vocabulary: some hold a secret word or a header name, most do not. */
const WORDS = ['monkey', 'keyboard', 'secretary', 'author', 'authorize', 'passage', 'bear', 'bearing', 'tok', 'tokenize', 'app', 'appId', 'client', 'clientId', 'config', 'endpoint', 'baseUrl', 'host', 'page', 'limit', 'session', 'user', 'cred', 'pass', 'sig', 'hash', 'locale', 'mode'];
const word = fc.constantFrom(...WORDS);
const literal = fc.oneof(word, fc.constantFrom('https://api.example.com/v1/items', '/api/items?page=2&limit=10', 'application/json', 'en-US', 'abcdef0123456789abcdef0123456789', 'x'.repeat(40), `acme_live_${fake.hex(4, 32)}`));
const STATEMENTS: fc.Arbitrary<string>[] = [
  fc.tuple(word, literal).map(([name, value]) => `const ${name} = '${value}';`),
  fc.tuple(word, literal).map(([name, value]) => `export const ${name.toUpperCase()} = \`${value}\`;`),
  fc.tuple(literal, word).map(([url, name]) => `fetch('${url}', { method: 'POST', body: JSON.stringify({ ${name} }) });`),
  fc.tuple(literal, word, word).map(([url, a, b]) => `axios.get('${url}', { params: { ${a}: ${b} } });`),
  fc.tuple(literal, word).map(([url, name]) => `const u = new URL('${url}'); u.searchParams.set('${name}', ${name});`),
  fc.tuple(word, word).map(([a, b]) => `const ${a} = new URLSearchParams({ ${b}: '1' }).toString();`),
  fc.tuple(word, literal).map(([name, value]) => `const h = { 'Content-Type': '${value}', Accept: ${name} };`),
  fc.tuple(word, word).map(([a, b]) => `const ${a} = process.env.${b.toUpperCase()} ?? 'dev';`),
  fc.tuple(word, word).map(([a, b]) => `const ${a} = import.meta.env.${b.toUpperCase()};`),
  fc.tuple(word, word).map(([a, b]) => `const ${a} = import.meta.env.VITE_${b.toUpperCase()};`),
  fc.tuple(word, word).map(([a, b]) => `const ${a} = new Stripe(${b});`),
  fc.tuple(word, word).map(([a, b]) => `localStorage.setItem('${a}', ${b});`),
  fc.tuple(word, word).map(([a, b]) => `import { ${a} } from './${b}';`),
  fc.tuple(word, word).map(([a, b]) => `const ${a} = require('${b}');`),
  fc.tuple(word, literal).map(([name, value]) => `export function ${name}(x) { return x === '${value}' ? \`\${x}/${value}\` : null; }`),
  fc.tuple(word, word).map(([a, b]) => `window.${a} = { ${b}, id: 1 };`),
  // a header and a parameter of the company settings (ACME), which only those settings name
  fc.tuple(literal, word).map(([url, name]) => `fetch('${url}', { headers: { 'X-Acme-Gateway': ${name} } });`),
  fc.tuple(literal, word).map(([url, name]) => `fetch('${url}' + '&acme_key=' + ${name});`),
];
const nearMissProgram = fc
  .record({
    statements: fc.array(fc.oneof(...STATEMENTS), { minLength: 1, maxLength: 6 }),
    file: fc.constantFrom('/app/src/main.ts', '/app/src/App.tsx', '/app/src/pages/index.jsx', '/app/public/app.js', '/app/server/index.js', '/app/src/environments/environment.ts'),
  })
  .map(({ statements, file }) => ({ code: `${statements.join('\n')}\n`, filename: file }));
