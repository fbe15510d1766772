import https from 'node:https';
import axios from 'axios';

const ERP_TOKEN = process.env.ERP_TOKEN || '__FAKE_mpAccessToken_12__'; // expect: hardcodedFallback

export function syncStock(path: string) {
  return https.request({
    hostname: 'erp.internal.example.com',
    path,
    auth: 'integration:__FAKE_opaque_13__', // expect: hardcodedBasic
  });
}

export async function listOrders() {
  const res = await axios.get('https://erp.internal.example.com/orders', {
    auth: { username: 'integration', password: '__FAKE_opaque_14__' }, // expect: hardcodedBasic
    headers: { Authorization: `Bearer ${ERP_TOKEN}` },
  });
  return res.data;
}

export async function listInvoices() {
  const res = await axios.get('https://erp.internal.example.com/invoices', {
    auth: { username: process.env.ERP_USER ?? '', password: process.env.ERP_PASSWORD ?? '' },
  });
  return res.data;
}
