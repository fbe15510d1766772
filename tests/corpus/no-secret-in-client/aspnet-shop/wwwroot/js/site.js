// Please see documentation at https://learn.microsoft.com/aspnet/core/client-side/bundling-and-minification
const paymentsApi = {
  baseUrl: '/api/payments',
  stripeKey: '__FAKE_stripeRestricted_76__', // expect: privateLiteral
};

async function loadPayments() {
  const response = await fetch(paymentsApi.baseUrl);
  return response.json();
}
