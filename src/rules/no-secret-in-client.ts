/**
 * `credentials/no-secret-in-client`: private credentials referenced in code that runs in the browser.
 *
 * Which files are client code is decided once per file by `classifyFile()` (src/core/client-files.ts),
 * from the whole program before the traversal starts; files that are not client code only get the
 * checks that apply everywhere. In client code:
 * - string literals of a private catalogued format (`fileFacts().identify`, placeholders skipped);
 * - reads of secret-named environment variables (`process.env.X`, `import.meta.env.X`, destructuring,
 *   aliases of `process.env`), Nuxt private runtime config, SvelteKit `$env/static/private` and
 *   `$env/dynamic/private` imports;
 * - imports (and `require`, `import()`) of server SDKs that need a private credential;
 * - provider secret headers (`X-VTEX-API-AppToken`, …) written through `headerWriteListeners()`;
 * - a private credential passed to a client SDK initialiser that expects a public key.
 * In any file: public-prefixed env variables with a secret name (`NEXT_PUBLIC_MP_ACCESS_TOKEN`),
 * Nuxt `runtimeConfig.public` secrets, and bundler settings that copy secrets into the bundle
 * (`next.config` `env`, Vite `define`, webpack `DefinePlugin` / `EnvironmentPlugin`).
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { PRIVATE_SHAPES, SPLIT_LITERAL } from '../core/catalogue.js';
import { classifyFile, type FileClassification } from '../core/client-files.js';
import { parseSettings, type CredentialsSettings } from '../core/settings.js';
import { fileFacts } from '../core/file.js';
import { headerNamesPattern, headerWriteListeners, reportableHeadersPattern } from '../core/headers.js';
import { fingerprint } from '../core/redact.js';
import { constDeclarator, propertyName, staticString, unwrap } from '../core/static.js';
import { escapeRegExp, textMentions } from '../core/text.js';
import { namesPrecheck } from '../core/names-precheck.js';
import { SERVER_SDKS, SIGNALS, serverSdkPattern } from '../core/prechecks.js';
import {
  CREDENTIAL_HEADERS,
  CREDENTIAL_PARAMS,
  DEFAULT_NAME_VOCABULARY,
  PUBLIC_ENV_PREFIXES,
  classifyName,
  nameWords,
  type HeaderInfo,
  type NameVocabulary,
} from '../core/vocabulary.js';
import { PairCache } from '../utils/cache.js';
import { createRule } from '../utils/create-rule.js';
import { nameList } from '../utils/schema.js';

export type Options = [
  {
    reportAmbiguousNames?: boolean;
    serverPackages?: string[];
    secretNames?: string[];
    publicNames?: string[];
  },
];

export type MessageIds =
  | 'privateLiteral'
  | 'secretEnv'
  | 'privateEnvModule'
  | 'publicPrefixSecret'
  | 'publicConfigSecret'
  | 'bundlerExposes'
  | 'bundlerExposesAll'
  | 'serverSdk'
  | 'secretHeader'
  | 'privateInit'
  | 'usePublicKey';
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;


/**
 * Client SDK initialisers that expect a public key: `[callee, how it is bound, provider]`. `import`
 * means imported from one of the listed packages; `global` means the script-tag global (also as
 * `window.X`), never a local or imported binding.
 */
const INITIALISERS: readonly { callee: string; packages?: readonly string[]; provider: 'mercadopago' | 'stripe'; construct: boolean }[] = [
  { callee: 'initMercadoPago', packages: ['@mercadopago/sdk-react'], provider: 'mercadopago', construct: false },
  { callee: 'MercadoPago', provider: 'mercadopago', construct: true },
  { callee: 'loadStripe', packages: ['@stripe/stripe-js', '@stripe/stripe-js/pure'], provider: 'stripe', construct: false },
  { callee: 'Stripe', provider: 'stripe', construct: false },
  { callee: 'Stripe', provider: 'stripe', construct: true },
];

/** The public counterpart of a secret env name, per provider: `…_ACCESS_TOKEN` → `…_PUBLIC_KEY`. */
const PUBLIC_COUNTERPART: Readonly<Record<'mercadopago' | 'stripe', string>> = { mercadopago: 'PUBLIC_KEY', stripe: 'PUBLISHABLE_KEY' };
const SECRET_PART = /ACCESS_TOKEN|SECRET_KEY|PRIVATE_KEY|SECRET/u;
const SCREAMING_SNAKE = /^[A-Z][\dA-Z_]*$/u;

/**
 * Secret headers that stay silent in client code even so: Google API keys are browser keys by design
 * (restricted by referrer), and Vault's UI sends the signed-in user's own token.
 */
const BROWSER_HEADERS = new Set(['x-goog-api-key', 'x-vault-token']);

type EnvSource = 'process.env' | 'import.meta.env' | '$env/dynamic/public' | '$env/dynamic/private' | 'runtime-config' | 'runtime-config.public';

const NEXT_CONFIG = /^next\.config\.[cm]?[jt]s$/u;
const VITE_CONFIG = /^(?:vite|astro|nuxt|svelte)\.config\.[cm]?[jt]s$/u;
const NUXT_CONFIG = /^nuxt\.config\.[cm]?[jt]s$/u;
/** The file's name without its folder. */
function baseName(filename: string): string {
  return filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
}

/** `.d.ts`, `.d.mts`, `.d.cts` (string tests: this runs for every file). */
function isDeclarationFile(filename: string): boolean {
  return filename.endsWith('.d.ts') || filename.endsWith('.d.mts') || filename.endsWith('.d.cts');
}

/** Provider secret headers this rule reports in client code (the built-in ones). */
const BUILTIN_SECRET_HEADERS: readonly HeaderInfo[] = CREDENTIAL_HEADERS.filter(
  (h) => h.kind === 'secret' && h.provider !== undefined && !BROWSER_HEADERS.has(h.name.toLowerCase()),
);

/**
 * The whole-file pre-check. A finding needs, in the file's code, one of:
 * - a private credential shape (`PRIVATE_SHAPES`, a scan shared with no-token-in-url);
 * - a private literal split in pieces (`SPLIT_LITERAL`, shared with no-token-in-url);
 * - a signal that needs no secret name (`SIGNALS` in core/prechecks.ts): a bundler plugin that copies
 *   env variables, a SvelteKit private env module, an initialiser (`Stripe(…)`), a PEM block; or a
 *   server SDK after a quote (`serverSdkPattern`);
 * - a secret header's name: first any credential header's (`reportableHeadersPattern` of the list
 *   no-hardcoded-auth-header uses, the same RegExp and so the same scan by default), then, only in the
 *   files that pass, the secret ones this rule reports;
 * - a secret word (`namesPrecheck`, the scan no-token-in-url makes with its default options) *and* a
 *   place that reads it (`NAMED_READS`): `env` as a whole word (`process.env`, `import.meta.env`,
 *   `'$env/…'`) or `useRuntimeConfig` (an initialiser, `new MercadoPago(accessToken)`, is a signal).
 */
const NAMED_READS = /\benv\b|useRuntimeConfig/u;

interface OptionFacts {
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
function factsOf(options: Options[0]): OptionFacts {
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
 * A test file is never client code (core/client-files.ts), so of this rule's findings only those that
 * need no client file can be in one: a webpack plugin that copies env variables, and a secret name
 * with a public env prefix or under Nuxt's public runtime config (the name may be joined from pieces:
 * `SPLIT_LITERAL`). Asked only of the test files that pass the rest of the pre-check.
 */
const BUNDLER_PLUGINS = /DefinePlugin|EnvironmentPlugin/u;
const PUBLIC_READS = new RegExp([...PUBLIC_ENV_PREFIXES.map(escapeRegExp), 'useRuntimeConfig'].join('|'), 'u');

/**
 * Whether the file can hold a finding at all (see `NAMED_READS`, and `BUNDLER_PLUGINS` for test
 * files). Custom credential formats have shapes no pattern knows: those files are not pre-checked.
 */
function mayHoldFinding(context: Context, facts: OptionFacts, settings: CredentialsSettings): boolean {
  if (settings.formats.length > 0 || PRIVATE_SHAPES === undefined) return true;
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
    textMentions(sourceCode, PRIVATE_SHAPES) ||
    textMentions(sourceCode, SPLIT_LITERAL) ||
    textMentions(sourceCode, SIGNALS) ||
    textMentions(sourceCode, serverSdk) ||
    (textMentions(sourceCode, anyHeader) && textMentions(sourceCode, secretHeader)) ||
    (textMentions(sourceCode, names) && textMentions(sourceCode, NAMED_READS));
  if (!any || !fileFacts(context).isTestFile) return any;
  return (
    textMentions(sourceCode, BUNDLER_PLUGINS) ||
    (textMentions(sourceCode, names) && textMentions(sourceCode, NAMED_READS) && (textMentions(sourceCode, PUBLIC_READS) || textMentions(sourceCode, SPLIT_LITERAL)))
  );
}

/** Whether `source` is one of `exact` or below one (`stripe/lib/x`), or under one of `scopes` (entries ending in `/`). */
function isListedPackage(source: string, exact: ReadonlySet<string>, scopes: ReadonlySet<string>): boolean {
  if (exact.has(source)) return true;
  for (let slash = source.indexOf('/'); slash !== -1; slash = source.indexOf('/', slash + 1)) {
    if (exact.has(source.slice(0, slash)) || scopes.has(source.slice(0, slash + 1))) return true;
  }
  return false;
}

/** What `settings.credentials` parses to when it is not set. */
const NO_SETTINGS: CredentialsSettings = parseSettings(undefined);

const INITIALISER_NAMES = new Set(INITIALISERS.map((i) => i.callee));

function memberName(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string' ? node.property.value : undefined;
}

function calleeName(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  return target.type === AST_NODE_TYPES.MemberExpression && !target.computed ? memberName(target) : undefined;
}

function publicPrefix(name: string): string | undefined {
  return PUBLIC_ENV_PREFIXES.find((prefix) => name.startsWith(prefix) && name.length > prefix.length);
}

function mergeListeners(first: TSESLint.RuleListener, second: TSESLint.RuleListener): TSESLint.RuleListener {
  // RuleListener maps selectors to handlers of different node types; merged per key, each handler
  // still receives the node type its own key promises.
  const merged = { ...first } as Record<string, ((node: never) => void) | undefined>;
  for (const [key, handler] of Object.entries(second as Record<string, ((node: never) => void) | undefined>)) {
    const earlier = merged[key];
    merged[key] =
      earlier && handler
        ? (node: never) => {
            earlier(node);
            handler(node);
          }
        : (handler ?? earlier);
  }
  return merged;
}

export default createRule<Options, MessageIds>({
  name: 'no-secret-in-client',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow private credentials in code that runs in the browser',
      recommended: true,
      strictOptions: { reportAmbiguousNames: true },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportAmbiguousNames: {
            type: 'boolean',
            description:
              'Also report names that may or may not be secret, such as `API_KEY` or `TOKEN` with no known provider (env reads, public-prefixed variables, bundler settings). Default: `false` (`true` in `strict`).',
          },
          serverPackages: nameList(
            'More server SDK packages that need a private credential, reported when client code imports them (added to the built-in list). Default: `[]`.',
          ),
          secretNames: nameList('More words or phrases that make a variable name secret, e.g. `signing salt` (added to the built-in list). Default: `[]`.'),
          publicNames: nameList(
            'More words or phrases that make a variable name public whatever else it holds, e.g. `widget key` (added to the built-in list). Default: `[]`.',
          ),
        },
      },
    ],
    messages: {
      privateLiteral:
        "{{credential}} is a private credential in browser code ({{reason}}); keep it on the server, only public keys belong here.",
      secretEnv: "The secret '{{name}}' is read in browser code ({{reason}}); read it in a server route instead.",
      privateEnvModule:
        "'{{source}}' holds server-only variables but is imported in browser code ({{reason}}); import it in server code instead.",
      publicPrefixSecret:
        "'{{name}}' names a secret, but the '{{prefix}}' prefix puts its value in the browser bundle; drop the prefix and read it on the server.",
      publicConfigSecret:
        "'{{name}}' names a secret, but Nuxt sends runtimeConfig.public to the browser; move it out of runtimeConfig.public.",
      bundlerExposes: "{{setting}} copies the secret '{{name}}' into the browser bundle; read it on the server only.",
      bundlerExposesAll:
        "{{setting}} copies every environment variable, secrets included, into the browser bundle through '{{key}}'; define public variables one by one.",
      serverSdk:
        "'{{source}}' is a server SDK that needs a private credential, imported in browser code ({{reason}}); call it from a server route instead.",
      secretHeader:
        "The '{{header}}' header carries a secret and is set in browser code ({{reason}}); send this request from a server route instead.",
      privateInit:
        "{{callee}}() expects a public key but gets {{credential}}, a private credential ({{reason}}); pass the public key instead.",
      usePublicKey: "Read the public key from '{{name}}' instead.",
    },
    languages: ['js/js'],
  },
  defaults: [{ reportAmbiguousNames: false, serverPackages: [], secretNames: [], publicNames: [] }],
  create(context, [options]) {
    const { filename } = context;
    if (isDeclarationFile(filename)) return {};
    const optionsFacts = factsOf(options);
    // Most files cannot hold a finding: no listeners at all (bundler config files are always checked).
    // Without settings.credentials there is nothing to parse: the file facts wait until a file passes.
    const settings = context.settings.credentials === undefined ? NO_SETTINGS : fileFacts(context).settings;
    const configBase = filename.includes('.config.') ? baseName(filename) : undefined;
    const checked = (configBase !== undefined && (NEXT_CONFIG.test(configBase) || VITE_CONFIG.test(configBase))) || mayHoldFinding(context, optionsFacts, settings);
    return checked ? clientListeners(context, options, optionsFacts, configBase ?? baseName(filename)) : {};
  },
});

/**
 * The listeners for a file that passed the pre-check: the rule's closures are made only here. `base`:
 * the file's name without its folder.
 */
function clientListeners(context: Context, options: Options[0], optionsFacts: OptionFacts, base: string): TSESLint.RuleListener {
  const { sourceCode } = context;
  const facts = fileFacts(context);
  const strict = options.reportAmbiguousNames === true;
  const extraSecret = options.secretNames ?? [];
  const extraPublic = options.publicNames ?? [];
  const vocabulary: NameVocabulary =
    extraSecret.length + extraPublic.length === 0
      ? DEFAULT_NAME_VOCABULARY
      : {
          ...DEFAULT_NAME_VOCABULARY,
          secret: [...DEFAULT_NAME_VOCABULARY.secret, ...extraSecret.map(nameWords)],
          public: [...DEFAULT_NAME_VOCABULARY.public, ...extraPublic.map(nameWords)],
        };
  // Classified on the first candidate finding that depends on it: most files that pass the text pre-check have none
  let classification: FileClassification | undefined;
  const classified = (): FileClassification => (classification ??= classifyFile(context));
  /** Nodes already reported by a more specific check (an initialiser argument, a header value). */
  const claimed = new WeakSet<TSESTree.Node>();
  /** Identifiers that refer to an env object: `const env = process.env`, `import { env } from '$env/dynamic/public'`. */
  const aliases = new Map<TSESTree.Node, EnvSource>();

  const isSecretName = (name: string): boolean => {
    const kind = classifyName(name, vocabulary);
    return kind === 'secret' || (strict && kind === 'ambiguous');
  };
  /** A secret name, once a public env prefix is taken off. */
  const isSecretVariable = (name: string): boolean => isSecretName(name.slice(publicPrefix(name)?.length ?? 0));
  const inClient = (node: TSESTree.Node): boolean => {
    const { side, isServerOnly } = classified();
    return side === 'client' && !isServerOnly(node);
  };
  /** Why the file is client code, for a message: only asked after `inClient()` said yes. */
  const reasonOf = (): string => classified().reason;

  function isGlobal(identifier: TSESTree.Identifier): boolean {
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    return !variable || variable.defs.length === 0;
  }

  /** The env object `node` evaluates to, if any. */
  function envSourceOf(node: TSESTree.Node): EnvSource | undefined {
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.Identifier:
        return aliases.get(target);
      case AST_NODE_TYPES.CallExpression:
        return target.callee.type === AST_NODE_TYPES.Identifier && target.callee.name === 'useRuntimeConfig' ? 'runtime-config' : undefined;
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberName(target);
        const object = unwrap(target.object);
        if (name === 'env') {
          if (object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import') return 'import.meta.env';
          if (object.type === AST_NODE_TYPES.Identifier && object.name === 'process' && isGlobal(object)) return 'process.env';
          return undefined;
        }
        return name === 'public' && envSourceOf(object) === 'runtime-config' ? 'runtime-config.public' : undefined;
      }
      default:
        return undefined;
    }
  }

  function addAlias(declaration: TSESTree.Node, source: EnvSource): void {
    for (const variable of sourceCode.getDeclaredVariables(declaration)) {
      for (const ref of variable.references) if (ref.init !== true) aliases.set(ref.identifier, source);
    }
  }

  /** `const { public: pub } = useRuntimeConfig()`: the pattern's own binding. */
  function addBindingAlias(identifier: TSESTree.Identifier, source: EnvSource): void {
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    for (const ref of variable?.references ?? []) if (ref.init !== true) aliases.set(ref.identifier, source);
  }

  function checkEnvName(node: TSESTree.Node, name: string, source: EnvSource): void {
    switch (source) {
      case '$env/dynamic/private':
        return; // the import itself is reported
      case 'runtime-config':
        if (name !== 'public' && name !== 'app' && inClient(node) && isSecretName(name)) {
          context.report({ node, messageId: 'secretEnv', data: { name, reason: reasonOf() } });
        }
        return;
      case 'runtime-config.public':
        if (isSecretName(name)) context.report({ node, messageId: 'publicConfigSecret', data: { name } });
        return;
      default: {
        const prefix = publicPrefix(name);
        if (prefix !== undefined) {
          if (isSecretName(name.slice(prefix.length))) context.report({ node, messageId: 'publicPrefixSecret', data: { name, prefix } });
        } else if (source !== '$env/dynamic/public' && inClient(node) && isSecretName(name)) {
          context.report({ node, messageId: 'secretEnv', data: { name, reason: reasonOf() } });
        }
      }
    }
  }

  function checkPattern(pattern: TSESTree.ObjectPattern, source: EnvSource): void {
    for (const property of pattern.properties) {
      if (property.type === AST_NODE_TYPES.RestElement) continue;
      const name = propertyName(property, sourceCode.getScope(property));
      if (name === undefined) continue;
      if (source === 'runtime-config' && name === 'public') {
        if (property.value.type === AST_NODE_TYPES.ObjectPattern) checkPattern(property.value, 'runtime-config.public');
        else if (property.value.type === AST_NODE_TYPES.Identifier) addBindingAlias(property.value, 'runtime-config.public');
        continue;
      }
      checkEnvName(property.key, name, source);
    }
  }

  // ---- bundler settings (any file) ----

  /** The env variable a bundler setting's value reads: `process.env.X`, `env.X`, `JSON.stringify(…)`, `… || ''`. */
  function readVariable(node: TSESTree.Node): string | undefined {
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.CallExpression && calleeName(target.callee) === 'stringify') {
      const [first] = target.arguments;
      if (!first) return undefined;
      target = unwrap(first);
    }
    if (target.type === AST_NODE_TYPES.LogicalExpression) target = unwrap(target.left);
    if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const source = envSourceOf(target.object);
    const object = unwrap(target.object);
    return source !== undefined || object.type === AST_NODE_TYPES.Identifier ? memberName(target) : undefined;
  }

  /** Whether a `define` value is the whole environment: `process.env`, `JSON.stringify(process.env)`, `loadEnv(mode, dir, '')`. */
  function isWholeEnv(node: TSESTree.Node, depth = 0): boolean {
    const target = unwrap(node);
    if (depth > 4) return false;
    switch (target.type) {
      case AST_NODE_TYPES.CallExpression: {
        const name = calleeName(target.callee);
        const [first, , third] = target.arguments;
        if (name === 'stringify') return first !== undefined && isWholeEnv(first, depth + 1);
        return name === 'loadEnv' && third !== undefined && staticString(third, sourceCode.getScope(target)) === '';
      }
      case AST_NODE_TYPES.MemberExpression:
        return envSourceOf(target) === 'process.env';
      case AST_NODE_TYPES.Identifier: {
        const declarator = constDeclarator(target, sourceCode.getScope(target));
        return declarator?.init ? isWholeEnv(declarator.init, depth + 1) : false;
      }
      case AST_NODE_TYPES.ObjectExpression:
        return target.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && isWholeEnv(p.argument, depth + 1));
      default:
        return false;
    }
  }

  function checkExposed(object: TSESTree.ObjectExpression, setting: string, define: boolean): void {
    const scope = sourceCode.getScope(object);
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) continue;
      const key = propertyName(property, scope);
      if (key === undefined) continue;
      if (define && (key === 'process.env' || key === 'import.meta.env')) {
        if (isWholeEnv(property.value)) context.report({ node: property.key, messageId: 'bundlerExposesAll', data: { setting, key } });
        continue;
      }
      const variable = define ? key.replace(/^(?:process\.env|import\.meta\.env)\./u, '') : key;
      const read = readVariable(property.value);
      const name = read !== undefined && isSecretVariable(read) ? read : isSecretVariable(variable) ? variable : undefined;
      if (name !== undefined) context.report({ node: property.key, messageId: 'bundlerExposes', data: { setting, name } });
    }
  }

  function objectArgument(node: TSESTree.Node | undefined): TSESTree.ObjectExpression | TSESTree.ArrayExpression | undefined {
    if (!node) return undefined;
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.ArrayExpression) return target;
    if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
    const declarator = constDeclarator(target, sourceCode.getScope(target));
    return declarator?.init ? objectArgument(declarator.init) : undefined;
  }

  function checkWebpackPlugin(expression: TSESTree.NewExpression): void {
    const name = calleeName(expression.callee);
    if (name !== 'DefinePlugin' && name !== 'EnvironmentPlugin') return;
    const [first] = expression.arguments;
    const argument = first && first.type !== AST_NODE_TYPES.SpreadElement ? objectArgument(first) : undefined;
    if (!argument) return;
    const setting = `webpack ${name}`;
    if (argument.type === AST_NODE_TYPES.ObjectExpression) {
      checkExposed(argument, setting, name === 'DefinePlugin');
      return;
    }
    if (name !== 'EnvironmentPlugin') return;
    const scope = sourceCode.getScope(expression);
    for (const element of argument.elements) {
      const variable = element && element.type !== AST_NODE_TYPES.SpreadElement ? staticString(element, scope) : undefined;
      if (element && variable !== undefined && isSecretVariable(variable)) {
        context.report({ node: element, messageId: 'bundlerExposes', data: { setting, name: variable } });
      }
    }
  }

  function checkConfigProperty(property: TSESTree.Property): void {
    if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
    const value = unwrap(property.value);
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return;
    const name = propertyName(property, sourceCode.getScope(property));
    if (NEXT_CONFIG.test(base) && (name === 'env' || name === 'publicRuntimeConfig')) {
      checkExposed(value, `next.config '${name}'`, false);
    } else if (VITE_CONFIG.test(base) && name === 'define') {
      checkExposed(value, "Vite 'define'", true);
    } else if (NUXT_CONFIG.test(base) && name === 'public') {
      const owner = property.parent.parent;
      if (owner.type === AST_NODE_TYPES.Property && propertyName(owner, sourceCode.getScope(owner)) === 'runtimeConfig') {
        checkExposed(value, 'Nuxt runtimeConfig.public', false);
      }
    }
  }

  // ---- client code ----

  function checkLiteral(node: TSESTree.Node, value: string): void {
    const match = facts.identify(value);
    if (match?.kind !== 'private' || claimed.has(node) || !inClient(node) || !facts.isReportable(value, match)) return;
    context.report({ node, messageId: 'privateLiteral', data: { credential: fingerprint(match.value, match), reason: reasonOf() } });
  }

  /** Whether the module `source` is a server SDK and the import brings a value into the bundle. */
  function isServerSdk(source: string): boolean {
    return isListedPackage(source, optionsFacts.serverSdks, optionsFacts.serverSdkScopes);
  }

  function importBringsValue(node: TSESTree.ImportDeclaration): boolean {
    if (node.importKind === 'type') return false;
    if (node.specifiers.length === 0) return true;
    const values = node.specifiers.filter((s) => !(s.type === AST_NODE_TYPES.ImportSpecifier && s.importKind === 'type'));
    const variables = values.flatMap((s) => sourceCode.getDeclaredVariables(s));
    const references = variables.flatMap((v) => v.references);
    // TS drops an import that is unused or only used as a type; JS keeps it
    if (references.length === 0) return values.length > 0 && !/\.[cm]?tsx?$|\.vue$/u.test(facts.relativePath);
    return references.some((ref) => !ref.isTypeReference);
  }

  function checkImport(node: TSESTree.ImportDeclaration): void {
    const source = node.source.value;
    if (source === '$env/static/public') {
      for (const specifier of node.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        checkEnvName(specifier, imported, '$env/dynamic/public');
      }
      return;
    }
    if (source === '$env/dynamic/public' || source === '$env/dynamic/private') {
      addAlias(node, source);
    }
    if (source === '$env/static/private' || source === '$env/dynamic/private') {
      if (!inClient(node)) return;
      context.report({ node: node.source, messageId: 'privateEnvModule', data: { source, reason: reasonOf() } });
    } else if (isServerSdk(source) && inClient(node) && importBringsValue(node)) {
      context.report({ node: node.source, messageId: 'serverSdk', data: { source, reason: reasonOf() } });
    }
  }

  function checkDynamicLoad(node: TSESTree.Node, argument: TSESTree.Node | undefined): void {
    if (!argument) return;
    const source = staticString(argument, sourceCode.getScope(node));
    if (source !== undefined && isServerSdk(source) && inClient(node)) context.report({ node: argument, messageId: 'serverSdk', data: { source, reason: reasonOf() } });
  }

  /** The initialiser `call` is, when it is one: imported from its SDK, or the script-tag global. */
  function initialiserOf(call: TSESTree.CallExpression | TSESTree.NewExpression): (typeof INITIALISERS)[number] | undefined {
    const callee = unwrap(call.callee);
    let identifier: TSESTree.Identifier | undefined;
    let name: string | undefined;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      identifier = callee;
      name = callee.name;
    } else if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const object = unwrap(callee.object);
      if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'window' || !isGlobal(object)) return undefined;
      name = memberName(callee);
    }
    const construct = call.type === AST_NODE_TYPES.NewExpression;
    const candidates = INITIALISERS.filter((i) => i.callee === name && i.construct === construct);
    if (candidates.length === 0) return undefined;
    if (!identifier) return candidates.find((i) => !i.packages);
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    const def = variable?.defs[0];
    if (!variable || variable.defs.length === 0) return candidates.find((i) => !i.packages);
    if (def?.type !== TSESLint.Scope.DefinitionType.ImportBinding || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const from = def.parent.source.value;
    return candidates.find((i) => i.packages?.includes(from));
  }

  function checkInitialiser(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
    const [argument] = call.arguments;
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
    // cheap first: the callee must be named like an initialiser
    const calleeNode = unwrap(call.callee);
    const named = calleeNode.type === AST_NODE_TYPES.Identifier ? calleeNode.name : memberName(calleeNode);
    if (named === undefined || !INITIALISER_NAMES.has(named) || !inClient(call)) return;
    const initialiser = initialiserOf(call);
    if (!initialiser) return;
    const callee = sourceCode.getText(call.callee);
    const target = unwrap(argument);
    const scope = sourceCode.getScope(call);
    const report = (credential: string, suggestion?: { name: string; fix: TSESLint.ReportFixFunction }): void => {
      claimed.add(target);
      context.report({
        node: argument,
        messageId: 'privateInit',
        data: { callee, credential, reason: reasonOf() },
        ...(suggestion ? { suggest: [{ messageId: 'usePublicKey', data: { name: suggestion.name }, fix: suggestion.fix }] } : {}),
      });
    };
    // an env variable: process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN, import.meta.env.VITE_STRIPE_SECRET_KEY
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const source = envSourceOf(target.object);
      const name = memberName(target);
      if (source !== undefined && name !== undefined) {
        if (!isSecretVariable(name)) return;
        const prefix = publicPrefix(name);
        const counterpart = PUBLIC_COUNTERPART[initialiser.provider];
        const swapped = prefix !== undefined && SCREAMING_SNAKE.test(name) ? prefix + name.slice(prefix.length).replace(SECRET_PART, counterpart) : name;
        const property = target.property;
        report(
          `'${name}'`,
          swapped === name
            ? undefined
            : {
                name: swapped,
                fix: (fixer) => fixer.replaceText(property, property.type === AST_NODE_TYPES.Literal ? `${property.raw.charAt(0)}${swapped}${property.raw.charAt(0)}` : swapped),
              },
        );
        return;
      }
    }
    const value = staticString(target, scope);
    if (value !== undefined) {
      const match = facts.identify(value);
      if (match?.kind === 'private' && facts.isReportable(value, match)) report(fingerprint(match.value, match));
      return;
    }
    // a value named as a secret: accessToken, config.mpAccessToken
    const name = target.type === AST_NODE_TYPES.Identifier ? target.name : memberName(target);
    if (name !== undefined && classifyName(name, vocabulary) === 'secret') report(`'${name}'`);
  }

  const secretHeaders: HeaderInfo[] = [...facts.settings.headers.filter((h) => h.kind === 'secret'), ...BUILTIN_SECRET_HEADERS];

  const anyFile: TSESLint.RuleListener = {
    MemberExpression(node) {
      const source = envSourceOf(node.object);
      if (source === undefined || claimed.has(node)) return;
      const name = memberName(node) ?? propertyName(node, sourceCode.getScope(node));
      if (name !== undefined) checkEnvName(node, name, source);
    },
    VariableDeclarator(node) {
      if (!node.init) return;
      const source = envSourceOf(node.init);
      if (source === undefined) return;
      if (node.id.type === AST_NODE_TYPES.Identifier) addAlias(node, source);
      else if (node.id.type === AST_NODE_TYPES.ObjectPattern) checkPattern(node.id, source);
    },
    ImportDeclaration: checkImport,
    NewExpression: checkWebpackPlugin,
    ...(NEXT_CONFIG.test(base) || VITE_CONFIG.test(base) ? { Property: checkConfigProperty } : {}),
  };

  /** The text of a `'…' + '…'` chain made of string literals only, `undefined` otherwise. */
  function literalConcatenation(node: TSESTree.Node): string | undefined {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Literal) return typeof target.value === 'string' ? target.value : undefined;
    if (target.type !== AST_NODE_TYPES.BinaryExpression || target.operator !== '+') return undefined;
    const left = literalConcatenation(target.left);
    const right = left === undefined ? undefined : literalConcatenation(target.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }

  const client: TSESLint.RuleListener = {
    Literal(node) {
      if (typeof node.value === 'string') checkLiteral(node, node.value);
    },
    BinaryExpression(node) {
      // a literal split in pieces, `'APP_USR-…' + '…'`: checked once, as a whole, from the outermost `+`
      if (node.operator !== '+' || (node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.operator === '+')) return;
      const value = literalConcatenation(node);
      if (value !== undefined) checkLiteral(node, value);
    },
    TemplateLiteral(node) {
      const [quasi] = node.quasis;
      if (node.expressions.length === 0 && quasi?.value.cooked != null) checkLiteral(node, quasi.value.cooked);
    },
    CallExpression(node) {
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require' && isGlobal(node.callee)) {
        checkDynamicLoad(node, node.arguments[0]);
        return;
      }
      checkInitialiser(node);
    },
    NewExpression: checkInitialiser,
    ImportExpression(node) {
      checkDynamicLoad(node, node.source);
    },
  };
  const headers = headerWriteListeners(context, secretHeaders, (write) => {
    if (!inClient(write.nameNode)) return;
    const value = unwrap(write.value);
    const known = staticString(value, sourceCode.getScope(value));
    if (known !== undefined && !facts.isReportable(known, facts.identify(known))) return;
    claimed.add(value);
    context.report({ node: write.nameNode, messageId: 'secretHeader', data: { header: write.name, reason: reasonOf() } });
  });
  return mergeListeners(mergeListeners(anyFile, client), headers);
}
