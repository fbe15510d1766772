import { NextResponse } from 'next/server';
import { MercadoPagoConfig, Preference } from 'mercadopago';

const client = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN! });

export async function POST(request: Request) {
  const { items } = await request.json();
  const preference = await new Preference(client).create({
    body: { items, back_urls: { success: `${process.env.NEXT_PUBLIC_SITE_URL}/success` }, auto_return: 'approved' },
  });
  return NextResponse.json({ id: preference.id });
}
