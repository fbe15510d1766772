/**
 * Values that are base64-encoded in the code, for the rules that read credentials out of header
 * values (`no-hardcoded-auth-header`): what `'Basic ' + btoa('user:pass')` sends, which literal the
 * credential was written in (`const PASS = '…'`), and what a Basic credential decodes to.
 *
 * Built on the value resolver (`valuesOf`): every binding and every static text is its answer.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from './static.js';
import type { ImportedValue, Values } from './resolver.js';

type Scope = TSESLint.Scope.Scope;

/** The static input of a base64 call, its encoding, and the argument node it was read from. */
export interface Base64Input {
  readonly input: string;
  readonly encoding: BufferEncoding;
  readonly source: TSESTree.Node;
}

/** `btoa('u:p')`, `Buffer.from('u:p').toString('base64')`: the static input, when the call is one of these. */
export function base64Input(values: Values, node: TSESTree.Node, scope: Scope): Base64Input | undefined {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length === 0) return undefined;
  const callee = unwrap(call.callee);
  const [arg] = call.arguments;
  const methodName =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
        ? callee.property.name
        : undefined;
  if (methodName === 'btoa' && arg && arg.type !== AST_NODE_TYPES.SpreadElement) {
    const input = values.text(arg, scope);
    return input === undefined ? undefined : { input, encoding: 'latin1', source: arg };
  }
  // Buffer.from(x[, enc]).toString('base64')
  if (methodName !== 'toString' || callee.type !== AST_NODE_TYPES.MemberExpression || !arg || values.text(arg, scope) !== 'base64') {
    return undefined;
  }
  const from = unwrap(callee.object);
  if (from.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const fromCallee = unwrap(from.callee);
  if (
    fromCallee.type !== AST_NODE_TYPES.MemberExpression ||
    fromCallee.object.type !== AST_NODE_TYPES.Identifier ||
    fromCallee.object.name !== 'Buffer' ||
    fromCallee.property.type !== AST_NODE_TYPES.Identifier ||
    fromCallee.property.name !== 'from'
  ) {
    return undefined;
  }
  const [source, enc] = from.arguments;
  if (!source || source.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const input = values.text(source, scope);
  const encoding = enc && enc.type !== AST_NODE_TYPES.SpreadElement ? values.text(enc, scope) : 'utf8';
  if (input === undefined || encoding === undefined || !Buffer.isEncoding(encoding)) return undefined;
  return { input, encoding, source };
}

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
    if (!encoded) return undefined;
    encodedFrom = encoded.input;
    text += Buffer.from(encoded.input, encoded.encoding).toString('base64');
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
    case AST_NODE_TYPES.BinaryExpression: {
      const part = [target.right, target.left].find(holds);
      return part ? literalHome(values, part, scope, credential, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      const part = target.expressions.find(holds);
      return part ? literalHome(values, part, scope, credential, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.CallExpression: {
      const encoded = base64Input(values, target, scope);
      if (!encoded) return undefined;
      // the secret half of `user:password` (the user when there is no password)
      const { user, password } = splitBasic(encoded.input);
      return literalHome(values, encoded.source, scope, password || user, depth + 1);
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
    case AST_NODE_TYPES.CallExpression: {
      const encoded = base64Input(values, target, scope);
      if (!encoded) return undefined;
      const { user, password } = splitBasic(encoded.input);
      return importedHome(values, encoded.source, scope, password || user, depth + 1);
    }
    default:
      return undefined;
  }
}
