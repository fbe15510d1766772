/**
 * Which JSON files ship to the browser or the app (issue #20), for `no-secret-in-client` under
 * `@eslint/json`'s languages. Decided once per file, with the reason a message shows:
 *
 * 0. Never: test files (the built-in convention's folders, `fixtures/`, `__mocks__/`, or
 *    `settings.credentials.testFiles`); `node_modules/` and editor or CI folders (`.vscode/`,
 *    `.idea/`, `.github/`, `.devcontainer/`); package manifests and lock files (`package.json`,
 *    `package-lock.json`, `npm-shrinkwrap.json`, `composer.json`, `deno.json`, …); TypeScript and
 *    tool configs (`tsconfig*.json`, `jsconfig*.json`, `.eslintrc.json`, `.babelrc.json`, …) and JSON
 *    schemas (`*.schema.json`).
 * 1. Your settings: `settings.credentials.side` and `serverFiles` / `clientFiles`, as for code.
 * 2. Expo's `app.json` at the root of an Expo app (its `package.json` depends on `expo`): only
 *    `expo.extra` ships (`Constants.expoConfig.extra`); `expo.extra.eas` is the EAS project id.
 * 3. A `public/`, `static/` or `wwwroot/` folder: what a site serves as is (`public/config.json`).
 * 4. The project around the file (`project.ts`): in a browser app (Vite, Create React App, Angular, …)
 *    or a mobile app (Expo, React Native), `src/**` and `assets/**`, which its bundler imports; not
 *    below a server folder (`server/`, `api/`, `functions/`, `scripts/`, …).
 *
 * Anything else is not client JSON (`settings.credentials.assume` does not apply: the root of a
 * project holds many JSON files of tools, and none of them ships).
 */
import path from 'node:path';
import { fileFacts } from './file.js';
import { projectOf } from './project.js';
import { SERVER_PATH_SEGMENTS } from './client-files.js';

type Context = Parameters<typeof fileFacts>[0];

export type JsonSide =
  /** The whole file ships. */
  | { readonly kind: 'client'; readonly reason: string }
  /** Only `expo.extra` ships (an Expo `app.json`). */
  | { readonly kind: 'expo'; readonly reason: string }
  | { readonly kind: 'none' };

/** Folders whose JSON is never shipped: dependencies, editor and CI settings. */
const NEVER_FOLDERS = new Set(['node_modules', '.vscode', '.idea', '.github', '.devcontainer', '.git']);

/** Manifests, lock files, and tool configs: never shipped, and never a place for a credential check. */
const NEVER_FILES = new Set([
  'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'composer.json', 'deno.json', 'bun.lock', 'lerna.json', 'nx.json',
  'turbo.json', 'project.json', 'angular.json', 'components.json', 'vercel.json', 'netlify.json', 'firebase.json', 'renovate.json',
  '.eslintrc.json', '.babelrc.json', '.prettierrc.json', '.stylelintrc.json', '.swcrc', 'babel.config.json', 'biome.json', 'cspell.json',
]);
const NEVER_PATTERN = /^(?:[jt]sconfig(?:\.[\w-]+)*\.json|.+\.schema\.json)$/u;

/** Folders a site serves as is. */
const STATIC_FOLDERS = ['public', 'static', 'wwwroot'];
/** Folders below a browser or mobile app's root whose JSON its bundler imports. */
const BUNDLED_FOLDERS = new Set(['src', 'assets']);
/** Server folders: JSON below one of them is read by server code. */
const SERVER_FOLDERS = new Set([...SERVER_PATH_SEGMENTS, 'server', 'api']);

const none: JsonSide = { kind: 'none' };

const article = (name: string): string => `${/^[AEIOU]|^Rs/u.test(name) ? 'an' : 'a'} ${name}`;

function classify(context: Context): JsonSide {
  const facts = fileFacts(context);
  const segments = facts.relativePath.split('/');
  const base = segments.pop() ?? '';
  const dirs = segments.filter((s) => s !== '' && s !== '.' && s !== '..');
  if (NEVER_FILES.has(base) || NEVER_PATTERN.test(base) || dirs.some((dir) => NEVER_FOLDERS.has(dir)) || facts.isTestFile) return none;
  const { settings } = facts;
  const matches = (globs: ((file: string) => boolean) | undefined): boolean => globs !== undefined && globs(facts.configRelativePath);
  if (settings.side === 'server' || matches(settings.serverFiles)) return none;
  if (settings.side === 'client') return { kind: 'client', reason: "settings.credentials.side is 'client' for this file" };
  if (matches(settings.clientFiles)) return { kind: 'client', reason: 'the file matches settings.credentials.clientFiles' };
  const absolute = path.resolve(context.cwd, context.filename);
  const project = projectOf(path.resolve(context.cwd, context.physicalFilename));
  if (base === 'app.json' && project?.dependencies.has('expo') === true && path.dirname(absolute) === project.directory) {
    return { kind: 'expo', reason: "Expo copies 'expo.extra' of 'app.json' into the app bundle, where Constants.expoConfig.extra reads it" };
  }
  const served = dirs.find((dir) => STATIC_FOLDERS.includes(dir));
  if (served !== undefined) return { kind: 'client', reason: `the path has a '${served}/' folder, which a site serves to browsers as it is` };
  if (project?.kind !== 'browser' && project?.kind !== 'mobile') return none;
  const inProject = path.relative(project.directory, absolute).replaceAll('\\', '/').split('/').slice(0, -1);
  const [top] = inProject;
  if (top === undefined || !BUNDLED_FOLDERS.has(top) || inProject.some((dir) => SERVER_FOLDERS.has(dir))) return none;
  return { kind: 'client', reason: `the file is under ${top}/ of ${article(project.tool)} ${project.kind === 'mobile' ? 'app' : 'project'}, whose bundle imports its JSON` };
}

const cache = new WeakMap<object, JsonSide>();

/** Whether the JSON file of `context` ships, and why (computed once per file). */
export function classifyJsonFile(context: Context): JsonSide {
  const { sourceCode } = context;
  let side = cache.get(sourceCode);
  if (!side) {
    side = classify(context);
    cache.set(sourceCode, side);
  }
  return side;
}
