/**
 * `credentials/no-hardcoded-auth-header`: a request header whose credential is fixed in the source
 * (`Authorization: 'Bearer APP_USR-…'`, `'x-api-key': KEY` with a same-file constant KEY) is a leaked
 * credential. Where headers are written is `core/headers.ts`; this file decides whether a written value
 * is a hard-coded credential.
 */
import { AST_NODE_TYPES, type JSONSchema, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CredentialMatch } from '../core/catalogue.js';
import { fileFacts, type FileFacts } from '../core/file.js';
import { classifyFile } from '../core/client-files.js';
import { headerWriteListeners, reportableHeadersPattern, type HeaderWrite } from '../core/headers.js';
import { fingerprint } from '../core/redact.js';
import { textMentions } from '../core/text.js';
// the default pre-checks are scanned together (their unions are declared when this module loads)
import '../core/prechecks.js';
import { constDeclarator, staticString, stringParts, unwrap } from '../core/static.js';
import { AUTH_SCHEMES, CREDENTIAL_HEADERS, nameWords, type HeaderInfo, type HeaderKind } from '../core/vocabulary.js';
import { PairCache } from '../utils/cache.js';
import { createRule } from '../utils/create-rule.js';

type Scope = TSESLint.Scope.Scope;

export type HeaderOption = string | { name: string; kind?: HeaderKind; provider?: string };

export type Options = [
  {
    /** Replaces the built-in header list. */
    headers?: HeaderOption[];
    /** Added to the header list (and to `settings.credentials.headers`); wins over built-in entries of the same name. */
    extraHeaders?: HeaderOption[];
    /** Shortest value of no known format that counts as a credential. */
    minLength?: number;
    /** What the suggestion reads the credential from. */
    envAccess?: string;
  },
];
export type MessageIds = 'hardcoded' | 'hardcodedConstant' | 'hardcodedInClient' | 'useEnv';
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const headerItem: JSONSchema.JSONSchema4 = {
  oneOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1, description: 'A `headers` / `extraHeaders` item: the header name (any case).' },
        kind: {
          type: 'string',
          enum: ['authorization', 'secret', 'identifier'],
          description: 'A `headers` / `extraHeaders` item: `authorization` (scheme + credential), `secret` (default) or `identifier` (never reported).',
        },
        provider: { type: 'string', description: 'A `headers` / `extraHeaders` item: the provider, used to name the env variable.' },
      },
    },
  ],
};

function toHeaderInfo(option: HeaderOption): HeaderInfo {
  if (typeof option === 'string') return { name: option, kind: 'secret' };
  return { name: option.name, kind: option.kind ?? 'secret', ...(option.provider === undefined ? {} : { provider: option.provider }) };
}

interface HeaderList {
  readonly headers: readonly HeaderInfo[];
  /** Matches a file that mentions a header the rule can report (any listed header that is not an identifier). */
  readonly mentions: RegExp;
}

/**
 * The header list and the whole-file pre-check, once per options object and settings object. A
 * finding needs a write of a listed header that is not an identifier, and the name of every write the
 * rule sees is in the file's text (a literal key or argument, or the literal of a same-file constant),
 * so a file that mentions none of those names holds no finding.
 */
const headerLists = new PairCache<Options[0], object, HeaderList>();
const NO_SETTINGS = {};

function headerList(options: Options[0], context: Readonly<TSESLint.RuleContext<MessageIds, Options>>): HeaderList {
  // keyed on the raw `settings.credentials` object every file of one configuration shares (ESLint makes
  // a new empty `settings` per file when a configuration has none); parsed, through the per-file facts
  // shared with the other rules, only when it is new
  const raw = context.settings.credentials;
  const settingsKey = typeof raw === 'object' && raw !== null ? raw : NO_SETTINGS;
  return headerLists.last(options, settingsKey) ?? headerLists.get(options, settingsKey, () => {
    const { settings } = fileFacts(context);
    const headers = [
      ...(options.extraHeaders ?? []).map(toHeaderInfo),
      ...settings.headers,
      ...(options.headers ? options.headers.map(toHeaderInfo) : CREDENTIAL_HEADERS),
    ];
    // with the default list, the same RegExp as no-secret-in-client's first header check: one scan
    return { headers, mentions: reportableHeadersPattern(headers) };
  });
}

const SCHEMES = new Set(AUTH_SCHEMES.map((s) => s.toLowerCase()));

/** Env variable names for catalogued formats, as each provider's docs name them. */
const FORMAT_ENV: Readonly<Record<string, string>> = {
  'mercadopago-access-token': 'MP_ACCESS_TOKEN',
  'mercadopago-refresh-token': 'MP_REFRESH_TOKEN',
  'stripe-secret-key': 'STRIPE_SECRET_KEY',
  'vtex-app-token': 'VTEX_APP_TOKEN',
  'github-token': 'GITHUB_TOKEN',
  'slack-token': 'SLACK_TOKEN',
  'anthropic-api-key': 'ANTHROPIC_API_KEY',
  'openai-api-key': 'OPENAI_API_KEY',
  'google-oauth-client-secret': 'GOOGLE_CLIENT_SECRET',
  'aws-secret-access-key': 'AWS_SECRET_ACCESS_KEY',
};

const toEnvWords = (words: string): string => words.trim().replaceAll(' ', '_').toUpperCase();

/** A provider as env words: `GitLab` → gitlab, `Mercado Pago` → mercado pago. */
const providerWords = (provider: string): string => provider.toLowerCase().replaceAll(/[^\da-z]+/gu, ' ').trim();

/** The env variable a suggestion reads: from the credential's format, else from the header (and its provider). */
export function envName(info: HeaderInfo, scheme: string | undefined, match: CredentialMatch | undefined): string {
  if (match && match.format.id !== 'jwt') {
    return FORMAT_ENV[match.format.id] ?? toEnvWords(`${providerWords(match.format.provider)} ${nameWords(match.format.label)}`);
  }
  if (info.kind === 'authorization') {
    const proxy = nameWords(info.name).startsWith('proxy') ? 'PROXY_' : '';
    return `${proxy}${scheme?.toLowerCase() === 'basic' ? 'BASIC_AUTH' : 'API_TOKEN'}`;
  }
  const words = nameWords(info.name).replace(/^x /u, '');
  const provider = info.provider === undefined ? '' : providerWords(info.provider);
  const withProvider = provider && !` ${words} `.includes(` ${provider} `) ? `${provider} ${words}` : words;
  return toEnvWords(withProvider);
}

/** `btoa('u:p')`, `Buffer.from('u:p').toString('base64')`: the static input, when the call is one of these. */
function base64Input(node: TSESTree.Node, scope: Scope): { input: string; encoding: BufferEncoding; source: TSESTree.Node } | undefined {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length === 0) return undefined;
  const callee = unwrap(call.callee);
  const [arg] = call.arguments;
  const methodName =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
        ? callee.property.name
        : undefined;
  if (methodName === 'btoa' && arg && arg.type !== AST_NODE_TYPES.SpreadElement) {
    const input = staticString(arg, scope);
    return input === undefined ? undefined : { input, encoding: 'latin1', source: arg };
  }
  // Buffer.from(x[, enc]).toString('base64')
  if (methodName !== 'toString' || callee.type !== AST_NODE_TYPES.MemberExpression || !arg || staticString(arg, scope) !== 'base64') {
    return undefined;
  }
  const from = unwrap(callee.object);
  if (from.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const fromCallee = unwrap(from.callee);
  if (
    fromCallee.type !== AST_NODE_TYPES.MemberExpression ||
    fromCallee.object.type !== AST_NODE_TYPES.Identifier ||
    fromCallee.object.name !== 'Buffer' ||
    fromCallee.property.type !== AST_NODE_TYPES.Identifier ||
    fromCallee.property.name !== 'from'
  ) {
    return undefined;
  }
  const [source, enc] = from.arguments;
  if (!source || source.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const input = staticString(source, scope);
  const encoding = enc && enc.type !== AST_NODE_TYPES.SpreadElement ? staticString(enc, scope) : 'utf8';
  if (input === undefined || encoding === undefined || !Buffer.isEncoding(encoding)) return undefined;
  return { input, encoding, source };
}

interface StaticValue {
  readonly text: string;
  /** The plain `user:password` when the value was base64-encoded from a literal in the code. */
  readonly encodedFrom?: string;
}

/** The whole value when every part is static (literal text or a base64 call on literal text). */
function staticValue(node: TSESTree.Node, scope: Scope): StaticValue | undefined {
  let text = '';
  let encodedFrom: string | undefined;
  for (const part of stringParts(node, scope)) {
    if (part.kind === 'text') {
      text += part.value;
      continue;
    }
    const encoded = base64Input(part.node, scope);
    if (!encoded) return undefined;
    encodedFrom = encoded.input;
    text += Buffer.from(encoded.input, encoded.encoding).toString('base64');
  }
  return encodedFrom === undefined ? { text } : { text, encodedFrom };
}

const BASE64 = /^[\d+/A-Za-z]+={0,2}$/u;
const PRINTABLE = /^[\x20-\x7e]+$/u;

function splitBasic(plain: string): { user: string; password: string } {
  const colon = plain.indexOf(':');
  return colon < 0 ? { user: plain, password: '' } : { user: plain.slice(0, colon), password: plain.slice(colon + 1) };
}

/** `user:password` from a Basic credential, when it decodes to one. */
function decodeBasic(credential: string): string | undefined {
  if (credential.length % 4 !== 0 || !BASE64.test(credential)) return undefined;
  const decoded = Buffer.from(credential, 'base64').toString('latin1');
  return PRINTABLE.test(decoded) && decoded.includes(':') ? decoded : undefined;
}

/** Plain words (`development`, `LOCALDEV`, `my-dev-key`): a name, not a generated credential. */
const WORDISH = /^(?:[a-z]+(?:[-_.][a-z]+)*|[A-Z]+(?:[-_.][A-Z]+)*|[A-Z][a-z]+(?:[A-Z][a-z]+)*)$/u;

interface Finding {
  readonly scheme: string | undefined;
  /** The exact text before the credential (`Bearer `), kept by the suggestion. */
  readonly schemeText: string;
  readonly credential: string;
  readonly match: CredentialMatch | undefined;
}

/** The hard-coded credential a static header value holds, or `undefined` when it holds none worth reporting. */
function findCredential(value: StaticValue, facts: FileFacts, minLength: number): Finding | undefined {
  const trimmed = value.text.trim();
  const space = trimmed.search(/\s/u);
  const first = space > 0 ? trimmed.slice(0, space) : undefined;
  const scheme = first !== undefined && SCHEMES.has(first.toLowerCase()) ? first : undefined;
  const credential = scheme === undefined ? trimmed : trimmed.slice(space).trim();
  // empty, a scheme alone, or prose / a multi-part scheme such as Digest or AWS4-HMAC-SHA256
  if (credential.length === 0 || /\s/u.test(credential)) return undefined;
  const schemeText = scheme === undefined ? '' : trimmed.slice(0, trimmed.length - credential.length);
  const match = facts.identify(credential);
  if (match?.kind === 'public' || !facts.isReportable(credential, match)) return undefined;
  const finding = { scheme, schemeText, credential, match };
  const plain = value.encodedFrom ?? (scheme?.toLowerCase() === 'basic' ? decodeBasic(credential) : undefined);
  if (plain !== undefined) {
    // Basic credentials: skip `user:pass`, `username:password`, `<user>:<password>` and test dummies
    const { user, password } = splitBasic(plain);
    if (password.length === 0) {
      // a key sent as the user name with no password (Stripe, Mailgun, Twilio keys)
      const keyMatch = facts.identify(user);
      if (keyMatch?.kind === 'public' || !facts.isReportable(user, keyMatch)) return undefined;
      return keyMatch || (user.length >= minLength && !WORDISH.test(user)) ? finding : undefined;
    }
    if (!facts.isReportable(password, undefined) && (facts.isTestFile || !facts.isReportable(user, undefined))) return undefined;
    return finding;
  }
  if (match) return finding;
  if (credential.length < minLength || WORDISH.test(credential)) return undefined;
  return finding;
}

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-auth-header',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Authorization and secret request headers built from literals', recommended: true },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        $defs: { header: headerItem },
        properties: {
          headers: {
            type: 'array',
            items: { $ref: '#/items/0/$defs/header' },
            description:
              "Replaces the built-in header list. Items are header names (kind `secret`) or `{ name, kind: 'authorization' | 'secret' | 'identifier', provider }`. Default: the built-in list.",
          },
          extraHeaders: {
            type: 'array',
            items: { $ref: '#/items/0/$defs/header' },
            description:
              'Headers added to the list (and to `settings.credentials.headers`); an entry here re-classifies a built-in header of the same name. Default: `[]`.',
          },
          minLength: {
            type: 'integer',
            minimum: 1,
            description: 'Shortest value of no catalogued format that counts as a credential. Default: `8`.',
          },
          envAccess: {
            type: 'string',
            pattern: '^[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*$',
            description: 'The object the suggestion reads the credential from, e.g. `import.meta.env` for Vite. Default: `process.env`.',
          },
        },
      },
    ],
    messages: {
      hardcoded: 'Header `{{header}}` sends a hard-coded credential ({{scheme}}): {{fingerprint}}. Load it at run time from the environment or a secret store.',
      hardcodedConstant:
        'Header `{{header}}` sends a hard-coded credential ({{scheme}}) from the constant `{{constant}}` declared on line {{line}}: {{fingerprint}}. Load it at run time from the environment or a secret store.',
      hardcodedInClient:
        'Header `{{header}}` sends a hard-coded credential ({{scheme}}) from browser code ({{reason}}): {{fingerprint}}. Anyone can read it there; send this request from a server route that adds the header.',
      useEnv: 'Read the credential from `{{env}}` instead.',
    },
    languages: ['js/js'],
  },
  defaults: [{ extraHeaders: [], minLength: 8, envAccess: 'process.env' }],
  create(context, [options]) {
    const { headers, mentions } = headerList(options, context);
    return textMentions(context.sourceCode, mentions) ? headerListeners(context, options, headers) : {};
  },
});

/** The listeners for a file that passed the pre-check: the rule's closures are made only here. */
function headerListeners(context: Context, options: Options[0], headers: readonly HeaderInfo[]): TSESLint.RuleListener {
  const { sourceCode } = context;
  const facts = fileFacts(context);
  const minLength = options.minLength ?? 8;
  const envAccess = options.envAccess ?? 'process.env';

  /** The constant declaration that holds the credential's literal, when it came through one. */
  function literalHome(node: TSESTree.Node, scope: Scope, credential: string, depth = 0): TSESTree.VariableDeclarator | undefined {
    const target = unwrap(node);
    if (depth > 32) return undefined;
    const holds = (part: TSESTree.Node): boolean => staticValue(part, scope)?.text.includes(credential) === true;
    switch (target.type) {
      case AST_NODE_TYPES.Identifier: {
        const declarator = constDeclarator(target, scope);
        if (!declarator?.init) return undefined;
        return literalHome(declarator.init, sourceCode.getScope(declarator), credential, depth + 1) ?? declarator;
      }
      case AST_NODE_TYPES.BinaryExpression: {
        const part = [target.right, target.left].find(holds);
        return part ? literalHome(part, scope, credential, depth + 1) : undefined;
      }
      case AST_NODE_TYPES.TemplateLiteral: {
        const part = target.expressions.find(holds);
        return part ? literalHome(part, scope, credential, depth + 1) : undefined;
      }
      case AST_NODE_TYPES.CallExpression: {
        const encoded = base64Input(target, scope);
        if (!encoded) return undefined;
        // the secret half of `user:password` (the user when there is no password)
        const { user, password } = splitBasic(encoded.input);
        return literalHome(encoded.source, scope, password || user, depth + 1);
      }
      default:
        return undefined;
    }
  }

  function check(write: HeaderWrite): void {
    if (write.info.kind === 'identifier') return;
    const scope = sourceCode.getScope(write.value);
    const value = staticValue(write.value, scope);
    if (!value) return;
    const finding = findCredential(value, facts, minLength);
    if (!finding) return;
    const { scheme, schemeText, credential, match } = finding;
    const env = `${envAccess}.${envName(write.info, scheme, match)}`;
    const replacement = schemeText ? `\`${schemeText}\${${env}}\`` : env;
    const header = write.name;
    const schemeName = scheme ?? 'no scheme';
    const shown = fingerprint(credential, match);
    // In browser code no environment variable can hold the secret either (no-secret-in-client reports
    // one read there), so the finding says where the request belongs and offers no rewrite.
    const side = classifyFile(context);
    if (side.side === 'client' && !side.isServerOnly(write.value)) {
      context.report({ node: write.value, messageId: 'hardcodedInClient', data: { header, scheme: schemeName, fingerprint: shown, reason: side.reason } });
      return;
    }
    const property = write.value.parent;
    const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [
      {
        messageId: 'useEnv',
        data: { env },
        fix: (fixer) =>
          property?.type === AST_NODE_TYPES.Property && property.shorthand
            ? fixer.replaceText(property, `${sourceCode.getText(property.key)}: ${replacement}`)
            : fixer.replaceText(write.value, replacement),
      },
    ];
    const home = literalHome(write.value, scope, credential);
    if (home && home.id.type === AST_NODE_TYPES.Identifier) {
      context.report({
        node: write.value,
        messageId: 'hardcodedConstant',
        data: { header, scheme: schemeName, fingerprint: shown, constant: home.id.name, line: String(home.loc.start.line) },
        suggest,
      });
      return;
    }
    context.report({ node: write.value, messageId: 'hardcoded', data: { header, scheme: schemeName, fingerprint: shown }, suggest });
  }

  return headerWriteListeners(context, headers, check);
}
