/**
 * From an import specifier to a file of the project, or nothing.
 *
 * - Relative specifiers (`./x`, `../config/payments.js`): the exact file when it has a source
 *   extension, then TypeScript's mapping of an emitted extension to its source (`.js` → `.ts`/`.tsx`,
 *   `.jsx` → `.tsx`, `.mjs` → `.mts`, `.cjs` → `.cts`), then the extensions in `SOURCE_EXTENSIONS`
 *   appended, then `<dir>/index.<ext>`. A directory's `package.json` `main` is not read.
 * - Bare specifiers only through, in this order: the alias map (`settings.credentials.aliases`, passed
 *   in), `compilerOptions.paths` of the nearest `tsconfig.json`/`jsconfig.json`, and its `baseUrl`.
 *   A bare specifier nothing maps is a package: refused (`node_modules` is never read).
 * - A `.json` specifier names that exact file (`import keys from './keys.json'`, as bundlers and
 *   Node read it): its value is `module.exports`, what `require` and a default import give
 *   (core/modules/read-export.ts).
 * - Refused as well: absolute paths, URLs and `node:`-style specifiers, any file outside the project
 *   root (lexically and after symlinks), any path through a `node_modules` directory, and any file
 *   without a source or `.json` extension (`.vue`, `.node`, …): only JavaScript, TypeScript and JSON
 *   are ever parsed.
 */
import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { findConfigDirectory } from '../files/config-dir.js';
import { counters } from './counters.js';
import { parseJsonc } from './jsonc.js';

/** The extensions tried after an extensionless specifier, in this order (TypeScript's first). */
export const SOURCE_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

const TS_FOR_EMITTED: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/** How many `extends` levels of a tsconfig are followed. */
export const MAX_TSCONFIG_EXTENDS = 3;

/**
 * What the file system said about directories: kept process-wide and dropped as a whole every
 * `DIRECTORY_FACTS_TTL_MS` (`directoryFacts()`), so a config file, `package.json` or tsconfig created
 * or moved while an editor server runs is seen within that time. They change rarely, and re-walking
 * costs a handful of `statSync` calls per directory.
 */
export interface DirectoryFacts {
  /** Directory → the project root of a file in it (`null`: none found; the caller falls back). */
  readonly configDirs: Map<string, string | null>;
  readonly packageDirs: Map<string, string | null>;
  /** Directory → its nearest tsconfig/jsconfig at or under the root (`null`: none). */
  readonly tsconfigs: Map<string, string | null>;
  /** Root → its real path. */
  readonly realRoots: Map<string, string>;
}

/** How long the directory facts are kept before they are asked again (milliseconds). */
export const DIRECTORY_FACTS_TTL_MS = 5000;

export function newDirectoryFacts(): DirectoryFacts {
  return { configDirs: new Map(), packageDirs: new Map(), tsconfigs: new Map(), realRoots: new Map() };
}

let sharedFacts = newDirectoryFacts();
let sharedSince = Date.now();

/** The process-wide directory facts, new ones when the last were made over `DIRECTORY_FACTS_TTL_MS` ago. */
export function directoryFacts(now = Date.now()): DirectoryFacts {
  if (now - sharedSince > DIRECTORY_FACTS_TTL_MS || now < sharedSince) {
    sharedFacts = newDirectoryFacts();
    sharedSince = now;
  }
  return sharedFacts;
}

/**
 * A specifier's answer, kept process-wide (`resolutions`) under the root, the alias map (bare
 * specifiers only) and the importing directory, and checked before each reuse:
 * - a file found: still a file (one `statSync`), and the tsconfig files that mapped it unchanged;
 * - nothing found: the directories the candidates would be in unchanged (`watch`: their mtime, or
 *   `-1` while missing), so a module created or deleted later is seen on the next lint, and the
 *   tsconfig files read unchanged. Creating or deleting a file changes its directory's mtime.
 * A file found is not dropped when a candidate earlier in the order appears beside it later
 * (`x.ts` next to an `x.js` already found): that takes a new process, or the file's deletion.
 */
interface Resolution {
  readonly file: string | null;
  /** Paths with the mtime they had (`-1`: missing) when the answer was made. */
  readonly watch: readonly (readonly [path: string, mtimeMs: number])[];
}

/** Every answer of `resolveSpecifier` in this process, by `resolutionKey`. */
const resolutions = new Map<string, Resolution>();

/** What one linted file's reads share: the answers already checked during its lint (`ResolveOptions.checked`). */
export type CheckedResolutions = Set<string>;

export interface ResolveOptions {
  /** The project root (absolute): nothing outside it is read. */
  readonly root: string;
  /** Alias prefixes, longest first, with their absolute targets. */
  readonly aliases: readonly (readonly [prefix: string, target: string])[];
  /** `aliases` as a cache key (`aliasKey`). */
  readonly aliasKey: string;
  readonly facts: DirectoryFacts;
  /** The answers already checked during the current lint (none: each answer is checked on every reuse). */
  readonly checked?: CheckedResolutions;
}

/** The cache key of an alias map (`normalizeAliases`). */
export function aliasKey(aliases: ResolveOptions['aliases']): string {
  return aliases.map(([prefix, target]) => `${prefix}\0${target}`).join('\n');
}

/** The file's stats; `undefined` when it does not exist or cannot be reached (`ENOTDIR`, `EACCES`, a loop). */
export function stat(file: string): Stats | undefined {
  counters.stats += 1;
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function isFile(file: string): boolean {
  return stat(file)?.isFile() === true;
}

/** Whether `file` is `root` itself or below it. */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function throughNodeModules(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep).includes('node_modules');
}

/**
 * The project root of a linted file: the nearest directory holding an `eslint.config.*` (ESLint's
 * base path, outside which it lints nothing; so in a monorepo linted from its root a sibling package
 * is inside), else the nearest directory holding a `package.json`, else the working directory when
 * the file is inside it, else the file's own directory.
 */
export function projectRoot(filename: string, cwd: string, cache: DirectoryFacts): string {
  const file = path.resolve(cwd, filename);
  const directory = path.dirname(file);
  const config = findConfigDirectory(directory, cache.configDirs);
  if (config !== undefined) return config;
  const walked: string[] = [];
  let found: string | null = null;
  for (let current = directory; ; ) {
    const known = cache.packageDirs.get(current);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(current);
    if (isFile(path.join(current, 'package.json'))) {
      found = current;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const dir of walked) cache.packageDirs.set(dir, found);
  if (found !== null) return found;
  return isInside(cwd, file) ? path.resolve(cwd) : directory;
}

/** Normalizes an alias map (`{ '@/': 'src/' }`, targets relative to the root) to `ResolveOptions.aliases`. */
export function normalizeAliases(aliases: Readonly<Record<string, string>> | undefined, root: string): [string, string][] {
  if (!aliases) return [];
  return Object.entries(aliases)
    .filter(([prefix, target]) => prefix.length > 0 && typeof target === 'string')
    .map(([prefix, target]): [string, string] => [prefix, path.resolve(root, target)])
    .sort((a, b) => b[0].length - a[0].length);
}

function realRoot(options: ResolveOptions): string {
  let real = options.facts.realRoots.get(options.root);
  if (real === undefined) {
    try {
      real = realpathSync(options.root);
    } catch {
      real = options.root;
    }
    options.facts.realRoots.set(options.root, real);
  }
  return real;
}

/** `file` when it may be read: a source file inside the root, not through `node_modules`, also after symlinks. */
function admit(file: string, options: ResolveOptions): string | undefined {
  if (!isInside(options.root, file) || throughNodeModules(options.root, file)) return undefined;
  if (!SOURCE_EXTENSIONS.includes(path.extname(file)) && path.extname(file) !== '.json') return undefined;
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return undefined;
  }
  const root = realRoot(options);
  return isInside(root, real) && !throughNodeModules(root, real) ? file : undefined;
}

/** The source file a path without resolution rules names (see the module comment for the order); `probed` gets `base`. */
function sourceFile(base: string, options: ResolveOptions, probed: string[]): string | undefined {
  // Nothing outside the root is even probed.
  if (!isInside(options.root, base) || throughNodeModules(options.root, base)) return undefined;
  probed.push(base);
  const extension = path.extname(base);
  // a JSON module is named with its extension, never probed for
  if (extension === '.json') return isFile(base) ? admit(base, options) : undefined;
  const candidates: string[] = [];
  if (SOURCE_EXTENSIONS.includes(extension)) candidates.push(base);
  for (const mapped of TS_FOR_EMITTED[extension] ?? []) candidates.push(base.slice(0, -extension.length) + mapped);
  for (const added of SOURCE_EXTENSIONS) candidates.push(base + added);
  for (const added of SOURCE_EXTENSIONS) candidates.push(path.join(base, `index${added}`));
  for (const candidate of candidates) {
    if (isFile(candidate)) return admit(candidate, options);
  }
  return undefined;
}

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** `node:fs`, `file:///…`, `https://…`, `C:\…`: never a project module by name. */
const SCHEME = /^[a-z][\d+.a-z-]*:/iu;

/** The file `specifier`, imported by `importer`, names in the project; `undefined` when refused or missing. */
export function resolveSpecifier(specifier: string, importer: string, options: ResolveOptions): string | undefined {
  const directory = path.dirname(importer);
  const key = isRelative(specifier) ? `${options.root}\0${directory}\0${specifier}` : `${options.root}\0${options.aliasKey}\0${directory}\0${specifier}`;
  const cached = resolutions.get(key);
  if (cached && (options.checked?.has(key) === true || stillValid(cached))) {
    options.checked?.add(key);
    return cached.file ?? undefined;
  }
  const probed: string[] = [];
  const tsconfigs: string[] = [];
  const file = resolveUncached(specifier, directory, options, probed, tsconfigs);
  const watch: (readonly [string, number])[] = tsconfigs.map((read) => [read, jsonCache.get(read)?.mtimeMs ?? -1]);
  if (file === undefined) {
    // the directories a candidate would be created in: `base`'s (`base.ts`, `base/`), and `base/` itself (`base/index.ts`)
    for (const base of probed) {
      for (const watched of [path.dirname(base), base]) {
        const stats = stat(watched);
        if (watched === base && stats?.isDirectory() !== true) continue;
        watch.push([watched, stats?.mtimeMs ?? -1]);
      }
    }
  }
  resolutions.set(key, { file: file ?? null, watch });
  options.checked?.add(key);
  return file;
}

/** Whether a kept answer still holds (see `Resolution`). */
function stillValid({ file, watch }: Resolution): boolean {
  if (file !== null && !isFile(file)) return false;
  for (const [watched, mtimeMs] of watch) {
    if ((stat(watched)?.mtimeMs ?? -1) !== mtimeMs) return false;
  }
  return true;
}

function resolveUncached(specifier: string, directory: string, options: ResolveOptions, probed: string[], tsconfigs: string[]): string | undefined {
  if (specifier.length === 0 || specifier.includes('\0')) return undefined;
  if (isRelative(specifier)) return sourceFile(path.resolve(directory, specifier), options, probed);
  if (path.isAbsolute(specifier) || SCHEME.test(specifier) || specifier.startsWith('/') || specifier.startsWith('\\')) return undefined;
  for (const [prefix, target] of options.aliases) {
    const rest = aliasRest(specifier, prefix);
    if (rest !== undefined) return sourceFile(path.join(target, rest), options, probed);
  }
  const tsconfig = nearestTsconfig(directory, options, tsconfigs);
  if (tsconfig) {
    const { paths, baseUrl } = tsconfig;
    if (paths) {
      for (const target of pathTargets(specifier, paths.patterns)) {
        const file = sourceFile(path.resolve(paths.base, target), options, probed);
        if (file !== undefined) return file;
      }
    }
    if (baseUrl !== undefined) return sourceFile(path.resolve(baseUrl, specifier), options, probed);
  }
  return undefined;
}

/** What follows an alias prefix in `specifier`: `'@/'` matches `@/x`; `'@cfg'` matches `@cfg` and `@cfg/x`. */
function aliasRest(specifier: string, prefix: string): string | undefined {
  if (specifier === prefix) return '';
  if (prefix.endsWith('/')) return specifier.startsWith(prefix) ? specifier.slice(prefix.length) : undefined;
  return specifier.startsWith(`${prefix}/`) ? specifier.slice(prefix.length + 1) : undefined;
}

/**
 * The substitutions of the `paths` pattern that matches `specifier`, as TypeScript picks it: an
 * exact pattern first, else the wildcard pattern with the longest prefix; its targets in order.
 */
export function pathTargets(specifier: string, patterns: readonly (readonly [string, readonly string[]])[]): string[] {
  let best: { readonly targets: readonly string[]; readonly star: string; readonly prefixLength: number } | undefined;
  for (const [pattern, targets] of patterns) {
    const star = pattern.indexOf('*');
    if (star === -1) {
      if (pattern === specifier) return [...targets];
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (specifier.length < prefix.length + suffix.length || !specifier.startsWith(prefix) || !specifier.endsWith(suffix)) continue;
    if (!best || prefix.length > best.prefixLength) {
      best = { targets, star: specifier.slice(prefix.length, specifier.length - suffix.length), prefixLength: prefix.length };
    }
  }
  if (!best) return [];
  const { star } = best;
  return best.targets.map((target) => target.replace('*', star));
}

/** The resolution settings of a tsconfig, after its `extends`, with absolute directories. */
export interface TsconfigPaths {
  readonly baseUrl?: string;
  readonly paths?: { readonly base: string; readonly patterns: readonly (readonly [string, readonly string[]])[] };
}

interface RawOptions {
  baseUrl?: string;
  /** The `paths` map and the directory of the file that declared it. */
  paths?: { readonly declaredIn: string; readonly patterns: readonly (readonly [string, readonly string[]])[] };
}

interface JsonEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly json: unknown;
}

/** Parsed tsconfig/jsconfig files, by absolute path, checked against the file's mtime and size. */
const jsonCache = new Map<string, JsonEntry>();

function readJson(file: string): unknown {
  const stats = stat(file);
  if (!stats?.isFile()) return undefined;
  const cached = jsonCache.get(file);
  if (cached?.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.json;
  let json: unknown;
  try {
    counters.reads += 1;
    json = parseJsonc(readFileSync(file, 'utf8'));
  } catch {
    json = undefined;
  }
  jsonCache.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, json });
  return json;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `baseUrl` and `paths` of a tsconfig file, after following its relative `extends` (package ones are skipped). */
function tsconfigOptions(file: string, options: ResolveOptions, depth: number, seen: Set<string>): RawOptions {
  if (seen.has(file) || !isInside(options.root, file) || throughNodeModules(options.root, file)) return {};
  seen.add(file);
  const json = readJson(file);
  if (!isRecord(json)) return {};
  const directory = path.dirname(file);
  let merged: RawOptions = {};
  const parents = typeof json.extends === 'string' ? [json.extends] : Array.isArray(json.extends) ? json.extends : [];
  if (depth < MAX_TSCONFIG_EXTENDS) {
    for (const parent of parents) {
      if (typeof parent !== 'string' || !(isRelative(parent) || path.isAbsolute(parent))) continue;
      let parentFile = path.resolve(directory, parent);
      if (!parentFile.endsWith('.json') && !isFile(parentFile)) parentFile += '.json';
      const inherited = tsconfigOptions(parentFile, options, depth + 1, seen);
      merged = { ...merged, ...inherited };
    }
  }
  const compilerOptions = json.compilerOptions;
  if (isRecord(compilerOptions)) {
    if (typeof compilerOptions.baseUrl === 'string') merged = { ...merged, baseUrl: path.resolve(directory, compilerOptions.baseUrl) };
    if (isRecord(compilerOptions.paths)) {
      const patterns: [string, string[]][] = [];
      for (const [pattern, targets] of Object.entries(compilerOptions.paths)) {
        if (Array.isArray(targets)) patterns.push([pattern, targets.filter((t): t is string => typeof t === 'string')]);
      }
      merged = { ...merged, paths: { declaredIn: directory, patterns } };
    }
  }
  return merged;
}

/** The nearest `tsconfig.json` (else `jsconfig.json`) at or above `directory`, up to the root. */
function findTsconfig(directory: string, options: ResolveOptions): string | undefined {
  const walked: string[] = [];
  let found: string | null = null;
  for (let current = directory; isInside(options.root, current); ) {
    const known = options.facts.tsconfigs.get(current);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(current);
    const candidate = ['tsconfig.json', 'jsconfig.json'].map((name) => path.join(current, name)).find((file) => isFile(file));
    if (candidate !== undefined) {
      found = candidate;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const dir of walked) options.facts.tsconfigs.set(dir, found);
  return found ?? undefined;
}

/**
 * The `paths` and `baseUrl` that apply to a module in `directory` (read fresh when the tsconfig
 * changed); `read` gets the tsconfig files read (the nearest one and those it extends).
 */
export function nearestTsconfig(directory: string, options: ResolveOptions, read: string[] = []): TsconfigPaths | undefined {
  const file = findTsconfig(directory, options);
  if (file === undefined) return undefined;
  const seen = new Set<string>();
  const raw = tsconfigOptions(file, options, 0, seen);
  read.push(...seen);
  const result: { baseUrl?: string; paths?: TsconfigPaths['paths'] } = {};
  if (raw.baseUrl !== undefined) result.baseUrl = raw.baseUrl;
  // `paths` are relative to `baseUrl` when there is one, else to the file that declared them (TS 4.1+).
  if (raw.paths) result.paths = { base: raw.baseUrl ?? raw.paths.declaredIn, patterns: raw.paths.patterns };
  return result;
}
