// Third-party integrations the backend calls.
import { Router } from 'express';
import superagent from 'superagent';

export const integrations = Router();

// ❌ A GitHub token hard-coded in a request header.
integrations.get('/releases', async (_req, res) => {
  const r = await superagent
    .get('https://api.github.com/repos/fake-org/shop/releases')
    .set('Authorization', 'token ghp_FAKEc0ffeeDEADBEEFc0ffeeDEADBEEF0042')
    .set('Accept', 'application/vnd.github+json');
  res.json(r.body);
});

// ✅ The same call with the token from the environment.
integrations.get('/tags', async (_req, res) => {
  const r = await superagent
    .get('https://api.github.com/repos/fake-org/shop/tags')
    .set('Authorization', `Bearer ${process.env.GITHUB_TOKEN}`)
    .set('Accept', 'application/vnd.github+json');
  res.json(r.body);
});

// ❌ A Stripe secret key in the query string of a server-side call.
integrations.get('/balance', async (_req, res) => {
  const r = await fetch(`https://api.stripe.com/v1/balance?api_key=${process.env.STRIPE_SECRET_KEY}`);
  res.json(await r.json());
});

// ✅ Stripe's secret key as a Bearer token in the header.
integrations.get('/customers', async (_req, res) => {
  const r = await fetch('https://api.stripe.com/v1/customers?limit=10', {
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` },
  });
  res.json(await r.json());
});

// ✅ OAuth authorize URLs carry only the public client id, redirect and scope.
integrations.get('/connect/mercadolibre', (_req, res) => {
  const url = new URL('https://auth.mercadolibre.com.ar/authorization');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', process.env.ML_CLIENT_ID);
  url.searchParams.set('redirect_uri', `${process.env.APP_URL}/oauth/callback`);
  res.redirect(url.toString());
});
