const express = require('express');
const router = express.Router();

const ML = 'https://api.mercadolibre.com';

router.get('/me', async (req, res) => {
  const token = req.session.meliToken;
  const response = await fetch(`${ML}/users/me?access_token=${token}`); // expect: tokenInQuery
  res.json(await response.json());
});

router.get('/items/:id', async (req, res) => {
  const response = await fetch(`${ML}/items/${req.params.id}`, {
    headers: { Authorization: `Bearer ${req.session.meliToken}` },
  });
  res.json(await response.json());
});

router.get('/orders', async (req, res) => {
  const { seller } = req.query;
  const url = ML + '/orders/search?seller=' + seller + '&access_token=' + req.session.meliToken; // expect: tokenInQuery
  const response = await fetch(url);
  res.json(await response.json());
});

module.exports = router;
