'use client';
// The checkout page runs in the browser ('use client'): NEXT_PUBLIC_ variables are copied into its bundle.
import { useEffect, useState } from 'react';
import { initMercadoPago, Wallet } from '@mercadopago/sdk-react';

// ❌ A secret behind the NEXT_PUBLIC_ prefix: Next.js ships its value to every visitor.
const accessToken = process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN;

// ✅ The public key, exposed on purpose.
initMercadoPago(process.env.NEXT_PUBLIC_MP_PUBLIC_KEY!, { locale: 'pt-BR' });

export default function CheckoutPage() {
  const [preferenceId, setPreferenceId] = useState<string>();
  useEffect(() => {
    // ✅ The preference is created by our route handler, which holds the access token.
    void fetch('/api/checkout', { method: 'POST', body: JSON.stringify({ sku: 'MATE-01' }) })
      .then((r) => r.json() as Promise<{ id: string }>)
      .then(({ id }) => setPreferenceId(id));
  }, []);
  return <main data-configured={Boolean(accessToken)}>{preferenceId && <Wallet initialization={{ preferenceId }} />}</main>;
}
