const ACCESS_TOKEN = import.meta.env.VITE_MP_ACCESS_TOKEN; // expect: publicPrefixSecret
const API_URL = import.meta.env.VITE_API_URL;

export async function createPreference(items: CartItem[]) {
  const response = await fetch('https://api.mercadopago.com/checkout/preferences', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${ACCESS_TOKEN}`,
    },
    body: JSON.stringify({
      items: items.map((item) => ({ title: item.name, quantity: item.quantity, unit_price: item.price, currency_id: 'ARS' })),
      back_urls: { success: `${API_URL}/success`, failure: `${API_URL}/failure`, pending: `${API_URL}/pending` },
      auto_return: 'approved',
    }),
  });
  return response.json();
}
