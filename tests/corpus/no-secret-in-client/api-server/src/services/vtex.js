const axios = require('axios');

const vtex = axios.create({
  baseURL: `https://${process.env.VTEX_ACCOUNT}.vtexcommercestable.com.br/api`,
  headers: {
    'X-VTEX-API-AppKey': process.env.VTEX_APP_KEY,
    'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN,
  },
});

module.exports = { getOrder: (id) => vtex.get(`/oms/pvt/orders/${id}`) };
