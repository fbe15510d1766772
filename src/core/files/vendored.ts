/**
 * Vendored and generated files: a copied third-party script (`vendor/`, `third_party/`,
 * `bower_components/`), a minified bundle (`*.min.js`), or any file with a line of 20,000 characters
 * or more (what minifiers and bundlers write; people do not). They are not the team's code, and a
 * report there cannot be fixed where it is; no rule looks at them unless
 * `settings.credentials.vendored` is `'check'`. Asked by every rule before its own pre-check
 * (src/utils/create-rule.ts), once per file.
 */
const VENDORED_PATH = /(?:^|[/\\])(?:vendors?|third[-_]party|bower_components)[/\\]|\.min\.[cm]?js$/u;

/** The shortest line that counts as generated. */
export const GENERATED_LINE = 20_000;

/**
 * Whether the file holds a line of `GENERATED_LINE` characters or more (only a file that long can).
 * Reads ESLint's own `sourceCode.lines`: no scan of the text.
 */
export function hasGeneratedLine(sourceCode: { readonly text: string; readonly lines: readonly string[] }): boolean {
  return sourceCode.text.length >= GENERATED_LINE && sourceCode.lines.some((line) => line.length >= GENERATED_LINE);
}

interface FileLike {
  readonly filename: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly sourceCode: { readonly text: string; readonly lines: readonly string[] };
}

/**
 * The last file asked about and its answer: ESLint calls every rule's `create()` for one file before the
 * next file, so one slot serves the three rules (as the pre-checks' slot in core/prechecks/text.ts,
 * cheaper per file than a WeakMap entry keyed on it). A file asked about again later is answered again.
 */
let lastSource: object | undefined;
let lastAnswer = false;

/** Whether the rules skip the file of `context` as vendored or generated (once per file). */
export function isVendored(context: FileLike): boolean {
  const { sourceCode } = context;
  if (sourceCode !== lastSource) {
    const credentials = context.settings.credentials;
    const check = typeof credentials === 'object' && credentials !== null && (credentials as { vendored?: unknown }).vendored === 'check'; // validated by settings.ts
    lastAnswer = !check && (VENDORED_PATH.test(context.filename) || hasGeneratedLine(sourceCode));
    lastSource = sourceCode;
  }
  return lastAnswer;
}
