import { AngularNodeAppEngine, createNodeRequestHandler, isMainModule, writeResponseToNodeResponse } from '@angular/ssr/node';
import express from 'express';
import Stripe from 'stripe';

const app = express();
const angularApp = new AngularNodeAppEngine();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

app.post('/api/checkout', express.json(), async (req, res) => {
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: req.body.items, success_url: `${req.headers.origin}/thanks` });
  res.json({ url: session.url });
});

app.use('/**', (req, res, next) => {
  angularApp
    .handle(req)
    .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
    .catch(next);
});

if (isMainModule(import.meta.url)) app.listen(process.env.PORT || 4000);

export const reqHandler = createNodeRequestHandler(app);
