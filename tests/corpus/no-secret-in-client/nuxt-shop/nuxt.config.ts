export default defineNuxtConfig({
  devtools: { enabled: true },
  runtimeConfig: {
    stripeSecretKey: process.env.STRIPE_SECRET_KEY,
    public: {
      stripeKey: process.env.STRIPE_PUBLISHABLE_KEY,
      mpAccessToken: process.env.MP_ACCESS_TOKEN, // expect: bundlerExposes
      apiBase: '/api',
    },
  },
});
