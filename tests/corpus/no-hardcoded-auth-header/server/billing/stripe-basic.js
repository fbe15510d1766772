const fetch = require('node-fetch');

async function refund(chargeId) {
  return fetch('https://api.stripe.com/v1/refunds', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from('__FAKE_stripeSecret_2__:').toString('base64'), // expect: hardcoded
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ charge: chargeId }),
  });
}

module.exports = { refund };
