/**
 * Credentials handed to SDKs (#17 A): a listed SDK's constructor or setup call given a literal or
 * same-file constant credential. Positions are computed from the code (`where`), so each case states
 * the code once.
 */
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { MessageIds, Options } from '../../src/rules/no-hardcoded-auth-header.js';
import { fake, fp } from '../fixtures/fake.js';
import { lang, sfc } from '../fixtures/languages.js';
import { rangeOf } from '../fixtures/projects.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;
type Error = Invalid['errors'][number];

const MP = fake.mpAccessToken(21);
const STRIPE = fake.stripeSecret(22);
const OPENAI = fake.openaiProject(23);
const ANTHROPIC = fake.anthropic(24);
const GH = fake.githubToken(25);
const SLACK = fake.slackBot(26);
const SENDGRID = fake.sendgrid(27);
const OPAQUE = fake.opaque(28, 32);
const PK = fake.stripePublishable(29);
const TELEGRAM = fake.telegramBot(30);

/** The finding on the first occurrence of `text` (as written, quotes included) in `code`. */
function sdkError(code: string, text: string, sdk: string, where: string, credential: string, suggestion?: { env: string; output: string }, from = 0): Error {
  return {
    messageId: 'hardcodedSdk',
    data: { sdk, where, fingerprint: fp(credential) },
    ...rangeOf(code, text, from),
    ...(suggestion ? { suggestions: [{ messageId: 'useEnv' as const, data: { env: suggestion.env }, output: suggestion.output }] } : {}),
  };
}

/** An invalid case whose only finding is `text` in `code`, rewritten to read `env`. */
function sdkCase(language: keyof typeof lang, code: string, text: string, sdk: string, where: string, credential: string, env: string): Invalid {
  return { code, ...lang[language], errors: [sdkError(code, text, sdk, where, credential, { env, output: code.replace(text, env) })] };
}

const mpConfig = `import { MercadoPagoConfig, Payment } from 'mercadopago';\nconst client = new MercadoPagoConfig({ accessToken: '${MP}' });\nexport const payment = new Payment(client);`;

export const sdkInvalid: Invalid[] = [
  sdkCase('js', mpConfig, `'${MP}'`, 'Mercado Pago', 'accessToken', MP, 'process.env.MP_ACCESS_TOKEN'),
  sdkCase('ts', mpConfig, `'${MP}'`, 'Mercado Pago', 'accessToken', MP, 'process.env.MP_ACCESS_TOKEN'),
  // in a Vue SFC (browser code): reported, no environment rewrite
  { code: sfc(mpConfig), ...lang.vue, errors: [sdkError(sfc(mpConfig), `'${MP}'`, 'Mercado Pago', 'accessToken', MP)] },
  sdkCase('js', `const mercadopago = require('mercadopago');\nmercadopago.configure({ access_token: '${MP}' });`, `'${MP}'`, 'Mercado Pago', 'access_token', MP, 'process.env.MP_ACCESS_TOKEN'),
  sdkCase('ts', `import * as mp from 'mercadopago';\nconst config = new mp.MercadoPagoConfig({ accessToken: '${MP}', options: { timeout: 5000 } });`, `'${MP}'`, 'Mercado Pago', 'accessToken', MP, 'process.env.MP_ACCESS_TOKEN'),
  sdkCase('ts', `import Stripe from 'stripe';\nexport const stripe = new Stripe('${STRIPE}', { apiVersion: '2024-06-20' });`, `'${STRIPE}'`, 'Stripe', 'argument 1', STRIPE, 'process.env.STRIPE_SECRET_KEY'),
  sdkCase('js', `const stripe = require('stripe')('${STRIPE}');`, `'${STRIPE}'`, 'Stripe', 'argument 1', STRIPE, 'process.env.STRIPE_SECRET_KEY'),
  sdkCase('tsx', `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: '${OPENAI}' });`, `'${OPENAI}'`, 'OpenAI', 'apiKey', OPENAI, 'process.env.OPENAI_API_KEY'),
  // a same-file constant: the argument that reads it is reported
  {
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst KEY = '${ANTHROPIC}';\nconst anthropic = new Anthropic({ apiKey: KEY });`,
    ...lang.ts,
    errors: [
      sdkError(`import Anthropic from '@anthropic-ai/sdk';\nconst KEY = '${ANTHROPIC}';\nconst anthropic = new Anthropic({ apiKey: KEY });`, 'KEY', 'Anthropic', 'apiKey', ANTHROPIC, {
        env: 'process.env.ANTHROPIC_API_KEY',
        output: `import Anthropic from '@anthropic-ai/sdk';\nconst KEY = '${ANTHROPIC}';\nconst anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });`,
      }, 170),
    ],
  },
  sdkCase('ts', `import { Octokit } from '@octokit/rest';\nconst octokit = new Octokit({ auth: '${GH}', userAgent: 'bot' });`, `'${GH}'`, 'Octokit', 'auth', GH, 'process.env.GITHUB_TOKEN'),
  sdkCase('js', `const { WebClient } = require('@slack/web-api');\nconst web = new WebClient('${SLACK}');`, `'${SLACK}'`, 'Slack', 'argument 1', SLACK, 'process.env.SLACK_TOKEN'),
  sdkCase('js', `import twilio from 'twilio';\nconst client = twilio(accountSid, '${OPAQUE}');`, `'${OPAQUE}'`, 'Twilio', 'argument 2', OPAQUE, 'process.env.TWILIO_API_KEY'),
  sdkCase('ts', `import sgMail from '@sendgrid/mail';\nsgMail.setApiKey('${SENDGRID}');`, `'${SENDGRID}'`, 'SendGrid', 'argument 1', SENDGRID, 'process.env.SENDGRID_API_KEY'),
  // the AI and data SDKs of hand-written apps (an opaque key: the SDK is the evidence); an `auth` option
  // holds a token, and the env variable is named so
  sdkCase('ts', `import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI('${OPAQUE}');`, `'${OPAQUE}'`, 'Gemini', 'argument 1', OPAQUE, 'process.env.GEMINI_API_KEY'),
  sdkCase('ts', `import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({ apiKey: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Gemini', 'apiKey', OPAQUE, 'process.env.GEMINI_API_KEY'),
  sdkCase('js', `const Groq = require('groq-sdk');\nconst groq = new Groq({ apiKey: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Groq', 'apiKey', OPAQUE, 'process.env.GROQ_API_KEY'),
  sdkCase('ts', `import { Mistral } from '@mistralai/mistralai';\nconst mistral = new Mistral({ apiKey: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Mistral', 'apiKey', OPAQUE, 'process.env.MISTRAL_API_KEY'),
  sdkCase('ts', `import { CohereClientV2 } from 'cohere-ai';\nconst cohere = new CohereClientV2({ token: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Cohere', 'token', OPAQUE, 'process.env.COHERE_TOKEN'),
  sdkCase('js', `import Replicate from 'replicate';\nconst replicate = new Replicate({ auth: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Replicate', 'auth', OPAQUE, 'process.env.REPLICATE_TOKEN'),
  sdkCase('ts', `import { Resend } from 'resend';\nexport const resend = new Resend('${OPAQUE}');`, `'${OPAQUE}'`, 'Resend', 'argument 1', OPAQUE, 'process.env.RESEND_API_KEY'),
  sdkCase('ts', `import { Pinecone } from '@pinecone-database/pinecone';\nconst pc = new Pinecone({ apiKey: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Pinecone', 'apiKey', OPAQUE, 'process.env.PINECONE_API_KEY'),
  sdkCase('js', `const { Client } = require('@notionhq/client');\nconst notion = new Client({ auth: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Notion', 'auth', OPAQUE, 'process.env.NOTION_TOKEN'),
  // Telegram's bot frameworks: the token is named as a bot token, catalogued or not
  sdkCase('js', `const TelegramBot = require('node-telegram-bot-api');\nconst bot = new TelegramBot('${TELEGRAM}', { polling: true });`, `'${TELEGRAM}'`, 'Telegram', 'argument 1', TELEGRAM, 'process.env.TELEGRAM_BOT_TOKEN'),
  sdkCase('ts', `import { Telegraf } from 'telegraf';\nexport const bot = new Telegraf('${OPAQUE}');`, `'${OPAQUE}'`, 'Telegram', 'argument 1', OPAQUE, 'process.env.TELEGRAM_BOT_TOKEN'),
  sdkCase('ts', `import { Bot } from 'grammy';\nconst bot = new Bot('${TELEGRAM}');`, `'${TELEGRAM}'`, 'Telegram', 'argument 1', TELEGRAM, 'process.env.TELEGRAM_BOT_TOKEN'),
  // a test file: a catalogued credential still counts
  { ...sdkCase('ts', `import Stripe from 'stripe';\nconst stripe = new Stripe('${STRIPE}');`, `'${STRIPE}'`, 'Stripe', 'argument 1', STRIPE, 'process.env.STRIPE_SECRET_KEY'), filename: 'tests/pay.test.ts' },
  // the `sdks` option adds an SDK
  {
    ...sdkCase('ts', `import { AcmeClient } from '@acme/sdk';\nconst acme = new AcmeClient({ region: 'eu', secret: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Acme', 'secret', OPAQUE, 'process.env.ACME_SECRET'),
    options: [{ sdks: [{ sdk: 'Acme', packages: ['@acme/sdk'], exports: ['AcmeClient'], option: 'secret' }] }],
  },
];

const AWS_SECRET = fake.awsSecret(520);
const OPAQUE2 = fake.opaque(521, 36);
const SQUARE = fake.square(522);
const WOO = fake.wooSecret(523);
const SHOPIFY = fake.shopify(524);
const SHOPIFY_SECRET = fake.shopify(533, 'ss');
const SQUARE_SECRET = fake.squareSecret(534);
const PEM = fake.pemPrivateKey(525);
const MP2 = fake.mpAccessToken(526);
const HF = fake.huggingface(527);

const SUPABASE = fake.supabaseSecret(529);
const SERVICE_ROLE = fake.jwt(530);
const supabaseCode = (key: string): string => `import { createClient } from '@supabase/supabase-js';\nexport const admin = createClient(process.env.SUPABASE_URL, '${key}');`;

const firebaseCert = `import admin from 'firebase-admin';\nadmin.initializeApp({ credential: admin.credential.cert({ projectId: 'shop', clientEmail: 'svc@shop.iam.gserviceaccount.com', private_key: ${JSON.stringify(PEM)} }) });`;

/**
 * The payment, commerce, cloud and AI SDKs of real apps: a member's method (`AWS.config.update`,
 * `new paypal.core.LiveEnvironment`), a key inside an option (`credentials.secretAccessKey`), a package
 * scope (`@aws-sdk/`), and two places for one call's credential.
 */
const lineBoth = `import { Client } from '@line/bot-sdk';\nconst client = new Client({ channelAccessToken: '${OPAQUE}', channelSecret: '${OPAQUE2}' });`;

export const sdkMoreInvalid: Invalid[] = [
  sdkCase('js', `const mercadopago = require('mercadopago');\nmercadopago.configurations.setAccessToken('${MP2}');`, `'${MP2}'`, 'Mercado Pago', 'argument 1', MP2, 'process.env.MP_ACCESS_TOKEN'),
  sdkCase('ts', `import { Client, Environment } from '@paypal/paypal-server-sdk';\nconst client = new Client({ clientCredentialsAuthCredentials: { oAuthClientId: 'AbC', oAuthClientSecret: '${OPAQUE2}' }, environment: Environment.Production });`, `'${OPAQUE2}'`, 'PayPal', 'clientCredentialsAuthCredentials.oAuthClientSecret', OPAQUE2, 'process.env.PAYPAL_CLIENT_SECRET'),
  sdkCase('js', `const paypal = require('@paypal/checkout-server-sdk');\nconst env = new paypal.core.LiveEnvironment(clientId, '${OPAQUE2}');`, `'${OPAQUE2}'`, 'PayPal', 'argument 2', OPAQUE2, 'process.env.PAYPAL_CLIENT_SECRET'),
  sdkCase('js', `const paypal = require('paypal-rest-sdk');\npaypal.configure({ mode: 'live', client_id: clientId, client_secret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'PayPal', 'client_secret', OPAQUE2, 'process.env.PAYPAL_CLIENT_SECRET'),
  sdkCase('ts', `import { SquareClient, SquareEnvironment } from 'square';\nexport const square = new SquareClient({ token: '${SQUARE}', environment: SquareEnvironment.Production });`, `'${SQUARE}'`, 'Square', 'token', SQUARE, 'process.env.SQUARE_ACCESS_TOKEN'),
  sdkCase('js', `const braintree = require('braintree');\nconst gateway = new braintree.BraintreeGateway({ environment: braintree.Environment.Production, merchantId, publicKey, privateKey: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Braintree', 'privateKey', OPAQUE, 'process.env.BRAINTREE_PRIVATE_KEY'),
  sdkCase('ts', `import { createMollieClient } from '@mollie/api-client';\nconst mollie = createMollieClient({ apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Mollie', 'apiKey', OPAQUE2, 'process.env.MOLLIE_API_KEY'),
  sdkCase('js', `const Razorpay = require('razorpay');\nconst razorpay = new Razorpay({ key_id: keyId, key_secret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Razorpay', 'key_secret', OPAQUE2, 'process.env.RAZORPAY_KEY_SECRET'),
  sdkCase('js', `const paystack = require('paystack')('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Paystack', 'argument 1', OPAQUE2, 'process.env.PAYSTACK_SECRET_KEY'),
  sdkCase('js', `const Flutterwave = require('flutterwave-node-v3');\nconst flw = new Flutterwave(publicKey, '${OPAQUE2}');`, `'${OPAQUE2}'`, 'Flutterwave', 'argument 2', OPAQUE2, 'process.env.FLUTTERWAVE_SECRET_KEY'),
  sdkCase('ts', `import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';\nconst api = new WooCommerceRestApi({ url, consumerKey, consumerSecret: '${WOO}', version: 'wc/v3' });`, `'${WOO}'`, 'WooCommerce', 'consumerSecret', WOO, 'process.env.WOOCOMMERCE_CONSUMER_SECRET'),
  // two places for one call's credential: the first that holds one is read
  sdkCase('js', `const Shopify = require('shopify-api-node');\nconst shopify = new Shopify({ shopName: 'shop', apiKey, password: '${SHOPIFY}' });`, `'${SHOPIFY}'`, 'Shopify', 'password', SHOPIFY, 'process.env.SHOPIFY_ACCESS_TOKEN'),
  sdkCase('ts', `import { TwitterApi } from 'twitter-api-v2';\nconst client = new TwitterApi('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Twitter', 'argument 1', OPAQUE2, 'process.env.TWITTER_BEARER_TOKEN'),
  sdkCase('ts', `import { TwitterApi } from 'twitter-api-v2';\nconst client = new TwitterApi({ appKey, appSecret: '${OPAQUE2}', accessToken, accessSecret });`, `'${OPAQUE2}'`, 'Twitter', 'appSecret', OPAQUE2, 'process.env.TWITTER_APP_SECRET'),
  // AWS: the v2 config, a v2 client, a v3 client of the scope (a key inside an option)
  sdkCase('js', `const AWS = require('aws-sdk');\nAWS.config.update({ accessKeyId, secretAccessKey: '${AWS_SECRET}', region: 'us-east-1' });`, `'${AWS_SECRET}'`, 'AWS', 'secretAccessKey', AWS_SECRET, 'process.env.AWS_SECRET_ACCESS_KEY'),
  sdkCase('js', `import AWS from 'aws-sdk';\nconst s3 = new AWS.S3({ accessKeyId, secretAccessKey: '${AWS_SECRET}' });`, `'${AWS_SECRET}'`, 'AWS', 'secretAccessKey', AWS_SECRET, 'process.env.AWS_SECRET_ACCESS_KEY'),
  sdkCase('ts', `import { S3Client } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({ region: 'sa-east-1', credentials: { accessKeyId, secretAccessKey: '${AWS_SECRET}' } });`, `'${AWS_SECRET}'`, 'AWS', 'credentials.secretAccessKey', AWS_SECRET, 'process.env.AWS_SECRET_ACCESS_KEY'),
  {
    // the inner object through a same-file constant
    ...sdkCase('ts', `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nconst credentials = { accessKeyId, secretAccessKey: '${AWS_SECRET}' };\nconst db = new DynamoDBClient({ region, credentials });`, `'${AWS_SECRET}'`, 'AWS', 'credentials.secretAccessKey', AWS_SECRET, 'process.env.AWS_SECRET_ACCESS_KEY'),
  },
  sdkCase('js', `const cloudinary = require('cloudinary').v2;\ncloudinary.config({ cloud_name: 'shop', api_key: apiKey, api_secret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Cloudinary', 'api_secret', OPAQUE2, 'process.env.CLOUDINARY_API_SECRET'),
  sdkCase('js', `import cloudinary from 'cloudinary';\ncloudinary.v2.config({ cloud_name: 'shop', api_secret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Cloudinary', 'api_secret', OPAQUE2, 'process.env.CLOUDINARY_API_SECRET'),
  sdkCase('ts', firebaseCert, JSON.stringify(PEM), 'Firebase Admin', 'private_key', PEM, 'process.env.PEM_PRIVATE_KEY'),
  sdkCase('ts', `import { Client } from '@elastic/elasticsearch';\nconst es = new Client({ node, auth: { apiKey: '${OPAQUE2}' } });`, `'${OPAQUE2}'`, 'Elasticsearch', 'auth.apiKey', OPAQUE2, 'process.env.ELASTICSEARCH_API_KEY'),
  sdkCase('js', `const Pusher = require('pusher');\nconst pusher = new Pusher({ appId, key, secret: '${OPAQUE2}', cluster: 'sa1' });`, `'${OPAQUE2}'`, 'Pusher', 'secret', OPAQUE2, 'process.env.PUSHER_SECRET'),
  sdkCase('js', `const postmark = require('postmark');\nconst client = new postmark.ServerClient('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Postmark', 'argument 1', OPAQUE2, 'process.env.POSTMARK_SERVER_TOKEN'),
  sdkCase('ts', `import mailchimp from '@mailchimp/mailchimp_marketing';\nmailchimp.setConfig({ apiKey: '${OPAQUE2}', server: 'us21' });`, `'${OPAQUE2}'`, 'Mailchimp', 'apiKey', OPAQUE2, 'process.env.MAILCHIMP_API_KEY'),
  sdkCase('ts', `import { Client } from '@hubspot/api-client';\nconst hubspot = new Client({ accessToken: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'HubSpot', 'accessToken', OPAQUE2, 'process.env.HUBSPOT_ACCESS_TOKEN'),
  sdkCase('js', `const { Configuration, OpenAIApi } = require('openai');\nconst openai = new OpenAIApi(new Configuration({ apiKey: '${OPENAI}' }));`, `'${OPENAI}'`, 'OpenAI', 'apiKey', OPENAI, 'process.env.OPENAI_API_KEY'),
  sdkCase('ts', `import { ChatOpenAI } from '@langchain/openai';\nconst model = new ChatOpenAI({ model: 'gpt-4o-mini', openAIApiKey: '${OPENAI}' });`, `'${OPENAI}'`, 'OpenAI', 'openAIApiKey', OPENAI, 'process.env.OPENAI_API_KEY'),
  sdkCase('ts', `import { initializeApp, cert } from 'firebase-admin/app';\ninitializeApp({ credential: cert({ projectId, clientEmail, privateKey: ${JSON.stringify(PEM)} }) });`, JSON.stringify(PEM), 'Firebase Admin', 'privateKey', PEM, 'process.env.PEM_PRIVATE_KEY'),
  sdkCase('js', `const paypal = require('@paypal/checkout-server-sdk');\nconst env = new paypal.core.SandboxEnvironment(clientId, '${OPAQUE2}');`, `'${OPAQUE2}'`, 'PayPal', 'argument 2', OPAQUE2, 'process.env.PAYPAL_CLIENT_SECRET'),
  // a format of two kinds of credential: the env variable by the value's prefix
  sdkCase('js', `const Shopify = require('shopify-api-node');\nconst shopify = new Shopify({ shopName: 'shop', accessToken: '${SHOPIFY_SECRET}' });`, `'${SHOPIFY_SECRET}'`, 'Shopify', 'accessToken', SHOPIFY_SECRET, 'process.env.SHOPIFY_SHARED_SECRET'),
  sdkCase('ts', `import { SquareClient } from 'square';\nexport const square = new SquareClient({ token: '${SQUARE_SECRET}' });`, `'${SQUARE_SECRET}'`, 'Square', 'token', SQUARE_SECRET, 'process.env.SQUARE_APPLICATION_SECRET'),
  sdkCase('js', `const { Client, Environment } = require('square');\nconst client = new Client({ accessToken: '${SQUARE}', environment: Environment.Production });`, `'${SQUARE}'`, 'Square', 'accessToken', SQUARE, 'process.env.SQUARE_ACCESS_TOKEN'),
  sdkCase('js', `const braintree = require('braintree');\nconst gateway = braintree.connect({ environment: braintree.Environment.Production, privateKey: '${OPAQUE}' });`, `'${OPAQUE}'`, 'Braintree', 'privateKey', OPAQUE, 'process.env.BRAINTREE_PRIVATE_KEY'),
  sdkCase('ts', `import { Client } from '@adyen/api-library';\nconst adyen = new Client({ apiKey: '${OPAQUE2}', environment: 'LIVE' });`, `'${OPAQUE2}'`, 'Adyen', 'apiKey', OPAQUE2, 'process.env.ADYEN_API_KEY'),
  sdkCase('js', `const AWS = require('aws-sdk');\nAWS.config.credentials = new AWS.Credentials(accessKeyId, '${AWS_SECRET}');`, `'${AWS_SECRET}'`, 'AWS', 'argument 2', AWS_SECRET, 'process.env.AWS_SECRET_ACCESS_KEY'),
  sdkCase('ts', `import { Vonage } from '@vonage/server-sdk';\nconst vonage = new Vonage({ apiKey, apiSecret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Vonage', 'apiSecret', OPAQUE2, 'process.env.VONAGE_API_SECRET'),
  sdkCase('js', `const mailgun = require('mailgun-js')({ apiKey: '${OPAQUE2}', domain });`, `'${OPAQUE2}'`, 'Mailgun', 'apiKey', OPAQUE2, 'process.env.MAILGUN_API_KEY'),
  sdkCase('js', `const Airtable = require('airtable');\nAirtable.configure({ endpointUrl: 'https://api.airtable.com', apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Airtable', 'apiKey', OPAQUE2, 'process.env.AIRTABLE_API_KEY'),
  sdkCase('js', `const Twit = require('twit');\nconst T = new Twit({ consumer_key, consumer_secret: '${OPAQUE2}', access_token, access_token_secret });`, `'${OPAQUE2}'`, 'Twitter', 'consumer_secret', OPAQUE2, 'process.env.TWITTER_CONSUMER_SECRET'),
  sdkCase('ts', `import { OpenAIEmbeddings } from '@langchain/openai';\nconst embeddings = new OpenAIEmbeddings({ apiKey: '${OPENAI}' });`, `'${OPENAI}'`, 'OpenAI', 'apiKey', OPENAI, 'process.env.OPENAI_API_KEY'),
  // Supabase: a secret key or a service_role JWT (the format decides; its publishable key and anon JWT are public)
  sdkCase('ts', supabaseCode(SUPABASE), `'${SUPABASE}'`, 'Supabase', 'argument 2', SUPABASE, 'process.env.SUPABASE_SECRET_KEY'),
  sdkCase('js', supabaseCode(SERVICE_ROLE), `'${SERVICE_ROLE}'`, 'Supabase', 'argument 2', SERVICE_ROLE, 'process.env.SUPABASE_SECRET_KEY'),
  // a method of an instance: a `const` given a `new` of the export, or the `new` itself
  sdkCase('js', `const { Client, GatewayIntentBits } = require('discord.js');\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.login('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Discord', 'argument 1', OPAQUE2, 'process.env.DISCORD_BOT_TOKEN'),
  sdkCase('js', `const Discord = require('discord.js');\nconst bot = new Discord.Client();\nbot.login('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Discord', 'argument 1', OPAQUE2, 'process.env.DISCORD_BOT_TOKEN'),
  sdkCase('ts', `import { Client } from 'discord.js';\nnew Client({ intents: [] }).login('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Discord', 'argument 1', OPAQUE2, 'process.env.DISCORD_BOT_TOKEN'),
  sdkCase('ts', `import formData from 'form-data';\nimport Mailgun from 'mailgun.js';\nconst mailgun = new Mailgun(formData);\nconst mg = mailgun.client({ username: 'api', key: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Mailgun', 'key', OPAQUE2, 'process.env.MAILGUN_API_KEY'),
  {
    // the `sdks` option: a method of an instance
    ...sdkCase('ts', `import { AcmeClient } from '@acme/sdk';\nconst acme = new AcmeClient();\nawait acme.authenticate('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Acme', 'argument 1', OPAQUE2, 'process.env.ACME_SESSION_KEY'),
    options: [{ sdks: [{ sdk: 'Acme', packages: ['@acme/sdk'], exports: ['AcmeClient'], instance: true, method: 'authenticate', label: 'session key' }] }],
  },
  sdkCase('ts', `import { HfInference } from '@huggingface/inference';\nconst hf = new HfInference('${HF}');`, `'${HF}'`, 'Hugging Face', 'argument 1', HF, 'process.env.HUGGING_FACE_ACCESS_TOKEN'),  // two credentials in one call, both literals: two reports, each with its own suggestion
  {
    code: lineBoth,
    ...lang.ts,
    errors: [
      sdkError(lineBoth, `'${OPAQUE}'`, 'LINE', 'channelAccessToken', OPAQUE, { env: 'process.env.LINE_CHANNEL_ACCESS_TOKEN', output: lineBoth.replace(`'${OPAQUE}'`, 'process.env.LINE_CHANNEL_ACCESS_TOKEN') }),
      sdkError(lineBoth, `'${OPAQUE2}'`, 'LINE', 'channelSecret', OPAQUE2, { env: 'process.env.LINE_CHANNEL_SECRET', output: lineBoth.replace(`'${OPAQUE2}'`, 'process.env.LINE_CHANNEL_SECRET') }),
    ],
  },
  // AI, voice and vector SDKs, bot frameworks, push, chat, CMS, OAuth clients, exchanges and brokers
  sdkCase('ts', `import { ElevenLabsClient } from 'elevenlabs';\nconst voices = new ElevenLabsClient({ apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'ElevenLabs', 'apiKey', OPAQUE2, 'process.env.ELEVENLABS_API_KEY'),
  sdkCase('js', `const { createClient } = require('@deepgram/sdk');\nconst deepgram = createClient('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Deepgram', 'argument 1', OPAQUE2, 'process.env.DEEPGRAM_API_KEY'),
  sdkCase('ts', `import { AssemblyAI } from 'assemblyai';\nconst transcriber = new AssemblyAI({ apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'AssemblyAI', 'apiKey', OPAQUE2, 'process.env.ASSEMBLYAI_API_KEY'),
  sdkCase('ts', `import Together from 'together-ai';\nconst together = new Together({ apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Together', 'apiKey', OPAQUE2, 'process.env.TOGETHER_API_KEY'),
  sdkCase('ts', `import { createOpenAI } from '@ai-sdk/openai';\nexport const openai = createOpenAI({ compatibility: 'strict', apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'OpenAI', 'apiKey', OPAQUE2, 'process.env.OPENAI_API_KEY'),
  sdkCase('ts', `import { ChatAnthropic } from '@langchain/anthropic';\nconst model = new ChatAnthropic({ model: 'claude-sonnet', anthropicApiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Anthropic', 'anthropicApiKey', OPAQUE2, 'process.env.ANTHROPIC_API_KEY'),
  sdkCase('ts', `import { createGoogleGenerativeAI } from '@ai-sdk/google';\nconst google = createGoogleGenerativeAI({ apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Google Generative AI', 'apiKey', OPAQUE2, 'process.env.GOOGLE_GENERATIVE_AI_API_KEY'),
  sdkCase('ts', `import { createMistral } from '@ai-sdk/mistral';\nconst mistral = createMistral({ apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'AI SDK provider', 'apiKey', OPAQUE2, 'process.env.AI_SDK_PROVIDER_API_KEY'),
  sdkCase('ts', `import { ChatGroq } from '@langchain/groq';\nconst model = new ChatGroq({ apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'LangChain provider', 'apiKey', OPAQUE2, 'process.env.LANGCHAIN_PROVIDER_API_KEY'),
  // every credential a call takes, whichever is read at run time: Bolt's token from the environment, its signing secret not
  sdkCase('js', `const { App } = require('@slack/bolt');\nconst app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Slack', 'signingSecret', OPAQUE2, 'process.env.SLACK_SIGNING_SECRET'),
  sdkCase('js', `const line = require('@line/bot-sdk');\nconst client = new line.Client({ channelAccessToken: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'LINE', 'channelAccessToken', OPAQUE2, 'process.env.LINE_CHANNEL_ACCESS_TOKEN'),
  sdkCase('ts', `import { messagingApi } from '@line/bot-sdk';\nconst client = new messagingApi.MessagingApiClient({ channelAccessToken: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'LINE', 'channelAccessToken', OPAQUE2, 'process.env.LINE_CHANNEL_ACCESS_TOKEN'),
  sdkCase('js', `const webpush = require('web-push');\nwebpush.setVapidDetails('mailto:ops@example.com', publicVapidKey, '${OPAQUE2}');`, `'${OPAQUE2}'`, 'Web Push', 'argument 3', OPAQUE2, 'process.env.WEB_PUSH_VAPID_PRIVATE_KEY'),
  sdkCase('js', `const ccxt = require('ccxt');\nconst exchange = new ccxt.kraken({ apiKey, secret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'ccxt', 'secret', OPAQUE2, 'process.env.CCXT_SECRET'),
  sdkCase('js', `const Binance = require('binance-api-node').default;\nconst client = Binance({ apiKey, apiSecret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Binance', 'apiSecret', OPAQUE2, 'process.env.BINANCE_API_SECRET'),
  sdkCase('js', `const Alpaca = require('@alpacahq/alpaca-trade-api');\nconst alpaca = new Alpaca({ keyId, secretKey: '${OPAQUE2}', paper: true });`, `'${OPAQUE2}'`, 'Alpaca', 'secretKey', OPAQUE2, 'process.env.ALPACA_SECRET_KEY'),
  sdkCase('js', `const mailjet = require('node-mailjet').apiConnect(process.env.MJ_APIKEY_PUBLIC, '${OPAQUE2}');`, `'${OPAQUE2}'`, 'Mailjet', 'argument 2', OPAQUE2, 'process.env.MAILJET_API_SECRET'),
  sdkCase('ts', `import Mailjet from 'node-mailjet';\nconst legacy = Mailjet.connect(key, '${OPAQUE2}');`, `'${OPAQUE2}'`, 'Mailjet', 'argument 2', OPAQUE2, 'process.env.MAILJET_API_SECRET'),
  sdkCase('ts', `import Mailjet from 'node-mailjet';\nconst mailjet = new Mailjet({ apiKey: key, apiSecret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Mailjet', 'apiSecret', OPAQUE2, 'process.env.MAILJET_API_SECRET'),
  sdkCase('js', `const { google } = require('googleapis');\nconst oauth2 = new google.auth.OAuth2(clientId, '${OPAQUE2}', redirectUri);`, `'${OPAQUE2}'`, 'Google OAuth', 'argument 2', OPAQUE2, 'process.env.GOOGLE_OAUTH_CLIENT_SECRET'),
  sdkCase('ts', `import { OAuth2Client } from 'google-auth-library';\nconst client = new OAuth2Client({ clientId, clientSecret: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Google OAuth', 'clientSecret', OPAQUE2, 'process.env.GOOGLE_OAUTH_CLIENT_SECRET'),
  sdkCase('ts', `import { AzureKeyCredential } from '@azure/core-auth';\nconst credential = new AzureKeyCredential('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Azure', 'argument 1', OPAQUE2, 'process.env.AZURE_KEY'),
  sdkCase('ts', `import { OpenAIClient, AzureKeyCredential } from '@azure/openai';\nconst client = new OpenAIClient(endpoint, new AzureKeyCredential('${OPAQUE2}'));`, `'${OPAQUE2}'`, 'Azure', 'argument 1', OPAQUE2, 'process.env.AZURE_KEY'),
  sdkCase('ts', `import { QdrantClient } from '@qdrant/js-client-rest';\nconst qdrant = new QdrantClient({ url, apiKey: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Qdrant', 'apiKey', OPAQUE2, 'process.env.QDRANT_API_KEY'),
  sdkCase('ts', `import { Redis } from '@upstash/redis';\nexport const redis = new Redis({ url, token: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Upstash', 'token', OPAQUE2, 'process.env.UPSTASH_REDIS_REST_TOKEN'),
  sdkCase('ts', `import { StreamChat } from 'stream-chat';\nconst server = StreamChat.getInstance(apiKey, '${OPAQUE2}');`, `'${OPAQUE2}'`, 'Stream', 'argument 2', OPAQUE2, 'process.env.STREAM_API_SECRET'),
  sdkCase('ts', `import { createClient } from '@sanity/client';\nexport const writer = createClient({ projectId, dataset, token: '${OPAQUE2}', useCdn: false });`, `'${OPAQUE2}'`, 'Sanity', 'token', OPAQUE2, 'process.env.SANITY_API_TOKEN'),
  sdkCase('js', `const contentful = require('contentful-management');\nconst client = contentful.createClient({ accessToken: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'Contentful', 'accessToken', OPAQUE2, 'process.env.CONTENTFUL_MANAGEMENT_TOKEN'),
  sdkCase('js', `const plivo = require('plivo');\nconst client = new plivo.Client(authId, '${OPAQUE2}');`, `'${OPAQUE2}'`, 'Plivo', 'argument 2', OPAQUE2, 'process.env.PLIVO_AUTH_TOKEN'),
  sdkCase('js', `const snoowrap = require('snoowrap');\nconst reddit = new snoowrap({ userAgent, clientId, clientSecret: '${OPAQUE2}', refreshToken });`, `'${OPAQUE2}'`, 'Reddit', 'clientSecret', OPAQUE2, 'process.env.REDDIT_CLIENT_SECRET'),
  sdkCase('ts', `import { fal } from '@fal-ai/client';\nfal.config({ credentials: '${OPAQUE2}' });`, `'${OPAQUE2}'`, 'fal', 'credentials', OPAQUE2, 'process.env.FAL_KEY'),
  sdkCase('js', `const cohere = require('cohere-ai');\ncohere.init('${OPAQUE2}');`, `'${OPAQUE2}'`, 'Cohere', 'argument 1', OPAQUE2, 'process.env.COHERE_API_KEY'),
];

/** The same SDKs, silent: read at run time, another package or member, a key left out, local dummies. */
export const sdkMoreValid: Valid[] = [
  // the SDKs added with the AI providers, read at run time; Stream's public key alone; Contentful's delivery client (a public token)
  { code: `import { createOpenAI } from '@ai-sdk/openai';\nexport const openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });`, ...lang.ts },
  { code: `const { App } = require('@slack/bolt');\nconst app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });`, ...lang.js },
  { code: `const webpush = require('web-push');\nwebpush.setVapidDetails('mailto:ops@example.com', process.env.VAPID_PUBLIC_KEY, process.env.VAPID_PRIVATE_KEY);`, ...lang.js },
  { code: `import { AzureKeyCredential } from '@azure/core-auth';\nconst credential = new AzureKeyCredential(process.env.AZURE_OPENAI_KEY);`, ...lang.ts },
  { code: `import { StreamChat } from 'stream-chat';\nconst client = StreamChat.getInstance('${OPAQUE2}');`, ...lang.ts },
  { code: `import { createClient } from 'contentful';\nexport const delivery = createClient({ space, accessToken: '${OPAQUE2}' });`, ...lang.ts },
  // a PEM key counts as an SDK's credential only: a header value on lines is prose (no-secret-in-client
  // reports the key in browser code)
  { code: `fetch(url, { headers: { 'X-API-Key': ${JSON.stringify(PEM)} } });`, ...lang.ts },
  // an instance read at run time, of another package, not a `const`, or another method
  { code: `const { Client } = require('discord.js');\nconst client = new Client({ intents: [] });\nclient.login(process.env.DISCORD_TOKEN);`, ...lang.js },
  { code: `const { Client } = require('pg');\nconst client = new Client();\nclient.login('${OPAQUE2}');`, ...lang.js },
  { code: `const { Client } = require('discord.js');\nlet client = new Client({ intents: [] });\nclient = wrap(client);\nclient.login('${OPAQUE2}');`, ...lang.js },
  { code: `const { Client } = require('discord.js');\nconst client = new Client({ intents: [] });\nclient.user.setActivity('${OPAQUE2}');`, ...lang.js },
  { code: `import { Client } from 'discord.js';\nexport const start = (client: Client) => client.login('${OPAQUE2}');`, ...lang.ts },
  // the method on the module, not on an instance
  { code: `import Mailgun from 'mailgun.js';\nconst mg = Mailgun.client({ username: 'api', key: '${OPAQUE2}' });`, ...lang.ts },
  { code: supabaseCode(fake.supabasePublishable(531)), ...lang.ts },
  { code: supabaseCode(fake.jwt(532, { role: 'anon', iss: 'supabase' })), ...lang.ts },
  { code: `import { createClient } from '@supabase/supabase-js';\nexport const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SECRET_KEY);`, ...lang.ts },
  // PayPal's own sample: its fallbacks are placeholders
  {
    code: `const paypal = require('@paypal/checkout-server-sdk');\nconst clientSecret = process.env.PAYPAL_CLIENT_SECRET || '<<CLIENT-SECRET>>';\nconst env = new paypal.core.LiveEnvironment(clientId, clientSecret);`,
    ...lang.js,
  },
  { code: `const AWS = require('aws-sdk');\nAWS.config.update({ region: 'us-east-1', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY });`, ...lang.js },
  // a local S3 server's well-known keys are words
  { code: `import { S3Client } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({ endpoint: 'http://localhost:9000', credentials: { accessKeyId: 'minioadmin', secretAccessKey: 'minioadmin' } });`, ...lang.ts },
  // a spread after the inner key may replace it; the key at the top level is not the one v3 reads
  { code: `import { S3Client } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({ credentials: { secretAccessKey: '${AWS_SECRET}', ...fromIni() } });`, ...lang.ts },
  { code: `import { S3Client } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({ secretAccessKey: '${AWS_SECRET}' });`, ...lang.ts },
  // not in the scope, not the package; three names deep is not followed
  { code: `import { S3Client } from '@aws-sdk-mock/client-s3';\nconst s3 = new S3Client({ credentials: { secretAccessKey: '${AWS_SECRET}' } });`, ...lang.ts },
  { code: `const AWS = require('aws-sdk');\nAWS.config.credentials.update({ secretAccessKey: '${AWS_SECRET}' });`, ...lang.js },
  // a member's member is no client of the package (`*` items take a member of the module only)
  { code: `import AWS from 'aws-sdk';\nconst signature = AWS.util.hmac({ secretAccessKey: '${AWS_SECRET}' });`, ...lang.js },
  { code: `const paypal = require('@paypal/checkout-server-sdk');\nconst env = new paypal.core.PayPalHttpClient(environment, '${OPAQUE2}');`, ...lang.js },
  { code: `const cloudinary = require('cloudinary').v2;\ncloudinary.uploader.upload(file, { api_secret: '${OPAQUE2}' });`, ...lang.js },
  { code: `const Pusher = require('pusher-js');\nconst pusher = new Pusher('${OPAQUE2}', { cluster: 'sa1' });`, ...lang.js },
  { code: `import { TwitterApi } from 'twitter-api-v2';\nconst client = new TwitterApi({ appKey: '${OPAQUE2}', appSecret: process.env.TWITTER_APP_SECRET });`, ...lang.ts },
  { code: `import { Client } from '@elastic/elasticsearch';\nconst es = new Client({ node, auth: { username: 'elastic', password: process.env.ES_PASSWORD } });`, ...lang.ts },
  { code: `import { SquareClient } from 'square';\nexport const square = new SquareClient({ token: process.env.SQUARE_ACCESS_TOKEN });`, ...lang.ts },
];

export const sdkValid: Valid[] = [
  // the new SDKs read from the environment, and a `Client` of another package
  { code: `import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);`, ...lang.ts },
  { code: `import { Client } from 'pg';\nconst db = new Client({ auth: '${OPAQUE}' });`, ...lang.ts },
  { code: `import { Bot } from 'grammy';\nconst bot = new Bot(process.env.TELEGRAM_BOT_TOKEN!);`, ...lang.ts },
  { code: `import { Bot } from 'mineflayer-bot';\nconst bot = new Bot('${OPAQUE}');`, ...lang.ts },
  { code: `import { Resend } from 'resend';\nexport const resend = new Resend('re_YOUR_API_KEY');`, ...lang.ts },
  // from env, a parameter, runtime
  { code: `import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);`, ...lang.ts },
  { code: `import OpenAI from 'openai';\nexport function client(apiKey: string) { return new OpenAI({ apiKey }); }`, ...lang.ts },
  { code: `import { MercadoPagoConfig } from 'mercadopago';\nconst client = new MercadoPagoConfig({ accessToken: await secrets.get('mp') });`, ...lang.ts },
  // placeholders and public keys
  { code: `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: 'sk-your-api-key-here' });`, ...lang.ts },
  { code: `import { MercadoPagoConfig } from 'mercadopago';\nconst client = new MercadoPagoConfig({ accessToken: 'YOUR_ACCESS_TOKEN' });`, ...lang.js },
  { code: `import Stripe from 'stripe';\nconst stripe = new Stripe('${PK}');`, ...lang.ts },
  // not the SDK: a local class of the same name, an unlisted package, another option
  { code: `class Stripe { constructor(key) { this.key = key; } }\nconst s = new Stripe('${STRIPE}');`, ...lang.js },
  { code: `import { Octokit } from './my-octokit';\nconst o = new Octokit({ auth: '${GH}' });`, ...lang.ts },
  { code: `import OpenAI from 'openai';\nconst openai = new OpenAI({ organization: 'org-${OPAQUE}' });`, ...lang.ts },
  // a spread after the key may replace it
  { code: `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: '${OPENAI}', ...overrides });`, ...lang.ts },
  // a test file: a dummy of no catalogued format
  { code: `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: 'mock-key-7f3a9c2e41b8' });`, ...lang.ts, filename: 'tests/chat.test.ts' },
];

const MPF = fake.mpAccessToken(31);
const OPAQUEF = fake.opaque(32, 40);

/** A `hardcodedFallback` finding on the first `text` in `code`; the suggestion's output drops the fallback. */
function fallbackError(code: string, text: string, header: string, scheme: string, credential: string, output: string): Error {
  const { line, column, endLine, endColumn } = sdkError(code, text, '', '', credential);
  return {
    messageId: 'hardcodedFallback',
    data: { header, scheme, fingerprint: fp(credential) },
    line,
    column,
    endLine,
    endColumn,
    suggestions: [{ messageId: 'dropFallback', output }],
  };
}

const fallbackCode = {
  direct: `fetch(url, { headers: { Authorization: process.env.MP_AUTH || 'Bearer ${MPF}' } });`,
  template: `fetch(url, { headers: { Authorization: \`Bearer \${process.env.MP_ACCESS_TOKEN || '${MPF}'}\` } });`,
  constant: `const TOKEN = process.env.API_TOKEN ?? '${OPAQUEF}';\nexport const defaultHeaders = { 'X-API-Key': TOKEN };`,
  concat: `axios.get(url, { headers: { Authorization: 'Bearer ' + (config.token || '${MPF}') } });`,
  custom: `fetch(url, { headers: { 'X-Admin-Token': process.env.ADMIN_TOKEN || '${OPAQUEF}' } });`,
  destructured: `const { MP_ACCESS_TOKEN = '${MPF}', PORT = 3000 } = process.env;\naxios.defaults.headers.common.Authorization = \`Bearer \${MP_ACCESS_TOKEN}\`;`,
  vite: `const { VITE_API_KEY: apiKey = '${OPAQUEF}' } = import.meta.env;\nfetch(url, { headers: { 'X-API-Key': apiKey } });`,
};

export const fallbackInvalid: Invalid[] = [
  // a custom header's fallback: a credential beyond doubt
  {
    code: fallbackCode.custom,
    ...lang.ts,
    errors: [fallbackError(fallbackCode.custom, `'${OPAQUEF}'`, 'X-Admin-Token', 'no scheme', OPAQUEF, "fetch(url, { headers: { 'X-Admin-Token': process.env.ADMIN_TOKEN } });")],
  },
  ...(['js', 'ts', 'tsx'] as const).map((language) => ({
    code: fallbackCode.direct,
    ...lang[language],
    errors: [fallbackError(fallbackCode.direct, `'Bearer ${MPF}'`, 'Authorization', 'Bearer', MPF, "fetch(url, { headers: { Authorization: process.env.MP_AUTH } });")],
  })),
  {
    code: fallbackCode.template,
    ...lang.ts,
    errors: [fallbackError(fallbackCode.template, `'${MPF}'`, 'Authorization', 'Bearer', MPF, 'fetch(url, { headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` } });')],
  },
  {
    code: fallbackCode.constant,
    ...lang.ts,
    errors: [
      fallbackError(fallbackCode.constant, `'${OPAQUEF}'`, 'X-API-Key', 'no scheme', OPAQUEF, "const TOKEN = process.env.API_TOKEN;\nexport const defaultHeaders = { 'X-API-Key': TOKEN };"),
    ],
  },
  {
    code: fallbackCode.concat,
    ...lang.js,
    errors: [fallbackError(fallbackCode.concat, `'${MPF}'`, 'Authorization', 'Bearer', MPF, "axios.get(url, { headers: { Authorization: 'Bearer ' + (config.token) } });")],
  },
  {
    // the default of a variable destructured from the environment; the suggestion drops the default
    code: fallbackCode.destructured,
    ...lang.js,
    errors: [
      fallbackError(fallbackCode.destructured, `'${MPF}'`, 'Authorization', 'Bearer', MPF, 'const { MP_ACCESS_TOKEN, PORT = 3000 } = process.env;\naxios.defaults.headers.common.Authorization = `Bearer ${MP_ACCESS_TOKEN}`;'),
    ],
  },
  {
    code: fallbackCode.vite,
    ...lang.ts,
    errors: [fallbackError(fallbackCode.vite, `'${OPAQUEF}'`, 'X-API-Key', 'no scheme', OPAQUEF, "const { VITE_API_KEY: apiKey } = import.meta.env;\nfetch(url, { headers: { 'X-API-Key': apiKey } });")],
  },
  {
    code: sfc(fallbackCode.direct),
    ...lang.vue,
    errors: [fallbackError(sfc(fallbackCode.direct), `'Bearer ${MPF}'`, 'Authorization', 'Bearer', MPF, sfc("fetch(url, { headers: { Authorization: process.env.MP_AUTH } });"))],
  },
];

export const fallbackValid: Valid[] = [
  // placeholders, dummies and words as fallbacks
  { code: "fetch(url, { headers: { Authorization: process.env.MP_AUTH || 'Bearer YOUR_ACCESS_TOKEN' } });", ...lang.ts },
  { code: "fetch(url, { headers: { 'X-API-Key': process.env.API_KEY ?? '' } });", ...lang.ts },
  { code: "fetch(url, { headers: { 'X-API-Key': process.env.API_KEY || 'development' } });", ...lang.js },
  // a custom header's fallback that is no credential beyond doubt (a listed header's would be reported)
  { code: "fetch(url, { headers: { 'X-Admin-Token': process.env.ADMIN_TOKEN || 'local-admin-token' } });", ...lang.ts },
  { code: 'fetch(url, { headers: { Authorization: `Bearer ${process.env.T || token}` } });', ...lang.ts },
  // `&&` guards, it does not fall back
  { code: `fetch(url, { headers: { Authorization: process.env.T && 'Bearer ${MPF}' } });`, ...lang.ts },
  // a test file: a dummy fallback
  { code: "fetch(url, { headers: { Authorization: process.env.T || 'Bearer test-token-1' } });", ...lang.ts, filename: 'tests/api.test.ts' },
  // a destructured default that is no env read, or a variable written again
  { code: `const { TOKEN = '${MPF}' } = options;\nfetch(url, { headers: { Authorization: \`Bearer \${TOKEN}\` } });`, ...lang.js },
  { code: `let { TOKEN = '${MPF}' } = process.env;\nTOKEN = read();\nfetch(url, { headers: { Authorization: \`Bearer \${TOKEN}\` } });`, ...lang.js },
  { code: `const { TOKEN = 'your-token-here' } = process.env;\nfetch(url, { headers: { Authorization: \`Bearer \${TOKEN}\` } });`, ...lang.js },
];

const PASS = fake.opaque(33, 16);

/** A `hardcodedBasic` finding on the first `text` in `code`. */
function basicError(code: string, text: string, sink: string, where: string, password: string, from = 0): Error {
  const { line, column, endLine, endColumn } = sdkError(code, text, '', '', password, undefined, from);
  return { messageId: 'hardcodedBasic', data: { sink, where, fingerprint: fp(password) }, line, column, endLine, endColumn };
}

const basicCode = {
  node: `import https from 'node:https';\nhttps.request({ hostname: 'api.example.com', path: '/v1', auth: 'svc:${PASS}' });`,
  axios: `import axios from 'axios';\nawait axios.get(url, { auth: { username: 'svc', password: '${PASS}' } });`,
  superagent: `import request from 'superagent';\nawait request.get(url).auth('svc', '${PASS}');`,
  url: `await fetch('https://svc:${PASS}@api.example.com/v1/items');`,
  constant: `const CREDENTIALS = { username: 'svc', password: '${PASS}' };\nexport const get = (u) => axios.get(u, { auth: CREDENTIALS });`,
  // a factory: every request of the instance sends it
  factory: `import axios from 'axios';\nexport const api = axios.create({ baseURL: 'https://api.example.com', auth: { username: 'svc', password: '${PASS}' } });`,
};

export const basicInvalid: Invalid[] = [
  ...(['js', 'ts', 'tsx'] as const).map((language) => ({
    code: basicCode.node,
    ...lang[language],
    errors: [basicError(basicCode.node, `'svc:${PASS}'`, 'https.request', 'auth option', PASS)],
  })),
  { code: basicCode.axios, ...lang.ts, errors: [basicError(basicCode.axios, `'${PASS}'`, 'axios.get', 'auth option', PASS)] },
  { code: basicCode.superagent, ...lang.js, errors: [basicError(basicCode.superagent, `'${PASS}'`, 'the request', 'auth()', PASS)] },
  { code: basicCode.url, ...lang.ts, errors: [basicError(basicCode.url, `'https://svc:${PASS}@api.example.com/v1/items'`, 'fetch', 'URL', PASS)] },
  { code: basicCode.constant, ...lang.js, errors: [basicError(basicCode.constant, `'${PASS}'`, 'axios.get', 'auth option', PASS)] },
  { code: sfc(basicCode.axios), ...lang.vue, errors: [basicError(sfc(basicCode.axios), `'${PASS}'`, 'axios.get', 'auth option', PASS)] },
  { code: basicCode.factory, ...lang.ts, errors: [basicError(basicCode.factory, `'${PASS}'`, 'axios.create', 'auth option', PASS)] },
];

export const basicValid: Valid[] = [
  // from env, parameters; placeholders and dummies
  { code: "https.request({ hostname, auth: `${process.env.USER}:${process.env.PASS}` });", ...lang.ts },
  { code: "axios.get(url, { auth: { username: 'svc', password: process.env.SVC_PASSWORD } });", ...lang.ts },
  { code: "axios.get(url, { auth: { username: 'user', password: 'password' } });", ...lang.ts },
  { code: "https.request({ hostname, auth: 'username:password' });", ...lang.js },
  { code: "await fetch('https://user:pass@api.example.com/v1');", ...lang.ts },
  { code: "request(app).get('/admin').auth('admin', 'test-password-1');", ...lang.js, filename: 'tests/admin.test.js' },
  // not a request: an auth object in a form, a URL in a log line
  { code: `const form = { auth: { username: 'svc', password: '${PASS}' } };`, ...lang.ts },
  { code: `passport.auth('svc', '${PASS}');`, ...lang.js },
  // jQuery's extend merges objects, Object.create makes one: no client factory
  { code: `const settings = $.extend({}, defaults, { auth: 'svc:${PASS}' });`, ...lang.js },
  { code: `const base = Object.create({ auth: { username: 'svc', password: '${PASS}' } });`, ...lang.ts },
  { code: "export const api = axios.create({ auth: { username: 'svc', password: import.meta.env.VITE_SVC_PASSWORD } });", ...lang.ts },
];

const PAY = fake.opaque(569, 40);
const HEX = fake.hex(570, 32);

/** Payment, commerce and developer SDKs added after probing hand-written apps (#17, #18 "hands them to SDKs"). */
export const sdkPaymentInvalid: Invalid[] = [
  sdkCase('js', `const midtransClient = require('midtrans-client');\nconst snap = new midtransClient.Snap({ isProduction: true, serverKey: '${PAY}', clientKey });`, `'${PAY}'`, 'Midtrans', 'serverKey', PAY, 'process.env.MIDTRANS_SERVER_KEY'),
  sdkCase('ts', `import { Xendit } from 'xendit-node';\nconst xendit = new Xendit({ secretKey: '${PAY}' });`, `'${PAY}'`, 'Xendit', 'secretKey', PAY, 'process.env.XENDIT_SECRET_KEY'),
  sdkCase('js', `const omise = require('omise')({ publicKey, secretKey: '${PAY}' });`, `'${PAY}'`, 'Omise', 'secretKey', PAY, 'process.env.OMISE_SECRET_KEY'),
  sdkCase('ts', `import { Checkout } from 'checkout-sdk-node';\nconst cko = new Checkout('${PAY}');`, `'${PAY}'`, 'Checkout.com', 'argument 1', PAY, 'process.env.CHECKOUT_COM_SECRET_KEY'),
  sdkCase('js', `const Openpay = require('openpay');\nconst openpay = new Openpay(merchantId, '${PAY}');`, `'${PAY}'`, 'Openpay', 'argument 2', PAY, 'process.env.OPENPAY_PRIVATE_KEY'),
  sdkCase('js', `const EfiPay = require('sdk-node-apis-efi');\nconst efipay = new EfiPay({ sandbox: false, client_id: clientId, client_secret: '${PAY}', certificate });`, `'${PAY}'`, 'Efí', 'client_secret', PAY, 'process.env.EFI_CLIENT_SECRET'),
  sdkCase('js', `const pagarme = require('pagarme');\npagarme.client.connect({ api_key: '${PAY}' });`, `'${PAY}'`, 'Pagar.me', 'api_key', PAY, 'process.env.PAGAR_ME_API_KEY'),
  sdkCase('js', `const { Client } = require('coinbase-commerce-node');\nClient.init('${PAY}');`, `'${PAY}'`, 'Coinbase Commerce', 'argument 1', PAY, 'process.env.COINBASE_COMMERCE_API_KEY'),
  sdkCase('ts', `import { shopifyApi } from '@shopify/shopify-api';\nconst shopify = shopifyApi({ apiKey, apiSecretKey: '${HEX}', scopes, hostName });`, `'${HEX}'`, 'Shopify', 'apiSecretKey', HEX, 'process.env.SHOPIFY_API_SECRET_KEY'),
  sdkCase('ts', `import { shopifyApp } from '@shopify/shopify-app-remix/server';\nconst shopify = shopifyApp({ apiKey: process.env.SHOPIFY_API_KEY, apiSecretKey: '${HEX}', appUrl });`, `'${HEX}'`, 'Shopify', 'apiSecretKey', HEX, 'process.env.SHOPIFY_API_SECRET_KEY'),
  sdkCase('js', `const { shopifyApp } = require('@shopify/shopify-app-express');\nconst shopify = shopifyApp({ api: { apiKey, apiSecretKey: '${HEX}' } });`, `'${HEX}'`, 'Shopify', 'api.apiSecretKey', HEX, 'process.env.SHOPIFY_API_SECRET_KEY'),
  sdkCase('js', `const BigCommerce = require('node-bigcommerce');\nconst bigCommerce = new BigCommerce({ clientId, accessToken: '${PAY}', storeHash });`, `'${PAY}'`, 'BigCommerce', 'accessToken', PAY, 'process.env.BIGCOMMERCE_ACCESS_TOKEN'),
  sdkCase('js', `const bizSdk = require('facebook-nodejs-business-sdk');\nbizSdk.FacebookAdsApi.init('${PAY}');`, `'${PAY}'`, 'Facebook', 'argument 1', PAY, 'process.env.FACEBOOK_ACCESS_TOKEN'),
  sdkCase('ts', `import { Gitlab } from '@gitbeaker/rest';\nexport const gitlab = new Gitlab({ host, token: '${PAY}' });`, `'${PAY}'`, 'GitLab', 'token', PAY, 'process.env.GITLAB_TOKEN'),
  sdkCase('ts', `import { Dropbox } from 'dropbox';\nconst dbx = new Dropbox({ accessToken: '${PAY}' });`, `'${PAY}'`, 'Dropbox', 'accessToken', PAY, 'process.env.DROPBOX_ACCESS_TOKEN'),
  sdkCase('js', `const SpotifyWebApi = require('spotify-web-api-node');\nconst spotify = new SpotifyWebApi({ clientId, clientSecret: '${HEX}', redirectUri });`, `'${HEX}'`, 'Spotify', 'clientSecret', HEX, 'process.env.SPOTIFY_CLIENT_SECRET'),
  sdkCase('ts', `import { LinearClient } from '@linear/sdk';\nconst linear = new LinearClient({ apiKey: '${PAY}' });`, `'${PAY}'`, 'Linear', 'apiKey', PAY, 'process.env.LINEAR_API_KEY'),
  sdkCase('ts', `import { createClient } from '@libsql/client';\nexport const db = createClient({ url, authToken: '${PAY}' });`, `'${PAY}'`, 'Turso', 'authToken', PAY, 'process.env.TURSO_AUTH_TOKEN'),
  sdkCase('ts', `import { createClerkClient } from '@clerk/backend';\nconst clerk = createClerkClient({ secretKey: '${PAY}' });`, `'${PAY}'`, 'Clerk', 'secretKey', PAY, 'process.env.CLERK_SECRET_KEY'),
  sdkCase('ts', `import { Liveblocks } from '@liveblocks/node';\nconst liveblocks = new Liveblocks({ secret: '${PAY}' });`, `'${PAY}'`, 'Liveblocks', 'secret', PAY, 'process.env.LIVEBLOCKS_SECRET'),
  sdkCase('ts', `import { Client } from '@upstash/qstash';\nconst qstash = new Client({ token: '${PAY}' });`, `'${PAY}'`, 'QStash', 'token', PAY, 'process.env.QSTASH_TOKEN'),
];

export const sdkPaymentValid: Valid[] = [
  // read at run time, an empty fallback, a placeholder, the public key beside the secret one
  { code: `import { createClient } from '@libsql/client';\nexport const db = createClient({ url: process.env.TURSO_URL, authToken: process.env.TURSO_AUTH_TOKEN });`, ...lang.ts },
  { code: `import { shopifyApp } from '@shopify/shopify-app-remix/server';\nconst shopify = shopifyApp({ apiKey: process.env.SHOPIFY_API_KEY, apiSecretKey: process.env.SHOPIFY_API_SECRET || '' });`, ...lang.ts },
  { code: `const midtransClient = require('midtrans-client');\nconst snap = new midtransClient.Snap({ isProduction: false, serverKey: 'YOUR_SERVER_KEY', clientKey: 'YOUR_CLIENT_KEY' });`, ...lang.js },
  { code: `const omise = require('omise')({ publicKey: '${PAY}', secretKey: process.env.OMISE_SECRET_KEY });`, ...lang.js },
  // the same names in a package of no entry, or another method
  { code: `import { Client } from 'some-queue';\nconst queue = new Client({ token: '${PAY}' });`, ...lang.ts },
  { code: `const pagarme = require('pagarme');\npagarme.client.disconnect({ api_key: '${PAY}' });`, ...lang.js },
];

const BEARER = fake.opaque(568, 40);

const bearerCode = {
  request: `const request = require('request');\nrequest({ url: 'https://api.example.com/v1/me', auth: { bearer: '${BEARER}' } }, done);`,
  verb: `import request from 'request-promise-native';\nconst TOKEN = '${BEARER}';\nexport const me = () => request.get('https://api.example.com/v1/me', { json: true, auth: { bearer: TOKEN } });`,
  superagent: `import request from 'superagent';\nexport const me = () => request.get('https://api.example.com/v1/me').auth('${BEARER}', { type: 'bearer' });`,
};

/** Bearer tokens a request is given outside a header (#17): request's `auth.bearer`, superagent's `.auth(token, { type: 'bearer' })`. */
export const bearerInvalid: Invalid[] = [
  sdkCase('js', bearerCode.request, `'${BEARER}'`, 'request', 'auth.bearer', BEARER, 'process.env.REQUEST_BEARER_TOKEN'),
  {
    code: bearerCode.verb,
    ...lang.ts,
    // the constant is read where it is passed: reported there, and rewritten there
    errors: [
      sdkError(
        bearerCode.verb,
        'TOKEN',
        'request',
        'auth.bearer',
        BEARER,
        { env: 'process.env.REQUEST_BEARER_TOKEN', output: bearerCode.verb.replace('bearer: TOKEN', 'bearer: process.env.REQUEST_BEARER_TOKEN') },
        bearerCode.verb.indexOf('bearer: TOKEN'),
      ),
    ],
  },
  sdkCase('ts', bearerCode.superagent, `'${BEARER}'`, 'superagent', "auth() of type 'bearer'", BEARER, 'process.env.SUPERAGENT_BEARER_TOKEN'),
];

export const bearerValid: Valid[] = [
  // a run-time token, a placeholder, an env read
  { code: "request({ url, auth: { bearer: req.session.token } }, done);", ...lang.js },
  { code: "request({ url, auth: { bearer: 'YOUR_ACCESS_TOKEN' } }, done);", ...lang.js },
  { code: "superagent.get(url).auth(process.env.API_TOKEN, { type: 'bearer' });", ...lang.ts },
  // Basic's second argument, or another type; an auth object that is no request's
  { code: `superagent.get(url).auth('${BEARER}', { type: 'auto' });`, ...lang.ts },
  { code: `const options = { auth: { bearer: '${BEARER}' } };`, ...lang.js },
  { code: `passport.auth('${BEARER}', { type: 'bearer' });`, ...lang.js },
];

/** False reports prevented (#17 B): each of these was reported before. */
export const silentValid: Valid[] = [
  // an RSA / EC public key (DER in base64) after Bearer is not a credential
  { code: "fetch(url, { headers: { Authorization: 'Bearer MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0' } });", ...lang.ts },
  { code: "fetch(url, { headers: { 'X-Public-Key': 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeL', Authorization: 'Bearer MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeL' } });", ...lang.js },
  // broken template text: `$(…)` is not a credential
  { code: 'fetch(url, { headers: { Authorization: `token $(token)` } });', ...lang.ts },
  // a request mocked in a test is received, not sent
  { code: "mockReq.headers.authorization = 'Bearer Qm7Zp2Xr9Lk4Hs8Wd3Ty6Vb1';", ...lang.ts, filename: 'tests/auth.test.ts' },
  { code: "const req = { headers: { authorization: 'Bearer Qm7Zp2Xr9Lk4Hs8Wd3Ty6Vb1' } };\nawait middleware(req, res, next);", ...lang.ts, filename: 'src/__tests__/middleware.test.ts' },
];

const sdkFallbackCode = `import { MercadoPagoConfig } from 'mercadopago';\nconst client = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN || '${MPF}' });`;

const twiceCode = `const paypal = require('@paypal/checkout-server-sdk');\nconst clientSecret = process.env.PAYPAL_CLIENT_SECRET || '${OPAQUEF}';\nexport const live = () => new paypal.core.LiveEnvironment(clientId, clientSecret);\nexport const sandbox = () => new paypal.core.SandboxEnvironment(clientId, clientSecret);`;
const twiceHeaderCode = `const TOKEN = process.env.MP_ACCESS_TOKEN || '${MPF}';\nfetch(a, { headers: { Authorization: \`Bearer \${TOKEN}\` } });\nfetch(b, { headers: { Authorization: \`Bearer \${TOKEN}\` } });`;

/** A fallback that two calls or headers read: reported once, on the literal. */
export const fallbackOnceInvalid: Invalid[] = [
  {
    code: twiceCode,
    ...lang.js,
    errors: [
      {
        messageId: 'hardcodedSdk',
        data: { sdk: 'PayPal', where: 'argument 2', fingerprint: fp(OPAQUEF) },
        ...rangeOf(twiceCode, `'${OPAQUEF}'`),
        suggestions: [{ messageId: 'dropFallback', output: twiceCode.replace(` || '${OPAQUEF}'`, '') }],
      },
    ],
  },
  {
    code: twiceHeaderCode,
    ...lang.ts,
    errors: [fallbackError(twiceHeaderCode, `'${MPF}'`, 'Authorization', 'Bearer', MPF, twiceHeaderCode.replace(` || '${MPF}'`, ''))],
  },
];

/** An SDK given a hard-coded fallback: reported on the literal, the suggestion drops it. */
export const sdkFallbackInvalid: Invalid[] = (['js', 'ts'] as const).map((language) => {
  const { line, column, endLine, endColumn } = sdkError(sdkFallbackCode, `'${MPF}'`, '', '', MPF);
  return {
    code: sdkFallbackCode,
    ...lang[language],
    errors: [
      {
        messageId: 'hardcodedSdk',
        data: { sdk: 'Mercado Pago', where: 'accessToken', fingerprint: fp(MPF) },
        line,
        column,
        endLine,
        endColumn,
        suggestions: [{ messageId: 'dropFallback', output: sdkFallbackCode.replace(` || '${MPF}'`, '') }],
      },
    ],
  };
});
