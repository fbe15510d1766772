import { describe, expect, it } from 'vitest';
import { settings } from '../OrdersExport';

// a test file never ships: a token-looking fixture is not a browser leak
const clientSecret = '__FAKE_opaque_93__';

describe('settings', () => {
  it('has a token', () => {
    expect(settings.ordersAccessToken).not.toBe(clientSecret);
  });
});
