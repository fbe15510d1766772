/**
 * Hard-coded fallbacks: `process.env.MP_TOKEN || 'APP_USR-…'`, `env ?? 'sk_live_…'`. A value read at
 * run time with a literal to fall back on ships that literal as surely as a literal alone, so the rules
 * judge the literal side. Found directly, through same-file constants, and as the one unknown hole of a
 * template or concatenation (`` `Bearer ${process.env.T || 'lit'}` ``, `'Bearer ' + (t ?? 'lit')`), as the
 * default of a destructured env read (`const { T = 'lit' } = process.env`, never reassigned), and
 * in another module: an imported binding or member chain whose value there is such a fallback
 * (`config.mp.accessToken` of `module.exports = { mp: { accessToken: process.env.T || 'lit' } }`).
 */
import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { boundExpression } from '../values/bindings.js';
import { unwrap } from '../values/static.js';
import { envObjectOf, type ImportedFallback, type Values } from '../values/resolver.js';

type Scope = TSESLint.Scope.Scope;

export type Fallback =
  | {
      /** The whole value with the fallback in place of the logical expression. */
      readonly text: string;
      /** The `a || b` / `a ?? b` expression, or the `T = 'lit'` of `const { T = 'lit' } = process.env`. */
      readonly logical: TSESTree.LogicalExpression | TSESTree.AssignmentPattern;
      /** Its static side (the fallback literal). */
      readonly literal: TSESTree.Node;
      readonly imported?: undefined;
    }
  | {
      readonly text: string;
      /** The fallback as written in another module (nothing in this file to rewrite). */
      readonly imported: ImportedFallback;
      readonly logical?: undefined;
      readonly literal?: undefined;
    };

/** The fallback literals reported: a constant with a fallback that two headers or SDK calls read is reported once. */
const reportedFallbacks = new WeakSet<TSESTree.Node>();

/** Whether the fallback `literal` is reported for the first time in its file (and marks it reported). */
export function firstReportOf(literal: TSESTree.Node): boolean {
  if (reportedFallbacks.has(literal)) return false;
  reportedFallbacks.add(literal);
  return true;
}

/** A fallback written in another module, as a `Fallback` (a header or SDK option of an object imported whole). */
export function importedFallbackOf(value: ImportedFallback): Fallback {
  return { text: value.text, imported: value };
}

/**
 * `const { T = 'lit' } = process.env` (or `import.meta.env`): the default of a variable read from the
 * environment where it is declared, when nothing else writes it.
 */
function envDefault(values: Values, id: TSESTree.Identifier, scope: Scope): Fallback | undefined {
  const variable = ASTUtils.findVariable(scope, id);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== TSESLint.Scope.DefinitionType.Variable) return undefined;
  const { node: declarator, name } = def;
  const pattern = name.parent;
  if (!declarator.init || declarator.id.type !== AST_NODE_TYPES.ObjectPattern || pattern.type !== AST_NODE_TYPES.AssignmentPattern || pattern.left !== name) return undefined;
  if (pattern.parent.type !== AST_NODE_TYPES.Property || pattern.parent.parent !== declarator.id) return undefined;
  if (!envObjectOf(declarator.init, values.scope(declarator.init)) || variable.references.some((ref) => ref.isWrite() && ref.init !== true)) return undefined;
  const text = values.text(pattern.right, values.scope(pattern.right));
  return text === undefined ? undefined : { text, logical: pattern, literal: pattern.right };
}

/** The fallback an imported binding or member chain has in its module, if that is what it is. */
function importedFallback(values: Values, node: TSESTree.Identifier | TSESTree.MemberExpression, scope: Scope): Fallback | undefined {
  const value = values.importedValue(node, scope);
  return value?.kind === 'fallback' ? importedFallbackOf(value) : undefined;
}

/** The value of `node` when a run-time read in it falls back on a static text (see the module comment). */
export function fallbackOf(values: Values, node: TSESTree.Node, scope: Scope, depth = 0): Fallback | undefined {
  if (depth > 8) return undefined;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      const bound = values.bound(target, scope);
      return bound ? fallbackOf(values, bound, scope, depth + 1) : (envDefault(values, target, scope) ?? importedFallback(values, target, scope));
    }
    case AST_NODE_TYPES.MemberExpression: {
      // `this.token` of a field bound to such a value, a static field
      const bound = boundExpression(target, scope);
      return bound ? fallbackOf(values, bound, values.scope(bound), depth + 1) : importedFallback(values, target, scope);
    }
    case AST_NODE_TYPES.LogicalExpression: {
      if (target.operator === '&&') return undefined;
      const text = values.text(target.right, scope);
      if (text !== undefined) return { text, logical: target, literal: target.right };
      // `a || b || 'lit'`
      return fallbackOf(values, target.right, scope, depth + 1);
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      let text = target.quasis[0]?.value.cooked ?? '';
      let found: Fallback | undefined;
      for (const [i, expression] of target.expressions.entries()) {
        const known = values.text(expression, scope);
        let piece = known;
        if (piece === undefined) {
          if (found) return undefined;
          found = fallbackOf(values, expression, scope, depth + 1);
          piece = found?.text;
        }
        if (piece === undefined) return undefined;
        text += piece + (target.quasis[i + 1]?.value.cooked ?? '');
      }
      return found && { ...found, text };
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (target.operator !== '+') return undefined;
      const left = values.text(target.left, scope);
      const right = values.text(target.right, scope);
      if (left !== undefined && right === undefined) {
        const found = fallbackOf(values, target.right, scope, depth + 1);
        return found && { ...found, text: left + found.text };
      }
      if (right !== undefined && left === undefined) {
        const found = fallbackOf(values, target.left, scope, depth + 1);
        return found && { ...found, text: found.text + right };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
