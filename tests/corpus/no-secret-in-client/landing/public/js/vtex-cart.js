const appKey = 'vtexappkey-mystore-ABCDEF';
const appToken = window.VTEX_CONFIG.appToken;

async function addToCart(orderFormId, items) {
  return fetch(`/api/checkout/pub/orderForm/${orderFormId}/items`, {
    method: 'POST',
    headers: {
      'X-VTEX-API-AppKey': appKey,
      'X-VTEX-API-AppToken': appToken, // expect: secretHeader
    },
    body: JSON.stringify({ orderItems: items }),
  });
}
