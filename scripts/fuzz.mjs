#!/usr/bin/env node
/**
 * The long fuzz run (`npm run fuzz`, issue 7): the generators and checks of tests/fuzz/ run against
 * the built package (`dist/`, FUZZ_TARGET=dist) for 100,000 programs by default, split over one
 * vitest process per core, each with its own seed. Prints the totals; exits non-zero on any failure
 * (fast-check prints the shrunk program and the seed to replay it).
 *
 *   npm run fuzz                    100,000 programs
 *   npm run fuzz -- --runs 20000    another count
 *   npm run fuzz -- --seed 42       another base seed (process i uses seed + i)
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    jobs: { type: 'string', default: String(os.availableParallelism()) },
  },
});
const total = Number(values.runs);
const seed = Number(values.seed);
const jobs = Math.max(1, Math.min(Number(values.jobs), total));
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(seed)) throw new Error('fuzz: --runs and --seed must be integers');

const started = Date.now();
console.log(`fuzz: ${String(total)} programs in ${String(jobs)} processes, base seed ${String(seed)}, target dist/`);

function runJob(index) {
  const runs = Math.floor(total / jobs) + (index < total % jobs ? 1 : 0);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', 'tests/fuzz/programs.test.ts', '--project', 'eslint10', '--coverage.enabled=false'],
      {
        env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed + index), FUZZ_TARGET: 'dist', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('close', (code) => {
      const line = /fuzz: (\{.*\})$/mu.exec(output);
      resolve({ index, runs, seed: seed + index, code, output, stats: line ? JSON.parse(line[1]) : undefined });
    });
  });
}

const results = await Promise.all(Array.from({ length: jobs }, (_, i) => runJob(i)));
const sum = { programs: 0, reports: 0, fixes: 0, suggestions: 0, byRule: {} };
let failed = false;
for (const result of results) {
  if (result.code !== 0 || !result.stats) {
    failed = true;
    console.error(`\n--- process ${String(result.index)} (seed ${String(result.seed)}, ${String(result.runs)} programs) failed:\n${result.output}`);
    continue;
  }
  for (const key of ['programs', 'reports', 'fixes', 'suggestions']) sum[key] += result.stats[key];
  for (const [rule, n] of Object.entries(result.stats.byRule)) sum.byRule[rule] = (sum.byRule[rule] ?? 0) + n;
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`fuzz: ${String(sum.programs)} programs checked in ${seconds} s: ${String(sum.reports)} reports, ${String(sum.fixes)} autofixes, ${String(sum.suggestions)} suggestions`);
for (const [rule, n] of Object.entries(sum.byRule).sort()) console.log(`  ${rule}: ${String(n)} reports`);
if (failed) {
  console.error('fuzz: FAILED (see above; replay one process with FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npx vitest run tests/fuzz)');
  process.exit(1);
}
console.log('fuzz: no throw, every fix and suggestion parses, fixes are idempotent, no secret printed');
