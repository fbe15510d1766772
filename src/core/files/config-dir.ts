/**
 * The directory that the glob settings (`clientFiles`, `serverFiles`, `testFiles`) are relative to:
 * the directory of the ESLint config file, as for ESLint's own `files` and `ignores` globs. A rule
 * cannot ask ESLint which config file it loaded (the rule context has `cwd`, `filename`,
 * `physicalFilename` and the merged `settings`, nothing about the config file, in ESLint 9 and 10),
 * so it is found the way ESLint 10 finds it: the nearest `eslint.config.*` walking up from the
 * directory of the linted file. ESLint 9 looks up from the working directory instead, and finds the
 * same file whenever the working directory is inside that file's tree. With no config file on the way
 * up (a `Linter` or `RuleTester` run on a file that is not on disk), the working directory is used,
 * which is also ESLint's base path when no config file is loaded.
 *
 * The file system is only asked when a glob setting is about to be matched, and once per directory:
 * the answers are cached per merged `settings` object, which ESLint creates anew with each config
 * array (each `ESLint` instance, so each validation of an editor server), so a config file added or
 * moved while an editor server runs is seen as soon as ESLint itself sees it.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** The config file names ESLint looks for, in its own order (`FLAT_CONFIG_FILENAMES`). */
export const CONFIG_FILE_NAMES: readonly string[] = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
];

function hasConfigFile(directory: string): boolean {
  return CONFIG_FILE_NAMES.some((name) => statSync(path.join(directory, name), { throwIfNoEntry: false })?.isFile() === true);
}

/**
 * The nearest directory at or above `directory` that holds an `eslint.config.*` file, if any.
 * `cache` maps each directory already walked to its answer (`null`: none up to the root); every
 * directory of a walk is cached, so a sibling's walk stops at the first shared parent.
 */
export function findConfigDirectory(directory: string, cache: Map<string, string | null>): string | undefined {
  const walked: string[] = [];
  let found: string | null = null;
  for (let current = path.resolve(directory); ; ) {
    const known = cache.get(current);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(current);
    if (hasConfigFile(current)) {
      found = current;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const walkedDirectory of walked) cache.set(walkedDirectory, found);
  return found ?? undefined;
}

interface FileLocation {
  readonly cwd: string;
  readonly physicalFilename: string;
  readonly settings: object;
}

const caches = new WeakMap<object, Map<string, string | null>>();

/** The directory the glob settings of `context`'s file are relative to (see the module comment). */
export function configDirectory(context: FileLocation): string {
  let cache = caches.get(context.settings);
  if (!cache) {
    cache = new Map();
    caches.set(context.settings, cache);
  }
  const file = path.resolve(context.cwd, context.physicalFilename);
  return findConfigDirectory(path.dirname(file), cache) ?? context.cwd;
}
