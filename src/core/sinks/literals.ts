/**
 * Credential texts written in place, for `no-secret-in-client`'s private literals: a string literal,
 * a template literal without holes, and a literal split in pieces (`'APP_USR-…' + '…'`), read once as a
 * whole from its outermost `+`. Bindings are not followed: a text is found where it is written.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../values/static.js';

/** The text of a `'…' + '…'` chain made of string literals only, `undefined` otherwise. */
function literalConcatenation(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal) return typeof target.value === 'string' ? target.value : undefined;
  if (target.type !== AST_NODE_TYPES.BinaryExpression || target.operator !== '+') return undefined;
  const left = literalConcatenation(target.left);
  const right = left === undefined ? undefined : literalConcatenation(target.right);
  return left === undefined || right === undefined ? undefined : left + right;
}

/** Listeners that give `onLiteral` each text written in place, with the node that holds it. */
export function literalListeners(onLiteral: (node: TSESTree.Node, value: string) => void): TSESLint.RuleListener {
  return {
    Literal(node) {
      if (typeof node.value === 'string') onLiteral(node, node.value);
    },
    BinaryExpression(node) {
      // a literal split in pieces, `'APP_USR-…' + '…'`: checked once, as a whole, from the outermost `+`
      if (node.operator !== '+' || (node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.operator === '+')) return;
      const value = literalConcatenation(node);
      if (value !== undefined) onLiteral(node, value);
    },
    TemplateLiteral(node) {
      const [quasi] = node.quasis;
      if (node.expressions.length === 0 && quasi?.value.cooked != null) onLiteral(node, quasi.value.cooked);
    },
  };
}
