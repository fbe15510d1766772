import { useState } from 'react';

const publicKey = import.meta.env.PUBLIC_STRIPE_KEY;
const leaked = import.meta.env.PUBLIC_STRIPE_SECRET_KEY; // expect: publicPrefixSecret

export default function Checkout() {
  const [busy, setBusy] = useState(false);
  return <button disabled={busy} data-key={publicKey} data-x={leaked} onClick={() => setBusy(true)}>Pay</button>;
}
