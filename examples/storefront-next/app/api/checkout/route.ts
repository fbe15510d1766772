// A Next.js route handler: server code. The access token and the Node SDK belong here.
import { MercadoPagoConfig, Preference } from 'mercadopago';

// ✅ Server-only environment variable, server SDK, server file.
const client = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN! });

export async function POST(request: Request): Promise<Response> {
  const { sku } = (await request.json()) as { sku: string };
  const preference = await new Preference(client).create({
    body: { items: [{ id: sku, title: 'Mate', quantity: 1, unit_price: 4500, currency_id: 'BRL' }] },
  });
  return Response.json({ id: preference.id });
}
