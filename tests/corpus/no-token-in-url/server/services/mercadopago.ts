import axios from 'axios';

const MP_API = 'https://api.mercadopago.com';
const accessToken = process.env.MP_ACCESS_TOKEN ?? '';

export async function searchPayments(ref: string) {
  const res = await fetch(`${MP_API}/v1/payments/search?access_token=${accessToken}&external_reference=${ref}`); // expect: tokenInQuery
  return res.json();
}

export async function getPayment(id: string) {
  const { data } = await axios.get(`${MP_API}/v1/payments/${id}`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return data;
}

export async function getPreference(id: string) {
  const { data } = await axios.get(`${MP_API}/checkout/preferences/${id}`, {
    params: { access_token: accessToken }, // expect: tokenInQuery
  });
  return data;
}
