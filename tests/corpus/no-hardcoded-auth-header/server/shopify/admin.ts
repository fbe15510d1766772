import got from 'got';

const SHOP = 'acme-store.myshopify.com';

export const shopify = got.extend({
  prefixUrl: `https://${SHOP}/admin/api/2024-07`,
  headers: {
    'X-Shopify-Access-Token': '__FAKE_opaque_1__', // expect: hardcoded
  },
  responseType: 'json',
});
