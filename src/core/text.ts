/**
 * Whole-file text pre-checks. A rule that can only report when the file mentions certain words (a
 * parameter name, a header name, `process.env`, a credential prefix) asks here once per file, in
 * `create()`, and returns no listeners at all when the answer is no: the cheapest rule is the one
 * ESLint never calls. The answers are kept for the file being linted, so rules asking the same
 * question share one scan.
 *
 * ESLint calls every rule's `create()` for one file before it moves to the next, so one slot (the last
 * file asked about, and its answers) is all the sharing needs. A slot costs less per file than a
 * WeakMap entry keyed on the file (measured on the benchmark corpus); a file asked about again after
 * another one is scanned again, which is only slower, never wrong. The slot holds the last
 * `SourceCode` until the next file replaces it.
 */
let slotSource: object | undefined;
/** The patterns asked about for `slotSource` and their answers, `slotCount` of them (no allocation per file). */
const SLOTS = 16;
const slotPatterns: (RegExp | undefined)[] = Array.from({ length: SLOTS }, () => undefined);
const slotAnswers: boolean[] = Array.from({ length: SLOTS }, () => false);
let slotCount = 0;

/** What the pre-checks read of a `SourceCode`: its text and, when the parser gives them, its comments. */
export interface ScannedSource {
  readonly text: string;
  readonly ast?: { readonly comments?: readonly { readonly range?: readonly [number, number] }[] };
}

const globals = new WeakMap<RegExp, RegExp>();

/**
 * Whether `pattern` matches `sourceCode.text` outside its comments (no finding lives in a comment: a
 * JSDoc line about tokens is no reason to walk a file). Asked only after a match somewhere, so
 * most files never get here; the scan skips each comment it lands in.
 */
function matchesOutsideComments(sourceCode: ScannedSource, pattern: RegExp): boolean {
  const comments = sourceCode.ast?.comments;
  if (!comments || comments.length === 0) return true;
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  const { text } = sourceCode;
  global.lastIndex = 0;
  let next = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    const at = match.index;
    while (next < comments.length && (comments[next]?.range?.[1] ?? Infinity) <= at) next += 1;
    const range = comments[next]?.range;
    if (!range || at < range[0]) return true;
    global.lastIndex = Math.max(range[1], at + 1);
  }
  return false;
}

/**
 * Whether the file's code matches `pattern` (a non-global regex) outside comments, once per file and
 * pattern.
 */
export function textMentions(sourceCode: ScannedSource, pattern: RegExp): boolean {
  if (sourceCode !== slotSource) {
    slotSource = sourceCode;
    slotCount = 0;
  }
  for (let i = 0; i < slotCount; i++) if (slotPatterns[i] === pattern) return slotAnswers[i] === true;
  const answer = pattern.test(sourceCode.text) && matchesOutsideComments(sourceCode, pattern);
  if (slotCount < SLOTS) {
    slotPatterns[slotCount] = pattern;
    slotAnswers[slotCount] = answer;
    slotCount += 1;
  }
  return answer;
}

/** `text` as a regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replaceAll(/[$()*+./?[\\\]^{|}]/gu, '\\$&');
}
