const axios = require('axios');

const { MELI_CLIENT_ID, MELI_CLIENT_SECRET, MELI_REDIRECT_URI } = process.env;

// Old tutorials put everything in the query string of the POST
async function exchangeCodeOld(code) {
  const url = `https://api.mercadolibre.com/oauth/token?grant_type=authorization_code&client_id=${MELI_CLIENT_ID}&client_secret=${MELI_CLIENT_SECRET}&code=${code}&redirect_uri=${MELI_REDIRECT_URI}`; // expect: tokenInQuery
  const { data } = await axios.post(url);
  return data;
}

// The documented way: form body
async function exchangeCode(code) {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: MELI_CLIENT_ID,
    client_secret: MELI_CLIENT_SECRET,
    code,
    redirect_uri: MELI_REDIRECT_URI,
  });
  const { data } = await axios.post('https://api.mercadolibre.com/oauth/token', body, {
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
  });
  return data;
}

async function refresh(refreshToken) {
  const form = 'grant_type=refresh_token&client_id=' + MELI_CLIENT_ID + '&client_secret=' + MELI_CLIENT_SECRET + '&refresh_token=' + refreshToken;
  const { data } = await axios.post('https://api.mercadolibre.com/oauth/token', form);
  return data;
}

module.exports = { exchangeCodeOld, exchangeCode, refresh };
