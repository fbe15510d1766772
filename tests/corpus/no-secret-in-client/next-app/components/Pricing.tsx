import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// an async component is a React Server Component: it never reaches the browser
export default async function Pricing() {
  const { data } = await stripe.prices.list({ active: true });
  return <ul>{data.map((p) => <li key={p.id}>{p.nickname}</li>)}</ul>;
}
