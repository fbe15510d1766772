export const environment = {
  production: false,
  apiUrl: 'https://mystore.vtexcommercestable.com.br/api',
  vtexAppKey: 'vtexappkey-mystore-QWERTY',
  vtexAppToken: '__FAKE_vtexAppToken_15__', // expect: privateLiteral
};
