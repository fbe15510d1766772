/**
 * Static string values, through `@typescript-eslint/utils`' `getStaticValue` and `findVariable`
 * (literals, template literals, concatenation, same-file `const` bindings and aliases of aliases).
 *
 * Two views are offered:
 * - `staticString(node)`: the whole value, when it is fully known;
 * - `stringParts(node)`: a string expression cut into known text and unknown holes, so that
 *   `'…?access_token=' + token` can be read as text followed by a value, following `const` bindings
 *   whose initialisers are themselves partly dynamic.
 * A third, `syntacticParts(node)`, cuts the expression as it is written, following nothing.
 *
 * Results are cached per node: the AST is shared by every rule of a lint run, so a value computed for
 * one rule is free for the next.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { boundExpression, constDeclarator } from './bindings.js';

export { boundExpression, constDeclarator } from './bindings.js';

type Scope = TSESLint.Scope.Scope;

export type StringPart =
  | { readonly kind: 'text'; readonly value: string; readonly node: TSESTree.Node }
  | { readonly kind: 'hole'; readonly node: TSESTree.Node };

/**
 * `value`: the node's string value, when static. `dynamic`: `getStaticValue` gives nothing for it (not
 * even a number), so that no expression built on it (`x + '…'`, a `const` bound to it) is evaluated
 * again: `getStaticValue` has no cache, and asking it about each level of a 2,000-deep concatenation
 * that starts with a variable walked the whole left side every time (quadratic).
 */
interface StaticEntry {
  readonly value: string | undefined;
  readonly dynamic: boolean;
}

const staticCache = new WeakMap<TSESTree.Node, StaticEntry>();

/**
 * The text of a binding imported from another module (`TOKEN`, `PAYMENTS.accessToken`,
 * `environment.stripe.secretKey`), asked only where no same-file `const` binds the identifier.
 */
export type ImportedText = (node: TSESTree.Identifier | TSESTree.MemberExpression, scope: Scope) => string | undefined;

/** The hook of each linted file, by its `Program` node (the block of its global scope). */
const importHooks = new WeakMap<TSESTree.Node, ImportedText>();

/** Registers how imported texts are read for the file whose AST is `program` (the resolver does it). */
export function setImportHook(program: TSESTree.Node, hook: ImportedText): void {
  importHooks.set(program, hook);
}

function importedText(node: TSESTree.Identifier | TSESTree.MemberExpression, scope: Scope): string | undefined {
  let global: Scope = scope;
  while (global.upper) global = global.upper;
  return importHooks.get(global.block)?.(node, scope);
}

/** While a node is being evaluated: a binding that refers to itself is not static (nothing is claimed about it). */
const PENDING: StaticEntry = { value: undefined, dynamic: false };

/** Strips TS-only wrappers (`x as string`, `x!`, `<string>x`, `x satisfies T`) and parentheses' effect. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/**
 * The full string value of `node` when it is statically known, else `undefined`.
 *
 * `getStaticValue` does the evaluation; string concatenation and `const` identifiers are composed
 * here from the cached values of their parts first, because `getStaticValue` re-evaluates a whole
 * chain of bindings on every call: a file with 2,000 `const cN = cN-1 + '…'` lines took cubic time.
 */
export function staticString(node: TSESTree.Node, scope: Scope): string | undefined {
  return staticEntry(node, scope).value;
}

/**
 * The entry of `node`, valued after the nodes it is composed of, in a loop over a stack rather than by
 * recursion: a 3,000-term concatenation, or a chain of 2,000 `const` bindings used before the first
 * of them is visited, is that many levels deep.
 */
function staticEntry(node: TSESTree.Node, scope: Scope): StaticEntry {
  const cached = staticCache.get(node);
  if (cached) return cached;
  const stack: { node: TSESTree.Node; ready: boolean }[] = [{ node, ready: false }];
  let entry = PENDING;
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (top.ready) {
      const valued = evaluate(top.node, scope);
      staticCache.set(top.node, valued);
      if (top.node === node) entry = valued;
    } else {
      staticCache.set(top.node, PENDING);
      stack.push({ node: top.node, ready: true });
      // pushed last to first, so that the first is valued first; a part being valued (a binding that
      // refers to itself) is not pushed again
      for (const part of partsOf(unwrap(top.node), scope).reverse()) if (!staticCache.has(part)) stack.push({ node: part, ready: false });
    }
  }
  return entry;
}

/** The nodes whose values `composed` reads. */
function partsOf(target: TSESTree.Node, scope: Scope): TSESTree.Node[] {
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') return [target.left, target.right];
  if (target.type === AST_NODE_TYPES.TemplateLiteral) return [...target.expressions];
  if (isFallback(target)) return [target.left];
  if (target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression) {
    const init = boundExpression(target, scope);
    return init ? [init] : [];
  }
  return [];
}

/** `a || b` or `a ?? b`: when `a` is a known text (not empty, for `||`), the value is `a`'s. */
function isFallback(target: TSESTree.Node): target is TSESTree.LogicalExpression {
  return target.type === AST_NODE_TYPES.LogicalExpression && target.operator !== '&&';
}

/** `node`'s entry, once the entries of its parts are cached. */
function evaluate(node: TSESTree.Node, scope: Scope): StaticEntry {
  const target = unwrap(node);
  const entry = composed(target, scope);
  if (entry.value !== undefined || entry.dynamic) return entry;
  const result = ASTUtils.getStaticValue(target, scope);
  return { value: typeof result?.value === 'string' ? result.value : undefined, dynamic: result === null };
}

const UNKNOWN: StaticEntry = { value: undefined, dynamic: false };
const DYNAMIC: StaticEntry = { value: undefined, dynamic: true };

/**
 * `a + b` of two static strings, a template literal whose holes are static strings, or a `const`
 * identifier's static string, from the cache. Also says when `getStaticValue` is sure to find
 * nothing: a `+` with a side it finds nothing for (it evaluates both sides and gives up on either), an
 * identifier bound to such an expression (it follows the same `const` binding), a template literal
 * with such a hole.
 */
function composed(target: TSESTree.Node, scope: Scope): StaticEntry {
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    const left = staticEntry(target.left, scope);
    if (left.dynamic) return DYNAMIC;
    const right = staticEntry(target.right, scope);
    if (right.dynamic) return DYNAMIC;
    return left.value === undefined || right.value === undefined ? UNKNOWN : { value: left.value + right.value, dynamic: false };
  }
  if (target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression) {
    // a binding of this file (`boundExpression`), else one imported from another module
    const init = boundExpression(target, scope);
    if (init) return staticEntry(init, scope);
    const imported = importedText(target, scope);
    return imported === undefined ? UNKNOWN : { value: imported, dynamic: false };
  }
  if (isFallback(target)) {
    // `KEY || process.env.KEY` with `KEY` imported: a text the left side is sure to give is the value
    // (`getStaticValue` reads this file only, so it knows the left side of a same-file constant)
    const left = staticEntry(target.left, scope);
    return left.value !== undefined && (left.value !== '' || target.operator === '??') ? { value: left.value, dynamic: false } : UNKNOWN;
  }
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    // like `getStaticValue`: nothing when a hole is not static, the text when every hole is a string
    const holes = target.expressions.map((expression) => staticEntry(expression, scope));
    if (holes.some((hole) => hole.dynamic)) return DYNAMIC;
    let value = '';
    for (const [i, quasi] of target.quasis.entries()) {
      const hole = holes[i];
      if (quasi.value.cooked == null || (hole && hole.value === undefined)) return UNKNOWN;
      value += quasi.value.cooked + (hole?.value ?? '');
    }
    return { value, dynamic: false };
  }
  return UNKNOWN;
}

/**
 * The pieces whose texts make up `staticString(node)` when `composed` put it together: both sides of a
 * `+`, a `const` identifier's initialiser, the quasis (as text) and holes of a template literal.
 * `undefined` when the value is read as one text (a literal, or a value from `getStaticValue`). A
 * reader of the text can then work piece by piece and keep what it read of each node.
 */
export function staticPieces(node: TSESTree.Node, scope: Scope): (TSESTree.Node | string)[] | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    return staticString(target.left, scope) !== undefined && staticString(target.right, scope) !== undefined ? [target.left, target.right] : undefined;
  }
  if (target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression) {
    const init = boundExpression(target, scope);
    return init && staticString(init, scope) !== undefined ? [init] : undefined;
  }
  if (target.type === AST_NODE_TYPES.TemplateLiteral && target.expressions.every((e) => staticString(e, scope) !== undefined)) {
    const pieces: (TSESTree.Node | string)[] = [];
    for (const [i, quasi] of target.quasis.entries()) {
      if (quasi.value.cooked == null) return undefined;
      pieces.push(quasi.value.cooked);
      const expression = target.expressions[i];
      if (expression) pieces.push(expression);
    }
    return pieces;
  }
  return undefined;
}

/**
 * Where the value of `node` was declared, following identifiers through `const` bindings (aliases of
 * aliases): the declarator whose initialiser is not a plain identifier, or `undefined` when `node` is
 * not an identifier bound to a constant.
 */
export function constantOrigin(node: TSESTree.Node, scope: Scope): TSESTree.VariableDeclarator | undefined {
  let current = unwrap(node);
  let origin: TSESTree.VariableDeclarator | undefined;
  const seen = new Set<TSESTree.Node>();
  while (current.type === AST_NODE_TYPES.Identifier && !seen.has(current)) {
    seen.add(current);
    const declarator = constDeclarator(current, scope);
    if (!declarator?.init) break;
    origin = declarator;
    current = unwrap(declarator.init);
  }
  return origin;
}

const MAX_DEPTH = 32;

function collect(node: TSESTree.Node, scope: Scope, out: StringPart[], depth: number, seen: Set<TSESTree.Node>): void {
  const target = unwrap(node);
  const known = staticString(target, scope);
  if (known !== undefined) {
    out.push({ kind: 'text', value: known, node: target });
    return;
  }
  if (depth > MAX_DEPTH || seen.has(target)) {
    out.push({ kind: 'hole', node: target });
    return;
  }
  seen.add(target);
  switch (target.type) {
    case AST_NODE_TYPES.BinaryExpression:
      if (target.operator === '+') {
        collect(target.left, scope, out, depth + 1, seen);
        collect(target.right, scope, out, depth + 1, seen);
        return;
      }
      break;
    case AST_NODE_TYPES.TemplateLiteral:
      target.quasis.forEach((quasi, i) => {
        const cooked = quasi.value.cooked;
        if (cooked) out.push({ kind: 'text', value: cooked, node: quasi });
        const expression = target.expressions[i];
        if (expression) collect(expression, scope, out, depth + 1, seen);
      });
      return;
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression: {
      const init = boundExpression(target, scope);
      if (init) {
        collect(init, scope, out, depth + 1, seen);
        return;
      }
      break;
    }
    default:
      break;
  }
  out.push({ kind: 'hole', node: target });
}

const partsCache = new WeakMap<TSESTree.Node, readonly StringPart[]>();

/**
 * `node` as a sequence of known text and unknown holes. Adjacent text parts are merged. A node that
 * is not a string expression comes back as a single hole.
 */
export function stringParts(node: TSESTree.Node, scope: Scope): readonly StringPart[] {
  const cached = partsCache.get(node);
  if (cached) return cached;
  const raw: StringPart[] = [];
  collect(node, scope, raw, 0, new Set());
  const merged: StringPart[] = [];
  for (const part of raw) {
    const last = merged.at(-1);
    if (part.kind === 'text' && last?.kind === 'text') {
      merged[merged.length - 1] = { kind: 'text', value: last.value + part.value, node: last.node };
    } else {
      merged.push(part);
    }
  }
  partsCache.set(node, merged);
  return merged;
}

/**
 * `node` as it is written: the string literals and template quasis of its own `+` and template
 * pieces as text, every other expression as a hole (no binding is followed, nothing is evaluated).
 * What a fix rebuilds a URL from, and what tells a parameter written in an expression from one that
 * comes from a `const`.
 */
export function syntacticParts(node: TSESTree.Node): StringPart[] {
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

/** The static name of a property key or member property (`a.b`, `a['b']`, `{ 'b': 1 }`, `{ [B]: 1 }` with a const B). */
export function propertyName(
  node: TSESTree.Property | TSESTree.MemberExpression | TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
  scope: Scope,
): string | undefined {
  return ASTUtils.getPropertyName(node, scope) ?? undefined;
}
