module.exports = {
  payments: 'https://api.mercadopago.com/v1/payments/search?access_token=__FAKE_mpAccessToken_11__', // expect: credentialInUrl
  movies: 'https://api.themoviedb.org/3/movie/popular?api_key=__FAKE_opaque_12__', // expect: credentialInUrl
  docsExample: 'https://api.mercadopago.com/v1/payments/search?access_token=YOUR_ACCESS_TOKEN',
  template: 'https://api.example.com/v1/me?access_token={accessToken}',
  express: '/v1/me?access_token=:token',
  publicKey: 'https://api.example.com/v1/methods?public_key=__FAKE_mpPublicKey_3__',
  stripe: 'https://api.example.com/v1/pay?api_key=__FAKE_stripePublishable_4__',
};
