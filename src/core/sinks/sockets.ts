/**
 * Sockets the rule cannot follow to a `WebSocket` or `io()` call: when nothing says a URL is an HTTP
 * request, a URL that looks like a socket's is taken for one (issue 19, class 2): a `ws:`/`wss:`
 * URL, a URL under a socket-named property or variable (STOMP's `brokerURL`, `socketUrl`, `wsUrl`), and
 * a URL built inside a socket-named function or callback (`createRealtimeSocket(url)`,
 * `onWebSocketUrl: (url) => url.searchParams.set(…)`). Sockets are reported only with `checkSockets`.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { nameWords } from '../credentials/vocabulary.js';
import type { StringPart } from '../values/static.js';

/** Words that make a name (a property, a variable, a function) a socket's. */
export const SOCKET_NAME_WORDS: readonly string[] = ['socket', 'websocket', 'sockets', 'ws', 'wss', 'broker', 'realtime', 'stomp', 'mqtt'];

const SOCKET_WORDS = new Set(SOCKET_NAME_WORDS);

/** `brokerURL`, `socketUrl`, `wsEndpoint`, `createRealtimeSocket`. */
export function isSocketName(name: string | undefined): boolean {
  return name !== undefined && nameWords(name).split(' ').some((word) => SOCKET_WORDS.has(word));
}

/** A URL whose scheme is known text and a socket's (`wss://…`). */
export function hasSocketScheme(parts: readonly StringPart[]): boolean {
  const first = parts[0];
  return first?.kind === 'text' && /^wss?:/iu.test(first.value);
}

/**
 * A URL whose scheme is known text and neither a web nor a socket scheme: `otpauth://` key URIs,
 * `mailto:`, `data:`, `javascript:`, `tel:`, an app's own `myapp://` deep links. None is requested.
 * (`localhost:3000` is a host and port, not a scheme.)
 */
export function hasOtherScheme(parts: readonly StringPart[]): boolean {
  const first = parts[0];
  if (first?.kind !== 'text') return false;
  const scheme = /^([a-z][\d+.a-z-]*):(?!\d)/iu.exec(first.value)?.[1]?.toLowerCase();
  return scheme !== undefined && !/^(?:https?|wss?)$/u.test(scheme);
}

function keyName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' ? node.value : undefined;
}

/** The names a function goes by: its own, the variable, property or method it is, the call it is handed to. */
function functionNames(fn: TSESTree.FunctionLike): (string | undefined)[] {
  const names: (string | undefined)[] = [fn.id?.name];
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator) names.push(keyName(parent.id));
  else if (parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
    names.push(keyName(parent.key));
    if (parent.type === AST_NODE_TYPES.MethodDefinition) names.push(parent.parent.parent.id?.name);
  } else if (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) {
    const callee = parent.callee;
    names.push(callee.type === AST_NODE_TYPES.MemberExpression ? keyName(callee.property) : keyName(callee));
  }
  return names;
}

/** Whether `node` sits in a socket-named function (up to three functions out), or is a socket-named parameter. */
export function inSocketContext(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier && isSocketName(node.name)) return true;
  let found = 0;
  for (let current: TSESTree.Node | undefined = node.parent; current && found < 3; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      found += 1;
      if (functionNames(current).some(isSocketName)) return true;
    }
  }
  return false;
}
