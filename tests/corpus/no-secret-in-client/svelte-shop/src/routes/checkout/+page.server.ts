import { STRIPE_SECRET_KEY } from '$env/static/private';
import Stripe from 'stripe';

const stripe = new Stripe(STRIPE_SECRET_KEY);

export async function load() {
  const intent = await stripe.paymentIntents.create({ amount: 1000, currency: 'brl' });
  return { clientSecret: intent.client_secret };
}
