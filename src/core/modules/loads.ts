/**
 * The modules a program loads at its top level, as written: `import` declarations (not type-only) and
 * `require('x')` in a declaration or a statement, also through a member (`require('x').y`),
 * a call (`require('x')(…)`), `await`, or a compiler's interop helper (`__importDefault(require('x'))`).
 * Shared by the file classification (`core/files/client-files.ts`) and the module summaries
 * (`summary.ts`), which keep them for the classification of the files that import a module.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/**
 * The interop helpers compilers wrap a `require()` in: TypeScript's `__importDefault` / `__importStar`
 * (also as `tslib_1.__importDefault`), Babel's `_interopRequireDefault` / `_interopRequireWildcard`
 * (also as `(0, _interopRequireDefault.default)`), SWC's `_interop_require_default` /
 * `_interop_require_wildcard`, esbuild's `__toESM`.
 */
const INTEROP_HELPERS = new Set([
  '__importDefault', '__importStar', '_interopRequireDefault', '_interopRequireWildcard', '_interop_require_default', '_interop_require_wildcard', '__toESM',
]);

function isInteropHelper(callee: TSESTree.Node): boolean {
  let target = callee;
  // `(0, tslib_1.__importDefault)(…)`: the comma keeps `this` unbound
  if (target.type === AST_NODE_TYPES.SequenceExpression) target = target.expressions.at(-1) ?? target;
  if (target.type === AST_NODE_TYPES.Identifier) return INTEROP_HELPERS.has(target.name);
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed || target.property.type !== AST_NODE_TYPES.Identifier) return false;
  if (INTEROP_HELPERS.has(target.property.name)) return true;
  return target.property.name === 'default' && target.object.type === AST_NODE_TYPES.Identifier && INTEROP_HELPERS.has(target.object.name);
}

/** The module a `require('x')`, `require('x').y` or `require('x')(…)` expression loads, also through an interop helper. */
function requireSource(node: TSESTree.Node | null | undefined): string | undefined {
  let current = node;
  while (current) {
    switch (current.type) {
      case AST_NODE_TYPES.MemberExpression:
        current = current.object;
        break;
      case AST_NODE_TYPES.AwaitExpression:
        current = current.argument;
        break;
      case AST_NODE_TYPES.CallExpression: {
        const [first] = current.arguments;
        if (current.callee.type === AST_NODE_TYPES.Identifier && current.callee.name === 'require') {
          return first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' ? first.value : undefined;
        }
        // `__importDefault(require('crypto'))`: the module the compiler's interop helper wraps
        current = isInteropHelper(current.callee) ? first : current.callee;
        break;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

/** Module sources a program loads at its top level: imports (not type-only) and `require()` (see the module comment). */
export function topLevelSources(program: TSESTree.Program): string[] {
  const sources: string[] = [];
  for (const statement of program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        if (statement.importKind !== 'type') sources.push(statement.source.value);
        break;
      case AST_NODE_TYPES.VariableDeclaration:
        for (const declarator of statement.declarations) {
          const source = requireSource(declarator.init);
          if (source !== undefined) sources.push(source);
        }
        break;
      case AST_NODE_TYPES.ExpressionStatement: {
        const source = requireSource(statement.expression);
        if (source !== undefined) sources.push(source);
        break;
      }
      default:
        break;
    }
  }
  return sources;
}
