import { describe, expect, it } from 'vitest';
import { identify } from '../../src/core/credentials/catalogue.js';
import { fingerprint } from '../../src/core/credentials/redact.js';
import { fake } from '../fixtures/fake.js';

const print = (value: string): string => fingerprint(value, identify(value));

describe('fingerprint', () => {
  it('shows the provider, the known prefix, the last three characters and the length', () => {
    const token = fake.mpAccessToken(1);
    expect(print(token)).toBe(`APP_USR-…${token.slice(-3)} (Mercado Pago access token, ${String(token.length)} chars)`);
  });

  it('keeps the mode of a Stripe key, which is not secret', () => {
    const key = fake.stripeSecret(2, 'test');
    expect(print(key)).toBe(`sk_test_…${key.slice(-3)} (Stripe secret key, ${String(key.length)} chars)`);
  });

  it('hides the tail of a PEM block and names it', () => {
    const pem = fake.pemPrivateKey(3);
    expect(print(pem)).toBe(`-----BEGIN RSA PRIVATE KEY-----… (PEM private key, ${String(pem.length)} chars)`);
  });

  it('shows only the tail and length of an unrecognised value', () => {
    const opaque = fake.opaque(4, 40);
    expect(fingerprint(opaque)).toBe(`…${opaque.slice(-3)} (value, 40 chars)`);
  });

  it('shows no characters at all of a short value', () => {
    expect(fingerprint('hunter2hunter')).toBe('… (value, 13 chars)');
  });

  it('never contains more of the value than the prefix and three characters', () => {
    for (const value of [fake.mpAccessToken(5), fake.githubFineGrained(6), fake.vtexAppToken(7), fake.jwt(8), fake.opaque(9)]) {
      const printed = print(value);
      for (let i = 0; i + 6 <= value.length; i += 1) {
        const run = value.slice(i, i + 6);
        const prefix = identify(value)?.format.prefix?.exec(value)?.[0] ?? '';
        if (i + 6 > prefix.length) expect(printed.includes(run)).toBe(false);
      }
    }
  });
});
