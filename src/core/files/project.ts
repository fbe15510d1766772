/**
 * The project around a file: what its nearest `package.json` says builds the folder. A Vite, Create
 * React App, Angular, Gatsby, Vue CLI, Parcel or webpack (with an HTML entry) app compiles its `src/`
 * into a browser bundle; an Expo or React Native app bundles every file it holds; Next.js, Nuxt,
 * SvelteKit, Remix, Astro and their kin have conventions of their own (`client-files.ts` reads them
 * from the path); a package that depends on a server framework (`express`, `fastify`, `@nestjs/core`,
 * …) and on no browser build is a server, whatever its folders are called.
 *
 * The nearest `package.json` is found walking up from the linted file's directory, and the walk stops
 * at the directory that holds the ESLint config file (`eslint.config.*`, as in `config-dir.ts`; its
 * own `package.json` still counts) or at the file system root: a `package.json` outside the project
 * (a stray one in the home directory) says nothing about it. The nearest one decides, as for Node
 * itself; a missing, unreadable or malformed one gives no signal, silently. A file that is not on disk
 * (a `Linter` or `RuleTester` run on a made-up path) costs one failed `stat` and has no project.
 *
 * Caching. The answers are kept for the life of the process, per directory, and checked against the
 * file system on each use, like eslint-plugin-import's export map: a directory with a `package.json`
 * keeps the parsed summary with the file's `mtime` and size, and re-reads it when either changed; a
 * directory without one keeps the directory's own `mtime`, which changes when an entry is added or
 * removed, so a `package.json` created later is seen. So a lookup costs one `stat` per directory
 * walked, and each `package.json` is read once per edit. Caching per merged `settings` object, as
 * `config-dir.ts` does, was the alternative; it does not fit here: ESLint builds a new `settings`
 * object for every file when no config sets any settings (`linter.js`: `const { settings = {} } =
 * config`), which is the common case, so every file would read its `package.json` again. A process
 * cache with `mtime` checks also serves an editor server that lives for hours. (A file system whose
 * timestamps are coarse, one second on some, can miss a `package.json` created within the same tick
 * as the check; the next change to the directory shows it.)
 *
 * Only `client-files.ts` asks, and only for files that the rule's pre-check let through and that no
 * stronger signal classified.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from './config-dir.js';

/**
 * - `browser`: `src/**` is browser code (Vite, Create React App, Angular, Gatsby, Vue CLI, Parcel,
 *   webpack with an HTML entry, Rsbuild);
 * - `mobile`: every file is in the app bundle (Expo, React Native);
 * - `framework`: a framework whose own conventions decide (Next.js, Nuxt, SvelteKit, Remix, Astro, …);
 * - `server`: a server framework and no browser build;
 * - `none`: nothing that says (a library, a full-stack package whose folders cannot be told apart,
 *   an Electron app, whose main process is Node).
 */
export type ProjectKind = 'browser' | 'mobile' | 'framework' | 'server' | 'none';

export interface Project {
  /** The directory of the `package.json`. */
  readonly directory: string;
  readonly kind: ProjectKind;
  /** What builds it, for messages (`'Vite'`, `'Create React App'`, `'Expo'`), or the server dependency; empty for `none`. */
  readonly tool: string;
  /** The dependency that decided (`'vite'`, `'express'`); empty for `none`. */
  readonly dependency: string;
  /** Every dependency name (`dependencies`, `devDependencies`, `peerDependencies`, `optionalDependencies`). */
  readonly dependencies: ReadonlySet<string>;
}

type Match = string | ((name: string) => boolean);

const scope =
  (prefix: string, except: readonly string[] = []): Match =>
  (name) =>
    name.startsWith(prefix) && !except.includes(name);

/** Apps whose whole package goes into a device bundle. */
const MOBILE: readonly (readonly [Match, string])[] = [
  ['expo', 'Expo'],
  ['react-native', 'React Native'],
];

/** Frameworks with conventions of their own (`client-files.ts` reads them from the path); they may build with Vite too. */
const FRAMEWORKS: readonly (readonly [Match, string])[] = [
  ['next', 'Next.js'],
  ['nuxt', 'Nuxt'],
  ['@sveltejs/kit', 'SvelteKit'],
  // `@remix-run/router` is React Router's own engine, in plain SPAs too
  [scope('@remix-run/', ['@remix-run/router']), 'Remix'],
  ['@react-router/dev', 'React Router'],
  ['astro', 'Astro'],
  ['@builder.io/qwik-city', 'Qwik City'],
  ['@solidjs/start', 'SolidStart'],
  ['@tanstack/react-start', 'TanStack Start'],
  ['@tanstack/solid-start', 'TanStack Start'],
  ['@analogjs/platform', 'Analog'],
  ['vike', 'Vike'],
  ['waku', 'Waku'],
  ['@redwoodjs/core', 'RedwoodJS'],
  ['blitz', 'Blitz'],
];

/** Build tools that only ever build a browser app from `src/`, whatever else the package holds. */
const SRC_APPS: readonly (readonly [Match, string])[] = [
  ['@angular/core', 'Angular'],
  ['react-scripts', 'Create React App'],
  ['gatsby', 'Gatsby'],
  ['@vue/cli-service', 'Vue CLI'],
];

/** Bundlers that also build Node code: a browser app only with browser evidence and no server framework. */
const BUNDLERS: readonly (readonly [Match, string])[] = [
  ['vite', 'Vite'],
  ['parcel', 'Parcel'],
  ['@rsbuild/core', 'Rsbuild'],
  ['webpack', 'webpack'],
];

/** Server frameworks: a package that depends on one and on no browser build is a server. */
export const SERVER_FRAMEWORKS: readonly string[] = [
  'express', 'fastify', 'koa', '@nestjs/core', '@nestjs/common', 'hono', '@hapi/hapi', 'restify', 'polka', 'h3',
  'nitropack', 'elysia', '@apollo/server', 'apollo-server', 'apollo-server-express', 'graphql-yoga', 'mercurius',
  '@adonisjs/core', '@feathersjs/feathers', '@loopback/core', 'sails', 'micro', 'firebase-functions',
  '@google-cloud/functions-framework', '@azure/functions', 'serverless',
];

/** UI libraries: a package that depends on one is not a pure server (its client files stay reachable by their folders). */
const UI_LIBRARIES = new Set(['react', 'react-dom', 'vue', 'svelte', 'preact', 'solid-js', 'lit', 'jquery', '@angular/core', 'alpinejs']);

/** Dependencies that say a bundler builds a browser app. */
const isBrowserPlugin = (name: string): boolean =>
  UI_LIBRARIES.has(name) ||
  name.startsWith('@vitejs/plugin-') ||
  name.startsWith('@rsbuild/plugin-') ||
  name === '@sveltejs/vite-plugin-svelte' ||
  name === 'vite-plugin-solid' ||
  name === '@preact/preset-vite';

const matches = (match: Match, dependencies: ReadonlySet<string>): string | undefined => {
  if (typeof match === 'string') return dependencies.has(match) ? match : undefined;
  for (const name of dependencies) if (match(name)) return name;
  return undefined;
};

function first(table: readonly (readonly [Match, string])[], dependencies: ReadonlySet<string>): { dependency: string; tool: string } | undefined {
  for (const [match, tool] of table) {
    const dependency = matches(match, dependencies);
    if (dependency !== undefined) return { dependency, tool };
  }
  return undefined;
}

function dependencyNames(manifest: unknown): Set<string> {
  const names = new Set<string>();
  if (typeof manifest !== 'object' || manifest === null) return names;
  const fields = manifest as Record<string, unknown>;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const value = fields[field];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const name of Object.keys(value)) names.add(name);
  }
  return names;
}

const isFile = (file: string): boolean => statSync(file, { throwIfNoEntry: false })?.isFile() === true;

/**
 * What a parsed `package.json` in `directory` says (exported for the unit tests). `hasFile` is asked
 * only when a bundler that also builds Node code is the only evidence: an `index.html` entry.
 */
export function projectFromManifest(directory: string, manifest: unknown, hasFile: (name: string) => boolean = (name) => isFile(path.join(directory, name))): Project {
  const dependencies = dependencyNames(manifest);
  const project = (kind: ProjectKind, found?: { dependency: string; tool: string }): Project => ({
    directory,
    kind,
    tool: found?.tool ?? '',
    dependency: found?.dependency ?? '',
    dependencies,
  });
  const mobile = first(MOBILE, dependencies);
  if (mobile) return project('mobile', mobile);
  const framework = first(FRAMEWORKS, dependencies);
  if (framework) return project('framework', framework);
  // Electron's main process is Node; its renderer is found by its code (browser globals, client imports)
  if (dependencies.has('electron')) return project('none', { dependency: 'electron', tool: 'Electron' });
  const app = first(SRC_APPS, dependencies);
  if (app) return project('browser', app);
  const server = SERVER_FRAMEWORKS.find((name) => dependencies.has(name));
  const bundler = first(BUNDLERS, dependencies);
  // webpack needs its HTML entry plugin; the others a UI library, a browser plugin or an `index.html` entry
  const browserBuild =
    bundler !== undefined &&
    (bundler.dependency === 'webpack'
      ? dependencies.has('html-webpack-plugin')
      : [...dependencies].some(isBrowserPlugin) || ['index.html', 'src/index.html'].some(hasFile));
  if (browserBuild) return server === undefined ? project('browser', bundler) : project('none', bundler);
  if (server !== undefined && ![...dependencies].some((name) => UI_LIBRARIES.has(name))) return project('server', { dependency: server, tool: server });
  return project('none');
}

type DirectoryEntry =
  /** A `package.json` here: its summary (`null` when unreadable or malformed), checked by its mtime and size. */
  | { readonly manifest: true; readonly mtimeMs: number; readonly size: number; readonly project: Project | null }
  /** No `package.json` here: checked by the directory's mtime; `boundary` when it holds the ESLint config. */
  | { readonly manifest: false; readonly mtimeMs: number; readonly boundary: boolean };

const directories = new Map<string, DirectoryEntry>();

function readProject(directory: string, file: string): Project | null {
  try {
    const text = readFileSync(file, 'utf8');
    return projectFromManifest(directory, JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text));
  } catch {
    return null;
  }
}

/** The entry of `directory`, from the cache when the file system says it still holds. */
function entryOf(directory: string): DirectoryEntry | undefined {
  const manifestFile = path.join(directory, 'package.json');
  const known = directories.get(directory);
  if (known?.manifest === true) {
    const stats = statSync(manifestFile, { throwIfNoEntry: false });
    if (stats?.isFile() === true && stats.mtimeMs === known.mtimeMs && stats.size === known.size) return known;
  } else if (known) {
    if (statSync(directory, { throwIfNoEntry: false })?.mtimeMs === known.mtimeMs) return known;
  }
  // The directory first: an entry added after this stat changes its mtime again, and is seen next time
  const directoryStats = statSync(directory, { throwIfNoEntry: false });
  /* c8 ignore next 4 -- the linted file was just found on disk: only a folder removed since then is missing */
  if (!directoryStats?.isDirectory()) {
    directories.delete(directory);
    return undefined;
  }
  const manifest: Stats | undefined = statSync(manifestFile, { throwIfNoEntry: false });
  const entry: DirectoryEntry =
    manifest?.isFile() === true
      ? { manifest: true, mtimeMs: manifest.mtimeMs, size: manifest.size, project: readProject(directory, manifestFile) }
      : { manifest: false, mtimeMs: directoryStats.mtimeMs, boundary: CONFIG_FILE_NAMES.some((name) => isFile(path.join(directory, name))) };
  directories.set(directory, entry);
  return entry;
}

/**
 * The project of the file at `file` (an absolute path on disk): the summary of the nearest
 * `package.json` up to the ESLint config's directory, if any. See the module comment.
 */
export function projectOf(file: string): Project | undefined {
  if (!isFile(file)) return undefined;
  for (let directory = path.dirname(file); ; ) {
    const entry = entryOf(directory);
    if (!entry) return undefined;
    if (entry.manifest) return entry.project ?? undefined;
    if (entry.boundary) return undefined;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}
