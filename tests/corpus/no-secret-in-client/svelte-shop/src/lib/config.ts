import { PUBLIC_STRIPE_KEY, PUBLIC_STRIPE_SECRET_KEY } from '$env/static/public'; // expect: publicPrefixSecret

export const stripeConfig = { publishableKey: PUBLIC_STRIPE_KEY, secretKey: PUBLIC_STRIPE_SECRET_KEY };
