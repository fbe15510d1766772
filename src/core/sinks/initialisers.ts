/**
 * Client SDK initialisers that expect a public key (`initMercadoPago(…)`, `new MercadoPago(…)`,
 * `loadStripe(…)`, `Stripe(…)`), for `no-secret-in-client`: whether a call is one (imported from its
 * SDK, or the script-tag global), and what its first argument passes (an env variable, a known text,
 * or a named value). Whether that is a private credential is the rule's verdict.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../values/static.js';
import type { Values } from '../values/resolver.js';
import { isGlobal, memberName } from './callee-names.js';
import type { EnvReads } from './env-reads.js';

export type Provider = 'mercadopago' | 'stripe';

export interface Initialiser {
  readonly callee: string;
  /** Imported from one of these packages; without: the script-tag global (also as `window.X`), never a local or imported binding. */
  readonly packages?: readonly string[];
  readonly provider: Provider;
  readonly construct: boolean;
}

const INITIALISERS: readonly Initialiser[] = [
  { callee: 'initMercadoPago', packages: ['@mercadopago/sdk-react'], provider: 'mercadopago', construct: false },
  { callee: 'MercadoPago', provider: 'mercadopago', construct: true },
  { callee: 'loadStripe', packages: ['@stripe/stripe-js', '@stripe/stripe-js/pure'], provider: 'stripe', construct: false },
  { callee: 'Stripe', provider: 'stripe', construct: false },
  { callee: 'Stripe', provider: 'stripe', construct: true },
];

const INITIALISER_NAMES = new Set(INITIALISERS.map((i) => i.callee));

/** What an initialiser's argument passes. `node`: the argument without TS wrappers. */
export type PassedValue =
  /** `process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN`, `import.meta.env['VITE_STRIPE_SECRET_KEY']`: `property` names it. */
  | { readonly kind: 'env'; readonly node: TSESTree.MemberExpression; readonly name: string; readonly property: TSESTree.MemberExpression['property'] }
  /** A statically known text. */
  | { readonly kind: 'text'; readonly node: TSESTree.Node; readonly value: string }
  /** A variable or property: `accessToken`, `config.mpAccessToken`. */
  | { readonly kind: 'name'; readonly node: TSESTree.Node; readonly name: string };

/** The first argument of `call` when the callee is named like an initialiser (a cheap test, before `initialiserOf`). */
export function initialiserArgument(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Expression | undefined {
  const [argument] = call.arguments;
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const calleeNode = unwrap(call.callee);
  const named = calleeNode.type === AST_NODE_TYPES.Identifier ? calleeNode.name : memberName(calleeNode);
  return named !== undefined && INITIALISER_NAMES.has(named) ? argument : undefined;
}

/** The initialiser `call` is, when it is one: imported from its SDK, or the script-tag global. */
export function initialiserOf(values: Values, call: TSESTree.CallExpression | TSESTree.NewExpression): Initialiser | undefined {
  const callee = unwrap(call.callee);
  let identifier: TSESTree.Identifier | undefined;
  let name: string | undefined;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    identifier = callee;
    name = callee.name;
  } else if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrap(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'window' || !isGlobal(object, values.scope(object))) return undefined;
    name = memberName(callee);
  }
  const construct = call.type === AST_NODE_TYPES.NewExpression;
  const candidates = INITIALISERS.filter((i) => i.callee === name && i.construct === construct);
  if (candidates.length === 0) return undefined;
  if (!identifier) return candidates.find((i) => !i.packages);
  const variable = ASTUtils.findVariable(values.scope(identifier), identifier);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length === 0) return candidates.find((i) => !i.packages);
  if (def?.type !== TSESLint.Scope.DefinitionType.ImportBinding || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const from = def.parent.source.value;
  return candidates.find((i) => i.packages?.includes(from));
}

/** What the initialiser `call` is passed in `argument`: an env variable first, then a known text, then a name. */
export function passedValue(values: Values, env: EnvReads, call: TSESTree.Node, argument: TSESTree.Node): PassedValue | undefined {
  const target = unwrap(argument);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const source = env.sourceOf(target.object);
    const name = memberName(target);
    if (source !== undefined && name !== undefined) return { kind: 'env', node: target, name, property: target.property };
  }
  const value = values.text(target, values.scope(call));
  if (value !== undefined) return { kind: 'text', node: target, value };
  const name = target.type === AST_NODE_TYPES.Identifier ? target.name : memberName(target);
  return name === undefined ? undefined : { kind: 'name', node: target, name };
}
