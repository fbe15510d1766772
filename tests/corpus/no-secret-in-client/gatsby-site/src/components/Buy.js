import React from 'react';
import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe(process.env.GATSBY_STRIPE_PUBLISHABLE_KEY);
const secret = process.env.GATSBY_STRIPE_SECRET_KEY; // expect: publicPrefixSecret

export default function Buy({ price }) {
  return <button onClick={async () => (await stripePromise).redirectToCheckout({ lineItems: [{ price, quantity: 1 }], mode: 'payment' })}>{secret ? 'Buy' : '…'}</button>;
}
