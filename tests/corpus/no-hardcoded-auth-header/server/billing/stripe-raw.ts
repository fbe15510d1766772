const STRIPE_KEY = '__FAKE_stripeSecret_1__';

export async function listCharges(limit = 10) {
  const headers = new Headers();
  headers.append('Authorization', `Bearer ${STRIPE_KEY}`); // expect: hardcodedConstant
  headers.append('Stripe-Version', '2024-06-20');
  const res = await fetch(`https://api.stripe.com/v1/charges?limit=${limit}`, { headers });
  return res.json();
}
