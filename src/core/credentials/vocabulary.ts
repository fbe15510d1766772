/**
 * The plugin's vocabulary, as data in one place: which query-parameter names carry credentials, which
 * request headers carry secrets, and which identifier names are secret-ish or public. Rules read these
 * lists as defaults that users extend or replace through options.
 *
 * Names are compared after `normalizeName`: case-insensitive, with `-`, `_`, `.` and spaces ignored, so
 * `access_token`, `access-token`, `accessToken` and `ACCESS_TOKEN` are one name. Names always match
 * whole, never as substrings (`next_page_token` is not `token`).
 */

export function normalizeName(name: string): string {
  return name.toLowerCase().replaceAll(/[\s._-]/gu, '');
}

export function nameSet(names: Iterable<string>): ReadonlySet<string> {
  return new Set(Array.from(names, normalizeName));
}

/**
 * Query-parameter names whose value is a credential. `token` alone is left out: reset, invite and
 * e-mail verification links carry one-time tokens in the URL by design (add it with `extraParams`).
 */
export const CREDENTIAL_PARAMS: readonly string[] = [
  'access_token',
  'api_key',
  'apikey',
  'api_token',
  'api_secret',
  'app_token',
  'app_secret',
  'auth_token',
  'client_secret',
  'consumer_secret',
  'private_key',
  'private_token',
  'refresh_token',
  'secret_key',
  'x-api-key',
  'X-VTEX-API-AppKey',
  'X-VTEX-API-AppToken',
  // provider API-key parameters: OpenWeather `appid`, `app_key` (Edamam, Oxford…), Azure's
  // `subscription-key` (the query form of Ocp-Apim-Subscription-Key); `api-key` is `apikey`
  'appid',
  'app_key',
  'subscription_key',
  'Ocp-Apim-Subscription-Key',
  // apilayer's APIs (ipstack, weatherstack, marketstack, fixer, …) `access_key`, HubSpot's former
  // `hapikey`, DeepL's former `auth_key`
  'access_key',
  'hapikey',
  'auth_key',
  // passwords by their usual query names
  'password',
  'passwd',
  'pwd',
];

/**
 * Generic parameter names: alone they carry a credential only sometimes (reset and invite links,
 * Google-style browser `key=`), so no-token-in-url reports them only when the value says so (a
 * literal of credential shape, a value named as a credential).
 */
export const GENERIC_PARAMS: readonly string[] = ['token', 'key', 'auth', 'jwt', 'secret'];

/**
 * Words that make a parameter name say what it carries (`secret_token`, `refreshToken`, `new_password`,
 * `oauth_token_secret`): a name whose words hold one is a credential parameter, unless it is generic
 * alone (`token`, `secret`), ends with a metadata word (`token_type`, `id_token_hint`, `token_expires_in`,
 * `PARAM_METADATA_ENDINGS`) or holds a word of `NOT_CREDENTIAL_PARAM_WORDS` (or, with `token` as its
 * only credential word, of `NOT_CREDENTIAL_TOKEN_WORDS`).
 */
export const CREDENTIAL_PARAM_WORDS: readonly string[] = ['secret', 'token', 'password', 'passwd', 'pwd'];

/**
 * Words that, in a parameter name with a credential word, say the value is no credential the caller
 * owns: pagination and sync cursors (`pageToken`, `next_token`, `continuation_token`, `$skiptoken`),
 * one-time links sent by e-mail (`reset_token`, `invite_token`, `confirmation_token`,
 * `reset_password`), anti-forgery and bot checks (`csrf_token`, `authenticity_token`,
 * `recaptcha_token`), protocol values meant for the URL (OpenID `id_token_hint`, OAuth 1 `oauth_token`
 * and `request_token` in authorize redirects, AWS `X-Amz-Security-Token` in presigned URLs, Okta's
 * one-time `sessionToken`), tokens made for browsers or devices (Braintree `client_token`, Plaid
 * `link_token`, `public_token`, push `device_token`), axios's `cancelToken`, VTEX's `segmentToken`
 * (locale and sales channel), a payment `card_token`. Such a name is generic: reported only when its
 * value says credential.
 */
export const NOT_CREDENTIAL_PARAM_WORDS: readonly string[] = [
  // pagination, sync
  'page', 'next', 'prev', 'previous', 'continuation', 'cursor', 'sync', 'delta', 'skip', 'start', 'resume',
  // one-time links
  'reset', 'forgot', 'invite', 'invitation', 'verify', 'verification', 'confirm', 'confirmation', 'activation', 'activate',
  'unsubscribe', 'magic', 'email', 'signup', 'registration', 'recovery', 'share', 'download',
  // anti-forgery, bot checks, protocol values
  'csrf', 'xsrf', 'authenticity', 'form', 'state', 'nonce', 'captcha', 'recaptcha', 'hcaptcha', 'turnstile',
  'public', 'publishable',
];

/**
 * Words that make a parameter generic when `token` is its only credential word (`client_token`,
 * `oauth_token`, but `client_secret` and `oauth_token_secret` stay credentials): see
 * `NOT_CREDENTIAL_PARAM_WORDS`.
 */
export const NOT_CREDENTIAL_TOKEN_WORDS: readonly string[] = [
  // protocol values meant for the URL
  'id', 'oauth', 'request', 'security', 'session',
  // made for browsers and devices, or no credential at all
  'client', 'link', 'device', 'push', 'fcm', 'apns', 'notification', 'cancel', 'segment',
  // a payment card's one-time token (Mercado Pago, Stripe `tok_`) stands for a card, not an account
  'card',
];

/**
 * Last words that say a credential-worded parameter holds something about a credential, on top of
 * `METADATA_NAME_ENDINGS` (`token_type`, `token_expires_in`, `id_token_hint`): its id or hash.
 */
export const PARAM_METADATA_ENDINGS: readonly string[] = ['id', 'ids', 'hash', 'digest', 'hint', 'index', 'kind'];

/** Parameter names that are public by design, whatever their words: OAuth `client_id`, `public_key`. */
export const PUBLIC_PARAMS: readonly string[] = ['client_id', 'public_key', 'publishable_key', 'site_key', 'sitekey', 'anon_key'];

export type HeaderKind = 'authorization' | 'secret' | 'identifier';

export interface HeaderInfo {
  readonly name: string;
  readonly kind: HeaderKind;
  /** The provider this header belongs to, when it is a provider's own. */
  readonly provider?: string;
  /** A custom header of an app's own API, in no list (`X-Admin-Token`: `isCustomCredentialHeader`). */
  readonly custom?: boolean;
}

/**
 * Request headers that carry credentials. `authorization` headers hold a scheme and a credential;
 * `secret` headers hold the credential itself; `identifier` headers name an integration and are not
 * secret alone (VTEX's app key goes with the secret app token).
 */
export const CREDENTIAL_HEADERS: readonly HeaderInfo[] = [
  { name: 'Authorization', kind: 'authorization' },
  { name: 'Proxy-Authorization', kind: 'authorization' },
  { name: 'X-VTEX-API-AppToken', kind: 'secret', provider: 'VTEX' },
  { name: 'X-VTEX-API-AppKey', kind: 'identifier', provider: 'VTEX' },
  { name: 'X-API-Key', kind: 'secret' },
  { name: 'API-Key', kind: 'secret' },
  { name: 'apikey', kind: 'secret' },
  { name: 'X-API-Token', kind: 'secret' },
  { name: 'X-API-Secret', kind: 'secret' },
  { name: 'X-Auth-Token', kind: 'secret' },
  { name: 'X-Auth-Key', kind: 'secret', provider: 'Cloudflare' },
  { name: 'X-Access-Token', kind: 'secret' },
  { name: 'X-Secret-Key', kind: 'secret' },
  { name: 'X-Client-Secret', kind: 'secret' },
  { name: 'Private-Token', kind: 'secret', provider: 'GitLab' },
  { name: 'X-Shopify-Access-Token', kind: 'secret', provider: 'Shopify' },
  { name: 'X-Goog-Api-Key', kind: 'secret', provider: 'Google' },
  { name: 'Ocp-Apim-Subscription-Key', kind: 'secret', provider: 'Azure' },
  { name: 'X-Vault-Token', kind: 'secret', provider: 'Vault' },
  { name: 'X-Figma-Token', kind: 'secret', provider: 'Figma' },
  { name: 'X-Postmark-Server-Token', kind: 'secret', provider: 'Postmark' },
  { name: 'X-Postmark-Account-Token', kind: 'secret', provider: 'Postmark' },
  { name: 'X-RapidAPI-Key', kind: 'secret', provider: 'RapidAPI' },
  { name: 'DD-API-KEY', kind: 'secret', provider: 'Datadog' },
  { name: 'DD-APPLICATION-KEY', kind: 'secret', provider: 'Datadog' },
  { name: 'Circle-Token', kind: 'secret', provider: 'CircleCI' },
  { name: 'X-Cg-Pro-Api-Key', kind: 'secret', provider: 'CoinGecko' },
  // CoinMarketCap's name has `_` between its words, which the custom headers' form (`X-…-Key`) does
  // not; its provider is the name's own `CMC`, so that the env suggestion reads `CMC_PRO_API_KEY`, the
  // name CoinMarketCap's docs give the key
  { name: 'X-CMC_PRO_API_KEY', kind: 'secret', provider: 'CMC' },
  { name: 'CF-Access-Client-Secret', kind: 'secret', provider: 'Cloudflare' },
  { name: 'X-Mailgun-Api-Key', kind: 'secret', provider: 'Mailgun' },
  // an Azure Functions function or host key (`?code=` is its query form)
  { name: 'x-functions-key', kind: 'secret', provider: 'Azure' },
  // a proxy's or gateway's copy of Authorization, with its scheme
  { name: 'X-Authorization', kind: 'authorization' },
  // RapidAPI's former name (its marketplace still reads it), Appwrite's server key, CoinAPI (no provider:
  // the name says it, `COIN_API_KEY`), Bunny's storage key
  { name: 'X-Mashape-Key', kind: 'secret', provider: 'Mashape' },
  { name: 'X-Appwrite-Key', kind: 'secret', provider: 'Appwrite' },
  { name: 'X-CoinAPI-Key', kind: 'secret' },
  { name: 'AccessKey', kind: 'secret', provider: 'Bunny' },
  // Pinata's pair: the key names the account, the secret is the credential (its `_` are not the custom headers' `-`)
  { name: 'pinata_secret_api_key', kind: 'secret', provider: 'Pinata' },
  { name: 'pinata_api_key', kind: 'identifier', provider: 'Pinata' },
  // Shopify's Storefront API: the public token is made for browser code; the private one is not
  { name: 'X-Shopify-Storefront-Access-Token', kind: 'identifier', provider: 'Shopify' },
  { name: 'Shopify-Storefront-Private-Token', kind: 'secret', provider: 'Shopify' },
];

/** Query parameters whose value belongs in a header other than one of the same name, and which header. */
const HEADER_FOR_PARAM: ReadonlyMap<string, string> = new Map([
  ['accesstoken', 'Authorization'],
  ['authtoken', 'Authorization'],
  ['apitoken', 'Authorization'],
  ['apikey', 'Authorization'],
  ['privatetoken', 'Authorization'],
  ['subscriptionkey', 'Ocp-Apim-Subscription-Key'],
  ['xapikey', 'X-API-Key'],
  // not Bunny's `AccessKey` header, which shares the name: apilayer's, HubSpot's and DeepL's keys
  ['accesskey', 'Authorization'],
  ['hapikey', 'Authorization'],
  ['authkey', 'Authorization'],
  ['xvtexapiappkey', 'X-VTEX-API-AppKey'],
  ['xvtexapiapptoken', 'X-VTEX-API-AppToken'],
]);

const paramHeaderMaps = new WeakMap<readonly HeaderInfo[], ReadonlyMap<string, string>>();

/**
 * Query-parameter name (normalized) → the request header its value belongs in: the built-in map,
 * then every credential header of the built-in list and of `settingsHeaders` (a company's
 * `settings.credentials.headers`) under its own name (`?X-VTEX-API-AppToken=` → `X-VTEX-API-AppToken`,
 * `?X-Acme-Key=` → `X-Acme-Key`). Built once per settings header list.
 */
export function paramHeaders(settingsHeaders: readonly HeaderInfo[]): ReadonlyMap<string, string> {
  let map = paramHeaderMaps.get(settingsHeaders);
  if (!map) {
    const built = new Map(HEADER_FOR_PARAM);
    for (const info of [...settingsHeaders, ...CREDENTIAL_HEADERS]) {
      const key = normalizeName(info.name);
      if (!built.has(key)) built.set(key, info.name);
    }
    map = built;
    paramHeaderMaps.set(settingsHeaders, map);
  }
  return map;
}

/**
 * Authorization schemes recognised in a header value (case-insensitive), split off before the
 * credential: the standard ones, then providers' own (Kakao's REST key, DeepL, Zoho, Opsgenie, GoDaddy,
 * Splunk's HTTP Event Collector, Klaviyo). A list, not any word: the scheme is printed in messages,
 * and a first word of no list may be a piece of the credential itself.
 */
export const AUTH_SCHEMES: readonly string[] = [
  'Bearer', 'Basic', 'Token', 'Bot', 'token', 'OAuth', 'Digest', 'ApiKey', 'Api-Key', 'Key', 'SSWS', 'JWT',
  'KakaoAK', 'DeepL-Auth-Key', 'Zoho-oauthtoken', 'GenieKey', 'sso-key', 'Splunk', 'Klaviyo-API-Key',
];

/**
 * Words that make an identifier (an env variable, a property, a constant) name a secret. Matched
 * against the words of the name (`MP_ACCESS_TOKEN` → mp, access, token), as whole words or pairs.
 */
export const SECRET_NAME_PATTERNS: readonly string[] = [
  'secret',
  'private key',
  'private token',
  'access token',
  'app token',
  'auth token',
  'refresh token',
  'api token',
  'client secret',
  'password',
  'passwd',
  'service role',
  'service key',
  'admin key',
  // Algolia's keys beside its search-only one
  'admin api key',
  'write api key',
  'master key',
  'signing key',
  'webhook secret',
  'secret key',
  'api secret',
];

/**
 * Words that make a name public whatever else it holds: `PUBLIC_KEY`, `PUBLISHABLE_KEY`,
 * `CLIENT_ID`, `ANON_KEY`, `SITE_KEY`. Public beats secret-ish (`STRIPE_PUBLISHABLE_KEY`).
 */
export const PUBLIC_NAME_PATTERNS: readonly string[] = [
  'public',
  'publishable',
  'client id',
  'app id',
  'anon key',
  'site key',
  'measurement id',
  'tracking id',
  'dsn',
  'mapbox access token',
];

/**
 * `API_KEY` is ambiguous: Firebase and Google Maps keys are public by design, OpenAI and SendGrid keys
 * are not. A name with `api key` is secret when it names one of these providers, public when it names
 * one of `PUBLIC_API_KEY_PROVIDERS`, and otherwise only reported by the stricter options.
 */
export const SECRET_API_KEY_PROVIDERS: readonly string[] = [
  'openai', 'open ai', 'anthropic', 'stripe', 'sendgrid', 'mailgun', 'twilio', 'resend', 'mercadopago', 'mp',
  'vtex', 'github', 'gitlab', 'slack', 'aws', 'shopify', 'postmark', 'brevo', 'mailchimp', 'groq',
  'mistral', 'cohere', 'replicate', 'huggingface', 'hf', 'pinecone', 'deepseek', 'elevenlabs',
  // more AI APIs, billed per call to the key's account
  'gemini', 'openrouter', 'perplexity', 'claude', 'xai', 'grok', 'deepgram', 'assemblyai', 'assembly ai', 'stability',
  // the data APIs that hand-written frontends call (weather, movies, news, markets, food, places): each
  // key is its account's, metered, and none of these providers issues a browser key
  'weather', 'openweather', 'openweathermap', 'owm', 'accuweather', 'weatherstack',
  'tmdb', 'themoviedb', 'moviedb', 'movie db', 'omdb',
  'news', 'newsapi', 'gnews', 'nyt', 'nytimes',
  'rapidapi', 'rapid api', 'alphavantage', 'alpha vantage', 'finnhub', 'coinmarketcap', 'twelvedata', 'twelve data',
  'spoonacular', 'edamam', 'yelp', 'pexels', 'airtable', 'notion',
  // chat bots: a bot token is its owner's account
  'telegram', 'discord',
];

/**
 * Secret providers whose bare `KEY` may name something else: a browser key (Stripe's and Mercado Pago's
 * public keys, Mailgun's), an identifier (VTEX's app key, an AWS key id, a Twilio API key SID), an SSH
 * or app key (GitHub, GitLab, Shopify, Slack), a bot's key pair (Telegram, Discord), or a list item
 * (`newsKey`).
 */
const BARE_KEY_AMBIGUOUS: ReadonlySet<string> = new Set(['stripe', 'mercadopago', 'mp', 'mailgun', 'vtex', 'aws', 'twilio', 'github', 'gitlab', 'shopify', 'slack', 'telegram', 'discord', 'news']);

/**
 * Providers whose one key is their secret API key, so that a name of the provider and a bare `key`
 * (`OWM_KEY`, `tmdbKey`, `OPENAI_KEY`) is secret as `OWM_API_KEY` is: the secret providers but those
 * of `BARE_KEY_AMBIGUOUS`, whose bare `KEY` names stay neutral.
 */
export const SECRET_KEY_PROVIDERS: readonly string[] = SECRET_API_KEY_PROVIDERS.filter((provider) => !BARE_KEY_AMBIGUOUS.has(provider));

export const PUBLIC_API_KEY_PROVIDERS: readonly string[] = [
  // Mapbox public tokens (`pk.…`) and Contentful delivery tokens are made for browsers
  'mapbox', 'contentful delivery',
  'firebase', 'google maps', 'maps', 'places', 'recaptcha', 'algolia search', 'search only',
  'posthog', 'amplitude', 'segment', 'mixpanel', 'sentry', 'typesense search', 'youtube',
];

/**
 * Last words that say a name holds something *about* a credential, not the credential: where it is
 * (`PRIVATE_KEY_PATH`, `GOOGLE_CLIENT_SECRET_FILE`, `NEXT_PUBLIC_ACCESS_TOKEN_ROUTE`), how long it
 * lives (`AUTH_TOKEN_TTL`, `TOKEN_EXPIRATION_TIME_SECONDS`), its size or shape (`PASSWORD_MIN_LENGTH`,
 * `PASSWORD_PATTERN`), or the name it is stored or sent under (`ACCESS_TOKEN_STORAGE_KEY`,
 * `REFRESH_TOKEN_COOKIE_NAME`, `API_KEY_HEADER`), or what it selects (`AZURE_TOKEN_CREDENTIALS`, a
 * chain name; `AUTH_TOKEN_PROVIDER`, `ACCESS_TOKEN_SCOPES`), or a user-interface element (`PasswordInput`). A name that ends with one of these is neutral,
 * whatever secret word stands before it. Matched as the last word or words of the name.
 */
export const METADATA_NAME_ENDINGS: readonly string[] = [
  // where
  'route', 'routes', 'url', 'urls', 'uri', 'endpoint', 'path', 'paths', 'file', 'filename', 'file name', 'dir', 'directory',
  'location', 'host', 'domain',
  // how long, when
  'ttl', 'timeout', 'expiry', 'expiration', 'expires', 'expires in', 'expire', 'lifetime', 'max age', 'age', 'time', 'seconds',
  'secs', 'sec', 'ms', 'millis', 'minutes', 'mins', 'hours', 'days', 'interval', 'duration', 'at',
  // size and shape
  'length', 'len', 'size', 'min', 'max', 'count', 'limit', 'pattern', 'regex', 'regexp', 'format', 'type', 'version',
  // the name it goes by
  'storage key', 'cache key', 'local storage key', 'key name', 'name', 'header', 'header name', 'cookie', 'cookie name',
  'param', 'param name', 'parameter', 'field', 'field name', 'label', 'placeholder', 'title', 'message', 'error', 'hint',
  // flags
  'enabled', 'disabled', 'required', 'flag', 'mode',
  // what it selects or configures: a kind of credential, not one (`AZURE_TOKEN_CREDENTIALS=prod` picks a
  // credential chain; the plural `credentials` after a secret word is a noun naming a set or a kind)
  'credentials', 'chain', 'provider', 'providers', 'strategy', 'scope', 'scopes', 'issuer', 'audience', 'algorithm',
  // a user-interface element about a credential (`PasswordInput`, `ApiKeyDialog`, `tokenButton`): a
  // component or a DOM element, whose value is never the credential
  'input', 'button', 'dialog', 'modal', 'form', 'component', 'icon', 'toggle', 'view', 'page', 'screen',
];

export type NameClass = 'secret' | 'public' | 'ambiguous' | 'neutral';

/** Splits an identifier into lower-case words: `NEXT_PUBLIC_mpAccessToken` → next public mp access token. */
export function nameWords(name: string): string {
  return name
    .replaceAll(/([a-z\d])([A-Z])/gu, '$1 $2')
    .replaceAll(/(?<=[A-Z])(?=[A-Z][a-z])/gu, ' ')
    .toLowerCase()
    .split(/[^\da-z]+/u)
    .filter((w) => w.length > 0)
    .join(' ');
}

export interface NameVocabulary {
  /** Last words that make a name neutral (see `METADATA_NAME_ENDINGS`). */
  readonly metadataEndings: readonly string[];
  readonly secret: readonly string[];
  readonly public: readonly string[];
  readonly secretApiKeyProviders: readonly string[];
  readonly publicApiKeyProviders: readonly string[];
  /** Providers whose names end in a bare `key` are secret (`SECRET_KEY_PROVIDERS`). */
  readonly secretKeyProviders: readonly string[];
}

export const DEFAULT_NAME_VOCABULARY: NameVocabulary = {
  metadataEndings: METADATA_NAME_ENDINGS,
  secret: SECRET_NAME_PATTERNS,
  public: PUBLIC_NAME_PATTERNS,
  secretApiKeyProviders: SECRET_API_KEY_PROVIDERS,
  publicApiKeyProviders: PUBLIC_API_KEY_PROVIDERS,
  secretKeyProviders: SECRET_KEY_PROVIDERS,
};

/**
 * Classifies an identifier name: `neutral` when its last words say it holds metadata about a
 * credential (`PRIVATE_KEY_PATH`, `AUTH_TOKEN_TTL`), else `secret` (MP_ACCESS_TOKEN, STRIPE_SECRET_KEY, OPENAI_API_KEY),
 * `public` (MP_PUBLIC_KEY, NEXT_PUBLIC_FIREBASE_API_KEY is *not* public by prefix alone: the public
 * env prefixes are stripped by the caller), `ambiguous` (API_KEY with no known provider) or `neutral`.
 */
export function classifyName(name: string, vocabulary: NameVocabulary = DEFAULT_NAME_VOCABULARY): NameClass {
  let known = classified.get(vocabulary);
  if (!known) {
    known = new Map();
    classified.set(vocabulary, known);
  }
  let kind = known.get(name);
  if (kind === undefined) {
    // a file's names repeat across files (`token`, `apiKey`, `headers`): bounded, cleared when full
    if (known.size >= MAX_CLASSIFIED) known.clear();
    kind = classifyWords(` ${nameWords(name)} `, vocabulary);
    known.set(name, kind);
  }
  return kind;
}

/** Names classified per vocabulary (a vocabulary is made once per configuration), at most `MAX_CLASSIFIED` each. */
const classified = new WeakMap<NameVocabulary, Map<string, NameClass>>();
const MAX_CLASSIFIED = 20_000;

/** A vocabulary's phrases as `classifyWords` looks for them. */
interface SpacedVocabulary {
  /** The metadata endings, as words (`file name`), when every one is lower-case words joined by single spaces. */
  readonly endings: ReadonlySet<string> | undefined;
  /** The most words an ending has. */
  readonly endingWords: number;
  /** The other phrases with a space before and after each (` secret key `). */
  readonly metadataEndings: readonly string[];
  readonly secret: readonly string[];
  readonly public: readonly string[];
  readonly secretApiKeyProviders: readonly string[];
  readonly publicApiKeyProviders: readonly string[];
  readonly secretKeyProviders: readonly string[];
}

/** Made once per vocabulary, not once per phrase for every name classified. */
const spacedVocabularies = new WeakMap<NameVocabulary, SpacedVocabulary>();

function spacedVocabulary(vocabulary: NameVocabulary): SpacedVocabulary {
  let spaced = spacedVocabularies.get(vocabulary);
  if (!spaced) {
    const space = (phrases: readonly string[]): string[] => phrases.map((phrase) => ` ${phrase} `);
    const { metadataEndings } = vocabulary;
    spaced = {
      endings: metadataEndings.every((ending) => /^[\da-z]+(?: [\da-z]+)*$/u.test(ending)) ? new Set(metadataEndings) : undefined,
      endingWords: Math.max(0, ...metadataEndings.map((ending) => ending.split(' ').length)),
      metadataEndings: space(metadataEndings),
      secret: space(vocabulary.secret),
      public: space(vocabulary.public),
      secretApiKeyProviders: space(vocabulary.secretApiKeyProviders),
      publicApiKeyProviders: space(vocabulary.publicApiKeyProviders),
      secretKeyProviders: space(vocabulary.secretKeyProviders),
    };
    spacedVocabularies.set(vocabulary, spaced);
  }
  return spaced;
}

/**
 * Whether the name's last words are a metadata ending: its last one, two, … words looked up in a set
 * (a name is classified once per configuration, but a lint meets thousands of names).
 */
function endsWithMetadata(spaced: string, phrases: SpacedVocabulary): boolean {
  const { endings } = phrases;
  if (!endings) return phrases.metadataEndings.some((ending) => spaced.endsWith(ending));
  const end = spaced.length - 1;
  let start = end;
  for (let words = 0; words < phrases.endingWords && start > 0; words++) {
    start = spaced.lastIndexOf(' ', start - 1);
    if (start < 0) break;
    if (endings.has(spaced.slice(start + 1, end))) return true;
  }
  return false;
}

/** `spaced`: the name's words with a space before and after each (` stripe secret key `). */
function classifyWords(spaced: string, vocabulary: NameVocabulary): NameClass {
  const phrases = spacedVocabulary(vocabulary);
  const has = (phrase: string): boolean => spaced.includes(phrase);
  if (endsWithMetadata(spaced, phrases)) return 'neutral';
  if (phrases.public.some(has)) return 'public';
  // which credential, not one: `SECRET_ID` (the public half of Tencent Cloud's pair), a service
  // account's `private_key_id`, `TOKEN_IDS` (after the public names: `GOOGLE_CLIENT_ID` is public)
  if (spaced.endsWith(' id ') || spaced.endsWith(' ids ')) return 'neutral';
  if (phrases.secret.some(has)) return 'secret';
  if (has(' api key ') || has(' apikey ') || has(' token ')) {
    if (phrases.publicApiKeyProviders.some(has)) return 'public';
    if (phrases.secretApiKeyProviders.some(has)) return 'secret';
    return 'ambiguous';
  }
  // `OWM_KEY`: a bare `key` last, after a provider whose one key is secret
  if (spaced.endsWith(' key ') && !phrases.publicApiKeyProviders.some(has) && phrases.secretKeyProviders.some(has)) return 'secret';
  return 'neutral';
}

/** Prefixes that bundlers copy into client bundles (Next.js, Vite, CRA, SvelteKit/Astro, Nuxt, Expo, Gatsby, Vue CLI). */
export const PUBLIC_ENV_PREFIXES: readonly string[] = [
  'NEXT_PUBLIC_',
  'VITE_',
  'REACT_APP_',
  'NUXT_PUBLIC_',
  'PUBLIC_',
  'EXPO_PUBLIC_',
  'GATSBY_',
  'VUE_APP_',
];
