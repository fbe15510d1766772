const shop = process.env.SHOPIFY_SHOP;

export async function products() {
  const res = await fetch(`https://${shop}.myshopify.com/admin/api/2024-04/products.json?limit=50`, {
    headers: { 'X-Shopify-Access-Token': process.env.SHOPIFY_ADMIN_TOKEN! },
  });
  return res.json();
}

export function installUrl(state: string) {
  return `https://${shop}.myshopify.com/admin/oauth/authorize?client_id=${process.env.SHOPIFY_API_KEY_ID}&scope=read_products&redirect_uri=${encodeURIComponent(process.env.SHOPIFY_REDIRECT!)}&state=${state}`;
}
