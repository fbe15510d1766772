import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { getPrices } from '~/models/stripe.server';

export async function loader() {
  return json({ prices: await getPrices(process.env.STRIPE_SECRET_KEY!) });
}

export default function Checkout() {
  const { prices } = useLoaderData<typeof loader>();
  return <ul>{prices.map((p) => <li key={p.id}>{p.id}</li>)}</ul>;
}
