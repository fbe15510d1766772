import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const token = '__FAKE_stripeSecret_17__';

for (const name of ['Cafe', 'Te']) {
  await stripe.products.create({ name });
}
console.log(token.length);
