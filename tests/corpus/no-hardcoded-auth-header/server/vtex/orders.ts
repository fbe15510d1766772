import axios from 'axios';

const ACCOUNT = 'mystore';

export const vtex = axios.create({
  baseURL: `https://${ACCOUNT}.vtexcommercestable.com.br`,
  headers: {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'X-VTEX-API-AppKey': '__FAKE_vtexAppKey_1__',
    'X-VTEX-API-AppToken': '__FAKE_vtexAppToken_1__', // expect: hardcoded
  },
});

export async function listOrders(page = 1) {
  const { data } = await vtex.get('/api/oms/pvt/orders', { params: { page } });
  return data;
}
