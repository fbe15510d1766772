import { useState } from 'react';

const ADMIN_TOKEN = '__FAKE_mpAccessToken_20__'; // expect: privateLiteral

export default function Admin() {
  const [payments, setPayments] = useState([]);
  async function load() {
    const response = await fetch('https://api.mercadopago.com/v1/payments/search?sort=date_created', {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    setPayments((await response.json()).results);
  }
  return <button onClick={load}>{payments.length}</button>;
}
