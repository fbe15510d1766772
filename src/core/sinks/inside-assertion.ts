/**
 * Whether a node describes a value rather than sends it: objects passed (directly or nested) to
 * `expect(…)`, `toEqual`, `toHaveBeenCalledWith`, `deepEqual`, `calledWith`, … are expectations. The
 * header-write sink asks it before it walks a headers object.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../values/static.js';
import { calleeName } from './callee-names.js';

/** Assertion methods and functions: an object under one of these describes headers, it does not send them. */
const ASSERTIONS = new Set([
  'expect', 'assert', 'toEqual', 'toStrictEqual', 'toMatchObject', 'toHaveBeenCalledWith', 'toHaveBeenLastCalledWith',
  'toHaveBeenNthCalledWith', 'toBeCalledWith', 'lastCalledWith', 'nthCalledWith', 'toHaveProperty', 'toContainEqual',
  'toMatchInlineSnapshot', 'toBe', 'calledWith', 'calledWithMatch', 'calledOnceWith', 'calledOnceWithExactly',
  'calledWithExactly', 'deepEqual', 'deepStrictEqual', 'strictEqual', 'equal', 'equals', 'eql', 'include', 'includes',
  'contain', 'contains', 'like', 'same', 'match', 'matches', 'objectContaining', 'partialDeepStrictEqual', 'notDeepEqual',
]);

/** Chains that start from these are assertions whatever the method: `expect(x).anything(…)`, `assert.whatever(…)`. */
const ASSERTION_ROOTS = new Set(['expect', 'assert', 'should']);

/** The identifier a call / member chain starts from: `expect(x).to.deep.equal` → expect. */
function chainRoot(node: TSESTree.Node): string | undefined {
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrap(current.callee);
    else return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
  }
}

/** Whether `node` sits (through object / array nesting) in the arguments of an assertion. */
export function insideAssertion(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.SpreadElement:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        break;
      case AST_NODE_TYPES.Property:
        if (parent.value !== current) return false;
        break;
      case AST_NODE_TYPES.CallExpression: {
        if (parent.callee === current) return false;
        const name = calleeName(parent.callee);
        if ((name !== undefined && ASSERTIONS.has(name)) || ASSERTION_ROOTS.has(chainRoot(parent.callee) ?? '')) return true;
        // `expect.objectContaining({…})`, `sinon.match({…})`: keep walking up to the assertion
        const callee = unwrap(parent.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        const object = calleeName(callee.object);
        if (object !== 'expect' && object !== 'match' && object !== 'sinon') return false;
        break;
      }
      default:
        return false;
    }
  }
  /* c8 ignore next -- the walk always ends at a node that is not an expression (Program at the latest) */
  return false;
}
