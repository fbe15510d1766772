/**
 * The credential catalogue: every format the rules recognise by shape, with its provider, whether it is
 * private (must never reach a URL, a bundle or a literal) or public (meant for the browser), and how a
 * finding about it is redacted.
 *
 * Patterns are anchored and match a whole (trimmed) value, except PEM blocks, which are found inside a
 * value. They are written to run in linear time (checked by eslint-plugin-regexp in self-lint) and are
 * only tried on values that pass the cheap `hint` test first.
 */

import { isPlaceholder } from './placeholders.js';

export type CredentialKind = 'private' | 'public';

export interface CredentialFormat {
  /** Stable id, used in settings and tests. */
  readonly id: string;
  readonly provider: string;
  /** What the value is, in a message: "access token", "secret key". */
  readonly label: string;
  readonly kind: CredentialKind;
  /** Full-value pattern (or a containment pattern when `contains` is set). */
  readonly pattern: RegExp;
  /** Cheap pre-test: a literal the value must start with (case-sensitive), or a predicate. */
  readonly hint: string | ((value: string) => boolean);
  /** The leading part shown in a fingerprint (matched against the start of the value). */
  readonly prefix?: RegExp;
  /**
   * For a format with no fixed `prefix`: how its values start, as a regex source, which the whole-file
   * pre-checks look for after a quote or `=` (`PRIVATE_SHAPES`) and fingerprints never show.
   */
  readonly shape?: string;
  /** `pattern` is searched inside the value rather than matched against all of it. */
  readonly contains?: boolean;
  /** Fingerprints omit the last characters (they are structure, e.g. `-----`). */
  readonly hideTail?: boolean;
  /** Only a credential when the same file also holds an AWS access key id. */
  readonly needsAwsKeyId?: boolean;
  /** Refines the kind from the value itself (a Supabase anon JWT is public). */
  readonly refineKind?: (value: string) => CredentialKind;
  /** Where the shape comes from. */
  readonly source: string;
}

const startsWithAny =
  (...prefixes: readonly string[]) =>
  (value: string): boolean =>
    prefixes.some((p) => value.startsWith(p));

/** Supabase and similar projects hand out JWTs whose `role` claim says whether the key is public. */
function jwtKind(value: string): CredentialKind {
  const payload = value.split('.')[1];
  if (payload === undefined) return 'private';
  try {
    const json = Buffer.from(payload, 'base64url').toString('utf8');
    return /"role"\s*:\s*"anon"/u.test(json) ? 'public' : 'private';
  } catch {
    /* c8 ignore next -- base64url decoding does not throw on the characters the pattern allows */
    return 'private';
  }
}

/** The start of a database or broker URL with a user and a password, up to its `@`. */
const DATABASE_URL_SHAPE = String.raw`(?:mongodb(?:\+srv)?|postgres(?:ql)?|mysql|mariadb|rediss?|amqps?)://[^\s:@/'"\x60<>{}$]*:[^\s@/'"\x60<>{}$]+@`;
const DATABASE_URL = new RegExp(String.raw`^${DATABASE_URL_SHAPE}(?<host>[\w-]+(?:\.[\w-]+)+)(?::\d+)?(?:[/?,]\S*)?$`, 'u');
const LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0)$/u;
const TEST_WORD = /test|demo|example|sample|dummy|fake|changeme|password|passwd|secret|admin|user|root|guest|postgres|mysql|mongo|redis|rabbit/iu;

/** The password of a database URL (`DATABASE_URL`) that may be a real one, to a host of the network; `undefined` otherwise. */
function databasePassword(value: string): string | undefined {
  const match = DATABASE_URL.exec(value);
  const host = match?.groups?.host;
  if (!match || host === undefined || LOCAL_HOST.test(host)) return undefined;
  const userinfo = match[0].slice(match[0].indexOf('//') + 2, match[0].indexOf('@'));
  let password: string;
  try {
    password = decodeURIComponent(userinfo.slice(userinfo.indexOf(':') + 1));
  } catch {
    return undefined;
  }
  if (password.length < 8 || !/[^A-Za-z]/u.test(password) || isPlaceholder(password) || TEST_WORD.test(password)) return undefined;
  return password;
}

/** gitleaks' default rule set, the source of the shapes that cite a gitleaks rule by name. */
const GITLEAKS = 'https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml';

export const BUILTIN_FORMATS: readonly CredentialFormat[] = [
  {
    // Mercado Pago credentials page and "Keep your credentials safe": access tokens are
    // APP_USR-/TEST- + application id + 6-digit date + 32 hex + user id; some accounts carry a
    // `__LA_LD__`-style region marker right after the 32 hex digits (`…ae60__LA_LD__-573225548`; a
    // `-` before it is accepted too). Also gitleaks' and trufflehog's mercadopago detectors
    // (APP_USR-\d{16}-\d{6}-[a-f0-9]{32}-\d{9}).
    id: 'mercadopago-access-token',
    provider: 'Mercado Pago',
    label: 'access token',
    kind: 'private',
    pattern: /^(?:APP_USR|TEST)-\d{8,20}-\d{6}-[\da-f]{32}(?:-?__[A-Z]{2}_[A-Z]{2}__)?-\d{5,15}$/u,
    hint: startsWithAny('APP_USR-', 'TEST-'),
    prefix: /^(?:APP_USR|TEST)-/u,
    source: 'https://www.mercadopago.com/developers/en/docs/your-integrations/credentials',
  },
  {
    // Mercado Pago public keys: APP_USR-/TEST- followed by a UUID. Meant for the frontend.
    id: 'mercadopago-public-key',
    provider: 'Mercado Pago',
    label: 'public key',
    kind: 'public',
    pattern: /^(?:APP_USR|TEST)-[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/u,
    hint: startsWithAny('APP_USR-', 'TEST-'),
    prefix: /^(?:APP_USR|TEST)-/u,
    source: 'https://www.mercadopago.com/developers/en/docs/your-integrations/credentials',
  },
  {
    // Mercado Libre / Mercado Pago OAuth refresh tokens, e.g. "TG-5b9032b4e4b0714aed1f959f-1234567"
    // in the authentication docs (TG- + 24 hex + user id).
    id: 'mercadopago-refresh-token',
    provider: 'Mercado Pago',
    label: 'OAuth refresh token',
    kind: 'private',
    pattern: /^TG-[\da-f]{24}-\d{5,15}$/u,
    hint: 'TG-',
    prefix: /^TG-/u,
    source: 'https://developers.mercadolibre.com.ar/en_us/authentication-and-authorization',
  },
  {
    // Stripe API keys: sk_/rk_ (secret, restricted) and pk_ (publishable), then live_/test_ (and
    // prod_, which gitleaks' "stripe-access-token" rule also lists).
    // https://docs.stripe.com/keys ; gitleaks rule "stripe-access-token".
    id: 'stripe-secret-key',
    provider: 'Stripe',
    label: 'secret key',
    kind: 'private',
    pattern: /^(?:sk|rk)_(?:live|test|prod)_[\dA-Za-z]{10,247}$/u,
    hint: startsWithAny('sk_', 'rk_'),
    prefix: /^(?:sk|rk)_(?:live|test|prod)_/u,
    source: 'https://docs.stripe.com/keys',
  },
  {
    id: 'stripe-publishable-key',
    provider: 'Stripe',
    label: 'publishable key',
    kind: 'public',
    pattern: /^pk_(?:live|test)_[\dA-Za-z]{10,247}$/u,
    hint: 'pk_',
    prefix: /^pk_(?:live|test)_/u,
    source: 'https://docs.stripe.com/keys',
  },
  {
    // Stripe webhook signing secrets: `whsec_` + base64 characters (32 from the Dashboard, 64 hex from
    // the Stripe CLI). They let anyone forge the events a server trusts, so they stay on the server.
    id: 'stripe-webhook-secret',
    provider: 'Stripe',
    label: 'webhook signing secret',
    kind: 'private',
    pattern: /^whsec_[\d+/=A-Za-z]{32,88}$/u,
    hint: 'whsec_',
    prefix: /^whsec_/u,
    source: 'https://docs.stripe.com/webhooks#verify-official-libraries',
  },
  {
    // VTEX app keys: "vtexappkey-{account}-{6 upper-case letters}". The key names the integration;
    // it is not secret on its own (the app token is), so it is catalogued as an identifier.
    id: 'vtex-app-key',
    provider: 'VTEX',
    label: 'app key',
    kind: 'public',
    pattern: /^vtexappkey-[\da-z]+(?:-[\da-z]+)*-[A-Z]{6}$/u,
    hint: 'vtexappkey-',
    prefix: /^vtexappkey-/u,
    source: 'https://developers.vtex.com/docs/guides/api-authentication-using-application-keys',
  },
  {
    // VTEX app tokens: a long run of upper-case letters (100 in the keys VTEX issues).
    id: 'vtex-app-token',
    provider: 'VTEX',
    label: 'app token',
    kind: 'private',
    pattern: /^[A-Z]{80,128}$/u,
    // A random token uses nearly all 26 letters; runs of a few letters (`MMMM…` tables in minified
    // bundles: jschardet's, in tests/odd-input.test.ts) are data, not tokens.
    hint: (value) => value.length >= 80 && value.length <= 128 && new Set(value).size >= 12,
    shape: '[A-Z]{80}',
    source: 'https://developers.vtex.com/docs/guides/api-authentication-using-application-keys',
  },
  {
    // GitHub tokens: ghp_ (classic PAT), gho_ (OAuth), ghu_ (user-to-server), ghs_ (server-to-server),
    // ghr_ (refresh): prefix + 36 base62. Fine-grained PATs: github_pat_ + 82 word characters.
    // https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ ; gitleaks github-*.
    id: 'github-token',
    provider: 'GitHub',
    label: 'token',
    kind: 'private',
    pattern: /^(?:gh[oprsu]_[\dA-Za-z]{36}|github_pat_\w{82})$/u,
    hint: startsWithAny('gh', 'github_pat_'),
    prefix: /^(?:gh[oprsu]_|github_pat_)/u,
    source: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats',
  },
  {
    // Slack tokens: xoxb- (bot), xoxp- (user), xoxa-/xoxr- (app, refresh), xoxs-; gitleaks slack-*-token.
    id: 'slack-token',
    provider: 'Slack',
    label: 'token',
    kind: 'private',
    pattern: /^xox[abeoprs](?:-\d)?-[\dA-Za-z]{6,}(?:-[\dA-Za-z]+){1,5}$/u,
    hint: 'xox',
    prefix: /^xox[abeoprs]-/u,
    source: 'https://api.slack.com/concepts/token-types',
  },
  {
    // Anthropic API keys: sk-ant-api03- / sk-ant-admin01- + 93 characters + "AA"; gitleaks anthropic-api-key.
    id: 'anthropic-api-key',
    provider: 'Anthropic',
    label: 'API key',
    kind: 'private',
    pattern: /^sk-ant-(?:api|admin)\d\d-[\w-]{80,120}$/u,
    hint: 'sk-ant-',
    prefix: /^sk-ant-(?:api|admin)\d\d-/u,
    source: 'https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml',
  },
  {
    // OpenAI keys: sk-proj-/sk-svcacct-/sk-admin- project and service keys, and the legacy
    // sk- + 48 base62 (which carries "T3BlbkFJ"); gitleaks openai-api-key.
    id: 'openai-api-key',
    provider: 'OpenAI',
    label: 'API key',
    kind: 'private',
    pattern: /^sk-(?:(?:proj|svcacct|admin)-[\w-]{40,200}|[\dA-Za-z]{48})$/u,
    hint: 'sk-',
    prefix: /^sk-(?:proj-|svcacct-|admin-)?/u,
    source: 'https://platform.openai.com/docs/api-reference/authentication',
  },
  {
    // Google OAuth client secrets issued since 2021: GOCSPX- + 28 characters.
    id: 'google-oauth-client-secret',
    provider: 'Google',
    label: 'OAuth client secret',
    kind: 'private',
    pattern: /^GOCSPX-[\w-]{28}$/u,
    hint: 'GOCSPX-',
    prefix: /^GOCSPX-/u,
    source: 'https://developers.google.com/identity/protocols/oauth2/production-readiness/google-oauth-client-secrets',
  },
  {
    // WooCommerce REST API keys: a consumer key `ck_` and a consumer secret `cs_`, each + 40 hex.
    // The key names the integration (like VTEX's app key); the secret is what must stay private.
    // https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication
    id: 'woocommerce-consumer-secret',
    provider: 'WooCommerce',
    label: 'consumer secret',
    kind: 'private',
    pattern: /^cs_[\da-f]{40}$/u,
    hint: 'cs_',
    prefix: /^cs_(?=[\da-f]{40})/u,
    source: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication',
  },
  {
    id: 'woocommerce-consumer-key',
    provider: 'WooCommerce',
    label: 'consumer key',
    kind: 'public',
    pattern: /^ck_[\da-f]{40}$/u,
    hint: 'ck_',
    prefix: /^ck_/u,
    source: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication',
  },
  {
    // SendGrid API keys: SG. + 22-character key id + . + 43-character secret; gitleaks sendgrid-api-token
    // (SG\.[a-z0-9=_\-\.]{66}).
    id: 'sendgrid-api-key',
    provider: 'SendGrid',
    label: 'API key',
    kind: 'private',
    pattern: /^SG\.[\w-]{22}\.[\w-]{43}$/u,
    hint: 'SG.',
    prefix: /^SG\./u,
    source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  },
  {
    // Shopify tokens: shpat_ (Admin API access token), shpca_ (custom app), shppa_ (private app),
    // shpss_ (shared secret), each + 32 hex; gitleaks shopify-access-token, -custom-access-token,
    // -private-app-access-token, -shared-secret.
    id: 'shopify-token',
    provider: 'Shopify',
    label: 'access token or shared secret',
    kind: 'private',
    pattern: /^shp(?:at|ca|pa|ss)_[\dA-Fa-f]{32}$/u,
    hint: 'shp',
    prefix: /^shp(?:at|ca|pa|ss)_/u,
    source: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens',
  },
  {
    // DigitalOcean tokens: dop_v1_ (personal access), doo_v1_ (OAuth), dor_v1_ (refresh) + 64 hex;
    // gitleaks digitalocean-pat, -access-token, -refresh-token.
    id: 'digitalocean-token',
    provider: 'DigitalOcean',
    label: 'API token',
    kind: 'private',
    pattern: /^do[opr]_v1_[\da-f]{64}$/u,
    hint: 'do',
    prefix: /^do[opr]_v1_/u,
    source: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
  },
  {
    // Slack incoming webhooks: the URL is the credential (anyone holding it can post to the channel);
    // gitleaks slack-webhook-url.
    id: 'slack-webhook-url',
    provider: 'Slack',
    label: 'incoming webhook URL',
    kind: 'private',
    pattern: /^https:\/\/hooks\.slack\.com\/services\/T[\dA-Z]{8,12}\/B[\dA-Z]{8,12}\/[\dA-Za-z]{24}$/u,
    hint: 'https://hooks.slack.com/',
    prefix: /^https:\/\/hooks\.slack\.com\/services\//u,
    source: 'https://api.slack.com/messaging/webhooks',
  },
  {
    // Discord webhooks: the URL is the credential too (anyone holding it can post as the webhook): its
    // id (17 to 20 digits) and a 68-character token; trufflehog's DiscordWebhook detector.
    id: 'discord-webhook-url',
    provider: 'Discord',
    label: 'webhook URL',
    kind: 'private',
    pattern: /^https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d+)?\/webhooks\/\d{17,20}\/[\w-]{60,80}(?:\?[^\s#]*)?$/u,
    hint: (value) => value.startsWith('https://') && value.includes('/webhooks/'),
    prefix: /^https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d+)?\/webhooks\//u,
    source: 'https://discord.com/developers/docs/resources/webhook#execute-webhook',
  },
  {
    // Square: production and sandbox access tokens (EAAA + 60 characters), legacy sq0atp- tokens, and
    // application secrets (sq0csp- + 43); gitleaks square-access-token and square-secret.
    id: 'square-credential',
    provider: 'Square',
    label: 'access token or OAuth secret',
    kind: 'private',
    pattern: /^(?:EAAA[\w-]{60}|sq0atp-[\w-]{22}|sq0csp-[\w-]{43})$/u,
    hint: startsWithAny('EAAA', 'sq0'),
    prefix: /^(?:EAAA|sq0atp-|sq0csp-)/u,
    source: 'https://developer.squareup.com/docs/build-basics/access-tokens',
  },
  {
    // Meta (Facebook) Graph API user, page and system-user access tokens: EAA + a long run of letters
    // and digits (gitleaks facebook-page-access-token: EAA[MC][a-z0-9]{100,}).
    id: 'facebook-access-token',
    provider: 'Meta',
    label: 'Graph API access token',
    kind: 'private',
    pattern: /^EAA[\dA-Za-z]{100,400}$/u,
    hint: 'EAA',
    prefix: /^EAA(?=[\dA-Za-z]{100})/u,
    source: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
  },
  {
    // Instagram Basic Display / Graph user access tokens: IGQV… / IGQW… + a long base64url run.
    id: 'instagram-access-token',
    provider: 'Instagram',
    label: 'user access token',
    kind: 'private',
    pattern: /^IGQ[VW][\w-]{100,400}$/u,
    hint: 'IGQ',
    prefix: /^IGQ[VW]/u,
    source: 'https://developers.facebook.com/docs/instagram-basic-display-api/guides/long-lived-access-tokens',
  },
  {
    // Hugging Face user access tokens: hf_ + 34 letters; gitleaks huggingface-access-token.
    id: 'huggingface-token',
    provider: 'Hugging Face',
    label: 'access token',
    kind: 'private',
    pattern: /^hf_[A-Za-z]{34}$/u,
    hint: 'hf_',
    prefix: /^hf_(?=[A-Za-z]{34})/u,
    source: 'https://huggingface.co/docs/hub/security-tokens',
  },
  {
    // Groq API keys: gsk_ + 52 letters and digits (the key format the Groq console issues; trufflehog's groq detector).
    id: 'groq-api-key',
    provider: 'Groq',
    label: 'API key',
    kind: 'private',
    pattern: /^gsk_[\dA-Za-z]{52}$/u,
    hint: 'gsk_',
    prefix: /^gsk_(?=[\dA-Za-z]{52})/u,
    source: 'https://console.groq.com/docs/quickstart',
  },
  {
    // Mailgun private API keys: key- + 32 hex; the public validation key pubkey- + 32 hex is meant for
    // browsers. gitleaks mailgun-private-api-token and mailgun-pub-key.
    id: 'mailgun-api-key',
    provider: 'Mailgun',
    label: 'private API key',
    kind: 'private',
    pattern: /^key-[\da-f]{32}$/u,
    hint: 'key-',
    prefix: /^key-(?=[\da-f]{32})/u,
    source: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication',
  },
  {
    id: 'mailgun-public-key',
    provider: 'Mailgun',
    label: 'public validation key',
    kind: 'public',
    pattern: /^pubkey-[\da-f]{32}$/u,
    hint: 'pubkey-',
    prefix: /^pubkey-/u,
    source: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication',
  },
  {
    // Mailchimp Marketing API keys: 32 hex characters, `-`, the account's data center (`us6`, `us21`).
    // No fixed prefix: the pre-checks look for the shape after a quote; the fingerprint's tail is the
    // data center, which is no secret.
    id: 'mailchimp-api-key',
    provider: 'Mailchimp',
    label: 'API key',
    kind: 'private',
    pattern: /^[\da-f]{32}-us\d{1,2}$/u,
    hint: (value) => value.length >= 36 && value.length <= 37 && value.charCodeAt(32) === 45,
    shape: String.raw`[\da-f]{32}-us\d`,
    source: 'https://mailchimp.com/developer/marketing/guides/quick-start/',
  },
  // ---- more prefixed formats of the services web apps call, each from gitleaks' rule of that name ----
  {
    // Flutterwave, a payment platform with the same split as Mercado Pago: the public key goes in the
    // page, the secret key stays on the server (gitleaks flutterwave-secret-key, flutterwave-public-key).
    id: 'flutterwave-secret-key',
    provider: 'Flutterwave',
    label: 'secret key',
    kind: 'private',
    pattern: /^FLWSECK(?:_TEST)?-[\da-h]{32}-X$/u,
    hint: 'FLWSECK',
    prefix: /^FLWSECK(?:_TEST)?-/u,
    source: GITLEAKS,
  },
  {
    id: 'flutterwave-public-key',
    provider: 'Flutterwave',
    label: 'public key',
    kind: 'public',
    pattern: /^FLWPUBK(?:_TEST)?-[\da-h]{32}-X$/u,
    hint: 'FLWPUBK',
    prefix: /^FLWPUBK(?:_TEST)?-/u,
    source: GITLEAKS,
  },
  {
    // Shippo and EasyPost: shipping APIs of online stores (gitleaks shippo-api-token, easypost-api-token, easypost-test-api-token).
    id: 'shippo-api-token',
    provider: 'Shippo',
    label: 'API token',
    kind: 'private',
    pattern: /^shippo_(?:live|test)_[\dA-Fa-f]{40}$/u,
    hint: 'shippo_',
    prefix: /^shippo_(?:live|test)_/u,
    source: GITLEAKS,
  },
  {
    id: 'easypost-api-key',
    provider: 'EasyPost',
    label: 'API key',
    kind: 'private',
    pattern: /^EZ[AT]K[\dA-Za-z]{54}$/u,
    hint: startsWithAny('EZAK', 'EZTK'),
    prefix: /^EZ[AT]K(?=[\dA-Za-z]{54})/u,
    source: GITLEAKS,
  },
  {
    // Brevo (formerly Sendinblue), transactional email (gitleaks sendinblue-api-token).
    id: 'brevo-api-key',
    provider: 'Brevo',
    label: 'API key',
    kind: 'private',
    pattern: /^xkeysib-[\da-f]{64}-[\dA-Za-z]{16}$/u,
    hint: 'xkeysib-',
    prefix: /^xkeysib-/u,
    source: GITLEAKS,
  },
  {
    // Perplexity (gitleaks perplexity-api-key).
    id: 'perplexity-api-key',
    provider: 'Perplexity',
    label: 'API key',
    kind: 'private',
    pattern: /^pplx-[\dA-Za-z]{48}$/u,
    hint: 'pplx-',
    prefix: /^pplx-(?=[\dA-Za-z]{48})/u,
    source: GITLEAKS,
  },
  {
    // Notion integration tokens (gitleaks notion-api-token): ntn_ + 11 digits + 35 letters and digits.
    id: 'notion-token',
    provider: 'Notion',
    label: 'integration token',
    kind: 'private',
    pattern: /^ntn_\d{11}[\dA-Za-z]{35}$/u,
    hint: 'ntn_',
    prefix: /^ntn_(?=\d{11})/u,
    source: GITLEAKS,
  },
  {
    // Airtable personal access tokens (gitleaks airtable-personnal-access-token): pat + 14 + . + 64 hex.
    id: 'airtable-token',
    provider: 'Airtable',
    label: 'personal access token',
    kind: 'private',
    pattern: /^pat[\dA-Za-z]{14}\.[\da-f]{64}$/u,
    hint: 'pat',
    prefix: /^pat(?=[\dA-Za-z]{14}\.[\da-f]{64})/u,
    source: GITLEAKS,
  },
  {
    // Linear (gitleaks linear-api-key).
    id: 'linear-api-key',
    provider: 'Linear',
    label: 'API key',
    kind: 'private',
    pattern: /^lin_api_[\dA-Za-z]{40}$/u,
    hint: 'lin_api_',
    prefix: /^lin_api_/u,
    source: GITLEAKS,
  },
  {
    // GitLab personal access tokens, the classic and the routable shape (gitleaks gitlab-pat, gitlab-pat-routable).
    id: 'gitlab-token',
    provider: 'GitLab',
    label: 'personal access token',
    kind: 'private',
    pattern: /^glpat-(?:[\w-]{20}|[\w-]{27,300}\.[\da-z]{9})$/u,
    hint: 'glpat-',
    prefix: /^glpat-/u,
    source: GITLEAKS,
  },
  {
    // npm access tokens (gitleaks npm-access-token).
    id: 'npm-token',
    provider: 'npm',
    label: 'access token',
    kind: 'private',
    pattern: /^npm_[\dA-Za-z]{36}$/u,
    hint: 'npm_',
    prefix: /^npm_(?=[\dA-Za-z]{36})/u,
    source: GITLEAKS,
  },
  {
    // PlanetScale service tokens, passwords and OAuth tokens (gitleaks planetscale-api-token, -password, -oauth-token).
    id: 'planetscale-token',
    provider: 'PlanetScale',
    label: 'token or password',
    kind: 'private',
    pattern: /^pscale_(?:tkn|pw|oauth)_[\w.=-]{32,64}$/u,
    hint: 'pscale_',
    prefix: /^pscale_(?:tkn|pw|oauth)_/u,
    source: GITLEAKS,
  },
  {
    // Postman API keys (gitleaks postman-api-token).
    id: 'postman-api-key',
    provider: 'Postman',
    label: 'API key',
    kind: 'private',
    pattern: /^PMAK-[\dA-Fa-f]{24}-[\dA-Fa-f]{34}$/u,
    hint: 'PMAK-',
    prefix: /^PMAK-/u,
    source: GITLEAKS,
  },
  {
    // Doppler service tokens (gitleaks doppler-api-token).
    id: 'doppler-token',
    provider: 'Doppler',
    label: 'service token',
    kind: 'private',
    pattern: /^dp\.pt\.[\dA-Za-z]{43}$/u,
    hint: 'dp.pt.',
    prefix: /^dp\.pt\./u,
    source: GITLEAKS,
  },
  {
    // Databricks personal access tokens (gitleaks databricks-api-token).
    id: 'databricks-token',
    provider: 'Databricks',
    label: 'access token',
    kind: 'private',
    pattern: /^dapi[\da-f]{32}(?:-\d)?$/u,
    hint: 'dapi',
    prefix: /^dapi(?=[\da-f]{32})/u,
    source: GITLEAKS,
  },
  {
    // Telegram bot tokens, as @BotFather hands them out: the bot's numeric id, `:`, then 35 characters
    // that start with `A` (gitleaks telegram-bot-api-token). The Bot API reads the token from the URL
    // path (`https://api.telegram.org/bot<token>/…`), so it never belongs in a bundle or a literal.
    id: 'telegram-bot-token',
    provider: 'Telegram',
    label: 'bot token',
    kind: 'private',
    pattern: /^\d{5,16}:A[\w-]{34}$/u,
    hint: (value) => value.length >= 41 && value.length <= 52 && value.charCodeAt(0) >= 48 && value.charCodeAt(0) <= 57 && value.includes(':A'),
    // the bot's id is no secret, but a fingerprint has no need of it either
    shape: String.raw`\d{5,16}:A(?=[\w-]{34})`,
    source: 'https://core.telegram.org/bots/api#authorizing-your-bot',
  },
  {
    // AWS access key ids (AKIA long-term, ASIA temporary): an identifier, not a secret by itself.
    id: 'aws-access-key-id',
    provider: 'AWS',
    label: 'access key id',
    kind: 'public',
    pattern: /^(?:AKIA|ASIA)[\dA-Z]{16}$/u,
    hint: startsWithAny('AKIA', 'ASIA'),
    prefix: /^A[KS]IA/u,
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html',
  },
  {
    // AWS secret access keys: 40 base64 characters. Too generic alone, so only a credential when the
    // same file holds an access key id (the pairing gitleaks and trufflehog rely on too).
    id: 'aws-secret-access-key',
    provider: 'AWS',
    label: 'secret access key',
    kind: 'private',
    pattern: /^[\d+/A-Za-z]{40}$/u,
    // Mixed case is required: a 40-character lower-case hex string is a SHA-1, not a key.
    hint: (value) => value.length === 40 && /[A-Z]/u.test(value) && /[a-z]/u.test(value),
    needsAwsKeyId: true,
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html',
  },
  {
    // Supabase's API keys since 2025: a secret key (`sb_secret_`, server only: it bypasses Row Level
    // Security) and a publishable key (`sb_publishable_`, meant for browsers and apps), each + 22
    // base64url characters, `_`, 8 more; they replace the legacy service_role and anon JWTs (below).
    id: 'supabase-secret-key',
    provider: 'Supabase',
    label: 'secret key',
    kind: 'private',
    pattern: /^sb_secret_[\w-]{24,64}$/u,
    hint: 'sb_secret_',
    prefix: /^sb_secret_/u,
    source: 'https://supabase.com/docs/guides/api/api-keys',
  },
  {
    id: 'supabase-publishable-key',
    provider: 'Supabase',
    label: 'publishable key',
    kind: 'public',
    pattern: /^sb_publishable_[\w-]{24,64}$/u,
    hint: 'sb_publishable_',
    prefix: /^sb_publishable_/u,
    source: 'https://supabase.com/docs/guides/api/api-keys',
  },
  {
    // Firebase Cloud Messaging server keys (the legacy HTTP API's `Authorization: key=…`): `AAAA`, 7
    // characters, `:APA91b`, 134 more. One sends pushes to every user of the app, so it never belongs
    // in the app; the prefix looks ahead to `:APA91b`, so that a source map's `'AAAA,…'` is no stop.
    id: 'fcm-server-key',
    provider: 'Firebase Cloud Messaging',
    label: 'server key',
    kind: 'private',
    pattern: /^AAAA[\w-]{7}:APA91b[\w-]{134}$/u,
    hint: 'AAAA',
    prefix: /^AAAA(?=[\w-]{7}:APA91b)/u,
    source: 'https://firebase.google.com/docs/cloud-messaging/migrate-v1',
  },
  {
    // Mapbox secret tokens: `sk.` + a base64url JSON payload (`eyJ1` is `{"u`) + `.` + a signature.
    // Public tokens (`pk.…`) are made for maps in the page; secret ones have write and account scopes.
    id: 'mapbox-secret-token',
    provider: 'Mapbox',
    label: 'secret token',
    kind: 'private',
    pattern: /^sk\.eyJ1[\w-]{16,400}\.[\w-]{20,40}$/u,
    hint: 'sk.eyJ1',
    prefix: /^sk\.eyJ1/u,
    source: 'https://docs.mapbox.com/api/accounts/tokens/#token-format',
  },
  {
    // Replicate API tokens: `r8_` + 37 characters (TruffleHog's replicate detector).
    id: 'replicate-api-token',
    provider: 'Replicate',
    label: 'API token',
    kind: 'private',
    pattern: /^r8_[\w-]{37}$/u,
    hint: 'r8_',
    prefix: /^r8_(?=[\w-]{37})/u,
    source: 'https://replicate.com/docs/topics/security/api-tokens',
  },
  {
    // Plaid access tokens: `access-` + environment + a UUID (gitleaks plaid-api-token). One grants
    // lasting access to a user's bank accounts; Plaid's link and public tokens (`link-…`, `public-…`)
    // are the ones made for the page.
    id: 'plaid-access-token',
    provider: 'Plaid',
    label: 'access token',
    kind: 'private',
    pattern: /^access-(?:sandbox|development|production)-[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/u,
    hint: 'access-',
    prefix: /^access-(?:sandbox|development|production)-/u,
    source: 'https://plaid.com/docs/api/tokens/',
  },
  {
    // Midtrans server keys: `Mid-server-` (production), `SB-Mid-server-` (sandbox) or Veritrans' older
    // `VT-server-`, then letters, digits, `_` and `-`. The server key is the Basic user of every API
    // call; Midtrans asks to keep it on the server.
    id: 'midtrans-server-key',
    provider: 'Midtrans',
    label: 'server key',
    kind: 'private',
    pattern: /^(?:(?:SB-)?Mid|VT)-server-[\w-]{16,64}$/u,
    hint: startsWithAny('Mid-server-', 'SB-Mid-server-', 'VT-server-'),
    prefix: /^(?:(?:SB-)?Mid|VT)-server-/u,
    source: 'https://docs.midtrans.com/docs/api-authorization-headers',
  },
  {
    // Midtrans client keys (`Mid-client-`, `SB-Mid-client-`, `VT-client-`): made for the page (Snap.js,
    // card tokens).
    id: 'midtrans-client-key',
    provider: 'Midtrans',
    label: 'client key',
    kind: 'public',
    pattern: /^(?:(?:SB-)?Mid|VT)-client-[\w-]{8,64}$/u,
    hint: startsWithAny('Mid-client-', 'SB-Mid-client-', 'VT-client-'),
    prefix: /^(?:(?:SB-)?Mid|VT)-client-/u,
    source: 'https://docs.midtrans.com/docs/access-keys',
  },
  {
    // JSON Web Tokens: three base64url parts, the first two JSON objects ("eyJ" is `{"`).
    // Private unless the payload says role "anon" (Supabase's public anon key).
    id: 'jwt',
    provider: 'JWT',
    label: 'token',
    kind: 'private',
    pattern: /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}$/u,
    hint: 'eyJ',
    prefix: /^eyJ/u,
    refineKind: jwtKind,
    source: 'https://datatracker.ietf.org/doc/html/rfc7519',
  },
  {
    // PEM private key blocks (PKCS#1, PKCS#8, EC, DSA, OpenSSH, PGP), found anywhere in the value: the
    // BEGIN line and key material after it (a run of 32 base64 characters). The BEGIN line alone is a
    // string compared against (`pem.startsWith('-----BEGIN PRIVATE KEY-----')`), not a key.
    id: 'pem-private-key',
    provider: 'PEM',
    label: 'private key',
    kind: 'private',
    pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY(?: BLOCK)?-----.*?[\d+/A-Za-z]{32}/su,
    hint: (value) => value.includes('-----BEGIN '),
    prefix: /^-----BEGIN (?:[A-Z]+ )?PRIVATE KEY(?: BLOCK)?-----/u,
    contains: true,
    hideTail: true,
    source: 'https://datatracker.ietf.org/doc/html/rfc7468',
  },
  {
    // A database or broker URL with a user and password (MongoDB Atlas' `mongodb+srv://user:pass@…`,
    // PostgreSQL, MySQL, Redis, RabbitMQ), as trufflehog's URI detectors read them, to a host of the
    // network (one with a dot, not the machine itself): a password of 8 characters or more with a digit
    // or a symbol, no placeholder or test word (`<password>`, `${DB_PASS}`, `password1`). The
    // fingerprint never shows the user or the password.
    id: 'database-url-password',
    provider: 'database',
    label: 'URL with a password',
    kind: 'private',
    pattern: DATABASE_URL,
    hint: (value) => databasePassword(value) !== undefined,
    shape: DATABASE_URL_SHAPE,
    source: 'https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/uri',
  },
];

/*
 * Short prefixes (`cs_`, `key-`, `hf_`, `gsk_`, `EAA`) carry a look-ahead for the body's first
 * characters, so that the pre-check scan (below) does not stop at every `'key-…'` string; the
 * fingerprint still shows the prefix alone.
 */

/**
 * What a private built-in credential's literal must contain, as one case-sensitive pattern for the
 * rules' whole-file pre-checks: each private (or possibly private) format's prefix, an AWS access key
 * id (an AWS secret key only counts next to one), a VTEX app token's run of capitals. One RegExp object
 * shared by the rules, so that `textMentions` scans a file for it once. `undefined` when a private
 * format has no known literal shape (then the pre-checks must not rely on shapes).
 *
 * A full-match format's value is a whole string literal or a whole query value, so its prefix is
 * looked for right after a quote, a backtick or `=` (`'APP_USR-…`, `?k=sk_live_…`): three times
 * cheaper than at every position, since most characters of a file are no quote. A format found
 * inside a longer value (`contains`: PEM blocks) and the AWS key id (anywhere in the file) are looked
 * for everywhere. Pieces joined with `+` inside a prefix (`'APP_' + 'USR-…'`) are the rules' own
 * concern.
 */
export const PRIVATE_SHAPES: RegExp | undefined = privateShapes(BUILTIN_FORMATS);

const shapesWith = new WeakMap<readonly CredentialFormat[], RegExp | null>();

/**
 * `PRIVATE_SHAPES` with the private formats of `settings.credentials.formats` (`extra`, one array per
 * settings object) as well, made once per settings: their prefixes join the built-in ones. `undefined`
 * when a private format of `extra` has no `prefix` (or the prefixes make no valid pattern together):
 * nothing then stands for its values, and the pre-checks must not rely on shapes.
 */
export function privateShapesWith(extra: readonly CredentialFormat[]): RegExp | undefined {
  if (extra.length === 0) return PRIVATE_SHAPES;
  let shapes = shapesWith.get(extra);
  if (shapes === undefined) {
    try {
      shapes = privateShapes([...extra, ...BUILTIN_FORMATS]) ?? null;
    } catch {
      // a prefix that is valid alone but not in a union (a backreference, a repeated group name)
      shapes = null;
    }
    shapesWith.set(extra, shapes);
  }
  return shapes ?? undefined;
}

/**
 * A literal split in pieces inside a token, for the pre-checks that look for private literals: two
 * string pieces joined with `+` where the first ends with a token character that no `\` escapes and
 * the next starts with one (`'APP_' + 'USR-…'`, a 100-letter VTEX token written on two lines). Spaces
 * and `)` may stand before the `+`, spaces and `(` after it. `PRIVATE_SHAPES` cannot see a prefix cut
 * in two; the rules resolve the joined value themselves. Tried at each `+`, which code holds far less
 * often than quotes, and checked backwards from there (see `core/prechecks/anchored.ts`).
 */
export const SPLIT_LITERAL = /\+(?<=[^\\][\w-]["'\x60][\s)]*\+)[\s(]*["'\x60][\w-]/u;

function privateShapes(formats: readonly CredentialFormat[]): RegExp | undefined {
  const starts: string[] = [];
  const anywhere: string[] = [];
  const candidates = formats.filter((format) => format.kind === 'private' || format.refineKind);
  // a prefix looked for after a quote only covers a format looked for there too
  const finds = (finder: CredentialFormat, format: CredentialFormat): boolean =>
    finder !== format &&
    finder.prefix !== undefined &&
    typeof format.hint === 'string' &&
    (finder.contains === true || format.contains !== true) &&
    finder.prefix.test(format.hint);
  // a prefix that another one already finds adds nothing but a try at every position (`sk-` finds
  // every `sk-ant-api03-`); two prefixes that find each other both stay
  const covered = (format: CredentialFormat): boolean => candidates.some((other) => finds(other, format) && !finds(format, other));
  for (const format of candidates) {
    if (format.prefix && covered(format)) continue;
    if (format.prefix) (format.contains === true ? anywhere : starts).push(format.prefix.source.replace(/^\^/u, ''));
    else if (format.needsAwsKeyId === true) anywhere.push('A[KS]IA');
    else if (format.shape !== undefined) starts.push(format.shape);
    // every built-in private format has a literal shape above; a custom format without a prefix has none
    else return undefined;
  }
  return new RegExp([`["'\x60=](?:${starts.join('|')})`, ...anywhere].join('|'), 'u');
}

/** The shortest value any built-in full-match format accepts; shorter strings skip the catalogue. */
export const MIN_FORMAT_LENGTH = 20;

export interface CredentialMatch {
  readonly format: CredentialFormat;
  /** `format.kind`, refined from the value where the format knows how. */
  readonly kind: CredentialKind;
  readonly value: string;
}

export interface IdentifyOptions {
  /** Formats from `settings.credentials.formats`, tried before the built-in ones. */
  readonly extraFormats?: readonly CredentialFormat[];
  /** Whether the file holds an AWS access key id (pairs with AWS secret keys). */
  readonly hasAwsKeyId?: () => boolean;
}

function matches(format: CredentialFormat, value: string): boolean {
  const { hint } = format;
  if (typeof hint === 'string' ? !value.startsWith(hint) : !hint(value)) return false;
  return format.pattern.test(value);
}

/**
 * Which catalogued format, if any, `raw` has. The value is trimmed first. Custom formats win over
 * built-in ones so that a company can re-classify a shape.
 */
export function identify(raw: string, options: IdentifyOptions = {}): CredentialMatch | undefined {
  const value = raw.trim();
  const extra = options.extraFormats ?? [];
  if (value.length < MIN_FORMAT_LENGTH && extra.length === 0) return undefined;
  for (const format of extra) {
    if (matches(format, value)) return { format, kind: format.kind, value };
  }
  if (value.length < MIN_FORMAT_LENGTH) return undefined;
  for (const format of BUILTIN_FORMATS) {
    if (!matches(format, value)) continue;
    if (format.needsAwsKeyId === true && options.hasAwsKeyId?.() !== true) continue;
    const kind = format.refineKind ? format.refineKind(value) : format.kind;
    return { format, kind, value };
  }
  return undefined;
}
