import { describe, expect, it, vi } from 'vitest';
import { createPreference } from '../../server/payments/mercadopago';

describe('createPreference', () => {
  it('sends the token in the header', async () => {
    const fetchMock = vi.fn().mockResolvedValue({ json: async () => ({}) });
    vi.stubGlobal('fetch', fetchMock);
    await createPreference([]);
    expect(fetchMock).toHaveBeenCalledWith(
      expect.any(String),
      expect.objectContaining({ headers: expect.objectContaining({ Authorization: 'Bearer __FAKE_mpAccessToken_4__' }) }),
    );
  });

  it('accepts dummy tokens', async () => {
    await fetch('/api', { headers: { Authorization: 'Bearer test-token' } });
    await fetch('/api', { headers: { 'x-api-key': 'fake-api-key-for-tests' } });
    await fetch('/api', { headers: { Authorization: 'Basic ' + btoa('user:secret') } });
  });
});
