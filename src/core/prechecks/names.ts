/**
 * The whole-file pre-check on names, shared by no-token-in-url and no-secret-in-client: a file can only
 * hold a finding keyed on a name (a credential query parameter, a secret env variable, a value named
 * as a secret) when its text spells one of the names or one of the secret words. Both rules ask for
 * the pattern of their configuration here; equal configurations get the same `RegExp` object, so
 * `textMentions` scans a file for it once however many rules ask.
 */
import { ConfigCache } from '../../utils/cache.js';
import { anchoredSource, UNION_ANCHORS, type Piece } from './anchored.js';
import { SECRET_NAME_PATTERNS, normalizeName } from '../credentials/vocabulary.js';
import { LITERAL_SECRET_PHRASES } from '../credentials/generic-secret.js';

/**
 * The secret words a name holds when no-token-in-url treats it as a credential's value
 * (`?token=${accessToken}`) or no-secret-in-client as a secret (`SECRET_NAME_PATTERNS`, and `api key`,
 * `apikey`, `token` with a provider or in strict mode; the phrases of no-secret-in-client's literal
 * names, `LITERAL_SECRET_PHRASES`, of which `deploy key`, `encryption key` and `hmac key` hold none of
 * these: the others add no alternative, `withoutCovered`): phrases as `nameWords` splits them.
 */
const SECRET_WORD_PHRASES: readonly (readonly string[])[] = [...SECRET_NAME_PATTERNS, 'api key', 'apikey', 'token', 'jwt', 'bearer', ...LITERAL_SECRET_PHRASES].map((phrase) =>
  phrase.split(' '),
);

/** The words of a regex alternative, lower-cased, and its pieces (`anchoredSource`). */
interface Alternative {
  readonly words: readonly string[];
  readonly pieces: readonly Piece[];
  /** Its words are joined by any run of non-alphanumerics (a secret phrase), not only of `[\s._-]` (a configured name). */
  readonly anySeparator: boolean;
}

/** `words` joined by runs of `separator` (a regex source). */
function joined(words: readonly string[], separator: string): Piece[] {
  return words.flatMap((word, i) => (i === 0 ? [word] : [{ source: separator }, word]));
}

/**
 * The spellings of a configured name as code writes it: its words (split at `[\s._-]` and at
 * camelCase humps) in any case, joined by any run of `[\s._-]` (`access_token`, `accessToken`,
 * `ACCESS-TOKEN`, `AccessToken`).
 */
function spellings(name: string): Alternative {
  const words = name
    .replaceAll(/([a-z\d])([A-Z])/gu, '$1 $2')
    .split(/[\s._-]+/u)
    .filter((word) => word.length > 0);
  return { words: words.map((word) => word.toLowerCase()), pieces: joined(words, '[\\s._-]*'), anySeparator: false };
}

/** Whether `inner` occurs in `outer` as a run of whole words. */
function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, i) => outer[start + i] === word)) return true;
  }
  return false;
}

/**
 * The alternatives that a broader one does not already cover: a secret phrase joined by `[^\da-z]*`
 * matches every text that an alternative holding its words in a row (joined by `[\s._-]*` or by
 * `[^\da-z]*`) matches, so `access[\s._-]*token` adds nothing next to `token`, nor `apikey` next to
 * `api[^\da-z]*key` (the separators may be empty); a configured name covers the others of its kind the
 * same way (`X-VTEX-API-AppKey` next to `app_key`). Each alternative costs a
 * try at every position of every file's text: the pre-check keeps only the ones that can change its answer.
 */
function withoutCovered(alternatives: readonly Alternative[]): Alternative[] {
  const kept: Alternative[] = [];
  for (const [index, alternative] of alternatives.entries()) {
    const covered = alternatives.some(
      (b) =>
        b !== alternative &&
        (b.anySeparator || !alternative.anySeparator) &&
        ((containsWords(alternative.words, b.words) && (b.words.length < alternative.words.length || alternatives.indexOf(b) < index)) ||
          // `api[^\da-z]*key` matches `apikey` too: its separators may be empty
          (b.words.length > alternative.words.length && b.words.join('') === alternative.words.join('')) ||
          // … and inside a word (`hapikey`): the pre-check looks for no word boundary
          (b.anySeparator && alternative.words.some((word) => word !== b.words.join('') && word.includes(b.words.join(''))))),
    );
    if (!covered) kept.push(alternative);
  }
  return kept;
}

const patterns = new ConfigCache<RegExp>();

/**
 * The pattern a file's text must match to hold a finding keyed on a name: one of `names` (credential
 * parameters, less `allowed`) as code spells it, a secret word, or one of `extraPhrases` (lower-case
 * words of extra secret names). One `RegExp` per distinct configuration.
 */
export function namesPrecheck(names: readonly string[], allowed: readonly string[] = [], extraPhrases: readonly (readonly string[])[] = []): RegExp {
  return patterns.get(JSON.stringify([names, allowed, extraPhrases]), () => {
    const skip = new Set(allowed.map(normalizeName));
    const named = names
      .filter((name) => !skip.has(normalizeName(name)))
      .map(spellings)
      .filter((alternative) => alternative.words.length > 0);
    const secret = [...SECRET_WORD_PHRASES, ...extraPhrases.filter((words) => words.length > 0)].map((words) => ({ words, pieces: joined(words, '[^\\da-z]*'), anySeparator: true }));
    // each alternative starts at its rarest character of the union's (`anchoredSource`, `UNION_ANCHORS`); `i` without `u` scans faster
    return new RegExp(anchoredSource(withoutCovered([...secret, ...named]).map((a) => a.pieces), { ignoreCase: true, prefer: UNION_ANCHORS }), 'i');
  });
}
