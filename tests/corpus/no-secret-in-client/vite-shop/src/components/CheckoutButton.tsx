import { useEffect, useState } from 'react';
import { initMercadoPago, Wallet } from '@mercadopago/sdk-react';
import { createPreference } from '../services/mercadopago';

export function CheckoutButton({ items }: { items: CartItem[] }) {
  const [preferenceId, setPreferenceId] = useState<string | null>(null);

  useEffect(() => {
    initMercadoPago(import.meta.env.VITE_MP_ACCESS_TOKEN, { locale: 'es-AR' }); // expect: privateInit
    createPreference(items).then((p) => setPreferenceId(p.id));
  }, [items]);

  if (!preferenceId) return <p>Cargando...</p>;
  return <Wallet initialization={{ preferenceId, redirectMode: 'self' }} customization={{ texts: { valueProp: 'smart_option' } }} />;
}
