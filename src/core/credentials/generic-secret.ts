/**
 * Secrets without a known format (issue #16, section 1): most client-side leaks carry no provider
 * prefix (`const MERCADOPAGO_SECRET = 'Wd3L…'`, `client_secret: '…'`). No shape alone tells such a
 * value from an ordinary string, so two pieces of evidence are asked for together:
 *
 * - the NAME it is written under says secret (`isSecretLiteralName`): `classifyName` says `secret`
 *   (secret, private key, access token, app token, client secret, consumer secret, a provider's API
 *   key…), with a few more phrases that only a literal's name makes secret (`LITERAL_SECRET_PHRASES`);
 *   public names (`client_id`, `publishableKey`, `anonKey`, `mapboxAccessToken`) and ambiguous ones
 *   (`apiKey`, `token`, `csrfToken`) stay silent;
 * - the VALUE looks like a credential (`credentialLookRejection` returns `undefined`): the tests of
 *   `CREDENTIAL_LOOK` below, in order, each with the look-alike it rejects.
 */
import { entropy, isPlaceholder } from './placeholders.js';
import { DEFAULT_NAME_VOCABULARY, classifyName, nameWords, type NameVocabulary } from './vocabulary.js';

/**
 * The thresholds of the value test. A random token of 16 characters from the hex alphabet already has
 * about 3.4 bits of entropy per character, base62 about 3.8; words, identifiers and repeated
 * patterns stay under 3.0 or fail an earlier test.
 */
export const CREDENTIAL_LOOK = {
  /** Shorter values are passwords, ids or words (a 16-hex-digit token has 64 bits). */
  minLength: 16,
  /** Longer values are data (a data URI, an inlined file), not a credential written by hand. */
  maxLength: 512,
  /** Shannon entropy, bits per character (`entropy` in placeholders.ts). */
  minEntropy: 3,
  /** Letter–digit alternations a value with digits needs (`p4x8…`: many; `section-h2-title`: one). */
  minLetterDigitSwitches: 3,
  /** A value of letters only needs this length… */
  minLengthWithoutDigits: 20,
  /** …and a case change (lower↔upper) at least this often per character (random mixed case: ~0.5; camelCase words: ~0.1). */
  minCaseSwitchRate: 0.25,
  /** camelCase or PascalCase pieces of this mean length or more, each with a vowel, are words (`refreshTokenClientAcquireToken`; random case: ~2). */
  minWordLength: 3,
} as const;

/** Why a value does not look like a credential; `undefined` when it does. */
export type Rejection =
  | 'short'
  | 'long'
  | 'whitespace'
  | 'placeholder'
  | 'public-prefix'
  | 'url'
  | 'path'
  | 'alphabet'
  | 'env-name'
  | 'digits'
  | 'uuid'
  | 'date'
  | 'version'
  | 'file-name'
  | 'words'
  | 'low-entropy';

/** Base64, base64url and hex, with the separators tokens use (`svc_…`, `a.b.c`, `key-…`). */
const CREDENTIAL_ALPHABET = /^[\w+/=.~-]+$/u;
/**
 * The prefixes of values made for browsers: public keys (Mapbox `pk.…`, Stripe-style `pk_…`, `pub_…`,
 * `public-…`) and Stripe's PaymentIntent and SetupIntent client secrets (`pi_…_secret_…`), which a
 * server hands to the page for Stripe.js to confirm one payment.
 */
const PUBLIC_PREFIX = /^(?:pk[._]|pub[_-]|public[_-]|(?:pi|seti)_[\da-z]+_secret_)/iu;
const URL_LIKE = /^[a-z][\d+.a-z-]*:/iu;
/** A route or a module path: `/api/orders`, `./Header`, `~/x`, `@/lib/x`, `#private`. */
const PATH_START = /^[#./@~]/u;
const ENV_NAME = /^[A-Z][\dA-Z]*(?:_[\dA-Z]+)+$/u;
const DIGITS = /^[\d.-]+$/u;
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu;
const DATE = /^\d{4}-\d{2}-\d{2}/u;
const VERSION = /^v?\d+\.\d+\.\d+/u;
/** A file name, hashed or not (`main.3f9a1c2b7d.js`, `logo-8d1f0e2a.svg`). */
const FILE_NAME = /\.(?:[cm]?[jt]sx?|css|s[ac]ss|less|json|html?|map|png|jpe?g|gif|svg|webp|avif|ico|woff2?|ttf|otf|eot|txt|md|xml|ya?ml|pdf|mp[34]|webm|wasm)$/iu;

function switches(value: string, classOf: (ch: string) => number): number {
  let count = 0;
  let last = -1;
  for (const ch of value) {
    const kind = classOf(ch);
    if (kind === -1) continue;
    if (last !== -1 && kind !== last) count += 1;
    last = kind;
  }
  return count;
}

const letterOrDigit = (ch: string): number => (ch >= '0' && ch <= '9' ? 0 : /[a-z]/iu.test(ch) ? 1 : -1);
const letterCase = (ch: string): number => (ch >= 'a' && ch <= 'z' ? 0 : ch >= 'A' && ch <= 'Z' ? 1 : -1);

/**
 * Whether the value is made of words rather than random characters: with digits, no piece between
 * separators mixes letters and digits (`grid-cols-12-md-gap-4`) or too few switches between letters
 * and digits (`section-h2-title`); without, too short, split by separators (`checkout-session-label`),
 * with too few case changes (`orderConfirmationSecret`), or an identifier of words
 * (`isIdentifierOfWords`).
 */
function isWords(value: string): boolean {
  if (/\d/u.test(value)) {
    const mixed = value.split(/[._~-]/u).some((piece) => /\d/u.test(piece) && /[a-z]/iu.test(piece));
    return !mixed || switches(value, letterOrDigit) < CREDENTIAL_LOOK.minLetterDigitSwitches;
  }
  if (value.length < CREDENTIAL_LOOK.minLengthWithoutDigits || /[._~-]/u.test(value)) return true;
  return switches(value, letterCase) < value.length * CREDENTIAL_LOOK.minCaseSwitchRate || isIdentifierOfWords(value);
}

/**
 * Whether a value of letters is an identifier made of words, however short they are
 * (`refreshTokenClientAcquireTokenByRefreshToken`, `InlineHookOAuthClientSecretConfig`: event and
 * class names): its camelCase pieces are `minWordLength` long on average and each piece of two letters
 * or more has a vowel. Random mixed case breaks into pieces of one or two letters, most without one.
 */
function isIdentifierOfWords(value: string): boolean {
  const words = nameWords(value).split(' ');
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  return letters >= words.length * CREDENTIAL_LOOK.minWordLength && words.every((word) => word.length < 2 || /[aeiouy]/u.test(word));
}

/**
 * The first test `value` fails, in the order of the table: `undefined` when the value looks like a
 * credential. Catalogued formats are not asked here (the catalogue knows them better).
 */
export function credentialLookRejection(value: string): Rejection | undefined {
  if (value.length < CREDENTIAL_LOOK.minLength) return 'short';
  if (value.length > CREDENTIAL_LOOK.maxLength) return 'long';
  if (/\s/u.test(value)) return 'whitespace'; // sentences, CSS class lists
  if (isPlaceholder(value)) return 'placeholder';
  if (PUBLIC_PREFIX.test(value)) return 'public-prefix';
  if (URL_LIKE.test(value)) return 'url';
  if (PATH_START.test(value) || (value.includes('/') && FILE_NAME.test(value))) return 'path';
  if (DATE.test(value)) return 'date';
  if (!CREDENTIAL_ALPHABET.test(value)) return 'alphabet';
  if (ENV_NAME.test(value)) return 'env-name';
  if (DIGITS.test(value)) return 'digits'; // ids, timestamps, phone numbers
  if (UUID.test(value)) return 'uuid';
  if (VERSION.test(value)) return 'version';
  if (FILE_NAME.test(value)) return 'file-name';
  if (isWords(value)) return 'words';
  if (entropy(value) < CREDENTIAL_LOOK.minEntropy) return 'low-entropy';
  return undefined;
}

/**
 * Phrases that make a literal's name secret on top of the shared vocabulary: a deploy key or a
 * service, bot, CI or admin token written in code is the app's own credential, whereas as an env
 * variable name these stay as the vocabulary has them.
 */
export const LITERAL_SECRET_PHRASES: readonly string[] = [
  'deploy key', 'deploy token', 'service token', 'bot token', 'ci token', 'admin token', 'master token', 'root token',
];

export interface LiteralNameOptions {
  readonly secretNames?: readonly string[];
  readonly publicNames?: readonly string[];
}

const vocabularies = new WeakMap<LiteralNameOptions, NameVocabulary>();

/** The vocabulary for literal names: the shared one, `LITERAL_SECRET_PHRASES`, and the options' phrases. */
function vocabularyOf(options: LiteralNameOptions): NameVocabulary {
  let found = vocabularies.get(options);
  if (!found) {
    found = {
      ...DEFAULT_NAME_VOCABULARY,
      secret: [...DEFAULT_NAME_VOCABULARY.secret, ...LITERAL_SECRET_PHRASES, ...(options.secretNames ?? []).map(nameWords)],
      public: [...DEFAULT_NAME_VOCABULARY.public, ...(options.publicNames ?? []).map(nameWords)],
    };
    vocabularies.set(options, found);
  }
  return found;
}

/** Whether a binding, property, class field or parameter named `name` holds a secret when it holds a credential-like literal. */
export function isSecretLiteralName(name: string, options: LiteralNameOptions = {}): boolean {
  return classifyName(name, vocabularyOf(options)) === 'secret';
}
