/**
 * `npm run bench`: what the plugin costs on real code, beside ESLint itself and a peer plugin.
 *
 * 1. Fetches the pinned `bench` corpus (scripts/corpus.mjs: about 350k lines of JS, TS and TSX).
 * 2. Reads the selectors the plugin's rules listen to, by running their `create()` on a sample of the
 *    corpus; the visitor floor is a rule listening to the same selectors with empty functions.
 * 3. Lints the whole corpus in a fresh process per run, alternating the configurations over several
 *    repetitions: floor (parsers, no rules), visitor floor, each rule alone, the `recommended` preset,
 *    and eslint-plugin-no-secrets. Wall and CPU medians, and ESLint's `stats` per-rule times for the
 *    in-process share of each rule.
 * 4. Times pathological inputs, a typical file at 1x/10x/100x and a client file importing from an
 *    import graph of 10/100/1,000 modules (scripts/bench/inputs.mjs).
 * 5. Prints Markdown tables and the budget verdicts (all rules <= 1% of the rest of ESLint's time,
 *    <= 3x the visitor floor, zero reports on the corpus), and saves them under .cache/bench/.
 *
 * Runs go two at a time on a machine with two or more cores (--jobs 1 for one at a time).
 *
 * Options: --reps N (corpus runs per configuration, default 3), --input-reps N (default 7), --jobs N,
 * --quick (1 run on a quarter of the corpus: a smoke test of the tooling, not the measurement),
 * --only a,b (configurations), --no-corpus, --no-inputs, --inputs a,b (only the generated inputs whose
 * names start so: `--no-corpus --inputs import-graph` times the import graph alone), --readme (write
 * the tables into README.md's Performance section), --check (exit 1 when a budget is missed).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { REPO_ROOT, ensureCorpus } from './corpus.mjs';
import { snapshotBuild } from './bench/snapshot.mjs';

// Snapshot the build first: other work may rebuild dist/ while the benchmark runs.
const OUT_DIR = path.join(REPO_ROOT, '.cache', 'bench');
fs.mkdirSync(OUT_DIR, { recursive: true });
await snapshotBuild(REPO_ROOT);

const { CONFIG_NAMES, PLUGIN_PREFIX, RULE_NAMES, VISITOR_FLOOR_RULE, listenerProbe, plugin } = await import('./bench/config.mjs');
const { GRAPH_SIZES, GROWTH_FACTORS, importGraph, pathologicalInputs, typicalFile } = await import('./bench/inputs.mjs');

const run = promisify(execFile);
const WORKER = path.join(REPO_ROOT, 'scripts', 'bench', 'worker.mjs');
const PEER_RULE = 'no-secrets/no-secrets';
const BUDGET = { share: 0.01, visitorFloor: 3 };

// ---- options ----
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, fallback) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : argv[i + 1];
};
const quick = flag('--quick');
const reps = Number(value('--reps', quick ? 1 : 3));
const inputReps = Number(value('--input-reps', quick ? 3 : 7));
const jobs = Math.max(1, Number(value('--jobs', Math.min(2, os.cpus().length))));
const only = value('--only', undefined)?.split(',');
const inputPrefixes = value('--inputs', undefined)?.split(',');
/** Whether a generated input is timed (`--inputs`). */
const timed = (input) => !inputPrefixes || inputPrefixes.some((prefix) => input.name.startsWith(prefix));
const configs = only ? CONFIG_NAMES.filter((c) => only.includes(c)) : CONFIG_NAMES;
for (const required of ['floor', 'visitor-floor']) if (!configs.includes(required)) configs.unshift(required);
const log = (line) => process.stderr.write(`${line}\n`);

// ---- helpers ----
function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%` : '—');
const times = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');
const sec = (x) => (Number.isFinite(x) ? (x / 1000).toFixed(1) : '—');
const kb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? ':--' : '--:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** Milliseconds of the rules a configuration is about: the plugin's, the visitor floor's or the peer's. */
function measuredRules(config) {
  if (config === 'visitor-floor') return [VISITOR_FLOOR_RULE];
  if (config === 'no-secrets') return [PEER_RULE];
  if (config === 'recommended' || config === 'company') return Object.keys(plugin.configs.recommended.rules);
  if (config.startsWith('rule:')) return [`${PLUGIN_PREFIX}${config.slice(5)}`];
  return [];
}
const sumRules = (stats, rules) => rules.reduce((sum, rule) => sum + (stats.rules[rule] ?? 0), 0);

let jobCounter = 0;
async function worker(job) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const id = `${process.pid}-${jobCounter++}`;
  const jobFile = path.join(OUT_DIR, `job-${id}.json`);
  const out = path.join(OUT_DIR, `out-${id}.json`);
  fs.writeFileSync(jobFile, JSON.stringify({ ...job, out }));
  try {
    await run(process.execPath, [WORKER, jobFile], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(fs.readFileSync(out, 'utf8'));
  } finally {
    fs.rmSync(jobFile, { force: true });
    fs.rmSync(out, { force: true });
  }
}

/** The selectors every plugin rule returns from `create()`, read on a sample of real and generated files. */
async function discoverListeners(root, files) {
  const probe = listenerProbe();
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: probe.config, warnIgnored: false });
  await eslint.lintFiles(files.filter((_, i) => i % 16 === 0));
  for (const input of [typicalFile(1), ...pathologicalInputs({ size: 256, depth: 8, headers: 8 })]) {
    await eslint.lintText(input.code, { filePath: path.join(root, input.filename) });
  }
  return probe.keys;
}

// ---- main ----
const started = performance.now();
const load = [os.loadavg()[0]];
const { root, files: allFiles, lines: allLines, packages } = await ensureCorpus('bench', { log });
const files = quick ? allFiles.filter((_, i) => i % 4 === 0) : allFiles;
const lines = quick ? Math.round((allLines * files.length) / allFiles.length) : allLines;

log('bench: reading the rules’ listeners…');
const listenerKeys = await discoverListeners(root, allFiles);
const visitorKeys = [...new Set([...listenerKeys.values()].flatMap((s) => [...s]))].sort();
log(`bench: visitor floor listens to ${visitorKeys.join(', ')}`);

/** @type {Record<string, object[]>} */
const corpusRuns = Object.fromEntries(configs.map((c) => [c, []]));
/** Runs `tasks` (async functions) `jobs` at a time, in order. */
async function pool(tasks) {
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, lane));
}

if (!flag('--no-corpus')) {
  const tasks = [];
  for (let rep = 0; rep < reps; rep++) {
    // Alternate: each repetition starts one configuration later, so no configuration always runs first
    // or always beside the same neighbour.
    const order = configs.map((_, i) => configs[(i + rep) % configs.length]);
    for (const config of order) {
      tasks.push(async () => {
        const t = performance.now();
        const result = await worker({ mode: 'corpus', config, root, files, visitorKeys });
        corpusRuns[config].push(result);
        log(`bench: corpus run ${rep + 1}/${reps} ${config}: ${sec(result.wall)} s wall, ${sec(result.cpu)} s CPU (${sec(performance.now() - t)} s with start-up)`);
      });
    }
  }
  await pool(tasks);
}

const inputConfigs = ['floor', 'visitor-floor', 'recommended', 'no-secrets'].filter((c) => configs.includes(c));
const pathological = pathologicalInputs();
const pathologicalHalf = pathologicalInputs({ size: 100 * 1024, depth: 1000, headers: 10_000 });
const growth = GROWTH_FACTORS.map((n) => typicalFile(n));
const graph = GRAPH_SIZES.map((n) => importGraph(n));
/** @type {Record<string, Map<string, object>>} */
const inputRuns = {};
if (!flag('--no-inputs')) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'credentials-bench-'));
  try {
    await pool(
      inputConfigs.map((config) => async () => {
        const t = performance.now();
        const inputs = [...growth, ...pathological, ...pathologicalHalf, ...graph].filter(timed);
        const result = await worker({ mode: 'inputs', config, root: scratch, inputs, warmup: [typicalFile(10)], reps: inputReps, visitorKeys });
        inputRuns[config] = new Map(result.inputs.map((r) => [r.name, r]));
        log(`bench: generated inputs, ${config}: ${sec(performance.now() - t)} s`);
      }),
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
load.push(os.loadavg()[0]);

// ---- analysis ----
function summarize(config) {
  const runs = corpusRuns[config] ?? [];
  const rules = measuredRules(config);
  const ruleMs = runs.map((r) => sumRules(r.stats, rules));
  const shares = runs.map((r, i) => ruleMs[i] / (r.stats.total - ruleMs[i]));
  return {
    runs: runs.length,
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    total: median(runs.map((r) => r.stats.total)),
    parse: median(runs.map((r) => r.stats.parse)),
    ruleMs: median(ruleMs),
    share: median(shares),
    perRule: Object.fromEntries(rules.map((rule) => [rule, median(runs.map((r) => r.stats.rules[rule] ?? 0))])),
    perRuleShare: Object.fromEntries(rules.map((rule) => [rule, median(runs.map((r) => (r.stats.rules[rule] ?? 0) / (r.stats.total - (r.stats.rules[rule] ?? 0))))])),
    messages: runs[0]?.messages ?? [],
  };
}
const summary = Object.fromEntries(configs.map((c) => [c, summarize(c)]));
const floor = summary.floor;
const visitorFloor = summary['visitor-floor'];

/** Every report of a plugin rule on the corpus, over all runs, once each. */
const pluginReports = new Map();
for (const config of configs) {
  for (const run of corpusRuns[config]) {
    for (const m of run.messages) {
      if (m.ruleId?.startsWith(PLUGIN_PREFIX)) pluginReports.set(`${m.file}:${m.line}:${m.column} ${m.ruleId}`, m);
    }
  }
}
const fatal = new Map();
for (const run of corpusRuns.floor ?? []) for (const m of run.messages) if (m.fatal) fatal.set(`${m.file}:${m.line}`, m);

const countReports = (s, config) => {
  if (config === 'no-secrets') return s.messages.filter((m) => m.ruleId === PEER_RULE).length;
  return s.messages.filter((m) => measuredRules(config).includes(m.ruleId)).length;
};

// ---- report ----
const out = [];
const eslintVersion = ESLint.version;
const cpus = os.cpus();
const date = new Date().toISOString().slice(0, 10);
let commit = 'unknown';
try {
  commit = (await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT })).stdout.trim();
} catch {
  // not a git checkout
}
out.push(
  `Run of ${date}: Node ${process.version}, ESLint ${eslintVersion}, ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `${os.platform()}; plugin ${plugin.meta.version} at ${commit}; load average ${load.map((l) => l.toFixed(1)).join(' → ')}` +
    `${quick ? '; **--quick: a quarter of the corpus, one run: not the measurement**' : ''}.`,
  '',
  `Corpus: ${files.length} files, ${lines.toLocaleString('en-US')} lines (${packages.map((p) => `${p.name}@${p.version}`).join(', ')}); ` +
    `${reps} run(s) per configuration, each in a fresh process, configurations alternating, ${jobs} at a time; ESLint \`stats: true\` in every run.`,
  '',
);

if (!flag('--no-corpus')) {
  out.push(
    table(
      ['Configuration', 'Lint wall, median (s)', 'CPU, median (s)', 'Wall vs floor', 'Rule time in-process (ms)', 'Share of the rest of ESLint', 'vs visitor floor', 'Reports'],
      configs.map((config) => {
        const s = summary[config];
        const isFloor = config === 'floor';
        return [
          config === 'recommended' ? '`recommended` (all 3 rules)' : config === 'company' ? '`recommended` with a company preset\'s settings' : config.startsWith('rule:') ? `\`${config.slice(5)}\` alone` : config === 'no-secrets' ? 'eslint-plugin-no-secrets (peer)' : config === 'floor' ? 'floor: parsers, no rules' : 'visitor floor: no-op listeners',
          sec(s.wall),
          sec(s.cpu),
          isFloor ? '1.00×' : times(s.wall / floor.wall),
          isFloor ? `(pass ${ms(s.total)}, parse ${ms(s.parse)})` : ms(s.ruleMs),
          isFloor ? '—' : pct(s.share),
          isFloor ? '—' : times(s.ruleMs / visitorFloor.ruleMs),
          isFloor ? `${fatal.size} parse errors` : String(countReports(s, config)),
        ];
      }),
    ),
    '',
  );

  const rec = summary.recommended;
  if (rec) {
    out.push(
      '**Each rule in the `recommended` run** (in-process, median):',
      '',
      table(
        ['Rule', 'ms', 'Share of the rest of ESLint', 'vs visitor floor'],
        Object.keys(rec.perRule).map((rule) => [`\`${rule}\``, ms(rec.perRule[rule]), pct(rec.perRuleShare[rule]), times(rec.perRule[rule] / visitorFloor.ruleMs)]),
      ),
      '',
    );
    const verdicts = [
      [`All plugin rules: ${pct(rec.share)} of the rest of ESLint's time (budget ≤ 1%)`, rec.share <= BUDGET.share],
      [`All plugin rules: ${times(rec.ruleMs / visitorFloor.ruleMs)} the visitor floor (budget ≤ 3×)`, rec.ruleMs / visitorFloor.ruleMs <= BUDGET.visitorFloor],
      [`Reports of the plugin on the corpus: ${pluginReports.size} (budget 0)`, pluginReports.size === 0],
    ];
    out.push('**Budget:**', '', ...verdicts.map(([text, ok]) => `- ${ok ? 'PASS' : 'FAIL'}: ${text}`), '');
    summary.verdicts = verdicts;
  }
  if (pluginReports.size > 0) {
    out.push('**Reports on the corpus** (each is a false positive to explain or fix):', '');
    for (const m of pluginReports.values()) out.push(`- \`${m.file}:${m.line}:${m.column}\` ${m.ruleId}: ${m.message}`);
    out.push('');
  }
}

if (!flag('--no-inputs')) {
  const pluginRules = RULE_NAMES.map((n) => `${PLUGIN_PREFIX}${n}`);
  const row = (input) => {
    const f = inputRuns.floor?.get(input.name);
    const v = inputRuns['visitor-floor']?.get(input.name);
    const r = inputRuns.recommended?.get(input.name);
    const p = inputRuns['no-secrets']?.get(input.name);
    const fatalError = [f, r].flatMap((x) => x?.messages ?? []).find((m) => m.fatal);
    const all = r ? sumRules(r.stats, pluginRules) : Number.NaN;
    return {
      cells: [
        ms(f?.stats.total),
        ms(v?.stats.rules[VISITOR_FLOOR_RULE]),
        ...pluginRules.map((rule) => ms(r?.stats.rules[rule])),
        ms(all),
        pct(all / (r ? r.stats.total - all : Number.NaN)),
        ms(p?.stats.rules[PEER_RULE]),
      ],
      bytes: f?.bytes ?? r?.bytes ?? 0,
      all,
      fatalError,
    };
  };
  const ruleHeads = RULE_NAMES.map((n) => `\`${n}\``);
  if (pathological.every(timed)) out.push(
    `**Pathological inputs** (ms in-process, median of 3 to ${inputReps} lints after a warm-up, up to ${inputReps * 3} for inputs linted in under 100 ms; rules from the \`recommended\` run; ` +
      'the last column divides the plugin time by its time on the same input at half the size: about 2 is linear, 4 quadratic):',
    '',
    table(
      ['Input', 'Size', 'ESLint floor (pass)', 'Visitor floor', ...ruleHeads, 'All plugin rules', 'Share of the rest', 'no-secrets (peer)', 'Plugin: full ÷ half size'],
      pathological.map((input, i) => {
        const r = row(input);
        const half = row(pathologicalHalf[i]);
        return [`${input.name}${r.fatalError ? ` (${r.fatalError.message})` : ''}`, kb(r.bytes), ...r.cells, (r.all / half.all).toFixed(1)];
      }),
    ),
    '',
    ...pathological.map((input) => `- \`${input.name}\`: ${input.what}`),
    '',
  );
  const base = row(growth[0]);
  if (growth.every(timed)) out.push(
    '**Growth** (a typical client file, 1x ≈ the median corpus file, repeated; ms in-process, median; linear growth keeps the last column near the size ratio):',
    '',
    table(
      ['File', 'Size', 'ESLint floor (pass)', 'Visitor floor', ...ruleHeads, 'All plugin rules', 'Share of the rest', 'no-secrets (peer)', 'Plugin time ÷ 1x'],
      growth.map((input) => {
        const r = row(input);
        return [input.name, kb(r.bytes), ...r.cells, `${(r.all / base.all).toFixed(1)} (size ${(r.bytes / base.bytes).toFixed(1)})`];
      }),
    ),
    '',
  );
  if (graph.every(timed)) {
    // the first lint reads and parses every module; the later ones find them in the reader's cache
    const cold = (input) => {
      const first = inputRuns.recommended?.get(input.name)?.first;
      return first ? sumRules(first, pluginRules) : Number.NaN;
    };
    const first = graph[0];
    out.push(
      '**Values from other modules** (a client file importing from every module of an import graph; ms in-process, plugin rules of the `recommended` run: the first lint, which reads and parses the modules, and the median of the later ones, which find them cached; linear growth keeps the ratios near the module ratio):',
      '',
      table(
        ['Input', 'Modules', 'Size of the linted file', 'ESLint floor (pass)', 'All plugin rules, first lint', 'All plugin rules, cached', 'Share of the rest (cached)', 'First ÷ 10 modules', 'Cached ÷ 10 modules'],
        graph.map((input, i) => {
          const r = row(input);
          const base10 = row(first);
          return [input.name, GRAPH_SIZES[i].toLocaleString('en-US'), kb(r.bytes), r.cells[0], ms(cold(input)), ms(r.all), r.cells.at(-2), (cold(input) / cold(first)).toFixed(1), (r.all / base10.all).toFixed(1)];
        }),
      ),
      '',
    );
  }
}

out.push(`Listeners read from the rules at run time: ${[...listenerKeys].map(([rule, keys]) => `\`${rule}\` ${[...keys].sort().join(', ') || '(none)'}`).join('; ')}.`);
out.push('', `Whole benchmark: ${sec(performance.now() - started)} s.`);

const markdown = out.join('\n');
console.log(markdown);
fs.mkdirSync(OUT_DIR, { recursive: true });
fs.writeFileSync(path.join(OUT_DIR, 'last.md'), `${markdown}\n`);
fs.writeFileSync(
  path.join(OUT_DIR, 'last.json'),
  JSON.stringify({ date, node: process.version, eslint: eslintVersion, cores: cpus.length, load, quick, reps, inputReps, summary, corpusRuns: Object.fromEntries(Object.entries(corpusRuns).map(([c, runs]) => [c, runs.map((r) => ({ ...r, messages: r.messages.length }))])), inputRuns: Object.fromEntries(Object.entries(inputRuns).map(([c, m]) => [c, [...m.values()]])) }, null, 1),
);
log(`bench: saved .cache/bench/last.md and last.json`);

if (flag('--readme')) {
  const readmePath = path.join(REPO_ROOT, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error('bench: README.md has no <!-- bench:start --> … <!-- bench:end --> block');
  fs.writeFileSync(readmePath, `${readme.slice(0, from + start.length)}\n${markdown}\n${readme.slice(to)}`);
  log('bench: README.md Performance table updated');
}

if (flag('--check') && (summary.verdicts ?? []).some(([, ok]) => !ok)) process.exitCode = 1;
