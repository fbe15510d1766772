/**
 * Whole-file text pre-checks. A rule that can only report when the file mentions certain words (a
 * parameter name, a header name, `process.env`, a credential prefix) asks here once per file, in
 * `create()`, and returns no listeners at all when the answer is no: the cheapest rule is the one
 * ESLint never calls. The answer is cached per file and pattern, so rules asking the same question
 * share one scan.
 */
import { PairCache } from '../utils/cache.js';

const scans = new PairCache<object, RegExp, boolean>();

/** Whether the source text matches `pattern` (a non-global regex), once per file and pattern. */
export function textMentions(sourceCode: { readonly text: string }, pattern: RegExp): boolean {
  return scans.get(sourceCode, pattern, () => pattern.test(sourceCode.text));
}

/** `text` as a regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replaceAll(/[$()*+./?[\\\]^{|}]/gu, '\\$&');
}

/** A case-insensitive pattern that matches any of `words` literally. */
export function anyWord(words: Iterable<string>): RegExp {
  const escaped = [...new Set(words)].filter((w) => w.length > 0).map(escapeRegExp);
  return new RegExp(escaped.length === 0 ? '(?!)' : escaped.join('|'), 'iu');
}
