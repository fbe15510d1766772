#!/usr/bin/env node
/**
 * `npm run fuzz:compare -- --base <git-rev>`: the fuzz comparison that a change which could lose
 * findings must pass. Builds the plugin at <git-rev> (cached in .cache/fuzz-base/<sha>/) and the
 * working tree (npm run build), then lints the same generated programs (tests/fuzz/programs.ts, same
 * seed, same programs) and the real files (tests/corpus/, examples/, the smoke corpus when it is cached)
 * with both builds and compares them report by report (tests/fuzz/compare.ts): rule, messageId,
 * severity, message, start and end, autofix range and text, each suggestion's messageId, description,
 * range and text. Prints the totals and the first differing programs and files in full; exits 1 when
 * anything differs or a process fails, 2 when a build or the arguments fail (nothing compared).
 *
 *   npm run fuzz:compare -- --base main                    100,000 programs
 *   npm run fuzz:compare -- --base HEAD~1 --runs 2000      fewer
 *   npm run fuzz:compare -- --base v0.1.0 --seed 42        another base seed (process i uses seed + i)
 *   options: --jobs N (processes, default: one per core), --show N (differences printed per set, default 3)
 *
 * The base tree is `git archive`d, given a symlink to this tree's node_modules, and built with its own
 * `npm run build`: both builds run on the same dependencies (a warning says when the base's
 * package.json asks for others). A second run with the same base reuses the build (delete
 * .cache/fuzz-base/ to drop the builds). The comparison runs in tests/fuzz/compare-builds.test.ts, one
 * vitest process per job (the generators are TypeScript), each writing its totals to a JSON file.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.cache', 'fuzz-base');

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    jobs: { type: 'string', default: String(os.availableParallelism()) },
    show: { type: 'string', default: '3' },
  },
});
const total = Number(values.runs);
const seed = Number(values.seed);
const show = Number(values.show);
const jobs = Math.max(1, Math.min(Number(values.jobs), total));
if (values.base === undefined) {
  console.error('fuzz:compare: --base <git-rev> is required (the build to compare the working tree against)');
  process.exit(2);
}
if (![total, seed, jobs, show].every(Number.isInteger) || total < 1 || show < 0) {
  console.error('fuzz:compare: --runs, --seed, --jobs and --show must be integers');
  process.exit(2);
}

const started = Date.now();
const since = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

/** Runs a command and returns its output; throws with its output when it fails. */
function must(command, args, cwd, what) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${what} failed (${[command, ...args].join(' ')} in ${cwd}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/** Prints the error of a step that must succeed and exits 2 (nothing was compared). */
function abort(error) {
  console.error(`fuzz:compare: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
process.on('SIGINT', () => process.exit(130)); // runs the 'exit' clean-up below

// ---- the base build, cached by commit ----
let sha = '';
try {
  sha = must('git', ['rev-parse', '--verify', `${values.base}^{commit}`], ROOT, `resolving --base ${values.base}`).trim();
} catch (error) {
  abort(error);
}
const baseDir = path.join(CACHE, sha);
const baseEntry = path.join(baseDir, 'dist', 'index.mjs');
const DONE = '.fuzz-base-built';
const nodeModules = fs.realpathSync(path.join(ROOT, 'node_modules'));

if (fs.existsSync(path.join(baseDir, DONE)) && fs.existsSync(baseEntry)) {
  console.log(`fuzz:compare: base ${values.base} = ${sha.slice(0, 10)}, cached build in ${path.relative(ROOT, baseDir)}/`);
} else {
  const t = Date.now();
  fs.mkdirSync(CACHE, { recursive: true });
  const building = fs.mkdtempSync(path.join(CACHE, `.${sha.slice(0, 10)}-`));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', sha], { cwd: ROOT, maxBuffer: 1024 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', building], { input: tar });
    fs.symlinkSync(nodeModules, path.join(building, 'node_modules'), 'dir');
    must('npm', ['run', 'build', '--silent'], building, `building ${values.base}`);
    if (!fs.existsSync(path.join(building, 'dist', 'index.mjs'))) throw new Error(`the build of ${sha} wrote no dist/index.mjs`);
    fs.writeFileSync(path.join(building, DONE), `${sha}\n`);
    fs.rmSync(baseDir, { recursive: true, force: true });
    fs.renameSync(building, baseDir);
  } catch (error) {
    fs.rmSync(building, { recursive: true, force: true });
    abort(error);
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
  }
  console.log(`fuzz:compare: base ${values.base} = ${sha.slice(0, 10)}, built in ${since(t)} into ${path.relative(ROOT, baseDir)}/`);
}
const deps = (file) => {
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  return JSON.stringify([pkg.dependencies, pkg.devDependencies, pkg.peerDependencies]);
};
if (deps(path.join(baseDir, 'package.json')) !== deps(path.join(ROOT, 'package.json'))) {
  console.warn(`fuzz:compare: warning: the dependencies of ${sha.slice(0, 10)} differ from the working tree's; both builds run on the working tree's node_modules`);
}

// ---- the new build, copied aside (a package folder: package.json and dist/) so that a rebuild of
// dist/ during the run changes nothing ----
{
  const t = Date.now();
  try {
    must('npm', ['run', 'build', '--silent'], ROOT, 'building the working tree');
  } catch (error) {
    abort(error);
  }
  console.log(`fuzz:compare: working tree built in ${since(t)}`);
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-compare-'));
const newDir = path.join(ROOT, '.cache', 'fuzz-compare', `new-${String(process.pid)}`);
fs.rmSync(newDir, { recursive: true, force: true });
fs.cpSync(path.join(ROOT, 'dist'), path.join(newDir, 'dist'), { recursive: true });
fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(newDir, 'package.json'));
process.on('exit', () => {
  fs.rmSync(newDir, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
});

// ---- the comparison, one vitest process per job ----
console.log(`fuzz:compare: ${String(total)} programs in ${String(jobs)} processes, base seed ${String(seed)} (process i uses seed + i), plus the real files`);
const t0 = Date.now();

function runJob(index) {
  const runs = Math.floor(total / jobs) + (index < total % jobs ? 1 : 0);
  const out = path.join(scratch, `job-${String(index)}.json`);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', 'tests/fuzz/compare-builds.test.ts', '--project', 'eslint10', '--coverage.enabled=false'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          FUZZ_RUNS: String(runs),
          FUZZ_SEED: String(seed + index),
          FUZZ_COMPARE_BASE: baseDir,
          FUZZ_COMPARE_NEW: newDir,
          FUZZ_COMPARE_OUT: out,
          FUZZ_COMPARE_FILES: index === 0 ? '1' : '0',
          FUZZ_COMPARE_SHOW: String(show),
          NO_COLOR: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('close', (code) => {
      let result;
      try {
        result = JSON.parse(fs.readFileSync(out, 'utf8'));
      } catch {
        result = undefined;
      }
      resolve({ index, runs, seed: seed + index, code, output, result });
    });
  });
}

const jobResults = await Promise.all(Array.from({ length: jobs }, (_, i) => runJob(i)));
const seconds = since(t0);

// ---- totals ----
const KEYS = ['items', 'baseReports', 'newReports', 'identical', 'lost', 'gained', 'changed', 'differing'];
const emptyTotals = () => ({ ...Object.fromEntries(KEYS.map((k) => [k, 0])), byRule: {} });
function mergeInto(sum, totals) {
  for (const k of KEYS) sum[k] += totals[k];
  for (const [rule, d] of Object.entries(totals.byRule)) {
    const r = (sum.byRule[rule] ??= { lost: 0, gained: 0, changed: 0 });
    r.lost += d.lost;
    r.gained += d.gained;
    r.changed += d.changed;
  }
}

let failed = false;
const sets = new Map(); // set name -> { totals, samples }
const notes = new Set();
const loop = { programs: 0, wall: 0, cpu: 0 };
const setOf = (name) => {
  let entry = sets.get(name);
  if (!entry) {
    entry = { totals: emptyTotals(), samples: [] };
    sets.set(name, entry);
  }
  return entry;
};
setOf('programs');
for (const job of jobResults) {
  if (job.code !== 0 || !job.result) {
    failed = true;
    console.error(`\n--- process ${String(job.index)} (seed ${String(job.seed)}, ${String(job.runs)} programs) failed:\n${job.output}`);
    continue;
  }
  for (const part of [job.result.programs, ...job.result.files]) {
    const entry = setOf(part.set);
    mergeInto(entry.totals, part.totals);
    entry.samples.push(...part.samples);
  }
  for (const note of job.result.notes) notes.add(note);
  loop.programs += job.result.time.programs;
  loop.wall = Math.max(loop.wall, job.result.time.wall);
  loop.cpu += job.result.time.cpu;
}

let differs = false;
for (const [name, { totals, samples }] of sets) {
  if (totals.lost + totals.gained + totals.changed > 0) differs = true;
  if (samples.length === 0) continue;
  console.log(`\n##### ${name}: the first ${String(Math.min(show, samples.length))} of ${String(totals.differing)} differing ${name === 'programs' ? 'programs' : 'files'}\n`);
  for (const sample of samples.slice(0, show)) console.log(`${sample}\n`);
}

console.log(`\nfuzz:compare: base ${sha.slice(0, 10)} (${values.base}) against the working tree, compared in ${seconds} (${since(started)} in all)`);
for (const [name, { totals }] of sets) {
  const unit = name === 'programs' ? 'programs' : 'files';
  console.log(
    `  ${name.padEnd(9)} ${String(totals.items).padStart(7)} ${unit.padEnd(8)} reports: base ${String(totals.baseReports)}, new ${String(totals.newReports)}; ` +
      `identical ${String(totals.identical)}, lost ${String(totals.lost)}, gained ${String(totals.gained)}, changed ${String(totals.changed)}` +
      (totals.differing > 0 ? ` (${String(totals.differing)} ${unit} differ)` : ''),
  );
  for (const [rule, d] of Object.entries(totals.byRule).sort()) {
    console.log(`      ${rule}: lost ${String(d.lost)}, gained ${String(d.gained)}, changed ${String(d.changed)}`);
  }
}
for (const note of notes) console.log(`  note: ${note}`);
if (loop.programs > 0) {
  const perProgram = (1000 * loop.cpu) / loop.programs;
  console.log(
    `  time: the programs took ${loop.wall.toFixed(1)} s (the slowest process), ${loop.cpu.toFixed(1)} s of CPU: ${perProgram.toFixed(1)} ms of CPU per program for both builds`,
  );
}

if (failed) {
  console.error(`fuzz:compare: FAILED: a process did not finish (see above; replay with --seed ${String(seed)} --jobs ${String(jobs)})`);
  process.exit(1);
}
if (differs) {
  console.error(`fuzz:compare: DIFFERENT: the working tree does not report what ${values.base} reports (replay with --seed ${String(seed)} --jobs ${String(jobs)} --runs ${String(total)})`);
  process.exit(1);
}
console.log('fuzz:compare: identical: 0 lost, 0 gained, 0 changed');
