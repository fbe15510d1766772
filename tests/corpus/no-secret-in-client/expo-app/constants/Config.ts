export const Config = {
  apiUrl: 'https://api.example-shop.com',
  stripePublishableKey: '__FAKE_stripePublishable_71__',
  stripeSecretKey: '__FAKE_stripeSecret_72__', // expect: privateLiteral
};
