'use client';

import { initMercadoPago, Wallet } from '@mercadopago/sdk-react';

initMercadoPago(process.env.NEXT_PUBLIC_MP_PUBLIC_KEY!, { locale: 'es-MX' });

export function PayButton({ preferenceId }: { preferenceId: string }) {
  return <Wallet initialization={{ preferenceId }} />;
}

export async function refund(paymentId: string) {
  return fetch(`https://api.mercadopago.com/v1/payments/${paymentId}/refunds`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN}` }, // expect: publicPrefixSecret
  });
}
