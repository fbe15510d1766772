'use client';

import { useState } from 'react';
import { loadStripe } from '@stripe/stripe-js';
import { Elements, PaymentElement } from '@stripe/react-stripe-js';

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET; // expect: secretEnv

export default function CheckoutForm({ clientSecret }: { clientSecret: string }) {
  const [ready, setReady] = useState(false);
  return (
    <Elements stripe={stripePromise} options={{ clientSecret }}>
      <PaymentElement onReady={() => setReady(Boolean(webhookSecret) || true)} />
      {ready ? null : <p>Loading…</p>}
    </Elements>
  );
}
