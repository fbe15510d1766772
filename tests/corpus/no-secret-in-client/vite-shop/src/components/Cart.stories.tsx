import type { Meta } from '@storybook/react';
import { Cart } from './Cart';

const meta: Meta<typeof Cart> = { component: Cart, args: { secret: '__FAKE_stripeSecret_3__' } };
export default meta;
