export const config = {
  apiUrl: import.meta.env.VITE_API_URL ?? 'http://localhost:3000',
  mpPublicKey: '__FAKE_mpPublicKey_1__',
  // TODO: move to the backend before going live
  mpAccessToken: '__FAKE_mpAccessToken_1__', // expect: privateLiteral
  sandboxToken: '__FAKE_mpTestAccessToken_2__', // expect: privateLiteral
  placeholder: 'APP_USR-xxxxxxxxxxxxxxxx',
};
