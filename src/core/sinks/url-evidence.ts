/**
 * Whether a string expression is a URL being built, and where its query starts: for readers of query
 * strings (no-token-in-url) that must tell a URL from a form body, a log line or a comparison.
 *
 * - `isRoot`: an outermost string expression in a place where a string is built (not compared,
 *   logged, typed or imported);
 * - `startsInQuery`: a string that is read from inside a query (`url.search = '…'`, the argument of
 *   `new URLSearchParams(…)` or superagent's `.query(…)`, a conditional branch after a `?`);
 * - `isNotUrl`: a query opened by `&` alone (`'&api_key=' + key`) that is a form body, or that
 *   nothing shows to be a URL (no sink, no URL-like name);
 * - `isSearchParamsArgument`: the argument of `new URLSearchParams(…)`, a query object rather than a URL;
 * - `withSeparators`, `isPublicKeyHost` (with `hostOf` of core/values/url.ts): small readings of a string's parts.
 *
 * Values and names come from the file's value resolver; sinks from core/sinks/http.ts. One instance per
 * linted file.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { describeCall, lastName, type UrlSink } from './http.js';
import { propertyName, syntacticParts, unwrap, type StringPart } from '../values/static.js';
import type { Values } from '../values/resolver.js';
import { nameWords } from '../credentials/vocabulary.js';
import { isSearchParamsConstructor, isSuperagentQuery } from './query-entries.js';
import { hostOf } from '../values/url.js';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Calls whose string arguments are read or compared, not sent anywhere. */
const STRING_READERS = new Set([
  'includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'replace', 'replaceAll', 'split', 'match', 'matchAll', 'search',
  'test', 'exec', 'toBe', 'toEqual', 'toStrictEqual', 'toContain', 'toMatch', 'toHaveBeenCalledWith', 'toHaveBeenLastCalledWith',
  'toHaveBeenNthCalledWith', 'toHaveProperty', 'calledWith', 'equal', 'equals', 'deepEqual', 'strictEqual', 'include', 'log', 'info',
  'warn', 'error', 'debug', 'trace',
]);

const BODY_NAME = /\b(?:body|form|payload|post ?data|data)\b/u;

/**
 * Hosts whose keys are public by design and only work in the URL (map tiles and static maps loaded by
 * `<img>`, Google Maps web services, the script loaders of AMap's and Tencent's JavaScript map APIs, and
 * Firebase Auth's REST API, which takes the app's public web API key as `?key=`), under any subdomain,
 * Leaflet's `{s}` template included (`https://{s}.tile.thunderforest.com/…`).
 */
const URL_KEY_HOSTS =
  /^(?:(?:[\w-]+|\{s\})\.)*(?:maps\.googleapis\.com|mapbox\.com|thunderforest\.com|stadiamaps\.com|maptiler\.com|tomtom\.com|webapi\.amap\.com|map\.qq\.com|identitytoolkit\.googleapis\.com|securetoken\.googleapis\.com)$/iu;

/**
 * A map tile URL template (`…/{z}/{x}/{y}.png?apikey=…`, OpenLayers' `{-y}` too): a map library loads each
 * tile as an image, so its key can only be in the URL, and the provider makes such keys for browsers.
 */
const TILE_TEMPLATE = /\{-?[xyz]\}\/\{-?[xyz]\}\/\{-?[xyz]\}/u;

const URL_NAME = /\b(?:url|uri|endpoint|href|link|path|query|qs|search|params|src|api|base|address)\b/u;

/** The nearest ancestor that is not a TS wrapper, and the child of it that holds `node`. */
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
export function isRoot(node: TSESTree.Node): boolean {
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

/** The argument of `new URLSearchParams(…)`/`new HttpParams(…)`: a query object, not a URL yet. */
export function isSearchParamsArgument(root: TSESTree.Node): boolean {
  const { node: parent } = climb(root);
  return parent.type === AST_NODE_TYPES.NewExpression && isSearchParamsConstructor(parent);
}

function isStringComposition(node: TSESTree.Node | undefined): node is TSESTree.TemplateLiteral | TSESTree.BinaryExpression {
  return node?.type === AST_NODE_TYPES.TemplateLiteral || (node?.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+');
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

/** A URL to a host whose keys are public by design and only work in the URL (map tiles, static maps), or a map tile template. */
export function isPublicKeyHost(parts: readonly StringPart[]): boolean {
  const host = hostOf(parts);
  if (host !== undefined && URL_KEY_HOSTS.test(host)) return true;
  // the path's text, up to the query (`${TILES}/{z}/{x}/{y}.png?key=…`)
  for (const part of parts) {
    if (part.kind !== 'text') continue;
    const query = part.value.indexOf('?');
    if (TILE_TEMPLATE.test(query === -1 ? part.value : part.value.slice(0, query))) return true;
    if (query !== -1) return false;
  }
  return false;
}

/** What one file's string expressions say about being URLs. */
export class UrlEvidence {
  readonly #sourceCode: SourceCode;
  readonly #values: Values;

  constructor(sourceCode: SourceCode, values: Values) {
    this.#sourceCode = sourceCode;
    this.#values = values;
  }

  /** Whether the text of `root` is read from inside a query (no `?` of its own needed). */
  startsInQuery(root: TSESTree.Node, scope: Scope): boolean {
    const parent = climb(root);
    if (parent.node.type === AST_NODE_TYPES.ConditionalExpression || parent.node.type === AST_NODE_TYPES.LogicalExpression) {
      return isInOuterQuery(parent.node);
    }
    if (parent.node.type === AST_NODE_TYPES.AssignmentExpression && parent.child === parent.node.right) {
      const left = unwrap(parent.node.left);
      return left.type === AST_NODE_TYPES.MemberExpression && propertyName(left, scope) === 'search';
    }
    if (parent.node.type === AST_NODE_TYPES.CallExpression && parent.node.arguments[0] === parent.child) {
      return isSuperagentQuery(parent.node, this.#sourceCode.getScope(parent.node)) || isSearchParamsConstructor(parent.node);
    }
    if (parent.node.type === AST_NODE_TYPES.NewExpression && parent.node.arguments[0] === parent.child) {
      return isSearchParamsConstructor(parent.node);
    }
    return false;
  }

  /**
   * `url + (url.includes('?') ? '&' : '?') + 'access_token=' + t`: a conditional whose branches are both
   * query separators is read as a `?`.
   */
  withSeparators(parts: readonly StringPart[], scope: Scope): readonly StringPart[] {
    if (!parts.some((p) => p.kind === 'hole' && unwrap(p.node).type === AST_NODE_TYPES.ConditionalExpression)) return parts;
    return parts.map((part) => {
      const target = unwrap(part.node);
      if (part.kind !== 'hole' || target.type !== AST_NODE_TYPES.ConditionalExpression) return part;
      const branches = [this.#values.text(target.consequent, scope), this.#values.text(target.alternate, scope)];
      return branches.every((b) => b === '?' || b === '&') ? { kind: 'text', value: '?', node: target } : part;
    });
  }

  /**
   * Whether an implicit query (opened by `&`, `parts` being `root`'s) is no URL: a form body, or a
   * string that no sink and no URL-like name shows to be a URL. `sink` is asked only when needed.
   */
  isNotUrl(root: TSESTree.Node, parts: readonly StringPart[], sink: () => UrlSink | undefined): boolean {
    return this.#isBodyContext(root, parts) || !this.#hasUrlEvidence(root, parts, sink());
  }

  /**
   * An implicit query (`'&client_secret=' + secret`) that is really a form body: it is the body of a
   * request, is stored under a body-like name, or goes into a variable that is sent as a body.
   */
  #isBodyContext(root: TSESTree.Node, parts: readonly StringPart[]): boolean {
    const first = parts[0];
    if (first?.kind === 'hole') {
      const holeName = this.#values.name(unwrap(first.node));
      if (holeName !== undefined && BODY_NAME.test(nameWords(holeName))) return true;
    }
    const { node: parent, child } = climb(root);
    let target: TSESTree.Node | undefined;
    if (parent.type === AST_NODE_TYPES.AssignmentExpression) target = parent.left;
    else if (parent.type === AST_NODE_TYPES.VariableDeclarator) target = parent.id;
    else return this.#isBodyPosition(child);
    const name = lastName(target);
    if (name !== undefined && BODY_NAME.test(nameWords(name))) return true;
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = ASTUtils.findVariable(this.#sourceCode.getScope(target), target);
    return variable?.references.some((ref) => ref.isRead() && this.#isBodyPosition(ref.identifier)) === true;
  }

  /**
   * An implicit query (`'&api_key=' + key`) is only a URL when something says so: it reaches a known
   * sink, it is appended to a URL-named value (`url += …`, `${endpoint}&…`), or stored under one.
   */
  #hasUrlEvidence(root: TSESTree.Node, parts: readonly StringPart[], sink: UrlSink | undefined): boolean {
    if (sink) return true;
    const first = parts[0];
    const names = [first?.kind === 'hole' ? this.#values.name(unwrap(first.node)) : undefined];
    const { node: parent } = climb(root);
    if (parent.type === AST_NODE_TYPES.AssignmentExpression) names.push(lastName(parent.left));
    else if (parent.type === AST_NODE_TYPES.VariableDeclarator) names.push(lastName(parent.id));
    return names.some((name) => name !== undefined && URL_NAME.test(nameWords(name)));
  }

  /** `body: x`, `xhr.send(x)`, `req.write(x)`, `axios.post(url, x)`. */
  #isBodyPosition(node: TSESTree.Node): boolean {
    const { node: parent, child } = climb(node);
    if (parent.type === AST_NODE_TYPES.Property && parent.value === child) {
      return BODY_NAME.test(nameWords(propertyName(parent, this.#sourceCode.getScope(parent)) ?? ''));
    }
    if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee === child) return false;
    const method = lastName(parent.callee);
    if (method === 'send' || method === 'write' || method === 'end') return true;
    const described = describeCall(parent, this.#sourceCode.getScope(parent));
    return described !== undefined && parent.arguments.indexOf(child as TSESTree.CallExpressionArgument) !== described.urlIndex;
  }
}
