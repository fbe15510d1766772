'use client';

import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe('__FAKE_stripeSecret_12__'); // expect: privateInit
const publishable = loadStripe('__FAKE_stripePublishable_13__');

export function Pricing() {
  return <button onClick={async () => (await stripePromise)?.redirectToCheckout({ sessionId: 'cs_test' })}>Buy</button>;
}

export { publishable };
