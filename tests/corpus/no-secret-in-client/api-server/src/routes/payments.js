const { Router } = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const router = Router();

router.post('/intent', async (req, res) => {
  const intent = await stripe.paymentIntents.create({ amount: req.body.amount, currency: 'usd' });
  res.json({ clientSecret: intent.client_secret });
});

module.exports = router;
