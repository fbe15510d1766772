/**
 * The gate every rule's `create()` passes first (src/utils/create-rule.ts), decided once per file for
 * the three rules:
 * - `VENDORED`: a vendored or generated file (core/files/vendored.ts): no rule looks at it.
 * - `QUIET`: a file that mentions nothing of the two unions of pre-checks outside its comments: the
 *   default ones (`NAMES_UNION`, `SHAPES_UNION` in core/prechecks/defaults.ts), or under
 *   `settings.credentials` the same unions with the settings' headers, parameters and format prefixes
 *   (`declareSettingsUnions`; none when a private custom format has no prefix), and is none of the files a rule checks whatever they say: a JSON document
 *   (no-secret-in-client reads its strings), a `*.config.*` file (bundler and Expo configs) or a build
 *   tool's config (`BUILD_TOOLS`). A rule given no options gets no listeners for it, without
 *   running its own `create()`: each rule's own pre-check asks only members of those unions first
 *   (a file that matches none of them answers no to each), so its answer would be no listeners too
 *   (tests/core/file-gate.test.ts holds every rule to that). A quiet file may also be vendored: that
 *   is not asked until a rule given options needs it (`quietFileVendored`), since a rule without
 *   options gets no listeners either way. Nearly every file of a project is quiet; for one, the three
 *   rules together cost two scans, one test of the path and a few comparisons.
 * - `OPEN`: every other file; each rule runs its own pre-check, which shares the scans made here.
 *
 * One slot, as the pre-checks' (core/prechecks/text.ts): ESLint calls every rule's `create()` for a file
 * before the next file. The context is read once per file, with `Reflect.get`: ESLint makes a context
 * object per file and rule, on a new prototype per file, so a property read (`context.sourceCode`) meets
 * a new object shape in every file, and V8 made an inline cache miss of each such read costlier than
 * `Reflect.get`'s lookup (benchmark corpus, one process: 6 ms less for the first read of each file). The
 * next rules of the file read its `sourceCode` only: the same object as the last one, the answer is kept.
 */
import { checksVendored, hasGeneratedLine, isVendored, pathUnder, VENDORED_PATH, type LinedSource } from '../files/vendored.js';
import { BUILD_CONFIG_NAMES } from '../sinks/bundler-config.js';
import { isJsonDocument } from '../sinks/json-strings.js';
import { getSettings } from '../files/settings.js';
import { declareSettingsUnions, NAMES_UNION, SHAPES_UNION } from './defaults.js';
import { textMentions } from './text.js';

export const OPEN = 0;
export const VENDORED = 1;
export const QUIET = 2;
export type Gate = typeof OPEN | typeof VENDORED | typeof QUIET;

/** What the gate reads of a rule's context. */
export interface GatedContext {
  /** ESLint's working directory: the path is read under it (`pathUnder`); absent in some tests. */
  readonly cwd?: string;
  readonly filename: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly sourceCode: LinedSource & {
    readonly ast: { readonly type?: unknown; readonly comments?: readonly { readonly range?: readonly [number, number] }[] };
  };
}

let lastSource: GatedContext['sourceCode'] | undefined;
let lastGate: Gate = OPEN;

/**
 * The paths the gate looks at twice: a vendored path (`VENDORED_PATH`), a `*.config.*` file, a build
 * tool's config (`BUILD_CONFIG_NAMES` at the start of the base name), in the path under ESLint's working
 * directory (`pathUnder`). One test of the path for nearly every file, which matches none: each pattern a
 * file runs costs it more inside ESLint than in a loop (the code and data of each are cold again after
 * the parse of the file).
 */
const SPECIAL_PATH = new RegExp(`${VENDORED_PATH.source}|\\.config\\.|(?:^|[/\\\\])(?:${BUILD_CONFIG_NAMES})`, 'u');

const DEFAULT_UNIONS = [NAMES_UNION, SHAPES_UNION] as const;

/**
 * The unions of the pre-checks the rules ask under the file's `settings.credentials`
 * (`declareSettingsUnions`); `undefined` when none stand for them, or the settings are invalid (each
 * rule then says so itself).
 */
function settingsUnions(context: GatedContext): readonly [RegExp, RegExp] | undefined {
  try {
    return declareSettingsUnions(getSettings(context));
  } catch {
    return undefined;
  }
}

/** The gate of the file of `context`, from the parts of it read once (see the module comment). */
function gateOf(context: GatedContext, filename: string, credentials: unknown, sourceCode: GatedContext['sourceCode']): Gate {
  const relative = pathUnder(Reflect.get(context, 'cwd'), filename);
  if (SPECIAL_PATH.test(relative)) return isVendored(context, relative) ? VENDORED : OPEN;
  const unions = credentials === undefined ? DEFAULT_UNIONS : settingsUnions(context);
  // the scans read the AST's comments first: its type is then one read more
  if (unions !== undefined && !textMentions(sourceCode, unions[0]) && !textMentions(sourceCode, unions[1]) && !isJsonDocument(sourceCode)) return QUIET;
  // a path that matches none of them can only be vendored by a generated line
  return checksVendored(credentials) && hasGeneratedLine(sourceCode) ? VENDORED : OPEN;
}

/** Whether the quiet file of the last gate is generated: asked once, and only when a rule given options needs it. */
let lastQuietVendored: boolean | undefined;
let lastCredentials: unknown;

/** The gate of the file of `context` (see the module comment), once per file. */
export function fileGate(context: GatedContext): Gate {
  const sourceCode = Reflect.get(context, 'sourceCode');
  if (sourceCode !== lastSource) {
    const settings = Reflect.get(context, 'settings');
    lastCredentials = settings.credentials;
    lastGate = gateOf(context, Reflect.get(context, 'filename'), lastCredentials, sourceCode);
    lastSource = sourceCode;
    lastQuietVendored = undefined;
  }
  return lastGate;
}

/**
 * Whether the file the gate last found `QUIET` is vendored all the same: a generated file (its path is no
 * vendored one, or it would not be quiet), unless the settings ask to check vendored files. Asked by a
 * rule given options, which a quiet file does not silence; once per file.
 */
export function quietFileVendored(): boolean {
  lastQuietVendored ??= lastSource !== undefined && checksVendored(lastCredentials) && hasGeneratedLine(lastSource);
  return lastQuietVendored;
}
