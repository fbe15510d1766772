/**
 * Values that are base64-encoded in the code, for the rules that read credentials out of header
 * values (`no-hardcoded-auth-header`): what `'Basic ' + btoa('user:pass')` sends, which literal the
 * credential was written in (`const PASS = '…'`), and what a Basic credential decodes to.
 *
 * Built on the value resolver (`valuesOf`): every binding and every static text is its answer.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { base64Input } from './base64.js';
import { helperText } from './encoding-helpers.js';
import { boundExpression } from './bindings.js';
import { unwrap } from './static.js';
import type { ImportedValue, Values } from './resolver.js';

type Scope = TSESLint.Scope.Scope;

export { base64Input, type Base64Input } from './base64.js';

export interface EncodedText {
  readonly text: string;
  /** The plain `user:password` when the value was base64-encoded from a literal in the code. */
  readonly encodedFrom?: string;
}

/** The whole value when every part is static (literal text or a base64 call on literal text). */
export function encodedText(values: Values, node: TSESTree.Node, scope: Scope): EncodedText | undefined {
  let text = '';
  let encodedFrom: string | undefined;
  for (const part of values.parts(node, scope)) {
    if (part.kind === 'text') {
      text += part.value;
      continue;
    }
    const encoded = base64Input(values, part.node, scope);
    if (encoded) {
      encodedFrom = encoded.input;
      text += Buffer.from(encoded.input, encoded.encoding).toString('base64');
      continue;
    }
    // a same-file helper that wraps one: `basicAuth('svc', 'Wq…')`
    const helper = helperText(values, part.node);
    if (!helper) return undefined;
    encodedFrom = helper.encodedFrom;
    text += helper.text;
  }
  return encodedFrom === undefined ? { text } : { text, encodedFrom };
}

const BASE64 = /^[\d+/A-Za-z]+={0,2}$/u;
const PRINTABLE = /^[\x20-\x7e]+$/u;

/** `user:password` cut at its first colon (no colon: all user, no password). */
export function splitBasic(plain: string): { user: string; password: string } {
  const colon = plain.indexOf(':');
  return colon < 0 ? { user: plain, password: '' } : { user: plain.slice(0, colon), password: plain.slice(colon + 1) };
}

/** `user:password` from a Basic credential, when it decodes to one. */
export function decodeBasic(credential: string): string | undefined {
  if (credential.length % 4 !== 0 || !BASE64.test(credential)) return undefined;
  const decoded = Buffer.from(credential, 'base64').toString('latin1');
  return PRINTABLE.test(decoded) && decoded.includes(':') ? decoded : undefined;
}

/**
 * The argument of a base64 call, or of a same-file helper that wraps one, that holds the secret half
 * of the `user:password` it encodes (the user when there is no password), and that half.
 */
function encodedSource(values: Values, call: TSESTree.CallExpression, scope: Scope): { node: TSESTree.Node; secret: string } | undefined {
  const encoded = base64Input(values, call, scope);
  const plain = encoded?.input ?? helperText(values, call)?.encodedFrom;
  if (plain === undefined) return undefined;
  const { user, password } = splitBasic(plain);
  const secret = password || user;
  if (encoded) return { node: encoded.source, secret };
  const node = call.arguments.find((arg) => arg.type !== AST_NODE_TYPES.SpreadElement && values.text(arg, scope)?.includes(secret) === true);
  return node ? { node, secret } : undefined;
}

/**
 * The declaration that holds the literal `credential` was written in, when the value came through a
 * binding: the innermost one whose value holds it (`const TOKEN = 'abc'; const AUTH = 'Bearer ' +
 * TOKEN` → TOKEN), through `+`, template holes and base64 calls (the secret half of `user:password`).
 */
export function literalHome(values: Values, node: TSESTree.Node, scope: Scope, credential: string, depth = 0): TSESTree.VariableDeclarator | undefined {
  const target = unwrap(node);
  if (depth > 32) return undefined;
  const holds = (part: TSESTree.Node): boolean => encodedText(values, part, scope)?.text.includes(credential) === true;
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      const value = values.bound(target, scope);
      if (!value) return undefined;
      return literalHome(values, value, values.scope(value), credential, depth + 1) ?? values.declaration(target, scope);
    }
    case AST_NODE_TYPES.MemberExpression: {
      // `this.token` of a field bound to a constant (`this.token = TOKEN`), a static field (`Keys.TOKEN`)
      const value = boundExpression(target, scope);
      return value ? literalHome(values, value, values.scope(value), credential, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      const part = [target.right, target.left].find(holds);
      return part ? literalHome(values, part, scope, credential, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      const part = target.expressions.find(holds);
      return part ? literalHome(values, part, scope, credential, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.LogicalExpression:
      // `KEY || process.env.KEY`: the side that gives the text (a fallback literal is the rules' own finding)
      return target.operator !== '&&' && holds(target.left) ? literalHome(values, target.left, scope, credential, depth + 1) : undefined;
    case AST_NODE_TYPES.CallExpression: {
      // the secret half of `user:password` (the user when there is no password), in the argument that holds it
      const source = encodedSource(values, target, scope);
      return source ? literalHome(values, source.node, scope, source.secret, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The imported value the literal `credential` was written in, when the value came from another
 * module (`import { TOKEN } from './config'`, `PAYMENTS.accessToken`, `'Bearer ' + KEYS.api`): the
 * innermost imported text that holds it, through same-file bindings, `+`, template holes and base64
 * calls, as `literalHome` follows them.
 */
export function importedHome(values: Values, node: TSESTree.Node, scope: Scope, credential: string, depth = 0): ImportedValue | undefined {
  const target = unwrap(node);
  if (depth > 32) return undefined;
  const holds = (part: TSESTree.Node): boolean => encodedText(values, part, scope)?.text.includes(credential) === true;
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      const value = values.bound(target, scope);
      if (value) return importedHome(values, value, values.scope(value), credential, depth + 1);
      const imported = values.imported(target, scope);
      return imported?.kind === 'text' && imported.text.includes(credential) ? imported : undefined;
    }
    case AST_NODE_TYPES.MemberExpression: {
      // `this.token` of a field bound to an imported member (`token = environment.mp.accessToken`), a static field
      const value = boundExpression(target, scope);
      if (value) return importedHome(values, value, values.scope(value), credential, depth + 1);
      const imported = values.imported(target, scope);
      return imported?.kind === 'text' && imported.text.includes(credential) ? imported : undefined;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      const part = [target.right, target.left].find(holds);
      return part ? importedHome(values, part, scope, credential, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      const part = target.expressions.find(holds);
      return part ? importedHome(values, part, scope, credential, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.LogicalExpression:
      return target.operator !== '&&' && holds(target.left) ? importedHome(values, target.left, scope, credential, depth + 1) : undefined;
    case AST_NODE_TYPES.CallExpression: {
      const source = encodedSource(values, target, scope);
      return source ? importedHome(values, source.node, scope, source.secret, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}
