import { View, Button } from 'react-native';
import { useStripe } from '@stripe/stripe-react-native';

const secretKey = '__FAKE_stripeSecret_14__'; // expect: privateLiteral
const publishableKey = process.env.EXPO_PUBLIC_STRIPE_PUBLISHABLE_KEY;
const serverKey = process.env.EXPO_PUBLIC_STRIPE_SECRET_KEY; // expect: publicPrefixSecret

export default function Checkout() {
  const { initPaymentSheet } = useStripe();
  return (
    <View>
      <Button title="Pay" onPress={() => initPaymentSheet({ merchantDisplayName: 'Shop', customerEphemeralKeySecret: secretKey })} />
    </View>
  );
}

export const keys = { publishableKey, serverKey };
