import { MercadoPagoConfig, Payment } from 'mercadopago';
import Stripe from 'stripe';
import OpenAI from 'openai';
import { Octokit } from '@octokit/rest';
import sgMail from '@sendgrid/mail';

const client = new MercadoPagoConfig({
  accessToken: '__FAKE_mpAccessToken_3__', // expect: hardcodedSdk
  options: { timeout: 5000 },
});
export const payment = new Payment(client);

export const stripe = new Stripe('__FAKE_stripeSecret_4__', { apiVersion: '2024-06-20' }); // expect: hardcodedSdk
export const stripeFromEnv = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });

const OPENAI_KEY = '__FAKE_openaiProject_5__';
export const openai = new OpenAI({ apiKey: OPENAI_KEY }); // expect: hardcodedSdk
export const openaiPlaceholder = new OpenAI({ apiKey: 'sk-your-api-key-here' });

export function octokitFor(token: string) {
  return new Octokit({ auth: token });
}
export const bot = new Octokit({ auth: '__FAKE_githubToken_6__', userAgent: 'release-bot' }); // expect: hardcodedSdk

sgMail.setApiKey('__FAKE_sendgrid_7__'); // expect: hardcodedSdk
