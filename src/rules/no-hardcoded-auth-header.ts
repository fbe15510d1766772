/**
 * `credentials/no-hardcoded-auth-header`: a request header whose credential is fixed in the source
 * (`Authorization: 'Bearer APP_USR-…'`, `'x-api-key': KEY` with a same-file constant KEY) is a leaked
 * credential. Where headers are written is `core/sinks/headers.ts`, what a value is (through constants and
 * base64 calls) `core/values/encoded.ts`, the env rewrite `core/fixes/env-suggestion.ts`; this file
 * decides whether a written value is a hard-coded credential, and reports it.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { fileFacts } from '../core/files/file.js';
import { classifyFile } from '../core/files/client-files.js';
import { envSuggestion } from '../core/fixes/env-suggestion.js';
import { headerWriteListeners, type HeaderWrite } from '../core/sinks/headers.js';
import { fingerprint } from '../core/credentials/redact.js';
import { fallbackOf, firstReportOf, importedFallbackOf } from '../core/sinks/fallbacks.js';
import { authCredentialsOf } from '../core/sinks/basic-auth.js';
import { AUTH_OPTION, credentialName, sdkWritesOf, type SdkCredential, type SdkWrite } from '../core/sinks/sdk-credentials.js';
import { textMentions } from '../core/prechecks/text.js';
// the default pre-checks are scanned together (their unions are declared when this module loads)
import '../core/prechecks/defaults.js';
import { encodedText, importedHome, literalHome } from '../core/values/encoded.js';
import { findCredential, WORDISH } from '../core/values/header-credential.js';
import { MODULE_READS, writtenIn } from '../core/modules/origin.js';
import { HEADERS_OBJECT_USE } from '../core/prechecks/object-uses.js';
import { valuesOf } from '../core/values/resolver.js';
import { isCredentialBeyondDoubt } from '../core/values/credential.js';
import type { CredentialMatch } from '../core/credentials/catalogue.js';
import type { HeaderInfo } from '../core/credentials/vocabulary.js';
import { isJsonDocument } from '../core/sinks/json-strings.js';
import { createRule } from '../utils/create-rule.js';
import { withTemplate } from '../utils/vue-template.js';
import { mergeListeners, NO_LISTENERS } from '../utils/listeners.js';
import { baseName, isBuildConfigFile } from '../core/sinks/bundler-config.js';
import { inlinedCredentialListeners } from '../core/sinks/build-inlined.js';

import { headerItem, headerList, type HeaderOption } from '../core/prechecks/auth-header.js';

export type { HeaderOption } from '../core/prechecks/auth-header.js';

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
    /** Added to the built-in list of SDKs whose constructor or setup call takes a credential. */
    sdks?: SdkCredential[];
  },
];
export type MessageIds =
  | 'hardcoded'
  | 'hardcodedConstant'
  | 'hardcodedImported'
  | 'hardcodedInClient'
  | 'hardcodedInClientImported'
  | 'hardcodedSdk'
  | 'hardcodedSdkImported'
  | 'hardcodedBasic'
  | 'hardcodedFallback'
  | 'hardcodedFallbackImported'
  | 'hardcodedSdkFallbackImported'
  | 'hardcodedInBuildConfig'
  | 'dropFallback'
  | 'useEnv';
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** A request mocked in a test (`mockReq.headers.authorization = …`, `const req = { headers: … }`): a received request, not a sent one. */
const MOCKED_REQUEST = /^(?:mock|fake|stub|dummy)\w*|^\w*(?:req|Req|request|Request)$/u;

function mockedRequestName(write: HeaderWrite): string | undefined {
  let node: TSESTree.Node | undefined = write.nameNode.parent;
  for (let depth = 0; node && depth < 6; depth++, node = node.parent) {
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      let object: TSESTree.Node = node;
      while (object.type === AST_NODE_TYPES.MemberExpression) object = object.object;
      return object.type === AST_NODE_TYPES.Identifier ? object.name : undefined;
    }
    if (node.type === AST_NODE_TYPES.VariableDeclarator) return node.id.type === AST_NODE_TYPES.Identifier ? node.id.name : undefined;
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) return undefined;
  }
  return undefined;
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
          sdks: {
            type: 'array',
            description:
              'SDKs added to the built-in list: `{ sdk, packages, exports, method?, argument?, option?, label? }` (see the rule page). Default: `[]`.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['sdk', 'packages', 'exports'],
              properties: {
                sdk: { type: 'string', minLength: 1, description: 'An `sdks` item: the SDK as messages name it.' },
                packages: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'An `sdks` item: the packages it is imported from; one ending in `/` is a scope (`@aws-sdk/`).' },
                exports: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'An `sdks` item: the exports called or constructed (`default`: the module itself, `*`: any export).' },
                method: { type: 'string', minLength: 1, description: 'An `sdks` item: a method called on the export (`setApiKey`), or a member and its method (`config.update`).' },
                instance: { type: 'boolean', description: 'An `sdks` item: `method` is called on an instance of the export (`const client = new Client(…); client.login(token)`).' },
                argument: { type: 'integer', minimum: 0, description: 'An `sdks` item: the 0-based argument that holds the credential. Default: `0`.' },
                option: { type: 'string', minLength: 1, description: 'An `sdks` item: the key of the options object that holds the credential, or the keys to it through nested objects (`credentials.secretAccessKey`).' },
                label: { type: 'string', minLength: 1, description: 'An `sdks` item: what the credential is, for the env variable a suggestion names (`bot token`). Default: the option\'s last key, or `api key`.' },
              },
            },
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
      hardcodedImported:
        'Header `{{header}}` sends a hard-coded credential ({{scheme}}) from `{{name}}` in `{{file}}` (line {{line}}): {{fingerprint}}. Load it at run time from the environment or a secret store.',
      hardcodedInClient:
        'Header `{{header}}` sends a hard-coded credential ({{scheme}}) from browser code ({{reason}}): {{fingerprint}}. Anyone can read it there; send this request from a server route that adds the header.',
      hardcodedInClientImported:
        'Header `{{header}}` sends a hard-coded credential ({{scheme}}), written as `{{name}}` in `{{file}}` (line {{line}}), from browser code ({{reason}}): {{fingerprint}}. Anyone can read it there; send this request from a server route that adds the header.',
      hardcodedSdk:
        'The {{sdk}} client is given a hard-coded credential ({{where}}): {{fingerprint}}. Load it at run time from the environment or a secret store.',
      hardcodedSdkImported:
        'The {{sdk}} client is given a hard-coded credential ({{where}}) from `{{name}}` in `{{file}}` (line {{line}}): {{fingerprint}}. Load it at run time from the environment or a secret store.',
      hardcodedFallback:
        'Header `{{header}}` falls back to a hard-coded credential ({{scheme}}): {{fingerprint}}. A fallback ships the credential as a literal does; fail when the environment does not provide it.',
      hardcodedFallbackImported:
        'Header `{{header}}` falls back to a hard-coded credential ({{scheme}}) written as `{{name}}` in `{{file}}` (line {{line}}): {{fingerprint}}. A fallback ships the credential as a literal does; fail when the environment does not provide it.',
      hardcodedSdkFallbackImported:
        'The {{sdk}} client is given a credential ({{where}}) that falls back to a hard-coded one, written as `{{name}}` in `{{file}}` (line {{line}}): {{fingerprint}}. A fallback ships the credential as a literal does; fail when the environment does not provide it.',
      hardcodedBasic:
        'The request ({{sink}}) sends a hard-coded Basic password ({{where}}): {{fingerprint}}. Load it at run time from the environment or a secret store.',
      hardcodedInBuildConfig:
        '{{setting}} inlines a hard-coded credential into the build output as `{{key}}`: {{fingerprint}}. Whoever has the source or the output can read it; revoke it and load it at run time on a server.',
      dropFallback: 'Drop the hard-coded fallback.',
      useEnv: 'Read the credential from `{{env}}` instead.',
    },
    // @eslint/json's languages too, where it finds nothing: a preset spread over a config that lints JSON
    // must not stop ESLint 10, which checks every enabled rule's languages
    languages: ['js/js', 'json/json', 'json/jsonc', 'json/json5'],
  },
  defaults: [{ extraHeaders: [], minLength: 8, envAccess: 'process.env', sdks: [] }],
  quietWithoutOptions: true,
  create(context, [options]) {
    if (isJsonDocument(context.sourceCode)) return NO_LISTENERS;
    const list = headerList(options, context);
    const { sourceCode } = context;
    // a header name, or a headers object used whole in a file that imports (`{ headers: HEADERS }`)
    const mayWrite = textMentions(sourceCode, list.mentions) || (textMentions(sourceCode, HEADERS_OBJECT_USE) && textMentions(sourceCode, MODULE_READS));
    const headers = mayWrite ? headerListeners(context, options, list.headers, list.customHeaders) : NO_LISTENERS;
    const calls = textMentions(sourceCode, list.sdkMentions) || textMentions(sourceCode, AUTH_OPTION) ? { ...headers, ...sdkListeners(context, options, list.sdks, headers) } : headers;
    // a build tool's config (one test of the file's base name): what it inlines into the build
    const { filename } = context;
    // a Vue SFC's template bindings (`:headers="{ Authorization: … }"`) through the same listeners
    return withTemplate(sourceCode, isBuildConfigFile(filename) ? mergeListeners(calls, buildConfigListeners(context, baseName(filename))) : calls);
  },
});

/** The listeners for a file that passed the pre-check: the rule's closures are made only here. */
function headerListeners(context: Context, options: Options[0], headers: readonly HeaderInfo[], customHeaders: boolean): TSESLint.RuleListener {
  const { sourceCode } = context;
  const facts = fileFacts(context);
  const values = valuesOf(context);
  const minLength = options.minLength ?? 8;
  const envAccess = options.envAccess ?? 'process.env';

  /** Where only a credential beyond doubt counts (a header map, a custom header): whether `finding` falls short there. */
  const doubtful = (finding: { readonly credential: string; readonly match: CredentialMatch | undefined }): boolean =>
    facts.isTestFile || !isCredentialBeyondDoubt(finding.credential, finding.match);

  function check(write: HeaderWrite): void {
    if (write.info.kind === 'identifier') return;
    if (facts.isTestFile && MOCKED_REQUEST.test(mockedRequestName(write) ?? '')) return;
    const scope = values.scope(write.value);
    // a header of an object written in another module and used whole here: its text there
    const value = write.imported ? (write.imported.kind === 'text' ? { text: write.imported.text } : undefined) : encodedText(values, write.value, scope);
    if (!value) {
      checkFallback(write, scope);
      return;
    }
    const finding = findCredential(value, facts, minLength);
    // an object literal seen nowhere near a request, or a custom header in no list (`X-Admin-Token`):
    // only a credential beyond doubt, never in a test file
    const weak = write.via === 'header-map' || write.info.custom === true;
    if (!finding || (weak && doubtful(finding))) return;
    const { scheme, credential, match } = finding;
    const header = write.name;
    const schemeName = scheme ?? 'no scheme';
    const shown = fingerprint(credential, match);
    // In browser code no environment variable can hold the secret either (no-secret-in-client reports
    // one read there), so the finding says where the request belongs and offers no rewrite.
    const side = classifyFile(context);
    const imported = writtenIn(write.imported ?? importedHome(values, write.value, scope, credential));
    if (side.side === 'client' && !side.isServerOnly(write.value)) {
      const data = { header, scheme: schemeName, fingerprint: shown, reason: side.reason };
      context.report({ node: write.value, ...(imported ? { messageId: 'hardcodedInClientImported', data: { ...data, ...imported } } : { messageId: 'hardcodedInClient', data }) });
      return;
    }
    if (write.imported && imported) {
      // the headers object itself is written in the other module: named there, nothing rewritten here
      context.report({ node: write.value, messageId: 'hardcodedImported', data: { header, scheme: schemeName, fingerprint: shown, ...imported } });
      return;
    }
    const { env, fix } = envSuggestion(sourceCode, write.value, envAccess, { info: write.info, ...finding });
    const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [{ messageId: 'useEnv', data: { env }, fix }];
    if (imported) {
      context.report({ node: write.value, messageId: 'hardcodedImported', data: { header, scheme: schemeName, fingerprint: shown, ...imported }, suggest });
      return;
    }
    const home = literalHome(values, write.value, scope, credential);
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

  /** `process.env.T || 'Bearer lit'`: the fallback literal is reported, and the suggestion drops it. */
  function checkFallback(write: HeaderWrite, scope: TSESLint.Scope.Scope): void {
    const fallback = write.imported?.kind === 'fallback' ? importedFallbackOf(write.imported) : fallbackOf(values, write.value, scope);
    const finding = fallback && findCredential({ text: fallback.text }, facts, minLength);
    if (!fallback || !finding || (write.info.custom === true && doubtful(finding))) return;
    const data = { header: write.name, scheme: finding.scheme ?? 'no scheme', fingerprint: fingerprint(finding.credential, finding.match) };
    if (fallback.imported) {
      // written in another module: named there, nothing to drop here
      context.report({ node: write.value, messageId: 'hardcodedFallbackImported', data: { ...data, ...writtenIn(fallback.imported) } });
      return;
    }
    if (!firstReportOf(fallback.literal)) return;
    const { logical } = fallback;
    const fix: TSESLint.ReportFixFunction = (fixer) => fixer.replaceText(logical, sourceCode.getText(logical.left));
    context.report({ node: fallback.literal, messageId: 'hardcodedFallback', data, suggest: [{ messageId: 'dropFallback', fix }] });
  }

  return headerWriteListeners(context, headers, check, { headerMaps: true, customHeaders });
}

/**
 * The listeners for calls that take a credential outside a header: Basic credentials of a request
 * (`auth` option, `.auth(u, p)`, `user:pass@` URLs) and SDK calls (`new Stripe(key)`), chained after the header
 * listeners `headers` for the same node types: a listed SDK given a hard-coded credential.
 */
function sdkListeners(context: Context, options: Options[0], sdks: readonly SdkCredential[], headers: TSESLint.RuleListener): TSESLint.RuleListener {
  const facts = fileFacts(context);
  const values = valuesOf(context);
  const minLength = options.minLength ?? 8;
  const envAccess = options.envAccess ?? 'process.env';
  const onCall = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
    const credentials = authCredentialsOf(values, call);
    for (const basic of credentials.basic) {
      const { user, password } = basic;
      if (password.length === 0 || (!facts.isReportable(password, undefined) && (facts.isTestFile || !facts.isReportable(user, undefined)))) continue;
      if (!facts.identify(password) && (password.length < minLength || WORDISH.test(password))) continue;
      const data = { sink: basic.sink, where: basic.where, fingerprint: fingerprint(password, facts.identify(password)) };
      context.report({ node: basic.node, messageId: 'hardcodedBasic', data });
    }
    for (const write of sdkWritesOf(values, sdks, call)) checkSdkWrite(write);
    for (const write of credentials.bearer) checkSdkWrite(write);
  };
  const checkSdkWrite = (write: SdkWrite): void => {
    const scope = values.scope(write.value);
    const value = write.imported ? (write.imported.kind === 'text' ? write.imported.text : undefined) : values.text(write.value, scope);
    if (value === undefined) {
      sdkFallback(write);
      return;
    }
    const finding = findCredential({ text: value }, facts, minLength, { sdk: true });
    if (!finding) return;
    const data = { sdk: write.entry.sdk, where: write.where, fingerprint: fingerprint(finding.credential, finding.match) };
    // written in another module: named there; the options object itself is not rewritten
    const imported = writtenIn(write.imported ?? importedHome(values, write.value, scope, finding.credential));
    const report = imported ? { node: write.value, messageId: 'hardcodedSdkImported' as const, data: { ...data, ...imported } } : { node: write.value, messageId: 'hardcodedSdk' as const, data };
    const side = classifyFile(context);
    if (write.imported || (side.side === 'client' && !side.isServerOnly(write.value))) {
      context.report(report);
      return;
    }
    const info: HeaderInfo = { name: credentialName(write.entry), kind: 'secret', provider: write.entry.sdk };
    const { env, fix } = envSuggestion(context.sourceCode, write.value, envAccess, { info, ...finding });
    context.report({ ...report, suggest: [{ messageId: 'useEnv', data: { env }, fix }] });
  };
  /** `new OpenAI({ apiKey: process.env.OPENAI_API_KEY || 'sk-…' })`: the fallback literal, with a suggestion that drops it. */
  const sdkFallback = (write: SdkWrite): void => {
    const fallback = write.imported?.kind === 'fallback' ? importedFallbackOf(write.imported) : fallbackOf(values, write.value, values.scope(write.value));
    const finding = fallback && findCredential({ text: fallback.text }, facts, minLength, { sdk: true });
    if (!fallback || !finding) return;
    const data = { sdk: write.entry.sdk, where: write.where, fingerprint: fingerprint(finding.credential, finding.match) };
    if (fallback.imported) {
      context.report({ node: write.value, messageId: 'hardcodedSdkFallbackImported', data: { ...data, ...writtenIn(fallback.imported) } });
      return;
    }
    if (!firstReportOf(fallback.literal)) return;
    const { logical } = fallback;
    const fix: TSESLint.ReportFixFunction = (fixer) => fixer.replaceText(logical, context.sourceCode.getText(logical.left));
    context.report({ node: fallback.literal, messageId: 'hardcodedSdk', data, suggest: [{ messageId: 'dropFallback', fix }] });
  };
  const { CallExpression: onHeaderCall, NewExpression: onHeaderNew } = headers;
  return {
    CallExpression(call) {
      onHeaderCall?.(call);
      onCall(call);
    },
    NewExpression(call) {
      onHeaderNew?.(call);
      onCall(call);
    },
  };
}

/** A build tool's config (core/sinks/build-inlined.ts): a credential it inlines into the build output. */
function buildConfigListeners(context: Context, base: string): TSESLint.RuleListener {
  return inlinedCredentialListeners(context.sourceCode, valuesOf(context), fileFacts(context), base, ({ node, setting, key, credential, match, suggestion }) => {
    const suggest = suggestion ? { suggest: [{ messageId: 'useEnv' as const, data: { env: suggestion.env }, fix: suggestion.fix }] } : {};
    context.report({ node, messageId: 'hardcodedInBuildConfig', data: { setting, key, fingerprint: fingerprint(credential, match) }, ...suggest });
  });
}
