/**
 * `credentials/no-token-in-url`: credentials sent in a URL query string.
 *
 * Three ways a credential reaches a query string, each read once from the AST:
 * - string building (`'…?access_token=' + token`, templates, `url += '&api_key=' + key`, literals):
 *   the query of every outermost string expression that is a URL, read by core/sinks/url-strings.ts
 *   (a string of known text from its pieces' readings, so that strings built on strings cost linear
 *   time); a credential key followed by a value is reported where the string is built, whatever the
 *   sink (sockets only with `checkSockets`);
 * - query objects that end up in a URL: `URLSearchParams`/`qs.stringify` spliced after `?`/`&`,
 *   `url.search = params`, `url.searchParams.set(…)` on a URL;
 * - HTTP clients' query options: axios `params` (calls, `create`, `defaults.params`, interceptors),
 *   got/ky `searchParams`, ofetch `query`, superagent `.query()`, jQuery GET `data`, router `query`.
 * The last two are read by core/sinks/query-entries.ts. Which parameters count (credential names,
 * names that say what they carry, generic names whose value says credential) is
 * core/values/param-verdict.ts's answer; this file keeps the verdicts and reports. core/fixes/header-insertion.ts plans
 * the moves to a header; this file applies one unasked only for an access token sent to a provider
 * documented to take it there.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { fileFacts, type FileFacts } from '../core/files/file.js';
import { privateShapesWith, SPLIT_LITERAL } from '../core/credentials/catalogue.js';
import { parseSettings, type CredentialsSettings } from '../core/files/settings.js';
import { textMentions } from '../core/prechecks/text.js';
// the default pre-checks are scanned together (their unions are declared when this module loads)
import { declareSettingsUnions, GENERIC_QUERY_KEY } from '../core/prechecks/defaults.js';
import { namesPrecheck } from '../core/prechecks/names.js';
import { ConfigCache, PairCache } from '../utils/cache.js';
import type { UrlSink } from '../core/sinks/http.js';
import { HeaderInsertion, type HeaderMove } from '../core/fixes/header-insertion.js';
import { QueryEntries, type ClientConfig, type QueryEntry, type QuerySource } from '../core/sinks/query-entries.js';
import { isRoot } from '../core/sinks/url-evidence.js';
import { UrlStrings } from '../core/sinks/url-strings.js';
import { syntacticParts } from '../core/values/static.js';
import { parseQuery, type QueryParam } from '../core/values/url.js';
import type { ValueVerdict } from '../core/values/credential.js';
import { paramVerdict, textParamVerdict } from '../core/values/param-verdict.js';
import { valuesOf, type Values } from '../core/values/resolver.js';
import { importedSource, MODULE_READS } from '../core/modules/origin.js';
import { QUERY_OBJECT_USE } from '../core/prechecks/object-uses.js';
import { CREDENTIAL_PARAMS, normalizeName, paramHeaders } from '../core/credentials/vocabulary.js';
import { isJsonDocument } from '../core/sinks/json-strings.js';
import { createRule } from '../utils/create-rule.js';
import { nameList } from '../utils/schema.js';
import { NO_LISTENERS } from '../utils/listeners.js';

export type Options = [
  {
    params?: string[];
    extraParams?: string[];
    allowParams?: string[];
    checkSockets?: boolean;
  },
];

export type MessageIds = 'tokenInQuery' | 'tokenInNavigation' | 'tokenInSocketUrl' | 'credentialInUrl' | 'credentialInUrlImported' | 'moveToHeader';

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** Provider APIs documented to accept the access token in the Authorization header: the only autofix targets. */
const AUTOFIX_HOSTS = new Set(['api.mercadopago.com', 'api.mercadolibre.com']);

interface Finding {
  readonly param: string;
  readonly node: TSESTree.Node;
  readonly sink: UrlSink | undefined;
  readonly fallbackSink: string;
  readonly value: ValueVerdict;
  readonly fix?: FixPlan;
  /** Where the value is written, when the entry is a key of a query object imported whole (`QueryEntry.imported`). */
  readonly imported?: QueryEntry['imported'];
}

/** A query parameter with a verdict, and where its value comes from (`reportFlagged`). */
interface Flagged {
  readonly name: string;
  readonly value: ValueVerdict;
  /** The range of the hole its value starts with, or `=` and its known value. */
  readonly origin: string;
  /** Where it was read from a string with holes (for the fix). */
  readonly param?: QueryParam;
}

interface FixPlan {
  readonly autofix: boolean;
  readonly header: string;
  readonly apply: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

export default createRule<Options, MessageIds>({
  name: 'no-token-in-url',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow credentials in URL query strings',
      recommended: true,
      strictOptions: { checkSockets: true },
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          params: nameList('Replaces the built-in list of credential parameter names (names are then no longer read by their words). Default: the built-in list.'),
          extraParams: nameList('Parameter names to treat as credentials, on top of `params` and `settings.credentials.params`. Default: `[]`.'),
          allowParams: nameList('Parameter names never to report, even when listed elsewhere. Default: `[]`.'),
          checkSockets: {
            type: 'boolean',
            description: 'Also report `WebSocket`, `EventSource` and socket.io URLs (browsers cannot set headers there). Default: `false` (`true` in `strict`).',
          },
        },
      },
    ],
    messages: {
      tokenInQuery:
        '`{{param}}` is sent in the URL query of this {{sink}}, where logs and history keep it; send it in a request header ({{header}}) instead.',
      tokenInNavigation:
        '`{{param}}` is put in the URL of this navigation ({{sink}}), where history and Referer headers keep it; exchange it on the server instead.',
      tokenInSocketUrl:
        '`{{param}}` is sent in the query of this {{sink}} URL, where logs keep it; send it in the first message or use a one-time ticket instead.',
      credentialInUrl:
        'This URL holds a credential ({{fingerprint}}) in `{{param}}` ({{sink}}); revoke it and send credentials in a request header instead.',
      credentialInUrlImported: 'This URL holds a credential ({{fingerprint}}) in `{{param}}` ({{sink}}), written as `{{name}}` in `{{file}}` (line {{line}}); revoke it and send credentials in a request header instead.',
      moveToHeader: 'Move `{{param}}` from the URL query to the `{{header}}` header.',
    },
    // @eslint/json's languages too, where it finds nothing: a preset spread over a config that lints JSON
    // must not stop ESLint 10, which checks every enabled rule's languages
    languages: ['js/js', 'json/json', 'json/jsonc', 'json/json5'],
  },
  defaults: [{ params: [...CREDENTIAL_PARAMS], extraParams: [], allowParams: [], checkSockets: false }],
  quietWithoutOptions: true,
  create(context, [options]) {
    if (isJsonDocument(context.sourceCode)) return NO_LISTENERS;
    // a cached whole-file test (no listeners: ESLint never calls the rule); no file facts without settings
    const settings = context.settings.credentials === undefined ? NO_SETTINGS : fileFacts(context).settings;
    return mayHoldFinding(context.sourceCode, options, settings) ? urlListeners(context, options) : NO_LISTENERS;
  },
});

/** What the lint of one file keeps: the core readers, what the verdicts depend on, what was reported. */
interface Run {
  readonly context: Context;
  readonly values: Values;
  readonly facts: FileFacts;
  readonly queries: QueryEntries;
  /** The URLs built as strings, their parameters kept when they have a verdict. */
  readonly strings: UrlStrings<Flagged>;
  readonly fixes: HeaderInsertion;
  readonly credentialNames: ReadonlySet<string>;
  readonly allowed: ReadonlySet<string>;
  /** Names are also read by their words (`secret_token`): `params` does not replace the built-in list. */
  readonly byWords: boolean;
  /** Parameter name (normalized) → the header its value belongs in. */
  readonly headers: ReadonlyMap<string, string>;
  readonly checkSockets: boolean;
  /** Query entries already reported, by node, or by entry for a key of an imported object (an entry can be reached from more than one sink). */
  readonly reported: Set<object>;
  /** Parameters of strings already reported, by name and where their value comes from (`reportFlagged`). */
  readonly reportedKeys: Set<string>;
}

/** The listeners for a file that passed the pre-check: the per-file state is made only here. */
function urlListeners(context: Context, options: Options[0]): TSESLint.RuleListener {
  const { sourceCode } = context;
  const values = valuesOf(context);
  const facts = fileFacts(context);
  const run: Run = {
    context,
    values,
    facts,
    queries: new QueryEntries(sourceCode, values),
    strings: new UrlStrings<Flagged>(sourceCode, values, { text: (name, text) => keepText(run, name, text), param: (param, asKey) => keepParam(run, param, asKey) }),
    fixes: new HeaderInsertion(sourceCode, values),
    ...configurationOf(options, facts.settings),
    reported: new Set(),
    reportedKeys: new Set(),
  };
  const listeners: TSESLint.RuleListener = {
    Literal(node) {
      if (typeof node.value === 'string' && node.value.includes('=') && isRoot(node)) checkStringRoot(run, node);
    },
    TemplateLiteral(node) {
      if (node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression && isRoot(node)) checkStringRoot(run, node);
    },
    BinaryExpression(node) {
      if (node.operator === '+' && isRoot(node)) checkStringRoot(run, node);
    },
    CallExpression(node) {
      reportSources(run, run.queries.ofCall(node));
    },
    NewExpression(node) {
      reportSources(run, run.queries.ofNew(node));
    },
    AssignmentExpression(node) {
      reportSources(run, run.queries.ofAssignment(node));
    },
  };
  // Vue SFC templates (`:href="`/dl?access_token=${token}`"`, `@click="router.push(…)"`), through
  // vue-eslint-parser's template visitor; other parsers have no such service.
  const services = sourceCode.parserServices as VueParserServices | undefined;
  if (services?.defineTemplateBodyVisitor) {
    const { TemplateLiteral, BinaryExpression, CallExpression, AssignmentExpression } = listeners;
    return services.defineTemplateBodyVisitor({ TemplateLiteral, BinaryExpression, CallExpression, AssignmentExpression }, listeners);
  }
  return listeners;
}

/** The part of vue-eslint-parser's `parserServices` the rule uses (the parser is not a dependency). */
interface VueParserServices {
  defineTemplateBodyVisitor?: (template: TSESLint.RuleListener, script: TSESLint.RuleListener) => TSESLint.RuleListener;
}

// -------------------------------------------------------------------- string roots

/** A parameter of a known text with a verdict, kept under its known value. */
function keepText(run: Run, name: string, text: string): Flagged | undefined {
  const value = textParamVerdict(run, name, text);
  return value ? { name, value, origin: `=${text}` } : undefined;
}

/** A parameter of a string with holes with a verdict, kept under the hole its value starts with (or its known value); a host's key (`asKey`) only when known. */
function keepParam(run: Run, param: QueryParam, asKey = false): Flagged | undefined {
  const value = paramVerdict(run, param.name, param.value, undefined, asKey);
  if (!value || (asKey && value.kind === 'dynamic')) return undefined;
  const firstHole = param.value.find((p) => p.kind === 'hole');
  const origin = firstHole ? String(firstHole.node.range) : `=${param.value.map((p) => (p.kind === 'text' ? p.value : '')).join('')}`;
  return { name: param.name, value, origin, param };
}

function checkStringRoot(run: Run, root: TSESTree.Node): void {
  const read = run.strings.read(root);
  if (!read) return;
  reportFlagged(run, root, read.kept, read.startInQuery, read.sink);
  for (const spliced of read.spliced) {
    const entries = run.queries.ofQuery(spliced.node, read.scope);
    if (entries) reportEntries(run, { entries, sink: read.sink(), fallbackSink: 'URL' });
  }
}

/**
 * Reports the parameters of a string root that have a verdict. A parameter written in this
 * expression is reported here; one that comes from a `const` string (reported where that string is
 * built, or at the first root that uses it) is reported once: by the hole its value comes from, or
 * by its known value.
 */
function reportFlagged(run: Run, root: TSESTree.Node, flagged: readonly Flagged[], startInQuery: boolean, sink: () => UrlSink | undefined): void {
  let owned: string[] | undefined;
  for (const { name, value, origin, param } of flagged) {
    owned ??= parseQuery(syntacticParts(root), { startInQuery }).params.map((p) => p.name);
    const own = owned.indexOf(name);
    const key = `${normalizeName(name)}\0${origin}`;
    if (own >= 0) owned.splice(own, 1);
    else if (run.reportedKeys.has(key)) continue;
    run.reportedKeys.add(key);
    const currentSink = sink();
    const fix = value.kind === 'dynamic' && param ? stringFix(run, root, param, currentSink) : undefined;
    report(run, { param: name, node: root, sink: currentSink, fallbackSink: 'URL', value, fix });
  }
}

// -------------------------------------------------------------------- query entries

function reportSources(run: Run, sources: readonly QuerySource[]): void {
  for (const source of sources) reportEntries(run, source);
}

function reportEntries(run: Run, { entries, sink, fallbackSink, client }: QuerySource): void {
  for (const entry of entries) {
    const key = entry.imported ? entry : entry.node;
    if (run.reported.has(key)) continue;
    const value = paramVerdict(run, entry.name, entry.parts, entry.value, entry.asKey);
    if (!value || (entry.asKey === true && value.kind === 'dynamic')) continue;
    run.reported.add(key);
    const fix = value.kind === 'dynamic' && client ? paramsFix(run, client, entry) : undefined;
    report(run, { param: entry.name, node: entry.node, sink, fallbackSink, value, fix, imported: entry.imported });
  }
}

// -------------------------------------------------------------------- fixes and reports

/** The header a parameter's value belongs in: the same in the message and in the suggestion. */
function headerFor(run: Run, name: string): string | undefined {
  return run.headers.get(normalizeName(name));
}

function stringFix(run: Run, root: TSESTree.Node, param: QueryParam, sink: UrlSink | undefined): FixPlan | undefined {
  const header = headerFor(run, param.name);
  return header ? fixPlan(param.name, header, run.fixes.fromUrl(root, param, header, sink)) : undefined;
}

function paramsFix(run: Run, { call, described, config }: ClientConfig, entry: QueryEntry): FixPlan | undefined {
  const header = headerFor(run, entry.name);
  return header ? fixPlan(entry.name, header, run.fixes.fromParams(call, described, config, entry, header)) : undefined;
}

/** A move to a header is applied unasked only for an access token sent to a provider documented to take it there. */
function fixPlan(param: string, header: string, move: HeaderMove | undefined): FixPlan | undefined {
  if (!move) return undefined;
  const autofix = header === 'Authorization' && normalizeName(param) === 'accesstoken' && AUTOFIX_HOSTS.has(move.host ?? '');
  return { autofix, header, apply: move.apply };
}

function report(run: Run, finding: Finding): void {
  const { context } = run;
  const sinkName = finding.sink?.name ?? finding.fallbackSink;
  const kind = finding.sink?.kind ?? 'request';
  if (kind === 'socket' && !run.checkSockets) return;
  if (finding.value.requestOnly === true && (kind !== 'request' || !finding.sink?.call)) return;
  if (finding.value.kind === 'static') {
    const where = (finding.imported ?? importedSource(run.values, run.facts, finding.node, finding.value.fingerprint))?.where;
    const data = { param: finding.param, sink: sinkName, fingerprint: finding.value.fingerprint };
    if (where) context.report({ node: finding.node, messageId: 'credentialInUrlImported', data: { ...data, name: where.name, file: where.file, line: String(where.line) } });
    else context.report({ node: finding.node, messageId: 'credentialInUrl', data });
    return;
  }
  const messageId = kind === 'navigation' ? 'tokenInNavigation' : kind === 'socket' ? 'tokenInSocketUrl' : 'tokenInQuery';
  const { fix } = finding;
  const header = fix?.header ?? headerFor(run, finding.param) ?? 'Authorization';
  const data = messageId === 'tokenInQuery' ? { param: finding.param, sink: sinkName, header } : { param: finding.param, sink: sinkName };
  if (!fix) context.report({ node: finding.node, messageId, data });
  else if (fix.autofix) context.report({ node: finding.node, messageId, data, fix: fix.apply });
  else context.report({ node: finding.node, messageId, data, suggest: [{ messageId: 'moveToHeader', data: { param: finding.param, header: fix.header }, fix: fix.apply }] });
}

// -------------------------------------------------------------------- helpers

/** What the verdicts of a `Run` take from the options and the settings. */
type Configuration = Pick<Run, 'credentialNames' | 'allowed' | 'byWords' | 'headers' | 'checkSockets'>;

const configurations = new PairCache<Options[0], CredentialsSettings, Configuration>();

/** `Configuration`, made once per options object and settings object (every file of one configuration asks with the same pair), not once per file. */
function configurationOf(options: Options[0], settings: CredentialsSettings): Configuration {
  return (
    configurations.last(options, settings) ??
    configurations.get(options, settings, () => ({
      credentialNames: credentialNameSet(options, settings.params),
      allowed: new Set((options.allowParams ?? []).map(normalizeName)),
      byWords: options.params === undefined || options.params.join('\n') === CREDENTIAL_PARAMS.join('\n'),
      headers: paramHeaders(settings.headers),
      checkSockets: options.checkSockets === true,
    }))
  );
}

const nameSets = new ConfigCache<ReadonlySet<string>>();

/** The normalised credential names for a rule configuration, computed once per configuration (not per file). */
function credentialNameSet(options: Options[0], settingsParams: readonly string[]): ReadonlySet<string> {
  const params = options.params ?? CREDENTIAL_PARAMS;
  const extra = options.extraParams ?? [];
  const allow = options.allowParams ?? [];
  return nameSets.get(JSON.stringify([params, extra, allow, settingsParams]), () => {
    const allowed = new Set(allow.map(normalizeName));
    return new Set([...params, ...extra, ...settingsParams].map(normalizeName).filter((n) => !allowed.has(n)));
  });
}

// -------------------------------------------------------------------- whole-file pre-check

/** `settings.credentials` absent: what `getSettings` answers then. */
const NO_SETTINGS = parseSettings(undefined);

const namePatterns = new PairCache<Options[0], CredentialsSettings, RegExp | null>();

/**
 * What the file text must mention to hold a finding keyed on a name, once per configuration: a configured
 * credential name as code spells it, or a secret-sounding value name for a generic parameter. `null` when
 * a custom format has no prefix: no shape then stands for its values (`privateShapesWith`).
 */
function namePattern(options: Options[0], settings: CredentialsSettings): RegExp | null {
  return namePatterns.last(options, settings) ?? namePatterns.get(options, settings, () => {
    if (!privateShapesWith(settings.formats)) return null;
    // the same configuration as no-secret-in-client's by default: one scan for both rules
    return namesPrecheck([...(options.params ?? CREDENTIAL_PARAMS), ...(options.extraParams ?? []), ...settings.params], options.allowParams ?? []);
  });
}

/**
 * Whether the file can hold a finding: a name the rule keys on, a private credential shape, a
 * literal split in pieces that may join into one, a generic parameter written with its `=`, or a
 * query object used whole in a file that imports (cached scans of the text).
 */
function mayHoldFinding(sourceCode: { readonly text: string }, options: Options[0], settings: CredentialsSettings): boolean {
  declareSettingsUnions(settings);
  const pattern = namePattern(options, settings);
  const shapes = privateShapesWith(settings.formats);
  return (
    pattern === null ||
    !shapes ||
    textMentions(sourceCode, pattern) ||
    textMentions(sourceCode, shapes) ||
    textMentions(sourceCode, SPLIT_LITERAL) ||
    textMentions(sourceCode, GENERIC_QUERY_KEY) ||
    // a query object used whole, which may be imported (`{ params: PARAMS }`)
    (textMentions(sourceCode, QUERY_OBJECT_USE) && textMentions(sourceCode, MODULE_READS))
  );
}
