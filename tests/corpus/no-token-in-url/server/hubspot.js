const hubspot = require('axios').create({ baseURL: 'https://api.hubapi.com' });

hubspot.defaults.params = { hapikey: process.env.HUBSPOT_KEY }; // expect: tokenInQuery
hubspot.defaults.headers.common.Authorization = `Bearer ${process.env.HUBSPOT_PRIVATE_APP_TOKEN}`;

async function contacts(after) {
  const { data } = await hubspot.get('/crm/v3/objects/contacts', { params: { limit: 100, after } });
  return data;
}

module.exports = { contacts };
