import 'dotenv/config';

export const env = {
  port: Number(process.env.PORT ?? 3000),
  mpAccessToken: process.env.VITE_MERCADOPAGO_ACCESS_TOKEN, // expect: publicPrefixSecret
  frontendUrl: process.env.FRONTEND_URL,
};
