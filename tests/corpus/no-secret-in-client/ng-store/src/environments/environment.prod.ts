export const environment = {
  production: true,
  apiUrl: 'https://mystore.vtexcommercestable.com.br/api',
  stripePublishableKey: '__FAKE_stripePublishable_60__',
  stripeSecretKey: '__FAKE_stripeSecret_61__', // expect: privateLiteral
};
