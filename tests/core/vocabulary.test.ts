import { describe, expect, it } from 'vitest';
import { DEFAULT_NAME_VOCABULARY, classifyName, nameSet, nameWords, normalizeName, paramHeaders } from '../../src/core/credentials/vocabulary.js';

describe('normalizeName', () => {
  it('ignores case, dashes, underscores, dots and spaces', () => {
    const forms = ['access_token', 'access-token', 'accessToken', 'ACCESS_TOKEN', 'Access Token', 'access.token'];
    expect(new Set(forms.map(normalizeName))).toEqual(new Set(['accesstoken']));
  });

  it('never turns a longer name into a listed one', () => {
    const listed = nameSet(['token', 'access_token']);
    expect(listed.has(normalizeName('next_page_token'))).toBe(false);
    expect(listed.has(normalizeName('pageToken'))).toBe(false);
    expect(listed.has(normalizeName('X-Access-Token'))).toBe(false);
  });
});

describe('nameWords', () => {
  it('splits snake, kebab, camel and Pascal case', () => {
    expect(nameWords('NEXT_PUBLIC_mpAccessToken')).toBe('next public mp access token');
    expect(nameWords('stripeSecretKEY')).toBe('stripe secret key');
    expect(nameWords('HTTPClientSecret')).toBe('http client secret');
    expect(nameWords('x-vtex-api-appToken')).toBe('x vtex api app token');
  });
});

describe('classifyName', () => {
  it.each([
    ['MP_ACCESS_TOKEN', 'secret'],
    ['MERCADOPAGO_ACCESS_TOKEN', 'secret'],
    ['STRIPE_SECRET_KEY', 'secret'],
    ['clientSecret', 'secret'],
    ['VTEX_APP_TOKEN', 'secret'],
    ['OPENAI_API_KEY', 'secret'],
    ['GITHUB_TOKEN', 'secret'],
    ['SUPABASE_SERVICE_ROLE_KEY', 'secret'],
    ['DB_PASSWORD', 'secret'],
    ['JWT_SECRET', 'secret'],
    ['MP_PUBLIC_KEY', 'public'],
    ['STRIPE_PUBLISHABLE_KEY', 'public'],
    ['GOOGLE_CLIENT_ID', 'public'],
    // which credential, not one
    ['TENCENT_SECRET_ID', 'neutral'],
    ['private_key_id', 'neutral'],
    ['accessTokenIds', 'neutral'],
    ['SUPABASE_ANON_KEY', 'public'],
    ['RECAPTCHA_SITE_KEY', 'public'],
    ['FIREBASE_API_KEY', 'public'],
    ['GOOGLE_MAPS_API_KEY', 'public'],
    ['MAPBOX_ACCESS_TOKEN', 'public'],
    ['SENTRY_DSN', 'public'],
    ['OPENWEATHER_API_KEY', 'secret'],
    ['weatherApiKey', 'secret'],
    ['TMDB_API_KEY', 'secret'],
    ['NEWS_API_KEY', 'secret'],
    ['GEMINI_API_KEY', 'secret'],
    // a bare KEY of a provider whose one key is secret; a chat bot's token
    ['OWM_KEY', 'secret'],
    ['openaiKey', 'secret'],
    ['TELEGRAM_BOT_TOKEN', 'secret'],
    ['discordToken', 'secret'],
    // a bare KEY of a provider with a browser key, a cache key, a key's path
    ['STRIPE_KEY', 'neutral'],
    ['MP_KEY', 'neutral'],
    ['WEATHER_CACHE_KEY', 'neutral'],
    ['newsKey', 'neutral'],
    ['GITHUB_KEY', 'neutral'],
    ['openaiKeyPath', 'neutral'],
    // Algolia's admin and write keys, beside its search-only key
    ['ALGOLIA_ADMIN_API_KEY', 'secret'],
    ['algoliaWriteApiKey', 'secret'],
    ['ALGOLIA_SEARCH_API_KEY', 'public'],
    ['RAPID_API_KEY', 'secret'],
    ['WEATHER_TOKEN', 'secret'],
    ['NEWSLETTER_TOKEN', 'ambiguous'],
    ['API_KEY', 'ambiguous'],
    ['CSRF_TOKEN', 'ambiguous'],
    ['API_URL', 'neutral'],
    ['NODE_ENV', 'neutral'],
    ['tokenizer', 'neutral'],
    ['secretary', 'neutral'],
  ])('%s is %s', (name, expected) => {
    expect(classifyName(name)).toBe(expected);
  });

  it.each([
    ['NEXT_PUBLIC_ACCESS_TOKEN_ROUTE'],
    ['PRIVATE_KEY_PATH'],
    ['GOOGLE_CLIENT_SECRET_FILE'],
    ['AZURE_FEDERATED_TOKEN_FILE'],
    ['AUTH_TOKEN_TTL'],
    ['TOKEN_EXPIRATION_TIME_SECONDS'],
    ['accessTokenExpiresIn'],
    ['REFRESH_TOKEN_COOKIE_NAME'],
    ['ACCESS_TOKEN_STORAGE_KEY'],
    ['API_KEY_HEADER'],
    ['PASSWORD_MIN_LENGTH'],
    ['clientSecretUrl'],
    // issue 19: names that select a kind of credential (a chain, a provider), not hold one
    ['AZURE_TOKEN_CREDENTIALS'],
    ['AUTH_TOKEN_PROVIDER'],
    ['ACCESS_TOKEN_SCOPES'],
    ['JWT_SECRET_ALGORITHM'],
    // a user-interface element named after a credential: a component, not the credential
    ['PasswordInput'],
    ['ApiKeyDialog'],
    ['clientSecretField'],
    ['accessTokenButton'],
  ])('%s holds metadata about a credential: neutral', (name) => {
    expect(classifyName(name)).toBe('neutral');
  });

  it.each([
    ['MP_ACCESS_TOKEN', 'secret'],
    ['STRIPE_SECRET_KEY', 'secret'],
    ['ACCESS_TOKEN_SECRET', 'secret'],
    ['DB_PASSWORD', 'secret'],
    ['TOKEN_FILE_CONTENTS', 'ambiguous'],
    ['AZURE_CLIENT_SECRET', 'secret'],
    ['CREDENTIALS_SECRET', 'secret'],
    ['INPUT_SECRET', 'secret'],
    ['formAccessToken', 'secret'],
  ])('%s is still %s: the metadata word must end the name', (name, expected) => {
    expect(classifyName(name)).toBe(expected);
  });

  it('uses a replaced vocabulary', () => {
    const vocabulary = { metadataEndings: [], secret: ['license'], public: [], secretApiKeyProviders: [], publicApiKeyProviders: [], secretKeyProviders: [] };
    expect(classifyName('ACME_LICENSE', vocabulary)).toBe('secret');
    expect(classifyName('MP_ACCESS_TOKEN', vocabulary)).toBe('ambiguous');
    expect(classifyName('ACME_LICENSE_FILE', vocabulary)).toBe('secret');
  });
});

describe('classifyName, asked again', () => {
  it('keeps each vocabulary\'s answers apart: the same name, another vocabulary, another answer', () => {
    const withAcme = { ...DEFAULT_NAME_VOCABULARY, secretApiKeyProviders: [...DEFAULT_NAME_VOCABULARY.secretApiKeyProviders, 'acme'] };
    const withoutPrivate = { ...DEFAULT_NAME_VOCABULARY, secret: [] };
    expect(classifyName('ACME_API_KEY')).toBe('ambiguous');
    expect(classifyName('ACME_API_KEY', withAcme)).toBe('secret');
    expect(classifyName('ACME_API_KEY')).toBe('ambiguous');
    expect(classifyName('STRIPE_SECRET_KEY')).toBe('secret');
    expect(classifyName('STRIPE_SECRET_KEY', withoutPrivate)).toBe('neutral');
    expect(classifyName('STRIPE_SECRET_KEY')).toBe('secret');
  });

  it('answers the same after more names than it keeps', () => {
    for (let i = 0; i < 20_100; i++) classifyName(`field${String(i)}`);
    expect(classifyName('field3')).toBe('neutral');
    expect(classifyName('MP_ACCESS_TOKEN')).toBe('secret');
    expect(classifyName('MP_ACCESS_TOKEN_PATH')).toBe('neutral');
  });
});

describe('paramHeaders', () => {
  it('maps a credential parameter to the header its value belongs in: built-in first, then headers under their own names', () => {
    const headers = paramHeaders([{ name: 'X-Acme-Key', kind: 'secret' }]);
    expect(['access_token', 'api_key', 'x-api-key', 'X-VTEX-API-AppToken', 'x_acme_key', 'private-token', 'page'].map((n) => headers.get(normalizeName(n)))).toEqual([
      'Authorization',
      'Authorization',
      'X-API-Key',
      'X-VTEX-API-AppToken',
      'X-Acme-Key',
      'Authorization', // the built-in map wins over the Private-Token header's own name
      undefined,
    ]);
    expect(paramHeaders([]).get('xacmekey')).toBeUndefined();
  });

  it('is built once per settings header list', () => {
    const list = [{ name: 'X-Acme-Key', kind: 'secret' as const }];
    expect(paramHeaders(list)).toBe(paramHeaders(list));
  });
});
