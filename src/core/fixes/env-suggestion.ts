/**
 * The "read it from the environment" suggestion of `no-hardcoded-auth-header`: which env variable a
 * hard-coded header credential belongs in (`envName`, from the credential's format or the header and
 * its provider), and the rewrite of the header value that reads it, keeping the scheme
 * (`` `Bearer ${process.env.MP_ACCESS_TOKEN}` ``).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CredentialMatch } from '../credentials/catalogue.js';
import { nameWords, type HeaderInfo } from '../credentials/vocabulary.js';

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
  // the names these tools read themselves
  'airtable-token': 'AIRTABLE_TOKEN',
  'gitlab-token': 'GITLAB_TOKEN',
  'npm-token': 'NPM_TOKEN',
  'planetscale-token': 'PLANETSCALE_TOKEN',
  'doppler-token': 'DOPPLER_TOKEN',
  'databricks-token': 'DATABRICKS_TOKEN',
  'telegram-bot-token': 'TELEGRAM_BOT_TOKEN',
  'supabase-secret-key': 'SUPABASE_SECRET_KEY',
  'stripe-webhook-secret': 'STRIPE_WEBHOOK_SECRET',
};

/** Formats that hold two kinds of credential: the env variable by the value's prefix, the first that matches. */
const PREFIX_ENV: Readonly<Record<string, readonly (readonly [prefix: string, env: string])[]>> = {
  'square-credential': [
    ['sq0csp-', 'SQUARE_APPLICATION_SECRET'],
    ['', 'SQUARE_ACCESS_TOKEN'],
  ],
  'shopify-token': [
    ['shpss_', 'SHOPIFY_SHARED_SECRET'],
    ['', 'SHOPIFY_ACCESS_TOKEN'],
  ],
};

const toEnvWords = (words: string): string => words.trim().replaceAll(' ', '_').toUpperCase();

/** A provider as env words: `GitLab` → gitlab, `Mercado Pago` → mercado pago, `Efí` → efi (its accents dropped). */
const providerWords = (provider: string): string =>
  provider
    .normalize('NFKD')
    .replaceAll(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll(/[^\da-z]+/gu, ' ')
    .trim();

/** The env variable a suggestion reads: from the credential's format, else from the header (and its provider). */
export function envName(info: HeaderInfo, scheme: string | undefined, match: CredentialMatch | undefined): string {
  if (match && match.format.id !== 'jwt') {
    const byPrefix = PREFIX_ENV[match.format.id]?.find(([prefix]) => match.value.startsWith(prefix))?.[1];
    return byPrefix ?? FORMAT_ENV[match.format.id] ?? toEnvWords(`${providerWords(match.format.provider)} ${nameWords(match.format.label)}`);
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

export interface EnvSuggestion {
  /** What the rewritten value reads: `process.env.MP_ACCESS_TOKEN`. */
  readonly env: string;
  /** Replaces the header value (or the whole shorthand property `{ Authorization }`) with the env read. */
  readonly fix: TSESLint.ReportFixFunction;
}

/** What the suggestion needs to know about the credential a header value holds. */
export interface HeaderCredential {
  readonly info: HeaderInfo;
  readonly scheme: string | undefined;
  /** The exact text before the credential (`Bearer `), kept by the rewrite. */
  readonly schemeText: string;
  readonly match: CredentialMatch | undefined;
}

/** The suggestion for the header value `value`: read the credential from `envAccess` (`process.env`, `import.meta.env`). */
export function envSuggestion(sourceCode: Readonly<TSESLint.SourceCode>, value: TSESTree.Node, envAccess: string, credential: HeaderCredential): EnvSuggestion {
  const env = `${envAccess}.${envName(credential.info, credential.scheme, credential.match)}`;
  const { schemeText } = credential;
  const replacement = schemeText ? `\`${schemeText}\${${env}}\`` : env;
  const property = value.parent;
  return {
    env,
    fix: (fixer) =>
      property?.type === AST_NODE_TYPES.Property && property.shorthand
        ? fixer.replaceText(property, `${sourceCode.getText(property.key)}: ${replacement}`)
        : fixer.replaceText(value, replacement),
  };
}

/**
 * The suggestion for a credential a build config inlines (`no-hardcoded-auth-header`'s
 * `hardcodedInBuildConfig`): read the variable the setting defines from the build's environment,
 * written as the value was (`JSON.stringify(process.env.X)` for a `define` string given as code).
 * `undefined` when the variable is no plain env name (`process.env['stripe-key']`).
 */
export function buildEnvSuggestion(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, form: 'stringify' | 'quoted' | 'plain', variable: string): EnvSuggestion | undefined {
  // `__API_SECRET__` → `API_SECRET`
  let start = 0;
  let end = variable.length;
  while (variable[start] === '_') start += 1;
  while (end > start && variable[end - 1] === '_') end -= 1;
  const name = variable.slice(start, end);
  if (!/^[A-Za-z]\w*$/u.test(name)) return undefined;
  const env = `process.env.${name}`;
  const replacement = form === 'quoted' ? `JSON.stringify(${env})` : env;
  const property = node.parent;
  return {
    env,
    fix: (fixer) =>
      property?.type === AST_NODE_TYPES.Property && property.shorthand
        ? fixer.replaceText(property, `${sourceCode.getText(property.key)}: ${replacement}`)
        : fixer.replaceText(node, replacement),
  };
}
