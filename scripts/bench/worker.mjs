/**
 * One benchmark measurement in a fresh process: `node scripts/bench/worker.mjs <job.json>`.
 *
 * Job `{ mode: 'corpus', config, root, files, visitorKeys, out }` lints the corpus once with ESLint
 * (`stats: true`) and writes the wall time of `lintFiles`, the sum of ESLint's per-file pass, parse and
 * per-rule times, and every message.
 * Job `{ mode: 'inputs', config, root, inputs: [{ name, filename, code }], reps, visitorKeys, out }`
 * lints each generated input up to `reps` times (three times as many when one lint takes under 100 ms)
 * in this process (after warming up on `warmup` and one lint of the input) and writes the median pass,
 * parse and per-rule times of each, and the same times of the first lint (`first`: for an input with
 * `files`, the lint that reads them; the later ones find them in the module reader's cache). An
 * input's `files` (paths relative to `root`) are written before it is linted.
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import { configFor } from './config.mjs';

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

function eslintFor() {
  return new ESLint({
    cwd: job.root,
    overrideConfigFile: true,
    overrideConfig: configFor(job.config, { visitorKeys: job.visitorKeys }),
    stats: true,
    cache: false,
    fix: false,
    warnIgnored: false,
  });
}

/** Adds one result's stats to `into`: pass total, parse and per-rule milliseconds. */
function addStats(into, result) {
  for (const pass of result.stats?.times.passes ?? []) {
    into.total += pass.total ?? 0;
    into.parse += pass.parse?.total ?? 0;
    for (const [rule, { total }] of Object.entries(pass.rules ?? {})) into.rules[rule] = (into.rules[rule] ?? 0) + total;
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function messagesOf(result) {
  return result.messages.map((m) => ({
    file: path.relative(job.root, result.filePath).replaceAll('\\', '/'),
    line: m.line,
    column: m.column,
    ruleId: m.ruleId,
    fatal: m.fatal === true,
    message: m.message,
  }));
}

async function corpus() {
  const eslint = eslintFor();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const results = await eslint.lintFiles(job.files);
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(cpuStart);
  const cpu = (user + system) / 1000;
  const stats = { total: 0, parse: 0, rules: {} };
  for (const result of results) addStats(stats, result);
  return { wall, cpu, files: results.length, stats, messages: results.flatMap(messagesOf) };
}

async function inputs() {
  const eslint = eslintFor();
  const lint = async (input) => {
    const filePath = path.join(job.root, input.filename);
    const start = performance.now();
    const [result] = await eslint.lintText(input.code, { filePath });
    const wall = performance.now() - start;
    const stats = { total: 0, parse: 0, rules: {} };
    addStats(stats, result);
    return { wall, ...stats, result };
  };
  // Warm the JIT on ordinary code first, so that the small inputs are not measured cold.
  for (const input of job.warmup ?? []) for (let i = 0; i < 3; i++) await lint(input);
  const out = [];
  for (const input of job.inputs) {
    for (const [file, text] of Object.entries(input.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(job.root, file)), { recursive: true });
      fs.writeFileSync(path.join(job.root, file), text);
    }
    const first = await lint(input);
    const messages = messagesOf(first.result);
    // At least 3 measured lints (1 when one lint takes over 5 s), more while they take under 2 s in all;
    // three times as many for an input linted in under 100 ms, whose median a GC pause moves most.
    const runs = [];
    let spent = 0;
    const maxReps = first.wall > 5000 ? 1 : first.wall < 100 ? job.reps * 3 : job.reps;
    while (runs.length < maxReps && (runs.length < 3 || spent < 2000)) {
      const run = await lint(input);
      delete run.result;
      runs.push(run);
      spent += run.wall;
    }
    const rules = {};
    for (const rule of Object.keys(runs[0]?.rules ?? {})) rules[rule] = median(runs.map((r) => r.rules[rule] ?? 0));
    out.push({
      name: input.name,
      bytes: Buffer.byteLength(input.code),
      lines: input.code.split('\n').length,
      reps: runs.length,
      wall: median(runs.map((r) => r.wall)),
      stats: { total: median(runs.map((r) => r.total)), parse: median(runs.map((r) => r.parse)), rules },
      first: { wall: first.wall, total: first.total, parse: first.parse, rules: first.rules },
      messages,
    });
  }
  return { inputs: out };
}

const result = job.mode === 'corpus' ? await corpus() : await inputs();
fs.writeFileSync(job.out, JSON.stringify({ config: job.config, mode: job.mode, ...result }));
