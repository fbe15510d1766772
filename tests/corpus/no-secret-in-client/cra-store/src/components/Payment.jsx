import React, { useEffect, useRef } from 'react';

const PUBLIC_KEY = process.env.REACT_APP_MP_PUBLIC_KEY;
const ACCESS_TOKEN = process.env.REACT_APP_MP_ACCESS_TOKEN; // expect: publicPrefixSecret

export default function Payment({ amount }) {
  const container = useRef(null);
  useEffect(() => {
    const mp = new window.MercadoPago(PUBLIC_KEY, { locale: 'pt-BR' });
    const bricks = mp.bricks();
    bricks.create('cardPayment', 'cardPaymentBrick_container', {
      initialization: { amount },
      callbacks: {
        onSubmit: (cardFormData) =>
          fetch('https://api.mercadopago.com/v1/payments', {
            method: 'POST',
            headers: { Authorization: `Bearer ${ACCESS_TOKEN}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(cardFormData),
          }),
      },
    });
  }, [amount]);
  return <div id="cardPaymentBrick_container" ref={container} />;
}
