/**
 * Credentials handed to server SDKs, for `no-hardcoded-auth-header`: an SDK builds the bearer (or Basic)
 * header from what its constructor or setup call is given, one call away from the request
 * (`new MercadoPagoConfig({ accessToken })`, `new Stripe(key)`, `sgMail.setApiKey(key)`). The SDKs are
 * data (`SDK_CREDENTIALS`, extendable by the rule's `sdks` option): a package, the export that is called
 * or constructed (`default` is the module itself: a default or namespace import, or `require(…)`; `*` any
 * export, for a package of many clients that all take the same options), an
 * optional method called on it (two names at most: `config.update`), and where the credential goes (an
 * argument index, and an option key of the object passed there, or a path of keys into it:
 * `credentials.secretAccessKey`). A package ending in `/` is a scope: every package in it. A call matches
 * only through a binding of that package (an import, or a `const … = require(…)`), never by name alone.
 */
import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { ConfigCache } from '../../utils/cache.js';
import { escapeRegExp } from '../prechecks/text.js';
import { propertyName, unwrap } from '../values/static.js';
import type { ExportedValue } from '../modules/read-export.js';
import type { ImportedFallback, ImportedValue, Values } from '../values/resolver.js';

type Scope = TSESLint.Scope.Scope;

export interface SdkCredential {
  /** The SDK as messages name it: `Stripe`, `Mercado Pago`. */
  readonly sdk: string;
  /** The packages the callee is imported or required from; one ending in `/` is a scope (`@aws-sdk/`). */
  readonly packages: readonly string[];
  /** The exports called or constructed: `default` is the module itself (default / namespace import, `require(…)`), `*` any export. */
  readonly exports: readonly string[];
  /**
   * A method called on the export (`configure`, `setApiKey`), or a member and its method
   * (`config.update`, `core.LiveEnvironment`); without: the export itself is called or constructed.
   */
  readonly method?: string;
  /** The argument that holds the credential (0 when left out). */
  readonly argument?: number;
  /**
   * `method` is called on an instance of the export, a `const` given a `new` of it (`const client = new
   * Client(…); client.login(token)`), or on the `new` itself.
   */
  readonly instance?: boolean;
  /**
   * The key of the options object passed in `argument` that holds the credential, or the keys to it
   * through nested objects, joined by `.` (`credentials.secretAccessKey`); without: the argument itself.
   */
  readonly option?: string;
  /**
   * What the credential is, in the env variable a suggestion names (`bot token`:
   * `TELEGRAM_BOT_TOKEN`); without: the option's last key, or `api key` for an argument.
   */
  readonly label?: string;
}

/** The built-in SDK list (documented on the rule page). */
export const SDK_CREDENTIALS: readonly SdkCredential[] = [
  { sdk: 'Mercado Pago', packages: ['mercadopago'], exports: ['MercadoPagoConfig'], option: 'accessToken' },
  { sdk: 'Mercado Pago', packages: ['mercadopago'], exports: ['default'], method: 'configure', option: 'access_token' },
  { sdk: 'Stripe', packages: ['stripe'], exports: ['default', 'Stripe'] },
  { sdk: 'OpenAI', packages: ['openai'], exports: ['default', 'OpenAI'], option: 'apiKey' },
  { sdk: 'Anthropic', packages: ['@anthropic-ai/sdk'], exports: ['default', 'Anthropic'], option: 'apiKey' },
  { sdk: 'Octokit', packages: ['@octokit/rest', '@octokit/core', 'octokit'], exports: ['Octokit', 'App'], option: 'auth' },
  { sdk: 'Slack', packages: ['@slack/web-api'], exports: ['WebClient'] },
  { sdk: 'Twilio', packages: ['twilio'], exports: ['default', 'Twilio'], argument: 1 },
  { sdk: 'SendGrid', packages: ['@sendgrid/mail', '@sendgrid/client'], exports: ['default'], method: 'setApiKey' },
  // every IO client takes the IOContext first: `new VBase({ account, workspace, authToken })`, `new Apps(ctx)`
  { sdk: 'VTEX IO', packages: ['@vtex/api', '@vtex/clients'], exports: ['*'], option: 'authToken' },
  // the AI and data SDKs of hand-written apps: each sends its key in a header
  { sdk: 'Gemini', packages: ['@google/generative-ai'], exports: ['GoogleGenerativeAI'] },
  { sdk: 'Gemini', packages: ['@google/genai'], exports: ['GoogleGenAI'], option: 'apiKey' },
  { sdk: 'Groq', packages: ['groq-sdk'], exports: ['default', 'Groq'], option: 'apiKey' },
  { sdk: 'Mistral', packages: ['@mistralai/mistralai'], exports: ['Mistral'], option: 'apiKey' },
  { sdk: 'Cohere', packages: ['cohere-ai'], exports: ['CohereClient', 'CohereClientV2'], option: 'token' },
  { sdk: 'Replicate', packages: ['replicate'], exports: ['default', 'Replicate'], option: 'auth' },
  { sdk: 'Resend', packages: ['resend'], exports: ['Resend'] },
  { sdk: 'Pinecone', packages: ['@pinecone-database/pinecone'], exports: ['Pinecone'], option: 'apiKey' },
  { sdk: 'Notion', packages: ['@notionhq/client'], exports: ['Client'], option: 'auth' },
  // Telegram bot frameworks: the token goes in every request's URL path
  { sdk: 'Telegram', packages: ['node-telegram-bot-api'], exports: ['default'], label: 'bot token' },
  { sdk: 'Telegram', packages: ['telegraf'], exports: ['Telegraf'], label: 'bot token' },
  { sdk: 'Telegram', packages: ['grammy'], exports: ['Bot'], label: 'bot token' },
  // payment and commerce SDKs (Mercado Pago SDK v1's older setter, PayPal's three SDKs, …)
  { sdk: 'Mercado Pago', packages: ['mercadopago'], exports: ['default'], method: 'configurations.setAccessToken', label: 'access token' },
  { sdk: 'PayPal', packages: ['@paypal/paypal-server-sdk'], exports: ['Client'], option: 'clientCredentialsAuthCredentials.oAuthClientSecret', label: 'client secret' },
  { sdk: 'PayPal', packages: ['@paypal/checkout-server-sdk'], exports: ['default'], method: 'core.LiveEnvironment', argument: 1, label: 'client secret' },
  { sdk: 'PayPal', packages: ['@paypal/checkout-server-sdk'], exports: ['default'], method: 'core.SandboxEnvironment', argument: 1, label: 'client secret' },
  { sdk: 'PayPal', packages: ['paypal-rest-sdk'], exports: ['default'], method: 'configure', option: 'client_secret' },
  { sdk: 'Square', packages: ['square'], exports: ['SquareClient'], option: 'token', label: 'access token' },
  { sdk: 'Square', packages: ['square'], exports: ['Client'], option: 'accessToken' },
  { sdk: 'Braintree', packages: ['braintree'], exports: ['BraintreeGateway'], option: 'privateKey' },
  { sdk: 'Braintree', packages: ['braintree'], exports: ['default'], method: 'connect', option: 'privateKey' },
  { sdk: 'Adyen', packages: ['@adyen/api-library'], exports: ['Client'], option: 'apiKey' },
  { sdk: 'Mollie', packages: ['@mollie/api-client'], exports: ['createMollieClient', 'default'], option: 'apiKey' },
  { sdk: 'Razorpay', packages: ['razorpay'], exports: ['default'], option: 'key_secret' },
  { sdk: 'Paystack', packages: ['paystack', 'paystack-api'], exports: ['default'], label: 'secret key' },
  { sdk: 'Flutterwave', packages: ['flutterwave-node-v3'], exports: ['default'], argument: 1, label: 'secret key' },
  { sdk: 'WooCommerce', packages: ['@woocommerce/woocommerce-rest-api'], exports: ['default'], option: 'consumerSecret' },
  { sdk: 'Shopify', packages: ['shopify-api-node'], exports: ['default'], option: 'accessToken' },
  { sdk: 'Shopify', packages: ['shopify-api-node'], exports: ['default'], option: 'password', label: 'access token' },
  // cloud, messaging and marketing SDKs; Supabase's key is public in a browser (`sb_publishable_`, an
  // anon JWT) and private on a server (`sb_secret_`, a service_role JWT): the format decides
  { sdk: 'Supabase', packages: ['@supabase/supabase-js'], exports: ['createClient'], argument: 1, label: 'secret key' },
  { sdk: 'AWS', packages: ['aws-sdk'], exports: ['default'], method: 'config.update', option: 'secretAccessKey' },
  { sdk: 'AWS', packages: ['aws-sdk'], exports: ['Credentials'], argument: 1, label: 'secret access key' },
  // any v2 service client or `new AWS.Config(…)`
  { sdk: 'AWS', packages: ['aws-sdk'], exports: ['*'], option: 'secretAccessKey' },
  // any v3 client: `new S3Client({ credentials: { accessKeyId, secretAccessKey } })`
  { sdk: 'AWS', packages: ['@aws-sdk/'], exports: ['*'], option: 'credentials.secretAccessKey' },
  { sdk: 'Cloudinary', packages: ['cloudinary'], exports: ['default', 'v2'], method: 'config', option: 'api_secret' },
  { sdk: 'Cloudinary', packages: ['cloudinary'], exports: ['default'], method: 'v2.config', option: 'api_secret' },
  { sdk: 'Firebase Admin', packages: ['firebase-admin'], exports: ['default'], method: 'credential.cert', option: 'private_key' },
  { sdk: 'Firebase Admin', packages: ['firebase-admin'], exports: ['default'], method: 'credential.cert', option: 'privateKey' },
  { sdk: 'Firebase Admin', packages: ['firebase-admin/app'], exports: ['cert'], option: 'private_key' },
  { sdk: 'Firebase Admin', packages: ['firebase-admin/app'], exports: ['cert'], option: 'privateKey' },
  { sdk: 'Elasticsearch', packages: ['@elastic/elasticsearch'], exports: ['Client'], option: 'auth.apiKey' },
  { sdk: 'Pusher', packages: ['pusher'], exports: ['default'], option: 'secret' },
  { sdk: 'Vonage', packages: ['@vonage/server-sdk'], exports: ['Vonage', 'default'], option: 'apiSecret' },
  { sdk: 'Postmark', packages: ['postmark'], exports: ['ServerClient'], label: 'server token' },
  { sdk: 'Mailgun', packages: ['mailgun-js'], exports: ['default'], option: 'apiKey' },
  { sdk: 'Mailchimp', packages: ['@mailchimp/mailchimp_marketing'], exports: ['default'], method: 'setConfig', option: 'apiKey' },
  { sdk: 'Airtable', packages: ['airtable'], exports: ['default'], option: 'apiKey' },
  { sdk: 'Airtable', packages: ['airtable'], exports: ['default'], method: 'configure', option: 'apiKey' },
  { sdk: 'HubSpot', packages: ['@hubspot/api-client'], exports: ['Client'], option: 'accessToken' },
  { sdk: 'Twitter', packages: ['twitter-api-v2'], exports: ['TwitterApi'], option: 'appSecret' },
  { sdk: 'Twitter', packages: ['twitter-api-v2'], exports: ['TwitterApi'], label: 'bearer token' },
  { sdk: 'Twitter', packages: ['twit', 'twitter'], exports: ['default'], option: 'consumer_secret' },
  // AI SDKs that take a key as OpenAI's do (OpenAI's own v3 `Configuration`, LangChain's OpenAI models)
  { sdk: 'OpenAI', packages: ['openai'], exports: ['Configuration'], option: 'apiKey' },
  { sdk: 'OpenAI', packages: ['@langchain/openai'], exports: ['ChatOpenAI', 'OpenAI', 'OpenAIEmbeddings'], option: 'apiKey' },
  { sdk: 'OpenAI', packages: ['@langchain/openai'], exports: ['ChatOpenAI', 'OpenAI', 'OpenAIEmbeddings'], option: 'openAIApiKey', label: 'api key' },
  { sdk: 'Hugging Face', packages: ['@huggingface/inference'], exports: ['HfInference', 'InferenceClient'], label: 'token' },
  // a method of an instance: a Discord bot's login, mailgun.js's client
  { sdk: 'Discord', packages: ['discord.js'], exports: ['Client'], instance: true, method: 'login', label: 'bot token' },
  { sdk: 'Mailgun', packages: ['mailgun.js'], exports: ['default'], instance: true, method: 'client', option: 'key', label: 'api key' },
  // AI, voice and vector SDKs of hand-written apps (Vercel's AI SDK and LangChain: every provider package)
  { sdk: 'ElevenLabs', packages: ['elevenlabs', '@elevenlabs/elevenlabs-js'], exports: ['ElevenLabsClient'], option: 'apiKey' },
  { sdk: 'Deepgram', packages: ['@deepgram/sdk'], exports: ['createClient', 'Deepgram'] },
  { sdk: 'AssemblyAI', packages: ['assemblyai'], exports: ['AssemblyAI'], option: 'apiKey' },
  { sdk: 'Together', packages: ['together-ai'], exports: ['default', 'Together'], option: 'apiKey' },
  { sdk: 'Cohere', packages: ['cohere-ai'], exports: ['default'], method: 'init' },
  // the providers named after their key's usual env variable, then any other provider of either family
  { sdk: 'OpenAI', packages: ['@ai-sdk/openai'], exports: ['createOpenAI'], option: 'apiKey' },
  { sdk: 'Anthropic', packages: ['@ai-sdk/anthropic', '@langchain/anthropic'], exports: ['createAnthropic', 'ChatAnthropic'], option: 'apiKey' },
  { sdk: 'Anthropic', packages: ['@langchain/anthropic'], exports: ['ChatAnthropic'], option: 'anthropicApiKey', label: 'api key' },
  { sdk: 'Google Generative AI', packages: ['@ai-sdk/google'], exports: ['createGoogleGenerativeAI'], option: 'apiKey' },
  { sdk: 'OpenRouter', packages: ['@openrouter/ai-sdk-provider'], exports: ['createOpenRouter'], option: 'apiKey' },
  { sdk: 'AI SDK provider', packages: ['@ai-sdk/'], exports: ['*'], option: 'apiKey' },
  { sdk: 'LangChain provider', packages: ['@langchain/'], exports: ['*'], option: 'apiKey' },
  { sdk: 'fal', packages: ['@fal-ai/client', '@fal-ai/serverless-client'], exports: ['fal', 'default'], method: 'config', option: 'credentials', label: 'key' },
  { sdk: 'Azure', packages: ['@azure/'], exports: ['AzureKeyCredential'], label: 'key' },
  { sdk: 'Qdrant', packages: ['@qdrant/js-client-rest'], exports: ['QdrantClient'], option: 'apiKey' },
  { sdk: 'Upstash', packages: ['@upstash/redis'], exports: ['Redis'], option: 'token', label: 'redis rest token' },
  // bot frameworks, push, chat and CMS write tokens
  { sdk: 'Slack', packages: ['@slack/bolt'], exports: ['App'], option: 'token', label: 'bot token' },
  { sdk: 'Slack', packages: ['@slack/bolt'], exports: ['App'], option: 'signingSecret' },
  { sdk: 'LINE', packages: ['@line/bot-sdk'], exports: ['Client'], option: 'channelAccessToken' },
  { sdk: 'LINE', packages: ['@line/bot-sdk'], exports: ['Client', 'middleware'], option: 'channelSecret' },
  { sdk: 'LINE', packages: ['@line/bot-sdk'], exports: ['messagingApi'], method: 'MessagingApiClient', option: 'channelAccessToken' },
  { sdk: 'Web Push', packages: ['web-push'], exports: ['default'], method: 'setVapidDetails', argument: 2, label: 'vapid private key' },
  { sdk: 'Stream', packages: ['stream-chat'], exports: ['StreamChat'], argument: 1, label: 'api secret' },
  { sdk: 'Stream', packages: ['stream-chat'], exports: ['StreamChat'], method: 'getInstance', argument: 1, label: 'api secret' },
  { sdk: 'Sanity', packages: ['@sanity/client'], exports: ['createClient', 'default'], option: 'token', label: 'api token' },
  { sdk: 'Contentful', packages: ['contentful-management'], exports: ['createClient', 'default'], option: 'accessToken', label: 'management token' },
  { sdk: 'Plivo', packages: ['plivo'], exports: ['Client', 'default'], argument: 1, label: 'auth token' },
  { sdk: 'Plivo', packages: ['plivo'], exports: ['default'], method: 'Client', argument: 1, label: 'auth token' },
  { sdk: 'Reddit', packages: ['snoowrap'], exports: ['default'], option: 'clientSecret' },
  // OAuth client secrets: Google's OAuth2 client (`new google.auth.OAuth2(id, secret, redirect)`)
  { sdk: 'Google OAuth', packages: ['googleapis'], exports: ['google'], method: 'auth.OAuth2', argument: 1, label: 'client secret' },
  { sdk: 'Google OAuth', packages: ['google-auth-library'], exports: ['OAuth2Client'], argument: 1, label: 'client secret' },
  { sdk: 'Google OAuth', packages: ['google-auth-library'], exports: ['OAuth2Client'], option: 'clientSecret' },
  // exchange and broker APIs of trading bots: ccxt's exchanges are members of the module (`new ccxt.binance({ … })`)
  { sdk: 'ccxt', packages: ['ccxt'], exports: ['*'], option: 'secret' },
  { sdk: 'Binance', packages: ['binance-api-node'], exports: ['default'], option: 'apiSecret' },
  { sdk: 'Alpaca', packages: ['@alpacahq/alpaca-trade-api'], exports: ['default'], option: 'secretKey' },
  // Mailjet's key pair: `apiConnect(key, secret)` (v6; `connect` before it), `new Mailjet({ apiKey, apiSecret })`
  { sdk: 'Mailjet', packages: ['node-mailjet'], exports: ['default', 'Client'], method: 'apiConnect', argument: 1, label: 'api secret' },
  { sdk: 'Mailjet', packages: ['node-mailjet'], exports: ['default'], method: 'connect', argument: 1, label: 'api secret' },
  { sdk: 'Mailjet', packages: ['node-mailjet'], exports: ['default', 'Client'], option: 'apiSecret' },
  // payment SDKs of Southeast Asia and Latin America, and more commerce platforms' server libraries
  { sdk: 'Midtrans', packages: ['midtrans-client'], exports: ['Snap', 'CoreApi', 'Iris'], option: 'serverKey' },
  { sdk: 'Xendit', packages: ['xendit-node'], exports: ['Xendit', 'default'], option: 'secretKey' },
  { sdk: 'Omise', packages: ['omise'], exports: ['default'], option: 'secretKey' },
  { sdk: 'Checkout.com', packages: ['checkout-sdk-node'], exports: ['Checkout', 'default'], label: 'secret key' },
  { sdk: 'Openpay', packages: ['openpay'], exports: ['default'], argument: 1, label: 'private key' },
  { sdk: 'Efí', packages: ['sdk-node-apis-efi', 'gn-api-sdk-node'], exports: ['default'], option: 'client_secret' },
  { sdk: 'Pagar.me', packages: ['pagarme'], exports: ['default'], method: 'client.connect', option: 'api_key' },
  { sdk: 'Coinbase Commerce', packages: ['coinbase-commerce-node'], exports: ['Client'], method: 'init', label: 'api key' },
  { sdk: 'Shopify', packages: ['@shopify/shopify-api'], exports: ['shopifyApi'], option: 'apiSecretKey' },
  { sdk: 'Shopify', packages: ['@shopify/shopify-api'], exports: ['shopifyApi'], option: 'adminApiAccessToken', label: 'access token' },
  { sdk: 'Shopify', packages: ['@shopify/shopify-app-remix/server', '@shopify/shopify-app-react-router/server'], exports: ['shopifyApp'], option: 'apiSecretKey' },
  { sdk: 'Shopify', packages: ['@shopify/shopify-app-express'], exports: ['shopifyApp'], option: 'api.apiSecretKey' },
  { sdk: 'BigCommerce', packages: ['node-bigcommerce'], exports: ['default'], option: 'accessToken' },
  { sdk: 'Facebook', packages: ['facebook-nodejs-business-sdk'], exports: ['FacebookAdsApi'], method: 'init', label: 'access token' },
  { sdk: 'Facebook', packages: ['facebook-nodejs-business-sdk'], exports: ['default'], method: 'FacebookAdsApi.init', label: 'access token' },
  // developer platforms, auth and data services of hand-written apps
  { sdk: 'GitLab', packages: ['@gitbeaker/rest', '@gitbeaker/node'], exports: ['Gitlab'], option: 'token' },
  { sdk: 'Dropbox', packages: ['dropbox'], exports: ['Dropbox'], option: 'accessToken' },
  { sdk: 'Spotify', packages: ['spotify-web-api-node'], exports: ['default'], option: 'clientSecret' },
  { sdk: 'Linear', packages: ['@linear/sdk'], exports: ['LinearClient'], option: 'apiKey' },
  { sdk: 'Turso', packages: ['@libsql/client'], exports: ['createClient'], option: 'authToken' },
  { sdk: 'Clerk', packages: ['@clerk/backend', '@clerk/clerk-sdk-node', '@clerk/express'], exports: ['createClerkClient'], option: 'secretKey' },
  { sdk: 'Liveblocks', packages: ['@liveblocks/node'], exports: ['Liveblocks'], option: 'secret' },
  { sdk: 'QStash', packages: ['@upstash/qstash'], exports: ['Client'], option: 'token', label: 'qstash token' },
];

/**
 * What an SDK's credential is, for the env variable a suggestion names: the item's `label`, else the
 * option's last key (an `auth` option holds a token: `REPLICATE_TOKEN`), else `api key`.
 */
export function credentialName(entry: SdkCredential): string {
  if (entry.label !== undefined) return entry.label;
  if (entry.option === undefined) return 'api key';
  const key = entry.option.slice(entry.option.lastIndexOf('.') + 1);
  return key === 'auth' ? 'token' : key;
}

const patterns = new ConfigCache<RegExp>();

/**
 * The whole-file pre-checks for credentials given outside a header: one of the SDK packages named in
 * quotes (an import or a `require`: `sdkImportsPattern`, one `RegExp` per package list), or an `auth`
 * option or call, or a URL with a password (Basic credentials, `core/sinks/basic-auth.ts`:
 * `AUTH_OPTION`). Two patterns, so that each joins the default pre-checks it scans fastest with
 * (`core/prechecks/defaults.ts`).
 */
export function sdkImportsPattern(sdks: readonly SdkCredential[]): RegExp {
  // a scope is written without its `/`, which the closing class then matches (`'@aws-sdk/client-s3'`)
  const names = [...new Set(sdks.flatMap((s) => s.packages.map((p) => (p.endsWith('/') ? p.slice(0, -1) : p))))].map(escapeRegExp).sort();
  // a quote or a subpath after, as the server SDKs' pattern of no-secret-in-client (`serverSdkPattern`): the two
  // end alike, and the pre-check union writes their names once (`askedTogether`)
  return patterns.get(names.join('\n'), () => new RegExp(String.raw`["'\x60](?:${names.join('|')})["'\x60/]`, 'u'));
}

/**
 * An `auth` option, call or binding (`auth: 'user:pass'`, `.auth(user, pass)`), or a URL with a password.
 * `\bauth…` is written from its `h`, what follows first (`h(?=…)(?<=\bauth)`, the same texts), so that it
 * joins the `h` branch of the pre-check union (`UNION_ANCHORS` in core/prechecks/anchored.ts).
 */
export const AUTH_OPTION = /h(?=\s*[:(=]|["'\x60]\s*:)(?<=\bauth)|:\/\/[^\s/:@'"\x60]*:[^\s/@'"\x60]+@/u;

/** An SDK credential passed in a call: the entry, the value expression, and the option key or argument that holds it. */
export interface SdkWrite {
  readonly entry: SdkCredential;
  readonly value: TSESTree.Node;
  /** `accessToken` or `argument 2` (1-based), for messages. */
  readonly where: string;
  /**
   * The option's text, when the options object was written in another module (`new
   * MercadoPagoConfig(OPTIONS)`, `OPTIONS` imported): `value` is then the argument. Or its fallback
   * there (`accessToken: process.env.T || 'APP_USR-…'`).
   */
  readonly imported?: Extract<ImportedValue, { kind: 'text' }> | ImportedFallback;
}

/** The package and export an identifier is bound to: an import, or a `require(…)` (whole, `.X`, or destructured). */
export interface Target {
  readonly source: string;
  readonly name: string;
  readonly method?: string;
  /** `method` is called on an instance of the export (`new Client(…).login(…)`). */
  readonly instance?: boolean;
}

export function bindingOf(id: TSESTree.Identifier, scope: Scope): Target | undefined {
  const def = ASTUtils.findVariable(scope, id)?.defs[0];
  if (!def) return undefined;
  if (def.type === TSESLint.Scope.DefinitionType.ImportBinding) {
    if (def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const source = def.parent.source.value;
    const spec = def.node;
    if (spec.type === AST_NODE_TYPES.ImportSpecifier) {
      const name = spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value;
      return { source, name };
    }
    return { source, name: 'default' };
  }
  if (def.type !== TSESLint.Scope.DefinitionType.Variable || !def.node.init) return undefined;
  const init = unwrap(def.node.init);
  if (def.node.id.type === AST_NODE_TYPES.Identifier) {
    const whole = requiredSource(init);
    if (whole !== undefined) return { source: whole, name: 'default' };
    if (init.type === AST_NODE_TYPES.MemberExpression && !init.computed && init.property.type === AST_NODE_TYPES.Identifier) {
      const source = requiredSource(unwrap(init.object));
      return source === undefined ? undefined : { source, name: init.property.name === 'default' ? 'default' : init.property.name };
    }
    return undefined;
  }
  if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) {
    const source = requiredSource(init);
    const property = def.node.id.properties.find((p) => p.type === AST_NODE_TYPES.Property && unwrap(p.value) === def.name);
    const name = property?.type === AST_NODE_TYPES.Property ? propertyName(property, scope) : undefined;
    return source === undefined || name === undefined ? undefined : { source, name };
  }
  return undefined;
}

/** `require('x')` → `x`. */
function requiredSource(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'require') return undefined;
  const [argument] = node.arguments;
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string' ? argument.value : undefined;
}

/** The package and export a callee expression stands for, and the method called on it (if any). */
function calleeTarget(callee: TSESTree.Node, scope: Scope): Target | undefined {
  const node = unwrap(callee);
  const required = requiredSource(node);
  if (required !== undefined) return { source: required, name: 'default' };
  if (node.type === AST_NODE_TYPES.Identifier) return bindingOf(node, scope);
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  const object = unwrap(node.object);
  const base =
    object.type === AST_NODE_TYPES.Identifier
      ? (bindingOf(object, scope) ?? instanceOf(object, scope))
      : object.type === AST_NODE_TYPES.NewExpression
        ? constructed(object, scope)
        : calleeTarget(object, scope);
  if (!base) return undefined;
  if (base.method === undefined) return { ...base, method: node.property.name };
  // a member and its method (`AWS.config.update`), no deeper
  return base.method.includes('.') ? undefined : { ...base, method: `${base.method}.${node.property.name}` };
}

/** The export `id` is an instance of: a `const` given a `new` of it (`const client = new Client(…)`). */
function instanceOf(id: TSESTree.Identifier, scope: Scope): Target | undefined {
  const def = ASTUtils.findVariable(scope, id)?.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  const init = unwrap(def.node.init);
  return init.type === AST_NODE_TYPES.NewExpression ? constructed(init, scope) : undefined;
}

/** The export a `new` constructs (`new Client(…)`, `new Discord.Client(…)`), as an instance. */
function constructed(node: TSESTree.NewExpression, scope: Scope): Target | undefined {
  const target = calleeTarget(node.callee, scope);
  if (!target || target.instance === true) return undefined;
  const name = target.method === undefined ? target.name : memberExport(target);
  return name === undefined ? undefined : { source: target.source, name, instance: true };
}

/**
 * The export a member of the module may be (`mercadopago.MercadoPagoConfig`, `Discord.Client`: a
 * default or namespace binding and one name after it), or `undefined`.
 */
function memberExport(target: Target): string | undefined {
  return target.name === 'default' && target.instance !== true && target.method !== undefined && !target.method.includes('.') ? target.method : undefined;
}

/** Whether `source` is one of `packages` (or in one of its scopes: `@aws-sdk/`). */
function fromPackages(packages: readonly string[], source: string): boolean {
  return packages.some((p) => p === source || (p.endsWith('/') && source.startsWith(p)));
}

/**
 * The SDK credentials `call` passes, when it is a call of a listed SDK: one write per entry whose
 * credential is in place (an SDK may take several, `new App({ token, signingSecret })`, or one in either
 * of two places, `new TwitterApi({ appSecret })`, `new TwitterApi(bearerToken)`), the first entry that
 * reaches a value naming it (a provider's entry before its family's catch-all).
 */
export function sdkWritesOf(values: Values, sdks: readonly SdkCredential[], call: TSESTree.CallExpression | TSESTree.NewExpression): SdkWrite[] {
  const scope = values.scope(call);
  const target = calleeTarget(call.callee, scope);
  if (!target) return [];
  const writes: SdkWrite[] = [];
  for (const entry of sdks) {
    if (!fromPackages(entry.packages, target.source) || (entry.instance === true) !== (target.instance === true)) continue;
    // `new mercadopago.MercadoPagoConfig(…)`: a member of the module is the export
    const anyExport = entry.exports.includes('*');
    const member = memberExport(target);
    const asExport = member !== undefined && entry.method === undefined && (anyExport || entry.exports.includes(member));
    if (!asExport && ((!anyExport && !entry.exports.includes(target.name)) || entry.method !== target.method)) continue;
    const index = entry.argument ?? 0;
    const argument = call.arguments[index];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
    const found = entry.option === undefined ? { node: argument } : optionAt(values, argument, entry.option.split('.'), scope);
    if (!found || writes.some((w) => w.value === found.node && w.imported === found.imported)) continue;
    const where = entry.option ?? `argument ${String(index + 1)}`;
    writes.push({ entry, value: found.node, where, ...(found.imported ? { imported: found.imported } : {}) });
  }
  return writes;
}

/**
 * Where the keys `path` lead in the options object `node`, through nested objects, each written there
 * or a same-file constant: the value's node; or, from the first object written in another module
 * (`new S3Client(AWS_OPTIONS)`, `{ credentials: config.aws }`), that object's node and the text or
 * fallback the rest of the keys lead to there.
 */
function optionAt(
  values: Values,
  node: TSESTree.Node,
  path: readonly string[],
  scope: Scope,
): { readonly node: TSESTree.Node; readonly imported?: Extract<ImportedValue, { kind: 'text' }> | ImportedFallback } | undefined {
  let current = node;
  for (const [i, key] of path.entries()) {
    const next = optionKey(values, current, key, scope);
    if (next === undefined) {
      const imported = importedOption(values, current, path.slice(i), scope);
      return imported && { node: current, imported };
    }
    current = next;
  }
  return { node: current };
}

/**
 * The text or fallback the keys `path` lead to in an options object written in another module
 * (`new MercadoPagoConfig(OPTIONS)`, `OPTIONS` imported), if it has one.
 */
function importedOption(values: Values, node: TSESTree.Node, path: readonly string[], scope: Scope): Extract<ImportedValue, { kind: 'text' }> | ImportedFallback | undefined {
  let value: ExportedValue | undefined = values.importedObject(node, scope);
  for (const key of path) value = value?.kind === 'object' ? value.entries.get(key) : undefined;
  return value?.kind === 'text' || value?.kind === 'fallback' ? value : undefined;
}

/** The value of the key `option` in the options object `node` (written there, or a same-file constant). */
function optionKey(values: Values, node: TSESTree.Node, option: string, scope: Scope): TSESTree.Node | undefined {
  let object = unwrap(node);
  if (object.type === AST_NODE_TYPES.Identifier) {
    const bound = values.bound(object, scope);
    if (!bound) return undefined;
    object = unwrap(bound);
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i];
    // a later spread may override the key: nothing is known then
    if (!property || property.type === AST_NODE_TYPES.SpreadElement) return undefined;
    if (property.kind === 'init' && !property.method && propertyName(property, scope) === option) return property.value;
  }
  return undefined;
}
