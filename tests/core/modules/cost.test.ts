/**
 * What reading costs, counted (never timed): files read, parses, `statSync` calls.
 */
import * as espree from 'espree';
import type { TSESTree } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';
import { readerCounters, type ReaderCounters } from '../../../src/core/modules/counters.js';
import { newReaderSession, readExport } from '../../../src/core/modules/read-export.js';
import { summarize } from '../../../src/core/modules/summary.js';
import { project, removeProjects } from '../../fixtures/modules/project.js';

afterAll(removeProjects);

/** The counters spent by `run`. */
function spent(run: () => void): ReaderCounters {
  const before = readerCounters();
  run();
  const after = readerCounters();
  return {
    stats: after.stats - before.stats,
    reads: after.reads - before.reads,
    parses: after.parses - before.parses,
    fallbackParses: after.fallbackParses - before.fallbackParses,
  };
}

describe('reading cost', () => {
  it('reads nothing before it is asked', () => {
    expect(spent(() => project({ 'config.js': "export const KEY = 'k';\n", 'app.js': '' }))).toEqual({ stats: 0, reads: 0, parses: 0, fallbackParses: 0 });
  });

  it('reads and parses a module once for every export read from it; a repeat costs nothing in the same lint, two stats in the next', () => {
    const p = project({ 'config.js': "export const KEY = 'k';\nexport const OTHER = { a: 'a' };\n", 'app.js': '' });
    const from = { ...p.from('app.js'), session: newReaderSession() };
    const first = spent(() => {
      readExport(from, './config', 'KEY');
      readExport(from, './config', 'KEY');
      readExport(from, './config', 'OTHER', ['a']);
      readExport(from, './config.js', '*');
    });
    expect([first.reads, first.parses]).toEqual([1, 1]);
    // the same lint (one session): the resolution and the module were checked already
    expect(spent(() => readExport(from, './config', 'KEY'))).toEqual({ stats: 0, reads: 0, parses: 0, fallbackParses: 0 });
    // the next lint, of another file with other settings: the process-wide answers are checked once,
    // the resolution (still a file) and the module (same mtime and size)
    const next = { ...p.from('other.js'), settings: {}, session: newReaderSession() };
    expect(spent(() => readExport(next, './config', 'KEY'))).toEqual({ stats: 2, reads: 0, parses: 0, fallbackParses: 0 });
    expect(spent(() => readExport(next, './config', 'OTHER', ['a']))).toEqual({ stats: 0, reads: 0, parses: 0, fallbackParses: 0 });
  });

  it('parses each module of a 1,000-module barrel once, and answers from cache afterwards', () => {
    const files: Record<string, string> = { 'app.js': '' };
    const lines: string[] = [];
    for (let i = 0; i < 1000; i += 1) {
      files[`parts/m${String(i)}.js`] = `export const K${String(i)} = 'v${String(i)}';\n`;
      lines.push(`export * from './parts/m${String(i)}.js';`);
    }
    files['index.js'] = lines.join('\n');
    const p = project(files);
    const from = p.from('app.js');
    let namespace: ReturnType<typeof readExport>;
    const cold = spent(() => {
      namespace = readExport(from, './index', '*');
    });
    expect([cold.reads, cold.parses]).toEqual([1001, 1001]);
    expect(namespace?.kind === 'object' && namespace.entries.size).toBe(1000);
    expect(namespace?.kind === 'object' && namespace.entries.get('K999')).toEqual({
      kind: 'text',
      text: 'v999',
      where: { file: 'parts/m999.js', line: 1, column: 21, name: 'K999' },
    });
    let last: ReturnType<typeof readExport>;
    // warm, in the next lint: per module searched, one check of its resolution and one of its freshness; nothing read or parsed
    expect(
      spent(() => {
        last = readExport({ ...from, session: newReaderSession() }, './index', 'K999');
      }),
    ).toEqual({ stats: 2002, reads: 0, parses: 0, fallbackParses: 0 });
    expect(last?.kind === 'text' && last.text).toBe('v999');
  });

  it('parses a 1,000-module import chain once in all, reading every module of it', () => {
    const files: Record<string, string> = { 'app.js': '', 'm0.js': "export const V = '0';\n" };
    for (let i = 1; i < 1000; i += 1) files[`m${String(i)}.js`] = `import { V as P } from './m${String(i - 1)}.js';\nexport const V = P + '.${String(i)}';\n`;
    const p = project(files);
    // one linted file that reads all of them (one session)
    const from = { ...p.from('app.js'), session: newReaderSession() };
    const answers: (string | undefined)[] = [];
    const cost = spent(() => {
      for (let i = 0; i < 1000; i += 1) {
        const value = readExport(from, `./m${String(i)}.js`, 'V');
        answers.push(value?.kind === 'text' ? value.text : value?.kind);
      }
    });
    expect([cost.reads, cost.parses]).toEqual([1000, 1000]);
    // linear: each module is checked once in the lint, its resolution probe and its freshness
    expect(cost.stats).toBe(2 * 1000);
    // without a session each answer checks again the six modules it may follow and their resolutions
    const again = spent(() => readExport(p.from('app.js'), './m999.js', 'V'));
    expect(again).toEqual({ stats: 12, reads: 0, parses: 0, fallbackParses: 0 });
    expect(answers.slice(0, 7)).toEqual(['0', '0.1', '0.1.2', '0.1.2.3', '0.1.2.3.4', '0.1.2.3.4.5', 'unknown']);
    expect(answers.at(-1)).toBe('unknown');
  });

  it('visits each module of a diamond lattice once per answer, up to the hop bound', () => {
    const files: Record<string, string> = { 'app.js': '' };
    for (let layer = 0; layer < 10; layer += 1) {
      for (const side of ['a', 'b']) {
        files[`${side}${String(layer)}.js`] = `export * from './a${String(layer + 1)}.js';\nexport * from './b${String(layer + 1)}.js';\nexport const ${side.toUpperCase()}${String(layer)} = '${side}${String(layer)}';\n`;
      }
    }
    const p = project(files);
    const from = p.from('app.js');
    // a0, and both modules of layers 1 to 5 (layer 6 would be six modules away)
    const cost = spent(() => {
      expect(readExport(from, './a0', 'MISSING')).toBeUndefined();
    });
    expect([cost.reads, cost.parses]).toEqual([11, 11]);
    const namespace = readExport(from, './a0', '*');
    expect(namespace?.kind === 'object' && [...namespace.entries.keys()]).toEqual(['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'B5', 'B4', 'B3', 'B2', 'B1']);
    expect(namespace?.kind === 'object' && namespace.complete).toBe(false);
  });
});

describe('summaries', () => {
  it('keep no AST node: only plain values, maps and arrays', () => {
    const code = [
      "import { X } from './x';",
      "export const A = { b: [1, 'two', X], c: process.env.C, d: `${X}!` };",
      "module.exports.z = 'ignored in an ES module';",
      'export default A.b;',
    ].join('\n');
    const program = espree.parse(code, { ecmaVersion: 'latest', sourceType: 'module', loc: true, range: true }) as unknown as TSESTree.Program; // espree's ESTree program is the same shape
    const summary = summarize(program, '/project/file.js');
    const seen = new Set<unknown>();
    const keys = new Set<string>();
    const visit = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      if (value instanceof Map) {
        for (const [key, item] of value) {
          keys.add(String(key));
          visit(item);
        }
        return;
      }
      expect(Object.getPrototypeOf(value) === Object.prototype || Array.isArray(value)).toBe(true);
      for (const [key, item] of Object.entries(value)) {
        keys.add(key);
        visit(item);
      }
    };
    visit(summary);
    for (const forbidden of ['type', 'loc', 'range', 'parent', 'body']) expect(keys.has(forbidden), forbidden).toBe(false);
    expect(summary.format).toBe('esm');
    expect([...summary.exports.keys()]).toEqual(['A', 'default']);
  });
});
