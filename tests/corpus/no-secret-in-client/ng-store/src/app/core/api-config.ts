// Shared settings for the HTTP services of the store
export const API_CONFIG = {
  baseUrl: 'https://api.mercadopago.com',
  publicKey: '__FAKE_mpPublicKey_62__',
  accessToken: '__FAKE_mpAccessToken_63__', // expect: privateLiteral
  timeoutMs: 10_000,
};

export const authHeaders = () => ({ Authorization: `Bearer ${API_CONFIG.accessToken}` });
