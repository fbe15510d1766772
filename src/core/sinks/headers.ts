/**
 * Where request headers are written, shared by the rules that look at header values
 * (`no-hardcoded-auth-header` reports hard-coded credentials, `no-secret-in-client` reports provider
 * secret headers set in client code).
 *
 * A header *write* is a listed header name paired with a value expression in one of these shapes:
 *
 * - `object`: a property of a headers object (see below), `{ Authorization: v }`, `{ [NAME]: v }`;
 * - `headers-init-array`: `[name, v]` pairs in a headers array (`new Headers([[k, v]])`, `headers: [[k, v]]`);
 * - `headers-set`: `h.set(k, v)`, `h.append(k, v)` on a headers value (a name ending in `headers`, a
 *   `new Headers()` / `new HttpHeaders()` value, chained `.set()`), and `x.setHeader(k, v)`, `x.header(k, v)`;
 * - `superagent-set`: `.set(k, v)` and `.set({ … })` on a superagent / supertest request chain
 *   (`request.get(url).set(…)`, `request(app).post('/').send(b).set(…)`);
 * - `set-request-header`: `xhr.setRequestHeader(k, v)`;
 * - `defaults`: a member assignment into headers, `axios.defaults.headers.common['Authorization'] = v`,
 *   `api.defaults.headers.Authorization = v`, `config.headers.Authorization = v`, `headers[k] = v`;
 * - `object-assign`: `Object.assign(headers, { … })` with a headers target;
 * - `header-map` (only when asked for, `headerMaps`): a key spelled as a request header
 *   (`Authorization`, `Proxy-Authorization`, a listed name with a `-`) of an object literal that no
 *   position below reaches (`export const API = { Authorization: … }`), reported at the end of the
 *   file; queries, bodies and headers not sent are left out (`isHeaderMapPosition`).
 *
 * An object (or array) literal is a headers object when it is:
 * - the value of a property, class field or variable named `headers` or `…Headers` (`headers`,
 *   `defaultHeaders`, `setHeaders`, `authHeaders`), except names of expected/received headers
 *   (`reqheaders`, `badheaders`, `expectedHeaders`, `responseHeaders`, …); this covers fetch init,
 *   axios / got / ky / node / jQuery request options, `axios.create({ headers })`, Angular's
 *   `req.clone({ setHeaders })`;
 * - the first argument of `new Headers(…)`, `new HttpHeaders(…)`, `new AxiosHeaders(…)`;
 * - assigned to a headers member or variable (`axios.defaults.headers.common = { … }`, `this.headers = { … }`);
 * - the `common` / per-method (`get`, `post`, …) object inside a headers object (axios defaults);
 * - returned by a function or method named `…header` / `…headers` (`authHeader()`, `get headers()`);
 * - reached from one of these positions through a same-file constant (`headers: AUTH`, `{ ...AUTH }`,
 *   `new Headers(init)`), or a conditional / logical expression's branches.
 *
 * Nothing inside an assertion is a write: objects passed (directly or nested) to `expect(…)`,
 * `toEqual`, `toHaveBeenCalledWith`, `deepEqual`, `calledWith`, … describe headers, they do not send
 * them. Reads and comparisons (`h.get(k)`, `req.headers.authorization === v`) never match.
 * Header names are matched case-insensitively and whole (`authorization` is `Authorization`).
 *
 * This module holds the header names (index, pre-check patterns) and the listeners; the recognisers
 * and the walk of headers objects are in `sinks/header-writes.ts`, what holds headers in
 * `sinks/header-receivers.ts`, the assertion test in `sinks/inside-assertion.ts`.
 */
import { templateBinding } from '../../utils/vue-template.js';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { ConfigCache } from '../../utils/cache.js';
import { anchoredSource, UNION_ANCHORS } from '../prechecks/anchored.js';
import { calleeName } from './callee-names.js';
import { HEADERS_CONSTRUCTORS, isHeadersName } from './header-receivers.js';
import { HeaderWrites, type HeaderWrite } from './header-writes.js';
import { valuesOf } from '../values/resolver.js';
import type { HeaderInfo } from '../credentials/vocabulary.js';

export { isHeadersName } from './header-receivers.js';
export type { HeaderVia, HeaderWrite } from './header-writes.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const indexes = new WeakMap<readonly HeaderInfo[], ReadonlyMap<string, HeaderInfo>>();

/** Lower-case header name → its list entry (the first entry wins); built once per list. */
export function headerIndex(headers: readonly HeaderInfo[]): ReadonlyMap<string, HeaderInfo> {
  const cached = indexes.get(headers);
  if (cached) return cached;
  const index = new Map<string, HeaderInfo>();
  for (const info of headers) {
    const key = info.name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, info);
  }
  indexes.set(headers, index);
  return index;
}

/**
 * What the text of a file must hold for it to name one of `names` (header names, compared in any case
 * as `headerIndex` does), lower-cased, for the rules' whole-file pre-checks: the last `-` part of each
 * name with a `-` (`x-api-key` cannot be in the text without `-key`) and the names with none, whole. A
 * piece that holds another piece adds nothing (`-apptoken` next to `-token` would). A handful of pieces
 * in place of one alternative per name: each alternative is a try at every position of every file.
 */
export function headerNamePieces(names: Iterable<string>): string[] {
  const pieces = [...new Set([...names].map((raw) => {
    const name = raw.trim().toLowerCase();
    return name.includes('-') ? name.slice(name.lastIndexOf('-')) : name;
  }))];
  return pieces.filter((piece, i) => !pieces.some((other, j) => j !== i && piece.includes(other)));
}

const namePatterns = new ConfigCache<RegExp>();

/**
 * The pre-check pattern for the headers of `headers` a hard-coded value can be reported in: every
 * header of the list (first entry per name, as `headerIndex` keeps it) but identifiers. Equal lists
 * give the same `RegExp`, so the rules that ask with them share one scan.
 */
export function reportableHeadersPattern(headers: readonly HeaderInfo[]): RegExp {
  return headerNamesPattern([...headerIndex(headers).values()].filter((h) => h.kind !== 'identifier').map((h) => h.name));
}

/**
 * The whole-file pre-check on header names, once per set of pieces (`headerNamePieces`): the rules
 * that ask with the same names get the same `RegExp`, so `textMentions` scans a file for it once. A
 * `-` piece must end a string or a raw header line (a quote, a backtick or `:` follows): `'X-API-Key'`,
 * `` `${p}-Token` ``, `'X-API-Key: …'`, but not JSX's `data-key={…}` or a comment's `no-var-keyword`.
 * Case-insensitive as `headerIndex` compares names (`toLowerCase()`, which also turns the Kelvin sign
 * into `k`; `i` without `u` scans faster and needs the sign spelled out).
 */
export function headerNamesPattern(names: Iterable<string>): RegExp {
  const pieces = headerNamePieces(names).sort();
  return namePatterns.get(pieces.join('\n'), () => {
    // each piece starts at its rarest character of the pre-check union's (`anchoredSource`, `UNION_ANCHORS`)
    return new RegExp(
      anchoredSource(
        pieces.map((piece) => (piece.startsWith('-') ? [piece, { source: '(?=["\'\\x60:])' }] : [piece])),
        { ignoreCase: true, prefer: UNION_ANCHORS },
      ),
      'i',
    );
  });
}

/**
 * The listeners that find the header writes of a file (of the headers in `headers`) and pass each to
 * `onWrite` once: the positions where headers are written, each handed to `HeaderWrites`. With
 * `customHeaders`, a custom credential header in no list is written there too
 * (`core/sinks/custom-headers.ts`).
 */
export function headerWriteListeners(
  context: Context,
  headers: readonly HeaderInfo[],
  onWrite: (write: HeaderWrite) => void,
  { headerMaps = false, customHeaders = false }: { readonly headerMaps?: boolean; readonly customHeaders?: boolean } = {},
): TSESLint.RuleListener {
  const index = headerIndex(headers);
  if (index.size === 0) return {};
  const writes = new HeaderWrites(index, valuesOf(context), onWrite, customHeaders);
  const maps: TSESLint.RuleListener = headerMaps
    ? {
        'Program:exit': () => {
          writes.flushHeaderMaps();
        },
      }
    : {};
  return {
    ...maps,
    Property(property) {
      if (property.parent.type !== AST_NODE_TYPES.ObjectExpression || property.kind !== 'init' || property.method) return;
      // cheap first: most keys are plain identifiers that do not end in `headers`
      const { key } = property;
      if (headerMaps && (property.computed || key.type !== AST_NODE_TYPES.Identifier || index.has(key.name.toLowerCase()))) writes.headerMapKey(property);
      if (!property.computed && key.type === AST_NODE_TYPES.Identifier && !key.name.toLowerCase().endsWith('headers')) return;
      const name = writes.keyName(property);
      if (name !== undefined && isHeadersName(name)) writes.fromPosition(property.parent, property.value);
    },
    PropertyDefinition(definition) {
      if (!definition.value) return;
      const name = writes.keyName(definition);
      if (name !== undefined && isHeadersName(name)) writes.fromPosition(definition, definition.value);
    },
    VariableDeclarator(declarator) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init && isHeadersName(declarator.id.name)) {
        writes.fromPosition(declarator, declarator.init);
      }
    },
    NewExpression(expression) {
      const name = calleeName(expression.callee);
      const [init] = expression.arguments;
      if (name !== undefined && HEADERS_CONSTRUCTORS.has(name) && init && init.type !== AST_NODE_TYPES.SpreadElement) {
        writes.fromPosition(expression, init);
      }
    },
    CallExpression(call) {
      writes.call(call);
    },
    AssignmentExpression(assignment) {
      writes.assignment(assignment);
    },
    ReturnStatement(statement) {
      if (!statement.argument) return;
      const fn = enclosingFunction(statement);
      if (fn && writes.isHeaderFunction(fn)) writes.fromPosition(statement, statement.argument);
    },
    ArrowFunctionExpression(fn) {
      if (fn.expression && writes.isHeaderFunction(fn)) writes.fromPosition(fn, fn.body);
    },
    // a Vue template binding, `:headers="{ Authorization: … }"` (only vue-eslint-parser's template visitor calls it)
    VExpressionContainer(container: unknown) {
      const bound = templateBinding(container);
      if (bound && isHeadersName(bound.name)) writes.fromPosition(bound.expression, bound.expression);
    },
  };
}

/** The nearest enclosing function, walking up without building the ancestor list. */
function enclosingFunction(statement: TSESTree.ReturnStatement): TSESTree.FunctionLike | undefined {
  let node: TSESTree.Node | undefined = statement.parent;
  while (
    node &&
    node.type !== AST_NODE_TYPES.FunctionDeclaration &&
    node.type !== AST_NODE_TYPES.FunctionExpression &&
    node.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    node = node.parent;
  }
  return node;
}
