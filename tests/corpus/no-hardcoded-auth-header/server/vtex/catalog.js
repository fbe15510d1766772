const fetch = require('node-fetch');
require('dotenv').config();

const { VTEX_APP_KEY, VTEX_APP_TOKEN, VTEX_ACCOUNT } = process.env;

async function getSku(id) {
  const res = await fetch(`https://${VTEX_ACCOUNT}.vtexcommercestable.com.br/api/catalog/pvt/stockkeepingunit/${id}`, {
    headers: {
      'x-vtex-api-appkey': VTEX_APP_KEY,
      'x-vtex-api-apptoken': VTEX_APP_TOKEN,
    },
  });
  return res.json();
}

module.exports = { getSku };
