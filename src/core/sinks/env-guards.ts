/**
 * Env reads whose value no browser gets, for `no-secret-in-client`'s secret env reads (issue 19).
 * Whatever the file is, a read is not reported when:
 *
 * - it is a **presence check**: the value is only tested, never used: `Boolean(process.env.X)`,
 *   `!process.env.X`, `!!process.env.X`, `typeof process.env.X`, `process.env.X !== undefined` (or
 *   `null`, `''`), `if (process.env.X)`, a loop or `?:` test, and the left of `&&` (its value is only
 *   passed on when it is falsy); `||` and `&&` count as tested when the whole expression is;
 * - it sits behind a **server guard**: a test that only passes where there is no browser. `typeof
 *   window === 'undefined'`, `typeof document === 'undefined'`, `typeof process !== 'undefined'` (or
 *   `=== 'object'`), `import.meta.server`, `import.meta.env.SSR` and `process.server` say server;
 *   `import.meta.client`, `import.meta.browser`, `process.client` and `process.browser` say browser.
 *   The read is guarded in the branch of an `if` or `?:` that only runs on the server, on the right of
 *   `&&` / `||` when the left says so, or after an early exit (`if (typeof process === 'undefined')
 *   return;`, `throw`) in an enclosing block. `!`, `&&` and `||` in a test are followed as logic.
 *
 * Such code is isomorphic by design (an SDK that also runs in browsers) or server code inside a
 * client file: the bundle holds the read, but a browser never runs it, and bundlers only inline public
 * variables. `typeof process !== 'undefined'` is true in a bundle that polyfills `process` (webpack 4);
 * the variable is still undefined there unless the bundler defines it, which `bundlerExposes` reports.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { memberName } from './callee-names.js';
import { unwrap } from '../values/static.js';

/** Globals only a browser has: `typeof window === 'undefined'` means a server (or a worker). */
const BROWSER_ONLY = new Set(['window', 'document']);
/** Flags that are true on the server: `import.meta.server` (Nuxt 3), `import.meta.env.SSR` (Vite), `process.server` (Nuxt 2). */
const SERVER_FLAGS = new Set(['import.meta.server', 'import.meta.env.SSR', 'process.server']);
/** Flags that are true in the browser. */
const BROWSER_FLAGS = new Set(['import.meta.client', 'import.meta.browser', 'process.client', 'process.browser']);
const COMPARISONS = new Set(['===', '!==', '==', '!=']);

/** `a.b.c` as text, for plain member chains of identifiers and `import.meta`; undefined otherwise. */
function chainText(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MetaProperty) return `${target.meta.name}.${target.property.name}`;
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(target);
  const object = chainText(target.object);
  return name === undefined || object === undefined ? undefined : `${object}.${name}`;
}

/** `typeof name` compared with a string: `[name, compared string, whether equal means the outcome]`. */
function typeofComparison(test: TSESTree.BinaryExpression): { readonly name: string; readonly type: string; readonly equal: boolean } | undefined {
  if (!COMPARISONS.has(test.operator)) return undefined;
  const [operand, other] = test.left.type === AST_NODE_TYPES.UnaryExpression ? [test.left, test.right] : [test.right, test.left];
  if (operand.type !== AST_NODE_TYPES.UnaryExpression || operand.operator !== 'typeof' || operand.argument.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (other.type !== AST_NODE_TYPES.Literal || typeof other.value !== 'string') return undefined;
  return { name: operand.argument.name, type: other.value, equal: test.operator === '===' || test.operator === '==' };
}

/** Whether `test` evaluating to `outcome` means the code runs where there is no browser. */
export function impliesServer(test: TSESTree.Node, outcome: boolean): boolean {
  const node = unwrap(test);
  switch (node.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!' && impliesServer(node.argument, !outcome);
    case AST_NODE_TYPES.LogicalExpression:
      if (node.operator === '&&') {
        return outcome ? impliesServer(node.left, true) || impliesServer(node.right, true) : impliesServer(node.left, false) && impliesServer(node.right, false);
      }
      if (node.operator === '||') {
        return outcome ? impliesServer(node.left, true) && impliesServer(node.right, true) : impliesServer(node.left, false) || impliesServer(node.right, false);
      }
      return false;
    case AST_NODE_TYPES.BinaryExpression: {
      const comparison = typeofComparison(node);
      if (!comparison) return false;
      // whether the compared type holds: `typeof x === 'undefined'` true, or `!== 'undefined'` false
      const holds = comparison.equal === outcome;
      if (BROWSER_ONLY.has(comparison.name)) return comparison.type === 'undefined' && holds;
      if (comparison.name !== 'process') return false;
      return comparison.type === 'undefined' ? !holds : comparison.type === 'object' && holds;
    }
    default: {
      const flag = chainText(node);
      if (flag === undefined) return false;
      return (SERVER_FLAGS.has(flag) && outcome) || (BROWSER_FLAGS.has(flag) && !outcome);
    }
  }
}

/** Whether a statement always leaves its block: `return`, `throw`, or a block that ends with one. */
function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return false;
  const last = statement.body.at(-1);
  return last !== undefined && exits(last);
}

/** Whether a statement before `child` in its block leaves the block on the browser: `if (typeof process === 'undefined') return;`. */
function exitedEarly(body: readonly TSESTree.Node[], child: TSESTree.Node): boolean {
  for (const statement of body) {
    if (statement === child) return false;
    if (statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate && exits(statement.consequent) && impliesServer(statement.test, false)) return true;
  }
  return false;
}

/** Whether `node` only runs behind a server guard (see the module comment). */
export function isServerGuarded(node: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test !== child && impliesServer(parent.test, parent.consequent === child)) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.right === child && parent.operator !== '??' && impliesServer(parent.left, parent.operator === '&&')) return true;
        break;
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.Program:
      case AST_NODE_TYPES.StaticBlock:
        if (exitedEarly(parent.body, child)) return true;
        break;
      case AST_NODE_TYPES.SwitchCase:
        if (exitedEarly(parent.consequent, child)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

const isEmptyValue = (node: TSESTree.Node): boolean =>
  (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') || (node.type === AST_NODE_TYPES.Literal && (node.value === null || node.value === ''));

/** Whether the value of `node` is only tested for presence, never used (see the module comment). */
export function isPresenceCheck(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  for (;;) {
    const { parent } = current;
    if (!parent) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
        current = parent;
        break;
      case AST_NODE_TYPES.UnaryExpression:
        return parent.operator === '!' || parent.operator === 'typeof';
      case AST_NODE_TYPES.CallExpression:
        return parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'Boolean' && parent.arguments[0] === current;
      case AST_NODE_TYPES.BinaryExpression:
        return COMPARISONS.has(parent.operator) && isEmptyValue(parent.left === current ? parent.right : parent.left);
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return parent.test === current;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.operator === '??') return false;
        // the left of `&&` is passed on only when falsy: no secret in it
        if (parent.operator === '&&' && parent.left === current) return true;
        current = parent;
        break;
      default:
        return false;
    }
  }
}

/** Whether the env read at `node` gives no browser its value: a presence check, or behind a server guard. */
export function isServerOnlyRead(node: TSESTree.Node): boolean {
  return isPresenceCheck(node) || isServerGuarded(node);
}
