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

/** The thresholds of the value test, as `credentialLookRejection` takes them. */
export interface CredentialLook {
  readonly minLength: number;
  /** A value shorter than `CREDENTIAL_LOOK.minLength` may be hex only (a provider's short key). */
  readonly hexKeys?: boolean;
  /**
   * For a value shorter than `CREDENTIAL_LOOK.minLength`: the entropy it needs is this many bits per
   * character below the most its length allows (`log2(length)`), at most `CREDENTIAL_LOOK.minEntropy`
   * (8 characters: 2 bits, which 8 distinct characters give 3). Absent: `CREDENTIAL_LOOK.minEntropy`.
   */
  readonly entropyBelowMax?: number;
}

/**
 * The profile for a literal (or a constant's value) in a request URL's credential or generic query
 * parameter (`?token=`, `?key=`, `?apikey=`), for no-token-in-url (issue 17): a value written by hand
 * there is never a one-time link, so values from 12 characters count (a 12-character base62 key holds
 * about 71 bits). Every other test of `CREDENTIAL_LOOK` still applies, and a value shorter than
 * `CREDENTIAL_LOOK.minLength` must also pass the short-value tests (`shortValueRejection`): letters and
 * digits only (`en-US-v2-a9b` is a name), not hex only (a short commit or content hash, an id), no
 * word of four letters or more in one case (`v1beta2alpha`), no run of three letters or digits in
 * order (`abc123`, `test1234`), no dummy word (`demo`, `test`, `guest`, `qwerty`).
 */
export const URL_PARAM_LOOK: CredentialLook = { minLength: 12 };

/**
 * The profile for a literal in a query parameter whose name says it holds a credential (`?apikey=`,
 * `?api_key=`, `?access_key=`; not a generic `?key=`), for no-token-in-url: the name already says
 * credential, so values from 8 characters count, hex ones too (OMDb's keys are 8 hex digits, many
 * providers' are 10 to 15), with the entropy their length allows (`entropyBelowMax`). The other
 * short-value tests still apply: letters and digits only, mixed, no word (but in hex, where `cafe` and
 * `face` come by chance), no run in order (`abcd1234`), no dummy word (`demo1234`, `mykey123`).
 */
export const NAMED_PARAM_LOOK: CredentialLook = { minLength: 8, hexKeys: true, entropyBelowMax: 1 };

/**
 * Words that make a short value a demo or test value (`DemoKey2024x`, `guest7user9`): data, matched
 * anywhere in the value, ignoring case. Random 12-character tokens hold one of these rarely.
 */
export const SHORT_VALUE_DUMMY_WORDS: readonly string[] = [
  'demo', 'test', 'guest', 'sample', 'example', 'fake', 'dummy', 'mock', 'temp', 'default', 'admin', 'user', 'pass',
  'secret', 'token', 'key', 'api', 'free', 'trial', 'public', 'sandbox', 'dev', 'local', 'value', 'qwerty', 'asdf', 'zxcv',
];

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
  | 'low-entropy'
  | 'separator'
  | 'hex-id'
  | 'sequence'
  | 'dummy';

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
function isWords(value: string, minSwitches: number): boolean {
  if (/\d/u.test(value)) {
    const mixed = value.split(/[._~-]/u).some((piece) => /\d/u.test(piece) && /[a-z]/iu.test(piece));
    return !mixed || switches(value, letterOrDigit) < minSwitches;
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

const HEX_ONLY = /^[\da-f]+$|^[\dA-F]+$/u;
const DUMMY_IN_SHORT_VALUE = new RegExp(SHORT_VALUE_DUMMY_WORDS.join('|'), 'iu');

/** Whether three letters or three digits follow each other in order, up or down, ignoring the other class (`a1b2c3`, `xyz`, `987`). */
function hasSequence(value: string): boolean {
  const lower = value.toLowerCase();
  for (const kind of [/[a-z]/u, /\d/u]) {
    // the value's alphabet is ASCII (`CREDENTIAL_ALPHABET`): one code unit per character
    const codes: number[] = [];
    for (let i = 0; i < lower.length; i++) if (kind.test(lower.charAt(i))) codes.push(lower.charCodeAt(i));
    for (let i = 2; i < codes.length; i++) {
      const step = (codes[i - 1] ?? 0) - (codes[i - 2] ?? 0);
      if ((step === 1 || step === -1) && (codes[i] ?? 0) - (codes[i - 1] ?? 0) === step) return true;
    }
  }
  return false;
}

/** A run of four letters or more in one case (or a capitalised word) with a vowel: a word in a short value (`v1beta2alpha`). */
const WORD_RUN = /(?:^|[^A-Za-z])(?=[A-Za-z]*[AEIOUYaeiouy])(?:[A-Z][a-z]{3,}|[a-z]{4,}|[A-Z]{4,})(?![A-Za-z])/u;

/** The tests only a value shorter than `CREDENTIAL_LOOK.minLength` must pass (see `URL_PARAM_LOOK`). */
function shortValueRejection(value: string, look: CredentialLook): Rejection | undefined {
  if (!/^[\dA-Za-z]+$/u.test(value)) return 'separator';
  const hex = HEX_ONLY.test(value);
  if (hex && look.hexKeys !== true) return 'hex-id';
  // hex digits spell `cafe`, `dead`, `face` by chance: a word only counts in other values
  if (!hex && WORD_RUN.test(value)) return 'words';
  if (hasSequence(value)) return 'sequence';
  if (DUMMY_IN_SHORT_VALUE.test(value)) return 'dummy';
  return undefined;
}

/**
 * The first test `value` fails, in the order of the table: `undefined` when the value looks like a
 * credential. Catalogued formats are not asked here (the catalogue knows them better). `look`: the
 * profile (`URL_PARAM_LOOK` lowers the minimum length, and asks short values for more).
 */
export function credentialLookRejection(value: string, look: CredentialLook = CREDENTIAL_LOOK): Rejection | undefined {
  if (value.length < look.minLength) return 'short';
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
  const short = value.length < CREDENTIAL_LOOK.minLength;
  // a short hex key under `hexKeys` needs only to mix letters and digits: a random 8-digit one switches
  // between them fewer than `minLetterDigitSwitches` times about half the time (`6619fa07`)
  const hexKey = short && look.hexKeys === true && HEX_ONLY.test(value);
  if (isWords(value, hexKey ? 1 : CREDENTIAL_LOOK.minLetterDigitSwitches)) return 'words';
  const minEntropy = short && look.entropyBelowMax !== undefined ? Math.min(CREDENTIAL_LOOK.minEntropy, Math.log2(value.length) - look.entropyBelowMax) : CREDENTIAL_LOOK.minEntropy;
  if (entropy(value) < minEntropy) return 'low-entropy';
  return short ? shortValueRejection(value, look) : undefined;
}

/**
 * Phrases that make a literal's name secret on top of the shared vocabulary: a deploy key or a
 * service, bot, CI or admin token written in code is the app's own credential, and so is a bearer
 * token, an encryption key or an HMAC key written there (a browser bundle that holds one can decrypt
 * or sign what the server trusts), whereas as an env variable name these stay as the vocabulary has them.
 */
export const LITERAL_SECRET_PHRASES: readonly string[] = [
  'deploy key', 'deploy token', 'service token', 'bot token', 'ci token', 'admin token', 'master token', 'root token',
  'bearer token', 'encryption key', 'hmac key',
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
