const stripe = Stripe('__FAKE_stripeSecret_11__'); // expect: privateInit
const elements = stripe.elements();
const card = elements.create('card');
card.mount('#card-element');
