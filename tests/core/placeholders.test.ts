import { describe, expect, it } from 'vitest';
import { entropy, isDummy, isPlaceholder } from '../../src/core/placeholders.js';
import { fake } from '../fixtures/fake.js';

describe('isPlaceholder', () => {
  it.each([
    '', '   ', 'YOUR_ACCESS_TOKEN', '<ACCESS_TOKEN>', 'xxx', 'XXXXXXXX', 'changeme', 'TOKEN', 'TEST-1234567890',
    '${TOKEN}', '{{token}}', '{token}', '$MP_ACCESS_TOKEN', '%API_KEY%', '[your token]', ':token', 'your-api-key-here',
    'replace me', 'insert token here', 'sk_live_xxxxxxxxxxxxxxxx', 'sk_test_****', 'Bearer <token>', 'Bearer YOUR_ACCESS_TOKEN',
    'APP_USR-12345678-031820-X-12345678', 'APP_USR-0123456789', '•••••', 'api_key', 'secret', 'my-secret-token', 'accessToken',
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
  ])('%s is not a placeholder', (_, value) => {
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
