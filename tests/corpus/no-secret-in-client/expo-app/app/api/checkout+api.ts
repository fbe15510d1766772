import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(request: Request) {
  const { amount } = await request.json();
  const intent = await stripe.paymentIntents.create({ amount, currency: 'brl' });
  return Response.json({ clientSecret: intent.client_secret });
}
