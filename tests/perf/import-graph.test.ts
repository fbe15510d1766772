/**
 * The cost of values from other modules (#18), counted, never timed: a client file importing from
 * every module of an import graph (scripts/bench/inputs.mjs `importGraph`, the benchmark's input) parses
 * each module once, and its file-system work grows linearly with the number of modules. A second lint
 * of the same file parses and reads nothing (the modules are cached by path and modification time).
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { readerCounters } from '../../src/core/modules/counters.js';
import { MAX_HOPS } from '../../src/core/modules/read-export.js';
import { project, removeProjects } from '../fixtures/modules/project.js';
import { importGraph } from '../../scripts/bench/inputs.mjs';

afterAll(removeProjects);

const config: Linter.Config[] = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { credentials: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    rules: { 'credentials/no-hardcoded-auth-header': 'error', 'credentials/no-token-in-url': 'error', 'credentials/no-secret-in-client': 'error' },
  },
];

function lintGraph(modules: number): { first: { stats: number; reads: number; parses: number }; second: { stats: number; reads: number; parses: number }; messages: number } {
  const input = importGraph(modules);
  const p = project(input.files);
  const linter = new Linter({ configType: 'flat', cwd: p.root });
  const delta = (run: () => void): { stats: number; reads: number; parses: number } => {
    const before = readerCounters();
    run();
    const after = readerCounters();
    return { stats: after.stats - before.stats, reads: after.reads - before.reads, parses: after.parses - before.parses };
  };
  let messages = 0;
  const lint = (): void => {
    messages = linter.verify(input.code, config, { filename: p.path(input.filename) }).length;
  };
  const first = delta(lint);
  const second = delta(lint);
  return { first, second, messages };
}

describe('an import graph', () => {
  it('parses each module once, reads nothing again, and does file-system work linear in the modules', () => {
    const small = lintGraph(20);
    const large = lintGraph(200);
    expect(small.messages).toBe(0);
    expect(large.messages).toBe(0);
    expect([small.first.parses, small.first.reads, large.first.parses, large.first.reads]).toEqual([20, 20, 200, 200]);
    expect([small.second.parses, small.second.reads, large.second.parses, large.second.reads]).toEqual([0, 0, 0, 0]);
    // stat calls (resolution probes, freshness checks) per module stay under a bound set by the hops an
    // answer may follow: a deeper graph does not cost more per module (a tree of 200 is deeper than
    // MAX_HOPS, one of 20 is not)
    const bound = 2 * (MAX_HOPS + 1);
    expect([small.first.stats / 20, large.first.stats / 200, small.second.stats / 20, large.second.stats / 200].every((perModule) => perModule <= bound)).toBe(true);
  });
});
