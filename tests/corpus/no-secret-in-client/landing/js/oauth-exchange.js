// an OAuth client-credentials exchange made from the page: the client secret ships with it
const MERCADOPAGO_SECRET = '__FAKE_opaque_80__'; // expect: namedSecretLiteral
const CLIENT_SECRET_FIELD = 'client_secret';
const TOKEN_ENDPOINT = 'https://api.mercadopago.com/oauth/token';

document.querySelector('#connect').addEventListener('click', async () => {
  const body = new URLSearchParams({ client_id: '5120938475612093', grant_type: 'client_credentials' });
  body.set(CLIENT_SECRET_FIELD, MERCADOPAGO_SECRET);
  const response = await fetch(TOKEN_ENDPOINT, { method: 'POST', body });
  const form = { client_id: '5120938475612093', client_secret: '__FAKE_opaque_87__' }; // expect: namedSecretLiteral
  localStorage.setItem('mp-token', JSON.stringify({ ...(await response.json()), form: form.client_id }));
});

// a CI token pasted into a page script
var deployKey = "__FAKE_opaque_81__"; // expect: namedSecretLiteral
document.body.dataset.build = deployKey.length > 0 ? 'ok' : 'missing';
