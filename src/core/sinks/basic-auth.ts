/**
 * Basic credentials a request is given outside a header, for `no-hardcoded-auth-header`: the `auth`
 * option of a request call (Node `http(s).request({ auth: 'user:pass' })`, axios / got / request
 * `auth: { username, password }` or `{ user, pass }`) or of axios' factory (`axios.create({ auth })`),
 * `.auth(user, pass)` on a superagent / supertest chain, and a URL with a password
 * (`https://user:pass@host/…`) given to a request. Each gives the user and password text when both are
 * statically known, and the node that holds the password. And the bearer tokens the same places take
 * (`authCredentialsOf` gives both): request's `auth: { bearer }`, superagent's `.auth(token, { type: 'bearer' })`, which
 * the rule checks as an SDK's credential.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrap } from '../values/static.js';
import type { Values } from '../values/resolver.js';
import { calleeLabel, clientOfIdentifier, describeCall, FACTORIES, type Client } from './http.js';
import { isRequestChain } from './header-receivers.js';
import type { SdkCredential, SdkWrite } from './sdk-credentials.js';

export interface BasicCredential {
  readonly user: string;
  readonly password: string;
  /** The node reported: the password (or the whole `user:pass` text / URL). */
  readonly node: TSESTree.Node;
  /** `auth option`, `auth()`, `URL`, for messages. */
  readonly where: string;
  /** The request call, named in messages (`https.request`, `axios.get`). */
  readonly sink: string;
}

/** Statically known text of `node`, through same-file constants. */
function textOf(values: Values, node: TSESTree.Node | undefined): string | undefined {
  return node ? values.text(node, values.scope(node)) : undefined;
}

/** The object literal `node` is, directly or through a same-file constant. */
function objectOf(values: Values, node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const bound = values.bound(target);
    target = bound ? unwrap(bound) : target;
  }
  return target.type === AST_NODE_TYPES.ObjectExpression ? target : undefined;
}

function property(values: Values, object: TSESTree.ObjectExpression, names: readonly string[]): TSESTree.Node | undefined {
  for (const p of object.properties) {
    if (p.type === AST_NODE_TYPES.Property && p.kind === 'init' && !p.method) {
      const name = propertyName(p, values.scope(p));
      if (name !== undefined && names.includes(name)) return p.value;
    }
  }
  return undefined;
}

/** `user:pass@` in a URL text: the user and password, decoded. */
function urlCredential(text: string): { user: string; password: string } | undefined {
  const match = /^[a-z][\d+.a-z-]*:\/\/([^\s/:@?#]*):([^\s/@?#]+)@/iu.exec(text);
  if (!match) return undefined;
  try {
    return { user: decodeURIComponent(match[1] ?? ''), password: decodeURIComponent(match[2] ?? '') };
  } catch {
    return undefined;
  }
}

/** The clients whose `create` makes a configured instance that reads `auth` (jQuery's `$.extend` merges objects). */
const FACTORY_CLIENTS: ReadonlySet<Client | undefined> = new Set(['axios']);

/**
 * A client's factory (`axios.create({ auth })`): every request of the instance it makes sends its
 * config's `auth`, so the call is read as a request, under the factory's name.
 */
function factoryOf(values: Values, call: TSESTree.CallExpression | TSESTree.NewExpression): { name: string; kind: 'request' } | undefined {
  const callee = unwrap(call.callee);
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.property.type !== AST_NODE_TYPES.Identifier ||
    !FACTORIES.has(callee.property.name) ||
    callee.object.type !== AST_NODE_TYPES.Identifier
  ) {
    return undefined;
  }
  return FACTORY_CLIENTS.has(clientOfIdentifier(callee.object, values.scope(call))) ? { name: calleeLabel(callee), kind: 'request' } : undefined;
}

/** What `call` calls a method named `auth` on (`x` in `x.auth(…)`), if it does. */
function authReceiver(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Expression | undefined {
  const callee = unwrap(call.callee);
  const isAuth =
    call.type === AST_NODE_TYPES.CallExpression &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'auth';
  return isAuth ? callee.object : undefined;
}

/** request's `auth.bearer` option (its wrappers' too: request-promise, postman-request). */
const REQUEST_BEARER: SdkCredential = { sdk: 'request', packages: [], exports: [], option: 'auth.bearer', label: 'bearer token' };
/** superagent's / supertest's `.auth(token, { type: 'bearer' })`. */
const SUPERAGENT_BEARER: SdkCredential = { sdk: 'superagent', packages: [], exports: [], label: 'bearer token' };

/** Whether `node` is an object literal (or a same-file constant of one) with `type: 'bearer'`. */
function isBearerType(values: Values, node: TSESTree.Node | undefined): boolean {
  const object = node && objectOf(values, node);
  const type = object && property(values, object, ['type']);
  return textOf(values, type) === 'bearer';
}

/** What a request call is given outside its headers. */
export interface AuthCredentials {
  /** Basic credentials with a statically known user and password. */
  readonly basic: BasicCredential[];
  /**
   * Bearer tokens: request's `auth: { bearer }` and superagent's `.auth(token, { type: 'bearer' })`,
   * each the expression written, for the rule to resolve and check as an SDK's credential
   * (core/sinks/sdk-credentials.ts).
   */
  readonly bearer: SdkWrite[];
}

/** The Basic credentials and bearer tokens `call` gives a request, if it is one: the call described once, its arguments read once. */
export function authCredentialsOf(values: Values, call: TSESTree.CallExpression | TSESTree.NewExpression): AuthCredentials {
  const found: AuthCredentials = { basic: [], bearer: [] };
  // superagent / supertest: request.get(url).auth('user', 'pass') or .auth(token, { type: 'bearer' })
  const receiver = authReceiver(call);
  if (receiver) {
    if (call.arguments.length < 2 || !isRequestChain(values, receiver)) return found;
    const [first, second] = call.arguments;
    if (first && call.arguments.length === 2 && isBearerType(values, second)) {
      found.bearer.push({ entry: SUPERAGENT_BEARER, value: first, where: "auth() of type 'bearer'" });
      return found;
    }
    const user = textOf(values, first);
    const password = textOf(values, second);
    if (user !== undefined && password !== undefined && second) found.basic.push({ user, password, node: second, where: 'auth()', sink: 'the request' });
    return found;
  }
  const http = describeCall(call, values.scope(call)) ?? factoryOf(values, call);
  if (!http || http.kind !== 'request') return found;
  for (const argument of call.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
    const url = textOf(values, argument);
    const fromUrl = url === undefined ? undefined : urlCredential(url);
    if (fromUrl) found.basic.push({ ...fromUrl, node: argument, where: 'URL', sink: http.name });
    const object = objectOf(values, argument);
    const auth = object && property(values, object, ['auth']);
    if (!auth) continue;
    const text = textOf(values, auth);
    if (text !== undefined) {
      const colon = text.indexOf(':');
      if (colon > 0) found.basic.push({ user: text.slice(0, colon), password: text.slice(colon + 1), node: auth, where: 'auth option', sink: http.name });
      continue;
    }
    const credentials = objectOf(values, auth);
    // request and its wrappers (read as superagent's client) send `auth.bearer` as `Authorization: Bearer …`
    const bearer = 'client' in http && http.client === 'superagent' ? credentials && property(values, credentials, ['bearer']) : undefined;
    if (bearer) found.bearer.push({ entry: REQUEST_BEARER, value: bearer, where: 'auth.bearer' });
    const userNode = credentials && property(values, credentials, ['username', 'user']);
    const passwordNode = credentials && property(values, credentials, ['password', 'pass']);
    const user = textOf(values, userNode);
    const password = textOf(values, passwordNode);
    if (user !== undefined && password !== undefined && passwordNode) found.basic.push({ user, password, node: passwordNode, where: 'auth option', sink: http.name });
  }
  return found;
}
