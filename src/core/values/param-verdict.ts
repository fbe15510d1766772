/**
 * The verdict on a query parameter's value, by what the parameter's name says (core/credentials/
 * param-names.ts) and what the value is (core/values/credential.ts), for no-token-in-url:
 *
 * - a credential parameter (`access_token`, `secret_token`, `password`): a run-time value not named
 *   as public or as an identifier (`appid=${appId}`), or a known value that is a private catalogued
 *   credential or looks like a secret;
 * - a generic parameter (`token`, `key`, `auth`): a known value of credential shape (a private
 *   catalogued credential, or one that passes the generic-secret value test of
 *   core/credentials/generic-secret.ts with the URL-parameter profile `URL_PARAM_LOOK`: a literal or
 *   a constant, or what a run-time read falls back on; one shorter than 16 characters only in a
 *   request), a value named as a
 *   credential (`?token=${accessToken}`), or, in a request only, a value whose name says which token
 *   it is (`?token=${serviceToken}`) or that it is an API key (`?key=${apiKey}`);
 * - an incidental one (`page_token`, `reset_token`, `csrf_token`: random by nature): the same, but of
 *   known values only a private catalogued credential;
 * - any other parameter: a known value with the exact shape of a private credential (`?k=APP_USR-…`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { FileFacts } from '../files/file.js';
import { CREDENTIAL_LOOK, URL_PARAM_LOOK, credentialLookRejection } from '../credentials/generic-secret.js';
import { fingerprint } from '../credentials/redact.js';
import { classifyParam } from '../credentials/param-names.js';
import { NOT_CREDENTIAL_PARAM_WORDS, NOT_CREDENTIAL_TOKEN_WORDS, classifyName, nameWords, normalizeName } from '../credentials/vocabulary.js';
import { APP_ID_SHAPES, expressionVerdict, knownValueVerdict, namesCredential, privateValueVerdict, stripPublicPrefix, type ValueVerdict } from './credential.js';
import { fallbackOf } from '../sinks/fallbacks.js';
import type { StringPart } from './static.js';
import type { Values } from './resolver.js';

/** What a verdict depends on: the file, its values, and the rule's names (normalised). */
export interface ParamJudge {
  readonly facts: FileFacts;
  readonly values: Values;
  readonly credentialNames: ReadonlySet<string>;
  readonly allowed: ReadonlySet<string>;
  /** Whether names are also read by their words (`secret_token`): the built-in list is in use. */
  readonly byWords: boolean;
}

/**
 * Values of credential shape that are browser keys by design: Google API keys (`AIza…`, restricted by
 * referrer, sent as `key=` to Maps, YouTube, Fonts). A generic parameter holding one stays silent.
 */
const BROWSER_KEY_SHAPES: readonly RegExp[] = [/^AIza[\w-]{35}$/u];

/** What a generic parameter's value may be and still be public: a browser key, or an app's public id (`APP_ID_SHAPES`). */
const PUBLIC_VALUE_SHAPES: readonly RegExp[] = [...BROWSER_KEY_SHAPES, ...APP_ID_SHAPES];

/** Words in a value's name that say it is not the caller's credential (`resetToken`, `pageToken`, `idToken`). */
const NOT_CREDENTIAL_VALUE_WORDS: ReadonlySet<string> = new Set([...NOT_CREDENTIAL_PARAM_WORDS, ...NOT_CREDENTIAL_TOKEN_WORDS]);

/**
 * The verdict on a parameter whose value is made of `parts` (a string) or is `valueNode` (a query object's
 * entry). `asKey`: the URL's host says the parameter is its API key (`hostKeyParam` of
 * core/values/url.ts), which makes it a generic parameter whatever its name.
 */
export function paramVerdict(
  judge: ParamJudge,
  name: string,
  parts: readonly StringPart[] | undefined,
  valueNode: TSESTree.Node | undefined,
  asKey = false,
): ValueVerdict | undefined {
  const texts = parts?.flatMap((p) => (p.kind === 'text' ? [p.value] : []));
  if (parts && texts?.length === parts.length) return textParamVerdict(judge, name, texts.join(''), asKey);
  // a value with a hole: the verdict on the value it starts with (`?access_token=${token}`)
  const hole = parts ? parts.find((p) => p.kind === 'hole')?.node : valueNode;
  const kind = asKey ? 'generic' : classifyParam(name, judge.credentialNames, judge.allowed, judge.byWords);
  if (kind === 'credential') {
    if (!hole) return undefined;
    const verdict = expressionVerdict(judge.facts, judge.values, hole);
    return verdict?.kind === 'dynamic' && judge.values.names(hole).some((n) => namesIdentifier(n) || namesOneTimeCode(n)) ? undefined : verdict;
  }
  // a generic name counts only when its whole value is one hole
  if ((kind !== 'generic' && kind !== 'incidental') || !hole || (parts && parts.length !== 1)) return undefined;
  const known = judge.values.text(hole);
  if (known !== undefined) return knownGenericVerdict(judge.facts, kind, known);
  // a run-time read with a hard-coded value to fall back on (`?key=${process.env.K || '…'}`, or
  // `NEWS_KEY` imported with one): that value, when it is a credential; else what the names say
  const fallback = fallbackOf(judge.values, hole, judge.values.scope(hole));
  const verdict = fallback && knownGenericVerdict(judge.facts, kind, fallback.text);
  if (verdict) return verdict;
  const names = judge.values.names(hole);
  if (names.some(namesCredential)) return { kind: 'dynamic' };
  return names.some(namesWhichToken) || names.some(namesApiKey) ? { kind: 'dynamic', requestOnly: true } : undefined;
}

/** A generic (`token`, `key`) or incidental (`page_token`) parameter's known value. */
function knownGenericVerdict(facts: FileFacts, kind: 'generic' | 'incidental', text: string): ValueVerdict | undefined {
  const value = safeDecode(text).trim();
  return kind === 'generic' ? genericTextVerdict(facts, value) : privateValueVerdict(facts, value);
}

/** The verdict on a parameter whose value is known text (`?access_token=APP_USR-…`, `?token=…`, `?k=…`). */
export function textParamVerdict(judge: ParamJudge, name: string, text: string, asKey = false): ValueVerdict | undefined {
  const kind = asKey ? 'generic' : classifyParam(name, judge.credentialNames, judge.allowed, judge.byWords);
  if (kind === 'credential') return knownValueVerdict(judge.facts, safeDecode(text));
  if (kind === 'generic') return genericTextVerdict(judge.facts, safeDecode(text).trim());
  if (judge.allowed.has(normalizeName(name))) return undefined;
  // any parameter whose literal value has the exact shape of a private credential (`?k=APP_USR-…`)
  return privateValueVerdict(judge.facts, safeDecode(text).trim());
}

/**
 * A known value of a generic parameter: a private catalogued credential, or an uncatalogued value
 * that passes the generic-secret value test and is no browser key. Placeholders and test dummies are not.
 */
function genericTextVerdict(facts: FileFacts, value: string): ValueVerdict | undefined {
  const match = facts.identify(value);
  if (match) return privateValueVerdict(facts, value);
  if (credentialLookRejection(value, URL_PARAM_LOOK) !== undefined || PUBLIC_VALUE_SHAPES.some((shape) => shape.test(value))) return undefined;
  if (!facts.isReportable(value, undefined)) return undefined;
  // a short value (`URL_PARAM_LOOK`) only where a known call requests the URL: not a link or a navigation
  return value.length < CREDENTIAL_LOOK.minLength ? { kind: 'static', fingerprint: fingerprint(value), requestOnly: true } : { kind: 'static', fingerprint: fingerprint(value) };
}

/** `appId`, `APP_ID`, `config.appid`, `clientId`: a value named as an identifier is no key. */
function namesIdentifier(name: string): boolean {
  const words = nameWords(name);
  return / id$/u.test(` ${words}`) || /^(?:.* )?(?:appid|clientid)$/u.test(words);
}

/**
 * `code`, `emailCode`, `otp`, `pin`: a one-time code the user typed or received, which login flows send
 * in the URL (VTEX ID's `accesskey` is the code e-mailed to the shopper), not a credential the app keeps.
 */
function namesOneTimeCode(name: string): boolean {
  return / (?:code|otp|pin|passcode)$/u.test(` ${nameWords(name)}`);
}

/**
 * `serviceToken`, `userToken`, `this.props.apiToken`: a name that ends with `token` and says which
 * token, none of pagination, one-time links, anti-forgery or devices (`pageToken`, `resetToken`,
 * `csrfToken`, `idToken`, `fcmToken`), and not public.
 */
function namesWhichToken(name: string): boolean {
  const words = nameWords(stripPublicPrefix(name)).split(' ');
  if (words.length < 2 || words.at(-1) !== 'token') return false;
  if (words.some((word) => NOT_CREDENTIAL_VALUE_WORDS.has(word))) return false;
  return classifyName(stripPublicPrefix(name)) !== 'public';
}

/**
 * `apiKey`, `WEATHER_API_KEY`, `this.apiKey`: a name that ends with `api key` (or `apikey`) and is not
 * public (`GOOGLE_MAPS_API_KEY`, `firebaseApiKey` are browser keys). An API key in a requested URL's
 * `?key=`; the keys made for URLs are silent by their host (`URL_KEY_HOSTS`: maps, Firebase Auth).
 */
function namesApiKey(name: string): boolean {
  const bare = stripPublicPrefix(name);
  return /(?:^| )api ?key$/u.test(nameWords(bare)) && classifyName(bare) !== 'public';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
