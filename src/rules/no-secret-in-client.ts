/**
 * `credentials/no-secret-in-client`: private credentials referenced in code that runs in the browser.
 *
 * Which files are client code is decided once per file by `classifyFile()` (src/core/files/client-files.ts),
 * from the whole program before the traversal starts; files that are not client code only get the
 * checks that apply everywhere. In client code:
 * - string literals of a private catalogued format (`fileFacts().identify`, placeholders skipped), and
 *   credential-looking literals of no known format under a secret name (core/credentials/generic-secret.ts);
 * - reads of secret-named env variables (`process.env.X`, `import.meta.env.X`, destructuring, aliases of
 *   `process.env`; not presence checks or reads behind a server guard: core/sinks/env-guards.ts), Nuxt
 *   private runtime config, SvelteKit `$env/static/private` and `$env/dynamic/private` imports;
 * - imports (and `require`, `import()`) of server SDKs that need a private credential;
 * - provider secret headers (`X-VTEX-API-AppToken`, …) written through `headerWriteListeners()`, in files
 *   that a signal says are client code (`assume` alone is not enough: such a header is server evidence);
 * - a private credential passed to a client SDK initialiser that expects a public key;
 * - a public-prefixed variable whose value in the project's env files is a private credential
 *   (`EnvValues`, core/files/env-files.ts; a public key there confirms an ambiguous name instead);
 * - in a Vue SFC, the template too: its plain attributes (`staticAttributeListeners`) and, through
 *   these same listeners, its bound expressions (`withTemplate`, src/utils/vue-template.ts).
 * The whole-file pre-check is core/prechecks/secret-in-client.ts. In any file: public-prefixed env variables with a secret name (`NEXT_PUBLIC_MP_ACCESS_TOKEN`), Nuxt
 * `runtimeConfig.public` secrets, and bundler settings that copy secrets into the bundle (`next.config`
 * `env`, Vite `define`, webpack `DefinePlugin` / `EnvironmentPlugin`), and, in an Expo app's `app.config.*`
 * (server code), what its `extra` ships in the app bundle (core/sinks/expo-extra.ts). Values imported from other
 * modules come through the value resolver (`privateImported` names the module). Under `@eslint/json`'s
 * languages, the string values of JSON files that ship (`jsonListeners`, issue #20).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ClientCode } from '../core/files/client-code.js';
import { parseSettings, type CredentialsSettings } from '../core/files/settings.js';
import { fileFacts, type FileFacts } from '../core/files/file.js';
import { publicKeySuggestion } from '../core/fixes/public-key.js';
import { headerWriteListeners, type HeaderWrite } from '../core/sinks/headers.js';
import { fingerprint } from '../core/credentials/redact.js';
import { BundlerSettings, baseName, isBundlerConfig, type Exposure } from '../core/sinks/bundler-config.js';
import { EnvReads, type EnvRead } from '../core/sinks/env-reads.js';
import { expoExtraOf, isExpoConfigName } from '../core/sinks/expo-extra.js';
import { isServerOnlyRead } from '../core/sinks/env-guards.js';
import { EnvValues } from '../core/files/env-files.js';
import { literalListeners } from '../core/sinks/literals.js';
import { namedLiteralListeners } from '../core/sinks/named-literals.js';
import { credentialLookRejection, isSecretLiteralName, URL_PARAM_LOOK } from '../core/credentials/generic-secret.js';
import { socketUrlCredentials } from '../core/sinks/socket-urls.js';
import { initialiserArgument, initialiserOf, passedValue } from '../core/sinks/initialisers.js';
import { importBringsValue, isListedPackage, moduleLoad } from '../core/sinks/server-sdks.js';
import { unwrap } from '../core/values/static.js';
import { valuesOf } from '../core/values/resolver.js';
import { importedSecretReadListeners, importedSecrets } from '../core/modules/origin.js';
import { SecretNames, publicPrefix } from '../core/credentials/secret-names.js';
import type { HeaderInfo } from '../core/credentials/vocabulary.js';
import { BUILTIN_SECRET_HEADERS, factsOf, mayHoldFinding, type OptionFacts } from '../core/prechecks/secret-in-client.js';
import { mayHoldJsonFinding } from '../core/prechecks/json.js';
import { classifyJsonFile } from '../core/files/json-files.js';
import { isJsonDocument, jsonStringListeners, type JsonSourceCode } from '../core/sinks/json-strings.js';
import { createRule } from '../utils/create-rule.js';
import { mergeListeners, NO_LISTENERS } from '../utils/listeners.js';
import { staticAttributeListeners, withTemplate } from '../utils/vue-template.js';
import { nameList } from '../utils/schema.js';

export type Options = [{ reportAmbiguousNames?: boolean; serverPackages?: string[]; secretNames?: string[]; publicNames?: string[] }];

export type MessageIds =
  | 'privateLiteral' | 'privateImported' | 'namedSecretLiteral' | 'secretEnv' | 'privateEnvModule' | 'publicPrefixSecret' | 'publicConfigSecret'
  | 'bundlerExposes' | 'bundlerExposesAll' | 'serverSdk' | 'secretHeader' | 'privateInit' | 'usePublicKey' | 'envPrivateValue' | 'bundlerExposesValue';
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** `.d.ts`, `.d.mts`, `.d.cts` (string tests: this runs for every file). */
const isDeclarationFile = (filename: string): boolean => filename.endsWith('.d.ts') || filename.endsWith('.d.mts') || filename.endsWith('.d.cts');

/** What `settings.credentials` parses to when it is not set. */
const NO_SETTINGS: CredentialsSettings = parseSettings(undefined);

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
      privateImported: "{{credential}} is a private credential, written as `{{name}}` in `{{file}}` (line {{line}}), imported into browser code ({{reason}}); keep it on the server, only public keys belong here.",
      namedSecretLiteral: "'{{name}}' holds what looks like a private credential ({{fingerprint}}) in browser code ({{reason}}); keep it on the server.",
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
      envPrivateValue:
        "'{{name}}' holds {{credential}} in {{file}}, and browser code reads it ({{reason}}), so the bundle ships the value; keep it on the server, only public keys belong in public variables.",
      bundlerExposesValue: "{{setting}} copies '{{name}}' into the browser bundle, and it holds {{credential}} in {{file}}; read it on the server only.",
    },
    // @eslint/json's languages: JSON files that ship to the browser or the app (`jsonListeners`)
    languages: ['js/js', 'json/json', 'json/jsonc', 'json/json5'],
  },
  defaults: [{ reportAmbiguousNames: false, serverPackages: [], secretNames: [], publicNames: [] }],
  quietWithoutOptions: true,
  create(context, [options]) {
    const { filename } = context;
    if (isDeclarationFile(filename)) return NO_LISTENERS;
    if (isJsonDocument(context.sourceCode)) return jsonListeners(context, options);
    const optionsFacts = factsOf(options);
    // Most files cannot hold a finding: no listeners at all (bundler config files are always checked).
    // Without settings.credentials there is nothing to parse: the file facts wait until a file passes.
    const settings = context.settings.credentials === undefined ? NO_SETTINGS : fileFacts(context).settings;
    const configBase = filename.includes('.config.') ? baseName(filename) : undefined;
    const checked = (configBase !== undefined && (isBundlerConfig(configBase) || isExpoConfigName(configBase))) || mayHoldFinding(context, optionsFacts, settings);
    return checked ? clientListeners(context, options, optionsFacts, configBase ?? baseName(filename)) : NO_LISTENERS;
  },
});

/**
 * Under `@eslint/json` (issue #20): the string values of a JSON file that ships (`classifyJsonFile`:
 * `public/`, `src/` of a browser app, …; of an Expo `app.json`, only `expo.extra` but `expo.extra.eas`),
 * judged like literals in code: a private catalogued credential, or a credential-looking value under a
 * secret member name.
 */
function jsonListeners(context: Context, options: Options[0]): TSESLint.RuleListener {
  const settings = context.settings.credentials === undefined ? NO_SETTINGS : fileFacts(context).settings;
  if (!mayHoldJsonFinding(context.sourceCode, factsOf(options), settings)) return NO_LISTENERS;
  const side = classifyJsonFile(context);
  if (side.kind === 'none') return NO_LISTENERS;
  const facts = fileFacts(context);
  const { reason } = side;
  return jsonStringListeners(context.sourceCode as unknown as JsonSourceCode, ({ node: json, value, name, path }) => {
    if (side.kind === 'expo' && !isExpoExtra(path())) return;
    const node = json as unknown as TSESTree.Node; // ESLint reports any language's node through its SourceCode
    const match = facts.identify(value);
    if (match) {
      if (match.kind === 'private' && facts.isReportable(value, match)) context.report({ node, messageId: 'privateLiteral', data: { credential: fingerprint(match.value, match), reason } });
    } else if (name !== undefined && isSecretLiteralName(name, options) && credentialLookRejection(value) === undefined && facts.isReportable(value, undefined)) {
      context.report({ node, messageId: 'namedSecretLiteral', data: { name, fingerprint: fingerprint(value), reason } });
    }
  });
}

/** Keys from the root of an Expo `app.json` down to a value under `expo.extra`, but the EAS project id's `expo.extra.eas`. */
const isExpoExtra = (keys: readonly string[]): boolean => keys[0] === 'expo' && keys[1] === 'extra' && keys[2] !== 'eas';

/**
 * A socket URL literal in client code (`core/sinks/socket-urls.ts`) whose query holds a private
 * credential, or one of credential look under a credential name (`?token=…`): the first such parameter.
 */
function checkSocketUrl(context: Context, facts: FileFacts, node: TSESTree.Node, value: string, shipsBecause: () => string | undefined): void {
  for (const param of socketUrlCredentials(value)) {
    const match = facts.identify(param.value);
    const looks = match ? match.kind === 'private' : credentialLookRejection(param.value, URL_PARAM_LOOK) === undefined;
    if (!looks || !facts.isReportable(param.value, match)) continue;
    const reason = shipsBecause();
    if (reason === undefined) return;
    const data = match ? { credential: fingerprint(match.value, match), reason } : { name: param.name, fingerprint: fingerprint(param.value), reason };
    context.report({ node, messageId: match ? 'privateLiteral' : 'namedSecretLiteral', data });
    return;
  }
}

/**
 * The listeners for a file that passed the pre-check: the rule's closures are made only here. `base`:
 * the file's name without its folder. The core finds the facts (env reads, bundler settings,
 * initialiser arguments, header writes); the closures here are the verdicts and the reports.
 */
function clientListeners(context: Context, options: Options[0], optionsFacts: OptionFacts, base: string): TSESLint.RuleListener {
  const { sourceCode } = context;
  const facts = fileFacts(context);
  const values = valuesOf(context);
  const env = new EnvReads(sourceCode, values);
  const names = new SecretNames(options);
  const clientCode = new ClientCode(context);
  /** Nodes already reported by a more specific check (an initialiser argument, a header value). */
  const claimed = new WeakSet<TSESTree.Node>();
  const envValues = new EnvValues(context, facts);

  /** A secret name (`names.isSecretVariable`) that the env files do not show to hold only public keys (an ambiguous name may). */
  const isSecretVariable = (name: string): boolean =>
    names.isSecretVariable(name) && (names.isSurelySecret(name.slice(publicPrefix(name)?.length ?? 0)) || envValues.verdict(name)?.kind !== 'public');

  /** A public variable whose env files hold a private credential, read in client code (issue #20): reported, `true`. */
  function checkEnvValue(node: TSESTree.Node, name: string): boolean {
    const verdict = envValues.verdict(name);
    if (verdict?.kind !== 'private' || !clientCode.has(node)) return false;
    const { match, file } = verdict;
    context.report({ node, messageId: 'envPrivateValue', data: { name, credential: fingerprint(match.value, match), file, reason: clientCode.reason() } });
    return true;
  }

  function checkEnvName({ node, name, source }: EnvRead): void {
    switch (source) {
      case '$env/dynamic/private':
        return; // the import itself is reported
      case 'runtime-config':
        if (name !== 'public' && name !== 'app' && names.isSecret(name) && clientCode.has(node) && !isServerOnlyRead(node)) {
          context.report({ node, messageId: 'secretEnv', data: { name, reason: clientCode.reason() } });
        }
        return;
      case 'runtime-config.public':
        if (names.isSecret(name)) context.report({ node, messageId: 'publicConfigSecret', data: { name } });
        return;
      default: {
        const prefix = publicPrefix(name);
        if (prefix !== undefined) {
          if (!checkEnvValue(node, name) && isSecretVariable(name)) context.report({ node, messageId: 'publicPrefixSecret', data: { name, prefix } });
        } else if (source !== '$env/dynamic/public' && names.isSecretVariable(name) && clientCode.has(node) && isSecretVariable(name) && !isServerOnlyRead(node)) {
          context.report({ node, messageId: 'secretEnv', data: { name, reason: clientCode.reason() } });
        }
      }
    }
  }

  function checkExposure(exposure: Exposure): void {
    const { node, setting } = exposure;
    if (exposure.kind === 'all') {
      context.report({ node, messageId: 'bundlerExposesAll', data: { setting, key: exposure.key } });
      return;
    }
    const name = exposure.names.find(isSecretVariable);
    if (name !== undefined) {
      context.report({ node, messageId: 'bundlerExposes', data: { setting, name } });
      return;
    }
    // a name that says nothing, whose env files hold a private credential
    for (const variable of exposure.names) {
      const verdict = envValues.verdict(variable);
      if (verdict?.kind !== 'private') continue;
      const { match, file } = verdict;
      context.report({ node, messageId: 'bundlerExposesValue', data: { setting, name: variable, credential: fingerprint(match.value, match), file } });
      return;
    }
  }

  /** Why `node` ships: `shipped` when the caller knows (Expo's `extra`), else the file's client code. */
  const shipsBecause = (node: TSESTree.Node, shipped: string | undefined): string | undefined => shipped ?? (clientCode.has(node) ? clientCode.reason() : undefined);

  function checkLiteral(node: TSESTree.Node, value: string, shipped?: string): void {
    const match = facts.identify(value);
    if (match === undefined && !claimed.has(node)) checkSocketUrl(context, facts, node, value, () => shipsBecause(node, shipped));
    if (match?.kind !== 'private' || claimed.has(node)) return;
    const reason = shipsBecause(node, shipped);
    if (reason === undefined || !facts.isReportable(value, match)) return;
    context.report({ node, messageId: 'privateLiteral', data: { credential: fingerprint(match.value, match), reason } });
  }

  /** A literal of no known format that looks like a credential, under a secret name (`client_secret: '…'`). */
  function checkNamedLiteral(node: TSESTree.Node, name: string, value: string, shipped?: string): void {
    if (claimed.has(node) || !isSecretLiteralName(name, options) || credentialLookRejection(value) !== undefined || facts.identify(value)) return;
    const reason = shipsBecause(node, shipped);
    if (reason !== undefined && facts.isReportable(value, undefined)) context.report({ node, messageId: 'namedSecretLiteral', data: { name, fingerprint: fingerprint(value), reason } });
  }

  /** Whether the module `source` is a server SDK. */
  const isServerSdk = (source: string): boolean => isListedPackage(source, optionsFacts.serverSdks, optionsFacts.serverSdkScopes);

  function checkImport(node: TSESTree.ImportDeclaration): void {
    const source = node.source.value;
    if (source === '$env/static/public') return; // its names are env reads
    if (source === '$env/static/private' || source === '$env/dynamic/private') {
      if (!clientCode.has(node)) return;
      context.report({ node: node.source, messageId: 'privateEnvModule', data: { source, reason: clientCode.reason() } });
    } else if (isServerSdk(source) && clientCode.has(node) && importBringsValue(sourceCode, node, facts.relativePath)) {
      context.report({ node: node.source, messageId: 'serverSdk', data: { source, reason: clientCode.reason() } });
    } else if (node.importKind !== 'type') {
      // the names first: most imports are not secret-named, and a file asks `clientCode` only for one that is
      for (const found of importedSecrets(values, facts, names, node, () => clientCode.has(node))) context.report({ node: found.specifier, messageId: 'privateImported', data: { ...found.data, reason: clientCode.reason() } });
    }
  }

  function checkLoad(node: TSESTree.CallExpression | TSESTree.ImportExpression): void {
    const load = moduleLoad(values, node);
    if (load && isServerSdk(load.source) && clientCode.has(node)) {
      context.report({ node: load.argument, messageId: 'serverSdk', data: { source: load.source, reason: clientCode.reason() } });
    }
  }

  function checkInitialiser(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
    // cheap first: the callee must be named like an initialiser
    const argument = initialiserArgument(call);
    if (!argument || !clientCode.has(call)) return;
    const initialiser = initialiserOf(values, call);
    const passed = initialiser && passedValue(values, env, call, argument);
    if (!passed) return;
    const report = (credential: string, suggestion?: ReturnType<typeof publicKeySuggestion>): void => {
      claimed.add(passed.node);
      context.report({
        node: argument,
        messageId: 'privateInit',
        data: { callee: sourceCode.getText(call.callee), credential, reason: clientCode.reason() },
        ...(suggestion ? { suggest: [{ messageId: 'usePublicKey', data: { name: suggestion.name }, fix: suggestion.fix }] } : {}),
      });
    };
    switch (passed.kind) {
      // an env variable: process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN, import.meta.env.VITE_STRIPE_SECRET_KEY
      case 'env':
        if (names.isSecretVariable(passed.name)) report(`'${passed.name}'`, publicKeySuggestion(passed.name, initialiser.provider, passed.property));
        return;
      case 'text': {
        const match = facts.identify(passed.value);
        if (match?.kind === 'private' && facts.isReportable(passed.value, match)) report(fingerprint(match.value, match));
        return;
      }
      // a value named as a secret: accessToken, config.mpAccessToken
      case 'name':
        if (names.isSurelySecret(passed.name)) report(`'${passed.name}'`);
    }
  }

  function checkHeader(write: HeaderWrite): void {
    if (!clientCode.hasEvidence(write.nameNode)) return;
    const value = unwrap(write.value);
    const known = values.text(value);
    if (known !== undefined && !facts.isReportable(known, facts.identify(known))) return;
    claimed.add(value);
    context.report({ node: write.nameNode, messageId: 'secretHeader', data: { header: write.name, reason: clientCode.reason() } });
  }

  const bundler = new BundlerSettings(values, env, base, checkExposure);
  // Expo's `extra`, copied into the app bundle from a config that runs at build time
  const expo = expoExtraOf(context, values, env, base, { checkLiteral, checkNamedLiteral, checkExposure });
  const anyFile: TSESLint.RuleListener = {
    MemberExpression(node) {
      const read = env.member(node);
      if (read && !claimed.has(node)) checkEnvName(read);
    },
    VariableDeclarator(node) {
      env.declarator(node, checkEnvName);
    },
    ImportDeclaration(node) {
      env.importDeclaration(node, checkEnvName);
      checkImport(node);
    },
    NewExpression(node) {
      bundler.webpackPlugin(node);
    },
    // in a bundler config file, its settings; in an Expo config, its `extra`
    ...(isBundlerConfig(base) || expo ? { Property: (property: TSESTree.Property) => { bundler.configProperty(property); expo?.property(property); } } : {}),
  };
  const client: TSESLint.RuleListener = {
    ...literalListeners(checkLiteral),
    ...namedLiteralListeners(checkNamedLiteral),
    CallExpression(node) {
      checkLoad(node);
      checkInitialiser(node);
    },
    NewExpression: checkInitialiser,
    ImportExpression: checkLoad,
  };
  const secretHeaders: HeaderInfo[] = [...facts.settings.headers.filter((h) => h.kind === 'secret'), ...BUILTIN_SECRET_HEADERS];
  const isClient = (node: TSESTree.Node): boolean => clientCode.has(node) && !claimed.has(node);
  const importedReads = importedSecretReadListeners(values, facts, names, isClient, (node, data) => {
    context.report({ node, messageId: 'privateImported', data: { ...data, reason: clientCode.reason() } });
  });
  const listeners = mergeListeners(mergeListeners(mergeListeners(anyFile, client), importedReads), headerWriteListeners(context, secretHeaders, checkHeader));
  // a Vue SFC's template: its bound expressions through the same listeners, and its plain attributes
  // (`access-token="APP_USR-…"`) as literals, under their names
  return withTemplate(
    sourceCode,
    listeners,
    staticAttributeListeners(({ name, value, node }) => {
      checkLiteral(node, value);
      checkNamedLiteral(node, name, value);
    }),
  );
}
