/**
 * The configuration snippets of README.md and docs/**\/*.md are what users copy into their project:
 * - no eslintrc: a JSON or YAML block with eslintrc keys (`"rules"`, `"extends"`, `"plugins"`, …) fails;
 * - a JS or TS block that is an ESLint configuration (it names an `eslint.config` file in its first
 *   line, uses a preset or a `credentials/…` rule, sets `settings.credentials`, or imports
 *   `eslint/config` or the plugin) is flat config: it has an `export default`, and it uses no name it
 *   does not import or declare (ESLint's `no-undef`);
 * - when it imports nothing but this plugin and `eslint/config`, it is compiled (TypeScript) and run,
 *   and ESLint lints a file with its export: the plugin is registered, the options pass the rules'
 *   schemas and the settings parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { ESLint, Linter } from 'eslint';
import * as eslintConfig from 'eslint/config';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { languageOptionsFor } from './fixtures/languages.js';
import plugin from '../src/index.js';

interface Snippet {
  /** `file:line` of the opening fence. */
  where: string;
  file: string;
  lang: string;
  code: string;
}

const root = new URL('../', import.meta.url);
const FILES = ['README.md', ...readdirSync(new URL('docs/', root), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function snippets(file: string): Snippet[] {
  const found: Snippet[] = [];
  const lines = readFileSync(new URL(file, root), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^```(\w+)/u.exec(lines[i] ?? '');
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !(lines[i] ?? '').startsWith('```'); i += 1) body.push(lines[i] ?? '');
    found.push({ where: `${file}:${String(start + 1)}`, file, lang: fence[1] ?? '', code: body.join('\n') });
  }
  return found;
}

const ALL = FILES.flatMap(snippets);
/** The pages users configure the plugin from (docs/architecture.md is for contributors and holds no config). */
const USER_PAGES = FILES.filter((f) => f === 'README.md' || f === 'docs/settings.md' || f.startsWith('docs/rules/'));
const JS = ['js', 'mjs', 'javascript', 'ts', 'mts', 'typescript'];
const TS = ['ts', 'mts', 'typescript'];

/** What makes a JS or TS block an ESLint configuration. */
const CONFIG =
  /^\/\/.*\beslint[.-]config\b|\bcredentials\.configs\b|['"]credentials\/[a-z-]+['"]|\bsettings\s*:\s*\{\s*credentials\b|\bfrom\s+['"](?:eslint\/config|eslint-plugin-credentials)['"]/u;
const CONFIGS = ALL.filter((s) => JS.includes(s.lang) && CONFIG.test(s.code));

/**
 * eslintrc keys in a JSON block, or in a YAML one. `overrides` counts as eslintrc only as a list: npm's
 * package.json `overrides` (the README's lock-file advice) is an object.
 */
const ESLINTRC_JSON = /"(?:rules|extends|plugins|settings|env|parserOptions)"\s*:|"overrides"\s*:\s*\[/u;
const ESLINTRC_YAML = /^[ \t]*(?:rules|extends|plugins|overrides|env|parserOptions)\s*:/mu;

/** The modules a snippet may import to be run here. */
const MODULES: Record<string, unknown> = {
  'eslint-plugin-credentials': { __esModule: true, default: plugin },
  'eslint/config': eslintConfig,
};

function importsOf(code: string): string[] {
  return [...code.matchAll(/^import\s[^;]*?\bfrom\s+['"]([^'"]+)['"]/gmu)].map((m) => m[1] ?? '');
}

/** Compiles a snippet to CommonJS and runs it with `MODULES`; returns its default export. */
function run(snippet: Snippet): unknown {
  const { outputText } = ts.transpileModule(snippet.code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: TS.includes(snippet.lang) ? 'eslint.config.ts' : 'eslint.config.js',
  });
  const exports: { default?: unknown } = {};
  const load = (name: string): unknown => {
    if (!(name in MODULES)) throw new Error(`${snippet.where} imports ${name}`);
    return MODULES[name];
  };
  const body = vm.runInThisContext(`(function (exports, require) {\n${outputText}\n})`, { filename: snippet.where }) as (e: object, r: typeof load) => void; // a function expression
  body(exports, load);
  return exports.default;
}

describe('configuration snippets in the docs', () => {
  it('are found in README.md, docs/settings.md and every rule page', () => {
    const files = new Set(CONFIGS.map((s) => s.file));
    for (const file of USER_PAGES) expect(files, file).toContain(file);
  });

  it.each(ALL.filter((s) => ['json', 'jsonc', 'json5', 'yaml', 'yml'].includes(s.lang)).map((s) => [s.where, s] as const))(
    '%s is not an eslintrc configuration',
    (_where, snippet) => {
      expect(snippet.code).not.toMatch(snippet.lang.startsWith('y') ? ESLINTRC_YAML : ESLINTRC_JSON);
    },
  );

  it.each(CONFIGS.map((s) => [s.where, s] as const))('%s is flat config that imports what it uses', (_where, snippet) => {
    expect(snippet.code).toMatch(/^export default /mu);
    const filename = TS.includes(snippet.lang) ? 'eslint.config.ts' : 'eslint.config.js';
    const messages = new Linter({ configType: 'flat' }).verify(
      snippet.code,
      [{ files: ['**/*.js', '**/*.ts'], languageOptions: languageOptionsFor(filename), rules: { 'no-undef': 'error' } }],
      { filename },
    );
    expect(messages.map((m) => `${String(m.line)}: ${m.message}`)).toEqual([]);
  });

  const runnable = CONFIGS.filter((s) => importsOf(s.code).every((name) => name in MODULES));

  it('run where they import only the plugin and eslint/config: every rule page and docs/settings.md', () => {
    const files = new Set(runnable.map((s) => s.file));
    for (const file of USER_PAGES.filter((f) => f.startsWith('docs/'))) expect(files, file).toContain(file);
  });

  it.each(runnable.map((s) => [s.where, s] as const))('%s is a configuration ESLint accepts', async (_where, snippet) => {
    const config = run(snippet) as Linter.Config[]; // checked by ESLint just below
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintText('export const ok = 1;\n', { filePath: 'src/index.js' });
    expect(result?.messages).toEqual([]);
    const rules = Object.keys(((await eslint.calculateConfigForFile('src/index.js')) as { rules: object }).rules); // ESLint's computed config
    expect(rules.some((id) => id.startsWith('credentials/'))).toBe(true);
  });
});
