import { cookies } from 'next/headers';

export default async function Dashboard() {
  const session = (await cookies()).get('session');
  const response = await fetch('https://api.mercadopago.com/v1/payments/search', {
    headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` },
    cache: 'no-store',
  });
  const { results } = await response.json();
  return <pre>{JSON.stringify({ user: session?.value, results }, null, 2)}</pre>;
}
