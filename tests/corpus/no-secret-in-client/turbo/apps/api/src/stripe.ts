import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export const openaiKey = process.env.OPENAI_API_KEY;
