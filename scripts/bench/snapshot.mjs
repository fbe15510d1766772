/**
 * Copies the plugin's build (dist/) aside, so that a benchmark or profile measures one build from start
 * to end even if dist/ is rebuilt meanwhile; waits (up to two minutes) for a build that is under way.
 * Sets BENCH_PLUGIN, which scripts/bench/config.mjs loads, and removes the copy on exit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** @param {string} repoRoot @returns {Promise<string>} the copied entry point */
export async function snapshotBuild(repoRoot) {
  const dist = path.join(repoRoot, 'dist');
  const entry = path.join(dist, 'index.mjs');
  const target = path.join(repoRoot, '.cache', 'bench', `plugin-${process.pid}`);
  for (let waited = 0; ; waited += 2) {
    if (fs.existsSync(entry)) {
      fs.rmSync(target, { recursive: true, force: true });
      fs.cpSync(dist, target, { recursive: true });
      // A build that finished cleaning but not writing would leave the copy without its entry point.
      if (fs.existsSync(path.join(target, 'index.mjs'))) break;
    }
    if (waited >= 120) throw new Error('bench: no build in dist/ (run npm run build)');
    await sleep(2000);
  }
  process.on('exit', () => fs.rmSync(target, { recursive: true, force: true }));
  process.env.BENCH_PLUGIN = path.join(target, 'index.mjs');
  return process.env.BENCH_PLUGIN;
}
