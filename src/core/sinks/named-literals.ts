/**
 * Texts written in place under a name, for `no-secret-in-client`'s secrets without a known format: a
 * variable (`const MERCADOPAGO_SECRET = '…'`), an object property (`{ client_secret: '…' }`), a class
 * field (`readonly serviceToken = '…'`), a parameter or destructuring default (`(secret = '…') =>`),
 * an assignment (`this.clientSecret = '…'`, `config.appToken = '…'`), and a JSX attribute
 * (`<PaymentButton accessToken="…" />`, `appToken={'…'}`). The text is a string
 * literal, a template literal without holes, or string literals joined with `+`. Listeners run on
 * exit, so that a more specific check on the same literal (a header value, an initialiser argument)
 * has claimed it first.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../values/static.js';

/** The text of a literal written in place, `undefined` for anything else. */
function literalText(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' ? node.value : undefined;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? undefined) : undefined;
    case AST_NODE_TYPES.BinaryExpression: {
      if (node.operator !== '+') return undefined;
      const left = literalText(unwrap(node.left));
      const right = left === undefined ? undefined : literalText(unwrap(node.right));
      return left === undefined || right === undefined ? undefined : left + right;
    }
    default:
      return undefined;
  }
}

/** The name of a key or a target: an identifier, a private name, a string key; not a computed one. */
function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier || key.type === AST_NODE_TYPES.PrivateIdentifier) return computed ? undefined : key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

export type NamedLiteralHandler = (node: TSESTree.Node, name: string, value: string) => void;

/** Listeners that give `onNamed` each literal written under a name, with the literal's node. */
export function namedLiteralListeners(onNamed: NamedLiteralHandler): TSESLint.RuleListener {
  const check = (name: string | undefined, value: TSESTree.Node | null | undefined): void => {
    if (name === undefined || !value) return;
    const node = unwrap(value);
    const text = literalText(node);
    if (text !== undefined) onNamed(node, name, text);
  };
  return {
    'VariableDeclarator:exit'(node: TSESTree.VariableDeclarator) {
      if (node.id.type === AST_NODE_TYPES.Identifier) check(node.id.name, node.init);
    },
    'Property:exit'(node: TSESTree.Property) {
      if (node.parent.type === AST_NODE_TYPES.ObjectExpression) check(keyName(node.key, node.computed), node.value);
    },
    'PropertyDefinition:exit'(node: TSESTree.PropertyDefinition) {
      check(keyName(node.key, node.computed), node.value);
    },
    'AssignmentPattern:exit'(node: TSESTree.AssignmentPattern) {
      if (node.left.type === AST_NODE_TYPES.Identifier) check(node.left.name, node.right);
    },
    'JSXAttribute:exit'(node: TSESTree.JSXAttribute) {
      if (node.name.type !== AST_NODE_TYPES.JSXIdentifier || !node.value) return;
      const { value } = node;
      if (value.type === AST_NODE_TYPES.JSXExpressionContainer) {
        if (value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression) check(node.name.name, value.expression);
      } else check(node.name.name, value);
    },
    'AssignmentExpression:exit'(node: TSESTree.AssignmentExpression) {
      if (node.operator !== '=') return;
      const { left } = node;
      if (left.type === AST_NODE_TYPES.Identifier) check(left.name, node.right);
      else if (left.type === AST_NODE_TYPES.MemberExpression) check(keyName(left.property, left.computed), node.right);
    },
  };
}
