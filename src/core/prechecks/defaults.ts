/**
 * The whole-file pre-checks of the default configuration, and which of them are asked together.
 *
 * Every file is asked, by the three rules together: does it name a credential header
 * (`headerNamesPattern`), a credential parameter or a secret word (`namesPrecheck`), a private
 * credential's prefix where a value starts (`PRIVATE_SHAPES`), a literal split in pieces
 * (`SPLIT_LITERAL`), one of no-secret-in-client's signals (`SIGNALS`) or a server SDK
 * (`serverSdkPattern`), or a credential given outside a header (`sdkImportsPattern`: an SDK package;
 * `AUTH_OPTION`: an `auth` option, a `user:pass@` URL), or a query or headers object used whole by name, which may
 * come from another module (`QUERY_OBJECT_USE`, `HEADERS_OBJECT_USE`)? Nearly every file answers no
 * to all. Each pattern starts its alternatives at
 * rare characters, and V8 scans a union of such patterns in about the time of its slowest member, so
 * the patterns are declared in two unions (`askedTogether`, grouped as said below): a file matching
 * neither costs two scans instead of six, and the few that match one are scanned for the member asked.
 *
 * Only the default configuration's patterns are declared: options and settings that add names make
 * other patterns, which are scanned on their own (slower, never wrong). The patterns come from the
 * same bounded caches the rules ask (`ConfigCache`), so the rules get these very objects.
 */
import { anchoredSource, CASED_UNION_ANCHORS, UNION_ANCHORS } from './anchored.js';
import { PRIVATE_SHAPES, privateShapesWith, SPLIT_LITERAL } from '../credentials/catalogue.js';
import type { CredentialsSettings } from '../files/settings.js';
import { reportableHeadersPattern } from '../sinks/headers.js';
import { namesPrecheck } from './names.js';
import { HEADERS_OBJECT_USE, QUERY_OBJECT_USE } from './object-uses.js';
import { askedTogether, escapeRegExp } from './text.js';
import { HOST_KEY_DOMAINS } from '../values/url.js';
import { CREDENTIAL_HEADERS, CREDENTIAL_PARAMS, PUBLIC_ENV_PREFIXES, type HeaderInfo } from '../credentials/vocabulary.js';
import { ConfigCache } from '../../utils/cache.js';
import { AUTH_OPTION, sdkImportsPattern, SDK_CREDENTIALS } from '../sinks/sdk-credentials.js';

/**
 * Server SDKs that need a private credential (an access token, a secret key): in client code the
 * credential has to be in the bundle for them to work. Entries ending in `/` are scopes.
 */
export const SERVER_SDKS: readonly string[] = [
  'mercadopago', 'stripe', '@vtex/api', 'openai', '@anthropic-ai/sdk', 'groq-sdk', '@mistralai/mistralai', 'cohere-ai',
  'replicate', 'twilio', '@sendgrid/mail', '@sendgrid/client', 'mailgun.js', 'mailgun-js', 'resend', 'postmark',
  'braintree', 'square', 'plaid', '@paypal/checkout-server-sdk', '@paypal/paypal-server-sdk', 'firebase-admin',
  '@slack/web-api', '@shopify/shopify-api', '@clerk/backend', 'pagarme', 'adyen-api', '@adyen/api-library',
  '@google/generative-ai', '@pinecone-database/pinecone', '@notionhq/client',
  // payment, commerce, messaging and CRM SDKs built around a secret (their browser parts are other
  // packages: Razorpay's and Paystack's checkout scripts, `pusher-js`)
  'razorpay', 'paystack', 'flutterwave-node-v3', '@mollie/api-client', '@woocommerce/woocommerce-rest-api',
  'shopify-api-node', 'pusher', '@vonage/server-sdk', '@mailchimp/mailchimp_marketing', '@hubspot/api-client', 'discord.js',
  // Node payment and commerce SDKs of Southeast Asia and Latin America (their browser parts are scripts
  // from their CDNs: Snap.js, Omise.js, openpay.js) and server-only auth and realtime SDKs
  'midtrans-client', 'xendit-node', 'omise', 'openpay', 'checkout-sdk-node', 'coinbase-commerce-node', 'node-bigcommerce',
  'sdk-node-apis-efi', 'gn-api-sdk-node', '@clerk/clerk-sdk-node', '@liveblocks/node',
];

/**
 * no-secret-in-client's signals that need no secret name (a bundler plugin that copies env variables,
 * a SvelteKit private env module, an initialiser, a PEM block), case-sensitive, but a server SDK's
 * name: each alternative starts at its rarest character of the case-sensitive union's (`anchoredSource`,
 * `CASED_UNION_ANCHORS`).
 */
export const SIGNALS = new RegExp(
  anchoredSource(
    [
      ['DefinePlugin'],
      ['EnvironmentPlugin'],
      ['$env/', { source: '(?:static|dynamic)' }, '/private'],
      // an initialiser, whatever its argument: a private credential assembled from pieces
      // (`Stripe(\`github${PART}\`)`) is only seen by resolving it
      ['MercadoPago'],
      ['Stripe'],
      ['-----BEGIN '],
    ],
    { ignoreCase: false, prefer: CASED_UNION_ANCHORS },
  ),
  'u',
);

/**
 * Any public env prefix (`NEXT_PUBLIC_`, `VITE_`, …: `PUBLIC_ENV_PREFIXES`), case-sensitive: a file that
 * names none asks nothing of the project's env files (no-secret-in-client, issue #20).
 */
export const PUBLIC_PREFIXES = new RegExp(anchoredSource(PUBLIC_ENV_PREFIXES.map((prefix) => [prefix]), { ignoreCase: false, prefer: CASED_UNION_ANCHORS }), 'u');

/**
 * A server SDK as an import or `require` source: a quote before, a quote or a subpath after (one
 * `RegExp` per list). Its alternatives start at a quote, which code holds often: joined with
 * `SIGNALS` alone in one alternation, the two scan slower than apart; with the other patterns of
 * `askedTogether` below, faster.
 */
export function serverSdkPattern(serverSdks: readonly string[]): RegExp {
  return sdkPatterns.get(serverSdks.join('\n'), () => new RegExp(String.raw`["'\x60](?:${serverSdks.map(escapeRegExp).join('|')})["'\x60/]`, 'u'));
}

const sdkPatterns = new ConfigCache<RegExp>();

/**
 * A generic query parameter that no secret word covers, written with its `=` (`?key=`, `&auth=`,
 * `?jwt=`): no-token-in-url reports one that holds a literal of credential shape (`token` and `secret`
 * are secret words of `namesPrecheck`); or a host that takes its API key in a parameter of another
 * name (Azure Functions' `?code=`: `HOST_KEY_DOMAINS` of core/values/url.ts).
 */
export const GENERIC_QUERY_KEY = new RegExp(
  anchoredSource(
    [...['key=', 'auth=', 'jwt='].map((key) => [{ source: '[&?]' }, key]), ...HOST_KEY_DOMAINS.map((domain) => [domain])],
    { ignoreCase: false, prefer: UNION_ANCHORS },
  ),
  'u',
);

/*
 * The default pre-checks in two unions, so that a file that can hold no finding costs two scans. Grouped
 * by how V8 scans them, measured on the benchmark corpus (10 MB): what starts at a quote or is a literal
 * word (catalogue prefixes, SDK names, bundler plugins, env prefixes) scans fast together, without `u`;
 * names, and what is checked backwards or through a negated class (a split literal, `?key=`, an `auth`
 * option, `user:pass@`, a query or headers object used whole), together case-insensitively. Joined in one union with the first kind, the
 * second kind made it scan 2–3 times slower than the two apart. The second kind is anchored at the few
 * characters of `UNION_ANCHORS`, so that its union has one branch per character (`askedTogether`):
 * nine branches, where rarest-character anchors made eighteen and scanned twice as long (24 ms instead
 * of 51 ms on the corpus, in a loop; 20 ms less per process in ESLint).
 */
/**
 * The case-insensitive union for `headers` and credential `params`, and the case-sensitive one for the
 * private `shapes`: each union's members are listed here only, for the defaults and for every settings
 * object (`declareSettingsUnions`), so that a member added to one is asked under the other too, as the
 * file gate's soundness needs.
 */
function namesUnion(headers: readonly HeaderInfo[], params: readonly string[]): RegExp {
  return askedTogether([reportableHeadersPattern(headers), namesPrecheck(params), SPLIT_LITERAL, GENERIC_QUERY_KEY, AUTH_OPTION, QUERY_OBJECT_USE, HEADERS_OBJECT_USE], 'i');
}
function shapesUnion(shapes: RegExp | undefined): RegExp {
  return askedTogether([...(shapes ? [shapes] : []), serverSdkPattern(SERVER_SDKS), sdkImportsPattern(SDK_CREDENTIALS), SIGNALS, PUBLIC_PREFIXES], '');
}
export const NAMES_UNION = namesUnion(CREDENTIAL_HEADERS, CREDENTIAL_PARAMS);
export const SHAPES_UNION = shapesUnion(PRIVATE_SHAPES);

const declared = new WeakMap<CredentialsSettings, readonly [RegExp, RegExp] | null>();

/**
 * The two unions again for a `settings.credentials` object that adds headers, parameters or formats,
 * declared once per settings object by the file gate and by the rules that read them (before their
 * first question; the gate does not ask about `*.config.*` and vendored paths): the
 * patterns the rules ask under those settings, given no options, are these very objects (from the same
 * caches), so a file that matches neither union is answered for all of them with two scans instead of
 * one scan per pattern. Only the scans are shared: a union holds each member, so an answer is never
 * wrong, and a pattern a rule asks with other options is scanned alone. A member of the default unions
 * (`SPLIT_LITERAL`, …) is then asked through these unions. Returns the two unions (the default ones
 * where the settings add nothing to them), which the file gate asks under these settings;
 * `undefined` when no union can stand for them (a private custom format without a prefix).
 */
export function declareSettingsUnions(settings: CredentialsSettings): readonly [RegExp, RegExp] | undefined {
  let unions = declared.get(settings);
  if (unions === undefined) {
    unions = null;
    // a union that cannot hold a member (a custom prefix that means the same only with `u`, `\p{…}`)
    // throws before it is declared: its patterns are then scanned alone, as before
    try {
      const shapes = privateShapesWith(settings.formats);
      if (shapes !== undefined) {
        const names =
          settings.params.length > 0 || settings.headers.length > 0
            ? namesUnion([...settings.headers, ...CREDENTIAL_HEADERS], [...CREDENTIAL_PARAMS, ...settings.params])
            : NAMES_UNION;
        unions = [names, settings.formats.length > 0 ? shapesUnion(shapes) : SHAPES_UNION];
      }
    } catch {
      // see above
    }
    declared.set(settings, unions);
  }
  return unions ?? undefined;
}
