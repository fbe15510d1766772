const account = process.env.VTEX_ACCOUNT;
const appKey = process.env.VTEX_APP_KEY;
const appToken = process.env.VTEX_APP_TOKEN;

export async function listOrders(page = 1) {
  const url = `https://${account}.vtexcommercestable.com.br/api/oms/pvt/orders?page=${page}&X-VTEX-API-AppKey=${appKey}&X-VTEX-API-AppToken=${appToken}`; // expect: tokenInQuery
  const res = await fetch(url);
  return res.json();
}

export async function getOrder(id: string) {
  const res = await fetch(`https://${account}.vtexcommercestable.com.br/api/oms/pvt/orders/${id}`, {
    headers: {
      'X-VTEX-API-AppKey': appKey ?? '',
      'X-VTEX-API-AppToken': appToken ?? '',
      Accept: 'application/json',
    },
  });
  return res.json();
}
