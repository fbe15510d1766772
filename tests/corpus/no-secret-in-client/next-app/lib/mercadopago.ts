import { MercadoPagoConfig, Payment, OAuth } from 'mercadopago';

export const mercadopago = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN! });

export function authorizationUrl() {
  return new OAuth(mercadopago).getAuthorizationURL({
    options: { client_id: process.env.NEXT_PUBLIC_MP_CLIENT_ID, redirect_uri: `${process.env.APP_URL}/api/mercadopago/connect` },
  });
}

export async function connect(code: string) {
  return new OAuth(mercadopago).create({
    body: { client_id: process.env.NEXT_PUBLIC_MP_CLIENT_ID, client_secret: process.env.MP_CLIENT_SECRET, code, redirect_uri: process.env.APP_URL },
  });
}

export const payments = new Payment(mercadopago);
