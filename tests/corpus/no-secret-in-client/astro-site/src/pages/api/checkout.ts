import type { APIRoute } from 'astro';
import Stripe from 'stripe';

const stripe = new Stripe(import.meta.env.STRIPE_SECRET_KEY);

export const POST: APIRoute = async ({ request }) => {
  const { price } = await request.json();
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price, quantity: 1 }] });
  return new Response(JSON.stringify({ url: session.url }));
};
