import { describe, expect, it } from 'vitest';
import { entropy, isDummy, isPlaceholder, isPublishedSample } from '../../src/core/credentials/placeholders.js';
import { fake } from '../fixtures/fake.js';

describe('isPlaceholder', () => {
  it.each([
    '', '   ', 'YOUR_ACCESS_TOKEN', '<ACCESS_TOKEN>', 'xxx', 'XXXXXXXX', 'changeme', 'TOKEN', 'TEST-1234567890',
    '${TOKEN}', '{{token}}', '{token}', '$MP_ACCESS_TOKEN', '%API_KEY%', '[your token]', ':token', 'your-api-key-here',
    'replace me', 'insert token here', 'sk_live_xxxxxxxxxxxxxxxx', 'sk_test_****', 'Bearer <token>', 'Bearer YOUR_ACCESS_TOKEN',
    'APP_USR-12345678-031820-X-12345678', 'APP_USR-0123456789', '•••••', 'api_key', 'secret', 'my-secret-token', 'accessToken',
    // the words or a mask after a short prefix of no catalogued format (SDK docs' samples)
    're_YOUR_API_KEY', 'pcsk_your_api_key', 'r8_YOUR_TOKEN', 'ntn_your_token', 'AIzaSyYOUR_API_KEY', 're_xxxxxxxxxxxx', 'db_changeme',
    // PayPal's samples mark their values with double angle brackets
    '<<CLIENT-SECRET>>', '<<PAYPAL-CLIENT-ID>>',
    // Midtrans' docs mask the body of a server key
    'SB-Mid-server-xxxxxxxxxxxxxxxxxxxxxxxx', 'Mid-server-************************',
  ])('%j is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    ['a Mercado Pago access token', fake.mpAccessToken(1)],
    ['a Stripe secret key', fake.stripeSecret(2)],
    ['a VTEX app token', fake.vtexAppToken(3)],
    ['an opaque token', fake.opaque(4)],
    ['a Basic credential', 'Basic dXNlcjpwYXNz'],
    ['a plainly fake but well-shaped docs value', 'APP_USR-8800000000000000-112326-c0ffeec0ffeec0ffeec0ffeec0ffee00-374'],
    ['an opaque token after a short prefix', `re_${fake.opaque(5, 32)}`],
    ['a hex token after a short prefix', `pcsk_${fake.hex(6, 40)}`],
    ['a letters-only token after a short prefix', `ntn_${fake.opaque(7, 12).replaceAll(/\d/gu, 'q')}QzWvKpRt`],
    ['a token between unbalanced brackets', `<<${fake.opaque(8, 24)}`],
  ])('%s is not a placeholder', (_, value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

/** Pieces joined at run time: the repository holds no credential-shaped literal. */
const join = (...parts: string[]): string => parts.join('');
const b64url = (json: unknown): string => Buffer.from(JSON.stringify(json)).toString('base64url');
/** jwt.io's sample token: its claims are the docs' John Doe. */
const JWT_IO = [b64url({ alg: 'HS256', typ: 'JWT' }), b64url({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }), 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.');

describe('published samples', () => {
  it.each([
    ["Stripe's API-reference test secret key", join('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc')],
    ["Stripe's API-reference publishable key", join('pk_', 'test_', 'TYooMQauvdEDq54NiTphI7jx')],
    ["an older Stripe docs test key", join('sk_', 'test_', 'BQokikJOvBiI2HlWgH4olfQ2')],
    ["AWS's example access key id", join('AKIA', 'IOSFODNN7', 'EXAMPLE')],
    ["AWS's example secret access key", join('wJalrXUtnFEMI/', 'K7MDENG/bPxRfiCY', 'EXAMPLEKEY')],
    // AWS's docs convention (botocore's bundled examples): any sample ends with EXAMPLE or EXAMPLEKEY
    ['an AWS docs sample secret', join('8P+SQvWIuLnKhh8d++jpw0nNmQRBZvN', 'EXAMPLEKEY')],
    ['an AWS docs sample thumbprint', join('3768084dfb3d2b68b7897bf5f565da8ef', 'EXAMPLE')],
    ["jwt.io's sample token", JWT_IO],
    ['a JWT whose subject is ascending digits', [b64url({ alg: 'HS256' }), b64url({ sub: '0123456789', role: 'admin' }), 'x'.repeat(20)].join('.')],
  ])('%s is a placeholder', (_, value) => {
    expect(isPublishedSample(value)).toBe(true);
    expect(isPlaceholder(value)).toBe(true);
    expect(isPlaceholder(`Bearer ${value}`)).toBe(true);
  });

  it.each([
    ['a Stripe test key one character off the sample', join('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dd')],
    ['a JWT with other claims', fake.jwt(31)],
    ['a JWT of Jane Roe', [b64url({ alg: 'HS256' }), b64url({ sub: '8271', name: 'Jane Roe' }), 'y'.repeat(20)].join('.')],
    ['a Stripe secret key', fake.stripeSecret(32, 'test')],
    ['a token with EXAMPLE inside, not at its end', join('3768084dfb3d2b68b7897bf5f565da8ef', 'EXAMPLE', 'x9')],
    ['a token ending in a lower-case example', join('3768084dfb3d2b68b7897bf5f565da8ef', 'example')],
  ])('%s is not', (_, value) => {
    expect(isPublishedSample(value)).toBe(false);
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe('isDummy (test files only)', () => {
  it('skips short, self-described and low-entropy values', () => {
    expect(isDummy('abc123', false)).toBe(true);
    expect(isDummy('my-fake-token-for-tests-0001', false)).toBe(true);
    expect(isDummy('sk_test_dummydummydummydummy', true)).toBe(true);
    expect(isDummy('aaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb', false)).toBe(true);
    expect(isDummy('YOUR_TOKEN', false)).toBe(true);
  });

  it('keeps real-looking catalogued credentials and long random values', () => {
    expect(isDummy(fake.stripeSecret(5), true)).toBe(false);
    expect(isDummy(fake.mpAccessToken(6), true)).toBe(false);
    expect(isDummy(fake.opaque(7, 40), false)).toBe(false);
  });

  it('skips placeholder words with an ascending count (issue 19: a redaction test\'s dummies)', () => {
    expect(isDummy('secret-token-12345', false)).toBe(true);
    expect(isDummy('Bearer secret-token-12345', false)).toBe(true);
    expect(isDummy('auth-token-12345', false)).toBe(true);
    expect(isDummy('apiKey0123456', false)).toBe(true);
    expect(isDummy('MY_SERVICE_TOKEN_123', false)).toBe(true);
    // neither a placeholder outside test files
    expect(isPlaceholder('secret-token-12345')).toBe(false);
  });

  it('keeps words with a count that is not a placeholder vocabulary word or not ascending', () => {
    // a word outside the vocabulary: a weak real password, not a dummy
    expect(isDummy('Tr0ub4dorPassword12345', false)).toBe(false);
    expect(isDummy('orchestrator-token-12345', false)).toBe(false);
    // a count that is not ascending from 0 or 1
    expect(isDummy('secret-token-23456', false)).toBe(false);
    expect(isDummy('secret-token-12354', false)).toBe(false);
    // a real-looking body after the words
    expect(isDummy(`secret-token-${fake.opaque(10, 20)}`, false)).toBe(false);
  });

  it('skips short random values that match no format', () => {
    expect(isDummy(fake.opaque(8, 12), false)).toBe(true);
    expect(isDummy(fake.opaque(8, 12), true)).toBe(false);
  });
});

describe('entropy', () => {
  it('is 0 for one repeated character and grows with variety', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abab')).toBe(1);
    expect(entropy(fake.opaque(9, 64))).toBeGreaterThan(4);
  });
});
