// A user's eslint.config.ts, type-checked against the built package by tests/plugin.test.ts. It sets
// every key of `settings.credentials` and every option of every rule through the exported types.
import credentials, {
  type FormatSetting,
  type HeaderSetting,
  type NoHardcodedAuthHeaderOptions,
  type NoSecretInClientOptions,
  type NoTokenInUrlOptions,
  type PluginSettings,
  type RuleOptions,
} from 'eslint-plugin-credentials';
import { defineConfig } from 'eslint/config';

const acmeKey = {
  id: 'acme-api-key',
  pattern: 'acme_(?:live|test)_[0-9a-f]{32}',
  provider: 'Acme',
  label: 'API key',
  kind: 'private',
  prefix: 'acme_(?:live|test)_',
} satisfies Required<FormatSetting>;

const tenantHeader: HeaderSetting = { name: 'X-Acme-Tenant', kind: 'identifier', provider: 'Acme' };

// `Required<…>`: a key the type gains and this file does not set is an error here.
const settings = {
  formats: [acmeKey, { id: 'acme-widget-key', pattern: 'acme_pub_[0-9a-f]{24}', kind: 'public' }],
  params: ['acme_key'] as const,
  headers: ['X-Acme-Key', tenantHeader],
  clientFiles: ['apps/web/src/**'],
  serverFiles: ['apps/web/src/server/**', 'apps/api/**'],
  testFiles: ['**/*.test.ts', 'qa/**'],
  side: 'client',
  assume: 'unknown',
  vendored: 'check',
  aliases: { '@/': 'src/' },
  envFiles: ['.env', '.env.local'],
} satisfies Required<PluginSettings>;

const headerOptions = {
  headers: ['Authorization', { name: 'X-Acme-Key', kind: 'secret', provider: 'Acme' }],
  extraHeaders: [tenantHeader],
  minLength: 12,
  envAccess: 'import.meta.env',
  sdks: [{ sdk: 'Acme', packages: ['@acme/sdk'], exports: ['AcmeClient'], option: 'secret' }],
} satisfies Required<NoHardcodedAuthHeaderOptions>;

const clientOptions = {
  reportAmbiguousNames: true,
  serverPackages: ['@acme/payments-node'],
  secretNames: ['signing salt'],
  publicNames: ['widget key'],
} satisfies Required<NoSecretInClientOptions>;

const urlOptions = {
  params: ['access_token', 'acme_key'],
  extraParams: ['token'],
  allowParams: ['api_key'],
  checkSockets: true,
} satisfies Required<NoTokenInUrlOptions>;

export default defineConfig(
  { extends: [credentials.configs.recommended] },
  { settings: { credentials: settings } },
  {
    files: ['src/web/**'],
    extends: [credentials.configs.strict],
    settings: { credentials: { assume: 'client' } satisfies PluginSettings },
  },
  {
    plugins: { credentials },
    rules: {
      'credentials/no-hardcoded-auth-header': ['error', headerOptions],
      'credentials/no-secret-in-client': ['error', clientOptions],
      'credentials/no-token-in-url': ['error', urlOptions],
    },
  },
  {
    files: ['scripts/**'],
    rules: {
      'credentials/no-token-in-url': ['warn', { checkSockets: false } satisfies RuleOptions['no-token-in-url']],
    },
  },
);

// The types are real, not `any`: each line below is an error.
// @ts-expect-error -- there is no such preset
export const missing = credentials.configs.nonexistent;
// @ts-expect-error -- a pattern is a string in settings, not a RegExp
export const regexPattern: FormatSetting = { id: 'acme', pattern: /acme_[a-z]+/u };
// @ts-expect-error -- a format needs its pattern
export const noPattern: FormatSetting = { id: 'acme' };
// @ts-expect-error -- `hint` is not a setting (it is a field of the internal, parsed format)
export const internalField: FormatSetting = { id: 'acme', pattern: 'acme_[a-z]+', hint: 'acme_' };
// @ts-expect-error -- `clientFile` is a typo of `clientFiles`
export const typo: PluginSettings = { clientFile: ['src/**'] };
// @ts-expect-error -- `side` is 'client' or 'server'
export const wrongSide: PluginSettings = { side: 'unknown' };
// @ts-expect-error -- `assume` is 'client', 'server' or 'unknown'
export const wrongAssume: PluginSettings = { assume: 'browser' };
// @ts-expect-error -- a header kind is 'authorization', 'secret' or 'identifier'
export const wrongHeaderKind: HeaderSetting = { name: 'X-Acme-Key', kind: 'public' };
// @ts-expect-error -- not an option of no-token-in-url
export const unknownOption: NoTokenInUrlOptions = { notAnOption: true };
// @ts-expect-error -- minLength is a number
export const wrongOptionType: NoHardcodedAuthHeaderOptions = { minLength: '8' };
// @ts-expect-error -- reportAmbiguousNames is a boolean
export const wrongFlag: RuleOptions['no-secret-in-client'] = { reportAmbiguousNames: 'yes' };
