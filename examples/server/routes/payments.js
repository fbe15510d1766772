// Checkout routes: the frontend posts the cart here; only the server talks to Mercado Pago with the
// access token.
import { Router } from 'express';
import axios from 'axios';
import { MercadoPagoConfig, Preference } from 'mercadopago';

export const payments = Router();

// ❌ A Mercado Pago access token written into an Authorization header.
const mpLegacy = axios.create({
  baseURL: 'https://api.mercadopago.com',
  headers: { Authorization: 'Bearer APP_USR-8080808080808080-240101-c0ffeec0ffeec0ffeec0ffeec0ffee00-909090909' },
});

// ❌ The same, through a constant and a template literal.
const MP_TOKEN = 'TEST-4242424242424242-240101-deadbeefdeadbeefdeadbeefdeadbeef-808080808';
const legacyHeaders = { Authorization: `Bearer ${MP_TOKEN}`, 'Content-Type': 'application/json' };

payments.get('/legacy/payments/:id', async (req, res) => {
  const { data } = await mpLegacy.get(`/v1/payments/${req.params.id}`);
  res.json(data);
});

payments.post('/legacy/refunds/:id', async (req, res) => {
  const r = await fetch(`https://api.mercadopago.com/v1/payments/${req.params.id}/refunds`, {
    method: 'POST',
    headers: legacyHeaders,
  });
  res.status(r.status).json(await r.json());
});

// ✅ The token comes from the environment; the SDK sends it in the header.
const client = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN });

payments.post('/checkout', async (req, res) => {
  const preference = await new Preference(client).create({
    body: {
      items: req.body.items.map((item) => ({ title: item.title, quantity: item.quantity, unit_price: item.price, currency_id: 'ARS' })),
      back_urls: { success: `${process.env.APP_URL}/thanks`, failure: `${process.env.APP_URL}/cart` },
    },
  });
  res.json({ id: preference.id });
});

// ✅ A plain fetch with the token read from the environment.
payments.get('/payments/:id', async (req, res) => {
  const r = await fetch(`https://api.mercadopago.com/v1/payments/${req.params.id}`, {
    headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` },
  });
  res.status(r.status).json(await r.json());
});

// ✅ Checking an incoming header is reading it, not hard-coding it.
payments.use('/webhooks', (req, res, next) => {
  const auth = req.headers.authorization ?? '';
  if (!auth.startsWith('Bearer ')) return res.sendStatus(401);
  next();
});
