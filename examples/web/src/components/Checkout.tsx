// Mercado Pago checkout in the browser. Only the public key belongs here; the preference is created by
// our backend (server/routes/payments.js), which holds the access token.
import { useEffect, useState } from 'react';
import { initMercadoPago, Wallet } from '@mercadopago/sdk-react';
import { createPreference } from '../api/shop';

// ❌ An access token exposed through a VITE_ variable and handed to the browser SDK.
initMercadoPago(import.meta.env.VITE_MP_ACCESS_TOKEN);

// ✅ The public key is what the browser SDK expects.
initMercadoPago(import.meta.env.VITE_MP_PUBLIC_KEY, { locale: 'es-AR' });

// ❌ A private access token written into a component.
const MP_ACCESS_TOKEN = 'APP_USR-7070707070707070-240101-deadbeefc0ffeedeadbeefc0ffeedead-606060606';

// ✅ A Mercado Pago public key (APP_USR- followed by a UUID) is public by design.
const MP_PUBLIC_KEY = 'APP_USR-c0ffee00-dead-beef-f00d-deadbeefcafe';

export function Checkout() {
  const [preferenceId, setPreferenceId] = useState<string>();
  useEffect(() => {
    void createPreference([{ title: 'Mate', quantity: 1, price: 4500 }]).then(setPreferenceId);
  }, []);
  return (
    <section data-public-key={MP_PUBLIC_KEY} data-debug={MP_ACCESS_TOKEN.length}>
      {preferenceId && <Wallet initialization={{ preferenceId }} />}
    </section>
  );
}
