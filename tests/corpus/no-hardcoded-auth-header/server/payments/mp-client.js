const axios = require('axios');

const ACCESS_TOKEN = '__FAKE_mpAccessToken_2__';

const mp = axios.create({
  baseURL: 'https://api.mercadopago.com',
  headers: {
    Authorization: `Bearer ${ACCESS_TOKEN}`, // expect: hardcodedConstant
    'X-Idempotency-Key': require('crypto').randomUUID(),
  },
});

module.exports = mp;
