const mp = new MercadoPago('__FAKE_mpPublicKey_74__', { locale: 'pt-BR' });
const accessToken = '__FAKE_mpAccessToken_75__'; // expect: privateLiteral

async function pay(orderId) {
  const response = await fetch(`/api/orders/${orderId}/pay`, { method: 'POST' });
  return mp.checkout({ preference: { id: (await response.json()).preferenceId } });
}

window.pay = pay;
