/**
 * `credentials/no-token-in-url`: credentials sent in a URL query string.
 *
 * Three ways a credential reaches a query string, each read once from the AST:
 * - string building (`'…?access_token=' + token`, templates, `url += '&api_key=' + key`, literals):
 *   every outermost string expression is cut into text and holes by `stringParts()` and its query
 *   is scanned by `parseQuery()` (a string of known text is read from its parts' readings by
 *   `QueryReader`, so that strings built on strings cost linear time); a credential key followed by
 *   a value is reported where the string is built, whatever the sink (sockets only with
 *   `checkSockets`);
 * - query objects that end up in a URL: `URLSearchParams`/`qs.stringify` spliced after `?`/`&`,
 *   `url.search = params`, `url.searchParams.set(…)` on a URL;
 * - HTTP clients' query options: axios `params` (calls, `create`, `defaults.params`, interceptors),
 *   got/ky `searchParams`, ofetch `query`, superagent `.query()`, jQuery GET `data`, router `query`.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { entropy } from '../core/placeholders.js';
import { fingerprint } from '../core/redact.js';
import { fileFacts } from '../core/file.js';
import { PRIVATE_SHAPES, SPLIT_LITERAL } from '../core/catalogue.js';
import { parseSettings, type CredentialsSettings } from '../core/settings.js';
import { textMentions } from '../core/text.js';
// the default pre-checks are scanned together (their unions are declared when this module loads)
import '../core/prechecks.js';
import { namesPrecheck } from '../core/names-precheck.js';
import { ConfigCache, PairCache } from '../utils/cache.js';
import { calleeLabel, clientOfIdentifier, describeCall, lastName, urlSinkOf, variableSink, type HttpCall, type UrlSink } from '../core/http.js';
import { constDeclarator, propertyName, staticPieces, staticString, stringParts, unwrap, type StringPart } from '../core/static.js';
import { QueryReader, itemsToSource, parseQuery, withoutParam, type PathRead, type QueryParam, type QueryRead } from '../core/url.js';
import { CREDENTIAL_HEADERS, CREDENTIAL_PARAMS, PUBLIC_ENV_PREFIXES, classifyName, nameWords, normalizeName, type HeaderInfo } from '../core/vocabulary.js';
import { createRule } from '../utils/create-rule.js';
import { nameList } from '../utils/schema.js';

export type Options = [
  {
    params?: string[];
    extraParams?: string[];
    allowParams?: string[];
    checkSockets?: boolean;
  },
];

export type MessageIds = 'tokenInQuery' | 'tokenInNavigation' | 'tokenInSocketUrl' | 'credentialInUrl' | 'moveToHeader';

type Scope = TSESLint.Scope.Scope;
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** Hosts whose keys are public by design and only work in the URL (map tiles and static maps loaded by `<img>`). */
const URL_KEY_HOSTS = /^(?:[\w-]+\.)*(?:mapbox\.com|thunderforest\.com|stadiamaps\.com|maptiler\.com|tomtom\.com)$/iu;

/** Provider APIs documented to accept the access token in the Authorization header: the only autofix targets. */
const AUTOFIX_HOSTS = new Set(['api.mercadopago.com', 'api.mercadolibre.com']);

/** Parameters whose value belongs in a header other than one of the same name, and which header. */
const HEADER_FOR_PARAM: ReadonlyMap<string, string> = new Map([
  ['accesstoken', 'Authorization'],
  ['authtoken', 'Authorization'],
  ['apitoken', 'Authorization'],
  ['apikey', 'Authorization'],
  ['privatetoken', 'Authorization'],
  ['xapikey', 'X-API-Key'],
  ['xvtexapiappkey', 'X-VTEX-API-AppKey'],
  ['xvtexapiapptoken', 'X-VTEX-API-AppToken'],
]);

const paramHeaderMaps = new WeakMap<readonly HeaderInfo[], ReadonlyMap<string, string>>();

/**
 * Parameter name (normalized) → the header its value belongs in: the built-in map, then every
 * credential header of the built-in list and of `settings.credentials.headers` under its own name
 * (`?X-VTEX-API-AppToken=` → `X-VTEX-API-AppToken`, a company's `?X-Acme-Key=` → `X-Acme-Key`).
 * Built once per settings header list.
 */
function paramHeaders(settingsHeaders: readonly HeaderInfo[]): ReadonlyMap<string, string> {
  let map = paramHeaderMaps.get(settingsHeaders);
  if (!map) {
    const built = new Map(HEADER_FOR_PARAM);
    for (const info of [...settingsHeaders, ...CREDENTIAL_HEADERS]) {
      const key = normalizeName(info.name);
      if (!built.has(key)) built.set(key, info.name);
    }
    map = built;
    paramHeaderMaps.set(settingsHeaders, map);
  }
  return map;
}

/** Calls whose string arguments are read or compared, not sent anywhere. */
const STRING_READERS = new Set([
  'includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'replace', 'replaceAll', 'split', 'match', 'matchAll', 'search',
  'test', 'exec', 'toBe', 'toEqual', 'toStrictEqual', 'toContain', 'toMatch', 'toHaveBeenCalledWith', 'toHaveBeenLastCalledWith',
  'toHaveBeenNthCalledWith', 'toHaveProperty', 'calledWith', 'equal', 'equals', 'deepEqual', 'strictEqual', 'include', 'log', 'info',
  'warn', 'error', 'debug', 'trace',
]);

const BODY_NAME = /\b(?:body|form|payload|post ?data|data)\b/u;

/** Generic parameter names, reported only when their value is named as a credential (`?token=${accessToken}`). */
const GENERIC_PARAMS: ReadonlySet<string> = new Set(['token', 'key', 'auth', 'jwt', 'secret']);

/** A value name that says credential: `accessToken`, `MP_ACCESS_TOKEN`, `clientSecret`, `jwt`. */
function namesCredential(name: string): boolean {
  return classifyName(stripPublicPrefix(name)) === 'secret' || /\b(?:jwt|bearer)\b/u.test(nameWords(name));
}

const URL_NAME = /\b(?:url|uri|endpoint|href|link|path|query|qs|search|params|src|api|base|address)\b/u;

const QUERY_SERIALIZERS = /^(?:qs|querystring|queryString|QueryString|query)$/u;

interface Entry {
  readonly name: string;
  /** Where a finding about this entry is reported. */
  readonly node: TSESTree.Node;
  /** The value expression, when there is one. */
  readonly value?: TSESTree.Node;
  /** The value, when it came from a query string. */
  readonly parts?: readonly StringPart[];
}

interface Finding {
  readonly param: string;
  readonly node: TSESTree.Node;
  readonly sink: UrlSink | undefined;
  readonly fallbackSink: string;
  readonly value: ValueVerdict;
  readonly fix?: FixPlan;
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

type ValueVerdict = { readonly kind: 'dynamic' } | { readonly kind: 'static'; readonly fingerprint: string };

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
          params: nameList('Replaces the built-in list of credential parameter names. Default: the built-in list.'),
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
      moveToHeader: 'Move `{{param}}` from the URL query to the `{{header}}` header.',
    },
    languages: ['js/js'],
  },
  defaults: [{ params: [...CREDENTIAL_PARAMS], extraParams: [], allowParams: [], checkSockets: false }],
  create(context, [options]) {
    // One cached whole-file test first: most files cannot hold a finding, and no listeners means
    // ESLint never calls the rule on them.
    // Without `settings.credentials` the file facts are not needed to decide (their path work is skipped).
    const settings = context.settings.credentials === undefined ? NO_SETTINGS : fileFacts(context).settings;
    return mayHoldFinding(context.sourceCode, options, settings) ? urlListeners(context, options) : {};
  },
});

/** The listeners for a file that passed the pre-check: the rule's closures are made only here. */
function urlListeners(context: Context, options: Options[0]): TSESLint.RuleListener {
  const { sourceCode } = context;
  const facts = fileFacts(context);
  const credentialNames = credentialNameSet(options, facts.settings.params);
  const checkSockets = options.checkSockets === true;
  const reported = new Set<TSESTree.Node>();
  const reportedKeys = new Set<string>();
  /** How each known string read so far reads as a URL, and inside a query (see `pathRead`). */
  const reader = new QueryReader<Flagged>((name, text) => {
    const value = textParamVerdict(name, text);
    return value ? { name, value, origin: `=${text}` } : undefined;
  });
  const pathReads = new WeakMap<TSESTree.Node, PathRead<Flagged>>();
  const queryReads = new WeakMap<TSESTree.Node, QueryRead<Flagged>>();

  const headerForParam = paramHeaders(facts.settings.headers);
  /** The header a parameter's value belongs in: the same in the message and in the suggestion. */
  const headerFor = (name: string): string | undefined => headerForParam.get(normalizeName(name));
  const isCredential = (name: string): boolean => credentialNames.has(normalizeName(name));
  const allowed = new Set((options.allowParams ?? []).map(normalizeName));

  /**
   * The verdict on a query parameter's value: a credential parameter with a real value, or a generic
   * name (`token`, `key`, `auth`) whose value is named as a credential (`?token=${accessToken}`).
   */
  function paramVerdict(name: string, parts: readonly StringPart[] | undefined, valueNode: TSESTree.Node | undefined): ValueVerdict | undefined {
    const texts = parts?.flatMap((p) => (p.kind === 'text' ? [p.value] : []));
    if (parts && texts?.length === parts.length) return textParamVerdict(name, texts.join(''));
    // a value with a hole: the verdict on the value it starts with (`?access_token=${token}`)
    const hole = parts ? parts.find((p) => p.kind === 'hole')?.node : valueNode;
    if (isCredential(name)) return hole ? verdictForExpression(hole) : undefined;
    const normalized = normalizeName(name);
    if (allowed.has(normalized) || !GENERIC_PARAMS.has(normalized)) return undefined;
    // a generic name counts only when its whole value is one hole
    if (!hole || (parts && parts.length !== 1) || staticString(hole, sourceCode.getScope(hole)) !== undefined) return undefined;
    return valueNames(hole).some(namesCredential) ? { kind: 'dynamic' } : undefined;
  }

  /** The verdict on a parameter whose value is known text (`?access_token=APP_USR-…`, `?k=…`). */
  function textParamVerdict(name: string, text: string): ValueVerdict | undefined {
    if (isCredential(name)) return verdictForStatic(safeDecode(text));
    if (allowed.has(normalizeName(name))) return undefined;
    // any parameter whose literal value has the exact shape of a private credential (`?k=APP_USR-…`)
    const value = safeDecode(text).trim();
    const match = facts.identify(value);
    return match?.kind === 'private' && facts.isReportable(value, match) ? { kind: 'static', fingerprint: fingerprint(value, match) } : undefined;
  }

  function report(finding: Finding): void {
    const sinkName = finding.sink?.name ?? finding.fallbackSink;
    const kind = finding.sink?.kind ?? 'request';
    if (kind === 'socket' && !checkSockets) return;
    if (finding.value.kind === 'static') {
      context.report({ node: finding.node, messageId: 'credentialInUrl', data: { param: finding.param, sink: sinkName, fingerprint: finding.value.fingerprint } });
      return;
    }
    const messageId = kind === 'navigation' ? 'tokenInNavigation' : kind === 'socket' ? 'tokenInSocketUrl' : 'tokenInQuery';
    const { fix } = finding;
    const header = fix?.header ?? headerFor(finding.param) ?? 'Authorization';
    const data = messageId === 'tokenInQuery' ? { param: finding.param, sink: sinkName, header } : { param: finding.param, sink: sinkName };
    if (fix?.autofix === true) {
      context.report({ node: finding.node, messageId, data, fix: fix.apply });
    } else if (fix) {
      context.report({
        node: finding.node,
        messageId,
        data,
        suggest: [{ messageId: 'moveToHeader', data: { param: finding.param, header: fix.header }, fix: fix.apply }],
      });
    } else {
      context.report({ node: finding.node, messageId, data });
    }
  }

  // ---------------------------------------------------------------- values

  function verdictForStatic(value: string): ValueVerdict | undefined {
    const trimmed = value.trim();
    const match = facts.identify(trimmed);
    if (!facts.isReportable(trimmed, match)) return undefined;
    if (match) return match.kind === 'private' ? { kind: 'static', fingerprint: fingerprint(trimmed, match) } : undefined;
    if (!looksLikeSecret(trimmed)) return undefined;
    return { kind: 'static', fingerprint: fingerprint(trimmed) };
  }

  function verdictForExpression(node: TSESTree.Node): ValueVerdict | undefined {
    const scope = sourceCode.getScope(node);
    const known = staticString(node, scope);
    if (known !== undefined) return verdictForStatic(known);
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Literal || target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.ArrayExpression) return undefined;
    if (valueNames(node).some((name) => classifyName(stripPublicPrefix(name)) === 'public')) return undefined;
    return { kind: 'dynamic' };
  }

  // ---------------------------------------------------------------- string roots

  function checkStringRoot(root: TSESTree.Node): void {
    const scope = sourceCode.getScope(root);
    const startInQuery = startsInQuery(root, scope);
    const { node: parent } = climb(root);
    if (parent.type === AST_NODE_TYPES.NewExpression && isSearchParamsConstructor(parent)) return; // reported where it ends up in a URL
    if (!startInQuery && staticString(root, scope) !== undefined) {
      checkTextRoot(root, scope);
      return;
    }
    const parts = withSeparators(stringParts(root, scope), scope);
    const query = parseQuery(parts, { startInQuery });
    if (query.params.length === 0 && query.spliced.length === 0) return;
    const getSink = sinkGetter(root, scope);
    if (query.implicit && (isBodyContext(root, parts) || !hasUrlEvidence(root, parts, getSink()))) return;
    if (isPublicKeyHost(parts)) return;
    const flagged: Flagged[] = [];
    for (const param of query.params) {
      const value = paramVerdict(param.name, param.value, undefined);
      const firstHole = param.value.find((p) => p.kind === 'hole');
      if (value) flagged.push({ name: param.name, value, origin: firstHole ? String(firstHole.node.range) : `=${partsText(param.value)}`, param });
    }
    reportFlagged(root, flagged, startInQuery, getSink);
    for (const spliced of query.spliced) {
      const entries = queryObjectEntries(spliced.node, scope);
      if (entries) reportEntries(entries, getSink(), 'URL');
    }
  }

  /**
   * A string root whose whole value is known text. Its query is put together from how its pieces
   * read (`pathRead`), so a chain of `const` strings, each the one before plus a literal, is read once
   * in all, and only the parameters with a verdict are gone through at each root.
   */
  function checkTextRoot(root: TSESTree.Node, scope: Scope): void {
    const read = reader.whole(pathRead(root, scope), () => queryRead(root, scope));
    if (!read || read.kept.length === 0) return;
    const parts = stringParts(root, scope);
    const getSink = sinkGetter(root, scope);
    if (read.implicit && (isBodyContext(root, parts) || !hasUrlEvidence(root, parts, getSink()))) return;
    if (isPublicKeyHost(parts)) return;
    reportFlagged(root, read.kept, false, getSink);
  }

  /** How the known text of `node` reads from the start of a URL. */
  function pathRead(node: TSESTree.Node | string, scope: Scope): PathRead<Flagged> {
    if (typeof node === 'string') return reader.pathOfText(node);
    return readPieces(node, scope, pathReads, (text) => reader.pathOfText(text), (before, piece) =>
      reader.pathOfPair(before, () => pathRead(piece, scope), () => queryRead(piece, scope)),
    );
  }

  /** How the known text of `node` reads inside a query. */
  function queryRead(node: TSESTree.Node | string, scope: Scope): QueryRead<Flagged> {
    if (typeof node === 'string') return reader.queryOfText(node);
    return readPieces(node, scope, queryReads, (text) => reader.queryOfText(text), (before, piece) => reader.queryOfPair(before, queryRead(piece, scope)));
  }

  /**
   * A reading of `node` put together from its pieces' (`staticPieces`), cached per node. The first
   * pieces are followed in a loop, not by recursion: a 3,000-term concatenation is 3,000 first
   * pieces deep.
   */
  function readPieces<R>(
    node: TSESTree.Node,
    scope: Scope,
    cache: WeakMap<TSESTree.Node, R>,
    ofText: (text: string) => R,
    then: (before: R, piece: TSESTree.Node | string) => R,
  ): R {
    const cached = cache.get(node);
    if (cached) return cached;
    const chain: { node: TSESTree.Node; pieces: (TSESTree.Node | string)[] | undefined }[] = [];
    let first: TSESTree.Node | string = node;
    while (typeof first !== 'string' && !cache.has(first)) {
      const pieces = staticPieces(first, scope);
      chain.push({ node: first, pieces });
      if (!pieces) break;
      first = pieces[0] ?? '';
    }
    let read = typeof first === 'string' ? ofText(first) : cache.get(first);
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const link = chain[i];
      /* c8 ignore next -- indices stay within the chain */
      if (!link) continue;
      read = link.pieces ? link.pieces.slice(1).reduce(then, read as R) : ofText(staticString(link.node, scope) ?? '');
      cache.set(link.node, read);
    }
    return read as R;
  }

  function sinkGetter(root: TSESTree.Node, scope: Scope): () => UrlSink | undefined {
    let sink: UrlSink | undefined;
    let sinkKnown = false;
    return () => {
      if (!sinkKnown) {
        sink = urlSinkOf(root, scope);
        sinkKnown = true;
      }
      return sink;
    };
  }

  /**
   * Reports the parameters of a string root that have a verdict. A parameter written in this
   * expression is reported here; one that comes from a `const` string (reported where that string is
   * built, or at the first root that uses it) is reported once: by the hole its value comes from, or
   * by its known value.
   */
  function reportFlagged(root: TSESTree.Node, flagged: readonly Flagged[], startInQuery: boolean, getSink: () => UrlSink | undefined): void {
    let owned: string[] | undefined;
    for (const { name, value, origin, param } of flagged) {
      owned ??= parseQuery(syntacticParts(root), { startInQuery }).params.map((p) => p.name);
      const own = owned.indexOf(name);
      const key = `${normalizeName(name)}\0${origin}`;
      if (own >= 0) owned.splice(own, 1);
      else if (reportedKeys.has(key)) continue;
      reportedKeys.add(key);
      const currentSink = getSink();
      report({
        param: name,
        node: root,
        sink: currentSink,
        fallbackSink: 'URL',
        value,
        ...(value.kind === 'dynamic' && param ? withFix(planStringFix(root, param, currentSink)) : {}),
      });
    }
  }

  function withFix(plan: FixPlan | undefined): { fix?: FixPlan } {
    return plan ? { fix: plan } : {};
  }

  function startsInQuery(root: TSESTree.Node, scope: Scope): boolean {
    const parent = climb(root);
    if (parent.node.type === AST_NODE_TYPES.ConditionalExpression || parent.node.type === AST_NODE_TYPES.LogicalExpression) {
      return isInOuterQuery(parent.node);
    }
    if (parent.node.type === AST_NODE_TYPES.AssignmentExpression && parent.child === parent.node.right) {
      const left = unwrap(parent.node.left);
      return left.type === AST_NODE_TYPES.MemberExpression && propertyName(left, scope) === 'search';
    }
    if (parent.node.type === AST_NODE_TYPES.CallExpression && parent.node.arguments[0] === parent.child) {
      return isSuperagentQuery(parent.node) || isSearchParamsConstructor(parent.node);
    }
    if (parent.node.type === AST_NODE_TYPES.NewExpression && parent.node.arguments[0] === parent.child) {
      return isSearchParamsConstructor(parent.node);
    }
    return false;
  }

  /**
   * `?page=${p}${token ? `&access_token=${token}` : ''}`: a branch of a conditional that is a hole
   * of a longer string, placed after that string's `?`.
   */
  function isInOuterQuery(branch: TSESTree.Node): boolean {
    let hole = branch;
    let outer = hole.parent;
    while (outer && (outer.type === AST_NODE_TYPES.ConditionalExpression || outer.type === AST_NODE_TYPES.LogicalExpression)) {
      hole = outer;
      outer = outer.parent;
    }
    if (outer?.type !== AST_NODE_TYPES.TemplateLiteral && !(outer?.type === AST_NODE_TYPES.BinaryExpression && outer.operator === '+')) return false;
    let root: TSESTree.Node = outer;
    while (isStringComposition(root.parent)) root = root.parent;
    let before = '';
    for (const part of syntacticParts(root)) {
      if (part.node === hole) {
        const question = before.indexOf('?');
        return question >= 0 && !before.includes('#', question);
      }
      if (part.kind === 'text') before += part.value;
    }
    /* c8 ignore next -- the hole is one of the parts of its own string */
    return false;
  }

  /**
   * An implicit query (`'&client_secret=' + secret`) that is really a form body: it is the body of a
   * request, is stored under a body-like name, or goes into a variable that is sent as a body.
   */
  function isBodyContext(root: TSESTree.Node, parts: readonly StringPart[]): boolean {
    const first = parts[0];
    if (first?.kind === 'hole') {
      const holeName = valueName(unwrap(first.node));
      if (holeName !== undefined && BODY_NAME.test(nameWords(holeName))) return true;
    }
    const { node: parent, child } = climb(root);
    let target: TSESTree.Node | undefined;
    if (parent.type === AST_NODE_TYPES.AssignmentExpression) target = parent.left;
    else if (parent.type === AST_NODE_TYPES.VariableDeclarator) target = parent.id;
    else return isBodyPosition(child);
    const name = lastName(target);
    if (name !== undefined && BODY_NAME.test(nameWords(name))) return true;
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
    return variable?.references.some((ref) => ref.isRead() && isBodyPosition(ref.identifier)) === true;
  }

  /**
   * An implicit query (`'&api_key=' + key`) is only a URL when something says so: it reaches a known
   * sink, it is appended to a URL-named value (`url += …`, `${endpoint}&…`), or stored under one.
   */
  function hasUrlEvidence(root: TSESTree.Node, parts: readonly StringPart[], sink: UrlSink | undefined): boolean {
    if (sink) return true;
    const first = parts[0];
    const names = [first?.kind === 'hole' ? valueName(unwrap(first.node)) : undefined];
    const { node: parent } = climb(root);
    if (parent.type === AST_NODE_TYPES.AssignmentExpression) names.push(lastName(parent.left));
    else if (parent.type === AST_NODE_TYPES.VariableDeclarator) names.push(lastName(parent.id));
    return names.some((name) => name !== undefined && URL_NAME.test(nameWords(name)));
  }

  /** `body: x`, `xhr.send(x)`, `req.write(x)`, `axios.post(url, x)`. */
  function isBodyPosition(node: TSESTree.Node): boolean {
    const { node: parent, child } = climb(node);
    if (parent.type === AST_NODE_TYPES.Property && parent.value === child) {
      return BODY_NAME.test(nameWords(propertyName(parent, sourceCode.getScope(parent)) ?? ''));
    }
    if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee === child) return false;
    const method = lastName(parent.callee);
    if (method === 'send' || method === 'write' || method === 'end') return true;
    const described = describeCall(parent, sourceCode.getScope(parent));
    return described !== undefined && parent.arguments.indexOf(child as TSESTree.CallExpressionArgument) !== described.urlIndex;
  }

  // ---------------------------------------------------------------- query objects

  /** The entries of a query object that ends up in a URL: `URLSearchParams`, `qs.stringify(…)`, `HttpParams`. */
  function queryObjectEntries(node: TSESTree.Node, scope: Scope, depth = 0): Entry[] | undefined {
    if (depth > 4) return undefined;
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.Identifier: {
        const declarator = constDeclarator(target, scope);
        if (!declarator?.init) return undefined;
        const init = unwrap(declarator.init);
        if (init.type === AST_NODE_TYPES.NewExpression && isSearchParamsConstructor(init)) {
          return [...constructorEntries(init, scope), ...mutationEntries(declarator)];
        }
        if (init.type === AST_NODE_TYPES.ObjectExpression) return undefined;
        return queryObjectEntries(init, sourceCode.getScope(init), depth + 1);
      }
      case AST_NODE_TYPES.NewExpression:
        return isSearchParamsConstructor(target) ? constructorEntries(target, scope) : undefined;
      case AST_NODE_TYPES.CallExpression: {
        const callee = unwrap(target.callee);
        const [arg] = target.arguments;
        if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && arg) return queryObjectEntries(arg, scope, depth + 1);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return serializedEntries(target, scope, depth);
        const method = propertyName(callee, scope);
        if (method === 'toString' && target.arguments.length === 0) return queryObjectEntries(callee.object, scope, depth + 1);
        if ((method === 'stringify' || method === 'encode') && arg && QUERY_SERIALIZERS.test(lastName(callee.object) ?? '')) {
          return objectEntries(arg, scope);
        }
        if ((method === 'set' || method === 'append') && arg) {
          const inner = queryObjectEntries(callee.object, scope, depth + 1);
          if (!inner) return undefined;
          const name = staticString(arg, scope);
          return name === undefined ? inner : [...inner, { name, node: target, ...valueOf(target.arguments[1]) }];
        }
        return serializedEntries(target, scope, depth);
      }
      default:
        return undefined;
    }
  }

  /**
   * A call that turns an object into the query (`toQuery({ api_key })`, `params2str(params)`,
   * `Object.assign({ api_key }, rest)`): the entries of its first object argument.
   */
  function serializedEntries(call: TSESTree.CallExpression, scope: Scope, depth: number): Entry[] | undefined {
    for (const arg of call.arguments) {
      const entries = objectEntries(arg, scope);
      if (entries.length > 0) return entries;
      const nested = arg.type === AST_NODE_TYPES.Identifier || arg.type === AST_NODE_TYPES.CallExpression ? queryObjectEntries(arg, scope, depth + 1) : undefined;
      if (nested && nested.length > 0) return nested;
    }
    return undefined;
  }

  function isSearchParamsConstructor(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    const callee = unwrap(node.callee);
    return node.type === AST_NODE_TYPES.NewExpression && callee.type === AST_NODE_TYPES.Identifier && (callee.name === 'URLSearchParams' || callee.name === 'HttpParams');
  }

  function constructorEntries(node: TSESTree.NewExpression, scope: Scope): Entry[] {
    const [arg] = node.arguments;
    if (!arg) return [];
    const target = unwrap(arg);
    if (target.type === AST_NODE_TYPES.ArrayExpression) {
      const entries: Entry[] = [];
      for (const element of target.elements) {
        if (element?.type !== AST_NODE_TYPES.ArrayExpression) continue;
        const [key, value] = element.elements;
        const name = key && key.type !== AST_NODE_TYPES.SpreadElement ? staticString(key, scope) : undefined;
        if (name !== undefined) entries.push({ name, node: element, ...valueOf(value ?? undefined) });
      }
      return entries;
    }
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      // Angular: new HttpParams({ fromObject: { … } })
      const fromObject = target.properties.find(
        (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p, scope) === 'fromObject',
      );
      if (fromObject) return objectEntries(fromObject.value, scope);
    }
    const object = objectEntries(arg, scope);
    if (object.length > 0) return object;
    if (resolveObject(arg, scope)) return [];
    const parts = stringParts(arg, scope);
    return parseQuery(parts, { startInQuery: true }).params.map((param) => ({ name: param.name, node: arg, parts: param.value }));
  }

  /** `.set/.append('key', v)` calls on a `URLSearchParams` bound to a variable. */
  function mutationEntries(declarator: TSESTree.VariableDeclarator): Entry[] {
    const entries: Entry[] = [];
    for (const reference of sourceCode.getDeclaredVariables(declarator).flatMap((v) => v.references)) {
      const member = reference.identifier.parent;
      if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
      const call = member.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
      const method = propertyName(member, reference.from);
      if (method !== 'set' && method !== 'append') continue;
      const [key, value] = call.arguments;
      const name = key ? staticString(key, reference.from) : undefined;
      if (name !== undefined) entries.push({ name, node: call, ...valueOf(value) });
    }
    return entries;
  }

  function resolveObject(node: TSESTree.Node, scope: Scope, depth = 0): TSESTree.ObjectExpression | undefined {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) return target;
    if (target.type === AST_NODE_TYPES.Identifier && depth < 4) {
      const declarator = constDeclarator(target, scope);
      if (declarator?.init) return resolveObject(declarator.init, sourceCode.getScope(declarator.init), depth + 1);
    }
    return undefined;
  }

  /** The statically named properties of an object literal (directly or through a `const`). */
  function objectEntries(node: TSESTree.Node, scope: Scope): Entry[] {
    const object = resolveObject(node, scope);
    if (!object) return [];
    const entries: Entry[] = [];
    const objectScope = sourceCode.getScope(object);
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') continue;
      const name = propertyName(property, objectScope);
      if (name !== undefined) entries.push({ name, node: property, value: property.value });
    }
    return entries;
  }

  function valueOf(node: TSESTree.Node | undefined): { value?: TSESTree.Node } {
    return node && node.type !== AST_NODE_TYPES.SpreadElement ? { value: node } : {};
  }

  function reportEntries(entries: readonly Entry[], sink: UrlSink | undefined, fallbackSink: string, fixFor?: (entry: Entry) => FixPlan | undefined): void {
    for (const entry of entries) {
      if (reported.has(entry.node)) continue;
      const value = paramVerdict(entry.name, entry.parts, entry.value);
      if (!value) continue;
      reported.add(entry.node);
      const fix = value.kind === 'dynamic' && fixFor ? fixFor(entry) : undefined;
      report({ param: entry.name, node: entry.node, sink, fallbackSink, value, ...withFix(fix) });
    }
  }

  // ---------------------------------------------------------------- client options

  function checkCall(call: TSESTree.CallExpression): void {
    // Cheap syntactic gate first: every shape below passes an argument that can hold a query.
    if (!call.arguments.some(mayHoldOptions)) return;
    const callee = unwrap(call.callee);
    const scope = sourceCode.getScope(call);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = propertyName(callee, scope);
      const owner = method === 'set' || method === 'append' ? searchParamsOwner(callee.object, scope) : undefined;
      if (owner) {
        const [key, value] = call.arguments;
        const name = key ? staticString(key, scope) : undefined;
        if (name !== undefined) reportEntries([{ name, node: call, ...valueOf(value) }], urlObjectSink(owner, scope), 'URL');
        return;
      }
      if (method === 'query' && isSuperagentQuery(call)) {
        const [arg] = call.arguments;
        if (arg) reportEntries(objectEntries(arg, scope), { name: `${calleeLabel(innermostCallee(call))}().query`, kind: 'request', client: 'superagent' }, 'request');
        return;
      }
      if ((method === 'create' || method === 'extend') && callee.object.type === AST_NODE_TYPES.Identifier) {
        const client = clientOfIdentifier(callee.object, scope);
        const key = client === 'axios' ? 'params' : client === 'got' || client === 'ky' ? 'searchParams' : undefined;
        const [config] = call.arguments;
        if (key && config) reportEntries(optionEntries(config, key, scope), { name: calleeLabel(callee), kind: 'request', client }, 'request');
        return;
      }
    }
    const described = describeCall(call, scope);
    if (!described) return;
    checkClientOptions(call, described, scope);
  }

  function checkClientOptions(call: TSESTree.CallExpression | TSESTree.NewExpression, described: HttpCall, scope: Scope): void {
    const sink: UrlSink = { name: described.name, kind: described.kind, client: described.client, call };
    const keys = optionKeys(described);
    if (keys.length === 0) return;
    const config = described.configIndex >= 0 ? call.arguments[described.configIndex] : undefined;
    const url = described.urlIndex >= 0 ? call.arguments[described.urlIndex] : undefined;
    if (described.client === 'jquery') {
      checkJquery(call, described, scope, sink);
      return;
    }
    for (const candidate of [config, url]) {
      if (!candidate || !resolveObject(candidate, scope)) continue;
      for (const key of keys) {
        reportEntries(optionEntries(candidate, key, scope), sink, described.name, (entry) => planParamsFix(call, described, candidate, entry));
      }
    }
  }

  function optionKeys(described: HttpCall): readonly string[] {
    switch (described.client) {
      case 'axios':
      case 'generic':
      case 'angular':
        return ['params'];
      case 'got':
      case 'ky':
        return ['searchParams'];
      case 'ofetch':
        return ['query', 'params'];
      case 'superagent':
        return ['qs'];
      case 'navigation':
      case 'socket':
        return ['query'];
      case 'jquery':
        return ['data'];
      default:
        return [];
    }
  }

  /** The entries of `config[key]` when it is an object, a query object or a query string. */
  function optionEntries(config: TSESTree.Node, key: string, scope: Scope): Entry[] {
    const object = resolveObject(config, scope);
    if (!object) return [];
    const property = object.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p, sourceCode.getScope(p)) === key,
    );
    if (!property) return [];
    const value = property.value;
    const valueScope = sourceCode.getScope(value);
    const fromObject = objectEntries(value, valueScope);
    if (fromObject.length > 0) return fromObject;
    const fromQuery = queryObjectEntries(value, valueScope);
    if (fromQuery) return fromQuery;
    if (resolveObject(value, valueScope)) return [];
    const parts = stringParts(value, valueScope);
    return parseQuery(parts, { startInQuery: true }).params.map((param) => ({ name: param.name, node: value, parts: param.value }));
  }

  function checkJquery(call: TSESTree.CallExpression | TSESTree.NewExpression, described: HttpCall, scope: Scope, sink: UrlSink): void {
    if (described.method === 'ajax') {
      const settings = call.arguments[described.configIndex];
      const object = settings ? resolveObject(settings, scope) : undefined;
      if (!settings || !object) return;
      const verb = object.properties.find(
        (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && /^(?:type|method)$/u.test(propertyName(p, scope) ?? ''),
      );
      const verbValue = verb ? staticString(verb.value, scope) : 'GET';
      if (verbValue?.toUpperCase() !== 'GET') return;
      reportEntries(optionEntries(settings, 'data', scope), sink, described.name);
      return;
    }
    if (described.method === 'get' || described.method === 'getJSON' || described.method === 'getScript') {
      const [, data] = call.arguments;
      if (data) reportEntries(objectEntries(data, scope), sink, described.name);
    }
  }

  /** The URL that owns a `searchParams` object (`url` in `url.searchParams`, directly or through a `const`). */
  function searchParamsOwner(node: TSESTree.Node, scope: Scope): TSESTree.Node | undefined {
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Identifier) {
      const init = constDeclarator(target, scope)?.init;
      if (!init) return undefined;
      target = unwrap(init);
    }
    return target.type === AST_NODE_TYPES.MemberExpression && propertyName(target, scope) === 'searchParams' ? unwrap(target.object) : undefined;
  }

  /** Where a URL object goes. */
  function urlObjectSink(owner: TSESTree.Node, scope: Scope): UrlSink | undefined {
    return owner.type === AST_NODE_TYPES.Identifier ? variableSink(owner, scope) : urlSinkOf(owner, scope);
  }

  function isSuperagentQuery(call: TSESTree.CallExpression): boolean {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(callee, sourceCode.getScope(call)) !== 'query') return false;
    // request.get(url).set(…).query(…): a chain that starts with an HTTP-method call (not a nock mock)
    let current = unwrap(callee.object);
    let sawMethod = false;
    for (let i = 0; i < 8 && current.type === AST_NODE_TYPES.CallExpression; i += 1) {
      const inner = unwrap(current.callee);
      if (inner.type !== AST_NODE_TYPES.MemberExpression) return sawMethod && !(inner.type === AST_NODE_TYPES.Identifier && inner.name === 'nock');
      const method = inner.property.type === AST_NODE_TYPES.Identifier ? inner.property.name : '';
      if (/^(?:get|post|put|patch|del|delete|head)$/u.test(method) && current.arguments.length > 0) sawMethod = true;
      current = unwrap(inner.object);
    }
    return sawMethod;
  }

  function innermostCallee(call: TSESTree.CallExpression): TSESTree.Node {
    let current: TSESTree.Node = call;
    let last: TSESTree.Node = call.callee;
    for (let i = 0; i < 8 && current.type === AST_NODE_TYPES.CallExpression; i += 1) {
      last = current.callee;
      const callee = unwrap(current.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) break;
      current = unwrap(callee.object);
    }
    return last;
  }

  // ---------------------------------------------------------------- assignments

  function checkAssignment(node: TSESTree.AssignmentExpression): void {
    const left = unwrap(node.left);
    if (left.type !== AST_NODE_TYPES.MemberExpression) return;
    const scope = sourceCode.getScope(node);
    const prop = propertyName(left, scope);
    if (prop === 'search' && node.operator === '=') {
      const entries = queryObjectEntries(node.right, scope);
      if (entries) reportEntries(entries, urlObjectSink(unwrap(left.object), scope), 'URL.search');
      return;
    }
    if (prop === 'params' && node.operator === '=' && isConfigObject(left.object)) {
      reportEntries(objectEntries(node.right, scope), { name: calleeLabel(left), kind: 'request' }, 'request');
      return;
    }
    // config.params.api_key = KEY; axios.defaults.params['access_token'] = token
    const owner = unwrap(left.object);
    if (
      prop !== undefined &&
      owner.type === AST_NODE_TYPES.MemberExpression &&
      propertyName(owner, scope) === 'params' &&
      isConfigObject(owner.object) &&
      node.operator === '='
    ) {
      reportEntries([{ name: prop, node, value: node.right }], { name: calleeLabel(owner), kind: 'request' }, 'request');
    }
  }

  function isConfigObject(node: TSESTree.Node): boolean {
    const name = lastName(node);
    return name !== undefined && /^(?:defaults|config|cfg|conf|options|opts|requestConfig|axiosConfig|reqConfig|request|init|settings)$/iu.test(name);
  }

  // ---------------------------------------------------------------- fixes

  function planStringFix(root: TSESTree.Node, param: QueryParam, sink: UrlSink | undefined): FixPlan | undefined {
    const header = headerFor(param.name);
    if (!header || !sink?.call || sink.call.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const call = sink.call;
    const described = describeCall(call, sourceCode.getScope(call));
    if (!described || !isFixableClient(call, described)) return undefined;
    const urlArg = call.arguments[described.urlIndex];
    if (!urlArg || unwrap(urlArg) !== root) return undefined;
    // Rebuild the URL from its own syntax (constants stay as they are written).
    const own = syntacticParts(root);
    if (own[0]?.kind === 'hole' && own[1]?.kind === 'hole') return undefined;
    const ownQuery = parseQuery(own, {});
    const ownParam = ownQuery.params.find((p) => p.name === param.name);
    if (ownParam?.value.length !== 1 || ownParam.value[0]?.kind !== 'hole') return undefined;
    const tokenNode = tokenExpression(ownParam.value[0].node);
    const headerProperty = headerPropertyText(header, sourceCode.getText(tokenNode));
    const config = described.configIndex >= 0 ? call.arguments[described.configIndex] : undefined;
    const headerEdit = planHeaderEdit(call, described, config, header, headerProperty);
    if (!headerEdit) return undefined;
    const newUrl = itemsToSource(withoutParam(ownQuery, ownParam), (node) => sourceCode.getText(node));
    const scope = sourceCode.getScope(root);
    const autofix = header === 'Authorization' && normalizeName(param.name) === 'accesstoken' && AUTOFIX_HOSTS.has(hostOf(stringParts(root, scope)) ?? '');
    return {
      autofix,
      header,
      apply: (fixer) => [
        fixer.replaceText(root, newUrl),
        ...(headerEdit.afterUrl ? [fixer.insertTextAfter(urlArg, headerEdit.afterUrl)] : []),
        ...headerEdit.fixes(fixer),
      ],
    };
  }

  function planParamsFix(call: TSESTree.CallExpression | TSESTree.NewExpression, described: HttpCall, config: TSESTree.Node, entry: Entry): FixPlan | undefined {
    const header = headerFor(entry.name);
    if (!header || call.type !== AST_NODE_TYPES.CallExpression || described.client !== 'axios' || !entry.value) return undefined;
    if (entry.node.type !== AST_NODE_TYPES.Property) return undefined;
    const configObject = unwrap(config);
    if (configObject.type !== AST_NODE_TYPES.ObjectExpression || !isStaticObject(configObject)) return undefined;
    const params = entry.node.parent;
    if (params.type !== AST_NODE_TYPES.ObjectExpression || params.parent.type !== AST_NODE_TYPES.Property || params.parent.parent !== configObject) {
      return undefined;
    }
    const tokenNode = tokenExpression(entry.value);
    const headerProperty = headerPropertyText(header, sourceCode.getText(tokenNode));
    const headerEdit = objectHeaderEdit(configObject, header, headerProperty);
    if (!headerEdit) return undefined;
    const property = entry.node;
    const url = described.urlIndex >= 0 ? call.arguments[described.urlIndex] : urlProperty(configObject);
    const host = url ? hostOf(stringParts(url, sourceCode.getScope(url))) : undefined;
    const autofix = header === 'Authorization' && normalizeName(entry.name) === 'accesstoken' && AUTOFIX_HOSTS.has(host ?? '');
    return {
      autofix,
      header,
      apply: (fixer) => [params.properties.length === 1 ? fixer.replaceText(params, '{}') : removeProperty(fixer, property), ...headerEdit(fixer)],
    };
  }

  function urlProperty(object: TSESTree.ObjectExpression): TSESTree.Node | undefined {
    const property = object.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p, sourceCode.getScope(p)) === 'url',
    );
    return property?.value;
  }

  function isFixableClient(call: TSESTree.CallExpression, described: HttpCall): boolean {
    if (described.client === 'fetch') {
      const callee = unwrap(call.callee);
      return (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'fetch') || described.name === 'window.fetch' || described.name === 'globalThis.fetch';
    }
    return described.client === 'axios' && described.urlIndex === 0;
  }

  interface HeaderEdit {
    readonly afterUrl: string;
    readonly fixes: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
  }

  function planHeaderEdit(
    call: TSESTree.CallExpression,
    described: HttpCall,
    config: TSESTree.Node | undefined,
    header: string,
    headerProperty: string,
  ): HeaderEdit | undefined {
    if (config) {
      const object = unwrap(config);
      if (object.type !== AST_NODE_TYPES.ObjectExpression || !isStaticObject(object)) return undefined;
      const edit = objectHeaderEdit(object, header, headerProperty);
      return edit ? { afterUrl: '', fixes: edit } : undefined;
    }
    const addition = `{ headers: { ${headerProperty} } }`;
    // fetch and axios calls without a config: it goes right after the URL, or after the body
    if (described.configIndex === call.arguments.length) {
      const last = call.arguments.at(-1);
      /* c8 ignore next -- a call with a URL argument has a last argument */
      if (!last) return undefined;
      if (described.configIndex === described.urlIndex + 1) return { afterUrl: `, ${addition}`, fixes: () => [] };
      return { afterUrl: '', fixes: (fixer) => [fixer.insertTextAfter(last, `, ${addition}`)] };
    }
    // axios.post(url): the body is missing too
    return { afterUrl: `, undefined, ${addition}`, fixes: () => [] };
  }

  function objectHeaderEdit(object: TSESTree.ObjectExpression, header: string, headerProperty: string): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
    const scope = sourceCode.getScope(object);
    const headers = object.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p, scope) === 'headers',
    );
    if (!headers) return (fixer) => [insertProperty(fixer, object, `headers: { ${headerProperty} }`)];
    const value = unwrap(headers.value);
    if (value.type !== AST_NODE_TYPES.ObjectExpression || !isStaticObject(value)) return undefined;
    const existing = value.properties.some(
      (p) => p.type === AST_NODE_TYPES.Property && normalizeName(propertyName(p, scope) ?? '') === normalizeName(header),
    );
    if (existing) return undefined;
    return (fixer) => [insertProperty(fixer, value, headerProperty)];
  }

  function insertProperty(fixer: TSESLint.RuleFixer, object: TSESTree.ObjectExpression, text: string): TSESLint.RuleFix {
    const last = object.properties.at(-1);
    if (!last) return fixer.replaceText(object, `{ ${text} }`);
    return fixer.insertTextAfter(last, `, ${text}`);
  }

  function removeProperty(fixer: TSESLint.RuleFixer, property: TSESTree.Property): TSESLint.RuleFix {
    const after = sourceCode.getTokenAfter(property);
    if (after?.value === ',') {
      const next = sourceCode.getTokenAfter(after, { includeComments: true });
      /* c8 ignore next -- a comma is always followed by a token */
      const end = next ? next.range[0] : after.range[1];
      return fixer.removeRange([property.range[0], end]);
    }
    // the last of several properties: take the comma before it (a lone property is replaced by `{}`)
    const before = sourceCode.getTokenBefore(property);
    /* c8 ignore next -- a property after others always follows a comma */
    return fixer.removeRange([before?.value === ',' ? before.range[0] : property.range[0], property.range[1]]);
  }

  function isStaticObject(object: TSESTree.ObjectExpression): boolean {
    return object.properties.every((p) => p.type === AST_NODE_TYPES.Property && !p.computed);
  }

  function headerPropertyText(header: string, token: string): string {
    if (header === 'Authorization') return `Authorization: \`Bearer \${${token}}\``;
    return `'${header}': ${token}`;
  }

  /** `encodeURIComponent(token)` → `token`: a header value is not URL-encoded. */
  function tokenExpression(node: TSESTree.Node): TSESTree.Node {
    const target = unwrap(node);
    if (
      target.type === AST_NODE_TYPES.CallExpression &&
      target.callee.type === AST_NODE_TYPES.Identifier &&
      target.callee.name === 'encodeURIComponent' &&
      target.arguments.length === 1 &&
      target.arguments[0]?.type !== AST_NODE_TYPES.SpreadElement
    ) {
      return target.arguments[0] ?? node;
    }
    return node;
  }

  // ---------------------------------------------------------------- visitors

  function checkLiteralRoot(node: TSESTree.Literal): void {
    if (typeof node.value !== 'string' || !node.value.includes('=')) return;
    if (isRoot(node)) checkStringRoot(node);
  }

  const listeners: TSESLint.RuleListener = {
    Literal: checkLiteralRoot,
    TemplateLiteral(node) {
      if (node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression && isRoot(node)) checkStringRoot(node);
    },
    BinaryExpression(node) {
      if (node.operator === '+' && isRoot(node)) checkStringRoot(node);
    },
    CallExpression: checkCall,
    NewExpression(node) {
      const described = describeCall(node, sourceCode.getScope(node));
      if (described?.kind === 'socket') checkClientOptions(node, described, sourceCode.getScope(node));
    },
    AssignmentExpression: checkAssignment,
  };
  // Vue SFC templates (`:href="`/dl?access_token=${token}`"`, `@click="router.push(…)"`), through
  // vue-eslint-parser's template visitor; other parsers have no such service.
  const services = sourceCode.parserServices as VueParserServices | undefined;
  if (services?.defineTemplateBodyVisitor) {
    const template: TSESLint.RuleListener = {
      TemplateLiteral: listeners.TemplateLiteral,
      BinaryExpression: listeners.BinaryExpression,
      CallExpression: checkCall,
      AssignmentExpression: checkAssignment,
    };
    return services.defineTemplateBodyVisitor(template, listeners);
  }
  return listeners;
}

// -------------------------------------------------------------------- helpers

/** The part of vue-eslint-parser's `parserServices` the rule uses (the parser is not a dependency). */
interface VueParserServices {
  defineTemplateBodyVisitor?: (template: TSESLint.RuleListener, script: TSESLint.RuleListener) => TSESLint.RuleListener;
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

const SHAPES = PRIVATE_SHAPES;

/** `settings.credentials` absent: what `getSettings` answers then. */
const NO_SETTINGS = parseSettings(undefined);

const namePatterns = new PairCache<Options[0], CredentialsSettings, RegExp | null>();

/**
 * What the file text must mention to hold a finding keyed on a name, once per configuration: a
 * configured credential name as code spells it, or a secret-sounding value name for a generic
 * parameter. `null` when custom `settings.credentials.formats` exist: their shapes are unknown.
 */
function namePattern(options: Options[0], settings: CredentialsSettings): RegExp | null {
  return namePatterns.last(options, settings) ?? namePatterns.get(options, settings, () => {
    if (settings.formats.length > 0 || !SHAPES) return null;
    // the same configuration as no-secret-in-client's by default: one scan for both rules
    return namesPrecheck([...(options.params ?? CREDENTIAL_PARAMS), ...(options.extraParams ?? []), ...settings.params], options.allowParams ?? []);
  });
}

/**
 * Whether the file can hold a finding: a name the rule keys on, a private credential shape, or a
 * literal split in pieces that may join into one (cached scans of the text).
 */
function mayHoldFinding(sourceCode: { readonly text: string }, options: Options[0], settings: CredentialsSettings): boolean {
  const pattern = namePattern(options, settings);
  return pattern === null || !SHAPES || textMentions(sourceCode, pattern) || textMentions(sourceCode, SHAPES) || textMentions(sourceCode, SPLIT_LITERAL);
}

/** An argument that can be a query key or an options object (not a function, number or boolean). */
function mayHoldOptions(arg: TSESTree.CallExpressionArgument): boolean {
  switch (arg.type) {
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ThisExpression:
    case AST_NODE_TYPES.ClassExpression:
      return false;
    case AST_NODE_TYPES.Literal:
      return typeof arg.value === 'string';
    default:
      return true;
  }
}

/** The nearest ancestor that is not a TS wrapper or parentheses, and the child it holds. */
function climb(node: TSESTree.Node): { node: TSESTree.Node; child: TSESTree.Node } {
  let child = node;
  let parent = node.parent;
  while (
    parent &&
    (parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    child = parent;
    parent = parent.parent;
  }
  /* c8 ignore next -- string expressions always have a parent */
  return { node: parent ?? node, child };
}

/** An outermost string expression, in a place where a string is built (not compared, logged or typed). */
function isRoot(node: TSESTree.Node): boolean {
  const { node: parent, child } = climb(node);
  switch (parent.type) {
    case AST_NODE_TYPES.BinaryExpression: // part of a longer concatenation, or compared (===, !==, in …)
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.TSEnumMember:
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return false;
    case AST_NODE_TYPES.Property:
      return parent.value === child;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === child;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const callee = unwrap(parent.callee);
      if (callee.type === AST_NODE_TYPES.Identifier && /^(?:[A-Z]\w*Error|Error|assert|expect|require)$/u.test(callee.name)) return false;
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const name = callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : '';
        if (STRING_READERS.has(name) && !(name === 'replace' && parent.arguments.length < 2)) return false;
        if (lastName(callee.object) === 'console' || /^(?:log(?:ger)?|winston|pino)$/iu.test(lastName(callee.object) ?? '')) return false;
      }
      return true;
    }
    default:
      return true;
  }
}

/**
 * `url + (url.includes('?') ? '&' : '?') + 'access_token=' + t`: a conditional whose branches are both
 * query separators is read as a `?`.
 */
function withSeparators(parts: readonly StringPart[], scope: Scope): readonly StringPart[] {
  if (!parts.some((p) => p.kind === 'hole' && unwrap(p.node).type === AST_NODE_TYPES.ConditionalExpression)) return parts;
  return parts.map((part) => {
    const target = unwrap(part.node);
    if (part.kind !== 'hole' || target.type !== AST_NODE_TYPES.ConditionalExpression) return part;
    const branches = [staticString(target.consequent, scope), staticString(target.alternate, scope)];
    return branches.every((b) => b === '?' || b === '&') ? { kind: 'text', value: '?', node: target } : part;
  });
}

function isStringComposition(node: TSESTree.Node | undefined): node is TSESTree.TemplateLiteral | TSESTree.BinaryExpression {
  return node?.type === AST_NODE_TYPES.TemplateLiteral || (node?.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+');
}

/** The known text of `parts` (holes left out). */
function partsText(parts: readonly StringPart[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.value : '')).join('');
}

function syntacticParts(node: TSESTree.Node): StringPart[] {
  const out: StringPart[] = [];
  const visit = (current: TSESTree.Node): void => {
    const target = unwrap(current);
    if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
      visit(target.left);
      visit(target.right);
    } else if (target.type === AST_NODE_TYPES.TemplateLiteral) {
      target.quasis.forEach((quasi, i) => {
        if (quasi.value.cooked) out.push({ kind: 'text', value: quasi.value.cooked, node: quasi });
        const expression = target.expressions[i];
        if (expression) visit(expression);
      });
    } else if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string') {
      out.push({ kind: 'text', value: target.value, node: target });
    } else {
      out.push({ kind: 'hole', node: current });
    }
  };
  visit(node);
  return out;
}

/** The host of a URL whose scheme and host are known text (`https://api.mercadopago.com/…`). */
function hostOf(parts: readonly StringPart[]): string | undefined {
  const first = parts[0];
  if (first?.kind !== 'text') return undefined;
  const match = /^https?:\/\/([^/?#:]+)(?::\d+)?(?:[/?#]|$)/iu.exec(first.value);
  return match?.[1]?.toLowerCase();
}

function isPublicKeyHost(parts: readonly StringPart[]): boolean {
  const host = hostOf(parts);
  return host !== undefined && URL_KEY_HOSTS.test(host);
}

/** A name for a value expression: `token`, `process.env.MP_ACCESS_TOKEN` → `MP_ACCESS_TOKEN`, `getToken()` → `getToken`. */
function valueName(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(target.callee);
    const [arg] = target.arguments;
    if (callee.type === AST_NODE_TYPES.Identifier && /^(?:encodeURIComponent|encodeURI|String|escape)$/u.test(callee.name) && arg) {
      return valueName(arg);
    }
    const method = lastName(callee);
    // localStorage.getItem('access_token'), cookies.get('token'), params.get('api_key')
    if (method !== undefined && /^get(?:Item|Cookie)?$/u.test(method) && arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string') return arg.value;
    return method;
  }
  if (target.type === AST_NODE_TYPES.MemberExpression && target.computed && target.property.type === AST_NODE_TYPES.Literal) {
    return String(target.property.value);
  }
  if (target.type === AST_NODE_TYPES.ChainExpression) return valueName(target.expression);
  return lastName(target);
}

/**
 * The names a value goes by: its own (`valueName`), and the variable it initialises, because
 * `stringParts()` follows `const accessToken = jwt.sign(…)` to the call.
 */
function valueNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  const own = valueName(node);
  if (own !== undefined) names.push(own);
  const { node: parent, child } = climb(node);
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === child && parent.id.type === AST_NODE_TYPES.Identifier) names.push(parent.id.name);
  return names;
}

function stripPublicPrefix(name: string): string {
  const prefix = PUBLIC_ENV_PREFIXES.find((p) => name.startsWith(p));
  return prefix ? name.slice(prefix.length) : name;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An uncatalogued literal value that looks like a credential: long, mixed letters and digits, high entropy, no spaces. */
function looksLikeSecret(value: string): boolean {
  if (value.length < 16 || /[\s/:{}<>$]/u.test(value)) return false;
  if (!/\d/u.test(value) || !/[a-z]/iu.test(value)) return false;
  return entropy(value) >= 3;
}
