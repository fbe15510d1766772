import Stripe from 'stripe';
import type { GetServerSideProps } from 'next';
import { useState } from 'react';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

async function listPrices() {
  const prices = await stripe.prices.list({ active: true });
  return prices.data.map((p) => ({ id: p.id, amount: p.unit_amount }));
}

export default function Checkout({ prices }: { prices: { id: string; amount: number }[] }) {
  const [selected, setSelected] = useState(prices[0]?.id);
  async function pay() {
    await fetch('/api/pay', {
      method: 'POST',
      headers: {
        'X-VTEX-API-AppKey': process.env.NEXT_PUBLIC_VTEX_APP_KEY!,
        'X-VTEX-API-AppToken': vtexToken, // expect: secretHeader
      },
      body: JSON.stringify({ selected }),
    });
  }
  return <button onClick={pay}>{selected}</button>;
}

const vtexToken = globalThis.sessionStorage?.getItem('vtex') ?? '';

export const getServerSideProps: GetServerSideProps = async () => {
  const token = '__FAKE_mpAccessToken_5__';
  return { props: { prices: await listPrices(), hasToken: token.length > 0 } };
};
