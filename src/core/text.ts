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
let slotPatterns: RegExp[] = [];
let slotAnswers: boolean[] = [];

/** Whether the source text matches `pattern` (a non-global regex), once per file and pattern. */
export function textMentions(sourceCode: { readonly text: string }, pattern: RegExp): boolean {
  if (sourceCode !== slotSource) {
    slotSource = sourceCode;
    slotPatterns = [];
    slotAnswers = [];
  }
  const index = slotPatterns.indexOf(pattern);
  if (index !== -1) return slotAnswers[index] === true;
  const answer = pattern.test(sourceCode.text);
  slotPatterns.push(pattern);
  slotAnswers.push(answer);
  return answer;
}

/** `text` as a regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replaceAll(/[$()*+./?[\\\]^{|}]/gu, '\\$&');
}
