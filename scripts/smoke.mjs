#!/usr/bin/env node
/**
 * The real-code smoke run (`npm run smoke`, issues 7 and 19): the precision guard. Lints every source
 * file of the pinned smoke corpus (scripts/corpus.mjs: about 95 npm packages, 2.5 million lines of
 * payment, cloud, AI, chat, HTTP, auth, framework and websocket code) in three modes, each over the
 * whole corpus, each in its own process (they run in parallel):
 *
 *   recommended  the `recommended` preset
 *   strict       the `strict` preset
 *   client       the `strict` preset with `settings.credentials.assume: 'client'` (every file no signal
 *                classifies is treated as browser code)
 *
 * Each package is linted from its own root (so `components/`, `server/`… classify files as they would
 * in that project), one file at a time. Every report is compared with the judged list,
 * scripts/smoke/judged.tsv (`file:line:rule:messageId`, `true` or `false`, a one-line reason). The run
 * fails (exit 1) on a crash, on a report nobody judged and on a report judged false, and prints them;
 * judged entries no longer reported are listed as gone (not a failure). Reports print the rule's
 * message, which holds a fingerprint of a value, never the value.
 *
 *   node scripts/smoke.mjs [--mode recommended,strict,client] [--package a,@b/c] [--shards N] [--template]
 *
 * `--package` lints only those packages of the corpus (to check a fix quickly); gone entries are then
 * looked for in those packages only.
 * `--shards N` splits each mode over N processes (default 1: three processes in all, which keeps two
 * cores busy). The modes cannot share a parse: the plugin caches what it learns about a file (settings,
 * client classification) on its SourceCode, so each mode parses every file itself.
 * `--template` prints the unjudged reports as judged.tsv lines to fill in (verdict `?`).
 * The full results of the last run are written to .cache/smoke/results.json.
 * Not part of `npm test`: the first run downloads about 100 MB of packages.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus, REPO_ROOT } from './corpus.mjs';

const MODES = /** @type {const} */ (['recommended', 'strict', 'client']);
const MODE_TITLES = {
  recommended: 'recommended preset',
  strict: 'strict preset',
  client: "strict preset, settings.credentials.assume: 'client'",
};
const JUDGED_FILE = path.join(REPO_ROOT, 'scripts', 'smoke', 'judged.tsv');
const RESULTS_DIR = path.join(REPO_ROOT, '.cache', 'smoke');
const SELF = fileURLToPath(import.meta.url);

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};

if (args[0] === '--worker') {
  await worker(/** @type {(typeof MODES)[number]} */ (args[1]), Number(args[2]), Number(args[3]), /** @type {string} */ (args[4]), args[5]?.split(','));
} else {
  await main();
}

/** The key a report is judged by: `file:line:rule:messageId` (the rule without its `credentials/`). */
function keyOf(r) {
  return `${r.file}:${String(r.line)}:${r.ruleId.replace(/^credentials\//u, '')}:${r.messageId ?? ''}`;
}

/**
 * scripts/smoke/judged.tsv: `#` comments, blank lines, and `key<TAB>true|false<TAB>reason` lines.
 * @returns {Map<string, { verdict: boolean, reason: string, line: number }>}
 */
function readJudged() {
  /** @type {Map<string, { verdict: boolean, reason: string, line: number }>} */
  const judged = new Map();
  if (!fs.existsSync(JUDGED_FILE)) return judged;
  const problems = [];
  for (const [i, raw] of fs.readFileSync(JUDGED_FILE, 'utf8').split('\n').entries()) {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) continue;
    const [key, verdict, reason] = line.split('\t');
    if (!key || (verdict !== 'true' && verdict !== 'false') || !reason?.trim()) {
      problems.push(`  line ${String(i + 1)}: expected "file:line:rule:messageId<TAB>true|false<TAB>reason", got ${JSON.stringify(line.slice(0, 120))}`);
    } else if (judged.has(key)) {
      problems.push(`  line ${String(i + 1)}: ${key} is judged twice`);
    } else {
      judged.set(key, { verdict: verdict === 'true', reason: reason.trim(), line: i + 1 });
    }
  }
  if (problems.length > 0) {
    console.error(`smoke: ${path.relative(REPO_ROOT, JUDGED_FILE)} has lines it cannot read:\n${problems.join('\n')}`);
    process.exit(1);
  }
  return judged;
}

async function main() {
  const started = Date.now();
  const modes = (option('--mode') ?? MODES.join(',')).split(',');
  for (const m of modes) {
    if (!MODES.includes(/** @type {any} */ (m))) {
      console.error(`smoke: unknown mode ${JSON.stringify(m)} (expected ${MODES.join(', ')})`);
      process.exit(2);
    }
  }
  const only = option('--package')?.split(',');
  const shards = Number(option('--shards') ?? 1);
  if (!Number.isInteger(shards) || shards < 1) {
    console.error('smoke: --shards takes a whole number of processes per mode (1 or more)');
    process.exit(2);
  }
  const judged = readJudged();
  const corpus = await ensureCorpus('smoke');
  for (const name of only ?? []) {
    if (!corpus.packages.some((p) => p.name === name)) {
      console.error(`smoke: the corpus holds no package ${JSON.stringify(name)}`);
      process.exit(2);
    }
  }
  const skippedLines = corpus.skipped.reduce((n, s) => n + s.lines, 0);
  console.log(
    `smoke: corpus of ${String(corpus.packages.length)} packages, ${String(corpus.files.length)} files, ${String(corpus.lines)} lines` +
      ` (${(corpus.tarballBytes / 1e6).toFixed(1)} MB of tarballs; ${String(corpus.skipped.length)} files, ${String(skippedLines)} lines, left out: a code line over 5,000 characters)`,
  );
  console.log(
    `smoke: ${String(modes.length)} modes (${modes.join(', ')}) in ${String(modes.length * shards)} parallel processes on ${String(os.availableParallelism())} cores`,
  );

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const results = await Promise.all(
    modes.map(async (mode) => {
      const parts = await Promise.all(Array.from({ length: shards }, (_, shard) => runWorker(mode, shard, shards, only)));
      return {
        mode,
        rules: parts[0].rules,
        linted: parts.reduce((n, p) => n + p.linted, 0),
        seconds: Math.max(...parts.map((p) => p.seconds)),
        cpuSeconds: parts.reduce((n, p) => n + p.cpuSeconds, 0),
        reports: parts.flatMap((p) => p.reports),
        crashes: parts.flatMap((p) => p.crashes),
        unparsed: parts.flatMap((p) => p.unparsed),
      };
    }),
  );
  const wall = (Date.now() - started) / 1000;

  // Every report, by key, with the modes that gave it.
  /** @type {Map<string, { report: any, modes: string[], count: number }>} */
  const byKey = new Map();
  /** @type {Record<string, Record<string, { reports: number, judgedTrue: number, judgedFalse: number, unjudged: number }>>} */
  const table = {};
  let crashes = 0;
  for (const result of results) {
    crashes += result.crashes.length;
    const rows = (table[result.mode] = {});
    for (const rule of result.rules) rows[rule] = { reports: 0, judgedTrue: 0, judgedFalse: 0, unjudged: 0 };
    for (const r of result.reports) {
      const key = keyOf(r);
      const entry = byKey.get(key) ?? { report: r, modes: [], count: 0 };
      if (!entry.modes.includes(result.mode)) entry.modes.push(result.mode);
      entry.count++;
      byKey.set(key, entry);
      const row = (rows[r.ruleId] ??= { reports: 0, judgedTrue: 0, judgedFalse: 0, unjudged: 0 });
      row.reports++;
      const j = judged.get(key);
      if (!j) row.unjudged++;
      else if (j.verdict) row.judgedTrue++;
      else row.judgedFalse++;
    }
  }
  fs.writeFileSync(path.join(RESULTS_DIR, 'results.json'), `${JSON.stringify({ modes, results }, null, 1)}\n`);

  console.log('\nsmoke: reports per mode and rule (reports / judged true / judged false / unjudged)');
  for (const result of results) {
    console.log(
      `  ${result.mode} (${MODE_TITLES[result.mode]}): linted ${String(result.linted)} files in ${result.seconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU; ` +
        `${String(result.reports.length)} reports, ${String(result.crashes.length)} crashes`,
    );
    for (const [rule, row] of Object.entries(table[result.mode]).sort()) {
      console.log(`    ${rule.padEnd(38)} ${String(row.reports).padStart(5)} / ${String(row.judgedTrue).padStart(4)} / ${String(row.judgedFalse).padStart(4)} / ${String(row.unjudged).padStart(4)}`);
    }
  }

  const show = (key, entry) =>
    `  ${entry.report.file}:${String(entry.report.line)}:${String(entry.report.column)}  ${entry.report.ruleId}  (${entry.report.messageId ?? '-'}; ${entry.modes.join(', ')})\n      ${entry.report.message}`;
  const sorted = [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const falseOnes = sorted.filter(([key]) => judged.get(key)?.verdict === false);
  const unjudged = sorted.filter(([key]) => !judged.has(key));
  const trueOnes = sorted.filter(([key]) => judged.get(key)?.verdict === true);
  const count = (entries) => entries.reduce((n, [, entry]) => n + entry.count, 0);
  if (trueOnes.length > 0) {
    console.log(`\nsmoke: ${String(trueOnes.length)} report locations judged true (real credential mistakes in the corpus):`);
    for (const [key, entry] of trueOnes) console.log(`${show(key, entry)}\n      true: ${judged.get(key)?.reason ?? ''}`);
  }
  if (falseOnes.length > 0) {
    console.log(`\nsmoke: ${String(falseOnes.length)} report locations judged FALSE (false positives the rules must stop giving):`);
    for (const [key, entry] of falseOnes) console.log(`${show(key, entry)}\n      false: ${judged.get(key)?.reason ?? ''}`);
  }
  if (unjudged.length > 0) {
    console.log(`\nsmoke: ${String(unjudged.length)} UNJUDGED report locations (read the code, then add each to ${path.relative(REPO_ROOT, JUDGED_FILE)}):`);
    for (const [key, entry] of unjudged) console.log(show(key, entry));
    if (args.includes('--template')) {
      console.log('\nsmoke: judged.tsv lines to fill in (verdict true or false, then a one-line reason):');
      for (const [key] of unjudged) console.log(`${key}\t?\t`);
    }
  }
  const ran = new Set(modes);
  if (MODES.every((m) => ran.has(m))) {
    const linted = (key) => !only || only.some((name) => key.startsWith(`${name}/`));
    const gone = [...judged].filter(([key]) => linted(key) && !byKey.has(key));
    if (gone.length > 0) {
      console.log(`\nsmoke: ${String(gone.length)} judged entries no longer reported (gone; remove them from judged.tsv when that is intended):`);
      for (const [key, j] of gone) console.log(`  ${key} (was ${String(j.verdict)}: ${j.reason})`);
    }
  }

  const unparsed = results[0]?.unparsed ?? [];
  if (unparsed.length > 0) {
    console.log(`\nsmoke: ${String(unparsed.length)} files the parsers could not read (not linted):`);
    for (const u of unparsed) console.log(`  ${u}`);
  }
  for (const result of results) {
    if (result.crashes.length === 0) continue;
    console.error(`\nCRASHES (${result.mode}):`);
    for (const c of result.crashes) console.error(`  ${c}`);
  }

  console.log(
    `\nsmoke: ${only ? `only ${only.join(', ')} (${String(results[0]?.linted ?? 0)} files) of ` : ''}${String(corpus.packages.length)} packages, ${String(corpus.files.length)} files, ${String(corpus.lines)} lines; ` +
      `${results.map((r) => `${r.mode} ${r.seconds.toFixed(0)} s`).join(', ')}; ${wall.toFixed(0)} s in all`,
  );
  const failures = [
    crashes > 0 && `${String(crashes)} crashes`,
    falseOnes.length > 0 && `${String(falseOnes.length)} report locations judged false (${String(count(falseOnes))} reports over the modes)`,
    unjudged.length > 0 && `${String(unjudged.length)} unjudged report locations (${String(count(unjudged))} reports over the modes)`,
  ].filter(Boolean);
  if (failures.length > 0) {
    console.log(`smoke: FAILED: ${failures.join(', ')}`);
    process.exit(1);
  }
  console.log(`smoke: passed: every report is judged true (${String(trueOnes.length)} locations), no crash`);
}

/** Runs one shard of one mode in a child process; answers its results. @param {string} mode @param {number} shard @param {number} shards */
function runWorker(mode, shard, shards, only) {
  const out = path.join(RESULTS_DIR, `${mode}.${String(shard)}.${String(process.pid)}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SELF, '--worker', mode, String(shard), String(shards), out, ...(only ? [only.join(',')] : [])], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      try {
        if (code !== 0) throw new Error(`smoke: the ${mode} worker exited with ${signal ?? String(code)}`);
        resolve(JSON.parse(fs.readFileSync(out, 'utf8')));
      } catch (error) {
        reject(error);
      } finally {
        fs.rmSync(out, { force: true });
      }
    });
  });
}

/** Lints shard `shard` of `shards` of the corpus (every file, when 0 of 1) in one mode; writes the results to `out`. */
async function worker(mode, shard, shards, out, only) {
  const started = Date.now();
  const cpuStart = process.cpuUsage();
  const { Linter } = await import('eslint');
  const tsParser = await import('@typescript-eslint/parser');
  const espree = await import('espree');
  const { default: vueParser } = await import('vue-eslint-parser');
  const { default: plugin } = await import('../dist/index.mjs');
  const { root, files: all } = await ensureCorpus('smoke');
  const inPackage = (file) => !only || only.some((name) => file.startsWith(path.join(root, name) + path.sep));
  const files = all.filter(inPackage).filter((_, i) => i % shards === shard);
  const label = shards === 1 ? mode : `${mode} ${String(shard + 1)}/${String(shards)}`;

  const js = { parser: espree, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
  const cjs = { ...js, sourceType: 'commonjs' };
  const ts = { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
  const tsNoJsx = { parser: tsParser, sourceType: 'module' }; // `<T>x` assertions in .ts files
  const vue = { parser: vueParser, sourceType: 'module', parserOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } };
  const preset = mode === 'recommended' ? plugin.configs.recommended : plugin.configs.strict;
  const settings = mode === 'client' ? { credentials: { assume: 'client' } } : {};
  // Inline `eslint-disable` comments would silence rules (and name the packages' own rules): ignore them.
  const config = [
    { files: ['**/*.{js,mjs,jsx}'], languageOptions: js },
    { files: ['**/*.cjs'], languageOptions: cjs },
    { files: ['**/*.{ts,mts,cts}'], languageOptions: tsNoJsx },
    { files: ['**/*.tsx'], languageOptions: ts },
    { files: ['**/*.vue'], languageOptions: vue },
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'],
      plugins: { credentials: plugin },
      rules: preset.rules,
      settings,
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    },
  ];

  /** The package root a corpus file belongs to (`<root>/<name>` or `<root>/@scope/<name>`). */
  const packageRoot = (file) => {
    const [first, second] = path.relative(root, file).split(path.sep);
    return first?.startsWith('@') ? path.join(root, first, second ?? '') : path.join(root, first ?? '');
  };

  // Canary: a file that every rule must report, so that a silent run means clean code, not idle rules.
  // The secret is random at run time (never written to the repo).
  const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const randomBody = Array.from(crypto.getRandomValues(new Uint8Array(48)), (b) => ALNUM[b % ALNUM.length]).join('');
  const canarySecret = ['s', 'k_live_', randomBody].join('');
  const canary = [
    "'use client';",
    `const key = '${canarySecret}';`,
    "export const load = (token) => fetch('https://api.mercadopago.com/v1/payments/search?access_token=' + token);",
    `export const pay = () => fetch('https://api.stripe.com/v1/charges', { headers: { Authorization: 'Bearer ${canarySecret}' } });`,
    'export { key };',
  ].join('\n');
  const canaryFindings = new Linter({ configType: 'flat', cwd: root }).verify(canary, config, { filename: path.join(root, 'canary/src/components/Pay.jsx') });
  for (const name of Object.keys(plugin.rules)) {
    if (!canaryFindings.some((m) => m.ruleId === `credentials/${name}`)) {
      console.error(`smoke (${mode}): credentials/${name} does not report the canary file; the run would prove nothing.`, canaryFindings);
      process.exit(1);
    }
  }
  if (JSON.stringify(canaryFindings).includes(randomBody.slice(8, 24))) {
    console.error(`smoke (${mode}): a report on the canary file prints its secret.`);
    process.exit(1);
  }

  const linters = new Map();
  const reports = [];
  const crashes = [];
  const unparsed = [];
  let linted = 0;
  let nextProgress = Date.now() + 60_000;
  for (const file of files) {
    const cwd = packageRoot(file);
    let linter = linters.get(cwd);
    if (!linter) {
      linter = new Linter({ configType: 'flat', cwd });
      linters.set(cwd, linter);
    }
    const code = fs.readFileSync(file, 'utf8');
    const shown = path.relative(root, file).replaceAll('\\', '/');
    try {
      const messages = linter.verify(code, config, { filename: file });
      linted++;
      for (const m of messages) {
        if (m.fatal) unparsed.push(`${shown}:${String(m.line)}:${String(m.column)} ${m.message}`);
        else if (m.ruleId?.startsWith('credentials/')) {
          reports.push({ file: shown, line: m.line, column: m.column, ruleId: m.ruleId, messageId: m.messageId, message: m.message });
        }
        // else: ESLint's note that an inline directive is ignored (noInlineConfig)
      }
    } catch (error) {
      crashes.push(`${shown}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    if (Date.now() > nextProgress) {
      nextProgress = Date.now() + 60_000;
      process.stderr.write(`smoke (${label}): ${String(linted)} of ${String(files.length)} files, ${String(reports.length)} reports\n`);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`smoke (${label}): done, ${String(linted)} files in ${seconds.toFixed(1)} s\n`);
  const rules = Object.keys(preset.rules);
  fs.writeFileSync(out, JSON.stringify({ mode, rules, linted, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, reports, crashes, unparsed }));
}
