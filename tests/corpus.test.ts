/**
 * The corpus: realistic files per rule under tests/corpus/<rule>/, linted with the rule's defaults
 * (and, for files under a `strict/` folder, the `strict` preset's options). Lines that must be
 * reported end with `// expect: <messageId>`; lines the rule is known to miss end with
 * `// miss: <why>`. Every other line must stay silent. Fake secrets are written as
 * `__FAKE_<builder>_<seed>__` and built by tests/fixtures/fake.ts at run time, so the corpus holds no
 * realistic secret. The figures (caught, missed, falsely flagged) are printed for the notes.
 *
 * Each file is linted at its real path, from the rule's corpus folder as the working directory, so a
 * project's package.json in the corpus is read as in a real run; a package.json or an index.html is
 * part of a project, not a case, and is not linted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ALL_FILES } from './fixtures/files.js';
import { languageOptionsFor } from './fixtures/languages.js';
import plugin from '../src/index.js';
import { typedRules, type RuleName } from '../src/rules/index.js';
import { fake, type FakeKind } from './fixtures/fake.js';

const root = fileURLToPath(new URL('corpus/', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function expandFakes(text: string): string {
  return text.replaceAll(/__FAKE_([a-zA-Z]+)_(\d+)__/gu, (_, builder: string, seed: string) => {
    const make = fake[builder as FakeKind] as ((seed: number) => string) | undefined;
    if (!make) throw new Error(`tests/corpus: unknown fake builder ${builder}`);
    return make(Number(seed));
  });
}

/** A project's own files (its package.json, its index.html), not cases. */
const PROJECT_FILE = /\.(?:json|html)$/u;

const EXPECT = /\/\/ expect: (\w+)|<!-- expect: (\w+) -->/u;
const MISS = /\/\/ miss: |<!-- miss: /u;

interface Figures {
  files: number;
  expected: number;
  caught: number;
  missed: string[];
  knownMisses: number;
  falselyFlagged: string[];
  wrongMessage: string[];
}

function lintCorpus(name: RuleName): Figures {
  const dir = path.join(root, name);
  const figures: Figures = { files: 0, expected: 0, caught: 0, missed: [], knownMisses: 0, falselyFlagged: [], wrongMessage: [] };
  const strictOptions = typedRules[name].meta.docs?.strictOptions;
  for (const file of walk(dir).filter((f) => !PROJECT_FILE.test(f))) {
    const relative = path.relative(dir, file).replaceAll('\\', '/');
    const strict = relative.startsWith('strict/');
    const filename = strict ? relative.slice('strict/'.length) : relative;
    const text = expandFakes(readFileSync(file, 'utf8'));
    const lines = text.split('\n');
    // strict/ files are linted as if at the corpus root: the same relative path, from strict/ as the working directory
    const cwd = strict ? path.join(dir, 'strict') : dir;
    const linter = new Linter({ configType: 'flat', cwd });
    const config: Linter.Config[] = [
      {
        files: ALL_FILES,
        plugins: { credentials: plugin },
        rules: { [`credentials/${name}`]: strict && strictOptions ? ['error', strictOptions] : 'error' },
        languageOptions: languageOptionsFor(filename),
      },
    ];
    const messages = linter.verify(text, config, { filename: path.join(cwd, filename) });
    const fatal = messages.find((m) => m.fatal === true);
    if (fatal) throw new Error(`${relative}:${String(fatal.line)}: ${fatal.message}`);
    figures.files += 1;
    const reported = new Map<number, string[]>();
    for (const m of messages) reported.set(m.line, [...(reported.get(m.line) ?? []), m.messageId ?? '']);
    lines.forEach((line, index) => {
      const lineNo = index + 1;
      const where = `${name}/${relative}:${String(lineNo)}`;
      const ids = reported.get(lineNo);
      const expected = EXPECT.exec(line);
      const expectedId = expected?.[1] ?? expected?.[2];
      if (expectedId !== undefined) {
        figures.expected += 1;
        if (!ids) figures.missed.push(where);
        else if (ids.includes(expectedId)) figures.caught += 1;
        else figures.wrongMessage.push(`${where} (${ids.join(', ')} instead of ${expectedId})`);
      } else if (MISS.test(line)) {
        figures.expected += 1;
        figures.knownMisses += 1;
        if (ids) figures.falselyFlagged.push(`${where} is marked as a known miss but is now reported: mark it expect`);
      } else if (ids) {
        figures.falselyFlagged.push(`${where} (${ids.join(', ')})`);
      }
    });
  }
  return figures;
}

const withCorpus = (Object.keys(typedRules) as RuleName[]).filter((name) => {
  try {
    return statSync(path.join(root, name)).isDirectory();
  } catch {
    return false;
  }
});

describe.each(withCorpus)('corpus of %s', (name) => {
  it('reports every expected line with the expected message, and nothing else', () => {
    const figures = lintCorpus(name);
    const total = figures.expected;
    const rate = total === 0 ? 0 : (100 * figures.caught) / total;
    console.info(
      `[corpus] ${name}: ${String(figures.files)} files, ${String(total)} expected findings, ${String(figures.caught)} caught (${rate.toFixed(1)}%), ` +
        `${String(figures.knownMisses)} known misses, ${String(figures.falselyFlagged.length)} falsely flagged`,
    );
    expect(figures.falselyFlagged).toEqual([]);
    expect(figures.missed).toEqual([]);
    expect(figures.wrongMessage).toEqual([]);
    expect(figures.caught).toBeGreaterThan(0);
  });
});
