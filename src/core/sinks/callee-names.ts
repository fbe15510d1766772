/**
 * The names calls and members go by, for the sinks that recognise writes by name (header writes,
 * env reads, bundler settings, SDK initialisers): `a.b` → b, `a['b']` → b, `f()` → f, and whether an
 * identifier is a global (`process`, `window`, `require`: no declaration in the file).
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../values/static.js';

/** A member's property name, written plainly or as a string literal: `a.b`, `a['b']` → b. */
export function memberName(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string' ? node.property.value : undefined;
}

/** The name a callee goes by: `f` → f, `a.b.f` → f (not `a[f]`). */
export function calleeName(callee: TSESTree.Node): string | undefined {
  const target = unwrap(callee);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed && target.property.type === AST_NODE_TYPES.Identifier) {
    return target.property.name;
  }
  return undefined;
}

/** Whether `identifier` refers to a global: nothing in the file declares it. */
export function isGlobal(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): boolean {
  const variable = ASTUtils.findVariable(scope, identifier);
  return !variable || variable.defs.length === 0;
}
