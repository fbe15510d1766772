/**
 * Recognising where a URL goes: HTTP client calls (fetch, axios and its instances, got, ky, ofetch,
 * superagent, jQuery, node http/https, XMLHttpRequest), navigations (location, window.open, routers,
 * server redirects) and sockets (WebSocket, EventSource). Shared so that every rule names sinks the
 * same way.
 *
 * Clients are recognised by their binding where the file says (an import or `require` of the client's
 * package, a `const api = axios.create(…)`), and otherwise by the conventional name (`axios`, `got`,
 * `$`). Generic clients (`api.get(url)`, `this.http.get(url)`) are recognised by their method names.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { constDeclarator, staticString, unwrap } from '../values/static.js';
import { isSocketName } from './sockets.js';

type Scope = TSESLint.Scope.Scope;

export type SinkKind = 'request' | 'navigation' | 'socket';

export type Client =
  | 'fetch'
  | 'ofetch'
  | 'axios'
  | 'got'
  | 'ky'
  | 'superagent'
  | 'undici'
  | 'needle'
  | 'jquery'
  | 'miniprogram'
  | 'node-http'
  | 'xhr'
  | 'angular'
  | 'generic'
  | 'navigation'
  | 'socket';

export interface UrlSink {
  /** How the sink is named in messages: `fetch`, `axios.get`, `location.href`, `WebSocket`. */
  readonly name: string;
  readonly kind: SinkKind;
  readonly client?: Client;
  /** The call or `new` expression the URL is given to, when there is one. */
  readonly call?: TSESTree.CallExpression | TSESTree.NewExpression;
}

/** HTTP methods clients expose as functions (`axios.get`, `got.post`, `$.get`, `request.del`). */
export const HTTP_METHODS: ReadonlySet<string> = new Set([
  'get', 'delete', 'del', 'head', 'options', 'post', 'put', 'patch', 'request',
  // @nuxtjs/axios helpers that return the data
  '$get', '$delete', '$head', '$options', '$post', '$put', '$patch', '$request',
]);

/** axios methods whose second argument is the request body, so the config comes third. */
const BODY_METHODS = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm', '$post', '$put', '$patch']);

const CLIENT_PACKAGES: ReadonlyMap<string, Client> = new Map([
  ['axios', 'axios'],
  ['got', 'got'],
  ['ky', 'ky'],
  ['ky-universal', 'ky'],
  ['ofetch', 'ofetch'],
  ['superagent', 'superagent'],
  ['supertest', 'superagent'],
  ['jquery', 'jquery'],
  ['http', 'node-http'],
  ['https', 'node-http'],
  ['node:http', 'node-http'],
  ['node:https', 'node-http'],
  ['node-fetch', 'fetch'],
  ['cross-fetch', 'fetch'],
  ['isomorphic-fetch', 'fetch'],
  ['undici', 'fetch'],
  ['needle', 'needle'],
  // request and its wrappers take the query as `qs`, as superagent does
  ['request', 'superagent'],
  ['request-promise', 'superagent'],
  ['request-promise-native', 'superagent'],
  ['postman-request', 'superagent'],
  // Taro, whose `Taro.request` is the mini-program platforms' `wx.request`
  ['@tarojs/taro', 'miniprogram'],
  // wretch(url, init) takes fetch's arguments; its `.query({…})` is read as superagent's (`isWretch`)
  ['wretch', 'fetch'],
]);

const CLIENT_NAMES: ReadonlyMap<string, Client> = new Map([
  ['fetch', 'fetch'],
  ['$fetch', 'ofetch'],
  ['ofetch', 'ofetch'],
  ['useFetch', 'ofetch'],
  ['useLazyFetch', 'ofetch'],
  ['axios', 'axios'],
  ['got', 'got'],
  ['ky', 'ky'],
  ['superagent', 'superagent'],
  ['request', 'superagent'],
  ['$', 'jquery'],
  ['jQuery', 'jquery'],
  ['http', 'node-http'],
  ['https', 'node-http'],
  ['needle', 'needle'],
  // the mini-program platforms' globals (WeChat, uni-app, Alipay, ByteDance, Baidu, QQ): `wx.request({ url, data })`
  ['wx', 'miniprogram'],
  ['uni', 'miniprogram'],
  ['my', 'miniprogram'],
  ['tt', 'miniprogram'],
  ['swan', 'miniprogram'],
  ['qq', 'miniprogram'],
]);

/**
 * The name of an HTTP client or wrapper an app exports from its own module (`import api from
 * './api'`, `import { httpClient } from '@/lib/http'`): called with `{ url, params }` or
 * `(url, { params })`, it is taken for an axios-like client.
 */
const LOCAL_CLIENT_NAME = /^(?:api|http|client|request|axios|instance|fetcher|\w*(?:Api|API|Http|HTTP|Client|Request|Axios|Instance|Fetcher))$/u;

/** A module of the app itself: a relative path or a common source alias (`@/`, `~/`, `#/`). */
const LOCAL_MODULE = /^(?:\.{1,2}\/|[@~#]\/|src\/)/u;

/** Every method name `describeCall` knows on a client object: anything else is answered without a scope lookup. */
const CLIENT_METHODS: ReadonlySet<string> = new Set([...HTTP_METHODS, ...BODY_METHODS, 'getUri', 'ajax', 'getJSON', 'getScript', 'load', 'raw']);

/** Factories that return a configured instance of the same client. */
export const FACTORIES: ReadonlySet<string> = new Set(['create', 'extend']);

/**
 * Every method name `describeCall` can describe on an object (`window.fetch`, `location.assign`,
 * `history.pushState`, `router.push`, `res.redirect`, `navigator.sendBeacon`, `xhr.open`, a client's
 * `CLIENT_METHODS`): its member path answers any other name at once, and so may a caller before it asks
 * for the call's scope (`QueryEntries.ofCall`).
 */
export const DESCRIBED_METHODS: ReadonlySet<string> = new Set([
  'fetch', 'open', 'assign', 'replace', 'pushState', 'replaceState', 'redirect', 'push', 'navigate', 'sendBeacon', ...CLIENT_METHODS,
]);

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

/**
 * Whether `id` may stand for a client, read from its own binding: a conventional client name, an
 * import from a client package, or a variable given a `require` or a `.create()`/`.extend()` call.
 * Every client `clientOfIdentifier` answers is one of these, so a call through any other name is
 * answered with one scope lookup (it walked every binding of the file once per file before, a cost
 * every file that passes the pre-check paid, most of them without a single client call).
 */
function mayStandForClient(id: TSESTree.Identifier, scope: Scope): boolean {
  if (CLIENT_NAMES.has(id.name)) return true;
  const def = findVariableSafe(id, scope)?.defs[0];
  if (def?.type === TSESLint.Scope.DefinitionType.ImportBinding) {
    return def.parent.type === AST_NODE_TYPES.ImportDeclaration && CLIENT_PACKAGES.has(def.parent.source.value.toLowerCase());
  }
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable || !def.node.init) return false;
  const init = unwrap(def.node.init);
  return init.type === AST_NODE_TYPES.CallExpression && (requiredModule(init) !== undefined || isFactoryCall(init));
}

function isFactoryCall(call: TSESTree.CallExpression): boolean {
  const { callee } = call;
  return callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier && FACTORIES.has(callee.property.name);
}

/** The client an identifier stands for: through its import, `require`, or `axios.create()` binding, else its name. */
export function clientOfIdentifier(id: TSESTree.Identifier, scope: Scope, depth = 0): Client | undefined {
  if (!mayStandForClient(id, scope)) return undefined;
  const declarator = constDeclarator(id, scope);
  if (declarator?.init && depth < 4) {
    const init = unwrap(declarator.init);
    if (init.type === AST_NODE_TYPES.CallExpression) {
      const module = requiredModule(init);
      if (module !== undefined) return CLIENT_PACKAGES.get(module.toLowerCase());
      const { callee } = init;
      if (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        callee.property.type === AST_NODE_TYPES.Identifier &&
        FACTORIES.has(callee.property.name) &&
        callee.object.type === AST_NODE_TYPES.Identifier
      ) {
        return clientOfIdentifier(callee.object, scope, depth + 1);
      }
    }
    return undefined;
  }
  const variable = findVariableSafe(id, scope);
  const def = variable?.defs[0];
  if (def?.type === TSESLint.Scope.DefinitionType.ImportBinding) {
    const source = def.parent.type === AST_NODE_TYPES.ImportDeclaration ? def.parent.source.value : undefined;
    if (typeof source === 'string') {
      // undici's `request(url, { query })`; its `fetch` is a fetch
      if (source === 'undici' && def.node.type === AST_NODE_TYPES.ImportSpecifier && importedName(def.node) === 'request') return 'undici';
      return CLIENT_PACKAGES.get(source.toLowerCase()) ?? nameClient(id.name, source);
    }
  }
  if (variable && variable.defs.length > 0 && def?.type !== TSESLint.Scope.DefinitionType.ImportBinding) return undefined;
  return CLIENT_NAMES.get(id.name);
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

/** A client-named binding imported from the app's own module (`LOCAL_CLIENT_NAME`, `LOCAL_MODULE`). */
function isLocalClient(id: TSESTree.Identifier, scope: Scope): boolean {
  if (!LOCAL_CLIENT_NAME.test(id.name)) return false;
  const def = findVariableSafe(id, scope)?.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.ImportBinding || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return false;
  return LOCAL_MODULE.test(def.parent.source.value);
}

/** Whether `id` is wretch, imported or required from `wretch` (whatever its local name). */
export function isWretch(id: TSESTree.Identifier, scope: Scope): boolean {
  const def = findVariableSafe(id, scope)?.defs[0];
  if (def?.type === TSESLint.Scope.DefinitionType.ImportBinding) return def.parent.type === AST_NODE_TYPES.ImportDeclaration && def.parent.source.value === 'wretch';
  const init = def?.type === TSESLint.Scope.DefinitionType.Variable && def.node.init ? unwrap(def.node.init) : undefined;
  return init?.type === AST_NODE_TYPES.CallExpression && requiredModule(init) === 'wretch';
}

/** `$fetch` from `ofetch`, `{ ofetch }` from 'ofetch': the package may export the client under another name. */
function nameClient(name: string, source: string): Client | undefined {
  if (source === 'vue-router' || source === 'next/navigation' || source === 'react-router-dom' || source === 'react-router') return undefined;
  return CLIENT_NAMES.get(name);
}

function findVariableSafe(id: TSESTree.Identifier, scope: Scope): TSESLint.Scope.Variable | undefined {
  return ASTUtils.findVariable(scope, id) ?? undefined;
}

/** `require('axios')` → `axios`. */
function requiredModule(call: TSESTree.CallExpression): string | undefined {
  if (call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'require') return undefined;
  const [arg] = call.arguments;
  return arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string' ? arg.value : undefined;
}

/** The last name of a member chain or identifier: `this.$router` → `$router`, `useRouter()` → `useRouter`. */
export function lastName(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return target.name;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.MemberExpression:
      return target.property.type === AST_NODE_TYPES.Identifier && !target.computed ? target.property.name : undefined;
    case AST_NODE_TYPES.CallExpression:
      return lastName(target.callee);
    default:
      return undefined;
  }
}

/** A short, value-free name for a callee: `axios.get`, `this.http.get`, `fetch`. */
export function calleeLabel(callee: TSESTree.Node): string {
  const target = unwrap(callee);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const prop = target.property.type === AST_NODE_TYPES.Identifier && !target.computed ? target.property.name : '[…]';
    const object = unwrap(target.object);
    if (object.type === AST_NODE_TYPES.Identifier || object.type === AST_NODE_TYPES.ThisExpression) return `${calleeLabel(object)}.${prop}`;
    if (object.type === AST_NODE_TYPES.MemberExpression) {
      const inner = calleeLabel(object);
      return inner.split('.').length < 3 ? `${inner}.${prop}` : `….${prop}`;
    }
    return prop;
  }
  return 'call';
}

function isLocation(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'location';
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed) return false;
  if (target.property.type !== AST_NODE_TYPES.Identifier || target.property.name !== 'location') return false;
  const object = unwrap(target.object);
  return object.type === AST_NODE_TYPES.Identifier && (GLOBAL_OBJECTS.has(object.name) || object.name === 'document');
}

function isGlobalObject(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  return target.type === AST_NODE_TYPES.Identifier && GLOBAL_OBJECTS.has(target.name);
}

const ROUTER_NAME = /^(?:\$?router|useRouter|history|navigation)$/iu;
const REDIRECT_OWNERS = /^(?:res|response|reply|ctx|context|NextResponse|Response|h|event)$/u;

export interface HttpCall {
  readonly client: Client;
  readonly name: string;
  readonly kind: SinkKind;
  /** Index of the URL argument, or -1 when the call takes only a config object. */
  readonly urlIndex: number;
  /** Index of the config argument (axios config, fetch init, got/ky options), or -1. */
  readonly configIndex: number;
  /** The HTTP method named by the callee (`get` for `axios.get`), if any. */
  readonly method?: string;
}

/** What a call does with URLs, or `undefined` when it is not a known request, navigation or socket. */
export function describeCall(call: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): HttpCall | undefined {
  const callee = unwrap(call.callee);
  const name = calleeLabel(callee);
  if (call.type === AST_NODE_TYPES.NewExpression) {
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    if (/^(?:WebSocket|EventSource|ReconnectingWebSocket|SockJS)$/u.test(callee.name)) {
      return { client: 'socket', name: callee.name, kind: 'socket', urlIndex: 0, configIndex: 1 };
    }
    if (callee.name === 'Request') return { client: 'fetch', name: 'Request', kind: 'request', urlIndex: 0, configIndex: 1 };
    return undefined;
  }
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (callee.name === 'io') return { client: 'socket', name, kind: 'socket', urlIndex: 0, configIndex: 1 };
    if (/^(?:navigate|navigateTo|redirect|permanentRedirect)$/u.test(callee.name)) {
      return { client: 'navigation', name, kind: 'navigation', urlIndex: 0, configIndex: -1 };
    }
    const client = clientOfIdentifier(callee, scope) ?? (isLocalClient(callee, scope) ? 'generic' : undefined);
    if (client === undefined || client === 'node-http' || client === 'miniprogram') return undefined;
    if (client === 'needle') return needleCall(call, name, 0, scope);
    if (client === 'axios' || client === 'generic') {
      const first = call.arguments[0];
      const configOnly = first !== undefined && unwrap(first).type === AST_NODE_TYPES.ObjectExpression;
      return { client, name, kind: 'request', urlIndex: configOnly ? -1 : 0, configIndex: configOnly ? 0 : 1 };
    }
    if (client === 'jquery') return undefined;
    return { client, name, kind: 'request', urlIndex: 0, configIndex: 1 };
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const method = callee.property.name;
  if (!DESCRIBED_METHODS.has(method)) return undefined;
  const object = unwrap(callee.object);
  if (isGlobalObject(object)) {
    if (method === 'fetch') return { client: 'fetch', name, kind: 'request', urlIndex: 0, configIndex: 1 };
    if (method === 'open') return { client: 'navigation', name, kind: 'navigation', urlIndex: 0, configIndex: -1 };
  }
  if (isLocation(object) && (method === 'assign' || method === 'replace')) {
    return { client: 'navigation', name, kind: 'navigation', urlIndex: 0, configIndex: -1 };
  }
  if ((method === 'pushState' || method === 'replaceState') && lastName(object) === 'history') {
    return { client: 'navigation', name, kind: 'navigation', urlIndex: 2, configIndex: -1 };
  }
  if (method === 'redirect' && REDIRECT_OWNERS.test(lastName(object) ?? '')) {
    return { client: 'navigation', name, kind: 'navigation', urlIndex: call.arguments.length > 1 ? call.arguments.length - 1 : 0, configIndex: -1 };
  }
  if ((method === 'push' || method === 'replace' || method === 'navigate') && ROUTER_NAME.test(lastName(object) ?? '')) {
    return { client: 'navigation', name, kind: 'navigation', urlIndex: 0, configIndex: -1 };
  }
  if (method === 'sendBeacon' && lastName(object) === 'navigator') return { client: 'fetch', name, kind: 'request', urlIndex: 0, configIndex: -1 };
  if (method === 'open' && call.arguments.length >= 2) {
    const verb = call.arguments[0] && staticString(call.arguments[0], scope);
    if (verb !== undefined && /^(?:get|post|put|patch|delete|head|options)$/iu.test(verb)) {
      return { client: 'xhr', name: 'XMLHttpRequest.open', kind: 'request', urlIndex: 1, configIndex: -1 };
    }
  }
  if (!CLIENT_METHODS.has(method)) return undefined;
  const owner = object.type === AST_NODE_TYPES.Identifier ? clientOfIdentifier(object, scope) : undefined;
  if (owner === 'jquery') {
    if (method === 'ajax') {
      const first = call.arguments[0];
      const configOnly = first !== undefined && unwrap(first).type === AST_NODE_TYPES.ObjectExpression;
      return { client: 'jquery', name, kind: 'request', urlIndex: configOnly ? -1 : 0, configIndex: configOnly ? 0 : 1, method };
    }
    if (/^(?:get|post|getJSON|getScript|load)$/u.test(method)) return { client: 'jquery', name, kind: 'request', urlIndex: 0, configIndex: -1, method };
    return undefined;
  }
  if (owner === 'miniprogram') {
    // `wx.request({ url, data, method })`: a GET's (the default) `data` is its query, as jQuery's `$.ajax`
    const first = call.arguments[0];
    const configOnly = method === 'request' && first !== undefined && unwrap(first).type === AST_NODE_TYPES.ObjectExpression;
    return configOnly ? { client: 'miniprogram', name, kind: 'request', urlIndex: -1, configIndex: 0, method } : undefined;
  }
  if (owner === 'node-http') {
    if (method === 'get' || method === 'request') return { client: 'node-http', name, kind: 'request', urlIndex: 0, configIndex: 1, method };
    return undefined;
  }
  if (owner === 'needle') return needleCall(call, name, method === 'request' ? 0 : -1, scope, method);
  if (owner === 'fetch' && method === 'request') return { client: 'undici', name, kind: 'request', urlIndex: 0, configIndex: 1, method };
  if (owner === 'fetch' || owner === 'ofetch') return { client: owner, name, kind: 'request', urlIndex: 0, configIndex: 1, method };
  if (!HTTP_METHODS.has(method) && method !== 'getUri' && !BODY_METHODS.has(method)) return undefined;
  const client: Client = owner ?? (lastName(object) === 'http' && callee.object.type === AST_NODE_TYPES.MemberExpression ? 'angular' : 'generic');
  if (method === 'request') {
    const first = call.arguments[0];
    const configOnly = first !== undefined && unwrap(first).type === AST_NODE_TYPES.ObjectExpression;
    return { client, name, kind: 'request', urlIndex: configOnly ? -1 : 0, configIndex: configOnly ? 0 : 1, method };
  }
  const configIndex = (client === 'axios' || client === 'generic' || client === 'angular') && BODY_METHODS.has(method) ? 2 : 1;
  return { client, name, kind: 'request', urlIndex: 0, configIndex, method };
}

/**
 * needle: `needle(method, url, data, options)` and `needle.request(…)` (the method argument at
 * `methodIndex`), `needle.get(url, options)`, `needle.post(url, data, options)`. `configIndex` is the
 * data, which needle sends as the query of a GET or HEAD (`method` is then `get`/`head`).
 */
function needleCall(call: TSESTree.CallExpression | TSESTree.NewExpression, name: string, methodIndex: number, scope: Scope, named?: string): HttpCall | undefined {
  if (methodIndex < 0) {
    if (named === undefined || !HTTP_METHODS.has(named)) return undefined;
    return { client: 'needle', name, kind: 'request', urlIndex: 0, configIndex: named === 'get' || named === 'head' ? -1 : 1, method: named };
  }
  const verb = call.arguments[methodIndex];
  const method = verb ? staticString(verb, scope)?.toLowerCase() : undefined;
  return { client: 'needle', name, kind: 'request', urlIndex: methodIndex + 1, configIndex: methodIndex + 2, ...(method === undefined ? {} : { method }) };
}

/** Assignments that navigate: `location.href = url`, `window.location = url`, `location.search = …`. */
function assignmentSink(left: TSESTree.Node): UrlSink | undefined {
  const target = unwrap(left);
  if (isLocation(target)) return { name: 'location', kind: 'navigation', client: 'navigation' };
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed || target.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  const prop = target.property.name;
  if (isLocation(target.object) && (prop === 'href' || prop === 'search')) return { name: `location.${prop}`, kind: 'navigation', client: 'navigation' };
  if (prop === 'src') return { name: `${lastName(target.object) ?? 'element'}.src`, kind: 'request' };
  if (prop === 'href') return { name: `${lastName(target.object) ?? 'element'}.href`, kind: 'navigation' };
  return undefined;
}

/** A socket known by its name or scheme rather than by the call that opens it (core/sinks/sockets.ts). */
export const INFERRED_SOCKET: UrlSink = { name: 'socket', kind: 'socket', client: 'socket' };

const SRC_ATTRIBUTES = new Set(['src', 'srcSet', 'action', 'poster', 'data']);

/**
 * The sink an expression (a URL string, a `URL` object) is given to, looking through `new URL(…)`,
 * `String(…)`, `.toString()`/`.href`, a wrapping concatenation, an object property (`{ url }` in a
 * config), and through a `const`/`let` variable to the first of its uses that is a sink.
 */
export function urlSinkOf(node: TSESTree.Node, scope: Scope, depth = 0): UrlSink | undefined {
  let current: TSESTree.Node = node;
  for (let steps = 0; steps < 12; steps += 1) {
    const parent = current.parent;
    if (!parent) return undefined;
    switch (parent.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.AwaitExpression:
        current = parent;
        continue;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return undefined;
        current = parent;
        continue;
      case AST_NODE_TYPES.LogicalExpression:
        current = parent;
        continue;
      case AST_NODE_TYPES.BinaryExpression:
        if (parent.operator !== '+') return undefined;
        current = parent;
        continue;
      case AST_NODE_TYPES.TemplateLiteral:
        current = parent;
        continue;
      case AST_NODE_TYPES.MemberExpression: {
        // url.href, url.toString()
        if (parent.object !== current || parent.property.type !== AST_NODE_TYPES.Identifier) return undefined;
        const prop = parent.property.name;
        if (prop === 'href') {
          current = parent;
          continue;
        }
        if (prop === 'toString' && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) {
          current = parent.parent;
          continue;
        }
        return undefined;
      }
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.CallExpression: {
        const index = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
        if (index < 0) return undefined;
        const callee = unwrap(parent.callee);
        if (callee.type === AST_NODE_TYPES.Identifier && (callee.name === 'URL' || callee.name === 'String' || callee.name === 'encodeURI')) {
          if (index > 0) return undefined;
          current = parent;
          continue;
        }
        const described = describeCall(parent, scope);
        if (described?.urlIndex !== index) return undefined;
        return { name: described.name, kind: described.kind, client: described.client, call: parent };
      }
      case AST_NODE_TYPES.Property: {
        if (parent.value !== current) return undefined;
        const key = parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : parent.key.type === AST_NODE_TYPES.Literal ? String(parent.key.value) : '';
        // STOMP's `brokerURL`, `socketUrl`, `wsEndpoint`: a socket whatever takes the object
        if (isSocketName(key)) return INFERRED_SOCKET;
        if (!/^(?:url|uri|baseURL|baseUrl|prefixUrl|path|href|endpoint)$/u.test(key)) return undefined;
        const object = parent.parent;
        const call = object.parent;
        if ((call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression) && call.arguments.includes(object)) {
          const described = describeCall(call, scope);
          if (described) return { name: described.name, kind: described.kind, client: described.client, call };
        }
        return undefined;
      }
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right !== current) return undefined;
        return assignmentSink(parent.left) ?? (depth < 2 && parent.left.type === AST_NODE_TYPES.Identifier ? variableSink(parent.left, scope, depth) : undefined);
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier || depth >= 2) return undefined;
        return variableSink(parent.id, scope, depth) ?? (isSocketName(parent.id.name) ? INFERRED_SOCKET : undefined);
      case AST_NODE_TYPES.JSXExpressionContainer: {
        const attribute = parent.parent;
        if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.type !== AST_NODE_TYPES.JSXIdentifier) return undefined;
        return jsxSink(attribute.name.name);
      }
      case AST_NODE_TYPES.JSXAttribute:
        return parent.name.type === AST_NODE_TYPES.JSXIdentifier ? jsxSink(parent.name.name) : undefined;
      default:
        return vueBindingSink(parent);
    }
  }
  return undefined;
}

/** The shape of a vue-eslint-parser `VExpressionContainer` inside a `v-bind` attribute (`:href`, `:src`). */
interface VueBinding {
  readonly type: 'VExpressionContainer';
  readonly parent: { readonly type: string; readonly directive?: boolean; readonly key?: { readonly argument?: { readonly type: string; readonly name?: string } | null } };
}

/** `:href="…"`, `:to="…"`, `:src="…"` in a Vue template. */
function vueBindingSink(node: TSESTree.Node): UrlSink | undefined {
  // vue-eslint-parser's template nodes are not typed by typescript-eslint; read them structurally
  const container = node as unknown as VueBinding;
  if ((container.type as string) !== 'VExpressionContainer' || container.parent.type !== 'VAttribute' || container.parent.directive !== true) return undefined;
  const argument = container.parent.key?.argument;
  return argument?.type === 'VIdentifier' && argument.name !== undefined ? jsxSink(argument.name) : undefined;
}

function jsxSink(attribute: string): UrlSink | undefined {
  if (attribute === 'href' || attribute === 'to') return { name: `${attribute} attribute`, kind: 'navigation' };
  if (SRC_ATTRIBUTES.has(attribute)) return { name: `${attribute} attribute`, kind: 'request' };
  return undefined;
}

/** The first use of a variable that is a sink (a request wins over a socket when both occur). */
export function variableSink(id: TSESTree.Identifier, scope: Scope, depth = 0): UrlSink | undefined {
  const variable = findVariableSafe(id, scope);
  if (!variable) return undefined;
  let found: UrlSink | undefined;
  for (const reference of variable.references) {
    if (reference.init === true || !reference.isRead()) continue;
    const sink = urlSinkOf(reference.identifier, reference.from, depth + 1);
    if (!sink) continue;
    if (sink.kind !== 'socket') return sink;
    found ??= sink;
  }
  return found;
}
