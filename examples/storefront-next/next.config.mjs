// Next.js config of the storefront. Values under `env` are inlined into every bundle, the browser's too.
/** @type {import('next').NextConfig} */
const nextConfig = {
  env: {
    // ❌ Inlines the Mercado Pago access token into client bundles.
    MP_ACCESS_TOKEN: process.env.MP_ACCESS_TOKEN,
    // ✅ The public key is meant for the browser.
    MP_PUBLIC_KEY: process.env.MP_PUBLIC_KEY,
  },
};

export default nextConfig;
