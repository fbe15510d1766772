// VTEX OMS client. VTEX authenticates integrations with an app key (which names the integration)
// and an app token (the secret). Both belong in request headers, on the server.
const account = process.env.VTEX_ACCOUNT ?? 'fakestore';
const VTEX_API = `https://${account}.vtexcommercestable.com.br/api`;

// ❌ The app token (the secret) pasted into the source code. The app key next to it only names the
// integration, so the rule leaves it alone; it still belongs in the environment.
const vtexHeadersLegacy = {
  Accept: 'application/json',
  'Content-Type': 'application/json',
  'X-VTEX-API-AppKey': 'vtexappkey-fakestore-DEADBF',
  'X-VTEX-API-AppToken': 'FAKEVTEXAPPTOKENJUSTFORTHEDEMOQWZFAKEVTEXAPPTOKENJUSTFORTHEDEMOQWZFAKEVTEXAPPTOKENJUSTFORTHEDEMOQWZF',
};

export async function getOrderLegacy(orderId) {
  const res = await fetch(`${VTEX_API}/oms/pvt/orders/${orderId}`, { headers: vtexHeadersLegacy });
  return res.json();
}

// ❌ The app key and app token as query parameters.
export async function listOrdersLegacy() {
  const appKey = process.env.VTEX_APP_KEY;
  const appToken = process.env.VTEX_APP_TOKEN;
  const res = await fetch(`${VTEX_API}/oms/pvt/orders?X-VTEX-API-AppKey=${appKey}&X-VTEX-API-AppToken=${appToken}`);
  return res.json();
}

// ✅ Both read from the environment and sent as headers.
const vtexHeaders = {
  Accept: 'application/json',
  'Content-Type': 'application/json',
  'X-VTEX-API-AppKey': process.env.VTEX_APP_KEY,
  'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN,
};

export async function getOrder(orderId) {
  const res = await fetch(`${VTEX_API}/oms/pvt/orders/${orderId}`, { headers: vtexHeaders });
  return res.json();
}

export async function listOrders(page = 1) {
  const res = await fetch(`${VTEX_API}/oms/pvt/orders?page=${page}&per_page=15`, { headers: vtexHeaders });
  return res.json();
}
