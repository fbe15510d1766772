const ACCESS_TOKEN = '__FAKE_mpAccessToken_8__'; // expect: privateLiteral

document.querySelector('#buy').addEventListener('click', async () => {
  const response = await fetch('https://api.mercadopago.com/checkout/preferences', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ACCESS_TOKEN}` },
    body: JSON.stringify({ items: [{ title: 'Curso', quantity: 1, unit_price: 100 }] }),
  });
  const data = await response.json();
  window.location.href = data.init_point;
});
