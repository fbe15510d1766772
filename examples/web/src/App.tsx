import { useState } from 'react';
import { Checkout } from './components/Checkout';
import { StripeCheckout } from './components/StripeCheckout';

export function App() {
  const [provider, setProvider] = useState<'mercadopago' | 'stripe'>('mercadopago');
  return (
    <main>
      <h1>Fake Shop</h1>
      <select value={provider} onChange={(e) => setProvider(e.target.value as 'mercadopago' | 'stripe')}>
        <option value="mercadopago">Mercado Pago</option>
        <option value="stripe">Stripe</option>
      </select>
      {provider === 'mercadopago' ? <Checkout /> : <StripeCheckout />}
    </main>
  );
}
