/**
 * Static string values, through `@typescript-eslint/utils`' `getStaticValue` and `findVariable`
 * (literals, template literals, concatenation, same-file `const` bindings and aliases of aliases).
 *
 * Two views are offered:
 * - `staticString(node)`: the whole value, when it is fully known;
 * - `stringParts(node)`: a string expression cut into known text and unknown holes, so that
 *   `'…?access_token=' + token` can be read as text followed by a value, following `const` bindings
 *   whose initialisers are themselves partly dynamic.
 *
 * Results are cached per node: the AST is shared by every rule of a lint run, so a value computed for
 * one rule is free for the next.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

export type StringPart =
  | { readonly kind: 'text'; readonly value: string; readonly node: TSESTree.Node }
  | { readonly kind: 'hole'; readonly node: TSESTree.Node };

const staticCache = new WeakMap<TSESTree.Node, { value: string | undefined }>();

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
  const cached = staticCache.get(node);
  if (cached) return cached.value;
  staticCache.set(node, { value: undefined }); // a binding that refers to itself is not static
  const target = unwrap(node);
  let value = composed(target, scope);
  if (value === undefined) {
    const result = ASTUtils.getStaticValue(target, scope);
    value = typeof result?.value === 'string' ? result.value : undefined;
  }
  staticCache.set(node, { value });
  return value;
}

/** `a + b` of two static strings, or a `const` identifier's static string, from the cache. */
function composed(target: TSESTree.Node, scope: Scope): string | undefined {
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    const left = staticString(target.left, scope);
    if (left === undefined) return undefined;
    const right = staticString(target.right, scope);
    return right === undefined ? undefined : left + right;
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const init = constDeclarator(target, scope)?.init;
    return init ? staticString(init, scope) : undefined;
  }
  return undefined;
}

const reassignedCache = new WeakMap<TSESLint.Scope.Variable, boolean>();

/**
 * Whether a variable is written anywhere but its declaration. Read once per variable: rules ask about
 * the same binding at each of its uses, and a scan of its references each time would be quadratic.
 */
function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  let reassigned = reassignedCache.get(variable);
  if (reassigned === undefined) {
    reassigned = variable.references.some((ref) => ref.init !== true && ref.isWrite());
    reassignedCache.set(variable, reassigned);
  }
  return reassigned;
}

/** The `const` declarator that `id` refers to, when it has exactly one definition with an initialiser. */
export function constDeclarator(id: TSESTree.Identifier, scope: Scope): TSESTree.VariableDeclarator | undefined {
  const variable = ASTUtils.findVariable(scope, id);
  if (variable?.defs.length !== 1) return undefined;
  const [def] = variable.defs;
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable) return undefined;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  // A `const` needs no look at its references; a `let`/`var` counts when it is never reassigned.
  return def.parent.kind === 'const' || !isReassigned(variable) ? declarator : undefined;
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
    case AST_NODE_TYPES.Identifier: {
      const declarator = constDeclarator(target, scope);
      if (declarator?.init) {
        collect(declarator.init, scope, out, depth + 1, seen);
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

/** The static name of a property key or member property (`a.b`, `a['b']`, `{ 'b': 1 }`, `{ [B]: 1 }` with a const B). */
export function propertyName(
  node: TSESTree.Property | TSESTree.MemberExpression | TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
  scope: Scope,
): string | undefined {
  return ASTUtils.getPropertyName(node, scope) ?? undefined;
}
