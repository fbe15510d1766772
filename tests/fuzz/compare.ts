/**
 * Report-by-report comparison of two builds of the plugin (`npm run fuzz:compare`,
 * scripts/fuzz-compare.mjs): the same generated programs (tests/fuzz/programs.ts) and the same real
 * files (tests/corpus/, examples/, and the smoke corpus when it is cached) are linted with a base
 * build and a new build, and every report is compared in full: rule, messageId, severity, message,
 * start and end position, the autofix (range and text) and every suggestion (messageId, description,
 * range and text). A report of one build that the other has word for word is identical; one whose
 * rule and position the other reports differently is changed; the rest are lost (base only) or
 * gained (new only).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Linter } from 'eslint';
import { ESLint, Linter as LinterClass } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import vueParser from 'vue-eslint-parser';
import { ALL_FILES } from '../fixtures/files.js';
import { fake, type FakeKind } from '../fixtures/fake.js';
import { languageOptionsFor as languageOptionsForFile } from '../fixtures/languages.js';
import { CWD, languageOptionsFor, type Target } from './lint.js';
import { SETTINGS, type Program } from './programs.js';

// ---------------------------------------------------------------------------------------------
// Reports and their difference

export interface Edit {
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface Suggestion {
  readonly messageId: string | null;
  readonly desc: string;
  readonly fix: Edit;
}

/** One lint message, reduced to what a build decides (the key order is fixed: `key()` relies on it). */
export interface Report {
  /** `(fatal)` for a parse error, `(eslint)` for ESLint's own notes, `(threw)` when linting threw. */
  readonly ruleId: string;
  readonly messageId: string | null;
  readonly severity: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly message: string;
  readonly fix: Edit | null;
  readonly suggestions: readonly Suggestion[];
}

const edit = (fix: { range: readonly [number, number]; text: string }): Edit => ({ range: [fix.range[0], fix.range[1]], text: fix.text });

function byPosition(a: Report, b: Report): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.endLine ?? 0) - (b.endLine ?? 0) ||
    (a.endColumn ?? 0) - (b.endColumn ?? 0) ||
    a.ruleId.localeCompare(b.ruleId) ||
    key(a).localeCompare(key(b))
  );
}

/** The lint messages of one file as reports, sorted by position, then rule, then content. */
export function normalize(messages: readonly Linter.LintMessage[]): Report[] {
  return messages
    .map(
      (m): Report => ({
        ruleId: m.ruleId ?? (m.fatal === true ? '(fatal)' : '(eslint)'),
        messageId: m.messageId ?? null,
        severity: m.severity,
        line: m.line,
        column: m.column,
        endLine: m.endLine ?? null,
        endColumn: m.endColumn ?? null,
        message: m.message,
        fix: m.fix ? edit(m.fix) : null,
        suggestions: (m.suggestions ?? []).map((s) => ({ messageId: s.messageId ?? null, desc: s.desc, fix: edit(s.fix) })),
      }),
    )
    .sort(byPosition);
}

/** A pseudo-report for a lint that threw, so that a crash in one build only is a difference too. */
export function threw(error: unknown): Report[] {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return [{ ruleId: '(threw)', messageId: null, severity: 2, line: 0, column: 0, endLine: null, endColumn: null, message, fix: null, suggestions: [] }];
}

/** Everything a report holds, as one string: two reports are identical when their keys are. */
export const key = (r: Report): string => JSON.stringify(r);

/** Rule and position: a report of the other build at the same place is the same finding, changed. */
export const place = (r: Report): string => `${r.ruleId} ${String(r.line)}:${String(r.column)}-${String(r.endLine)}:${String(r.endColumn)}`;

export interface Changed {
  readonly base: Report;
  readonly next: Report;
}

export interface Diff {
  readonly identical: number;
  /** Reported by the base build only. */
  readonly lost: readonly Report[];
  /** Reported by the new build only. */
  readonly gained: readonly Report[];
  /** Same rule and position in both builds, anything else different. */
  readonly changed: readonly Changed[];
}

export const isSame = (diff: Diff): boolean => diff.lost.length === 0 && diff.gained.length === 0 && diff.changed.length === 0;

/** Compares two report lists as multisets: identical reports first, then pairs at the same place. */
export function diffReports(base: readonly Report[], next: readonly Report[]): Diff {
  const unmatched = new Map<string, number[]>();
  next.forEach((r, i) => {
    const k = key(r);
    unmatched.set(k, [...(unmatched.get(k) ?? []), i]);
  });
  const used = new Set<number>();
  const baseLeft: Report[] = [];
  let identical = 0;
  for (const r of base) {
    const i = unmatched.get(key(r))?.shift();
    if (i === undefined) baseLeft.push(r);
    else {
      used.add(i);
      identical += 1;
    }
  }
  const changed: Changed[] = [];
  const lost: Report[] = [];
  for (const r of baseLeft) {
    const i = next.findIndex((n, j) => !used.has(j) && place(n) === place(r));
    const n = next[i];
    if (n === undefined) lost.push(r);
    else {
      used.add(i);
      changed.push({ base: r, next: n });
    }
  }
  const gained = next.filter((_, i) => !used.has(i));
  return { identical, lost, gained, changed };
}

// ---------------------------------------------------------------------------------------------
// Totals

export interface RuleDifferences {
  lost: number;
  gained: number;
  changed: number;
}

export interface Totals {
  /** Programs or files compared. */
  items: number;
  baseReports: number;
  newReports: number;
  identical: number;
  lost: number;
  gained: number;
  changed: number;
  /** Programs or files with at least one difference. */
  differing: number;
  byRule: Record<string, RuleDifferences>;
}

export const emptyTotals = (): Totals => ({ items: 0, baseReports: 0, newReports: 0, identical: 0, lost: 0, gained: 0, changed: 0, differing: 0, byRule: {} });

export function addTo(totals: Totals, base: readonly Report[], next: readonly Report[], diff: Diff): void {
  totals.items += 1;
  totals.baseReports += base.length;
  totals.newReports += next.length;
  totals.identical += diff.identical;
  totals.lost += diff.lost.length;
  totals.gained += diff.gained.length;
  totals.changed += diff.changed.length;
  if (!isSame(diff)) totals.differing += 1;
  const rule = (id: string): RuleDifferences => (totals.byRule[id] ??= { lost: 0, gained: 0, changed: 0 });
  for (const r of diff.lost) rule(r.ruleId).lost += 1;
  for (const r of diff.gained) rule(r.ruleId).gained += 1;
  for (const c of diff.changed) rule(c.base.ruleId).changed += 1;
}

/** Sums the totals of several processes. */
export function merge(all: readonly Totals[]): Totals {
  const sum = emptyTotals();
  for (const t of all) {
    for (const k of ['items', 'baseReports', 'newReports', 'identical', 'lost', 'gained', 'changed', 'differing'] as const) sum[k] += t[k];
    for (const [id, d] of Object.entries(t.byRule)) {
      const r = (sum.byRule[id] ??= { lost: 0, gained: 0, changed: 0 });
      r.lost += d.lost;
      r.gained += d.gained;
      r.changed += d.changed;
    }
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------
// Printing

const editText = (e: Edit): string => `[${String(e.range[0])}, ${String(e.range[1])}] -> ${JSON.stringify(e.text)}`;

export function formatReport(r: Report): string {
  const lines = [
    `${String(r.line)}:${String(r.column)}-${String(r.endLine)}:${String(r.endColumn)} ${r.ruleId} (${r.messageId ?? '-'}, severity ${String(r.severity)}) ${JSON.stringify(r.message)}`,
  ];
  if (r.fix) lines.push(`    fix ${editText(r.fix)}`);
  for (const s of r.suggestions) lines.push(`    suggestion (${s.messageId ?? '-'}) ${JSON.stringify(s.desc)} ${editText(s.fix)}`);
  return lines.join('\n');
}

const indent = (text: string, by = '  '): string => text.replaceAll(/^/gmu, by);

function list(title: string, reports: readonly Report[]): string {
  return `${title} (${String(reports.length)} reports):${reports.length === 0 ? ' none' : `\n${indent(reports.map(formatReport).join('\n'))}`}`;
}

/** Code with line numbers, so that report positions can be read off it. */
export function numbered(code: string): string {
  const lines = code.split(/\r\n|[\n\r\u2028\u2029]/u);
  const width = String(lines.length).length;
  return lines.map((line, i) => `${String(i + 1).padStart(width)} | ${line}`).join('\n');
}

/** One differing program or file in full: what was linted, both report lists, and the difference. */
export function formatDifference(title: string, about: readonly string[], code: string, base: readonly Report[], next: readonly Report[], diff: Diff): string {
  const parts = [`=== ${title}`, ...about, 'code:', numbered(code), list('base', base), list('new', next)];
  if (diff.lost.length > 0) parts.push(`LOST (base only):\n${indent(diff.lost.map(formatReport).join('\n'), '  - ')}`);
  if (diff.gained.length > 0) parts.push(`GAINED (new only):\n${indent(diff.gained.map(formatReport).join('\n'), '  + ')}`);
  for (const c of diff.changed) parts.push(`CHANGED at ${place(c.base)}:\n${indent(formatReport(c.base), '  - ')}\n${indent(formatReport(c.next), '  + ')}`);
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Generated programs

const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'];

/** Lints generated programs with one build as tests/fuzz/lint.ts does (the preset's rules, the variant's settings). */
export function programLinter(target: Target): (program: Program) => Report[] {
  const { plugin } = target;
  const linter = new LinterClass({ configType: 'flat', cwd: CWD });
  const configs = new Map<string, Linter.Config[]>();
  return (program) => {
    const id = `${program.lang}/${program.preset}/${program.settings}`;
    let config = configs.get(id);
    if (!config) {
      config = [
        {
          files: FILES,
          plugins: { credentials: plugin },
          rules: plugin.configs[program.preset].rules ?? {},
          languageOptions: languageOptionsFor(program.lang),
          settings: SETTINGS[program.settings],
        },
      ];
      configs.set(id, config);
    }
    try {
      return normalize(linter.verify(program.code, config, { filename: path.join(CWD, program.filename) }));
    } catch (error) {
      return threw(error);
    }
  };
}

export interface Comparison {
  readonly base: Report[];
  readonly next: Report[];
  readonly diff: Diff;
}

export interface ProgramComparer {
  (program: Program): Comparison;
}

export function programComparer(base: Target, next: Target): ProgramComparer {
  const lintBase = programLinter(base);
  const lintNext = programLinter(next);
  return (program) => {
    const b = lintBase(program);
    const n = lintNext(program);
    return { base: b, next: n, diff: diffReports(b, n) };
  };
}

export function describeProgram(program: Program): string[] {
  return [
    `file: ${program.filename} (${program.lang}), preset: ${program.preset}`,
    `settings: ${program.settings} ${JSON.stringify(SETTINGS[program.settings])}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// Real files

type Plugin = Target['plugin'];

export interface RealFile {
  /** Which set: `corpus`, `smoke`. */
  readonly set: string;
  /** The path shown in the output (relative to the repository or the corpus). */
  readonly shown: string;
  readonly code: string;
  /** The linter's cwd (undefined: the process's, as tests/corpus.test.ts lints). */
  readonly cwd: string | undefined;
  /** The filename given to the linter. */
  readonly filename: string;
  readonly config: (plugin: Plugin) => Linter.Config[];
  readonly about: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

/** `__FAKE_<builder>_<seed>__` placeholders of tests/corpus/ as fake values (as tests/corpus.test.ts expands them). */
export function expandFakes(text: string): string {
  return text.replaceAll(/__FAKE_([a-zA-Z]+)_(\d+)__/gu, (_, builder: string, seed: string) => {
    const make = fake[builder as FakeKind] as ((seed: number) => string) | undefined; // a builder name read from the file
    if (!make) throw new Error(`tests/corpus: unknown fake builder ${builder}`);
    return make(Number(seed));
  });
}

/**
 * tests/corpus/<rule>/**: each file with its rule alone, as tests/corpus.test.ts lints it: the rule's
 * defaults, or for files under `strict/` the options the build's `strict` preset gives it.
 */
export function corpusFiles(root: string): RealFile[] {
  const corpus = path.join(root, 'tests', 'corpus');
  return readdirSync(corpus)
    .sort()
    .filter((name) => statSync(path.join(corpus, name)).isDirectory())
    .flatMap((name) =>
      walk(path.join(corpus, name)).map((file): RealFile => {
        const relative = path.relative(path.join(corpus, name), file).replaceAll('\\', '/');
        const strict = relative.startsWith('strict/');
        const filename = strict ? relative.slice('strict/'.length) : relative;
        const ruleId = `credentials/${name}`;
        return {
          set: 'corpus',
          shown: path.relative(root, file),
          code: expandFakes(readFileSync(file, 'utf8')),
          cwd: undefined,
          filename,
          about: `${ruleId} alone${strict ? ' with the strict preset options' : ''}, linted as ${filename}`,
          config: (plugin) => {
            const strictEntry = plugin.configs.strict.rules?.[ruleId];
            return [
              {
                files: ALL_FILES,
                plugins: { credentials: plugin },
                rules: { [ruleId]: strict && Array.isArray(strictEntry) ? strictEntry : 'error' },
                languageOptions: languageOptionsForFile(filename),
              },
            ];
          },
        };
      }),
    );
}

const espreeParser = espree as unknown as Linter.Parser; // espree has no types of its own; it is a parser at run time
const tsParserModule = tsParser as unknown as Linter.Parser; // the parser module is an ESLint parser at run time
const vueParserModule = vueParser as unknown as Linter.Parser; // idem

/**
 * examples/ linted as `eslint .` lints it there and in examples/company-app, with their own config
 * files, and the build at `packageRoot` installed as `eslint-plugin-credentials`: examples/ is copied
 * into `work` (under the repository, so that the parsers resolve from its node_modules) with a
 * package.json of its own (else `eslint-plugin-credentials` would resolve to this package itself), the
 * build linked into its node_modules, and examples/company-preset installed into company-app's
 * node_modules as `@acme/eslint-config` (as tests/company-preset.test.ts does). Reports by file,
 * relative to examples/.
 */
export async function lintExamples(root: string, packageRoot: string, work: string): Promise<Map<string, { code: string; reports: Report[] }>> {
  const examples = path.join(work, 'examples');
  const app = path.join(examples, 'company-app');
  rmSync(work, { recursive: true, force: true });
  cpSync(path.join(root, 'examples'), examples, { recursive: true, filter: (from) => path.basename(from) !== 'node_modules' });
  writeFileSync(path.join(examples, 'package.json'), `${JSON.stringify({ name: 'examples', private: true, type: 'module' })}\n`);
  for (const dir of [examples, app]) {
    mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    symlinkSync(packageRoot, path.join(dir, 'node_modules', 'eslint-plugin-credentials'), 'dir');
  }
  cpSync(path.join(examples, 'company-preset'), path.join(app, 'node_modules', '@acme', 'eslint-config'), { recursive: true });
  const out = new Map<string, { code: string; reports: Report[] }>();
  for (const cwd of [examples, app]) {
    for (const result of await new ESLint({ cwd }).lintFiles(['.'])) {
      out.set(path.relative(examples, result.filePath), { code: readFileSync(result.filePath, 'utf8'), reports: normalize(result.messages) });
    }
  }
  return out;
}

/** The smoke corpus as scripts/smoke.mjs lints it (strict preset, one cwd per package), when it is cached. */
export function smokeFiles(root: string): RealFile[] | undefined {
  const smoke = path.join(root, '.cache', 'corpus', 'smoke');
  let manifest: { files: string[] };
  try {
    manifest = JSON.parse(readFileSync(path.join(smoke, 'manifest.json'), 'utf8')) as { files: string[] }; // written by scripts/corpus.mjs
  } catch {
    return undefined;
  }
  const js = { parser: espreeParser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } as const;
  const ts = { parser: tsParserModule, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } as const;
  const tsNoJsx = { parser: tsParserModule, sourceType: 'module' } as const; // `<T>x` assertions in .ts files
  const vue = { parser: vueParserModule, sourceType: 'module', parserOptions: { parser: tsParserModule, ecmaVersion: 'latest', sourceType: 'module' } } as const;
  const config = (plugin: Plugin): Linter.Config[] => [
    { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: js },
    { files: ['**/*.{ts,mts,cts}'], languageOptions: tsNoJsx },
    { files: ['**/*.tsx'], languageOptions: ts },
    { files: ['**/*.vue'], languageOptions: vue },
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'],
      plugins: { credentials: plugin },
      rules: plugin.configs.strict.rules ?? {},
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    },
  ];
  return manifest.files.map((relative): RealFile => {
    const [first = '', second = ''] = relative.split('/');
    const cwd = path.join(smoke, first.startsWith('@') ? path.join(first, second) : first);
    const file = path.join(smoke, relative);
    return { set: 'smoke', shown: relative, code: readFileSync(file, 'utf8'), cwd, filename: file, about: 'scripts/smoke.mjs (strict preset)', config };
  });
}

/** Lints real files with one build (one Linter per cwd, one config per file kind). */
export function fileLinter(target: Target): (file: RealFile) => Report[] {
  const linters = new Map<string, Linter>();
  const configs = new Map<RealFile['config'], Linter.Config[]>();
  return (file) => {
    const cwdKey = file.cwd ?? '';
    let linter = linters.get(cwdKey);
    if (!linter) {
      linter = new LinterClass(file.cwd === undefined ? { configType: 'flat' } : { configType: 'flat', cwd: file.cwd });
      linters.set(cwdKey, linter);
    }
    let config = configs.get(file.config);
    if (!config) {
      config = file.config(target.plugin);
      configs.set(file.config, config);
    }
    try {
      return normalize(linter.verify(file.code, config, { filename: file.filename }));
    } catch (error) {
      return threw(error);
    }
  };
}
