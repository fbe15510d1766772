/**
 * Credentials that live in another module (issue #18): what is statically known about a binding a
 * file imports, without type information.
 *
 * `readExport(from, './config/payments', 'PAYMENTS', ['accessToken'])` answers the value of
 * `PAYMENTS.accessToken` as exported by the module `./config/payments` resolves to from the linted
 * file: a text, a number/boolean/null, an object or array literal, an environment read
 * (`process.env.X`, `import.meta.env.X`), or `unknown`; with where it is written (`where`: the file
 * relative to the project root, line, column, and the binding chain, `PAYMENTS.accessToken`).
 * `undefined` means nothing is known: the specifier is refused or missing, the file does not parse,
 * the name is not exported, or the member is not in a known object.
 *
 * What is resolved:
 * - specifiers: relative ones (with TypeScript's extension rules and `index.*`), the alias map of
 *   `settings.credentials.aliases` (passed in as `from.aliases`), the nearest tsconfig/jsconfig's
 *   `paths` and `baseUrl` (`extends` followed up to 3 levels, comments and trailing commas allowed);
 *   see `resolve.ts`;
 * - exports: `export const X = …` (also `let`/`var` never reassigned, and destructured), `export
 *   default …`, `export { X }`, `export { X as Y }`, `export { X } from`, `export * from`, `export * as
 *   ns from`, `export =`, TypeScript string/number enums, classes (as the object of their static fields); CommonJS `module.exports = …`,
 *   `module.exports.X = …`, `exports.X = …`, `exports[KEY] = …` at the top level (a write below the
 *   top level, or to a key nothing is known about, makes what it may replace unknown);
 * - values: string/number/boolean/null literals, templates and `+` of known values, object literals
 *   (nested, spreads of objects and arrays, computed keys that are known), arrays, `Object.freeze(…)`, member reads of
 *   known objects, `const` aliases, imports and `require('…')` of other modules (followed lazily, at
 *   most `MAX_HOPS` modules away), `process.env.X`, `import.meta.env.X`, and `||`/`??` (decided when
 *   the left side is known, else a `fallback` to the text on the right).
 *
 * The bridge from a rule (which binding maps to which `readExport` call, and the reader context of
 * a rule context) is `binding.ts`.
 *
 * What is not: packages (bare specifiers no alias or tsconfig maps; `node_modules` is never read),
 * anything outside the project root, `package.json` `exports`/`main`, `.json`/`.vue` files, values
 * computed by calls or conditions (`a ? b : c`), function bodies, instance fields, writes below the top
 * level (they make their target unknown rather than known), dynamic `import()`.
 *
 * Why it is safe: it reads only JavaScript/TypeScript source files inside the project (lexically and
 * after symlinks), never through `node_modules`; it parses them and never executes or imports them;
 * tsconfig files are read as JSON text; nothing is printed: values go back to the caller, which
 * decides what a message shows (the rules show fingerprints, never secrets). Failures (a missing
 * file, a parse error, a cycle, a module too large) are silent and cached.
 *
 * Cost: nothing is read until a rule asks. Each file is parsed once and summarized (`summary.ts`:
 * strings and numbers, never the AST), cached per parser in a module-level map by absolute path with
 * the file's mtime and size, which a `statSync` compares before reuse (an editor server that lives
 * for hours sees edits). Resolution answers (specifier → file) are kept process-wide and checked
 * before reuse, and the directory facts (the project root, the nearest tsconfig) are kept for 5 s
 * (`resolve.ts`); within one linted file (`from.session`, see `ReaderSession`) each resolution and
 * each module is checked once. One answer builds at most `MAX_VALUES` values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { counters } from './counters.js';
import { parseModule, type ParserLike } from './parse.js';
import { aliasKey, directoryFacts, normalizeAliases, projectRoot, resolveSpecifier, stat, type CheckedResolutions, type ResolveOptions } from './resolve.js';
import { ABSENT, isIndex, plus, summarize, UNKNOWN, type EnvObject, type ModuleSummary, type Value, type Where } from './summary.js';

export type { ParserLike } from './parse.js';
export type { EnvObject } from './summary.js';

/** How many modules away a value is followed (re-exports, imports of imports). */
export const MAX_HOPS = 5;
/** How many values one answer may hold (a guard against huge generated objects). */
export const MAX_VALUES = 10_000;
/** Larger files are not read (bundles, generated data). */
export const MAX_FILE_SIZE = 1024 * 1024;

/** What the linted file tells the reader; the hook builds it from the rule context. */
export interface ReaderContext {
  /** The linted file (`context.physicalFilename`), absolute or relative to `cwd`. */
  readonly filename: string;
  readonly cwd: string;
  /** `context.languageOptions.parser`. */
  readonly parser: ParserLike;
  /** `context.languageOptions.parserOptions` (typed-program options are dropped). */
  readonly parserOptions?: Readonly<Record<string, unknown>>;
  /**
   * `settings.credentials.aliases`: specifier prefix → path relative to the project root, as bundlers
   * write them: `{ '@/': 'src/', '~config': 'src/config/index.ts' }`. A prefix that ends in `/`
   * matches specifiers that start with it; another matches itself and itself followed by `/`. The
   * longest prefix wins. Validated by the settings parser, not here.
   */
  readonly aliases?: Readonly<Record<string, string>>;
  /** The merged settings object (not read: the caches are process-wide, see `ReaderSession`). */
  readonly settings?: object;
  /**
   * What the reads made while one file is linted share (`newReaderSession()`, made once per linted
   * file by `readerContextOf`): the resolve options, the resolutions and modules already checked.
   * Without one, every read checks its answers against the file system again.
   */
  readonly session?: ReaderSession;
  /** The project root (absolute); by default `projectRoot` (see `resolve.ts`). */
  readonly root?: string;
}

/** Where a value is written, for messages: `file` is relative to the project root, with `/`. */
export interface ExportWhere {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, as editors and ESLint's formatters show columns. */
  readonly column: number;
  /** The binding chain in that file: `PAYMENTS.accessToken`, `default`, `module.exports.KEY`. */
  readonly name: string;
}

export type ExportedValue =
  | { readonly kind: 'text'; readonly text: string; readonly where: ExportWhere }
  | { readonly kind: 'primitive'; readonly value: number | boolean | null; readonly where: ExportWhere }
  /** `complete`: no key can exist but those in `entries` (no unknown spread, no unknown computed key). */
  | { readonly kind: 'object'; readonly entries: ReadonlyMap<string, ExportedValue>; readonly complete: boolean; readonly where: ExportWhere }
  | { readonly kind: 'array'; readonly items: readonly ExportedValue[]; readonly where: ExportWhere }
  | { readonly kind: 'env'; readonly name: string; readonly object: EnvObject; readonly where: ExportWhere }
  /**
   * A value read at run time with a text to fall back on (`process.env.MP_TOKEN || 'APP_USR-…'`):
   * `text` is the fallback, `where` where it is written.
   */
  | { readonly kind: 'fallback'; readonly text: string; readonly where: ExportWhere }
  | { readonly kind: 'unknown' };

/** `'default'`, `'*'` (the namespace: `import * as ns`, `require(…)`, `await import(…)`), or an export name. */
export type ImportedName = string;

const UNKNOWN_EXPORT: ExportedValue = { kind: 'unknown' };

type Fallback = Extract<ExportedValue, { kind: 'fallback' }>;

interface CacheEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly summary: ModuleSummary | null;
}

/** Summaries by parser, then by absolute path. */
const summaryCaches = new WeakMap<ParserLike, Map<string, CacheEntry>>();

/**
 * One linted file's reads: within one lint the files read are taken as unchanged, so each
 * resolution and each module is checked against the file system once per linted file, not once
 * per read. Made by `newReaderSession()`; the reader fills it.
 */
export interface ReaderSession {
  options?: ResolveOptions;
  readonly checked: CheckedResolutions;
  readonly modules: Map<string, ModuleSummary | null>;
}

export function newReaderSession(): ReaderSession {
  return { checked: new Set(), modules: new Map() };
}

/** A value and how many modules away from the linted file it was found. */
interface At {
  readonly value: Value;
  readonly hops: number;
}

/**
 * What is statically known about `name` (and the member chain `members` into it) exported by the module
 * `specifier` names from the linted file. `name`: an export name, `'default'`, or `'*'` for the
 * module as a whole (an ES module's namespace; a CommonJS module's `module.exports`).
 */
export function readExport(from: ReaderContext, specifier: string, name: ImportedName, members: readonly string[] = []): ExportedValue | undefined {
  return new Reader(from).read(specifier, name, members);
}

/** The project file `specifier` names from the linted file, if it is one the reader would read. */
export function resolveModule(from: ReaderContext, specifier: string): string | undefined {
  return new Reader(from).resolve(specifier, path.resolve(from.cwd, from.filename));
}

/**
 * The modules that the project module `specifier` (named from the linted file) loads at its top level
 * (see `loads.ts`), or `undefined` when it is not a project file the reader reads.
 */
export function moduleLoads(from: ReaderContext, specifier: string): readonly string[] | undefined {
  return new Reader(from).loads(specifier);
}

const JSON_PREFIX = 'module.exports = ';

function loadSummary(file: string, from: ReaderContext, fallbackFrom: readonly string[]): ModuleSummary | null {
  const stats = stat(file);
  if (!stats?.isFile()) return null;
  let cache = summaryCaches.get(from.parser);
  if (!cache) {
    cache = new Map();
    summaryCaches.set(from.parser, cache);
  }
  const cached = cache.get(file);
  if (cached?.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.summary;
  let summary: ModuleSummary | null = null;
  if (stats.size <= MAX_FILE_SIZE) {
    try {
      counters.reads += 1;
      const text = readFileSync(file, 'utf8');
      // a JSON module's value is what `require` gives and a default import reads (bundlers, Node): read as
      // `module.exports = <value>` by the file's parser, as a `.js` file (lines stay where they are;
      // columns on the first line move by the prefix)
      const json = file.endsWith('.json');
      const code = json ? `${JSON_PREFIX}${text.startsWith('\uFEFF') ? text.slice(1) : text}` : text;
      const program = parseModule({ file: json ? `${file}.js` : file, code, parser: from.parser, parserOptions: from.parserOptions, fallbackFrom });
      summary = program ? summarize(program, file) : null;
    } catch {
      summary = null;
    }
  }
  cache.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, summary });
  return summary;
}

class Reader {
  readonly #from: ReaderContext;
  readonly #options: ResolveOptions;
  readonly #fallbackFrom: readonly string[];
  /** Modules loaded during this answer, or during the lint of the file (`from.session`): each is checked once there. */
  readonly #modules: Map<string, ModuleSummary | null>;
  readonly #materialized = new Map<Value, Map<number, ExportedValue>>();
  readonly #inProgress = new Set<Value>();
  #budget = MAX_VALUES;

  constructor(from: ReaderContext) {
    this.#from = from;
    const { session } = from;
    this.#modules = session?.modules ?? new Map<string, ModuleSummary | null>();
    let options = session?.options;
    if (!options) {
      const facts = directoryFacts();
      const root = path.resolve(from.cwd, from.root ?? projectRoot(from.filename, from.cwd, facts));
      const aliases = normalizeAliases(from.aliases, root);
      options = { root, aliases, aliasKey: aliasKey(aliases), facts, ...(session ? { checked: session.checked } : {}) };
      if (session) session.options = options;
    }
    this.#options = options;
    this.#fallbackFrom = [path.dirname(path.resolve(from.cwd, from.filename)), path.resolve(from.cwd)];
  }

  resolve(specifier: string, importer: string): string | undefined {
    return resolveSpecifier(specifier, importer, this.#options);
  }

  loads(specifier: string): readonly string[] | undefined {
    const file = this.resolve(specifier, this.#linted());
    return file === undefined ? undefined : loadSummary(file, this.#from, this.#fallbackFrom)?.loads;
  }

  read(specifier: string, name: string, members: readonly string[]): ExportedValue | undefined {
    const file = this.resolve(specifier, this.#linted());
    if (file === undefined) return undefined;
    let at = this.#export(file, name, 0, new Set());
    for (const key of members) {
      if (!at) return undefined;
      const selected = this.#select(this.#deref(at), key);
      at = selected === ABSENT ? undefined : selected;
    }
    return at ? this.#materialize(at) : undefined;
  }

  #linted(): string {
    return path.resolve(this.#from.cwd, this.#from.filename);
  }

  #load(file: string): ModuleSummary | null {
    let summary = this.#modules.get(file);
    if (summary === undefined) {
      summary = loadSummary(file, this.#from, this.#fallbackFrom);
      this.#modules.set(file, summary);
    }
    return summary;
  }

  /** The value `name` is exported as from `file` (`undefined`: not exported, or unreadable). */
  #export(file: string, name: string, hops: number, visiting: Set<string>): At | undefined {
    const summary = this.#load(file);
    if (!summary) return undefined;
    if (name === '*') return { value: { kind: 'namespace', file }, hops };
    if (summary.format === 'cjs') {
      const whole = this.#deref({ value: summary.whole, hops });
      const named = this.#select(whole, name);
      // `import x from './cjs'`: `module.exports`, unless it has a `default` key (transpiled ESM)
      if (name === 'default' && (named === ABSENT || named.value.kind === 'unknown')) return whole;
      return named === ABSENT ? undefined : named;
    }
    const local = summary.exports.get(name);
    if (local) return { value: local, hops };
    if (name === 'default' || visiting.has(file)) return undefined;
    visiting.add(file);
    // `export * from`: the first module that exports the name (Rollup's choice; ESM would make a
    // name two of them export ambiguous).
    for (const star of summary.stars) {
      if (hops + 1 > MAX_HOPS) break;
      const target = this.resolve(star, file);
      const found = target === undefined ? undefined : this.#export(target, name, hops + 1, visiting);
      if (found) return found;
    }
    return undefined;
  }

  /** Follows references and selections until a value that is itself known (or unknown). */
  #deref(start: At): At {
    let at = start;
    for (;;) {
      const { value, hops } = at;
      if (value.kind === 'ref') {
        const target = hops + 1 > MAX_HOPS ? undefined : this.resolve(value.specifier, value.from);
        const found = target === undefined ? undefined : this.#export(target, value.name, hops + 1, new Set());
        if (!found) return { value: UNKNOWN, hops };
        at = found;
      } else if (value.kind === 'select') {
        const selected = this.#select(this.#deref({ value: value.base, hops }), value.key);
        if (selected === ABSENT) return { value: UNKNOWN, hops };
        at = selected;
      } else {
        return at;
      }
    }
  }

  /** `at[key]` for a dereferenced value; `ABSENT` when a closed object has no such key. */
  #select(at: At, key: string): At | typeof ABSENT {
    const { value, hops } = at;
    switch (value.kind) {
      case 'namespace':
        return this.#export(value.file, key, hops, new Set()) ?? ABSENT;
      case 'object':
        for (let index = value.layers.length - 1; index >= 0; index -= 1) {
          const layer = value.layers[index];
          if (!layer) continue;
          if (layer.kind === 'entries') {
            const found = layer.entries.get(key);
            if (found) return { value: found, hops };
            continue;
          }
          const spread = this.#deref({ value: layer.value, hops });
          const kind = spread.value.kind;
          if (kind === 'primitive' || (kind === 'array' && !isIndex(key))) continue;
          if (kind !== 'object' && kind !== 'namespace' && kind !== 'array') return { value: UNKNOWN, hops };
          const inner = this.#select(spread, key);
          if (inner !== ABSENT) return inner;
        }
        return ABSENT;
      case 'array':
        if (!isIndex(key)) return { value: UNKNOWN, hops };
        return value.items[Number(key)] ? { value: value.items[Number(key)] ?? UNKNOWN, hops } : ABSENT;
      default:
        return { value: UNKNOWN, hops };
    }
  }

  #where(where: Where): ExportWhere {
    const file = path.relative(this.#options.root, where.file).split(path.sep).join('/');
    return { file, line: where.line, column: where.column, name: where.name };
  }

  /** The caller's view of a value: references followed, objects merged, strings put together. */
  #materialize(start: At): ExportedValue {
    const at = this.#deref(start);
    const { value, hops } = at;
    const memo = this.#materialized.get(value)?.get(hops);
    if (memo) return memo;
    if (this.#inProgress.has(value) || this.#budget <= 0) return UNKNOWN_EXPORT;
    this.#budget -= 1;
    this.#inProgress.add(value);
    const result = this.#build(at);
    this.#inProgress.delete(value);
    let byHops = this.#materialized.get(value);
    if (!byHops) {
      byHops = new Map();
      this.#materialized.set(value, byHops);
    }
    byHops.set(hops, result);
    return result;
  }

  #build({ value, hops }: At): ExportedValue {
    switch (value.kind) {
      case 'text':
        return { kind: 'text', text: value.text, where: this.#where(value.where) };
      case 'primitive':
        return { kind: 'primitive', value: value.value, where: this.#where(value.where) };
      case 'env':
        return { kind: 'env', name: value.name, object: value.object, where: this.#where(value.where) };
      case 'array':
        return { kind: 'array', items: value.items.map((item) => this.#materialize({ value: item, hops })), where: this.#where(value.where) };
      case 'plus': {
        const pieces = this.#pieces(value.operands, hops);
        if (!pieces) return UNKNOWN_EXPORT;
        const [first, ...rest] = pieces.known;
        return this.#composed(rest.reduce<string | number | boolean | null>((sum, operand) => plus(sum, operand), first ?? ''), value.where, pieces.fallback);
      }
      case 'template': {
        const pieces = this.#pieces(value.values, hops);
        if (!pieces) return UNKNOWN_EXPORT;
        let text = value.quasis[0] ?? '';
        for (const [index, known] of pieces.known.entries()) text += String(known) + (value.quasis[index + 1] ?? '');
        return this.#composed(text, value.where, pieces.fallback);
      }
      case 'logical':
        return this.#logical(value, hops);
      case 'object':
        return this.#object(value, hops);
      case 'namespace':
        return this.#namespace(value.file, hops);
      default:
        return UNKNOWN_EXPORT;
    }
  }

  #text(value: string | number | boolean | null, where: Where): ExportedValue {
    return typeof value === 'string' ? { kind: 'text', text: value, where: this.#where(where) } : { kind: 'primitive', value, where: this.#where(where) };
  }

  /**
   * The primitives `parts` are, in order; one of them may be a fallback, standing for its text (the one
   * run-time hole of `` `Bearer ${process.env.T || '…'}` ``, as the rules read one in the linted file).
   * `undefined` when a part is unknown or two fall back.
   */
  #pieces(parts: readonly Value[], hops: number): { readonly known: (string | number | boolean | null)[]; readonly fallback?: Fallback } | undefined {
    const known: (string | number | boolean | null)[] = [];
    let fallback: Fallback | undefined;
    for (const part of parts) {
      const value = this.#materialize({ value: part, hops });
      if (value.kind === 'text') known.push(value.text);
      else if (value.kind === 'primitive') known.push(value.value);
      else if (value.kind === 'fallback' && !fallback) {
        fallback = value;
        known.push(value.text);
      } else return undefined;
    }
    return { known, fallback };
  }

  /** A value put together from pieces: a fallback (written where its literal is) when one piece is one. */
  #composed(value: string | number | boolean | null, where: Where, fallback: Fallback | undefined): ExportedValue {
    return fallback && typeof value === 'string' ? { kind: 'fallback', text: value, where: fallback.where } : this.#text(value, where);
  }

  /**
   * `left || right`, `left ?? right`: `left` or `right` as JavaScript picks once `left` is known; when it
   * is not (an environment read, a call), a `fallback` to the text `right` is (or to the fallback it has).
   */
  #logical(value: Extract<Value, { kind: 'logical' }>, hops: number): ExportedValue {
    const left = this.#materialize({ value: value.left, hops });
    const known = left.kind === 'text' ? left.text : left.kind === 'primitive' ? left.value : left.kind === 'fallback' ? left.text : undefined;
    // objects and arrays are truthy and not nullish; a known value decides; a fallback that would be picked stands
    if (left.kind === 'object' || left.kind === 'array' || (known !== undefined && (value.operator === '||' ? Boolean(known) : known !== null))) return left;
    const right = this.#materialize({ value: value.right, hops });
    if (left.kind === 'text' || left.kind === 'primitive') return right;
    if (right.kind === 'text') return { kind: 'fallback', text: right.text, where: right.where };
    return right.kind === 'fallback' ? right : UNKNOWN_EXPORT;
  }

  #object(value: Extract<Value, { kind: 'object' }>, hops: number): ExportedValue {
    const entries = new Map<string, ExportedValue>();
    let complete = true;
    for (const layer of value.layers) {
      if (layer.kind === 'entries') {
        for (const [key, entry] of layer.entries) {
          entries.delete(key);
          entries.set(key, this.#materialize({ value: entry, hops }));
        }
        continue;
      }
      const spread = this.#deref({ value: layer.value, hops });
      if (spread.value.kind === 'primitive') continue;
      const inner = spread.value.kind === 'object' || spread.value.kind === 'namespace' || spread.value.kind === 'array' ? this.#materialize(spread) : UNKNOWN_EXPORT;
      if (inner.kind === 'object' || inner.kind === 'array') {
        const spreadEntries = inner.kind === 'object' ? inner.entries : inner.items.map((item, index): [string, ExportedValue] => [String(index), item]);
        for (const [key, entry] of spreadEntries) {
          entries.delete(key);
          entries.set(key, entry);
        }
        if (inner.kind === 'object') complete &&= inner.complete;
      } else {
        // It may set any key: what was written before it is no longer known.
        for (const key of entries.keys()) entries.set(key, UNKNOWN_EXPORT);
        complete = false;
      }
    }
    return { kind: 'object', entries, complete, where: this.#where(value.where) };
  }

  /** A namespace as an object: own exports, then those of `export *` modules (first one wins, never `default`). */
  #namespace(file: string, hops: number): ExportedValue {
    const summary = this.#load(file);
    if (!summary) return UNKNOWN_EXPORT;
    if (summary.format === 'cjs') return this.#materialize({ value: summary.whole, hops });
    const entries = new Map<string, ExportedValue>();
    const state = { complete: true };
    this.#collectNames(summary, hops, entries, new Set(), state, true);
    return { kind: 'object', entries, complete: state.complete, where: this.#where({ file, line: 1, column: 1, name: '*' }) };
  }

  #collectNames(summary: ModuleSummary, hops: number, entries: Map<string, ExportedValue>, visited: Set<string>, state: { complete: boolean }, own: boolean): void {
    visited.add(summary.file);
    for (const [name, value] of summary.exports) {
      if ((!own && name === 'default') || entries.has(name)) continue;
      entries.set(name, this.#materialize({ value, hops }));
    }
    for (const star of summary.stars) {
      const target = hops + 1 > MAX_HOPS ? undefined : this.resolve(star, summary.file);
      const starred = target === undefined ? null : this.#load(target);
      if (!starred || starred.format === 'cjs') {
        state.complete = false;
        continue;
      }
      if (!visited.has(starred.file)) this.#collectNames(starred, hops + 1, entries, visited, state, false);
    }
  }
}
