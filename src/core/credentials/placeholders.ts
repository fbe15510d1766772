/**
 * Placeholders and dummies: values that look like a credential slot but hold no credential.
 *
 * A placeholder is never reported, in any file:
 * - empty or blank values;
 * - template markers: `<ACCESS_TOKEN>`, `<<CLIENT-SECRET>>`, `{token}`, `{{token}}`, `${TOKEN}`, `$TOKEN`, `%TOKEN%`, `[token]`;
 * - words only, all from the placeholder vocabulary or led by YOUR/MY/INSERT/ENTER/REPLACE…:
 *   `YOUR_ACCESS_TOKEN`, `TOKEN`, `api-key-here`, `changeme`, `replace me`;
 * - masks: `xxx`, `****`, `•••`, or a value whose body after a known prefix is masked (`sk_live_xxxx…`);
 * - the same words or mask after a short prefix of no catalogued format (`re_YOUR_API_KEY`, `pcsk_xxxxxxxx`);
 * - documentation numbers: a known prefix followed only by ascending digits (`TEST-1234567890`), or any
 *   value holding a run of seven ascending digits (`…-1234567-…`), which random tokens do not.
 *
 * - published samples: the sample keys the providers print in their docs, and JWTs whose claims are
 *   a docs sample (jwt.io's John Doe), see `isPublishedSample`.
 *
 * A dummy is a value that is only skipped in test files (see `isDummy`): short, self-described
 * (`fake-token`), low-entropy, or placeholder words with a count (`secret-token-12345`).
 */
import { createHash } from 'node:crypto';

const PLACEHOLDER_WORDS = new Set([
  'access', 'account', 'add', 'admin', 'api', 'app', 'application', 'auth', 'authorization', 'basic',
  'bearer', 'change', 'changeme', 'client', 'code', 'credential', 'credentials', 'dummy', 'enter',
  'example', 'fake', 'foo', 'bar', 'baz', 'here', 'id', 'insert', 'key', 'me', 'mock', 'my', 'na',
  'none', 'null', 'password', 'pass', 'placeholder', 'private', 'prod', 'production', 'public', 'put',
  'redacted', 'refresh', 'replace', 'sample', 'sandbox', 'secret', 'set', 'some', 'tbd', 'test',
  'the', 'this', 'todo', 'token', 'undefined', 'user', 'username', 'value', 'with', 'xxx', 'your',
  'live', 'string', 'jwt', 'bot', 'oauth', 'personal', 'service', 'signing', 'webhook',
]);

const LEADING_WORDS = new Set(['your', 'my', 'insert', 'enter', 'replace', 'put', 'add', 'paste', 'fill']);

const MARKER = /^(?:<<?[^<>]*>>?|\{\{[^{}]*\}\}|\{[^{}]*\}|\$\{[^{}]*\}|\$[A-Z_a-z]\w*|%[A-Z_a-z]\w*%|\[[^[\]]*\]|:[A-Z_a-z]\w*)$/u;
const WORDS = /^[\sA-Za-z_.-]+$/u;
const MASK = /^[-.*_x\u2022\u2026]{3,}$/iu;
const KNOWN_PREFIX =
  /^(?:APP_USR-|TEST-|(?:sk|rk|pk)_(?:live|test|prod)_|gh[oprsu]_|github_pat_|xox[abeoprs]-|sk-(?:proj-)?|GOCSPX-|TG-|c[ks]_|SG\.|shp(?:at|ca|pa|ss)_|do[opr]_v1_|EAAA|sq0(?:atp|csp)-|EAA|IGQ[VW]|hf_|gsk_|(?:pub)?key-|(?:SB-)?Mid-(?:server|client)-|VT-(?:server|client)-|Bearer |Basic |Token )/u;
/**
 * A short prefix of no catalogued format before its separator (`re_`, `pcsk_`, `r8_`, `ntn_`, and
 * `AIzaSyYOUR_` up to the first separator): what is left after it is judged as a body (`re_YOUR_API_KEY`,
 * `pcsk_xxxxxxxx`). A random token's body is never words of the placeholder vocabulary, nor a mask.
 */
const SHORT_PREFIX = /^[\dA-Za-z]{1,12}[_-]/u;
const ASCENDING_RUN = /(?:0(?=1)|1(?=2)|2(?=3)|3(?=4)|4(?=5)|5(?=6)|6(?=7)|7(?=8)|8(?=9)){6}\d/u;
const ASCENDING_BODY = /^0?1(?:2(?:3(?:4(?:5(?:6(?:7(?:8(?:90?)?)?)?)?)?)?)?)?$/u;

/**
 * Sample credentials the providers print in their public docs: every reader has them, so they are
 * placeholders in any file. Kept as SHA-256 digests (the first 128 bits, hex) so that the repository
 * holds no credential-shaped literal: Stripe's API-reference test secret and publishable keys
 * (`sk_test_4eC…`, `pk_test_TYo…`) and an older docs test key (`sk_test_BQo…`), AWS's documented
 * example access key id and secret key (`AKIAIOSFODNN7EXAMPLE`, `wJalr…EXAMPLEKEY`).
 */
const PUBLISHED_SAMPLES = new Set([
  '2cafc0970149a84f3b9e62eaf169f36f',
  'b1471f544ceeea31333bde7e1ecbaad6',
  'f2d6ca16515033e5dce14eba840b979d',
  '1a5d44a2dca19669d72edf4c4f1c27c4',
  '78314b11be2e581549ac1c4f616563fa',
]);

/** The longest published sample; longer values are never hashed. */
const MAX_SAMPLE_LENGTH = 40;

const SAMPLE_JWT = /^eyJ[\w-]+\.(eyJ[\w-]+)\.[\w-]+$/u;
/** What the payload of a documentation JWT holds: jwt.io's `"name": "John Doe"` (or Jane), or a run of ascending digits (`"sub": "1234567890"`). */
const SAMPLE_CLAIMS = /"name"\s*:\s*"(?:John|Jane) Doe"/u;

/**
 * AWS's documentation convention: every sample key id, secret and token ends with `EXAMPLE` (secrets
 * with `EXAMPLEKEY`), as in botocore's and the AWS SDKs' bundled examples (`…da8efEXAMPLE`,
 * `…vNEXAMPLEKEY`). Upper case and at the very end, after 12 characters or more: a random token
 * ends so by chance about once in 10^12.
 */
const AWS_DOCS_SAMPLE = /^.{12,}EXAMPLE(?:KEY)?$/u;

/** A value the providers publish as a sample (see `PUBLISHED_SAMPLES`, `AWS_DOCS_SAMPLE`), or a JWT whose claims are a docs sample. */
export function isPublishedSample(value: string): boolean {
  if (AWS_DOCS_SAMPLE.test(value)) return true;
  if (value.length <= MAX_SAMPLE_LENGTH && value.length >= 20) {
    if (PUBLISHED_SAMPLES.has(createHash('sha256').update(value).digest('hex').slice(0, 32))) return true;
  }
  const payload = SAMPLE_JWT.exec(value)?.[1];
  if (payload === undefined) return false;
  const claims = Buffer.from(payload, 'base64url').toString('utf8');
  return SAMPLE_CLAIMS.test(claims) || ASCENDING_RUN.test(claims);
}

function isWordsOnly(value: string): boolean {
  if (!WORDS.test(value)) return false;
  const words = value
    .replaceAll(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_.-]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const [first] = words;
  if (first !== undefined && LEADING_WORDS.has(first)) return true;
  return words.every((w) => PLACEHOLDER_WORDS.has(w) || /^x+$/u.test(w));
}

export function isPlaceholder(raw: string): boolean {
  const value = raw.trim();
  if (value.length === 0) return true;
  if (value.length <= 64 && (MARKER.test(value) || isWordsOnly(value))) return true;
  if (MASK.test(value)) return true;
  const body = value.replace(KNOWN_PREFIX, '');
  if (body.length === 0 || MASK.test(body) || ASCENDING_BODY.test(body)) return true;
  if (body.length < value.length && body.length <= 64 && (MARKER.test(body) || isWordsOnly(body))) return true;
  const rest = value.replace(SHORT_PREFIX, '');
  if (rest.length < value.length && rest.length <= 64 && (MASK.test(rest) || isWordsOnly(rest))) return true;
  if (ASCENDING_RUN.test(value)) return true;
  // `Bearer <a docs sample>`: the scheme is not part of the sample
  return isPublishedSample(value) || (/^(?:Bearer|Basic|Token) /u.test(value) && isPublishedSample(body));
}

/** Words that mark a test value as made up. */
const DUMMY_WORD = /dummy|fake|mock|example|sample|invalid|expired|placeholder|testing|notreal|not-a-real/iu;

/** Words, then a count of three or more ascending digits from 0 or 1: `secret-token-12345`, `authToken123`. */
const WORDS_THEN_COUNT = /^([A-Za-z]+(?:[-_.][A-Za-z]+)*)[-_.]?(0?123\d*)$/u;

/**
 * A test's made-up value: placeholder words followed by a count (`secret-token-12345`,
 * `auth-token-12345`, `api_key_123`). The words must all be the placeholder vocabulary (or led by
 * YOUR/MY…, see `isWordsOnly`) and the digits an ascending run (`123`, `12345`, `0123`): a random
 * token, or a real password such as `Tr0ub4dor1234`, is neither.
 */
function isWordsAndCount(value: string): boolean {
  const match = WORDS_THEN_COUNT.exec(value);
  return match !== null && ASCENDING_BODY.test(match[2] ?? '') && isWordsOnly(match[1] ?? '');
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * In a test file, a value is a dummy (not reported) when it is short (under 16 characters), names
 * itself as made up (dummy, fake, mock, example, sample, invalid, expired…), is placeholder words with
 * a count (`secret-token-12345`, see `isWordsAndCount`), or has low entropy (under 3 bits per
 * character, like `abcabcabc…` or `aaaa1111…`), unless it has the exact shape of a
 * catalogued private credential with normal entropy: a real-looking token in a test file is still a
 * leaked token.
 */
export function isDummy(raw: string, catalogued: boolean): boolean {
  const value = raw.trim();
  if (isPlaceholder(value)) return true;
  const body = value.replace(KNOWN_PREFIX, '');
  if (DUMMY_WORD.test(body) || isWordsAndCount(body)) return true;
  if (entropy(body) < 3) return true;
  if (catalogued) return false;
  return body.length < 16;
}
