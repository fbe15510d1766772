/**
 * Query parameters written as data, and the URL they are bound for: the entries of a query object
 * that ends up in a URL (`URLSearchParams` and its `.set`/`.append` calls, Angular `HttpParams`,
 * `qs.stringify({…})`, a call that serialises an object), and the options of HTTP clients that carry
 * query parameters (axios `params` in calls, `create`, `defaults.params` and interceptors, got/ky
 * `searchParams`, ofetch `query`, superagent `.query()` and `qs`, jQuery GET `data`, router `query`).
 *
 * Answers "which named values does this call, `new` or assignment put in a URL query, and where does
 * that URL go?" with no verdict on the values: no-token-in-url judges each entry. Values are read
 * through the file's value resolver (core/values/resolver.ts); sinks are recognised by core/sinks/http.ts.
 * One instance per linted file.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { DESCRIBED_METHODS, FACTORIES, INFERRED_SOCKET, calleeLabel, clientOfIdentifier, describeCall, isWretch, lastName, urlSinkOf, variableSink, type HttpCall, type UrlSink } from './http.js';
import { hasSocketScheme, inSocketContext } from './sockets.js';
import { propertyName, unwrap, type StringPart } from '../values/static.js';
import { hostKeyParam, parseQuery } from '../values/url.js';
import type { ImportedValue, Values } from '../values/resolver.js';

type ImportedText = Extract<ImportedValue, { kind: 'text' }>;

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** One named query value. */
export interface QueryEntry {
  readonly name: string;
  /** Where a finding about this entry is reported. */
  readonly node: TSESTree.Node;
  /** The value expression, when there is one. */
  readonly value?: TSESTree.Node;
  /** The value, when it came from a query string (or from another module: `imported`). */
  readonly parts?: readonly StringPart[];
  /**
   * The text, when the entry is a key of a query object written in another module and used whole here
   * (`{ params: PARAMS }`, `new URLSearchParams(PARAMS)`, `qs.stringify(PARAMS)`): where it is written.
   * `node` is then the use, and the entry is the same object each time that use is reached.
   */
  readonly imported?: ImportedText;
  /** The parameter the request's URL host takes its API key in (`hostKeyParam`: Azure Functions' `code`). */
  readonly asKey?: boolean;
}

/** The options object of a client call that query entries were read from (what a fix may edit). */
export interface ClientConfig {
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly described: HttpCall;
  /** The argument the entries were read from: the config object, or a config given as the URL argument. */
  readonly config: TSESTree.Node;
}

/** Query entries bound for one sink. */
export interface QuerySource {
  readonly entries: readonly QueryEntry[];
  readonly sink: UrlSink | undefined;
  /** How messages name the sink when `sink` is unknown. */
  readonly fallbackSink: string;
  /** Set when the entries were read from a client's options object. */
  readonly client?: ClientConfig;
}

/** The `URLSearchParams` methods that add a parameter (`params.set('key', value)`). */
const SEARCH_PARAMS_SETTERS: ReadonlySet<string | undefined> = new Set(['set', 'append']);

/**
 * The methods `QueryEntries.ofCall` reads a query from itself: `URLSearchParams`' setters, superagent's
 * `.query()`, client factories, Angular's `HttpRequest.clone()`.
 */
const QUERY_CALL_METHODS: ReadonlySet<string | undefined> = new Set([...SEARCH_PARAMS_SETTERS, 'query', 'clone', ...FACTORIES]);

/** Objects whose `stringify`/`encode` turns an object into a query string. */
const QUERY_SERIALIZERS = /^(?:qs|querystring|queryString|QueryString|query)$/u;

/** Names of objects that are request configurations (`config.params = …`, `axios.defaults.params`). */
const CONFIG_NAME = /^(?:defaults|config|cfg|conf|options|opts|requestConfig|axiosConfig|reqConfig|request|init|settings)$/iu;

/** `new URLSearchParams(…)` or Angular's `new HttpParams(…)`. */
export function isSearchParamsConstructor(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrap(node.callee);
  return node.type === AST_NODE_TYPES.NewExpression && callee.type === AST_NODE_TYPES.Identifier && (callee.name === 'URLSearchParams' || callee.name === 'HttpParams');
}

/**
 * `request.get(url).set(…).query(…)`: superagent's `.query()` on a chain that starts with an HTTP-method
 * call (not a nock mock); or wretch's (its query addon: `wretch(url).addon(QueryStringAddon).query(…)`),
 * on a chain that starts with a call of wretch.
 */
export function isSuperagentQuery(call: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(callee, scope) !== 'query') return false;
  let current = unwrap(callee.object);
  let sawMethod = false;
  for (let i = 0; i < 8 && current.type === AST_NODE_TYPES.CallExpression; i += 1) {
    const inner = unwrap(current.callee);
    if (inner.type !== AST_NODE_TYPES.MemberExpression) {
      if (inner.type !== AST_NODE_TYPES.Identifier) return sawMethod;
      return sawMethod ? inner.name !== 'nock' : isWretch(inner, scope);
    }
    const method = inner.property.type === AST_NODE_TYPES.Identifier ? inner.property.name : '';
    if (/^(?:get|post|put|patch|del|delete|head)$/u.test(method) && current.arguments.length > 0) sawMethod = true;
    current = unwrap(inner.object);
  }
  return sawMethod;
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

/** The option keys of a client's config that hold query parameters. */
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
    case 'undici':
      return ['query'];
    case 'navigation':
    case 'socket':
      return ['query'];
    case 'jquery':
    case 'miniprogram':
      return ['data'];
    default:
      return [];
  }
}

function isConfigObject(node: TSESTree.Node): boolean {
  const name = lastName(node);
  return name !== undefined && CONFIG_NAME.test(name);
}

/** The first call of a chain (`request.get` in `request.get(url).query(…)`). */
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

/** `{ value }` for a value argument that is there and not a spread. */
function valueOf(node: TSESTree.Node | undefined): { value?: TSESTree.Node } {
  return node && node.type !== AST_NODE_TYPES.SpreadElement ? { value: node } : {};
}

/** The query entries of one file's calls, constructors and assignments. */
export class QueryEntries {
  readonly #sourceCode: SourceCode;
  readonly #values: Values;
  /** The entries of each imported object (`#ofImported`), the same objects at each read. */
  readonly #imported = new WeakMap<object, QueryEntry[]>();

  constructor(sourceCode: SourceCode, values: Values) {
    this.#sourceCode = sourceCode;
    this.#values = values;
  }

  /**
   * What a call puts in a query: `url.searchParams.set/append(k, v)`, superagent `.query({…})`, the
   * `params` of `axios.create`/`got.extend`, and the query options of a recognised client call.
   */
  ofCall(call: TSESTree.CallExpression): QuerySource[] {
    // Cheap syntactic gates first: every shape below passes an argument that can hold a query, and a
    // method called by a plain name is one of those asked below or one `describeCall` describes.
    if (!call.arguments.some(mayHoldOptions)) return [];
    const callee = unwrap(call.callee);
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      !callee.computed &&
      callee.property.type === AST_NODE_TYPES.Identifier &&
      !QUERY_CALL_METHODS.has(callee.property.name) &&
      !DESCRIBED_METHODS.has(callee.property.name)
    ) {
      return [];
    }
    const scope = this.#sourceCode.getScope(call);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = propertyName(callee, scope);
      const owner = SEARCH_PARAMS_SETTERS.has(method) ? this.#searchParamsOwner(callee.object, scope) : undefined;
      if (owner) {
        const [key, value] = call.arguments;
        const name = key ? this.#values.text(key, scope) : undefined;
        return name === undefined ? [] : [{ entries: [{ name, node: call, ...valueOf(value) }], sink: this.#urlObjectSink(owner, scope), fallbackSink: 'URL' }];
      }
      if (method === 'query' && isSuperagentQuery(call, scope)) {
        const [arg] = call.arguments;
        if (!arg) return [];
        const sink: UrlSink = { name: `${calleeLabel(innermostCallee(call))}().query`, kind: 'request', client: 'superagent' };
        return [{ entries: this.ofObject(arg, scope), sink, fallbackSink: 'request' }];
      }
      if (method === 'clone') return this.#ofRequestClone(call, callee, scope);
      if (method !== undefined && FACTORIES.has(method) && callee.object.type === AST_NODE_TYPES.Identifier) {
        const client = clientOfIdentifier(callee.object, scope);
        const key = client === 'axios' ? 'params' : client === 'got' || client === 'ky' ? 'searchParams' : client === 'ofetch' ? 'query' : undefined;
        const [config] = call.arguments;
        if (!key || !config) return [];
        return [{ entries: this.ofOption(config, key, scope), sink: { name: calleeLabel(callee), kind: 'request', client }, fallbackSink: 'request' }];
      }
    }
    const described = describeCall(call, scope);
    return described ? this.ofClientCall(call, described, scope) : [];
  }

  /**
   * Angular's `req.clone({ setParams: {…} })`, and `req.clone({ params: … })` given `HttpParams` (`new
   * HttpParams()…` or the request's own, `req.params.set(k, v)`): an interceptor that adds query
   * parameters to every request. Read only from an update object that names `setParams` or `params`
   * (a `clone()` of anything else has neither); `params` only as `HttpParams`, never a plain object.
   */
  #ofRequestClone(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, scope: Scope): QuerySource[] {
    const [update] = call.arguments;
    const object = update ? unwrap(update) : undefined;
    if (object?.type !== AST_NODE_TYPES.ObjectExpression) return [];
    const sink: UrlSink = { name: calleeLabel(callee), kind: 'request', client: 'angular' };
    const sources: QuerySource[] = [];
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') continue;
      const key = propertyName(property, scope);
      const entries = key === 'setParams' ? this.ofObject(property.value, scope) : key === 'params' ? this.#ofParamsUpdate(property.value, scope) : undefined;
      if (entries && entries.length > 0) sources.push({ entries, sink, fallbackSink: 'request' });
    }
    return sources;
  }

  /** `new HttpParams()…` (`ofQuery`), or the `set`/`append` calls on a request's own `params` (`req.params.set(k, v)`). */
  #ofParamsUpdate(node: TSESTree.Node, scope: Scope): QueryEntry[] | undefined {
    const entries: QueryEntry[] = [];
    let target = unwrap(node);
    for (let depth = 0; depth < 8 && target.type === AST_NODE_TYPES.CallExpression; depth += 1) {
      const callee = unwrap(target.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !SEARCH_PARAMS_SETTERS.has(propertyName(callee, scope))) break;
      const [key, value] = target.arguments;
      const name = key ? this.#values.text(key, scope) : undefined;
      if (name !== undefined) entries.unshift({ name, node: target, ...valueOf(value) });
      target = unwrap(callee.object);
    }
    if (target.type === AST_NODE_TYPES.MemberExpression && propertyName(target, scope) === 'params') return entries;
    return this.ofQuery(node, scope);
  }

  /** What a `new WebSocket(url, { query })`-like constructor puts in a query. */
  ofNew(node: TSESTree.NewExpression): QuerySource[] {
    const described = describeCall(node, this.#sourceCode.getScope(node));
    return described?.kind === 'socket' ? this.ofClientCall(node, described, this.#sourceCode.getScope(node)) : [];
  }

  /** The query options of a recognised client call (its config, or a config given in the URL's place). */
  ofClientCall(call: TSESTree.CallExpression | TSESTree.NewExpression, described: HttpCall, scope: Scope): QuerySource[] {
    const sink: UrlSink = { name: described.name, kind: described.kind, client: described.client, call };
    const keys = optionKeys(described);
    if (keys.length === 0 && described.client !== 'needle') return [];
    const config = described.configIndex >= 0 ? call.arguments[described.configIndex] : undefined;
    const url = described.urlIndex >= 0 ? call.arguments[described.urlIndex] : undefined;
    if (described.client === 'jquery' || described.client === 'miniprogram') return this.#ofJquery(call, described, scope, sink);
    if (described.client === 'needle') {
      // needle sends a GET's or HEAD's data as its query
      const data = described.method === 'get' || described.method === 'head' ? call.arguments[described.configIndex] : undefined;
      return data ? [{ entries: this.ofObject(data, scope), sink, fallbackSink: described.name }] : [];
    }
    const sources: QuerySource[] = [];
    // `axios.get('https://<app>.azurewebsites.net/api/…', { params: { code } })`: the host's key parameter
    const keyParam = url ? hostKeyParam(this.#values.parts(url, scope)) : undefined;
    const marked = (entries: QueryEntry[]): QueryEntry[] => (keyParam === undefined ? entries : entries.map((e) => (e.name === keyParam ? { ...e, asKey: true } : e)));
    for (const candidate of [config, url]) {
      if (!candidate || !this.#values.boundObject(candidate, scope)) continue;
      for (const key of keys) {
        sources.push({ entries: marked(this.ofOption(candidate, key, scope)), sink, fallbackSink: described.name, client: { call, described, config: candidate } });
      }
    }
    return sources;
  }

  /** `url.search = params`, `config.params = {…}`, `config.params.api_key = KEY`. */
  ofAssignment(node: TSESTree.AssignmentExpression): QuerySource[] {
    const left = unwrap(node.left);
    if (left.type !== AST_NODE_TYPES.MemberExpression) return [];
    const scope = this.#sourceCode.getScope(node);
    const prop = propertyName(left, scope);
    if (prop === 'search' && node.operator === '=') {
      const entries = this.ofQuery(node.right, scope);
      return entries ? [{ entries, sink: this.#urlObjectSink(unwrap(left.object), scope), fallbackSink: 'URL.search' }] : [];
    }
    if (prop === 'params' && node.operator === '=' && isConfigObject(left.object)) {
      return [{ entries: this.ofObject(node.right, scope), sink: { name: calleeLabel(left), kind: 'request' }, fallbackSink: 'request' }];
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
      return [{ entries: [{ name: prop, node, value: node.right }], sink: { name: calleeLabel(owner), kind: 'request' }, fallbackSink: 'request' }];
    }
    return [];
  }

  /**
   * The entries of a query object that ends up in a URL: `URLSearchParams` (with the `.set`/`.append`
   * calls on its variable), `qs.stringify(…)`, `HttpParams`, `String(…)`/`.toString()` of one, a call
   * that serialises an object. `undefined` when `node` is none of these.
   */
  ofQuery(node: TSESTree.Node, scope: Scope, depth = 0): QueryEntry[] | undefined {
    if (depth > 4) return undefined;
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.Identifier: {
        const bound = this.#values.bound(target, scope);
        if (!bound) return undefined;
        const init = unwrap(bound);
        if (init.type === AST_NODE_TYPES.NewExpression && isSearchParamsConstructor(init)) {
          return [...this.#ofConstructor(init, scope), ...this.#ofMutations(bound.parent)];
        }
        if (init.type === AST_NODE_TYPES.ObjectExpression) return undefined;
        return this.ofQuery(init, this.#sourceCode.getScope(init), depth + 1);
      }
      case AST_NODE_TYPES.NewExpression:
        // a `const params = new URLSearchParams()` the value resolver read a spliced `params` as: its
        // `.set`/`.append` calls too, as for the binding itself
        return isSearchParamsConstructor(target) ? [...this.#ofConstructor(target, scope), ...this.#ofMutations(target.parent)] : undefined;
      case AST_NODE_TYPES.TemplateLiteral: {
        // `${new URLSearchParams({ access_token: t })}`: a template that is one query object
        const [only] = target.expressions;
        const empty = target.quasis.every((quasi) => quasi.value.cooked === '');
        return only && target.expressions.length === 1 && empty ? this.ofQuery(only, scope, depth + 1) : undefined;
      }
      case AST_NODE_TYPES.CallExpression: {
        const callee = unwrap(target.callee);
        const [arg] = target.arguments;
        if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && arg) return this.ofQuery(arg, scope, depth + 1);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return this.#ofSerializer(target, scope, depth);
        const method = propertyName(callee, scope);
        if (method === 'toString' && target.arguments.length === 0) return this.ofQuery(callee.object, scope, depth + 1);
        if ((method === 'stringify' || method === 'encode') && arg && QUERY_SERIALIZERS.test(lastName(callee.object) ?? '')) {
          return this.ofObject(arg, scope);
        }
        if (SEARCH_PARAMS_SETTERS.has(method) && arg) {
          const inner = this.ofQuery(callee.object, scope, depth + 1);
          if (!inner) return undefined;
          const name = this.#values.text(arg, scope);
          return name === undefined ? inner : [...inner, { name, node: target, ...valueOf(target.arguments[1]) }];
        }
        return this.#ofSerializer(target, scope, depth);
      }
      default:
        return undefined;
    }
  }

  /**
   * The statically named properties of an object literal (directly or through bindings), or the text
   * entries of an object literal written in another module and imported (`#ofImported`).
   */
  ofObject(node: TSESTree.Node, scope: Scope): QueryEntry[] {
    const object = this.#values.boundObject(node, scope);
    if (!object) return this.#ofImported(node, scope);
    const entries: QueryEntry[] = [];
    const objectScope = this.#sourceCode.getScope(object);
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') continue;
      const name = propertyName(property, objectScope);
      if (name !== undefined) entries.push({ name, node: property, value: property.value });
    }
    return entries;
  }

  /**
   * `PARAMS`, `config.params`: an object literal written in another module, used whole here. Its keys
   * whose values are known texts there, each reported at the use (`node`) and named where it is
   * written; other values (env reads, numbers, unknown) are left out. One entry object per key and
   * use, however often the use is reached (the rule remembers what it reported by entry).
   */
  #ofImported(node: TSESTree.Node, scope: Scope): QueryEntry[] {
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) return [];
    const imported = this.#values.importedObject(target, scope);
    if (!imported) return [];
    let entries = this.#imported.get(imported);
    if (!entries) {
      entries = [];
      for (const [name, value] of imported.entries) {
        if (value.kind === 'text') entries.push({ name, node: target, parts: [{ kind: 'text', value: value.text, node: target }], imported: value });
      }
      this.#imported.set(imported, entries);
    }
    return entries;
  }

  /** The entries of `config[key]` when it is an object, a query object or a query string. */
  ofOption(config: TSESTree.Node, key: string, scope: Scope): QueryEntry[] {
    const object = this.#values.boundObject(config, scope);
    if (!object) return [];
    const property = object.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p, this.#sourceCode.getScope(p)) === key,
    );
    if (!property) return [];
    const value = property.value;
    const valueScope = this.#sourceCode.getScope(value);
    const fromObject = this.ofObject(value, valueScope);
    if (fromObject.length > 0) return fromObject;
    const fromQuery = this.ofQuery(value, valueScope);
    if (fromQuery) return fromQuery;
    if (this.#values.boundObject(value, valueScope)) return [];
    const parts = this.#values.parts(value, valueScope);
    return parseQuery(parts, { startInQuery: true }).params.map((param) => ({ name: param.name, node: value, parts: param.value }));
  }

  /**
   * A call that turns an object into the query (`toQuery({ api_key })`, `params2str(params)`,
   * `Object.assign({ api_key }, rest)`): the entries of its first object argument.
   */
  #ofSerializer(call: TSESTree.CallExpression, scope: Scope, depth: number): QueryEntry[] | undefined {
    for (const arg of call.arguments) {
      const entries = this.ofObject(arg, scope);
      if (entries.length > 0) return entries;
      const nested = arg.type === AST_NODE_TYPES.Identifier || arg.type === AST_NODE_TYPES.CallExpression ? this.ofQuery(arg, scope, depth + 1) : undefined;
      if (nested && nested.length > 0) return nested;
    }
    return undefined;
  }

  /** `new URLSearchParams([[k, v]…] | {…} | 'k=v')`, `new HttpParams({ fromObject: {…} })`. */
  #ofConstructor(node: TSESTree.NewExpression, scope: Scope): QueryEntry[] {
    const [arg] = node.arguments;
    if (!arg) return [];
    const target = unwrap(arg);
    if (target.type === AST_NODE_TYPES.ArrayExpression) {
      const entries: QueryEntry[] = [];
      for (const element of target.elements) {
        if (element?.type !== AST_NODE_TYPES.ArrayExpression) continue;
        const [key, value] = element.elements;
        const name = key && key.type !== AST_NODE_TYPES.SpreadElement ? this.#values.text(key, scope) : undefined;
        if (name !== undefined) entries.push({ name, node: element, ...valueOf(value ?? undefined) });
      }
      return entries;
    }
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      // Angular: new HttpParams({ fromObject: { … } })
      const fromObject = target.properties.find(
        (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p, scope) === 'fromObject',
      );
      if (fromObject) return this.ofObject(fromObject.value, scope);
    }
    const object = this.ofObject(arg, scope);
    if (object.length > 0) return object;
    if (this.#values.boundObject(arg, scope)) return [];
    const parts = this.#values.parts(arg, scope);
    return parseQuery(parts, { startInQuery: true }).params.map((param) => ({ name: param.name, node: arg, parts: param.value }));
  }

  /** `.set/.append('key', v)` calls on the `URLSearchParams` a declaration binds. */
  #ofMutations(declaration: TSESTree.Node): QueryEntry[] {
    if (declaration.type !== AST_NODE_TYPES.VariableDeclarator) return [];
    const entries: QueryEntry[] = [];
    for (const reference of this.#sourceCode.getDeclaredVariables(declaration).flatMap((v) => v.references)) {
      const member = reference.identifier.parent;
      if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
      const call = member.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
      const method = propertyName(member, reference.from);
      if (!SEARCH_PARAMS_SETTERS.has(method)) continue;
      const [key, value] = call.arguments;
      const name = key ? this.#values.text(key, reference.from) : undefined;
      if (name !== undefined) entries.push({ name, node: call, ...valueOf(value) });
    }
    return entries;
  }

  /** jQuery: `$.ajax({ type: 'GET', data })`, `$.get(url, data)`, `$.getJSON`, `$.getScript`. */
  #ofJquery(call: TSESTree.CallExpression | TSESTree.NewExpression, described: HttpCall, scope: Scope, sink: UrlSink): QuerySource[] {
    // `$.ajax(settings)`, and a mini-program's `wx.request(options)`, which reads them alike
    if (described.method === 'ajax' || described.client === 'miniprogram') {
      const settings = call.arguments[described.configIndex];
      const object = settings ? this.#values.boundObject(settings, scope) : undefined;
      if (!settings || !object) return [];
      const verb = object.properties.find(
        (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && /^(?:type|method)$/u.test(propertyName(p, scope) ?? ''),
      );
      const verbValue = verb ? this.#values.text(verb.value, scope) : 'GET';
      if (verbValue?.toUpperCase() !== 'GET') return [];
      return [{ entries: this.ofOption(settings, 'data', scope), sink, fallbackSink: described.name }];
    }
    if (described.method === 'get' || described.method === 'getJSON' || described.method === 'getScript') {
      const [, data] = call.arguments;
      if (data) return [{ entries: this.ofObject(data, scope), sink, fallbackSink: described.name }];
    }
    return [];
  }

  /** The URL that owns a `searchParams` object (`url` in `url.searchParams`, directly or through a binding). */
  #searchParamsOwner(node: TSESTree.Node, scope: Scope): TSESTree.Node | undefined {
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Identifier) {
      const init = this.#values.bound(target, scope);
      if (!init) return undefined;
      target = unwrap(init);
    }
    return target.type === AST_NODE_TYPES.MemberExpression && propertyName(target, scope) === 'searchParams' ? unwrap(target.object) : undefined;
  }

  /** Where a URL object goes. */
  #urlObjectSink(owner: TSESTree.Node, scope: Scope): UrlSink | undefined {
    const sink = owner.type === AST_NODE_TYPES.Identifier ? variableSink(owner, scope) : urlSinkOf(owner, scope);
    if (sink?.kind === 'socket') return sink;
    // `new URL('wss://…')`, or a URL object handed to a socket-named callback or function (core/sinks/sockets.ts)
    if (this.#isSocketUrlObject(owner, scope)) return INFERRED_SOCKET;
    return sink ?? (inSocketContext(owner) ? INFERRED_SOCKET : undefined);
  }

  /** `new URL('wss://…')` (directly or through a binding): a socket's URL object. */
  #isSocketUrlObject(owner: TSESTree.Node, scope: Scope): boolean {
    const init = owner.type === AST_NODE_TYPES.Identifier ? this.#values.bound(owner, scope) : owner;
    const target = init ? unwrap(init) : undefined;
    if (target?.type !== AST_NODE_TYPES.NewExpression || target.callee.type !== AST_NODE_TYPES.Identifier || target.callee.name !== 'URL') return false;
    const [first] = target.arguments;
    const parts = first ? this.#values.parts(first, scope) : [];
    return hasSocketScheme(parts);
  }
}
