// The web app's API layer. It talks to our own backend; the backend talks to the providers.
import { session } from '../lib/session';

interface CartItem {
  title: string;
  quantity: number;
  price: number;
}

// ✅ The signed-in user's own session token, sent to our backend: that is how SPAs authenticate.
export async function createPreference(items: CartItem[]): Promise<string> {
  const res = await fetch('/api/checkout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify({ items }),
  });
  const { id } = (await res.json()) as { id: string };
  return id;
}

// ❌ Calls Mercado Pago straight from the browser with a hard-coded access token.
export async function getPaymentDirect(id: string): Promise<unknown> {
  const res = await fetch(`https://api.mercadopago.com/v1/payments/${id}`, {
    headers: { Authorization: 'Bearer APP_USR-5050505050505050-240101-c0ffeedeadbeefc0ffeedeadbeefc0ff-303030303' },
  });
  return res.json();
}

// ✅ The same lookup through our backend.
export async function getPayment(id: string): Promise<unknown> {
  const res = await fetch(`/api/payments/${encodeURIComponent(id)}`, {
    headers: { Authorization: `Bearer ${session.accessToken}` },
  });
  return res.json();
}

// ❌ Opens a report with the user's token in the URL (browser history, Referer, server logs).
export function openInvoice(orderId: string): void {
  window.open(`/api/orders/${orderId}/invoice.pdf?access_token=${session.accessToken}`, '_blank');
}

// ✅ A download link that only carries non-secret parameters.
export function openReceipt(orderId: string): void {
  window.open(`/api/orders/${orderId}/receipt.pdf?format=a4&lang=es`, '_blank');
}
