import type { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'Shop',
  slug: 'shop',
  plugins: [['@sentry/react-native/expo', { organization: 'shop', project: 'app', authToken: process.env.SENTRY_AUTH_TOKEN }]],
  extra: { apiUrl: process.env.EXPO_PUBLIC_API_URL },
};

export default config;
