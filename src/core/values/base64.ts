/**
 * Base64 calls in the code, for the values that read Basic credentials (`encoded.ts`,
 * `encoding-helpers.ts`): `btoa(x)`, `Buffer.from(x).toString('base64')`, the `base-64` and `js-base64`
 * packages' `encode`, and the static input such a call encodes.
 */
import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from './static.js';
import type { Values } from './resolver.js';

type Scope = TSESLint.Scope.Scope;

/** The static input of a base64 call, its encoding, and the argument node it was read from. */
export interface Base64Input {
  readonly input: string;
  readonly encoding: BufferEncoding;
  readonly source: TSESTree.Node;
}

/** A base64 call recognised by its shape: the argument encoded, and its encoding (`undefined`: not static). */
export interface Base64Call {
  readonly source: TSESTree.Node;
  readonly encoding: string | undefined;
}

/**
 * Packages whose `encode` export is base64 (`import { encode } from 'js-base64'`, `import base64 from
 * 'base-64'; base64.encode(…)`), and the name of an object whose `encode` method is (`base64`, js-base64's
 * `Base64`).
 */
const BASE64_PACKAGES: ReadonlySet<string> = new Set(['base-64', 'js-base64']);
const BASE64_OBJECT = /^base64$/iu;

/** Whether the identifier `id` is the `encode` export of a base64 package (`import { encode as b64 } from 'js-base64'`). */
function isImportedEncode(id: TSESTree.Identifier, scope: Scope): boolean {
  const def = ASTUtils.findVariable(scope, id)?.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.ImportBinding || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return false;
  const spec = def.node;
  if (spec.type !== AST_NODE_TYPES.ImportSpecifier || !BASE64_PACKAGES.has(def.parent.source.value)) return false;
  return (spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value) === 'encode';
}

/**
 * `btoa(x)`, `Buffer.from(x[, enc]).toString('base64')`, `base64.encode(x)` / `Base64.encode(x)` (the
 * `base-64` and `js-base64` packages), `encode(x)` imported from one of them: the argument encoded.
 * `Base64.encode(x, true)` is URL-safe base64, not what a Basic header holds, and is left out.
 */
export function base64Call(values: Values, node: TSESTree.Node, scope: Scope): Base64Call | undefined {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length === 0) return undefined;
  const callee = unwrap(call.callee);
  const [arg] = call.arguments;
  if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const member = callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier ? callee : undefined;
  const methodName = callee.type === AST_NODE_TYPES.Identifier ? callee.name : member?.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  if (methodName === 'btoa') return { source: arg, encoding: 'latin1' };
  if (call.arguments.length === 1) {
    const object = member && unwrap(member.object);
    const encode = object ? methodName === 'encode' && object.type === AST_NODE_TYPES.Identifier && BASE64_OBJECT.test(object.name) : callee.type === AST_NODE_TYPES.Identifier && isImportedEncode(callee, scope);
    if (encode) return { source: arg, encoding: 'utf8' };
  }
  // Buffer.from(x[, enc]).toString('base64')
  if (methodName !== 'toString' || !member || values.text(arg, scope) !== 'base64') return undefined;
  const from = unwrap(member.object);
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
  const encoding = enc && enc.type !== AST_NODE_TYPES.SpreadElement ? values.text(enc, scope) : 'utf8';
  return { source, encoding };
}

/** A base64 call (`base64Call`) whose input is static: the input, its encoding, and the argument node it was read from. */
export function base64Input(values: Values, node: TSESTree.Node, scope: Scope): Base64Input | undefined {
  const call = base64Call(values, node, scope);
  if (!call || call.encoding === undefined || !Buffer.isEncoding(call.encoding)) return undefined;
  const input = values.text(call.source, scope);
  return input === undefined ? undefined : { input, encoding: call.encoding, source: call.source };
}
