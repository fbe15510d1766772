import fetch from 'node-fetch';

const MP_API = 'https://api.mercadopago.com';

export async function createPreference(items: Array<{ title: string; quantity: number; unit_price: number }>) {
  const res = await fetch(`${MP_API}/checkout/preferences`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Bearer __FAKE_mpAccessToken_1__', // expect: hardcoded
    },
    body: JSON.stringify({ items }),
  });
  return res.json();
}

export async function getPayment(id: string, accessToken: string) {
  const res = await fetch(`${MP_API}/v1/payments/${id}`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return res.json();
}
