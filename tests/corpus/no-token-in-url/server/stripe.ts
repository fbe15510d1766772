import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function customer(id: string) {
  return stripe.customers.retrieve(id);
}

export async function rawBalance() {
  const res = await fetch('https://api.stripe.com/v1/balance', {
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` },
  });
  return res.json();
}

export const checkoutUrl = (sessionId: string) => `https://checkout.stripe.com/c/pay/${sessionId}?locale=auto`;
