/**
 * The header-write sink behind `headerWriteListeners()` (core/sinks/headers.ts, where the shapes are listed):
 * given a position where headers are written, which listed header names are written there and with
 * which value expressions. `HeaderWrites` holds one file's state (the header index, the value resolver,
 * what was already walked) and offers the recognisers the listeners call: headers objects and arrays
 * (through constants and conditional branches), `h.set(k, v)`-like calls, `Object.assign(headers, …)`,
 * member assignments into headers, and functions named like header builders.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrap } from '../values/static.js';
import type { ImportedFallback, ImportedObject, ImportedValue, Values } from '../values/resolver.js';
import type { HeaderInfo } from '../credentials/vocabulary.js';
import { calleeName } from './callee-names.js';
import { HEADER_GROUPS, isHeaderMapPosition, isHeadersMember, isHeadersName, isHeadersValue, isRequestChain } from './header-receivers.js';
import { insideAssertion } from './inside-assertion.js';
import { isCustomCredentialHeader } from './custom-headers.js';

type Scope = TSESLint.Scope.Scope;
type ImportedText = Extract<ImportedValue, { kind: 'text' }>;

export type HeaderVia =
  | 'object'
  | 'headers-set'
  | 'set-request-header'
  | 'defaults'
  | 'superagent-set'
  | 'headers-init-array'
  | 'object-assign'
  | 'header-map';

export interface HeaderWrite {
  /** Header name as written, e.g. 'Authorization'. */
  readonly name: string;
  /** The matching entry of the header list. */
  readonly info: HeaderInfo;
  /** The key / name argument / assigned member property. */
  readonly nameNode: TSESTree.Node;
  /** The value expression (for a header of an imported object, the use: `HEADERS` in `{ headers: HEADERS }`). */
  readonly value: TSESTree.Node;
  readonly via: HeaderVia;
  /**
   * The header's text and where it is written, when the header is a key of an object written in
   * another module and used whole here (`fetch(url, { headers: HEADERS })`, `{ ...HEADERS }`,
   * `axios.create({ headers: config.headers })`); `nameNode` and `value` are then the use. A fallback
   * there (`Authorization: process.env.T || 'Bearer …'`) is one too.
   */
  readonly imported?: ImportedText | ImportedFallback;
}

/** Methods whose calls can write a header (`call` looks no further at any other call). */
const WRITE_METHODS = new Set(['assign', 'set', 'append', 'setRequestHeader', 'setHeader', 'header']);

/** The `via` of a two-argument write method that always writes a header. */
const SETTERS: ReadonlyMap<string, HeaderVia> = new Map<string, HeaderVia>([
  ['setRequestHeader', 'set-request-header'],
  ['setHeader', 'headers-set'],
  ['header', 'headers-set'],
]);

type Named = TSESTree.Property | TSESTree.MemberExpression | TSESTree.MethodDefinition | TSESTree.PropertyDefinition;

/** The header writes of one file. */
export class HeaderWrites {
  readonly #index: ReadonlyMap<string, HeaderInfo>;
  readonly #values: Values;
  readonly #onWrite: (write: HeaderWrite) => void;
  /** Headers objects / arrays already walked, and header writes already reported (constants reached twice). */
  readonly #visited = new WeakSet<TSESTree.Node>();
  /** Header-map keys (`headerMapKey`) seen outside the positions above, emitted at the end of the file unless one of them was walked. */
  readonly #headerMaps: TSESTree.Property[] = [];
  /** Whether a custom credential header in no list is a write too (`isCustomCredentialHeader`). */
  readonly #custom: boolean;

  constructor(index: ReadonlyMap<string, HeaderInfo>, values: Values, onWrite: (write: HeaderWrite) => void, custom = false) {
    this.#index = index;
    this.#values = values;
    this.#onWrite = onWrite;
    this.#custom = custom;
  }

  /**
   * A property / member name as `propertyName` gives it, asking for the scope only for computed keys
   * (`{ [NAME]: v }`, `h[NAME]`): plain keys need no scope lookup.
   */
  keyName(node: Named): string | undefined {
    if (node.computed) return propertyName(node, this.#values.scope(node));
    const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
    return undefined;
  }

  /** A headers position found by a listener: walk it unless it is inside an assertion. */
  fromPosition(anchor: TSESTree.Node, source: TSESTree.Node): void {
    if (insideAssertion(anchor)) return;
    this.#walkSource(source, this.#values.scope(anchor), 'object');
  }

  /** `h.set(k, v)`, `xhr.setRequestHeader(k, v)`, `Object.assign(headers, {…})`, superagent's `.set({…})`. */
  call(call: TSESTree.CallExpression): void {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = calleeName(callee);
    if (method === undefined || !WRITE_METHODS.has(method)) return;
    const args = call.arguments;
    const [first, second] = args;
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
    if (method === 'assign') {
      // Object.assign(headers, {…}, …)
      if (calleeName(callee.object) !== 'Object' || !isHeadersValue(this.#values, first) || insideAssertion(call)) return;
      const scope = this.#values.scope(call);
      for (const source of args.slice(1)) {
        if (source.type !== AST_NODE_TYPES.SpreadElement) this.#walkSource(source, scope, 'object-assign');
      }
      return;
    }
    if (args.length === 1 && method === 'set') {
      // superagent: request.post(url).set({ … })
      if (isRequestChain(this.#values, callee.object)) this.#walkSource(first, this.#values.scope(call), 'superagent-set');
      return;
    }
    if (args.length !== 2 || !second || second.type === AST_NODE_TYPES.SpreadElement) return;
    const via = SETTERS.get(method) ?? this.#setterVia(callee.object, method);
    if (via === undefined) return;
    const name = this.#values.text(first, this.#values.scope(call));
    const info = this.#lookup(name);
    if (name !== undefined && info) this.#emit(name, info, first, second, via);
  }

  /** `x = {…}`, `x.headers = {…}`, `axios.defaults.headers.common['Authorization'] = v`, `headers[k] = v`. */
  assignment(assignment: TSESTree.AssignmentExpression): void {
    if (assignment.operator !== '=' && assignment.operator !== '||=' && assignment.operator !== '??=') return;
    const left = assignment.left;
    if (left.type === AST_NODE_TYPES.Identifier) {
      if (isHeadersName(left.name)) this.fromPosition(assignment, assignment.right);
      return;
    }
    if (left.type !== AST_NODE_TYPES.MemberExpression) return;
    const name = this.keyName(left);
    if (name === undefined) return;
    const info = this.#lookup(name);
    if (info) {
      if (isHeadersMember(left.object)) this.#emit(name, info, left.property, assignment.right, 'defaults');
      return;
    }
    // axios.defaults.headers.common = {…}, this.headers = {…}
    if (isHeadersName(name) || (HEADER_GROUPS.has(name) && isHeadersMember(left.object))) this.fromPosition(assignment, assignment.right);
  }

  /**
   * A property of an object literal found anywhere whose key is written as a request header
   * (`Authorization`, `Proxy-Authorization`, or a listed name with a `-`: `'X-API-Key'`), kept for
   * `flushHeaderMaps`: such an object is a header map in practice even when no request is seen
   * (`export const defaultHeaders`, `const config = { Authorization: … }`). One-word names (`apikey`)
   * are query parameters and SDK options as often, and are left to the positions above.
   */
  headerMapKey(property: TSESTree.Property): void {
    const name = this.keyName(property);
    const info = this.#lookup(name, false);
    if (name === undefined || !info || info.kind === 'identifier' || (info.kind !== 'authorization' && !name.includes('-'))) return;
    this.#headerMaps.push(property);
  }

  /**
   * The header-map keys (`headerMapKey`) that no headers position walked, as `header-map` writes,
   * unless the object is an expectation (`insideAssertion`), received or expected headers
   * (`reqheaders`, `responseHeaders`), or a query or body (`params`, `new URLSearchParams({…})`,
   * `NOT_HEADER_MAP` in header-receivers.ts). The rule decides how strong a value must be there.
   */
  flushHeaderMaps(): void {
    for (const property of this.#headerMaps) {
      const object = property.parent;
      if (this.#visited.has(property.key) || object.type !== AST_NODE_TYPES.ObjectExpression || insideAssertion(object)) continue;
      if (!isHeaderMapPosition(object, (node) => this.keyName(node))) continue;
      const name = this.keyName(property);
      const info = this.#lookup(name, false);
      if (name !== undefined && info) this.#emit(name, info, property.key, property.value, 'header-map');
    }
    this.#headerMaps.length = 0;
  }

  /** Whether `fn` builds headers: a function or method named `…header` / `…headers`. */
  isHeaderFunction(fn: TSESTree.FunctionLike): boolean {
    const name = this.#functionName(fn)?.toLowerCase();
    return name !== undefined && (name.endsWith('header') || isHeadersName(name));
  }

  /** `.set(k, v)` / `.append(k, v)`: on a headers value, or (`set`) on a superagent request chain. */
  #setterVia(receiver: TSESTree.Node, method: string): HeaderVia | undefined {
    if (method !== 'set' && method !== 'append') return undefined;
    if (isHeadersValue(this.#values, receiver)) return 'headers-set';
    return method === 'set' && isRequestChain(this.#values, receiver) ? 'superagent-set' : undefined;
  }

  /** The name a function goes by: its id, the variable, property or method it is assigned to. */
  #functionName(fn: TSESTree.FunctionLike): string | undefined {
    if (fn.id) return fn.id.name;
    const parent = fn.parent;
    switch (parent.type) {
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.MethodDefinition:
      case AST_NODE_TYPES.PropertyDefinition:
        return this.keyName(parent);
      default:
        return undefined;
    }
  }

  /** The list entry of a header name; with `custom`, a custom credential header in no list too. */
  #lookup(name: string | undefined, custom = this.#custom): HeaderInfo | undefined {
    if (name === undefined) return undefined;
    const lower = name.trim().toLowerCase();
    const info = this.#index.get(lower);
    return info ?? (custom && isCustomCredentialHeader(lower) ? { name, kind: 'secret', custom: true } : undefined);
  }

  #emit(name: string, info: HeaderInfo, nameNode: TSESTree.Node, value: TSESTree.Node, via: HeaderVia): void {
    if (this.#visited.has(nameNode)) return;
    this.#visited.add(nameNode);
    this.#onWrite({ name, info, nameNode, value, via });
  }

  /** Walks a headers source: an object or array literal, through constants and conditional branches. */
  #walkSource(node: TSESTree.Node, scope: Scope, via: HeaderVia, depth = 0): void {
    if (depth > 8) return;
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.ObjectExpression:
        this.#walkObject(target, scope, via, depth);
        return;
      case AST_NODE_TYPES.ArrayExpression:
        this.#walkArray(target, scope, depth);
        return;
      case AST_NODE_TYPES.Identifier: {
        const value = this.#values.bound(target, scope);
        if (value) this.#walkSource(value, this.#values.scope(value), via, depth + 1);
        else this.#walkImported(target, scope, via);
        return;
      }
      case AST_NODE_TYPES.MemberExpression:
        this.#walkImported(target, scope, via);
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        this.#walkSource(target.consequent, scope, via, depth + 1);
        this.#walkSource(target.alternate, scope, via, depth + 1);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        this.#walkSource(target.left, scope, via, depth + 1);
        this.#walkSource(target.right, scope, via, depth + 1);
        return;
      default:
        return;
    }
  }

  /**
   * A headers object written in another module and used whole here (`HEADERS`, `config.headers`):
   * its listed headers whose values are texts there (and those of axios' per-method groups), each
   * a write at the use. Read once per use.
   */
  #walkImported(use: TSESTree.Identifier | TSESTree.MemberExpression, scope: Scope, via: HeaderVia): void {
    if (this.#visited.has(use)) return;
    this.#visited.add(use);
    const object = this.#values.importedObject(use, scope);
    if (!object) return;
    const emit = (headers: ImportedObject, grouped: boolean): void => {
      for (const [name, value] of headers.entries) {
        const info = this.#lookup(name);
        if (info && (value.kind === 'text' || value.kind === 'fallback')) this.#onWrite({ name, info, nameNode: use, value: use, via, imported: value });
        else if (!info && !grouped && value.kind === 'object' && HEADER_GROUPS.has(name)) emit(value, true);
      }
    };
    emit(object, false);
  }

  #walkObject(object: TSESTree.ObjectExpression, scope: Scope, via: HeaderVia, depth: number): void {
    if (this.#visited.has(object)) return;
    this.#visited.add(object);
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        this.#walkSource(property.argument, scope, via, depth + 1);
        continue;
      }
      if (property.kind !== 'init' || property.method) continue;
      const name = propertyName(property, scope);
      const info = this.#lookup(name);
      if (name !== undefined && info) {
        this.#emit(name, info, property.key, property.value, via);
      } else if (name !== undefined && HEADER_GROUPS.has(name)) {
        const value = unwrap(property.value);
        if (value.type === AST_NODE_TYPES.ObjectExpression) this.#walkObject(value, scope, via, depth + 1);
      }
    }
  }

  #walkArray(array: TSESTree.ArrayExpression, scope: Scope, depth: number): void {
    if (this.#visited.has(array)) return;
    this.#visited.add(array);
    for (const element of array.elements) {
      if (!element) continue;
      const pair = unwrap(element);
      if (pair.type === AST_NODE_TYPES.SpreadElement) {
        this.#walkSource(pair.argument, scope, 'headers-init-array', depth + 1);
        continue;
      }
      if (pair.type !== AST_NODE_TYPES.ArrayExpression || pair.elements.length !== 2) continue;
      const [key, value] = pair.elements;
      if (!key || !value || key.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) continue;
      const name = this.#values.text(key, scope);
      const info = this.#lookup(name);
      if (name !== undefined && info) this.#emit(name, info, key, value, 'headers-init-array');
    }
  }
}
