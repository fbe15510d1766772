import Stripe from 'stripe';
import { ProductGrid } from '@/components/ProductGrid';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });

export default async function Home() {
  const prices = await stripe.prices.list({ active: true, expand: ['data.product'] });
  return <ProductGrid prices={prices.data} siteUrl={process.env.NEXT_PUBLIC_SITE_URL} />;
}
