/**
 * Server SDK loads, for `no-secret-in-client`: whether a module name is one of a list of packages
 * (or below one, `stripe/lib/x`, or under a listed scope, `@aws-sdk/`), whether an import brings a
 * value into the bundle at all (type-only imports, and in TS unused ones, are dropped by the compiler),
 * and which module a `require(…)` / `import(…)` loads.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Values } from '../values/resolver.js';
import { isGlobal } from './callee-names.js';

/** Whether `source` is one of `exact` or below one (`stripe/lib/x`), or under one of `scopes` (entries ending in `/`). */
export function isListedPackage(source: string, exact: ReadonlySet<string>, scopes: ReadonlySet<string>): boolean {
  if (exact.has(source)) return true;
  for (let slash = source.indexOf('/'); slash !== -1; slash = source.indexOf('/', slash + 1)) {
    if (exact.has(source.slice(0, slash)) || scopes.has(source.slice(0, slash + 1))) return true;
  }
  return false;
}

/** Whether the import `node` (of a file at `relativePath`) puts the module's code in the bundle. */
export function importBringsValue(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.ImportDeclaration, relativePath: string): boolean {
  if (node.importKind === 'type') return false;
  if (node.specifiers.length === 0) return true;
  const values = node.specifiers.filter((s) => !(s.type === AST_NODE_TYPES.ImportSpecifier && s.importKind === 'type'));
  const variables = values.flatMap((s) => sourceCode.getDeclaredVariables(s));
  const references = variables.flatMap((v) => v.references);
  // TS drops an import that is unused or only used as a type; JS keeps it
  if (references.length === 0) return values.length > 0 && !/\.[cm]?tsx?$|\.vue$/u.test(relativePath);
  return references.some((ref) => !ref.isTypeReference);
}

/** The module a `require('x')` (of the global `require`) or an `import('x')` loads, and the node that names it. */
export function moduleLoad(values: Values, node: TSESTree.CallExpression | TSESTree.ImportExpression): { argument: TSESTree.Node; source: string } | undefined {
  let argument: TSESTree.Node | undefined;
  if (node.type === AST_NODE_TYPES.ImportExpression) argument = node.source;
  else if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require' && isGlobal(node.callee, values.scope(node.callee))) argument = node.arguments[0];
  const source = argument && values.text(argument, values.scope(node));
  return argument && source !== undefined ? { argument, source } : undefined;
}
