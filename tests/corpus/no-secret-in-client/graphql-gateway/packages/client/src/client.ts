import { GraphQLClient } from 'graphql-request';

// The gateway's client for the upstream Shopify Admin API
export const shopify = new GraphQLClient(`https://${process.env.SHOPIFY_STORE}.myshopify.com/admin/api/2025-01/graphql.json`, {
  headers: { 'X-Shopify-Access-Token': process.env.SHOPIFY_ADMIN_TOKEN! },
});

export const vtex = new GraphQLClient('https://mystore.myvtex.com/_v/private/graphql/v1', {
  headers: { 'X-VTEX-API-AppKey': process.env.VTEX_APP_KEY!, 'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN! },
});
