import { useEffect, useState } from 'react';
import { Routes, Route } from 'react-router-dom';
import { initMercadoPago } from '@mercadopago/sdk-react';
import { Cart } from './components/Cart';
import { CheckoutButton } from './components/CheckoutButton';

// The public key is meant for the browser
initMercadoPago(import.meta.env.VITE_MP_PUBLIC_KEY, { locale: 'es-AR' });

export default function App() {
  const [items, setItems] = useState<CartItem[]>([]);
  useEffect(() => {
    const saved = localStorage.getItem('cart');
    if (saved) setItems(JSON.parse(saved));
  }, []);
  return (
    <Routes>
      <Route path="/" element={<Cart items={items} onChange={setItems} />} />
      <Route path="/checkout" element={<CheckoutButton items={items} />} />
    </Routes>
  );
}
