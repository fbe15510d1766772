/**
 * Where the plugin's time goes on the bench corpus: `node scripts/bench/profile.mjs [config] [--every N]`
 * lints every Nth corpus file (default 4) in a worker under `node --cpu-prof` and prints the functions
 * with the most self time (all of them, and those of the plugin's build), with their callers inside
 * the plugin, and the plugin functions with the most inclusive time. `--fine` samples every 50 µs
 * instead of every 1 ms. `--keep FILE` keeps the
 * .cpuprofile (for Chrome DevTools). `--input NAME` profiles one generated input instead (`concat-2000-consts`, `typical-100x`, …).
 * Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCorpus, REPO_ROOT } from '../corpus.mjs';
import { GROWTH_FACTORS, pathologicalInputs, typicalFile } from './inputs.mjs';
import { snapshotBuild } from './snapshot.mjs';

const argv = process.argv.slice(2);
const config = argv.find((a) => !a.startsWith('--') && !/^\d+$/u.test(a)) ?? 'recommended';
const everyIndex = argv.indexOf('--every');
const every = everyIndex === -1 ? 4 : Number(argv[everyIndex + 1]);

// Profile a snapshot of the build, as the benchmark does: dist/ may be rebuilt meanwhile.
const pluginEntry = await snapshotBuild(REPO_ROOT);

const inputIndex = argv.indexOf('--input');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'credentials-profile-'));
const job = path.join(dir, 'job.json');
if (inputIndex === -1) {
  const { root, files } = await ensureCorpus('bench');
  fs.writeFileSync(
    job,
    JSON.stringify({ mode: 'corpus', config, root, files: files.filter((_, i) => i % every === 0), visitorKeys: [], out: path.join(dir, 'out.json') }),
  );
} else {
  // One generated input (a name from the bench tables: `concat-2000-consts`, `typical-10x`, …).
  const name = argv[inputIndex + 1];
  const input = [...pathologicalInputs(), ...GROWTH_FACTORS.map((n) => typicalFile(n))].find((i) => i.name === name);
  if (!input) throw new Error(`profile: no input ${name}`);
  fs.writeFileSync(job, JSON.stringify({ mode: 'inputs', config, root: dir, inputs: [input], reps: 1, visitorKeys: [], out: path.join(dir, 'out.json') }));
}
execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', String(argv.includes('--fine') ? 50 : 1000), '--cpu-prof-dir', dir, path.join(REPO_ROOT, 'scripts', 'bench', 'worker.mjs'), job], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_PLUGIN: pluginEntry },
});
const profileFile = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!profileFile) throw new Error('profile: no .cpuprofile written');
const profile = JSON.parse(fs.readFileSync(path.join(dir, profileFile), 'utf8'));
const keepIndex = argv.indexOf('--keep');
if (keepIndex !== -1) fs.copyFileSync(path.join(dir, profileFile), argv[keepIndex + 1]);
fs.rmSync(dir, { recursive: true, force: true });

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const intervals = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (intervals[i] ?? 0) / 1000);

const PLUGIN_URL = new URL('dist/', `file://${REPO_ROOT}/`).href;
const isPlugin = (n) => n.callFrame.url.startsWith(PLUGIN_URL) || n.callFrame.url.includes('/.cache/bench/plugin-');
const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

/** Self time by function, and for plugin functions, by the nearest plugin caller chain (3 deep). */
const totals = new Map();
const pluginChains = new Map();
const inclusive = new Map();
let pluginSelf = 0;
let pluginInclusive = 0;
for (const [id, ms] of self) {
  const node = byId.get(id);
  const key = label(node);
  totals.set(key, (totals.get(key) ?? 0) + ms);
  // Time spent under any plugin frame (inclusive: core helpers, ESLint APIs the plugin calls).
  const chain = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (isPlugin(n)) chain.push(n.callFrame.functionName || '(anonymous)');
  }
  for (const fn of new Set(chainLabels(id))) inclusive.set(fn, (inclusive.get(fn) ?? 0) + ms);
  if (chain.length > 0) {
    pluginInclusive += ms;
    if (isPlugin(node)) pluginSelf += ms;
    const top = `${chain.slice(0, 3).reverse().join(' > ')} :: ${key}`;
    pluginChains.set(top, (pluginChains.get(top) ?? 0) + ms);
  }
}
/** The plugin frames above a sample, by label. */
function chainLabels(id) {
  const labels = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) if (isPlugin(byId.get(cur))) labels.push(label(byId.get(cur)));
  return labels;
}
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
const sampled = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`\n${config}: time under the plugin's frames ${pluginInclusive.toFixed(0)} ms (self ${pluginSelf.toFixed(0)} ms) of ${sampled.toFixed(0)} ms sampled\n`);
console.log('Top self time under plugin frames (plugin call chain :: function):');
for (const [k, ms] of top(pluginChains, 40)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
console.log('\nTop inclusive time of plugin functions:');
for (const [k, ms] of top(inclusive, 40)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
console.log('\nTop self time overall:');
for (const [k, ms] of top(totals, 15)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
