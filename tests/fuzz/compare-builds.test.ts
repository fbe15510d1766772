/**
 * One process of `npm run fuzz:compare` (scripts/fuzz-compare.mjs): lints FUZZ_RUNS programs
 * generated from FUZZ_SEED (the programs `npm run fuzz` checks with that seed) with the base build
 * (FUZZ_COMPARE_BASE) and the new build (FUZZ_COMPARE_NEW; both package folders with dist/), and with FUZZ_COMPARE_FILES=1 the real
 * files as well (tests/corpus/, examples/, the smoke corpus when cached), and writes the totals and
 * the first FUZZ_COMPARE_SHOW differing programs and files to FUZZ_COMPARE_OUT (JSON). Left out of
 * `npm test` by vitest.config.ts unless the script sets those variables; tests/fuzz/compare.test.ts
 * tests the comparison itself.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type srcPlugin from '../../src/index.js';
import {
  addTo,
  corpusFiles,
  describeProgram,
  diffReports,
  emptyTotals,
  fileLinter,
  formatDifference,
  isSame,
  lintExamples,
  programComparer,
  smokeFiles,
  type RealFile,
  type Totals,
} from './compare.js';
import type { Target } from './lint.js';
import { programArb } from './programs.js';

const { FUZZ_COMPARE_BASE: BASE, FUZZ_COMPARE_NEW: NEXT, FUZZ_COMPARE_OUT: OUT } = process.env;
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 1);
const SHOW = Number(process.env.FUZZ_COMPARE_SHOW ?? 3);
const FILES = process.env.FUZZ_COMPARE_FILES === '1';
const root = fileURLToPath(new URL('../../', import.meta.url));

/** The build in a package folder (package.json and dist/). */
async function load(packageRoot: string): Promise<Target> {
  const built = (await import(path.join(packageRoot, 'dist', 'index.mjs'))) as { default: typeof srcPlugin }; // a build of the plugin has the sources' public shape
  return { plugin: built.default };
}

interface SetResult {
  readonly set: string;
  readonly totals: Totals;
  readonly samples: string[];
}

interface JobResult {
  readonly programs: SetResult;
  readonly files: SetResult[];
  readonly notes: string[];
  /** Wall and CPU time of the program loop (both builds), in seconds. */
  readonly time: { programs: number; wall: number; cpu: number };
}

if (BASE === undefined || NEXT === undefined || OUT === undefined) {
  throw new Error('compare-builds: run it through `npm run fuzz:compare -- --base <rev>`, which sets FUZZ_COMPARE_BASE, FUZZ_COMPARE_NEW and FUZZ_COMPARE_OUT');
}

describe('the base build against the new build', () => {
  it(
    `reports the same on ${String(RUNS)} programs from seed ${String(SEED)}${FILES ? ' and on the real files' : ''}`,
    async () => {
      const base = await load(BASE);
      const next = await load(NEXT);
      const notes: string[] = [];

      const compare = programComparer(base, next);
      const programs: SetResult = { set: 'programs', totals: emptyTotals(), samples: [] };
      let run = 0;
      const wallStart = performance.now();
      const cpuStart = process.cpuUsage();
      fc.assert(
        fc.property(programArb, (program) => {
          run += 1;
          const c = compare(program);
          addTo(programs.totals, c.base, c.next, c.diff);
          if (!isSame(c.diff) && programs.samples.length < SHOW) {
            const title = `program ${String(run)} of ${String(RUNS)} from seed ${String(SEED)}`;
            programs.samples.push(formatDifference(title, describeProgram(program), program.code, c.base, c.next, c.diff));
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
      const cpu = process.cpuUsage(cpuStart);
      const time = { programs: RUNS, wall: (performance.now() - wallStart) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };

      const files: SetResult[] = [];
      if (FILES) {
        const sets: [string, RealFile[]][] = [['corpus', corpusFiles(root)]];
        const smoke = smokeFiles(root);
        if (smoke) sets.push(['smoke', smoke]);
        else notes.push('smoke corpus: not cached in .cache/corpus/smoke/ (`npm run smoke` fetches it), not compared');
        const lintBase = fileLinter(base);
        const lintNext = fileLinter(next);
        for (const [set, list] of sets) {
          const result: SetResult = { set, totals: emptyTotals(), samples: [] };
          for (const file of list) {
            const b = lintBase(file);
            const n = lintNext(file);
            const diff = diffReports(b, n);
            addTo(result.totals, b, n, diff);
            if (!isSame(diff) && result.samples.length < SHOW) {
              result.samples.push(formatDifference(`${set}: ${file.shown}`, [`config: ${file.about}`], file.code, b, n, diff));
            }
          }
          files.push(result);
        }

        const work = path.join(root, '.cache', 'fuzz-compare', `examples-${String(process.pid)}`);
        try {
          const before = await lintExamples(root, BASE, path.join(work, 'base'));
          const after = await lintExamples(root, NEXT, path.join(work, 'new'));
          const result: SetResult = { set: 'examples', totals: emptyTotals(), samples: [] };
          for (const file of [...new Set([...before.keys(), ...after.keys()])].sort()) {
            const b = before.get(file)?.reports ?? [];
            const n = after.get(file)?.reports ?? [];
            const diff = diffReports(b, n);
            addTo(result.totals, b, n, diff);
            if (!isSame(diff) && result.samples.length < SHOW) {
              const about = [`config: its own eslint.config.js (${file.startsWith('company-app') ? 'company-app, @acme/eslint-config' : 'examples/'})`];
              if (!before.has(file) || !after.has(file)) about.push(`linted by the ${before.has(file) ? 'base' : 'new'} build only`);
              result.samples.push(formatDifference(`examples: examples/${file}`, about, before.get(file)?.code ?? after.get(file)?.code ?? '', b, n, diff));
            }
          }
          files.push(result);
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      }

      const result: JobResult = { programs, files, notes, time };
      writeFileSync(OUT, JSON.stringify(result));
      expect(programs.totals.items).toBe(RUNS);
    },
    Math.max(600_000, RUNS * 1000), // a guard against a hang only: other work may share the cores
  );
});
