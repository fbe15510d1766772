import Stripe from 'stripe';

export default defineEventHandler(async (event) => {
  const { stripeSecretKey } = useRuntimeConfig(event);
  const stripe = new Stripe(stripeSecretKey);
  const body = await readBody(event);
  const intent = await stripe.paymentIntents.create({ amount: body.amount, currency: 'usd' });
  return { clientSecret: intent.client_secret };
});
