import { loadStripe } from '@stripe/stripe-js';
import { Elements, PaymentElement } from '@stripe/react-stripe-js';

// ✅ The publishable key is meant for the browser.
const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);

// ❌ A Stripe secret key in a component: anyone can read it from the bundle.
const STRIPE_SECRET_KEY = 'sk_test_FAKEc0ffeeDEADBEEFc0ffeeDEADBEEFc0ffee42';

// ❌ A secret-named VITE_ variable: Vite copies every VITE_ value into the bundle.
const webhookSecret = import.meta.env.VITE_STRIPE_WEBHOOK_SECRET;

export function StripeCheckout({ clientSecret }: { clientSecret?: string }) {
  if (!clientSecret) return <p>Loading…</p>;
  return (
    <Elements stripe={stripePromise} options={{ clientSecret }}>
      <PaymentElement />
      <input type="hidden" value={STRIPE_SECRET_KEY.slice(0, 0) + String(webhookSecret ?? '')} />
    </Elements>
  );
}
