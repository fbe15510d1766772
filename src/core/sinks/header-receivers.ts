/**
 * What holds request headers, for the header-write sink (`header-writes.ts`): names of headers
 * objects being sent (`headers`, `authHeaders`, not `responseHeaders`), `Headers`-like values
 * (`new Headers()`, a chained `.set()`), members that are headers (`axios.defaults.headers.common`),
 * and superagent / supertest request chains (`request(app).post('/').set(…)`). Bindings are followed
 * through the value resolver.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../values/static.js';
import type { Values } from '../values/resolver.js';
import { calleeName } from './callee-names.js';

/** Names of headers that are expectations or received headers, not headers being sent. */
const NOT_SENT = /^(?:req|bad|expected|actual|received|incoming|response|res|resp|raw|allowed|exposed?|allow|cors|vary|mock(?:ed)?response)headers?$/u;

/**
 * Names of objects that hold a request's query or body, or headers that are not sent: an object
 * literal under one of these names (or given to `new URLSearchParams(…)`) is not a header map even
 * when a key is spelled like a header (`params: { 'api-key': … }` is no-token-in-url's).
 */
const NOT_HEADER_MAP = /^(?:params|query|qs|searchparams|queryparams|querystring|body|data|form|formdata|json|payload|variables)$|(?:req|bad|expected|actual|received|incoming|response|res|resp|raw|allowed|exposed?|mock(?:ed)?response)headers?$/u;

/** Keys of axios' per-method header groups inside a headers object. */
export const HEADER_GROUPS: ReadonlySet<string> = new Set(['common', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

export const HEADERS_CONSTRUCTORS: ReadonlySet<string> = new Set(['Headers', 'HttpHeaders', 'AxiosHeaders']);

/** HTTP verbs that start a superagent / supertest request chain. */
const REQUEST_VERBS = new Set(['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options']);

/** Names of superagent / supertest clients a request chain starts from. */
const REQUESTER = /request|agent|supertest/iu;

/** Whether a property / variable name names a headers object being sent (`headers`, `authHeaders`). */
export function isHeadersName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('headers') && !NOT_SENT.test(lower);
}

/**
 * Whether an object literal found outside every headers position can be a header map: not the value
 * of a property, variable or assignment named like a query, a body or headers not sent
 * (`NOT_HEADER_MAP`), and not the argument of `new URLSearchParams(…)`. `keyName` reads a property's name.
 */
export function isHeaderMapPosition(object: TSESTree.ObjectExpression, keyName: (node: TSESTree.Property | TSESTree.MemberExpression) => string | undefined): boolean {
  let node: TSESTree.Node = object;
  while (node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSSatisfiesExpression) node = node.parent;
  const parent = node.parent;
  let name: string | undefined;
  if (parent.type === AST_NODE_TYPES.Property && parent.value === node) name = keyName(parent);
  else if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) name = parent.id.name;
  else if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node) {
    const left = parent.left;
    name = left.type === AST_NODE_TYPES.Identifier ? left.name : left.type === AST_NODE_TYPES.MemberExpression ? keyName(left) : undefined;
  } else if (parent.type === AST_NODE_TYPES.NewExpression) name = calleeName(parent.callee) === 'URLSearchParams' ? 'searchParams' : undefined;
  return name === undefined || !NOT_HEADER_MAP.test(name.toLowerCase());
}

/** The name a receiver goes by: `headers`, `this.headers` → headers, `new Headers()` → Headers. */
function receiverName(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return target.name;
    case AST_NODE_TYPES.MemberExpression:
      return target.property.type === AST_NODE_TYPES.Identifier && !target.computed ? target.property.name : undefined;
    case AST_NODE_TYPES.NewExpression:
      return calleeName(target.callee);
    default:
      return undefined;
  }
}

/** Whether `node` holds a Headers-like value: named …headers, `new Headers()`, a chained `.set()`, or a const bound to one. */
export function isHeadersValue(values: Values, node: TSESTree.Node, depth = 0): boolean {
  const target = unwrap(node);
  const name = receiverName(target);
  if (target.type === AST_NODE_TYPES.NewExpression) return name !== undefined && HEADERS_CONSTRUCTORS.has(name);
  if (name !== undefined && isHeadersName(name)) return true;
  if (depth > 8) return false;
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(target.callee);
    const method = calleeName(callee);
    return callee.type === AST_NODE_TYPES.MemberExpression && (method === 'set' || method === 'append') && isHeadersValue(values, callee.object, depth + 1);
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const value = values.bound(target);
    return value ? isHeadersValue(values, value, depth + 1) : false;
  }
  return false;
}

/** Whether `node` is a superagent / supertest client: `request`, `superagent`, `agent`, `request(app)`, `chai.request(app)`. */
function isRequester(values: Values, node: TSESTree.Node, depth: number): boolean {
  const target = unwrap(node);
  const name = target.type === AST_NODE_TYPES.CallExpression ? calleeName(target.callee) : receiverName(target);
  if (name !== undefined && REQUESTER.test(name)) return true;
  if (target.type !== AST_NODE_TYPES.Identifier || depth > 16) return false;
  const value = values.bound(target);
  return value ? isRequester(values, value, depth + 1) : false;
}

/** Whether `node` is a superagent / supertest request chain: `request.get(url)…`, `request(app).post(…)…`. */
export function isRequestChain(values: Values, node: TSESTree.Node, depth = 0): boolean {
  const target = unwrap(node);
  if (depth > 16) return false;
  if (target.type === AST_NODE_TYPES.Identifier) {
    const value = values.bound(target);
    return value ? isRequestChain(values, value, depth + 1) : false;
  }
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(target.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = calleeName(callee);
  if (method !== undefined && REQUEST_VERBS.has(method)) return isRequester(values, callee.object, depth + 1);
  return isRequestChain(values, callee.object, depth + 1);
}

/** Whether a member expression's object is headers (`x.headers`, `headers`, `x.headers.common`). */
export function isHeadersMember(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  const name = receiverName(target);
  if (name === undefined || target.type === AST_NODE_TYPES.NewExpression) return false;
  if (isHeadersName(name)) return true;
  return target.type === AST_NODE_TYPES.MemberExpression && HEADER_GROUPS.has(name) && isHeadersMember(target.object);
}
