/**
 * JSON that ships to the browser or the app (issue #20), linted with `@eslint/json`'s languages
 * (`json/json` unless a case says `json/jsonc` or `json/json5`) by ESLint's own RuleTester. Files of
 * tests/fixtures/projects/ by absolute path where the project decides; `public/`, `static/` paths need no
 * file on disk. Positions are computed from the code (`at`): a JSON string's node spans its quotes.
 */
import dedent from 'dedent';
import type { RuleTester } from 'eslint';
import { fake, fp } from '../fixtures/fake.js';
import { inProject, nthRangeOf } from '../fixtures/projects.js';

type Error = RuleTester.TestCaseError;
/** Every case lists its errors (no count): positions and data are asserted. */
type Invalid = RuleTester.InvalidTestCase & { errors: Error[] };
type Valid = RuleTester.ValidTestCase;

const SK = fake.stripeSecret(401);
const PK = fake.stripePublishable(402);
const GH = fake.githubToken(403);
const MP_PUBLIC = fake.mpPublicKey(404);
const ANON = fake.jwt(405, { role: 'anon', iss: 'supabase' });
const SERVICE_ROLE = fake.jwt(406, { role: 'service_role', iss: 'supabase' });
const SECRET = fake.opaque(407, 32);
const HEX = fake.hex(408, 40);
const OPENAI = fake.openaiProject(409);
const PROJECT_ID = '3f2b8c1e-9a4d-4e7b-8c6f-1d2e3f4a5b6c';

const PUBLIC = "the path has a 'public/' folder, which a site serves to browsers as it is";
const EXPO = "Expo copies 'expo.extra' of 'app.json' into the app bundle, where Constants.expoConfig.extra reads it";

/** The finding on the `nth` occurrence of `needle` in `code`: exact line, column, end line and end column. */
function at(messageId: string, data: Record<string, string>, code: string, needle: string, nth = 0): Error {
  return { messageId, data, ...nthRangeOf(code, needle, nth) };
}
const privateLiteral = (value: string, reason: string, code: string): Error => at('privateLiteral', { credential: fp(value), reason }, code, JSON.stringify(value));
const named = (name: string, value: string, reason: string, code: string, quote = '"'): Error =>
  at('namedSecretLiteral', { name, fingerprint: fp(value), reason }, code, `${quote}${value}${quote}`);

const publicConfig = dedent`
  {
    "apiUrl": "https://api.example.com/v1",
    "stripe": { "publishableKey": "${PK}", "secretKey": "${SK}" },
    "mercadopago": { "publicKey": "${MP_PUBLIC}", "clientSecret": "${SECRET}" }
  }
`;
const staticArray = `{ "deploy": { "tokens": ["${GH}"] } }`;
const jsonc = dedent`
  {
    // the CI bot's key, "temporarily"
    "deployKey": "${HEX}",
  }
`;
const json5 = `{ appSecret: '${SECRET}', supabase: { serviceRoleKey: '${SERVICE_ROLE}' } }`;
const viteSrc = `{ "openai": { "apiKey": "${OPENAI}" } }`;
const expoApp = dedent`
  {
    "expo": {
      "name": "shop",
      "extra": {
        "stripeSecretKey": "${SK}",
        "payments": { "clientSecret": "${SECRET}" },
        "stripePublishableKey": "${PK}",
        "eas": { "projectId": "${PROJECT_ID}" }
      },
      "updates": { "url": "https://u.expo.dev/${PROJECT_ID}" }
    }
  }
`;
const expoAssets = `[{ "id": 1, "token": "${GH}" }]`;
const settingsSide = `{ "admin": { "accessToken": "${SECRET}" } }`;

export const invalidJson: Invalid[] = [
  // served as is: a catalogued private credential (the catalogue decides) and a secret name with a credential-looking value
  {
    code: publicConfig,
    filename: 'public/config.json',
    errors: [privateLiteral(SK, PUBLIC, publicConfig), named('clientSecret', SECRET, PUBLIC, publicConfig)],
  },
  {
    code: staticArray,
    filename: 'site/static/deploy.json',
    errors: [privateLiteral(GH, "the path has a 'static/' folder, which a site serves to browsers as it is", staticArray)],
  },
  // JSONC (comments, a trailing comma) and JSON5 (identifier keys, single quotes)
  { code: jsonc, filename: 'public/settings.jsonc', language: 'json/jsonc', languageOptions: { allowTrailingCommas: true }, errors: [named('deployKey', HEX, PUBLIC, jsonc)] },
  {
    code: json5,
    filename: 'public/config.json5',
    language: 'json/json5',
    errors: [named('appSecret', SECRET, PUBLIC, json5, "'"), at('privateLiteral', { credential: fp(SERVICE_ROLE), reason: PUBLIC }, json5, `'${SERVICE_ROLE}'`)],
  },
  // the project decides: src/ of a Vite app, assets/ of an Expo app
  {
    ...inProject('vite-shop/src/config/keys.json'),
    code: viteSrc,
    errors: [privateLiteral(OPENAI, 'the file is under src/ of a Vite project, whose bundle imports its JSON', viteSrc)],
  },
  {
    ...inProject('expo-app/assets/data/keys.json'),
    code: expoAssets,
    errors: [privateLiteral(GH, 'the file is under assets/ of an Expo app, whose bundle imports its JSON', expoAssets)],
  },
  // Expo's app.json: expo.extra ships (not extra.eas, not the rest of the config)
  { ...inProject('expo-app/app.json'), code: expoApp, errors: [privateLiteral(SK, EXPO, expoApp), named('clientSecret', SECRET, EXPO, expoApp)] },
  // your settings
  {
    code: settingsSide,
    filename: 'config/runtime.json',
    settings: { credentials: { side: 'client' } },
    errors: [named('accessToken', SECRET, "settings.credentials.side is 'client' for this file", settingsSide)],
  },
  {
    code: settingsSide,
    filename: 'config/runtime.json',
    settings: { credentials: { clientFiles: ['config/*.json'] } },
    errors: [named('accessToken', SECRET, 'the file matches settings.credentials.clientFiles', settingsSide)],
  },
];

export const validJson: Valid[] = [
  // public keys, an anon key, placeholders, URLs, ids, sentences and words under secret names
  {
    filename: 'public/config.json',
    code: dedent`
      {
        "stripe": { "publishableKey": "${PK}", "secretKey": "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx" },
        "mercadopago": { "publicKey": "${MP_PUBLIC}" },
        "supabase": { "anonKey": "${ANON}", "url": "https://shop.supabase.co" },
        "oauth": { "client_id": "5120938475612093", "clientSecret": "YOUR_CLIENT_SECRET", "tokenUrl": "https://auth.example.com/oauth/token" },
        "i18n": { "secretQuestion": "What was the name of your first pet?", "accessTokenExpired": "Your session has expired" },
        "projectId": "${PROJECT_ID}"
      }
    `,
  },
  // not shipped: no signal, a server folder of a Vite app, outside its src/, a React Native app's app.json (no Expo)
  { filename: 'config/keys.json', code: `{ "stripeSecretKey": "${SK}", "clientSecret": "${SECRET}" }` },
  { ...inProject('vite-shop/src/server/keys.json'), code: `{ "stripeSecretKey": "${SK}", "clientSecret": "${SECRET}" }` },
  { ...inProject('vite-shop/config/keys.json'), code: `{ "stripeSecretKey": "${SK}", "clientSecret": "${SECRET}" }` },
  { ...inProject('rn-app/app.json'), code: `{ "expo": { "extra": { "stripeSecretKey": "${SK}" } } }` },
  // Expo's app.json outside expo.extra, and expo.extra.eas
  {
    ...inProject('expo-app/app.json'),
    code: `{ "expo": { "hooks": { "postPublish": [{ "config": { "authToken": "${SK}" } }] }, "extra": { "eas": { "projectId": "${PROJECT_ID}", "clientSecret": "${SECRET}" } } } }`,
  },
  // never: manifests, tool configs, schemas, editor folders, tests
  { filename: 'public/package.json', code: `{ "name": "x", "config": { "stripeSecretKey": "${SK}" } }` },
  { filename: 'public/tsconfig.app.json', code: `{ "compilerOptions": {}, "clientSecret": "${SECRET}" }` },
  { filename: 'public/config.schema.json', code: `{ "examples": ["${SK}"] }` },
  { filename: '.idea/public/config.json', code: `{ "secretKey": "${SK}" }` },
  { filename: '.vscode/public/settings.json', code: `{ "secretKey": "${SK}" }` },
  { filename: 'e2e/public/keys.json', code: `{ "secretKey": "${SK}" }` },
  // your settings say server
  { filename: 'public/config.json', code: `{ "secretKey": "${SK}" }`, settings: { credentials: { side: 'server' } } },
  { filename: 'public/config.json', code: `{ "secretKey": "${SK}" }`, settings: { credentials: { serverFiles: ['public/**'] } } },
];
