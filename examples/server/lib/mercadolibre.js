// Mercado Libre / Mercado Pago API client used by the backend.
// The access token lives in the server's environment and travels in the Authorization header.
import axios from 'axios';

const ML_API = 'https://api.mercadolibre.com';
const accessToken = process.env.ML_ACCESS_TOKEN;

// ❌ The access token in the query string: it ends up in access logs, proxies and Referer headers.
export async function getMeLegacy() {
  const res = await fetch(`${ML_API}/users/me?access_token=${accessToken}`);
  return res.json();
}

// ✅ The same call with the token in the Authorization header.
export async function getMe() {
  const res = await fetch(`${ML_API}/users/me`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return res.json();
}

// ❌ axios `params` become the query string too.
export async function listItemsLegacy(sellerId) {
  const { data } = await axios.get(`${ML_API}/users/${sellerId}/items/search`, {
    params: { access_token: accessToken, status: 'active' },
  });
  return data;
}

// ✅ Only non-secret filters in `params`; the token goes in the header.
export async function listItems(sellerId) {
  const { data } = await axios.get(`${ML_API}/users/${sellerId}/items/search`, {
    params: { status: 'active', offset: 0 },
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return data;
}

// ❌ A URL object whose query gets the token before it is fetched.
export async function getOrderLegacy(orderId) {
  const url = new URL(`/orders/${orderId}`, ML_API);
  url.searchParams.set('access_token', accessToken);
  const res = await fetch(url);
  return res.json();
}

// ✅ Reading a query parameter (here: the OAuth `code` Mercado Libre redirects back with) is fine.
export function readAuthCode(requestUrl) {
  return new URL(requestUrl).searchParams.get('code');
}

// ✅ The OAuth token exchange sends client_secret in a POST body, as the OAuth docs ask.
export async function exchangeCode(code) {
  const res = await fetch(`${ML_API}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: process.env.ML_CLIENT_ID,
      client_secret: process.env.ML_CLIENT_SECRET,
      code,
      redirect_uri: process.env.ML_REDIRECT_URI,
    }),
  });
  return res.json();
}

// ✅ Pagination tokens are not credentials.
export async function nextPage(scrollId) {
  const res = await fetch(`${ML_API}/sites/MLA/search?q=celular&search_type=scan&scroll_id=${scrollId}`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return res.json();
}
