import Stripe from 'stripe';

export async function getPrices(key: string) {
  const stripe = new Stripe(key);
  return (await stripe.prices.list()).data;
}
