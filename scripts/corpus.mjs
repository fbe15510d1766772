/**
 * Real-world source corpora for `npm run bench` and `npm run smoke`: pinned npm packages that ship their
 * sources, fetched with `npm pack` from the npm registry (each tarball checked against its pinned
 * sha512), unpacked into `.cache/corpus/<set>/<package>/<dir>/` and reused on the next run. Nothing
 * from a corpus is committed (`.cache/` is git-ignored).
 *
 *   import { ensureCorpus } from './corpus.mjs';
 *   const { root, files, lines } = await ensureCorpus('bench'); // files: absolute paths, sorted
 *
 * `node scripts/corpus.mjs [bench|smoke]` fetches a set and prints what it holds.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'corpus');

/** File extensions a corpus lists (declaration files and minified bundles are left out). */
export const SOURCE_EXTENSIONS = ['.js', '.jsx', '.ts', '.tsx', '.mts', '.cts', '.vue'];
const EXCLUDED = /\.d\.[cm]?ts$|\.min\.js$/u;

/**
 * @typedef {{ name: string, version: string, integrity: string, dirs: string[], why: string }} CorpusPackage
 */

/** @type {CorpusPackage[]} The benchmark corpus: about 350k lines of JS, TS and TSX. */
const BENCH = [
  {
    name: 'three',
    version: '0.180.0',
    integrity: 'sha512-o+qycAMZrh+TsE01GqWUxUIKR1AL0S8pq7zDkYOQw8GqfX8b8VoCKYUoHbhiX5j+7hr8XsuHDVU6+gkQJQKg9w==',
    dirs: ['src'],
    why: 'large plain-JS ES module code base (about 165k lines)',
  },
  {
    name: 'rxjs',
    version: '7.8.2',
    integrity: 'sha512-dhKf903U/PQZY6boNNtAGdWbG85WAbjT/1xYoZIC7FAY0yWapOBQVsVrDl58W86//e1VpMNBtRV4MaXfdMySFA==',
    dirs: ['src'],
    why: 'TypeScript library code with heavy generics',
  },
  {
    name: 'ra-core',
    version: '5.10.0',
    integrity: 'sha512-k/VhFLiunfT8IfcFrxDTYj8Yp0tqCL5En02FMbbazHTMzg4FcmaOD4zVr0W/JTpbNuCjoccYgZg9ixezZvdhHg==',
    dirs: ['src'],
    why: 'react-admin core: data providers, auth providers, HTTP helpers (fetchJson), TS and TSX',
  },
  {
    name: 'ra-ui-materialui',
    version: '5.10.0',
    integrity: 'sha512-i4S281FXWOjHmjcuIK4U3DwJHXU53/m4x/N80QkwFF1GrGC46UzDzAhXbOZC8PKo+LrXl4c9nDRyz7IZ/TIivw==',
    dirs: ['src'],
    why: 'react-admin UI: a large TSX front end',
  },
];

/** @type {CorpusPackage[]} Added for the smoke run: Vue SFCs and more TSX (including a payment SDK). */
const SMOKE_EXTRA = [
  {
    name: 'vitepress',
    version: '1.6.4',
    integrity: 'sha512-+2ym1/+0VVrbhNyRoFFesVvBvHAVMZMK0rw60E3X/5349M1GuVdKeazuksqopEdvkKwKGs21Q729jX81/bkBJg==',
    dirs: ['dist/client'],
    why: 'Vue SFCs (`<script setup lang="ts">`) of the default theme, and the client runtime',
  },
  {
    name: '@nuxt/ui',
    version: '4.11.2',
    integrity: 'sha512-TefoICLKP2xxtA3jsQhNyqwVmgtiRW7UxiJoIl0T8Qu6398X0Nc3Z+jvjYrfa19glEAMTHvsFB0HywSUh56nrQ==',
    dirs: ['dist/runtime'],
    why: 'a Nuxt module: about 190 Vue SFCs plus composables and plugins',
  },
  {
    name: '@refinedev/core',
    version: '5.0.12',
    integrity: 'sha512-9y5Bi9Lb7XyJmM55b8rCeBTDRCBU41p47OymJldasLfrtpUm2EwI+27DjjNpHTOugymiZsIbLlPtHCPQIXBHcg==',
    dirs: ['src'],
    why: 'admin framework: auth and data providers, TSX',
  },
  {
    name: '@tanstack/react-query',
    version: '5.108.0',
    integrity: 'sha512-DpMbB8pVorEZcsHRa0Z13KQGfmndqvJbuLy9h+xfP8XpuEZBOxzq+QfXGonQ0fAgRSWhc+QsfoRETSTWxAEAVw==',
    dirs: ['src'],
    why: 'data fetching hooks, TS and TSX',
  },
  {
    name: '@stripe/react-stripe-js',
    version: '7.0.1',
    integrity: 'sha512-yDVPIS/RcmYqtX0xuNjAlHd/d9B9twmWwzn4GrZcfrlg737yPC/rfnOs2vCwAs40zrZ2qz4VL1r5b1t0gFRjQQ==',
    dirs: ['src'],
    why: 'a payment SDK for the browser: publishable keys and client secrets in TSX and tests',
  },
];

/** @type {Record<'bench' | 'smoke', { packages: CorpusPackage[], minLines: number }>} */
export const CORPUS_SETS = {
  bench: { packages: BENCH, minLines: 300_000 },
  smoke: { packages: [...BENCH, ...SMOKE_EXTRA], minLines: 300_000 },
};

/** @param {string} text */
export function countLines(text) {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...walk(full));
    } else if (entry.isFile() && SOURCE_EXTENSIONS.includes(path.extname(entry.name)) && !EXCLUDED.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/** @param {string} file */
function sha512(file) {
  return `sha512-${createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
}

/** @param {CorpusPackage} pkg */
function tarballPath(pkg) {
  return path.join(CACHE_DIR, 'tarballs', `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`);
}

/** Fetches one pinned tarball (or reuses the cached one) and checks its integrity. @param {CorpusPackage} pkg */
async function fetchTarball(pkg, log) {
  const target = tarballPath(pkg);
  if (fs.existsSync(target) && sha512(target) === pkg.integrity) return target;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const scratch = fs.mkdtempSync(path.join(CACHE_DIR, 'tarballs', '.pack-'));
  try {
    log(`corpus: npm pack ${pkg.name}@${pkg.version}`);
    const { stdout } = await run('npm', ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', scratch, '--json', '--silent'], {
      cwd: scratch,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [info] = JSON.parse(stdout);
    const packed = path.join(scratch, info.filename);
    const actual = sha512(packed);
    if (actual !== pkg.integrity) {
      throw new Error(`corpus: ${pkg.name}@${pkg.version} integrity mismatch (expected ${pkg.integrity}, got ${actual})`);
    }
    fs.renameSync(packed, target);
    return target;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** @param {CorpusPackage[]} packages */
function manifestKey(packages) {
  return packages.map((p) => `${p.name}@${p.version}:${p.integrity}:${p.dirs.join(',')}`).join('|');
}

/**
 * Downloads (npm pack, pinned versions, from the npm registry) and unpacks into .cache/corpus/<set>/,
 * reusing a previous download; returns the root and the list of source files (.js .jsx .ts .tsx .mts
 * .cts .vue, absolute paths, sorted) and their total line count.
 * @param {'bench' | 'smoke'} set
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ root: string, files: string[], lines: number, packages: { name: string, version: string, files: number, lines: number }[] }>}
 */
export async function ensureCorpus(set, { log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const spec = CORPUS_SETS[set];
  if (!spec) throw new Error(`corpus: unknown set ${JSON.stringify(set)} (expected one of ${Object.keys(CORPUS_SETS).join(', ')})`);
  const root = path.join(CACHE_DIR, set);
  const manifestFile = path.join(root, 'manifest.json');
  const key = manifestKey(spec.packages);

  const cached = readManifest(manifestFile);
  if (cached?.key === key && cached.files.every((f) => fs.existsSync(path.join(root, f)))) {
    return { root, files: cached.files.map((f) => path.join(root, f)), lines: cached.lines, packages: cached.packages };
  }

  // Build into a private folder, then move it into place, so two runs at once never see half a corpus.
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const building = fs.mkdtempSync(path.join(CACHE_DIR, `.${set}-`));
  try {
    const packages = [];
    /** @type {string[]} */
    const files = [];
    let lines = 0;
    for (const pkg of spec.packages) {
      const tarball = await fetchTarball(pkg, log);
      const unpack = fs.mkdtempSync(path.join(building, '.unpack-'));
      await run('tar', ['-xzf', tarball, '-C', unpack]);
      let pkgFiles = 0;
      let pkgLines = 0;
      for (const dir of pkg.dirs) {
        const from = path.join(unpack, 'package', dir);
        if (!fs.existsSync(from)) throw new Error(`corpus: ${pkg.name}@${pkg.version} has no ${dir}/`);
        const to = path.join(building, pkg.name, dir);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.renameSync(from, to);
        for (const file of walk(to)) {
          const n = countLines(fs.readFileSync(file, 'utf8'));
          files.push(path.relative(building, file).replaceAll('\\', '/'));
          pkgFiles++;
          pkgLines += n;
        }
      }
      fs.rmSync(unpack, { recursive: true, force: true });
      packages.push({ name: pkg.name, version: pkg.version, files: pkgFiles, lines: pkgLines });
      lines += pkgLines;
    }
    if (lines < spec.minLines) throw new Error(`corpus: set ${set} holds ${lines} lines, fewer than the ${spec.minLines} it must`);
    files.sort();
    fs.writeFileSync(path.join(building, 'manifest.json'), `${JSON.stringify({ key, lines, packages, files }, null, 1)}\n`);
    fs.rmSync(root, { recursive: true, force: true });
    try {
      fs.renameSync(building, root);
    } catch (error) {
      // Another run moved its copy into place first: use that one.
      if (readManifest(manifestFile)?.key !== key) throw error;
    }
    log(`corpus: ${set}: ${files.length} files, ${lines} lines in ${root}`);
    return { root, files: files.map((f) => path.join(root, f)), lines, packages };
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
  }
}

/** @param {string} file */
function readManifest(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const set = /** @type {'bench' | 'smoke'} */ (process.argv[2] ?? 'bench');
  const { root, files, lines, packages } = await ensureCorpus(set);
  console.log(`${set}: ${files.length} files, ${lines} lines in ${root}`);
  for (const p of packages) console.log(`  ${p.name}@${p.version}: ${p.files} files, ${p.lines} lines`);
}
