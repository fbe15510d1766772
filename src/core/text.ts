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
const SLOTS = 8;
const slotPatterns: (RegExp | undefined)[] = Array.from({ length: SLOTS }, () => undefined);
const slotAnswers: boolean[] = Array.from({ length: SLOTS }, () => false);
let slotCount = 0;

/** Whether the source text matches `pattern` (a non-global regex), once per file and pattern. */
export function textMentions(sourceCode: { readonly text: string }, pattern: RegExp): boolean {
  if (sourceCode !== slotSource) {
    slotSource = sourceCode;
    slotCount = 0;
  }
  for (let i = 0; i < slotCount; i++) if (slotPatterns[i] === pattern) return slotAnswers[i] === true;
  const answer = pattern.test(sourceCode.text);
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
