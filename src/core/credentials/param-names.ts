/**
 * Which query parameters carry credentials, by their name: the vocabulary's lists (core/credentials/
 * vocabulary.ts) read as one verdict per name, for no-token-in-url.
 *
 * - `credential`: a listed name (`access_token`, `appid`, `password`, the rule's `params`), or a name
 *   whose words say what it carries (`secret_token`, `refreshToken`, `oauth_token_secret`);
 * - `generic`: a name that carries a credential only sometimes (`token`, `key`, `auth`, `jwt`, `secret`);
 * - `incidental`: a credential-worded name of a pagination, one-time-link, anti-forgery or browser
 *   token (`reset_token`, `page_token`, `csrf_token`, `client_token`), whose values are random by nature;
 * - `none`: anything else (`page`, `token_type`, `client_id`, `max_tokens`).
 */
import {
  CREDENTIAL_PARAM_WORDS,
  GENERIC_PARAMS,
  METADATA_NAME_ENDINGS,
  NOT_CREDENTIAL_PARAM_WORDS,
  NOT_CREDENTIAL_TOKEN_WORDS,
  PARAM_METADATA_ENDINGS,
  PUBLIC_PARAMS,
  nameSet,
  nameWords,
  normalizeName,
} from './vocabulary.js';

export type ParamClass = 'credential' | 'generic' | 'incidental' | 'none';

const GENERIC = nameSet(GENERIC_PARAMS);
const PUBLIC = nameSet(PUBLIC_PARAMS);
const CREDENTIAL_WORDS = new Set(CREDENTIAL_PARAM_WORDS);
const NOT_CREDENTIAL_WORDS = new Set(NOT_CREDENTIAL_PARAM_WORDS);
const NOT_CREDENTIAL_TOKEN = new Set(NOT_CREDENTIAL_TOKEN_WORDS);
const ENDINGS = [...METADATA_NAME_ENDINGS, ...PARAM_METADATA_ENDINGS].map((ending) => ` ${ending}`);

/**
 * The class of a parameter name, given the rule's credential names and allowed names (both
 * normalised, `normalizeName`). Allowed names are `none`, listed names `credential`; the words of
 * other names are read only when `byWords` (the rule's built-in list is in use, not replaced).
 */
export function classifyParam(name: string, credentialNames: ReadonlySet<string>, allowed: ReadonlySet<string>, byWords = true): ParamClass {
  const normalized = normalizeName(name);
  if (allowed.has(normalized)) return 'none';
  if (credentialNames.has(normalized)) return 'credential';
  if (PUBLIC.has(normalized)) return 'none';
  if (GENERIC.has(normalized)) return 'generic';
  return byWords ? wordClass(nameWords(name)) : 'none';
}

const wordClasses = new Map<string, ParamClass>();

/** The class a name's words give it (cached: a file asks the same names again and again). */
function wordClass(words: string): ParamClass {
  let found = wordClasses.get(words);
  if (found === undefined) {
    found = computeWordClass(words);
    if (wordClasses.size < 4096) wordClasses.set(words, found);
  }
  return found;
}

function computeWordClass(words: string): ParamClass {
  const list = words.split(' ');
  const credentialWords = list.filter((word) => CREDENTIAL_WORDS.has(word));
  if (credentialWords.length === 0) return 'none';
  if (ENDINGS.some((ending) => ` ${words}`.endsWith(ending))) return 'none';
  if (list.some((word) => NOT_CREDENTIAL_WORDS.has(word))) return 'incidental';
  const tokenOnly = credentialWords.every((word) => word === 'token');
  return tokenOnly && list.some((word) => NOT_CREDENTIAL_TOKEN.has(word)) ? 'incidental' : 'credential';
}
