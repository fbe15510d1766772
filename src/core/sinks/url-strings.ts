/**
 * The query of each URL a file builds as a string (`'…?access_token=' + token`, a template, a `const`
 * URL of known text, `url += '&api_key=' + key`): for a string root (`isRoot`), its query parameters,
 * the query objects spliced into it (`'?' + params`), and where the URL goes (asked for only when
 * needed). Strings that are no URL are left out: the argument of `new URLSearchParams(…)` (a query
 * object, read where it ends up in a URL), a query opened by `&` that is a form body or that nothing
 * shows to be a URL, a URL to a host whose keys only work there.
 *
 * The caller says which parameters it keeps (`keep`), as data of its own: no-token-in-url keeps the
 * parameters it has a verdict on. A string whose whole value is known text is read from its pieces'
 * readings (core/sinks/text-query.ts); others are cut into text and holes by the value resolver and
 * parsed by `parseQuery`. One instance per linted file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { INFERRED_SOCKET, urlSinkOf, type UrlSink } from './http.js';
import { hasOtherScheme, hasSocketScheme, inSocketContext, isSocketName } from './sockets.js';
import { HOST_KEY_DOMAINS, hostKeyParam, parseQuery, type KeepParam, type QueryParam, type SplicedQuery } from '../values/url.js';
import type { Values } from '../values/resolver.js';
import type { StringPart } from '../values/static.js';
import { TextQueries } from './text-query.js';
import { UrlEvidence, isPublicKeyHost, isSearchParamsArgument } from './url-evidence.js';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Which parameters a reader keeps, and what it keeps of each. */
export interface KeepParams<T> {
  /** A parameter whose value is known text. */
  readonly text: KeepParam<T>;
  /**
   * A parameter of a string with holes (its value as parts); `asKey` for the parameter the URL's host
   * takes its API key in (`hostKeyParam`), also when the whole URL is known text.
   */
  readonly param: (param: QueryParam, asKey?: boolean) => T | undefined;
}

/** The query of a string root that is a URL. */
export interface UrlString<T> {
  /** What `keep` kept of its parameters, in order. */
  readonly kept: readonly T[];
  /** Query objects spliced into it. */
  readonly spliced: readonly SplicedQuery[];
  /** The string is read from inside a query (see `UrlEvidence.startsInQuery`). */
  readonly startInQuery: boolean;
  /** The scope of the root. */
  readonly scope: Scope;
  /** Where the URL goes (`urlSinkOf`), looked for once and only when asked. */
  readonly sink: () => UrlSink | undefined;
}

/**
 * Where a URL goes (`urlSinkOf`), looked for once and only when asked: a `ws:`/`wss:` URL is a socket
 * whatever takes it, and a URL with no known sink built in a socket-named function is taken for a
 * socket (core/sinks/sockets.ts).
 */
function sinkOnDemand(root: TSESTree.Node, scope: Scope, parts: readonly StringPart[], values: Values): () => UrlSink | undefined {
  let sink: UrlSink | undefined;
  let sinkKnown = false;
  return () => {
    if (!sinkKnown) {
      const found = urlSinkOf(root, scope);
      if (hasSocketScheme(parts) || startsWithSocketBase(parts, values)) sink = found?.kind === 'socket' ? found : INFERRED_SOCKET;
      else sink = found ?? (inSocketContext(root) ? INFERRED_SOCKET : undefined);
      sinkKnown = true;
    }
    return sink;
  };
}

/** `${wssBase}/realtime?…`, `${REALTIME_URL}?…`: a URL that starts with a socket-named value or a known `ws:`/`wss:` text. */
function startsWithSocketBase(parts: readonly StringPart[], values: Values): boolean {
  const first = parts[0];
  if (first?.kind !== 'hole') return false;
  const text = values.text(first.node);
  return text === undefined ? isSocketName(values.name(first.node)) : /^wss?:/iu.test(text);
}

/** A URL that is no request's: to a host whose keys only work in the URL, or with a scheme that is neither web nor socket (`otpauth:`, `mailto:`). */
function isNotRequested(parts: readonly StringPart[]): boolean {
  return isPublicKeyHost(parts) || hasOtherScheme(parts);
}

export class UrlStrings<T> {
  readonly #values: Values;
  readonly #evidence: UrlEvidence;
  readonly #keep: KeepParams<T>;
  readonly #texts: TextQueries<T>;

  constructor(sourceCode: SourceCode, values: Values, keep: KeepParams<T>) {
    this.#values = values;
    this.#evidence = new UrlEvidence(sourceCode, values);
    this.#keep = keep;
    this.#texts = new TextQueries(values, keep.text);
  }

  /** The query of the string root `root`, when it is a URL with something kept or spliced in its query. */
  read(root: TSESTree.Node): UrlString<T> | undefined {
    const values = this.#values;
    const evidence = this.#evidence;
    const scope = values.scope(root);
    const startInQuery = evidence.startsInQuery(root, scope);
    if (isSearchParamsArgument(root)) return undefined;
    if (!startInQuery && values.text(root, scope) !== undefined) return this.#readText(root, scope);
    const parts = evidence.withSeparators(values.parts(root, scope), scope);
    const query = parseQuery(parts, { startInQuery });
    if (query.params.length === 0 && query.spliced.length === 0) return undefined;
    const sink = sinkOnDemand(root, scope, parts, values);
    if ((query.implicit && evidence.isNotUrl(root, parts, sink)) || isNotRequested(parts)) return undefined;
    const kept: T[] = [];
    const keyParam = hostKeyParam(parts);
    for (const param of query.params) {
      const value = this.#keep.param(param, param.name === keyParam);
      if (value !== undefined) kept.push(value);
    }
    return { kept, spliced: query.spliced, startInQuery, scope, sink };
  }

  /**
   * A root whose whole value is known text. Its query is put together from how its pieces read, so a
   * chain of `const` strings, each the one before plus a literal, is read once in all, and only the
   * kept parameters are gone through at each root.
   */
  #readText(root: TSESTree.Node, scope: Scope): UrlString<T> | undefined {
    const read = this.#texts.query(root, scope);
    const keys = this.#hostKeys(root, scope);
    if (!read || read.kept.length + keys.length === 0) return undefined;
    const parts = this.#values.parts(root, scope);
    const sink = sinkOnDemand(root, scope, parts, this.#values);
    if ((read.implicit && this.#evidence.isNotUrl(root, parts, sink)) || isNotRequested(parts)) return undefined;
    return { kept: keys.length === 0 ? read.kept : [...read.kept, ...keys], spliced: [], startInQuery: false, scope, sink };
  }

  /** What is kept of the parameter a URL of known text gives its host's API key in (`hostKeyParam`): a rare host, read only when the text names one. */
  #hostKeys(root: TSESTree.Node, scope: Scope): T[] {
    const text = this.#values.text(root, scope);
    if (text === undefined || !HOST_KEY_DOMAINS.some((domain) => text.includes(domain))) return [];
    const parts = this.#values.parts(root, scope);
    const keyParam = hostKeyParam(parts);
    if (keyParam === undefined) return [];
    return parseQuery(parts).params.flatMap((param) => (param.name === keyParam ? (this.#keep.param(param, true) ?? []) : []));
  }
}
