/**
 * Same-file helpers that wrap a base64 call (issue #17): `const basic = (u, p) => 'Basic ' + btoa(\`${u}:${p}\`)`
 * called with literals (`basic('svc', 'Wq…')`) sends the same header as the base64 call written in place.
 * A helper is followed when it is a function declaration or a `const` bound to an arrow / function
 * expression in this file, with plain identifier parameters, whose body is one expression (or one
 * `return`) built from its parameters, literals and same-file constants with `+`, templates, base64
 * calls (`base64Call` in base64.ts) and further such helpers. Nothing else is evaluated: any other
 * call, a member read or a parameter left out makes the value unknown.
 */
import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from './static.js';
import { base64Call } from './base64.js';
import type { Values } from './resolver.js';

type Scope = TSESLint.Scope.Scope;

/** Helpers inside helpers followed at most this deep. */
const MAX_DEPTH = 4;

/** What a helper call returns: its text and the plain text it base64-encoded (the last base64 call's input). */
export interface HelperText {
  readonly text: string;
  readonly encodedFrom: string | undefined;
}

type Fn = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/** The same-file function `callee` names: a function declaration or a `const` bound to a function expression. */
function helperOf(values: Values, callee: TSESTree.Node, scope: Scope): Fn | undefined {
  const id = unwrap(callee);
  if (id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = ASTUtils.findVariable(scope, id)?.defs[0];
  if (def?.type === TSESLint.Scope.DefinitionType.FunctionName && def.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
  const bound = values.bound(id, scope);
  const fn = bound && unwrap(bound);
  return fn && (fn.type === AST_NODE_TYPES.ArrowFunctionExpression || fn.type === AST_NODE_TYPES.FunctionExpression) ? fn : undefined;
}

/** The one expression a function returns: an arrow's body, or a body that is a single `return x`. */
function returned(fn: Fn): TSESTree.Node | undefined {
  if (fn.async || fn.generator) return undefined;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body;
  const [statement, ...rest] = fn.body.body;
  return statement?.type === AST_NODE_TYPES.ReturnStatement && rest.length === 0 ? (statement.argument ?? undefined) : undefined;
}

class Evaluation {
  encodedFrom: string | undefined;
  readonly #values: Values;

  constructor(values: Values) {
    this.#values = values;
  }

  /** The text of `node` with the parameters in `env` bound to their arguments' texts. */
  text(node: TSESTree.Node, env: ReadonlyMap<string, string>, depth: number): string | undefined {
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.Literal:
        return typeof target.value === 'string' || typeof target.value === 'number' ? String(target.value) : undefined;
      case AST_NODE_TYPES.Identifier:
        return env.get(target.name) ?? this.#values.text(target);
      case AST_NODE_TYPES.TemplateLiteral: {
        let text = target.quasis[0]?.value.cooked ?? '';
        for (const [i, expression] of target.expressions.entries()) {
          const part = this.text(expression, env, depth);
          const quasi = target.quasis[i + 1]?.value.cooked;
          if (part === undefined || quasi === undefined || quasi === null) return undefined;
          text += part + quasi;
        }
        return text;
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (target.operator !== '+') return undefined;
        const left = this.text(target.left, env, depth);
        const right = left === undefined ? undefined : this.text(target.right, env, depth);
        return left === undefined || right === undefined ? undefined : left + right;
      }
      case AST_NODE_TYPES.CallExpression:
        return this.call(target, env, depth);
      default:
        return undefined;
    }
  }

  /** A base64 call on evaluated input, or a helper called with evaluated arguments. */
  call(call: TSESTree.CallExpression, env: ReadonlyMap<string, string>, depth: number): string | undefined {
    const scope = this.#values.scope(call);
    const encoded = base64Call(this.#values, call, scope);
    if (encoded) {
      const { encoding } = encoded;
      const input = encoding !== undefined && Buffer.isEncoding(encoding) ? this.text(encoded.source, env, depth) : undefined;
      if (input === undefined || encoding === undefined || !Buffer.isEncoding(encoding)) return undefined;
      this.encodedFrom = input;
      return Buffer.from(input, encoding).toString('base64');
    }
    const fn = depth < MAX_DEPTH ? helperOf(this.#values, call.callee, scope) : undefined;
    const body = fn && returned(fn);
    if (!fn || !body) return undefined;
    const inner = new Map<string, string>();
    for (const [i, param] of fn.params.entries()) {
      const arg = call.arguments[i];
      if (param.type !== AST_NODE_TYPES.Identifier || !arg || arg.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const value = this.text(arg, env, depth);
      if (value === undefined) return undefined;
      inner.set(param.name, value);
    }
    return this.text(body, inner, depth + 1);
  }
}

/**
 * What a call of a same-file helper that base64-encodes its input returns, when every argument is
 * static (`basicAuth('svc', 'Wq…')`); `undefined` for any other call, and for a helper that encodes nothing.
 */
export function helperText(values: Values, node: TSESTree.Node): HelperText | undefined {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || base64Call(values, call, values.scope(call))) return undefined;
  const evaluation = new Evaluation(values);
  const text = evaluation.call(call, new Map(), 0);
  return text === undefined || evaluation.encodedFrom === undefined ? undefined : { text, encodedFrom: evaluation.encodedFrom };
}
