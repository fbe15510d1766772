/**
 * `no-secret-in-client`'s whole-file pre-check (moved out of the rule file, which holds the verdicts):
 * whether a file can hold a finding at all, from its text and, for public env reads only, from the
 * project's env files (`core/files/env-files.ts`). See `mayHoldFinding`.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { privateShapesWith, SPLIT_LITERAL } from '../credentials/catalogue.js';
import { CREDENTIAL_HEADERS, CREDENTIAL_PARAMS, PUBLIC_ENV_PREFIXES, nameWords, type HeaderInfo } from '../credentials/vocabulary.js';
import { envFilesOf } from '../files/env-files.js';
import { fileFacts } from '../files/file.js';
import type { CredentialsSettings } from '../files/settings.js';
import { MODULE_READS } from '../modules/origin.js';
import { headerNamesPattern, reportableHeadersPattern } from '../sinks/headers.js';
import { PairCache } from '../../utils/cache.js';
import { declareSettingsUnions, PUBLIC_PREFIXES, SERVER_SDKS, SIGNALS, serverSdkPattern } from './defaults.js';
import { namesPrecheck } from './names.js';
import { escapeRegExp, textMentions } from './text.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The rule's options, as far as the pre-check reads them. */
interface PrecheckOptions {
  readonly serverPackages?: readonly string[];
  readonly secretNames?: readonly string[];
}

/**
 * Secret headers that stay silent in client code even so: Google API keys are browser keys by design
 * (restricted by referrer), and Vault's UI sends the signed-in user's own token.
 */
const BROWSER_HEADERS = new Set(['x-goog-api-key', 'x-vault-token']);

/** Provider secret headers this rule reports in client code (the built-in ones). */
export const BUILTIN_SECRET_HEADERS: readonly HeaderInfo[] = CREDENTIAL_HEADERS.filter(
  (h) => h.kind === 'secret' && h.provider !== undefined && !BROWSER_HEADERS.has(h.name.toLowerCase()),
);

/**
 * The whole-file pre-check. A finding needs, in the file's code, one of:
 * - a private credential shape (`PRIVATE_SHAPES`, with the custom formats' prefixes under settings: a scan shared with no-token-in-url);
 * - a private literal split in pieces (`SPLIT_LITERAL`, shared with no-token-in-url);
 * - a signal that needs no secret name (`SIGNALS` in core/prechecks/defaults.ts): a bundler plugin that copies
 *   env variables, a SvelteKit private env module, an initialiser (`Stripe(…)`), a PEM block; or a
 *   server SDK after a quote (`serverSdkPattern`);
 * - a secret header's name: first any credential header's (`reportableHeadersPattern` of the list
 *   no-hardcoded-auth-header uses, the same RegExp and so the same scan by default), then, only in the
 *   files that pass, the secret ones this rule reports;
 * - a secret word (`namesPrecheck`, the scan no-token-in-url makes with its default options) *and* a
 *   place that reads it (`NAMED_READS`): `env` as a whole word (`process.env`, `import.meta.env`,
 *   `'$env/…'`) or `useRuntimeConfig` (an initialiser, `new MercadoPago(accessToken)`, is a signal);
 * - a secret word *and* a string of 16 or more credential characters (`LONG_STRING`): a literal of no
 *   known format under a secret name (`namedSecretLiteral`), or a socket URL with a query
 *   (`SOCKET_QUERY`, core/sinks/socket-urls.ts: its parameter names are secret words);
 * - failing all of these, a public env prefix (`NEXT_PUBLIC_`, `VITE_`, …) and, in the project's env
 *   files, a private credential under a public variable the file names (`mayHoldEnvFinding`).
 */
const NAMED_READS = /\benv\b|useRuntimeConfig/u;
const LONG_STRING = /['"`][\w+/=.~-]{16}/u;
const SOCKET_QUERY = /wss?:\/\/[^\s'"`?#]*\?/iu;

export interface OptionFacts {
  /** The words of `secretNames`, for the pre-check. */
  readonly secretPhrases: readonly (readonly string[])[];
  readonly serverSdkList: readonly string[];
  readonly serverSdks: ReadonlySet<string>;
  readonly serverSdkScopes: ReadonlySet<string>;
}

const optionFacts = new WeakMap<object, OptionFacts>();

let lastOptions: object | undefined;
let lastFacts: OptionFacts | undefined;

/** What the options add, computed once per options object (the last one kept aside: see `PairCache`). */
export function factsOf(options: PrecheckOptions): OptionFacts {
  if (options === lastOptions && lastFacts) return lastFacts;
  let found = optionFacts.get(options);
  if (!found) {
    const sdks = [...SERVER_SDKS, ...(options.serverPackages ?? [])];
    found = {
      secretPhrases: (options.secretNames ?? []).map((name) => nameWords(name).split(' ')),
      serverSdkList: sdks,
      serverSdks: new Set(sdks.filter((s) => !s.endsWith('/'))),
      serverSdkScopes: new Set(sdks.filter((s) => s.endsWith('/'))),
    };
    optionFacts.set(options, found);
  }
  lastOptions = options;
  lastFacts = found;
  return found;
}

interface Prechecks {
  readonly serverSdk: RegExp;
  /** Any credential header's name (no-hardcoded-auth-header's default list, with the settings' headers). */
  readonly anyHeader: RegExp;
  /** The names of the secret headers this rule reports. */
  readonly secretHeader: RegExp;
  readonly names: RegExp;
}

const prechecks = new PairCache<OptionFacts, CredentialsSettings, Prechecks>();

/**
 * A test file is never client code (core/files/client-files.ts), so of this rule's findings only those that
 * need no client file can be in one: a webpack plugin that copies env variables, and a secret name
 * with a public env prefix or under Nuxt's public runtime config (the name may be joined from pieces:
 * `SPLIT_LITERAL`). Asked only of the test files that pass the rest of the pre-check.
 */
const BUNDLER_PLUGINS = /DefinePlugin|EnvironmentPlugin/u;
const PUBLIC_READS = new RegExp([...PUBLIC_ENV_PREFIXES.map(escapeRegExp), 'useRuntimeConfig'].join('|'), 'u');

/**
 * The env files' part (issue #20): a file that mentions a public prefix, is no test file, and names a
 * public variable that an env file of its project sets to a private credential. Files that mention no
 * public prefix ask nothing of the file system.
 */
function mayHoldEnvFinding(context: Context, settings: CredentialsSettings): boolean {
  const { sourceCode } = context;
  if (settings.envFiles === false || !textMentions(sourceCode, PUBLIC_PREFIXES)) return false;
  return envFilesOf(context, settings.envFiles).mentionsPrivateVariable(sourceCode.text) && !fileFacts(context).isTestFile;
}

/**
 * Whether the file can hold a finding at all (see `NAMED_READS`, and `BUNDLER_PLUGINS` for test
 * files). The shapes are the built-in private formats' and those of `settings.credentials.formats`; a
 * custom private format without a prefix has none, and then no file is pre-checked.
 */
export function mayHoldFinding(context: Context, facts: OptionFacts, settings: CredentialsSettings): boolean {
  const shapes = privateShapesWith(settings.formats);
  if (shapes === undefined) return true;
  declareSettingsUnions(settings);
  const { sourceCode } = context;
  // per options and settings (settings add headers and credential parameter names)
  const { serverSdk, anyHeader, secretHeader, names } =
    prechecks.last(facts, settings) ??
    prechecks.get(facts, settings, () => ({
      serverSdk: serverSdkPattern(facts.serverSdkList),
      anyHeader: reportableHeadersPattern([...settings.headers, ...CREDENTIAL_HEADERS]),
      secretHeader: headerNamesPattern([...settings.headers.filter((h) => h.kind === 'secret'), ...BUILTIN_SECRET_HEADERS].map((h) => h.name)),
      names: namesPrecheck([...CREDENTIAL_PARAMS, ...settings.params], [], facts.secretPhrases),
    }));
  const any =
    textMentions(sourceCode, shapes) ||
    textMentions(sourceCode, SPLIT_LITERAL) ||
    textMentions(sourceCode, SIGNALS) ||
    textMentions(sourceCode, serverSdk) ||
    (textMentions(sourceCode, anyHeader) && textMentions(sourceCode, secretHeader)) ||
    (textMentions(sourceCode, names) && (textMentions(sourceCode, NAMED_READS) || textMentions(sourceCode, MODULE_READS) || textMentions(sourceCode, LONG_STRING) || textMentions(sourceCode, SOCKET_QUERY)));
  if (!any) return mayHoldEnvFinding(context, settings);
  if (!fileFacts(context).isTestFile) return true;
  return (
    textMentions(sourceCode, BUNDLER_PLUGINS) ||
    (textMentions(sourceCode, names) && textMentions(sourceCode, NAMED_READS) && (textMentions(sourceCode, PUBLIC_READS) || textMentions(sourceCode, SPLIT_LITERAL)))
  );
}

