import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_FORMATS, PRIVATE_SHAPES, SPLIT_LITERAL, identify } from '../../src/core/credentials/catalogue.js';
import { parseSettings } from '../../src/core/files/settings.js';
import { fake } from '../fixtures/fake.js';

const id = (value: string, hasAwsKeyId = false): string | undefined => identify(value, { hasAwsKeyId: () => hasAwsKeyId })?.format.id;
const kind = (value: string): string | undefined => identify(value)?.kind;

describe('identify: private formats', () => {
  it.each([
    ['Mercado Pago access token', fake.mpAccessToken(1), 'mercadopago-access-token'],
    ['Mercado Pago TEST- access token', fake.mpTestAccessToken(2), 'mercadopago-access-token'],
    ['MongoDB Atlas URL with a password', fake.databaseUrl(556), 'database-url-password'],
    ['Midtrans production server key', fake.midtrans(571), 'midtrans-server-key'],
    ['Midtrans sandbox server key', fake.midtrans(572, true), 'midtrans-server-key'],
    ['Veritrans server key', fake.midtrans(573).replace(/^Mid-/u, 'VT-'), 'midtrans-server-key'],
    ['Discord webhook URL', fake.discordWebhook(563), 'discord-webhook-url'],
    ['Discord webhook URL of the old domain, waiting for the message', `${fake.discordWebhook(564).replace('//discord.com', '//discordapp.com')}?wait=true`, 'discord-webhook-url'],
    ['PostgreSQL URL with a password and a port', fake.databaseUrl(557, 'postgresql', 'db.example.com:5432'), 'database-url-password'],
    ['Redis URL with an empty user', fake.databaseUrl(558, 'rediss', 'redis-12345.c1.cloud.redislabs.com:12345').replace('://app:', '://:'), 'database-url-password'],
    ['Mercado Pago access token with a region marker', fake.mpAccessToken(3, 'LA_LD'), 'mercadopago-access-token'],
    ['Mercado Pago TEST- access token with a region marker', fake.mpTestAccessToken(23, 'LA_LB'), 'mercadopago-access-token'],
    ['Stripe prod secret key', fake.stripeProd(24), 'stripe-secret-key'],
    ['WooCommerce consumer secret', fake.wooSecret(25), 'woocommerce-consumer-secret'],
    ['SendGrid API key', fake.sendgrid(26), 'sendgrid-api-key'],
    ['Shopify Admin API access token', fake.shopify(27), 'shopify-token'],
    ['Shopify custom app token', fake.shopify(28, 'ca'), 'shopify-token'],
    ['Shopify private app token', fake.shopify(29, 'pa'), 'shopify-token'],
    ['Shopify shared secret', fake.shopify(30, 'ss'), 'shopify-token'],
    ['DigitalOcean personal access token', fake.digitalocean(31), 'digitalocean-token'],
    ['DigitalOcean refresh token', fake.digitalocean(32, 'r'), 'digitalocean-token'],
    ['Slack incoming webhook', fake.slackWebhook(33), 'slack-webhook-url'],
    ['Square access token', fake.square(34), 'square-credential'],
    ['Square application secret', fake.squareSecret(35), 'square-credential'],
    ['Meta Graph API access token', fake.facebook(36), 'facebook-access-token'],
    ['Instagram user access token', fake.instagram(37), 'instagram-access-token'],
    ['Hugging Face token', fake.huggingface(38), 'huggingface-token'],
    ['Groq API key', fake.groq(39), 'groq-api-key'],
    ['Mailgun private API key', fake.mailgun(40), 'mailgun-api-key'],
    ['Flutterwave secret key', fake.flutterwaveSecret(41), 'flutterwave-secret-key'],
    ['Flutterwave test secret key', fake.flutterwaveSecret(42, true), 'flutterwave-secret-key'],
    ['Shippo API token', fake.shippo(44), 'shippo-api-token'],
    ['EasyPost API key', fake.easypost(45), 'easypost-api-key'],
    ['Brevo API key', fake.brevo(46), 'brevo-api-key'],
    ['Perplexity API key', fake.perplexity(47), 'perplexity-api-key'],
    ['Notion integration token', fake.notion(48), 'notion-token'],
    ['Airtable personal access token', fake.airtable(49), 'airtable-token'],
    ['Linear API key', fake.linear(50), 'linear-api-key'],
    ['GitLab personal access token', fake.gitlab(51), 'gitlab-token'],
    ['npm access token', fake.npm(52), 'npm-token'],
    ['PlanetScale service token', fake.planetscale(53), 'planetscale-token'],
    ['Postman API key', fake.postman(54), 'postman-api-key'],
    ['Doppler service token', fake.doppler(55), 'doppler-token'],
    ['Databricks access token', fake.databricks(56), 'databricks-token'],
    ['Telegram bot token', fake.telegramBot(57), 'telegram-bot-token'],
    ['Supabase secret key', fake.supabaseSecret(58), 'supabase-secret-key'],
    ['Stripe webhook signing secret', fake.stripeWebhook(535), 'stripe-webhook-secret'],
    ['Mailchimp API key', fake.mailchimp(536), 'mailchimp-api-key'],
    ['Mapbox secret token', fake.mapboxSecret(537), 'mapbox-secret-token'],
    ['Replicate API token', fake.replicate(538), 'replicate-api-token'],
    ['Firebase Cloud Messaging server key', fake.fcmServerKey(544), 'fcm-server-key'],
    ['Plaid production access token', fake.plaidAccess(539), 'plaid-access-token'],
    ['Plaid sandbox access token', fake.plaidAccess(540, 'sandbox'), 'plaid-access-token'],
    ['Mercado Pago refresh token', fake.mpRefreshToken(4), 'mercadopago-refresh-token'],
    ['Stripe live secret key', fake.stripeSecret(5), 'stripe-secret-key'],
    ['Stripe test secret key', fake.stripeSecret(6, 'test'), 'stripe-secret-key'],
    ['Stripe restricted key', fake.stripeRestricted(7), 'stripe-secret-key'],
    ['VTEX app token', fake.vtexAppToken(8), 'vtex-app-token'],
    ['GitHub classic token', fake.githubToken(9), 'github-token'],
    ['GitHub OAuth token', fake.githubToken(10, 'o'), 'github-token'],
    ['GitHub server token', fake.githubToken(11, 's'), 'github-token'],
    ['GitHub user token', fake.githubToken(12, 'u'), 'github-token'],
    ['GitHub fine-grained token', fake.githubFineGrained(13), 'github-token'],
    ['Slack bot token', fake.slackBot(14), 'slack-token'],
    ['OpenAI project key', fake.openaiProject(15), 'openai-api-key'],
    ['OpenAI legacy key', fake.openaiLegacy(16), 'openai-api-key'],
    ['Anthropic key', fake.anthropic(17), 'anthropic-api-key'],
    ['Google OAuth client secret', fake.googleClientSecret(18), 'google-oauth-client-secret'],
    ['JWT', fake.jwt(19), 'jwt'],
    ['PEM private key', fake.pemPrivateKey(20), 'pem-private-key'],
  ])('%s', (_, value, expected) => {
    expect(id(value)).toBe(expected);
    expect(kind(value)).toBe('private');
  });

  it('recognises values with surrounding white space', () => {
    expect(id(`  ${fake.stripeSecret(21)}\n`)).toBe('stripe-secret-key');
  });

  it('pairs AWS secret access keys with an access key id in the same file', () => {
    const secret = fake.awsSecret(22);
    expect(id(secret, false)).toBeUndefined();
    expect(id(secret, true)).toBe('aws-secret-access-key');
    expect(identify(secret)).toBeUndefined();
  });

  it('does not take a 40-character hex digest for an AWS secret key', () => {
    expect(id('da39a3ee5e6b4b0d3255bfef95601890afd80709', true)).toBeUndefined();
  });
});

describe('identify: public formats are recognised and kept public', () => {
  it.each([
    ['Mercado Pago public key', fake.mpPublicKey(1), 'mercadopago-public-key'],
    ['Midtrans sandbox client key', fake.midtrans(574, true, true), 'midtrans-client-key'],
    ['Stripe publishable key', fake.stripePublishable(2), 'stripe-publishable-key'],
    ['VTEX app key', fake.vtexAppKey(3), 'vtex-app-key'],
    ['AWS access key id', fake.awsKeyId(4), 'aws-access-key-id'],
    ['WooCommerce consumer key', fake.wooKey(6), 'woocommerce-consumer-key'],
    ['Mailgun public validation key', fake.mailgunPublic(7), 'mailgun-public-key'],
    ['Flutterwave public key', fake.flutterwavePublic(8), 'flutterwave-public-key'],
    ['Supabase publishable key', fake.supabasePublishable(9), 'supabase-publishable-key'],
    ['Supabase anon JWT', fake.jwt(5, { role: 'anon', iss: 'supabase' }), 'jwt'],
  ])('%s', (_, value, expected) => {
    expect(id(value)).toBe(expected);
    expect(kind(value)).toBe('public');
  });
});

describe('identify: near misses', () => {
  it.each([
    ['short strings', 'sk_live_abc'],
    ['a UUID', '123e4567-e89b-42d3-a456-426614174000'],
    ['a Mercado Pago token with too few hex digits', fake.mpAccessToken(1).replace(/-[\da-f]{32}-/u, '-abc-')],
    ['a Stripe key of an unknown mode', fake.stripeSecret(2).replace('_live_', '_demo_')],
    ['lower-case letters where a VTEX token has upper case', fake.vtexAppToken(3).toLowerCase()],
    ['a GitHub token one character short', fake.githubToken(4).slice(0, -1)],
    ['a sentence', 'The quick brown fox jumps over the lazy dog'],
    ['a URL', 'https://api.mercadopago.com/v1/payments/search'],
    ['a base64 JWT-like string without a JSON header', 'abc.def.ghi'],
    ['a Firebase registration token (a device, not the server)', `${fake.opaque(545, 22)}:APA91b${fake.fcmServerKey(546).slice(-134)}`],
    ['a Mapbox public token', fake.mapboxSecret(541).replace(/^sk/u, 'pk')],
    ['a Plaid link token, made for the page', fake.plaidAccess(542, 'sandbox').replace(/^access/u, 'link')],
    ['32 hex characters and a data center of no Mailchimp form', fake.mailchimp(543).replace(/-us/u, '-eu')],
    ['a database URL to the machine itself', fake.databaseUrl(559, 'mongodb', 'localhost:27017')],
    ['a Midtrans server key cut short', fake.midtrans(575).slice(0, 20)],
    ['a database URL to a host of no domain (a container)', fake.databaseUrl(560, 'postgres', 'db:5432')],
    ['a database URL whose password is a placeholder', 'mongodb+srv://admin:<password>@cluster0.ab1cd.mongodb.net/test'],
    ['a database URL whose password is a template hole', 'postgres://app:${DB_PASSWORD}@db.example.com/app'],
    ['a database URL whose password is a test word', 'postgres://postgres:postgres123@db.example.com/app'],
    ['a database URL whose password is letters only', 'mongodb://app:correcthorse@db.example.com/app'],
    ['a database URL with a user and no password', 'mongodb+srv://app@cluster0.ab1cd.mongodb.net/test'],
    ['an HTTP URL with a password (no database)', fake.databaseUrl(561, 'https')],
    ['a Discord webhook URL with no token', fake.discordWebhook(565).replace(/\/[\w-]+$/u, '')],
    ['a Discord API URL that is no webhook', fake.discordWebhook(566).replace('/webhooks/', '/channels/')],
    ['a PEM public key', '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----'],
  ])('%s', (_, value) => {
    expect(identify(value)).toBeUndefined();
  });
});

describe('identify: custom formats from settings', () => {
  const settings = parseSettings({ formats: [{ id: 'acme-key', provider: 'Acme', label: 'API key', pattern: 'acme_[a-z0-9]{8}', prefix: 'acme_' }] });

  it('matches custom formats first, whole value only, even when short', () => {
    const match = identify('acme_k3y5ecr3', { extraFormats: settings.formats });
    expect(match?.format.id).toBe('acme-key');
    expect(match?.kind).toBe('private');
    expect(identify('xacme_k3y5ecr3', { extraFormats: settings.formats })).toBeUndefined();
    expect(identify('acme_k3y5ecr3', {})).toBeUndefined();
  });

  it('still finds built-in formats when custom ones do not match', () => {
    expect(identify(fake.stripeSecret(9), { extraFormats: settings.formats })?.format.id).toBe('stripe-secret-key');
  });
});

describe('catalogue data', () => {
  it('gives every format a provider, a label, a kind and a cited source', () => {
    for (const format of BUILTIN_FORMATS) {
      expect(format.provider.length).toBeGreaterThan(0);
      expect(format.label.length).toBeGreaterThan(0);
      expect(['private', 'public']).toContain(format.kind);
      expect(format.source).toMatch(/^https:\/\//u);
    }
  });

  it('has unique ids', () => {
    const ids = BUILTIN_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('PRIVATE_SHAPES (the whole-file pre-check on private credential literals)', () => {
  const privateValues: [string, string][] = [
    ['Mercado Pago access token', fake.mpAccessToken(5)],
    ['Mercado Pago test access token', fake.mpTestAccessToken(5)],
    ['Mercado Pago refresh token', fake.mpRefreshToken(5)],
    ['Stripe secret key', fake.stripeSecret(5)],
    ['Stripe test secret key', fake.stripeSecret(5, 'test')],
    ['Stripe restricted key', fake.stripeRestricted(5)],
    ['VTEX app token', fake.vtexAppToken(5)],
    ['GitHub token', fake.githubToken(5, 'o')],
    ['GitHub fine-grained token', fake.githubFineGrained(5)],
    ['Slack token', fake.slackBot(5)],
    ['OpenAI project key', fake.openaiProject(5)],
    ['OpenAI legacy key', fake.openaiLegacy(5)],
    ['Anthropic key', fake.anthropic(5)],
    ['Google client secret', fake.googleClientSecret(5)],
    ['AWS access key id', fake.awsKeyId(5)],
    ['JWT', fake.jwt(5)],
    ['PEM private key', fake.pemPrivateKey(5)],
    ['Flutterwave secret key', fake.flutterwaveSecret(5)],
    ['Shippo API token', fake.shippo(5)],
    ['EasyPost API key', fake.easypost(5)],
    ['Brevo API key', fake.brevo(5)],
    ['Perplexity API key', fake.perplexity(5)],
    ['Notion integration token', fake.notion(5)],
    ['Airtable personal access token', fake.airtable(5)],
    ['Linear API key', fake.linear(5)],
    ['GitLab personal access token', fake.gitlab(5)],
    ['npm access token', fake.npm(5)],
    ['PlanetScale service token', fake.planetscale(5)],
    ['Postman API key', fake.postman(5)],
    ['Doppler service token', fake.doppler(5)],
    ['Databricks access token', fake.databricks(5)],
    ['Telegram bot token', fake.telegramBot(5)],
    ['Supabase secret key', fake.supabaseSecret(5)],
    ['Stripe webhook signing secret', fake.stripeWebhook(5)],
    ['Mailchimp API key', fake.mailchimp(5)],
    ['Mapbox secret token', fake.mapboxSecret(5)],
    ['Replicate API token', fake.replicate(5)],
    ['Firebase Cloud Messaging server key', fake.fcmServerKey(5)],
    ['Plaid access token', fake.plaidAccess(5)],
    ['database URL with a password', fake.databaseUrl(5)],
    ['Midtrans server key', fake.midtrans(5, true)],
    ['Discord webhook URL', fake.discordWebhook(5)],
  ];

  it('does not stop at strings that only start like a short prefix (pat, npm_, ntn_, dapi, pplx-, EZAK, r8_) or a digest', () => {
    for (const line of ["const p = 'pattern.' + 'path';", "env.npm_config_cache = 'npm_config_cache';", "const s = 'ntn_docs';", "call('dapiVersion')", "'pplx-docs'", "'EZAKI'", "'r8_docs'", "const hash = 'deadbeefdeadbeefdeadbeefdeadbeef';", "const map = { mappings: 'AAAA,SAAS,GAAG' };"]) {
      expect(PRIVATE_SHAPES?.test(line)).toBe(false);
    }
  });

  it.each(privateValues)('finds a %s in a line of code', (_kind, value) => {
    expect(PRIVATE_SHAPES?.test(`const value = ${JSON.stringify(value)};`)).toBe(true);
  });

  it('leaves out a prefix another one already finds (sk- finds sk-ant-), and finds nothing in plain code', () => {
    expect(PRIVATE_SHAPES?.source).not.toContain('sk-ant');
    expect(PRIVATE_SHAPES?.source).toContain('sk-');
    expect(PRIVATE_SHAPES?.test('const skip = task.map((x) => x.TOKEN_KEY);')).toBe(false);
  });

  it('looks for a full-value prefix where a value starts (after a quote, a backtick or =), a PEM block or an AWS key id anywhere', () => {
    const token = fake.mpAccessToken(6);
    expect(PRIVATE_SHAPES?.test(`fetch(base + '?k=${token}')`)).toBe(true);
    expect(PRIVATE_SHAPES?.test(`const t = \`${token}\`;`)).toBe(true);
    expect(PRIVATE_SHAPES?.test(`// ${token}`)).toBe(false);
    expect(PRIVATE_SHAPES?.test(`const TEST-1 = a;`)).toBe(false);
    expect(PRIVATE_SHAPES?.test(`const pem = 'header\\n${fake.pemPrivateKey(6).slice(0, 40)}';`)).toBe(true);
    expect(PRIVATE_SHAPES?.test(`const id = prefix + ${JSON.stringify(fake.awsKeyId(6)).slice(1, -1)};`)).toBe(true);
  });
});

describe('SPLIT_LITERAL (a private literal written in pieces)', () => {
  it.each([
    ["'APP_' + 'USR-1234'"],
    ['"ABCDEFGH" +\n    "IJKLMNOP"'],
    ["('sk_li') + ('ve_0a1b')"],
    ['`ghp_AbCd` + `EfGh`'],
  ])('finds %s', (code) => {
    expect(SPLIT_LITERAL.test(`const v = ${code};`)).toBe(true);
  });

  it.each([["'a ' + 'b'"], ["'\\n' + 'x'"], ["'x' + y + 'z'"], ['a + b'], ["'=' + value"]])('leaves %s alone', (code) => {
    expect(SPLIT_LITERAL.test(`const v = ${code};`)).toBe(false);
  });

  it('matches exactly what its quote-first form matches (it is tried at each `+` instead)', () => {
    const quoteFirst = /["'\x60](?<=[^\\][\w-]["'\x60])[\s)]*\+[\s(]*["'\x60][\w-]/u;
    const text = fc.string({ unit: fc.constantFrom(...'a_-\\\'"`+() \n='.split('')), maxLength: 24 });
    fc.assert(
      fc.property(text, (t) => {
        expect(SPLIT_LITERAL.test(t)).toBe(quoteFirst.test(t));
      }),
      { numRuns: 30_000, seed: 4244 },
    );
  });
});

