/**
 * Which files are client code: code that ends up in a browser (or app) bundle, where anyone can read
 * it. Decided once per file (cached on the `SourceCode` object, like `file.ts`), from the strongest
 * signal down, and always with the reason, so that a report can say why a file counts as client code:
 *
 * 0. Test files (`settings.credentials.testFiles` or the built-in convention) and `.d.ts` files are
 *    never client code: they do not ship. Nor is a file that imports a test library (`vitest`,
 *    `@testing-library/*`, …), asked after the server imports of step 5.
 * 1. Your settings: `settings.credentials.side` (set by a config block with `files`, matched by ESLint
 *    itself) and the `serverFiles` / `clientFiles` globs (matched against the path relative to the
 *    config file's directory, see `config-dir.ts`); server wins when both sides match.
 * 2. Directives: `'use client'` → client, `'use server'` → server.
 * 3. Single-file components: `.vue`, `.svelte` → client; `.astro` → server (its frontmatter runs on
 *    the server; `<script>` tags are linted as virtual files below the `.astro` path).
 * 4. Framework conventions: build configuration files (`next.config.js`, `vite.config.ts`, …, and any
 *    `*.config.*` at the root of an Expo or React Native app) → server; Remix / React Router /
 *    SvelteKit `*.server.*`, `+server.*`, `.server/` → server and `*.client.*`, `.client/` → client;
 *    Expo Router `+api` and `+html` → server; SvelteKit universal `+page.ts` / `+layout.ts` → client
 *    (they also run in the browser); the static files of backends (`wwwroot/`,
 *    `src/main/resources/static/`, `assets/js/`, `app/javascript/`, `resources/js/`) → client;
 *    `server/` folders (Nuxt, `$lib/server`, any backend) → server; `api/` at a project root (Vercel
 *    functions, an `apps/api` workspace) → server; `middleware.*`, `instrumentation.*` → server;
 *    Next.js `pages/`: `pages/api/**` and `_document` → server, files that export HTTP handlers (`GET`,
 *    `POST`: Astro endpoints) → server, other pages → client (unless the project builds its own
 *    bundle: a Vite app's `src/pages/`) except the code only `getServerSideProps` / `getStaticProps` /
 *    `getStaticPaths` use; Next.js `app/` without `'use client'` → server (server components, route
 *    handlers), unless the file imports `@angular/*`, `@ionic/*`, `react-native` or `expo*`, declares
 *    an Angular class, or the project builds a browser or device bundle (their `app/` folder is browser
 *    or device code); Angular environment files (`src/environments/environment*.ts`) → client, unless
 *    the package is a server.
 * 5. Imports and code: server packages (node built-ins, `express`, `fastify`, `koa`, `@nestjs/*`,
 *    `next/server`, `server-only`, database drivers, Angular's and Expo's server and build-time
 *    packages, …; also through a compiler's interop helper, `__importDefault(require('crypto'))`)
 *    → server; an exported async component (`export default async function Page()`: only a React
 *    Server Component can be async) → server; browser-only packages
 *    (`react-dom/client`, `@mercadopago/sdk-react`, `@stripe/stripe-js`, `vue`, `svelte`,
 *    `react-native`, `jquery`, `@capacitor/*`, …) → client; Angular classes (`@Component({ selector })`, `@Injectable({
 *    providedIn })`, …), React client hooks (`useState`, `useEffect`, …), browser globals (`window`,
 *    `document`, `localStorage`; not `typeof window` guards), a browser extension's APIs
 *    (`chrome.runtime`, `browser.storage`, …), jQuery's global (`$.ajax`, `$(() => …)`), reads of
 *    variables only a browser build provides (`REACT_APP_`, `VUE_APP_`, `VITE_`, `EXPO_PUBLIC_`) → client.
 * 6. The project around the file (`project.ts`: the nearest `package.json`, read only here, lazily):
 *    `src/**` of a Vite, Create React App, Angular, Gatsby, Vue CLI, Parcel, Rsbuild or webpack (HTML
 *    entry) app, and Angular's file kinds (`*.component.ts`, …) → client, but for server entries
 *    (`server.ts`, `entry-server.tsx`), CRA's `setupProxy.js` and Gatsby Functions (`src/api/`) →
 *    server; every file of an Expo or React Native app → client, but for its config plugins; a server
 *    package (a server framework and no browser build) → server, whatever its folders are called
 *    (issue 19: its `client/` folder is an API client), but for its `public/` and `static/` folders →
 *    client.
 * 7. Path segments, outermost first: `components/`, `public/`, `static/`, `client/`, `frontend/`,
 *    `browser/`, `web/`, `environments/` (Angular), `composables/` (Vue, Nuxt) → client (`apps/web`,
 *    `packages/web` are whole apps, often full-stack, and do not count); `backend/`, `functions/`,
 *    `lambda/`, `serverless/`, `scripts/`, `migrations/` → server.
 * 8. Server evidence too weak to beat any signal above, but enough to beat `assume` (issue 19): a
 *    top-level import of a server SDK (`stripe`, `@vtex/api`, `@sendgrid/client`, …), a type-only
 *    import from a server package (`import type { NextRequest } from 'next/server'`), a CommonJS
 *    module (`module.exports`, `exports.x`) in a package with no browser build → server; with
 *    `assume: 'client'` only (the one setting it changes anything under), a top-level import of a
 *    project module that imports a server package itself (one hop, through the module reader).
 * 9. `settings.credentials.assume` for files no signal classifies (default `'unknown'`: not client).
 *    `assume` only names what a file is when no signal says; server evidence of any strength beats it.
 */
import path from 'node:path';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { fileFacts } from './file.js';
import { projectOf, type Project } from './project.js';
import { SERVER_SDKS } from '../prechecks/defaults.js';
import { topLevelSources } from '../modules/loads.js';
import { readerContextOf } from '../modules/binding.js';
import { moduleLoads } from '../modules/read-export.js';

export type FileSide = 'client' | 'server' | 'unknown';

export type SideSignal = 'test' | 'settings' | 'directive' | 'sfc' | 'framework' | 'import' | 'code' | 'project' | 'path' | 'assume' | 'none';

export interface FileClassification {
  readonly side: FileSide;
  /** Which step of the classification decided. */
  readonly signal: SideSignal;
  /** Why, as a clause for a message: "this file starts with 'use client'". */
  readonly reason: string;
  /**
   * Whether `node` only runs on the server although the file is client code: in a Next.js page, the
   * data functions (`getServerSideProps`, …) and the top-level code and imports only they use, which
   * Next.js removes from the browser bundle.
   */
  readonly isServerOnly: (node: TSESTree.Node) => boolean;
}

/** Packages that only run on a server: importing one makes a file server code. `/`-ending entries are scopes or prefixes. */
export const SERVER_PACKAGES: readonly string[] = [
  'node:',
  'fs', 'fs/promises', 'child_process', 'cluster', 'dgram', 'dns', 'http', 'http2', 'https', 'net', 'os', 'readline',
  'tls', 'v8', 'vm', 'worker_threads', 'zlib', 'crypto', 'path', 'module', 'perf_hooks', 'async_hooks', 'inspector',
  'express', 'fastify', 'koa', '@koa/', 'koa-router', '@nestjs/', '@hapi/', 'restify', 'hono', 'h3', 'polka',
  'next/server', 'next/headers', 'next/cache', 'server-only', 'react-dom/server', '@remix-run/node',
  '@react-router/node', '@sveltejs/kit/node', '@vercel/node', 'aws-lambda', 'firebase-functions', 'firebase-admin',
  '@netlify/functions', 'dotenv', 'vue/server-renderer', 'svelte/server', 'pg', 'mysql', 'mysql2', 'mongodb', 'mongoose', 'ioredis', 'redis',
  '@prisma/client', 'sequelize', 'typeorm', 'knex', 'better-sqlite3', 'nodemailer', '@react-email/components',
  // Angular's server renderer; Expo's build-time config and Node push SDK (before `expo*` in CLIENT_PACKAGES)
  '@angular/platform-server', '@angular/ssr', 'expo/config', 'expo/config-plugins', 'expo/metro-config', '@expo/config-plugins',
  'expo-server-sdk', 'http-proxy-middleware',
];

/** Test libraries: a file that imports one is test code (a helper, a setup file), which does not ship. */
export const TEST_PACKAGES: readonly string[] = [
  'vitest', '@jest/globals', 'jest-mock', '@testing-library/', '@playwright/test', 'cypress', '@vue/test-utils',
  '@angular/core/testing', 'zone.js/testing', 'supertest', 'msw/node', 'nock', 'sinon', 'chai',
];

/** Packages that only run in a browser or an app bundle: importing one makes a file client code. */
export const CLIENT_PACKAGES: readonly string[] = [
  'react-dom', 'react-dom/client', '@mercadopago/sdk-react', '@mercadopago/sdk-js', '@stripe/stripe-js',
  '@stripe/stripe-js/pure', '@stripe/react-stripe-js', 'vue', 'vue-router', 'pinia', 'svelte', 'svelte/', 'next/router',
  'react-router-dom', 'preact', 'preact/', 'solid-js', 'react-native', 'expo', 'expo-', '@angular/', 'client-only',
  // a page's jQuery, a browser extension's polyfill, a Capacitor (Ionic) app's native bridge
  'jquery', 'webextension-polyfill', '@capacitor/',
];

/** React hooks that only run in client components. */
export const CLIENT_HOOKS: readonly string[] = [
  'useState', 'useEffect', 'useLayoutEffect', 'useInsertionEffect', 'useReducer', 'useRef', 'useContext',
  'useCallback', 'useMemo', 'useTransition', 'useDeferredValue', 'useOptimistic', 'useActionState',
  'useSyncExternalStore', 'useImperativeHandle', 'useFormStatus',
];

const HOOK_SOURCES = new Set(['react', 'preact/hooks', 'preact/compat', 'react-dom']);

/**
 * Globals that exist only in a browser, with the script-tag globals of browser SDKs (Stripe.js, Mercado
 * Pago.js) and a userscript manager's (Tampermonkey, Greasemonkey: userscripts are published for anyone to install).
 */
export const BROWSER_GLOBALS: readonly string[] = [
  'window', 'document', 'localStorage', 'sessionStorage', 'location', 'Stripe', 'MercadoPago',
  'unsafeWindow', 'GM_xmlhttpRequest', 'GM_getValue', 'GM_setValue', 'GM_addStyle',
];

/**
 * WebExtension APIs (`chrome.runtime`, `browser.storage`): an extension's scripts ship inside it, where
 * whoever installs it can read them. `browser` is also a global of browser-testing tools (WebdriverIO,
 * Nightwatch, Protractor), whose APIs hold none of the three names asked of it.
 */
const EXTENSION_APIS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'chrome',
    new Set(['runtime', 'storage', 'tabs', 'action', 'browserAction', 'pageAction', 'scripting', 'contextMenus', 'alarms', 'identity', 'webRequest', 'declarativeNetRequest', 'notifications', 'extension', 'sidePanel', 'offscreen', 'omnibox']),
  ],
  ['browser', new Set(['runtime', 'storage', 'tabs'])],
]);

/**
 * jQuery's own calls on the global `$` or `jQuery` of a page script: `$.ajax`, `$.getJSON`, … and
 * `$(…)` given a function, a selector string, `document`, `window` or `this`. zx's global `$` is a
 * template tag (`` $`ls` ``) with options (`$.verbose`), given an object when called.
 */
const JQUERY_METHODS = new Set(['ajax', 'ajaxSetup', 'get', 'getJSON', 'getScript', 'post', 'fn', 'each', 'extend', 'when', 'Deferred']);

/** Env prefixes only a browser build provides (CRA, Vue CLI, Vite, Expo): reading one marks client code. */
export const BROWSER_BUILD_ENV_PREFIXES: readonly string[] = ['REACT_APP_', 'VUE_APP_', 'VITE_', 'EXPO_PUBLIC_'];

/** Client folders; `environments/` holds Angular's build-time settings and `composables/` Vue's, both bundled. */
export const CLIENT_PATH_SEGMENTS: readonly string[] = [
  'components', 'public', 'static', 'client', 'frontend', 'browser', 'web', 'environments', 'composables',
];
export const SERVER_PATH_SEGMENTS: readonly string[] = ['backend', 'functions', 'lambda', 'lambdas', 'serverless', 'scripts', 'migrations'];

/** Build tools whose `<tool>.config.*` runs in Node at build time. */
export const CONFIG_TOOLS: readonly string[] = [
  'next', 'vite', 'vitest', 'nuxt', 'astro', 'svelte', 'webpack', 'rollup', 'rspack', 'tailwind', 'postcss', 'babel',
  'jest', 'playwright', 'eslint', 'prettier', 'tsup', 'tsdown', 'remix', 'react-router', 'metro', 'drizzle', 'vue',
  'quasar', 'electron.vite', 'gatsby',
];

/** Frameworks whose own `app/` folder is browser or device code (Angular's `src/app`, Expo Router's `app/`). */
const APP_FOLDER_CLIENT_PACKAGES: readonly string[] = ['@angular/', '@ionic/', 'react-native', 'expo', 'expo-'];

/** Folders that hold whole apps in a monorepo: `apps/web` is an app, not the web half of one. */
const WORKSPACE_FOLDERS = new Set(['apps', 'packages', 'services', 'examples', 'sites', 'projects']);

/** Folders inside an app: an `app/` or `pages/` below one of these is not a framework's routing folder. */
const INNER_FOLDERS = new Set([
  'components', 'lib', 'libs', 'features', 'modules', 'utils', 'hooks', 'views', 'ui', 'shared', 'containers',
  'layouts', 'widgets', 'entities', 'common', 'helpers', 'store', 'stores', 'services',
]);

const SERVER_DATA_FUNCTIONS = new Set(['getServerSideProps', 'getStaticProps', 'getStaticPaths']);
const HTTP_HANDLERS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ALL']);

const CONFIG_FILE = new RegExp(`^(?:${CONFIG_TOOLS.map((t) => t.replaceAll('.', String.raw`\.`)).join('|')})\\.config\\.[cm]?[jt]s$`, 'u');
const SCRIPT_EXTENSION = /\.[cm]?[jt]sx?$/u;
const DECLARATION_FILE = /\.d\.[cm]?ts$/u;

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Subpaths of server packages that run in the browser (Hono's typed RPC client). */
const BROWSER_SUBPATHS = new Set(['hono/client']);

interface PackageIndex {
  /** Entries matched as a package name: the name itself or a subpath (`next/server`, `fs/promises/x`). */
  readonly names: ReadonlySet<string>;
  /** `/`-ending entries (scopes, `svelte/`): any source below them. */
  readonly scopes: ReadonlySet<string>;
  /** `:` and `-`-ending entries (`node:`, `expo-`): any source that starts with them. */
  readonly prefixes: readonly string[];
}

const packageIndexes = new WeakMap<readonly string[], PackageIndex>();

function packageIndex(list: readonly string[]): PackageIndex {
  let index = packageIndexes.get(list);
  if (!index) {
    index = {
      names: new Set(list.filter((e) => !e.endsWith('/') && !e.endsWith(':') && !e.endsWith('-'))),
      scopes: new Set(list.filter((e) => e.endsWith('/'))),
      prefixes: list.filter((e) => e.endsWith(':') || e.endsWith('-')),
    };
    packageIndexes.set(list, index);
  }
  return index;
}

/** Whether `source` is a package of `list` (or a subpath of one): Set lookups of the source and its `/`-separated heads. */
function matchesPackage(source: string, list: readonly string[]): boolean {
  if (list === SERVER_PACKAGES && BROWSER_SUBPATHS.has(source)) return false;
  const { names, scopes, prefixes } = packageIndex(list);
  if (names.has(source) || prefixes.some((prefix) => source.startsWith(prefix))) return true;
  for (let slash = source.indexOf('/'); slash !== -1; slash = source.indexOf('/', slash + 1)) {
    if (names.has(source.slice(0, slash)) || scopes.has(source.slice(0, slash + 1))) return true;
  }
  return false;
}

const NEVER = (): boolean => false;

interface Decision {
  readonly side: FileSide;
  readonly signal: SideSignal;
  readonly reason: string;
  /** A Next.js page: its data functions run on the server. */
  readonly nextPage?: true;
}

const decide = (side: FileSide, signal: SideSignal, reason: string): Decision => ({ side, signal, reason });

interface ExportedBinding {
  readonly exported: string;
  readonly local: string;
}

const nameOf = (node: TSESTree.Identifier | TSESTree.StringLiteral): string => (node.type === AST_NODE_TYPES.Identifier ? node.name : node.value);

/** What a top-level statement exports (`export function GET`, `export const getStaticProps = …`, `export { a as b }`). */
function exportedBindings(statement: TSESTree.ProgramStatement): ExportedBinding[] {
  if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) return [];
  const { declaration } = statement;
  if (!declaration) {
    if (statement.source) return [];
    return statement.specifiers.map((s) => ({ exported: nameOf(s.exported), local: nameOf(s.local) }));
  }
  if (declaration.type === AST_NODE_TYPES.FunctionDeclaration) return declaration.id ? [{ exported: declaration.id.name, local: declaration.id.name }] : [];
  if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
    return declaration.declarations.flatMap((d) => (d.id.type === AST_NODE_TYPES.Identifier ? [{ exported: d.id.name, local: d.id.name }] : []));
  }
  return [];
}

function directiveSide(program: TSESTree.Program): Decision | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return undefined;
    if (statement.directive === 'use client') return decide('client', 'directive', "this file starts with 'use client'");
    if (statement.directive === 'use server') return decide('server', 'directive', "this file starts with 'use server'");
  }
  return undefined;
}

/** Whether `dirs[index]` (an `app/` or `pages/` folder) sits where a framework's routing folder would. */
function isRoutingFolder(dirs: readonly string[], index: number): boolean {
  return dirs.slice(0, index).every((dir) => !INNER_FOLDERS.has(dir));
}

/**
 * Folders whose scripts a backend serves to browsers, or bundles for them, as they are: ASP.NET's
 * `wwwroot/`, Spring Boot's `src/main/resources/static/`, the `assets/js/` of a site (Rails, Phoenix,
 * Jekyll, Hugo), Rails' `app/javascript/`, Laravel's `resources/js/`. Each is a run of folders and why.
 */
const ASSET_FOLDERS: readonly (readonly [readonly (readonly string[])[], string])[] = [
  [[['wwwroot']], 'the static files an ASP.NET app serves to browsers'],
  [[['src'], ['main'], ['resources'], ['static', 'public']], 'the static files a Spring Boot app serves to browsers'],
  [[['assets'], ['js', 'javascripts']], "the site's browser scripts"],
  [[['app'], ['javascript']], 'the browser scripts of a Rails app'],
  [[['resources'], ['js']], 'the browser scripts of a Laravel app'],
];

function assetFolder(dirs: readonly string[]): Decision | undefined {
  for (let index = 0; index < dirs.length; index += 1) {
    for (const [run, why] of ASSET_FOLDERS) {
      if (run.every((names, offset) => names.includes(dirs[index + offset] ?? ''))) {
        const folder = dirs.slice(index, index + run.length).join('/');
        return decide('client', 'framework', `the file is under '${folder}/', ${why}`);
      }
    }
  }
  return undefined;
}

/** Build configuration at the root of an app: `app.config.ts` (Expo), `react-native.config.js`, `karma.conf.js`. */
const ROOT_CONFIG = /\.conf(?:ig)?\.[cm]?[jt]s$/u;
/** Angular's build-time settings (`src/environments/environment.prod.ts`), which the CLI compiles into the bundle. */
const ANGULAR_ENVIRONMENT = /^environment(?:\.[\w-]+)?\.ts$/u;

/** A project that builds a browser or device bundle itself: its `app/` and `pages/` folders are not Next.js's. */
const buildsApp = (project: Project | undefined): boolean => project?.kind === 'browser' || project?.kind === 'mobile';

function frameworkSide(
  dirs: readonly string[],
  base: string,
  program: TSESTree.Program,
  sources: readonly string[],
  project: () => Project | undefined,
  file: string,
): Decision | undefined {
  if (CONFIG_FILE.test(base)) return decide('server', 'framework', `this is a build configuration file ('${base}')`);
  // At an app's root, `app.config.ts` is Expo's build configuration (Angular's `src/app/app.config.ts` is not at a root)
  if (ROOT_CONFIG.test(base)) {
    const around = project();
    if (around?.kind === 'mobile' && path.dirname(file) === around.directory) return decide('server', 'framework', `this is a build configuration file ('${base}')`);
  }
  if (/\.server\.[^.]+$|^\+server\./u.test(base)) return decide('server', 'framework', `this is a server module ('${base}')`);
  // Expo Router: `+api` files are server endpoints, `+html` is rendered in Node when the web build is exported
  if (/\+api\.[cm]?[jt]sx?$/u.test(base)) return decide('server', 'framework', `this is an Expo Router API route ('${base}')`);
  if (/^\+html\.[cm]?[jt]sx?$/u.test(base)) return decide('server', 'framework', `this is the Expo Router HTML template ('${base}'), rendered at build time`);
  // Backends name API wrappers `*.client.ts` too: those import server packages and fall through
  if (/\.client\.[^.]+$/u.test(base) && !sources.some((s) => matchesPackage(s, SERVER_PACKAGES))) {
    return decide('client', 'framework', `this is a client module ('${base}')`);
  }
  if (/^\+(?:page|layout)\.[cm]?[jt]s$/u.test(base)) {
    return decide('client', 'framework', `this is a SvelteKit universal load file ('${base}'), which also runs in the browser`);
  }
  if (/^(?:middleware|instrumentation)\.[cm]?[jt]s$/u.test(base)) return decide('server', 'framework', `this is a server module ('${base}')`);
  // Remix / React Router `.server/` and `.client/` folders mark a module wherever they are (`app/.client/`)
  if (dirs.includes('.server')) return decide('server', 'framework', "the path has a '.server/' folder");
  if (dirs.includes('.client')) return decide('client', 'framework', "the path has a '.client/' folder");
  const asset = assetFolder(dirs);
  if (asset) return asset;
  for (const [index, dir] of dirs.entries()) {
    if (dir === 'server') return decide('server', 'framework', "the path has a 'server/' folder");
    if (dir === 'api' && (index === 0 || WORKSPACE_FOLDERS.has(dirs[index - 1] ?? ''))) {
      return decide('server', 'framework', "the path has an 'api/' folder at a project root");
    }
    if (dir === 'pages' && isRoutingFolder(dirs, index)) {
      if (dirs[index + 1] === 'api') return decide('server', 'framework', 'this is a Next.js API route (pages/api)');
      if (/^_document\./u.test(base)) return decide('server', 'framework', 'this is the Next.js document (pages/_document), rendered on the server only');
      if (program.body.some((statement) => exportedBindings(statement).some((b) => HTTP_HANDLERS.has(b.exported)))) {
        return decide('server', 'framework', 'this page exports HTTP handlers (an endpoint)');
      }
      // A Vite or Expo app's `pages/` is its own: the project says where it runs
      if (buildsApp(project())) continue;
      return { ...decide('client', 'framework', 'this is a Next.js page (pages/)'), nextPage: true };
    }
    if (
      dir === 'app' &&
      isRoutingFolder(dirs, index) &&
      !sources.some((s) => matchesPackage(s, APP_FOLDER_CLIENT_PACKAGES)) &&
      // Angular's `src/app`, Expo Router's `app/`, a Vite app's `src/app/`: not Next.js server components
      !program.body.some((statement) => angularDecorator(statement) !== undefined) &&
      !buildsApp(project())
    ) {
      if (/^route\./u.test(base)) return decide('server', 'framework', 'this is a Next.js route handler (app/**/route)');
      return decide('server', 'framework', "this is a Next.js server component (under app/ without 'use client')");
    }
  }
  // A NestJS API may keep an `environments/` folder too: a server package's files are its own
  if (ANGULAR_ENVIRONMENT.test(base) && dirs.at(-1) === 'environments' && dirs.at(-2) === 'src' && project()?.kind !== 'server') {
    return decide('client', 'framework', `this is an Angular environment file ('${base}'), compiled into the browser bundle`);
  }
  return undefined;
}

/** What a page script's use of a WebExtension API or of jQuery says (`EXTENSION_APIS`, `JQUERY_METHODS`), for the message. */
function pageScriptApi(scopeManager: TSESLint.Scope.ScopeManager): string | undefined {
  for (const ref of globalReferences(scopeManager, PAGE_SCRIPT_GLOBALS)) {
    const { identifier } = ref;
    const { name } = identifier;
    const { parent } = identifier;
    const member = parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier ? memberName(parent) : undefined;
    const apis = EXTENSION_APIS.get(name);
    if (apis) {
      if (member !== undefined && apis.has(member)) return `this file uses the browser extension API '${name}.${member}'`;
      continue;
    }
    if (member !== undefined ? JQUERY_METHODS.has(member) : isJqueryCall(parent, identifier)) return `this file uses jQuery ('${name}')`;
  }
  return undefined;
}

const PAGE_SCRIPT_GLOBALS: ReadonlySet<string> = new Set([...EXTENSION_APIS.keys(), '$', 'jQuery']);

/** `$(() => …)`, `$('#id')`, `$(document)`, `$(this)`: jQuery's own call, not zx's `$({ cwd })`. */
function isJqueryCall(parent: TSESTree.Node, callee: TSESTree.Identifier | TSESTree.JSXIdentifier): boolean {
  if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee !== callee) return false;
  const [first] = parent.arguments;
  switch (first?.type) {
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ThisExpression:
      return true;
    case AST_NODE_TYPES.Literal:
      return typeof first.value === 'string';
    case AST_NODE_TYPES.Identifier:
      return first.name === 'document' || first.name === 'window';
    default:
      return false;
  }
}

function isTypeofOperand(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): boolean {
  const { parent } = identifier;
  return parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'typeof';
}

/** Every reference to the global `name` (unresolved, or a configured global without a declaration). */
function globalReferences(scopeManager: TSESLint.Scope.ScopeManager, names: ReadonlySet<string>): TSESLint.Scope.Reference[] {
  const { globalScope } = scopeManager;
  /* c8 ignore next -- every parser ESLint runs rules with provides a global scope */
  if (!globalScope) return [];
  const references = globalScope.through.filter((ref) => names.has(ref.identifier.name));
  for (const name of names) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0) references.push(...variable.references);
  }
  return references;
}

const CLIENT_HOOK_SET = new Set(CLIENT_HOOKS);
const BROWSER_GLOBAL_SET = new Set(BROWSER_GLOBALS);

function memberName(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string' ? node.property.value : undefined;
}

/** The name of an exported async component (`export default async function Page()`, `export const Card = async () => …`). */
function asyncComponent(statement: TSESTree.ProgramStatement): string | undefined {
  const declaration =
    statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
      ? statement.declaration
      : undefined;
  if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration) {
    return declaration.async && declaration.id && /^[A-Z]/u.test(declaration.id.name) ? declaration.id.name : undefined;
  }
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return undefined;
  for (const declarator of declaration.declarations) {
    const { id, init } = declarator;
    const isAsyncFunction =
      (init?.type === AST_NODE_TYPES.ArrowFunctionExpression || init?.type === AST_NODE_TYPES.FunctionExpression) && init.async;
    if (isAsyncFunction && id.type === AST_NODE_TYPES.Identifier && /^[A-Z]/u.test(id.name)) return id.name;
  }
  return undefined;
}

/**
 * Angular's class decorators, each with the option keys only Angular gives it: NestJS has an
 * `@Injectable()` too (with `scope`, never `providedIn`), Stencil and vue-class-component a
 * `@Component` (with `tag`, `components`, never `selector` or `template`).
 */
const ANGULAR_DECORATORS = new Map<string, { readonly kind: string; readonly keys: ReadonlySet<string> }>([
  ['Component', { kind: 'component', keys: new Set(['selector', 'template', 'templateUrl']) }],
  ['Directive', { kind: 'directive', keys: new Set(['selector']) }],
  ['Pipe', { kind: 'pipe', keys: new Set(['name']) }],
  ['NgModule', { kind: 'module', keys: new Set(['declarations', 'imports', 'providers', 'bootstrap', 'exports']) }],
  ['Injectable', { kind: 'service', keys: new Set(['providedIn']) }],
]);

/** The Angular decorator of a top-level class (`@Component({ selector: … })`), as `'@Component'` and its kind. */
function angularDecorator(statement: TSESTree.ProgramStatement): { readonly name: string; readonly kind: string } | undefined {
  const declaration =
    statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
  if (declaration?.type !== AST_NODE_TYPES.ClassDeclaration) return undefined;
  // espree (plain JavaScript) gives a class no `decorators` at all, whatever the types say
  const decorators = declaration.decorators as readonly TSESTree.Decorator[] | undefined;
  for (const { expression } of decorators ?? []) {
    if (expression.type !== AST_NODE_TYPES.CallExpression || expression.callee.type !== AST_NODE_TYPES.Identifier) continue;
    const known = ANGULAR_DECORATORS.get(expression.callee.name);
    const [options] = expression.arguments;
    if (known === undefined || options?.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const hasKey = options.properties.some(
      (property) => property.type === AST_NODE_TYPES.Property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier && known.keys.has(property.key.name),
    );
    if (hasKey) return { name: `@${expression.callee.name}`, kind: known.kind };
  }
  return undefined;
}

function codeSide(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): Decision | undefined {
  const { scopeManager } = sourceCode;
  /* c8 ignore next -- ESLint always analyses scope before it runs rules */
  if (!scopeManager) return undefined;
  // An async component can only be a React Server Component (client components cannot be async)
  for (const statement of program.body) {
    const component = asyncComponent(statement);
    if (component !== undefined) return decide('server', 'code', `this file exports the async component '${component}', a React Server Component`);
  }
  // An Angular class imported through a barrel (`import { Component } from '../shared'`) still ships
  for (const statement of program.body) {
    const angular = angularDecorator(statement);
    if (angular) return decide('client', 'code', `this file declares an Angular ${angular.kind} (${angular.name})`);
  }
  // React client hooks: `import { useState } from 'react'`, or `React.useState` on an import of react
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !HOOK_SOURCES.has(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (CLIENT_HOOK_SET.has(imported)) return decide('client', 'code', `this file uses the React hook '${imported}'`);
        continue;
      }
      for (const variable of scopeManager.getDeclaredVariables(specifier)) {
        for (const ref of variable.references) {
          const hook = memberName(ref.identifier.parent);
          if (hook !== undefined && CLIENT_HOOK_SET.has(hook)) return decide('client', 'code', `this file uses the React hook '${hook}'`);
        }
      }
    }
  }
  const browserGlobal = globalReferences(scopeManager, BROWSER_GLOBAL_SET).find((ref) => !ref.isTypeReference && !isTypeofOperand(ref.identifier));
  if (browserGlobal) return decide('client', 'code', `this file uses the browser global '${browserGlobal.identifier.name}'`);
  const pageApi = pageScriptApi(scopeManager);
  if (pageApi !== undefined) return decide('client', 'code', pageApi);
  // Variables only a browser build provides: process.env.REACT_APP_X, import.meta.env.VITE_X
  for (const ref of globalReferences(scopeManager, new Set(['process']))) {
    const env = ref.identifier.parent;
    if (memberName(env) !== 'env') continue;
    const name = memberName(env.parent);
    const prefix = name === undefined ? undefined : BROWSER_BUILD_ENV_PREFIXES.find((p) => name.startsWith(p));
    if (prefix !== undefined) return decide('client', 'code', `this file reads '${prefix}' variables, which only a browser build provides`);
  }
  const { text } = sourceCode;
  for (let index = text.indexOf('import.meta.env'); index !== -1; index = text.indexOf('import.meta.env', index + 1)) {
    const found = sourceCode.getNodeByRangeIndex(index);
    const meta = found?.type === AST_NODE_TYPES.Identifier ? found.parent : found;
    if (meta?.type !== AST_NODE_TYPES.MetaProperty || memberName(meta.parent) !== 'env') continue;
    const name = memberName(meta.parent.parent);
    const prefix = name === undefined ? undefined : BROWSER_BUILD_ENV_PREFIXES.find((p) => name.startsWith(p));
    if (prefix !== undefined) return decide('client', 'code', `this file reads '${prefix}' variables, which only a browser build provides`);
  }
  return undefined;
}

/** Entry points a browser app's package runs in Node: an SSR server (Angular, Vite), a prerender script. */
const SERVER_ENTRY = /^(?:server|entry[.-]server|ssr|prerender)\.[cm]?[jt]sx?$/u;
/** Create React App's development proxy (`src/setupProxy.js`), which its dev server runs in Node. */
const DEV_PROXY = /^setupProxy\.[cm]?js$/u;
/** Angular's file kinds by name; the ones NestJS names its files with too count only without NestJS. */
const ANGULAR_FILE = /\.(component|directive|service|module|guard|interceptor|pipe|resolver)\.ts$/u;
const NEST_FILE_KINDS = new Set(['service', 'module', 'guard', 'interceptor', 'pipe', 'resolver']);
/** A server package's folders of files it hands to browsers as they are (`public/`, `src/public/`). */
const STATIC_FOLDERS = new Set(['public', 'static']);

const article = (name: string): string => `${/^[AEIOU]|^Rs/u.test(name) ? 'an' : 'a'} ${name}`;

/**
 * What the package around the file says (see `project.ts`), for a file no stronger signal decided.
 * `file` is the file's absolute path; the conventions read its path inside the package.
 */
function projectSide(project: Project, file: string): Decision | undefined {
  const dirs = path.relative(project.directory, file).replaceAll('\\', '/').split('/');
  const base = dirs.pop() ?? '';
  const { kind, tool, dependency, dependencies } = project;
  if (kind === 'server') {
    const folder = STATIC_FOLDERS.has(dirs[0] ?? '') ? dirs[0] : dirs[0] === 'src' && STATIC_FOLDERS.has(dirs[1] ?? '') ? `src/${dirs[1] ?? ''}` : undefined;
    if (folder !== undefined) return decide('client', 'project', `the file is under '${folder}/', which the '${dependency}' server hands to browsers as it is`);
    return decide('server', 'project', `the package is a server: its package.json depends on '${dependency}' and on no browser build`);
  }
  if (kind !== 'browser' && kind !== 'mobile') return undefined;
  if (SERVER_ENTRY.test(base)) return decide('server', 'project', `this is a server entry ('${base}') of ${article(tool)} project`);
  if (DEV_PROXY.test(base)) return decide('server', 'project', `this is the development proxy ('${base}'), which runs in Node`);
  // `scripts/`, `functions/`, `backend/`…: the path step says server
  if (dirs.some((dir) => SERVER_PATH_SEGMENTS.includes(dir))) return undefined;
  // A Cloudflare worker next to the app (`@cloudflare/vite-plugin`) runs on Cloudflare, not in the browser
  if (dependencies.has('wrangler') && (dirs.includes('worker') || dirs.includes('workers') || /^_?worker\./u.test(base))) return undefined;
  if (kind === 'mobile') {
    if (dirs[0] === 'plugins') return decide('server', 'project', "the path has a 'plugins/' folder at the app root: config plugins, which run at build time");
    return decide('client', 'project', `this file is part of ${article(tool)} app`);
  }
  const angularKind = dependencies.has('@angular/core') ? ANGULAR_FILE.exec(base)?.[1] : undefined;
  if (angularKind !== undefined && !(NEST_FILE_KINDS.has(angularKind) && dependencies.has('@nestjs/core'))) {
    return decide('client', 'project', `this is an Angular ${angularKind} ('${base}') of an Angular project`);
  }
  if (dirs[0] !== 'src' && !(dependency === '@angular/core' && dirs[0] === 'projects' && dirs[2] === 'src')) return undefined;
  if (dependency === 'gatsby' && dirs[1] === 'api') return decide('server', 'project', 'this is a Gatsby Function (src/api/), which runs on the server');
  return decide('client', 'project', `the file is under src/ of ${article(tool)} project`);
}

/** Whether a top-level statement is a CommonJS export: `module.exports = …`, `exports.x = …`, `Object.defineProperty(exports, '__esModule', …)`. */
function isCommonJsExport(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const { expression } = statement;
  if (expression.type === AST_NODE_TYPES.AssignmentExpression) {
    // `exports.a = exports.b = void 0`, `module.exports.x = …`: the outermost object of the target
    let target: TSESTree.Node = expression.left;
    while (target.type === AST_NODE_TYPES.MemberExpression) {
      if (target.object.type === AST_NODE_TYPES.Identifier && target.object.name === 'module' && memberName(target) === 'exports') return true;
      target = target.object;
    }
    return target.type === AST_NODE_TYPES.Identifier && target.name === 'exports' && target !== expression.left;
  }
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const [first] = expression.arguments;
  return memberName(expression.callee) === 'defineProperty' && first?.type === AST_NODE_TYPES.Identifier && first.name === 'exports';
}

/** The first type-only import of a server package (`import type { NextRequest } from 'next/server'`). */
function serverTypeImport(program: TSESTree.Program): string | undefined {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind === 'type' && matchesPackage(statement.source.value, SERVER_PACKAGES)) {
      return statement.source.value;
    }
  }
  return undefined;
}

/**
 * Server evidence too weak to beat a client signal, asked after every other signal and before
 * `settings.credentials.assume` (step 8), which it beats: a top-level import of a server SDK that needs
 * a private credential (`stripe`, `@vtex/api`, …: in a file nothing marks as client code, the SDK says
 * where it runs; so `serverSdk` only reports where there is client evidence); a type taken from a
 * server package (the file handles a server's requests); a CommonJS module (`module.exports`,
 * `exports.x`) in a package with no browser build (none found, or neither a browser app, a mobile app
 * nor a framework).
 */
function weakServerSide(program: TSESTree.Program, sources: readonly string[], project: () => Project | undefined): Decision | undefined {
  const sdk = sources.find((s) => matchesPackage(s, SERVER_SDKS));
  if (sdk !== undefined) return decide('server', 'import', `this file imports '${sdk}', a server SDK, and nothing marks it as client code`);
  const typeSource = serverTypeImport(program);
  if (typeSource !== undefined) return decide('server', 'import', `this file takes types from '${typeSource}', a server package`);
  if (!program.body.some(isCommonJsExport)) return undefined;
  const kind = project()?.kind ?? 'none';
  if (kind !== 'none' && kind !== 'server') return undefined;
  return decide('server', 'code', 'this file is a CommonJS module (module.exports, exports.x) of a package with no browser build');
}

/**
 * A project module the file imports at its top level that loads a server package itself
 * (`./clientCertificateCredential.js`, which imports `node:fs/promises`): a browser bundle cannot take
 * the file without it. One hop, project files only, through the module reader (`core/modules/`):
 * asked only with `assume: 'client'`, the one setting under which it changes what a file is.
 */
function serverModuleImport(context: Context, sources: readonly string[], aliases: Readonly<Record<string, string>> | undefined): Decision | undefined {
  // bare names are packages, which the reader never reads, unless an alias maps them into the project
  const relative = sources.filter((source) => source.startsWith('.') || aliases !== undefined);
  if (relative.length === 0) return undefined;
  const reader = readerContextOf(context, aliases);
  if (!reader) return undefined;
  for (const source of relative) {
    const server = moduleLoads(reader, source)?.find((load) => matchesPackage(load, SERVER_PACKAGES));
    if (server !== undefined) return decide('server', 'import', `this file imports '${source}', which imports '${server}'`);
  }
  return undefined;
}

function pathSide(dirs: readonly string[]): Decision | undefined {
  for (const [index, dir] of dirs.entries()) {
    if (CLIENT_PATH_SEGMENTS.includes(dir)) {
      if (dir === 'web' && WORKSPACE_FOLDERS.has(dirs[index - 1] ?? '')) continue;
      return decide('client', 'path', `the path has a '${dir}/' folder`);
    }
    if (SERVER_PATH_SEGMENTS.includes(dir)) return decide('server', 'path', `the path has a '${dir}/' folder`);
  }
  return undefined;
}

/** The declaration ranges of a Next.js page's server-only code, grown to the top-level code only they use. */
function serverOnlyRanges(program: TSESTree.Program, scopeManager: TSESLint.Scope.ScopeManager): (node: TSESTree.Node) => boolean {
  const ranges: TSESTree.Range[] = [];
  const inRanges = (start: number): boolean => ranges.some(([from, to]) => start >= from && start < to);
  const candidates: { node: TSESTree.Node; variables: TSESLint.Scope.Variable[] }[] = [];
  const topLevel = new Map<string, TSESTree.Node>();
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration ? statement.declaration : statement;
    if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      topLevel.set(declaration.id.name, declaration);
    } else if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier) topLevel.set(declarator.id.name, declarator);
      }
    }
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      candidates.push({ node: statement, variables: scopeManager.getDeclaredVariables(statement) });
    } else if (statement.type === AST_NODE_TYPES.FunctionDeclaration) {
      // the function's own name, not its parameters
      const variables = scopeManager.getDeclaredVariables(statement).filter((v) => v.name === statement.id.name);
      candidates.push({ node: statement, variables });
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        candidates.push({ node: declarator, variables: scopeManager.getDeclaredVariables(declarator) });
      }
    }
  }
  for (const statement of program.body) {
    for (const { exported, local } of exportedBindings(statement)) {
      const declared = topLevel.get(local);
      if (SERVER_DATA_FUNCTIONS.has(exported) && declared) ranges.push(declared.range);
    }
  }
  if (ranges.length === 0) return NEVER;
  // Grow to a fixed point: code whose every use is server-only is server-only too (Next.js removes it).
  let grown = true;
  const done = new Set<TSESTree.Node>();
  while (grown) {
    grown = false;
    for (const { node, variables } of candidates) {
      if (done.has(node) || inRanges(node.range[0])) continue;
      const uses = variables.flatMap((v) => v.references.filter((ref) => ref.init !== true && !ref.isTypeReference));
      if (uses.length > 0 && uses.every((ref) => inRanges(ref.identifier.range[0]))) {
        ranges.push(node.range);
        done.add(node);
        grown = true;
      }
    }
  }
  return (node) => inRanges(node.range[0]);
}

function classify(context: Context): FileClassification {
  const facts = fileFacts(context);
  const { sourceCode } = context;
  const program = sourceCode.ast;
  const file = facts.relativePath;
  const plain = (decision: Decision): FileClassification => ({ ...decision, isServerOnly: NEVER });
  if (facts.isTestFile) return plain(decide('unknown', 'test', 'this is a test file'));
  if (DECLARATION_FILE.test(file)) return plain(decide('unknown', 'test', 'this is a type declaration file'));
  const { settings } = facts;
  // `configRelativePath` asks the file system on first read: only when a glob setting exists
  const matches = (globs: ((path: string) => boolean) | undefined): boolean => globs !== undefined && globs(facts.configRelativePath);
  if (settings.side === 'server') return plain(decide('server', 'settings', "settings.credentials.side is 'server' for this file"));
  if (matches(settings.serverFiles)) return plain(decide('server', 'settings', 'the file matches settings.credentials.serverFiles'));
  if (settings.side === 'client') return plain(decide('client', 'settings', "settings.credentials.side is 'client' for this file"));
  if (matches(settings.clientFiles)) return plain(decide('client', 'settings', 'the file matches settings.credentials.clientFiles'));
  const directive = directiveSide(program);
  if (directive) return plain(directive);
  if (file.endsWith('.vue')) return plain(decide('client', 'sfc', 'this is a Vue single-file component'));
  if (file.endsWith('.svelte')) return plain(decide('client', 'sfc', 'this is a Svelte component'));
  // Astro renders a component's frontmatter on the server; its <script> tags are linted as virtual files
  if (file.endsWith('.astro')) return plain(decide('server', 'sfc', 'the frontmatter of an Astro component runs on the server'));
  const segments = file.split('/');
  const base = segments.pop() ?? '';
  const dirs = segments.filter((s) => s !== '' && s !== '.' && s !== '..');
  const sources = topLevelSources(program);
  // The package.json around the file, read on first need: only for files the signals above the project leave open
  const absolute = path.resolve(context.cwd, context.filename);
  let project: Project | null | undefined;
  const getProject = (): Project | undefined => {
    if (project === undefined) project = projectOf(path.resolve(context.cwd, context.physicalFilename)) ?? null;
    return project ?? undefined;
  };
  const framework = SCRIPT_EXTENSION.test(base) ? frameworkSide(dirs, base, program, sources, getProject, absolute) : undefined;
  if (framework) {
    const { scopeManager } = sourceCode;
    const { nextPage, ...decision } = framework;
    if (nextPage !== true || !scopeManager) return plain(decision);
    let isServerOnly: ((node: TSESTree.Node) => boolean) | undefined;
    return { ...decision, isServerOnly: (node) => (isServerOnly ??= serverOnlyRanges(program, scopeManager))(node) };
  }
  const serverImport = sources.find((s) => matchesPackage(s, SERVER_PACKAGES));
  if (serverImport !== undefined) return plain(decide('server', 'import', `this file imports '${serverImport}'`));
  const testImport = sources.find((s) => matchesPackage(s, TEST_PACKAGES));
  if (testImport !== undefined) return plain(decide('unknown', 'test', `this file imports '${testImport}', a test library: test code does not ship`));
  const clientImport = sources.find((s) => matchesPackage(s, CLIENT_PACKAGES));
  if (clientImport !== undefined) return plain(decide('client', 'import', `this file imports '${clientImport}'`));
  const code = codeSide(program, sourceCode);
  if (code) return plain(code);
  const around = SCRIPT_EXTENSION.test(base) ? getProject() : undefined;
  const byProject = around && projectSide(around, absolute);
  if (byProject) return plain(byProject);
  const byPath = pathSide(dirs);
  if (byPath) return plain(byPath);
  const weak = weakServerSide(program, sources, () => (SCRIPT_EXTENSION.test(base) ? getProject() : undefined));
  if (weak) return plain(weak);
  // only `assume: 'client'` makes an unclassified file client code: only then are its imports read
  const viaImport = settings.assume === 'client' ? serverModuleImport(context, sources, settings.aliases) : undefined;
  if (viaImport) return plain(viaImport);
  if (settings.assume !== 'unknown') return plain(decide(settings.assume, 'assume', `settings.credentials.assume is '${settings.assume}'`));
  return plain(decide('unknown', 'none', 'no signal says where this file runs'));
}

const cache = new WeakMap<object, FileClassification>();

/** Where the file of `context` runs, and why (computed once per file). */
export function classifyFile(context: Context): FileClassification {
  const { sourceCode } = context;
  let classification = cache.get(sourceCode);
  if (!classification) {
    classification = classify(context);
    cache.set(sourceCode, classification);
  }
  return classification;
}
