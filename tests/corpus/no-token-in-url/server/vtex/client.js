const axios = require('axios');

const vtex = axios.create({
  baseURL: `https://${process.env.VTEX_ACCOUNT}.vtexcommercestable.com.br`,
  headers: {
    'x-vtex-api-appkey': process.env.VTEX_APP_KEY,
    'x-vtex-api-apptoken': process.env.VTEX_APP_TOKEN,
  },
});

async function sku(id) {
  const { data } = await vtex.get(`/api/catalog/pvt/stockkeepingunit/${id}`);
  return data;
}

async function skuLegacy(id) {
  const { data } = await vtex.get(`/api/catalog/pvt/stockkeepingunit/${id}`, {
    params: { 'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN }, // expect: tokenInQuery
  });
  return data;
}

module.exports = { sku, skuLegacy };
