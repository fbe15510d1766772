/**
 * Expo's `extra` (issue #16): `app.config.js` / `app.config.ts` at the root of an Expo app runs at build
 * time (server code), but Expo copies its `extra` into the app bundle (`Constants.expoConfig.extra`).
 * Files of tests/fixtures/projects/ by absolute path: the rule reads the app's `package.json`.
 * Positions are computed from the code (`at`), so each case states the code once.
 */
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import dedent from 'dedent';
import type { MessageIds, Options } from '../../src/rules/no-secret-in-client.js';
import { fake, fp } from '../fixtures/fake.js';
import { lang } from '../fixtures/languages.js';
import { inProject, nthRangeOf } from '../fixtures/projects.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;
type Error = Invalid['errors'][number];

const SK = fake.stripeSecret(301);
const PK = fake.stripePublishable(302);
const MP_PUBLIC = fake.mpPublicKey(303);
const OPENAI = fake.openaiProject(304);
const GH = fake.githubToken(305);
const SERVICE_ROLE = fake.jwt(306, { role: 'service_role', iss: 'supabase' });
const ANON = fake.jwt(307, { role: 'anon', iss: 'supabase' });
const SECRET = fake.opaque(308, 32);
const HEX = fake.hex(309, 40);
const PROJECT_ID = '3f2b8c1e-9a4d-4e7b-8c6f-1d2e3f4a5b6c';

const reasonFor = (base: string): string => `Expo copies 'extra' of '${base}' into the app bundle, where Constants.expoConfig.extra reads it`;
const TS = reasonFor('app.config.ts');
const JS = reasonFor('app.config.js');

/** The finding on the `nth` occurrence of `needle` in `code`: exact line, column, end line and end column. */
function at(messageId: MessageIds, data: Record<string, string>, code: string, needle: string, nth = 0): Error {
  return { messageId, data, ...nthRangeOf(code, needle, nth) };
}

const tsConfig = (code: string): Pick<Invalid, 'code' | 'filename' | 'settings' | 'languageOptions'> => ({ ...lang.ts, ...inProject('expo-app/app.config.ts'), code });
const jsConfig = (code: string): Pick<Invalid, 'code' | 'filename' | 'settings' | 'languageOptions'> => ({ ...lang.js, ...inProject('expo-app/app.config.js'), code });

const staticTs = dedent`
  import type { ExpoConfig } from 'expo/config';

  const config: ExpoConfig = {
    name: 'shop',
    slug: 'shop',
    extra: {
      stripeSecretKey: '${SK}',
      stripePublishableKey: '${PK}',
      eas: { projectId: '${PROJECT_ID}' },
    },
  };

  export default { expo: config };
`;

const commonJs = dedent`
  module.exports = {
    expo: {
      name: 'shop',
      extra: {
        mercadopago: { publicKey: '${MP_PUBLIC}', clientSecret: '${SECRET}' },
        apiUrl: 'https://api.example.com/v1',
      },
    },
  };
`;

const dynamicTs = dedent`
  import type { ConfigContext, ExpoConfig } from 'expo/config';

  export default ({ config }: ConfigContext): ExpoConfig => ({
    ...config,
    name: 'shop',
    slug: 'shop',
    extra: {
      ...config.extra,
      stripeSecretKey: process.env.STRIPE_SECRET_KEY,
      orders: process.env['ORDERS_ACCESS_TOKEN'] ?? '',
      apiUrl: process.env.EXPO_PUBLIC_API_URL,
      eas: { projectId: process.env.EAS_PROJECT_ID },
    },
  });
`;

const wrapped = dedent`
  import { withSentry } from '@sentry/react-native/expo';

  const defineConfig = (config) => config;
  const extra = { supabaseUrl: 'https://shop.supabase.co', supabaseKey: '${SERVICE_ROLE}', github: ['${GH}'] };

  export default withSentry(defineConfig({ expo: { name: 'shop', extra } }), { organization: 'shop' });
`;

const satisfiesTs = dedent`
  import type { ExpoConfig } from 'expo/config';

  export default {
    name: 'shop',
    extra: { ai: { openaiApiKey: '${OPENAI}' }, deployKey: '${HEX}' },
  } satisfies ExpoConfig;
`;

export const invalidExpo: Invalid[] = [
  // a catalogued private credential: the catalogue decides (privateLiteral names the format)
  { ...tsConfig(staticTs), errors: [at('privateLiteral', { credential: fp(SK), reason: TS }, staticTs, `'${SK}'`)] },
  // a value of no known format under a secret name: the name and the value test decide (namedSecretLiteral), nested objects too
  { ...jsConfig(commonJs), errors: [at('namedSecretLiteral', { name: 'clientSecret', fingerprint: fp(SECRET), reason: JS }, commonJs, `'${SECRET}'`)] },
  // env variables read while the config is built are baked into the bundle: reported like a bundler setting
  {
    ...tsConfig(dynamicTs),
    errors: [
      at('bundlerExposes', { setting: 'Expo extra', name: 'STRIPE_SECRET_KEY' }, dynamicTs, 'stripeSecretKey'),
      at('bundlerExposes', { setting: 'Expo extra', name: 'ORDERS_ACCESS_TOKEN' }, dynamicTs, 'orders'),
    ],
  },
  // `extra` bound to a constant, in wrappers (a plugin's `withX(config)`, a `defineConfig`), and array entries
  {
    ...jsConfig(wrapped),
    errors: [
      at('privateLiteral', { credential: fp(SERVICE_ROLE), reason: JS }, wrapped, `'${SERVICE_ROLE}'`),
      at('privateLiteral', { credential: fp(GH), reason: JS }, wrapped, `'${GH}'`),
    ],
  },
  {
    ...tsConfig(satisfiesTs),
    errors: [
      at('privateLiteral', { credential: fp(OPENAI), reason: TS }, satisfiesTs, `'${OPENAI}'`),
      at('namedSecretLiteral', { name: 'deployKey', fingerprint: fp(HEX), reason: TS }, satisfiesTs, `'${HEX}'`),
    ],
  },
  // an ambiguous name is reported in strict only
  {
    ...jsConfig('module.exports = { expo: { extra: { apiKey: process.env.API_KEY } } };'),
    options: [{ reportAmbiguousNames: true }],
    errors: [at('bundlerExposes', { setting: 'Expo extra', name: 'API_KEY' }, 'module.exports = { expo: { extra: { apiKey: process.env.API_KEY } } };', 'apiKey')],
  },
];

export const validExpo: Valid[] = [
  // public keys, the EAS project id, public and neutral variables, an anon key
  tsConfig(dedent`
    export default {
      expo: {
        extra: {
          stripePublishableKey: '${PK}',
          mercadoPagoPublicKey: '${MP_PUBLIC}',
          supabaseAnonKey: '${ANON}',
          apiUrl: process.env.EXPO_PUBLIC_API_URL,
          sentryDsn: process.env.SENTRY_DSN,
          eas: { projectId: '${PROJECT_ID}' },
          router: { origin: false },
        },
      },
    };
  `),
  jsConfig('module.exports = { expo: { extra: { apiKey: process.env.API_KEY } } };'),
  // what is not the app's `extra`: a plugin's options, another key's `extra`, a secret elsewhere in the config
  jsConfig(dedent`
    module.exports = {
      expo: {
        plugins: [['expo-build-properties', { extra: { clientSecret: '${SECRET}' } }]],
        web: { extra: { clientSecret: '${SECRET}' } },
        hooks: { postPublish: [{ file: 'sentry-expo/upload-sourcemaps', config: { authToken: process.env.SENTRY_AUTH_TOKEN } }] },
      },
    };
  `),
  // a placeholder, a short value and a URL under secret names
  tsConfig(`export default { expo: { extra: { stripeSecretKey: 'sk_live_xxxx', appSecret: 'p4x8mq2zr7', tokenUrl: 'https://auth.example.com/oauth/token' } } };`),
  // a React Native app without Expo has no `extra`
  { ...lang.js, ...inProject('rn-app/app.config.js'), code: `module.exports = { expo: { extra: { stripeSecretKey: '${SK}', clientSecret: '${SECRET}' } } };` },
];
