// A server component (no 'use client'): it runs on the server, so it may read the access token.
export default async function OrdersPage() {
  // ✅ Server-side call with the token from the environment, in the Authorization header.
  const res = await fetch('https://api.mercadopago.com/v1/payments/search?sort=date_created&criteria=desc', {
    headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` },
    cache: 'no-store',
  });
  const { results } = (await res.json()) as { results: { id: number; status: string }[] };
  return (
    <ul>
      {results.map((p) => (
        <li key={p.id}>{p.status}</li>
      ))}
    </ul>
  );
}
