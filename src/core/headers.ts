/**
 * Where request headers are written, shared by the rules that look at header values
 * (`no-hardcoded-auth-header` reports hard-coded credentials, `no-secret-in-client` reports provider
 * secret headers set in client code).
 *
 * A header *write* is a listed header name paired with a value expression in one of these shapes:
 *
 * - `object`: a property of a headers object (see below), `{ Authorization: v }`, `{ [NAME]: v }`;
 * - `headers-init-array`: `[name, v]` pairs in a headers array (`new Headers([[k, v]])`, `headers: [[k, v]]`);
 * - `headers-set`: `h.set(k, v)`, `h.append(k, v)` on a headers value (a name ending in `headers`, a
 *   `new Headers()` / `new HttpHeaders()` value, chained `.set()`), and `x.setHeader(k, v)`, `x.header(k, v)`;
 * - `superagent-set`: `.set(k, v)` and `.set({ … })` on a superagent / supertest request chain
 *   (`request.get(url).set(…)`, `request(app).post('/').send(b).set(…)`);
 * - `set-request-header`: `xhr.setRequestHeader(k, v)`;
 * - `defaults`: a member assignment into headers, `axios.defaults.headers.common['Authorization'] = v`,
 *   `api.defaults.headers.Authorization = v`, `config.headers.Authorization = v`, `headers[k] = v`;
 * - `object-assign`: `Object.assign(headers, { … })` with a headers target.
 *
 * An object (or array) literal is a headers object when it is:
 * - the value of a property, class field or variable named `headers` or `…Headers` (`headers`,
 *   `defaultHeaders`, `setHeaders`, `authHeaders`), except names of expected/received headers
 *   (`reqheaders`, `badheaders`, `expectedHeaders`, `responseHeaders`, …); this covers fetch init,
 *   axios / got / ky / node / jQuery request options, `axios.create({ headers })`, Angular's
 *   `req.clone({ setHeaders })`;
 * - the first argument of `new Headers(…)`, `new HttpHeaders(…)`, `new AxiosHeaders(…)`;
 * - assigned to a headers member or variable (`axios.defaults.headers.common = { … }`, `this.headers = { … }`);
 * - the `common` / per-method (`get`, `post`, …) object inside a headers object (axios defaults);
 * - returned by a function or method named `…header` / `…headers` (`authHeader()`, `get headers()`);
 * - reached from one of these positions through a same-file constant (`headers: AUTH`, `{ ...AUTH }`,
 *   `new Headers(init)`), or a conditional / logical expression's branches.
 *
 * Nothing inside an assertion is a write: objects passed (directly or nested) to `expect(…)`,
 * `toEqual`, `toHaveBeenCalledWith`, `deepEqual`, `calledWith`, … describe headers, they do not send
 * them. Reads and comparisons (`h.get(k)`, `req.headers.authorization === v`) never match.
 * Header names are matched case-insensitively and whole (`authorization` is `Authorization`).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { constDeclarator, propertyName, staticString, unwrap } from './static.js';
import { ConfigCache } from '../utils/cache.js';
import { anchoredSource } from './anchored.js';
import type { HeaderInfo } from './vocabulary.js';

export type HeaderVia =
  | 'object'
  | 'headers-set'
  | 'set-request-header'
  | 'defaults'
  | 'superagent-set'
  | 'headers-init-array'
  | 'object-assign';

export interface HeaderWrite {
  /** Header name as written, e.g. 'Authorization'. */
  readonly name: string;
  /** The matching entry of the header list. */
  readonly info: HeaderInfo;
  /** The key / name argument / assigned member property. */
  readonly nameNode: TSESTree.Node;
  /** The value expression. */
  readonly value: TSESTree.Node;
  readonly via: HeaderVia;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Scope = TSESLint.Scope.Scope;

const indexes = new WeakMap<readonly HeaderInfo[], ReadonlyMap<string, HeaderInfo>>();

/** Lower-case header name → its list entry (the first entry wins); built once per list. */
export function headerIndex(headers: readonly HeaderInfo[]): ReadonlyMap<string, HeaderInfo> {
  const cached = indexes.get(headers);
  if (cached) return cached;
  const index = new Map<string, HeaderInfo>();
  for (const info of headers) {
    const key = info.name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, info);
  }
  indexes.set(headers, index);
  return index;
}

/** Methods whose calls can write a header (`onCall` looks no further at any other call). */
const WRITE_METHODS = new Set(['assign', 'set', 'append', 'setRequestHeader', 'setHeader', 'header']);

/** Names of headers that are expectations or received headers, not headers being sent. */
const NOT_SENT = /^(?:req|bad|expected|actual|received|incoming|response|res|resp|raw|allowed|exposed?|allow|cors|vary|mock(?:ed)?response)headers?$/u;

/**
 * What the text of a file must hold for it to name one of `names` (header names, compared in any case
 * as `headerIndex` does), lower-cased, for the rules' whole-file pre-checks: the last `-` part of each
 * name with a `-` (`x-api-key` cannot be in the text without `-key`) and the names with none, whole. A
 * piece that holds another piece adds nothing (`-apptoken` next to `-token` would). A handful of pieces
 * in place of one alternative per name: each alternative is a try at every position of every file.
 */
export function headerNamePieces(names: Iterable<string>): string[] {
  const pieces = [...new Set([...names].map((raw) => {
    const name = raw.trim().toLowerCase();
    return name.includes('-') ? name.slice(name.lastIndexOf('-')) : name;
  }))];
  return pieces.filter((piece, i) => !pieces.some((other, j) => j !== i && piece.includes(other)));
}

const namePatterns = new ConfigCache<RegExp>();

/**
 * The pre-check pattern for the headers of `headers` a hard-coded value can be reported in: every
 * header of the list (first entry per name, as `headerIndex` keeps it) but identifiers. Equal lists
 * give the same `RegExp`, so the rules that ask with them share one scan.
 */
export function reportableHeadersPattern(headers: readonly HeaderInfo[]): RegExp {
  return headerNamesPattern([...headerIndex(headers).values()].filter((h) => h.kind !== 'identifier').map((h) => h.name));
}

/**
 * The whole-file pre-check on header names, once per set of pieces (`headerNamePieces`): the rules
 * that ask with the same names get the same `RegExp`, so `textMentions` scans a file for it once. A
 * `-` piece must end a string or a raw header line (a quote, a backtick or `:` follows): `'X-API-Key'`,
 * `` `${p}-Token` ``, `'X-API-Key: …'`, but not JSX's `data-key={…}` or a comment's `no-var-keyword`.
 * Case-insensitive as `headerIndex` compares names (`toLowerCase()`, which also turns the Kelvin sign
 * into `k`; `i` without `u` scans faster and needs the sign spelled out).
 */
export function headerNamesPattern(names: Iterable<string>): RegExp {
  const pieces = headerNamePieces(names).sort();
  return namePatterns.get(pieces.join('\n'), () => {
    // each piece starts at its rarest character (`anchoredSource`)
    return new RegExp(anchoredSource(pieces.map((piece) => (piece.startsWith('-') ? [piece, { source: '(?=["\'\\x60:])' }] : [piece]))), 'i');
  });
}

/** Whether a property / variable name names a headers object being sent (`headers`, `authHeaders`). */
export function isHeadersName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('headers') && !NOT_SENT.test(lower);
}

/** Keys of axios' per-method header groups inside a headers object. */
const HEADER_GROUPS = new Set(['common', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

const HEADERS_CONSTRUCTORS = new Set(['Headers', 'HttpHeaders', 'AxiosHeaders']);

/** HTTP verbs that start a superagent / supertest request chain. */
const REQUEST_VERBS = new Set(['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options']);

/** Names of superagent / supertest clients a request chain starts from. */
const REQUESTER = /request|agent|supertest/iu;

/** Assertion methods and functions: an object under one of these describes headers, it does not send them. */
const ASSERTIONS = new Set([
  'expect', 'assert', 'toEqual', 'toStrictEqual', 'toMatchObject', 'toHaveBeenCalledWith', 'toHaveBeenLastCalledWith',
  'toHaveBeenNthCalledWith', 'toBeCalledWith', 'lastCalledWith', 'nthCalledWith', 'toHaveProperty', 'toContainEqual',
  'toMatchInlineSnapshot', 'toBe', 'calledWith', 'calledWithMatch', 'calledOnceWith', 'calledOnceWithExactly',
  'calledWithExactly', 'deepEqual', 'deepStrictEqual', 'strictEqual', 'equal', 'equals', 'eql', 'include', 'includes',
  'contain', 'contains', 'like', 'same', 'match', 'matches', 'objectContaining', 'partialDeepStrictEqual', 'notDeepEqual',
]);

/** Chains that start from these are assertions whatever the method: `expect(x).anything(…)`, `assert.whatever(…)`. */
const ASSERTION_ROOTS = new Set(['expect', 'assert', 'should']);

function calleeName(callee: TSESTree.Node): string | undefined {
  const target = unwrap(callee);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed && target.property.type === AST_NODE_TYPES.Identifier) {
    return target.property.name;
  }
  return undefined;
}

/** The identifier a call / member chain starts from: `expect(x).to.deep.equal` → expect. */
function chainRoot(node: TSESTree.Node): string | undefined {
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrap(current.callee);
    else return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
  }
}

/** Whether `node` sits (through object / array nesting) in the arguments of an assertion. */
function insideAssertion(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.SpreadElement:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        break;
      case AST_NODE_TYPES.Property:
        if (parent.value !== current) return false;
        break;
      case AST_NODE_TYPES.CallExpression: {
        if (parent.callee === current) return false;
        const name = calleeName(parent.callee);
        if ((name !== undefined && ASSERTIONS.has(name)) || ASSERTION_ROOTS.has(chainRoot(parent.callee) ?? '')) return true;
        // `expect.objectContaining({…})`, `sinon.match({…})`: keep walking up to the assertion
        const callee = unwrap(parent.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        const object = calleeName(callee.object);
        if (object !== 'expect' && object !== 'match' && object !== 'sinon') return false;
        break;
      }
      default:
        return false;
    }
  }
  /* c8 ignore next -- the walk always ends at a node that is not an expression (Program at the latest) */
  return false;
}

/**
 * A property / member name as `propertyName` gives it, asking for the scope only for computed keys
 * (`{ [NAME]: v }`, `h[NAME]`): plain keys need no scope lookup.
 */
function keyName(
  node: TSESTree.Property | TSESTree.MemberExpression | TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string | undefined {
  if (node.computed) return propertyName(node, sourceCode.getScope(node));
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return undefined;
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

export function headerWriteListeners(
  context: Context,
  headers: readonly HeaderInfo[],
  onWrite: (write: HeaderWrite) => void,
): TSESLint.RuleListener {
  const index = headerIndex(headers);
  if (index.size === 0) return {};
  const { sourceCode } = context;
  /** Headers objects / arrays already walked, and header writes already reported (constants reached twice). */
  const visited = new WeakSet<TSESTree.Node>();

  function lookup(name: string | undefined): HeaderInfo | undefined {
    return name === undefined ? undefined : index.get(name.trim().toLowerCase());
  }

  function emit(name: string, info: HeaderInfo, nameNode: TSESTree.Node, value: TSESTree.Node, via: HeaderVia): void {
    if (visited.has(nameNode)) return;
    visited.add(nameNode);
    onWrite({ name, info, nameNode, value, via });
  }

  /** Walks a headers source: an object or array literal, through constants and conditional branches. */
  function walkSource(node: TSESTree.Node, scope: Scope, via: HeaderVia, depth = 0): void {
    if (depth > 8) return;
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.ObjectExpression:
        walkObject(target, scope, via, depth);
        return;
      case AST_NODE_TYPES.ArrayExpression:
        walkArray(target, scope, depth);
        return;
      case AST_NODE_TYPES.Identifier: {
        const declarator = constDeclarator(target, scope);
        if (declarator?.init) walkSource(declarator.init, sourceCode.getScope(declarator), via, depth + 1);
        return;
      }
      case AST_NODE_TYPES.ConditionalExpression:
        walkSource(target.consequent, scope, via, depth + 1);
        walkSource(target.alternate, scope, via, depth + 1);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        walkSource(target.left, scope, via, depth + 1);
        walkSource(target.right, scope, via, depth + 1);
        return;
      default:
        return;
    }
  }

  function walkObject(object: TSESTree.ObjectExpression, scope: Scope, via: HeaderVia, depth: number): void {
    if (visited.has(object)) return;
    visited.add(object);
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        walkSource(property.argument, scope, via, depth + 1);
        continue;
      }
      if (property.kind !== 'init' || property.method) continue;
      const name = propertyName(property, scope);
      const info = lookup(name);
      if (name !== undefined && info) {
        emit(name, info, property.key, property.value, via);
      } else if (name !== undefined && HEADER_GROUPS.has(name)) {
        const value = unwrap(property.value);
        if (value.type === AST_NODE_TYPES.ObjectExpression) walkObject(value, scope, via, depth + 1);
      }
    }
  }

  function walkArray(array: TSESTree.ArrayExpression, scope: Scope, depth: number): void {
    if (visited.has(array)) return;
    visited.add(array);
    for (const element of array.elements) {
      if (!element) continue;
      const pair = unwrap(element);
      if (pair.type === AST_NODE_TYPES.SpreadElement) {
        walkSource(pair.argument, scope, 'headers-init-array', depth + 1);
        continue;
      }
      if (pair.type !== AST_NODE_TYPES.ArrayExpression || pair.elements.length !== 2) continue;
      const [key, value] = pair.elements;
      if (!key || !value || key.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) continue;
      const name = staticString(key, scope);
      const info = lookup(name);
      if (name !== undefined && info) emit(name, info, key, value, 'headers-init-array');
    }
  }

  /** A headers position found by a listener: walk it unless it is inside an assertion. */
  function fromPosition(anchor: TSESTree.Node, source: TSESTree.Node): void {
    if (insideAssertion(anchor)) return;
    walkSource(source, sourceCode.getScope(anchor), 'object');
  }

  /** Whether `node` holds a Headers-like value: named …headers, `new Headers()`, a chained `.set()`, or a const bound to one. */
  function isHeadersValue(node: TSESTree.Node, depth = 0): boolean {
    const target = unwrap(node);
    const name = receiverName(target);
    if (target.type === AST_NODE_TYPES.NewExpression) return name !== undefined && HEADERS_CONSTRUCTORS.has(name);
    if (name !== undefined && isHeadersName(name)) return true;
    if (depth > 8) return false;
    if (target.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrap(target.callee);
      const method = calleeName(callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && (method === 'set' || method === 'append') && isHeadersValue(callee.object, depth + 1);
    }
    if (target.type === AST_NODE_TYPES.Identifier) {
      const declarator = constDeclarator(target, sourceCode.getScope(target));
      return declarator?.init ? isHeadersValue(declarator.init, depth + 1) : false;
    }
    return false;
  }

  /** Whether `node` is a superagent / supertest client: `request`, `superagent`, `agent`, `request(app)`, `chai.request(app)`. */
  function isRequester(node: TSESTree.Node, depth: number): boolean {
    const target = unwrap(node);
    const name = target.type === AST_NODE_TYPES.CallExpression ? calleeName(target.callee) : receiverName(target);
    if (name !== undefined && REQUESTER.test(name)) return true;
    if (target.type !== AST_NODE_TYPES.Identifier || depth > 16) return false;
    const declarator = constDeclarator(target, sourceCode.getScope(target));
    return declarator?.init ? isRequester(declarator.init, depth + 1) : false;
  }

  /** Whether `node` is a superagent / supertest request chain: `request.get(url)…`, `request(app).post(…)…`. */
  function isRequestChain(node: TSESTree.Node, depth = 0): boolean {
    const target = unwrap(node);
    if (depth > 16) return false;
    if (target.type === AST_NODE_TYPES.Identifier) {
      const declarator = constDeclarator(target, sourceCode.getScope(target));
      return declarator?.init ? isRequestChain(declarator.init, depth + 1) : false;
    }
    if (target.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = unwrap(target.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = calleeName(callee);
    if (method !== undefined && REQUEST_VERBS.has(method)) return isRequester(callee.object, depth + 1);
    return isRequestChain(callee.object, depth + 1);
  }

  function onCall(call: TSESTree.CallExpression): void {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = calleeName(callee);
    if (method === undefined || !WRITE_METHODS.has(method)) return;
    const args = call.arguments;
    const [first, second] = args;
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
    if (method === 'assign') {
      // Object.assign(headers, {…}, …)
      if (calleeName(callee.object) !== 'Object' || !isHeadersValue(first) || insideAssertion(call)) return;
      const scope = sourceCode.getScope(call);
      for (const source of args.slice(1)) {
        if (source.type !== AST_NODE_TYPES.SpreadElement) walkSource(source, scope, 'object-assign');
      }
      return;
    }
    if (args.length === 1 && method === 'set') {
      // superagent: request.post(url).set({ … })
      if (isRequestChain(callee.object)) walkSource(first, sourceCode.getScope(call), 'superagent-set');
      return;
    }
    if (args.length !== 2 || !second || second.type === AST_NODE_TYPES.SpreadElement) return;
    let via: HeaderVia;
    switch (method) {
      case 'setRequestHeader':
        via = 'set-request-header';
        break;
      case 'setHeader':
      case 'header':
        via = 'headers-set';
        break;
      case 'set':
      case 'append':
        if (isHeadersValue(callee.object)) via = 'headers-set';
        else if (method === 'set' && isRequestChain(callee.object)) via = 'superagent-set';
        else return;
        break;
      /* c8 ignore next 2 -- WRITE_METHODS lets only the methods above through */
      default:
        return;
    }
    const name = staticString(first, sourceCode.getScope(call));
    const info = lookup(name);
    if (name !== undefined && info) emit(name, info, first, second, via);
  }

  /** Whether a member expression's object is headers (`x.headers`, `headers`, `x.headers.common`). */
  function isHeadersMember(node: TSESTree.Node): boolean {
    const target = unwrap(node);
    const name = receiverName(target);
    if (name === undefined || target.type === AST_NODE_TYPES.NewExpression) return false;
    if (isHeadersName(name)) return true;
    return target.type === AST_NODE_TYPES.MemberExpression && HEADER_GROUPS.has(name) && isHeadersMember(target.object);
  }

  function onAssignment(assignment: TSESTree.AssignmentExpression): void {
    if (assignment.operator !== '=' && assignment.operator !== '||=' && assignment.operator !== '??=') return;
    const left = assignment.left;
    if (left.type === AST_NODE_TYPES.Identifier) {
      if (isHeadersName(left.name)) fromPosition(assignment, assignment.right);
      return;
    }
    if (left.type !== AST_NODE_TYPES.MemberExpression) return;
    const name = keyName(left, sourceCode);
    if (name === undefined) return;
    const info = lookup(name);
    if (info) {
      if (isHeadersMember(left.object)) emit(name, info, left.property, assignment.right, 'defaults');
      return;
    }
    // axios.defaults.headers.common = {…}, this.headers = {…}
    if (isHeadersName(name) || (HEADER_GROUPS.has(name) && isHeadersMember(left.object))) fromPosition(assignment, assignment.right);
  }

  /** The name a function goes by: its id, the variable, property or method it is assigned to. */
  function functionName(fn: TSESTree.FunctionLike): string | undefined {
    if (fn.id) return fn.id.name;
    const parent = fn.parent;
    switch (parent.type) {
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.MethodDefinition:
      case AST_NODE_TYPES.PropertyDefinition:
        return keyName(parent, sourceCode);
      default:
        return undefined;
    }
  }

  function isHeaderFunction(fn: TSESTree.FunctionLike): boolean {
    const name = functionName(fn)?.toLowerCase();
    return name !== undefined && (name.endsWith('header') || isHeadersName(name));
  }

  return {
    Property(property) {
      if (property.parent.type !== AST_NODE_TYPES.ObjectExpression || property.kind !== 'init' || property.method) return;
      // cheap first: most keys are plain identifiers that do not end in `headers`
      const { key } = property;
      if (!property.computed && key.type === AST_NODE_TYPES.Identifier && !key.name.toLowerCase().endsWith('headers')) return;
      const name = keyName(property, sourceCode);
      if (name !== undefined && isHeadersName(name)) fromPosition(property.parent, property.value);
    },
    PropertyDefinition(definition) {
      if (!definition.value) return;
      const name = keyName(definition, sourceCode);
      if (name !== undefined && isHeadersName(name)) fromPosition(definition, definition.value);
    },
    VariableDeclarator(declarator) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init && isHeadersName(declarator.id.name)) {
        fromPosition(declarator, declarator.init);
      }
    },
    NewExpression(expression) {
      const name = calleeName(expression.callee);
      const [init] = expression.arguments;
      if (name !== undefined && HEADERS_CONSTRUCTORS.has(name) && init && init.type !== AST_NODE_TYPES.SpreadElement) {
        fromPosition(expression, init);
      }
    },
    CallExpression: onCall,
    AssignmentExpression: onAssignment,
    ReturnStatement(statement) {
      if (!statement.argument) return;
      // the nearest enclosing function, walking up without building the ancestor list
      let node: TSESTree.Node | undefined = statement.parent;
      while (
        node &&
        node.type !== AST_NODE_TYPES.FunctionDeclaration &&
        node.type !== AST_NODE_TYPES.FunctionExpression &&
        node.type !== AST_NODE_TYPES.ArrowFunctionExpression
      ) {
        node = node.parent;
      }
      if (node && isHeaderFunction(node)) fromPosition(statement, statement.argument);
    },
    ArrowFunctionExpression(fn) {
      if (fn.expression && isHeaderFunction(fn)) fromPosition(fn, fn.body);
    },
  };
}
