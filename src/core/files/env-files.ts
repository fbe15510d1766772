/**
 * The project's env files (issue #20): what a public-prefixed variable (`NEXT_PUBLIC_STRIPE_KEY`,
 * `VITE_MP_TOKEN`) holds on this machine, read the way the project's framework reads it, so that
 * `no-secret-in-client` can tell a private credential behind a harmless name from a public key.
 *
 * Which files. The project is the nearest `package.json` (`project.ts`, which also says what builds
 * it); the files are in its directory, highest priority first, over the development and the
 * production mode together (a value is shipped by whichever build reads it):
 * - Next.js, Blitz, Create React App, Expo, Parcel (`DOTENV_FLOW`): `.env.[mode].local`, then
 *   `.env.local`, then `.env.[mode]`, then `.env` (Next.js and CRA skip `.env.local` in the test
 *   mode, which ships nothing and is not read here);
 * - Vite and the frameworks built on it (SvelteKit, Astro, Remix, React Router, Qwik City, SolidStart,
 *   TanStack Start, Analog, Vike, Waku), Vue CLI and Rsbuild (`VITE`): `.env.[mode].local`, then
 *   `.env.[mode]`, then `.env.local`, then `.env` (a mode file wins over `.env.local`); custom modes
 *   (`--mode staging`) are not guessed: name their files in `settings.credentials.envFiles`;
 * - Nuxt: `.env` only (`--dotenv` names another file: name it in the setting);
 * - Gatsby: `.env.development` and `.env.production`;
 * - Angular: none (it has no env files);
 * - any other project: by the variable's prefix (`NEXT_PUBLIC_`, `REACT_APP_`, `EXPO_PUBLIC_` like
 *   Next.js; `VITE_`, `PUBLIC_`, `VUE_APP_` like Vite; `NUXT_PUBLIC_` like Nuxt; `GATSBY_` like
 *   Gatsby), and for a name with no public prefix the Next.js list.
 * `settings.credentials.envFiles: string[]` replaces the lists (paths relative to the project's
 * directory, highest priority first); `false` turns env files off.
 *
 * Parsing: Node's own `util.parseEnv` (Node 20.12 and later; the engines range starts at 20.19), the
 * dotenv grammar without a dependency; it never throws, and a line it cannot read is skipped. Values
 * are not expanded (`$OTHER`): an expanded value is not a literal credential in the file.
 *
 * Caching, like the module reader (`core/modules`): each file is cached for the process by absolute
 * path with its mtime and size, which a `statSync` compares before each reuse (an edit in the editor
 * shows on the next lint); the `.env*` names of the project's directory are listed once per change of
 * the directory's mtime, so a file that is not there costs nothing (a project without env files, as in
 * CI: one `stat` of its directory per linted file); one linted file stats each env file once
 * (`EnvFiles` keeps what it found). `envFileCounters` counts stats, reads and parses for the tests. A file over `MAX_ENV_FILE_SIZE`,
 * a directory, an unreadable file: no variables, silently.
 *
 * Why it is safe: the files are read as text and parsed, never executed or loaded into
 * `process.env`; values go back to the rule, which prints fingerprints only (`redact.ts`); nothing is
 * read for a file that reads no public env variable (the rule's pre-check), and nothing at all when
 * the project has no env files (CI).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import type { TSESLint } from '@typescript-eslint/utils';
import { identify, type CredentialMatch } from '../credentials/catalogue.js';
import { isPlaceholder } from '../credentials/placeholders.js';
import { publicPrefix } from '../credentials/secret-names.js';
import type { FileFacts } from './file.js';
import { projectOf, type Project } from './project.js';

/** Larger files are not read (an env file is a few lines). */
export const MAX_ENV_FILE_SIZE = 256 * 1024;

/** How much file-system and parser work the env file reader has done in this process (tests subtract two copies). */
export const envFileCounters = { stats: 0, reads: 0, parses: 0 };

/** Next.js, Create React App, Expo, Parcel: `.env.[mode].local` > `.env.local` > `.env.[mode]` > `.env`. */
export const DOTENV_FLOW: readonly string[] = ['.env.production.local', '.env.development.local', '.env.local', '.env.production', '.env.development', '.env'];
/** Vite and its frameworks, Vue CLI, Rsbuild: `.env.[mode].local` > `.env.[mode]` > `.env.local` > `.env`. */
export const VITE: readonly string[] = ['.env.production.local', '.env.development.local', '.env.production', '.env.development', '.env.local', '.env'];
const NUXT: readonly string[] = ['.env'];
const GATSBY: readonly string[] = ['.env.production', '.env.development'];

/** The files a project's tool (`Project.tool`) reads, highest priority first. */
const BY_TOOL: ReadonlyMap<string, readonly string[]> = new Map([
  ...['Next.js', 'Blitz', 'Create React App', 'Expo', 'Parcel'].map((tool) => [tool, DOTENV_FLOW] as const),
  ...['Vite', 'SvelteKit', 'Astro', 'Remix', 'React Router', 'Qwik City', 'SolidStart', 'TanStack Start', 'Analog', 'Vike', 'Waku', 'Vue CLI', 'Rsbuild'].map(
    (tool) => [tool, VITE] as const,
  ),
  ['Nuxt', NUXT],
  ['Gatsby', GATSBY],
  ['Angular', []],
]);

/** The files a variable's public prefix points to, for a project whose tool says nothing. */
const BY_PREFIX: ReadonlyMap<string, readonly string[]> = new Map([
  ['NEXT_PUBLIC_', DOTENV_FLOW],
  ['REACT_APP_', DOTENV_FLOW],
  ['EXPO_PUBLIC_', DOTENV_FLOW],
  ['VITE_', VITE],
  ['PUBLIC_', VITE],
  ['VUE_APP_', VITE],
  ['NUXT_PUBLIC_', NUXT],
  ['GATSBY_', GATSBY],
]);

/** The env files read for `name` in `project` (names relative to its directory), highest priority first. */
export function envFileNames(project: Pick<Project, 'tool'>, name: string, setting: readonly string[] | undefined): readonly string[] {
  if (setting) return setting;
  const prefix = publicPrefix(name);
  return BY_TOOL.get(project.tool) ?? (prefix === undefined ? undefined : BY_PREFIX.get(prefix)) ?? DOTENV_FLOW;
}

interface FileEntry {
  readonly mtimeMs: number;
  readonly size: number;
  /** `null`: too large or unreadable. */
  readonly variables: ReadonlyMap<string, string> | null;
  /** Public-prefixed names whose value has a built-in private shape (for the pre-check), computed on first use. */
  privateNames?: readonly string[];
}

const files = new Map<string, FileEntry>();

function parse(file: string, size: number): ReadonlyMap<string, string> | null {
  if (size > MAX_ENV_FILE_SIZE) return null;
  try {
    envFileCounters.reads += 1;
    const text = readFileSync(file, 'utf8');
    envFileCounters.parses += 1;
    const variables = new Map<string, string>();
    for (const [name, value] of Object.entries(parseEnv(text))) if (typeof value === 'string') variables.set(name, value);
    return variables;
    /* c8 ignore next 3 -- a file that can be stat'ed but not read (permissions, removed in between) */
  } catch {
    return null;
  }
}

/** The entry of the env file at `file` (absolute), fresh by its mtime and size; `undefined` when there is no such file. */
function entryOf(file: string): FileEntry | undefined {
  envFileCounters.stats += 1;
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats?.isFile()) {
    files.delete(file);
    return undefined;
  }
  const known = files.get(file);
  if (known && known.mtimeMs === stats.mtimeMs && known.size === stats.size) return known;
  const entry: FileEntry = { mtimeMs: stats.mtimeMs, size: stats.size, variables: parse(file, stats.size) };
  files.set(file, entry);
  return entry;
}

/** The `.env*` entries of a project directory, checked by the directory's mtime (an entry added or removed changes it). */
const listings = new Map<string, { readonly mtimeMs: number; readonly names: ReadonlySet<string> }>();
const NONE: ReadonlySet<string> = new Set();

function envEntriesIn(directory: string): ReadonlySet<string> {
  envFileCounters.stats += 1;
  const stats = statSync(directory, { throwIfNoEntry: false });
  /* c8 ignore next -- the project's directory was just found holding its package.json */
  if (!stats?.isDirectory()) return NONE;
  const known = listings.get(directory);
  if (known?.mtimeMs === stats.mtimeMs) return known.names;
  let names: ReadonlySet<string>;
  try {
    names = new Set(readdirSync(directory).filter((name) => name.startsWith('.env')));
  } catch {
    /* c8 ignore next -- a directory that can be stat'ed but not listed */
    names = NONE;
  }
  listings.set(directory, { mtimeMs: stats.mtimeMs, names });
  return names;
}

function privateNamesOf(entry: FileEntry): readonly string[] {
  if (entry.privateNames) return entry.privateNames;
  const names: string[] = [];
  for (const [name, value] of entry.variables ?? []) {
    if (publicPrefix(name) !== undefined && identify(value)?.kind === 'private' && !isPlaceholder(value)) names.push(name);
  }
  return (entry.privateNames = names);
}

/** One value of a variable: the env file it is written in (relative to the project's directory, `/` separators). */
export interface EnvValue {
  readonly file: string;
  readonly value: string;
}

/** What the env files say about a variable: a private credential (the first one, by priority), or only public keys. */
export type EnvVerdict = { readonly kind: 'private'; readonly file: string; readonly match: CredentialMatch } | { readonly kind: 'public' };

/**
 * The verdict on `values` (highest priority first): the first value of a private catalogued format
 * (that `reportable` accepts), else `public` when every reportable value has a public catalogued
 * format, else nothing (an empty, placeholder or unknown value leaves the name to decide).
 */
export function envVerdict(
  values: readonly EnvValue[],
  identifyValue: (value: string) => CredentialMatch | undefined,
  reportable: (value: string, match: CredentialMatch | undefined) => boolean,
): EnvVerdict | undefined {
  let publicCount = 0;
  let other = false;
  for (const { file, value } of values) {
    const match = identifyValue(value);
    if (!reportable(value, match) || value.trim() === '') continue;
    if (match?.kind === 'private') return { kind: 'private', file, match };
    if (match?.kind === 'public') publicCount += 1;
    else other = true;
  }
  return publicCount > 0 && !other ? { kind: 'public' } : undefined;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const perFile = new WeakMap<object, EnvFiles>();

/** The env files of the linted file (one instance per file, shared by the pre-check and the listeners). */
export function envFilesOf(context: Context, setting: readonly string[] | undefined): EnvFiles {
  let found = perFile.get(context.sourceCode);
  if (!found) {
    found = new EnvFiles(path.resolve(context.cwd, context.physicalFilename), setting);
    perFile.set(context.sourceCode, found);
  }
  return found;
}

/**
 * The env files around one linted file (`file`: its absolute path on disk). Nothing is asked of the
 * file system until a question is; each env file is stat'ed once per instance.
 */
export class EnvFiles {
  readonly #file: string;
  readonly #setting: readonly string[] | undefined;
  #project: Project | null | undefined;
  readonly #found = new Map<string, FileEntry | undefined>();

  /** `setting`: `settings.credentials.envFiles` when it names files (`false` never gets here). */
  constructor(file: string, setting: readonly string[] | undefined) {
    this.#file = file;
    this.#setting = setting;
  }

  /** The values of `name` in the files the project's framework reads, highest priority first. */
  values(name: string): readonly EnvValue[] {
    const project = this.#projectOf();
    if (!project) return [];
    const values: EnvValue[] = [];
    for (const fileName of envFileNames(project, name, this.#setting)) {
      const value = this.#entry(project, fileName)?.variables?.get(name);
      if (value !== undefined) values.push({ file: fileName.replaceAll('\\', '/'), value });
    }
    return values;
  }

  /**
   * Whether `text` (the linted file's) names a public-prefixed variable that holds a private credential
   * of a built-in format in any env file the project may read: the rule's pre-check, asked only of
   * files that mention a public prefix.
   */
  mentionsPrivateVariable(text: string): boolean {
    const project = this.#projectOf();
    if (!project) return false;
    const names = this.#setting ?? BY_TOOL.get(project.tool) ?? DOTENV_FLOW;
    return names.some((fileName) => {
      const entry = this.#entry(project, fileName);
      return entry !== undefined && privateNamesOf(entry).some((name) => text.includes(name));
    });
  }

  /** The `.env*` entries of the project's directory (one stat per instance; listed again only when it changed). */
  #entries: ReadonlySet<string> | undefined;

  #projectOf(): Project | undefined {
    if (this.#project === undefined) this.#project = projectOf(this.#file) ?? null;
    return this.#project ?? undefined;
  }

  #entry(project: Project, fileName: string): FileEntry | undefined {
    if (this.#found.has(fileName)) return this.#found.get(fileName);
    // a name in the project's directory that is not listed there costs nothing more (CI has no env files)
    const inDirectory = !fileName.includes('/') && !fileName.includes('\\');
    this.#entries ??= envEntriesIn(project.directory);
    const entry = inDirectory && !this.#entries.has(fileName) ? undefined : entryOf(path.resolve(project.directory, fileName));
    this.#found.set(fileName, entry);
    return entry;
  }
}

/**
 * The verdicts of one linted file's env reads, for the rule: `verdict(name)` is `envVerdict` of the
 * variable's values with the file's identification (custom formats too) and placeholder rules, once
 * per name; nothing when `settings.credentials.envFiles` is `false`.
 */
export class EnvValues {
  readonly #context: Context;
  readonly #facts: FileFacts;
  readonly #verdicts = new Map<string, EnvVerdict | undefined>();

  constructor(context: Context, facts: FileFacts) {
    this.#context = context;
    this.#facts = facts;
  }

  verdict(name: string): EnvVerdict | undefined {
    if (this.#verdicts.has(name)) return this.#verdicts.get(name);
    const { envFiles } = this.#facts.settings;
    const verdict = envFiles === false ? undefined : envVerdict(envFilesOf(this.#context, envFiles).values(name), this.#facts.identify, this.#facts.isReportable);
    this.#verdicts.set(name, verdict);
    return verdict;
  }
}
