const STRIPE_PK = '__FAKE_stripePublishable_1__';

export async function lookupPaymentMethods() {
  return fetch('https://api.stripe.com/v1/payment_methods', {
    headers: { Authorization: `Bearer ${STRIPE_PK}` },
  });
}
