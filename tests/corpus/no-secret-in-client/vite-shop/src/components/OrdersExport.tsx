import { useState } from 'react';

// a secret in an exported config object
export const settings = {
  apiUrl: 'https://api.shop.example/v1',
  ordersAccessToken: '__FAKE_hex_82__', // expect: namedSecretLiteral
  accessTokenStorageKey: 'orders.accessToken',
  refreshTokenRoute: '/api/auth/refresh-token',
  secretHint: 'Ask an admin for the orders secret',
};

const labels = {
  clientSecret: 'Client secret',
  secretKey: 'checkout-secret-key-label',
  password: 'Password (at least 12 characters)',
};

export function OrdersExport() {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    await fetch(`${settings.apiUrl}/orders/export`, { headers: { 'X-Orders-Token': settings.ordersAccessToken } });
    setBusy(false);
  };
  return (
    <button className="btn btn-secret col-md-6 mt-3" disabled={busy} onClick={run}>
      {labels.clientSecret}
    </button>
  );
}
