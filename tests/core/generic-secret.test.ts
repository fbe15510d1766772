import { describe, expect, it } from 'vitest';
import { CREDENTIAL_LOOK, NAMED_PARAM_LOOK, URL_PARAM_LOOK, credentialLookRejection, isSecretLiteralName, type Rejection } from '../../src/core/credentials/generic-secret.js';
import { fake } from '../fixtures/fake.js';

describe('credentialLookRejection: values that look like a credential', () => {
  it.each([
    ['a base62 token', fake.opaque(101, 32)],
    ['a 20-character token', fake.opaque(102, 20)],
    ['a 16-character token (the minimum)', fake.opaque(103, 16)],
    ['a hex token', fake.hex(104, 40)],
    ['a 16-digit hex token', fake.hex(105, 16)],
    ['a prefixed service token', `svc_${fake.hex(106, 32)}`],
    ['a dotted token', `${fake.opaque(107, 12)}.${fake.opaque(108, 24)}`],
    ['a base64 value with padding', `${fake.opaque(109, 30)}+/==`],
    // random mixed case of letters only breaks into pieces of one or two letters, most without a vowel
    ['a token of letters only', fake.opaque(115, 48).replaceAll(/\d/gu, '')],
    ['another token of letters only', fake.opaque(116, 40).replaceAll(/\d/gu, '')],
  ])('%s', (_what, value) => {
    expect(credentialLookRejection(value)).toBeUndefined();
  });
});

describe('credentialLookRejection: look-alikes and why they are rejected', () => {
  it.each<[Rejection, string]>([
    ['short', 'p4x8mq2zr7wk9tn'],
    ['long', fake.opaque(110, CREDENTIAL_LOOK.maxLength + 1)],
    ['whitespace', 'Your secret key was copied 2 times'],
    ['whitespace', 'btn btn-primary col-md-6 mt-3'],
    ['placeholder', 'your-client-secret-here'],
    ['placeholder', 'sk_live_xxxxxxxxxxxxxxxxxxxx'],
    ['placeholder', '<YOUR_CLIENT_SECRET_123>'],
    ['public-prefix', `pk.${fake.opaque(111, 60)}`],
    ['public-prefix', `pub_${fake.hex(112, 32)}`],
    ['public-prefix', `pi_${fake.opaque(113, 24)}_secret_${fake.opaque(114, 25)}`],
    ['url', 'https://api.example.com/v1/oauth2/token'],
    ['url', 'mailto:security@example.com'],
    ['path', '/api/v2/auth/refresh-token'],
    ['path', './components/SecretPanel2'],
    ['path', '@/assets/icons/key-2x.svg'],
    ['path', 'static/js/main.8b2e6f0a.chunk.js'],
    ['alphabet', 'user@example.com:pa55word1'],
    ['alphabet', 'a1b2c3d4e5f6g7h8,i9j0'],
    ['env-name', 'MERCADOPAGO_CLIENT_SECRET_2'],
    ['digits', '5120938475612093'],
    ['digits', '1700000000000.123'],
    ['uuid', '3f2b8c1e-9a4d-4e7b-8c6f-1d2e3f4a5b6c'],
    ['date', '2024-06-01T12:30:00Z'],
    ['version', 'v18.19.1-alpine3.19'],
    ['file-name', 'logo.8d1f0e2a9c3b.png'],
    ['words', 'section-2-title-large'],
    ['words', 'grid-cols-12-md-gap-4'],
    ['words', 'orderConfirmationSecret'],
    // issue 19: event, error and class names of short camelCase words (MSAL telemetry, Okta models)
    ['words', 'refreshTokenClientAcquireTokenByRefreshToken'],
    ['words', 'RefreshTokenClientExecuteTokenRequest'],
    ['words', 'invalidUserNameOrPassword'],
    ['words', 'SignInAfterPasswordReset'],
    ['words', 'InlineHookOAuthClientSecretConfig'],
    ['words', 'checkout_session_label_text'],
    ['words', 'customer-portal-link'],
    ['words', 'abcdefghijklmnopqrstuvwxyz'],
    ['words', 'section-h2-title-large'],
    ['low-entropy', 'a1a1a1a1a1a1a1a1a1a1'],
    ['low-entropy', 'ab12ab12ab12ab12ab12'],
  ])('%s: %j', (reason, value) => {
    expect(credentialLookRejection(value)).toBe(reason);
  });
});

describe('credentialLookRejection with the URL-parameter profile (issue 17)', () => {
  it.each([
    ['a 12-character key (the minimum)', fake.shortKey(120)],
    ['a 13-character key', fake.shortKey(121, 13)],
    ['a 15-character key', fake.shortKey(122, 15)],
    ['a 16-character token (the long profile applies)', fake.opaque(103, 16)],
  ])('%s', (_what, value) => {
    expect(credentialLookRejection(value, URL_PARAM_LOOK)).toBeUndefined();
  });

  it('keeps the default profile at 16 characters', () => {
    expect(credentialLookRejection(fake.shortKey(120))).toBe('short');
    expect(URL_PARAM_LOOK.minLength).toBe(12);
  });

  it.each<[Rejection, string]>([
    ['short', fake.shortKey(123, 11)],
    ['short', 'DEMO_KEY'],
    ['env-name', 'SHOP_WIDGET_KEY'],
    // placeholder words after a short prefix (`isPlaceholder`)
    ['placeholder', 'DEMO_API_KEY'],
    ['placeholder', 'YOUR_API_KEY'],
    ['placeholder', 'xxxxxxxxxxxx'],
    ['placeholder', '123456789012'],
    ['digits', '948302716455'],
    ['words', 'test1234abcd'],
    ['words', 'mySecretKey1'],
    ['words', 'v1beta2alpha'],
    ['words', 'Token2Value9'],
    ['separator', 'en-US-v2-a9b'],
    ['separator', 'k8.Qz2_r7Wm4'],
    ['hex-id', '3f9a1c2b7d4e'],
    ['hex-id', 'abc123def456'],
    ['hex-id', '9F8E7D6C5B4A'],
    ['sequence', 'Ab12Cd34Ef56'],
    ['sequence', 'Qm7Zp2Xr9Lk456'],
    ['sequence', 'Zy9Xw8vUq2Ks'],
    ['dummy', 'Qm7dEmO9Lk4x'],
    ['dummy', 'Gz7key9Lq4pW'],
    ['low-entropy', 'a1b1a1b1a1b1'],
  ])('%s: %j', (reason, value) => {
    expect(credentialLookRejection(value, URL_PARAM_LOOK)).toBe(reason);
  });
});

describe('credentialLookRejection with the credential-named parameter profile', () => {
  it.each([
    ['an 8-digit hex key (OMDb)', fake.hex(551, 8)],
    ['an 8-digit hex key with two letter-digit switches', fake.hex(552, 8)],
    ['a hex key whose letters spell a word by chance, one switch', `${fake.hex(554, 4)}face`],
    ['a 10-character key', fake.shortKey(552, 10)],
    ['a 12-character hex key (hex-id for a generic name)', fake.hex(559, 12)],
  ])('%s', (_what, value) => {
    expect(credentialLookRejection(value, NAMED_PARAM_LOOK)).toBeUndefined();
  });

  it('is looser than the URL-parameter profile only in length, hex and entropy', () => {
    expect(credentialLookRejection(fake.hex(559, 12), URL_PARAM_LOOK)).toBe('hex-id');
    expect(credentialLookRejection(fake.hex(552, 8), URL_PARAM_LOOK)).toBe('short');
    expect(credentialLookRejection(fake.shortKey(552, 10), URL_PARAM_LOOK)).toBe('short');
  });

  it.each<[Rejection, string]>([
    ['short', fake.shortKey(554, 7)],
    ['low-entropy', 'a1a1a1a1'],
    ['low-entropy', 'aaaa1111'],
    ['sequence', '0123abcd'],
    ['sequence', '4a3b2c1d'],
    ['digits', '94830271'],
    ['words', 'home7x9q'],
    ['words', 'trilogy1'],
    // hex letters only: no switch at all
    ['words', 'deadbeef'],
    ['dummy', 'key9x7q2'],
    ['separator', 'x9-k4-q7'],
    ['placeholder', 'YOUR_KEY'],
  ])('%s: %j', (reason, value) => {
    expect(credentialLookRejection(value, NAMED_PARAM_LOOK)).toBe(reason);
  });
});

describe('isSecretLiteralName', () => {
  it.each([
    'MERCADOPAGO_SECRET', 'client_secret', 'clientSecret', 'consumer_secret', 'ordersAccessToken', 'serviceToken', 'deployKey',
    'DEPLOY_TOKEN', 'botToken', 'appToken', 'privateKey', 'STRIPE_API_KEY', 'openaiApiKey', 'apiSecret', 'webhookSecret', 'password',
    'encryptionKey', 'ENCRYPTION_KEY', 'HMAC_KEY', 'bearerToken',
  ])('%s is secret', (name) => {
    expect(isSecretLiteralName(name)).toBe(true);
  });

  it.each([
    'client_id', 'clientId', 'public_key', 'publishableKey', 'apiKey', 'firebaseApiKey', 'anonKey', 'supabaseAnonKey', 'mapboxAccessToken',
    'csrfToken', 'sessionToken', 'token', 'API_KEY', 'secretName', 'accessTokenStorageKey', 'tokenType', 'passwordPattern', 'siteKey',
    'ENCRYPTION_KEY_LENGTH', 'hmacKeyVersion', 'encryptionKeyId', 'private_key_id', 'SecretId', 'ACCESS_TOKEN_IDS',
  ])('%s is not', (name) => {
    expect(isSecretLiteralName(name)).toBe(false);
  });

  it('takes secretNames and publicNames', () => {
    expect(isSecretLiteralName('signingSalt', { secretNames: ['signing salt'] })).toBe(true);
    expect(isSecretLiteralName('widgetSecret', { publicNames: ['widget secret'] })).toBe(false);
  });
});
