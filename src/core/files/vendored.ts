/**
 * Vendored and generated files: a copied third-party script (`vendor/`, `third_party/`,
 * `bower_components/`), a minified bundle (`*.min.js`), or any file with a line of 20,000 characters
 * or more (what minifiers and bundlers write; people do not). They are not the team's code, and a
 * report there cannot be fixed where it is; no rule looks at them unless
 * `settings.credentials.vendored` is `'check'`. Asked once per file for the three rules, first
 * thing, by the file gate (core/prechecks/file-gate.ts). The path is read as the other conventions read
 * it, relative to ESLint's working directory (`pathUnder`): the folders above the project say nothing of
 * its files.
 */
import path from 'node:path';

/** A vendored folder or a minified bundle, in a path relative to the working directory (`pathUnder`). */
export const VENDORED_PATH = /(?:^|[/\\])(?:vendors?|third[-_]party|bower_components)[/\\]|\.min\.[cm]?js$/u;

/** The shortest line that counts as generated. */
export const GENERATED_LINE = 20_000;

/** What `hasGeneratedLine` reads of a `SourceCode`: its text, and its lines or where they start. */
export interface LinedSource {
  readonly text: string;
  readonly lines: readonly string[];
  /** ESLint's `SourceCode` has it: one packed array of numbers, cheaper to walk than the line strings. */
  readonly lineStartIndices?: readonly number[];
}

/**
 * Whether the file holds a line of `GENERATED_LINE` characters or more (only a file that long can).
 * Reads ESLint's own line starts (or lines): no scan of the text. The starts are one array of numbers;
 * reading the length of every line string instead touched 350,000 objects on the benchmark corpus
 * and cost ten times as much.
 */
export function hasGeneratedLine(sourceCode: LinedSource): boolean {
  const { text, lineStartIndices: starts } = sourceCode;
  if (text.length < GENERATED_LINE) return false;
  if (!starts) return sourceCode.lines.some((line) => line.length >= GENERATED_LINE);
  // from one start to the next is a line with its line break: only a span that long can hold such a line
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? (starts[i + 1] ?? 0) : text.length;
    if (end - (starts[i] ?? 0) >= GENERATED_LINE && (sourceCode.lines[i]?.length ?? 0) >= GENERATED_LINE) return true;
  }
  return false;
}

/**
 * `filename` relative to ESLint's working directory `cwd`, as the conventions read a path (a project that
 * itself lives in a `vendor/` or `third_party/` folder is the team's code, not a vendored copy): for a
 * file under `cwd`, nearly every file, the part after it, with no `path.relative` per file (the file gate
 * asks for every file); `path.relative` for an absolute path outside it; a relative `filename`, or no
 * `cwd`, as it is. `fileFacts().relativePath` is this path with `/` separators.
 */
export function pathUnder(cwd: string | undefined, filename: string): string {
  if (cwd === undefined || cwd === '') return filename;
  if (filename.startsWith(cwd)) {
    const at = cwd.length;
    const last = cwd.charCodeAt(at - 1);
    // `/` or `\` ends `cwd` (a root), or follows it in `filename`
    if (last === 47 || last === 92) return filename.slice(at);
    const next = filename.charCodeAt(at);
    if (next === 47 || next === 92) return filename.slice(at + 1);
  }
  return path.isAbsolute(filename) ? path.relative(cwd, filename) : filename;
}

interface FileLike {
  readonly cwd?: string;
  readonly filename: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly sourceCode: LinedSource;
}

/**
 * Whether the rules skip the file of `context` as vendored or generated; `relative` is its path under
 * ESLint's working directory (`pathUnder`), when the caller has it already.
 */
export function isVendored(context: FileLike, relative = pathUnder(context.cwd, context.filename)): boolean {
  return checksVendored(context.settings.credentials) && (VENDORED_PATH.test(relative) || hasGeneratedLine(context.sourceCode));
}

/** Whether `settings.credentials` (`credentials`) leaves vendored files skipped: unless `vendored` is `'check'`. */
export function checksVendored(credentials: unknown): boolean {
  return !(typeof credentials === 'object' && credentials !== null && (credentials as { vendored?: unknown }).vendored === 'check'); // validated by settings.ts
}
