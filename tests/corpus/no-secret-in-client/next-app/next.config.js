/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    MP_ACCESS_TOKEN: process.env.MP_ACCESS_TOKEN, // expect: bundlerExposes
    SITE_NAME: 'Tienda',
    stripeKey: process.env.STRIPE_SECRET_KEY, // expect: bundlerExposes
  },
  images: { remotePatterns: [{ hostname: 'http2.mlstatic.com' }] },
};

module.exports = nextConfig;
