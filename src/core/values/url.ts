/**
 * Query-string reading over `stringParts()`: a string expression cut into known text and unknown holes
 * (`'…/me?access_token=' + token` is text `…/me?access_token=` then a hole) is scanned once, left to
 * right, into the parameters of its query part.
 *
 * What counts as a query parameter:
 * - the query starts at the first `?` of the path part, or at a `&` that opens the string, or at a `&`
 *   right after a hole when no `=` was seen before it (`${url}&api_key=${key}`: the hole is a URL that
 *   already has a query). A string like `grant_type=x&client_secret=…` (a form body) has no query;
 * - the query ends at `#` (a fragment is never sent to the server);
 * - a key is the text between `?`/`&` and `=`, whole, made of URL key characters; a key holding a hole
 *   is unknown and skipped;
 * - a hole that fills a whole segment (`?${qs}`, `'&' + qs`) is kept apart as a spliced query, so that
 *   callers can see what it holds (a `URLSearchParams`, a `qs.stringify(…)` result).
 *
 * The scan is linear in the length of the text, and callers skip it for strings without `?`, `&` or `=`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { StringPart } from './static.js';

/** One character of known text or one hole, with the text part it came from. */
export type QueryItem =
  | { readonly kind: 'char'; readonly ch: string; readonly from: TSESTree.Node }
  | { readonly kind: 'hole'; readonly node: TSESTree.Node };

export interface QueryParam {
  /** The key as written. */
  readonly name: string;
  /** Index in `items` of the separator (`?` or `&`); equal to `keyStart` when the query starts bare. */
  readonly start: number;
  readonly separator: '?' | '&' | '';
  readonly keyStart: number;
  /** Index of the first value item (just past `=`). */
  readonly valueStart: number;
  /** Index just past the last value item. */
  readonly end: number;
  /** The value, with adjacent characters merged into text parts. */
  readonly value: readonly StringPart[];
  /** The text part the key was read from. */
  readonly keyNode: TSESTree.Node;
}

export interface SplicedQuery {
  /** The hole that fills a whole query segment (`?${qs}`). */
  readonly node: TSESTree.Node;
  readonly index: number;
}

export interface ParsedQuery {
  readonly items: readonly QueryItem[];
  readonly params: readonly QueryParam[];
  readonly spliced: readonly SplicedQuery[];
  /** The query was entered through a `&` (an appended fragment), not a `?`. */
  readonly implicit: boolean;
}

export interface ParseOptions {
  /** The text is a query already (`url.search = …`, `.query('a=b')`), with or without a leading `?`. */
  readonly startInQuery?: boolean;
}

const EMPTY: ParsedQuery = { items: [], params: [], spliced: [], implicit: false };

/** Characters a query key is made of (RFC 3986 unreserved, percent escapes, brackets for `a[b]`). */
const KEY = /^[\w.~%[\]-]+$/u;

/** Whether `parts` can hold a query parameter at all: some text with `?`, `&` or `=`. */
export function mayHoldQuery(parts: readonly StringPart[]): boolean {
  return parts.some((p) => p.kind === 'text' && /[&=?]/u.test(p.value));
}

/**
 * The parts as one item per character or hole. Items are read, never changed, so one item stands for
 * every occurrence of a character in a part: a 200 KB URL makes a few dozen objects, not 200,000.
 */
export function flatten(parts: readonly StringPart[]): QueryItem[] {
  const items: QueryItem[] = [];
  for (const part of parts) {
    if (part.kind === 'hole') {
      items.push({ kind: 'hole', node: part.node });
      continue;
    }
    const shared = new Map<string, QueryItem>();
    for (const ch of part.value) {
      let item = shared.get(ch);
      if (!item) {
        item = { kind: 'char', ch, from: part.node };
        shared.set(ch, item);
      }
      items.push(item);
    }
  }
  return items;
}

function isChar(item: QueryItem | undefined, ch: string): boolean {
  return item?.kind === 'char' && item.ch === ch;
}

function toParts(items: readonly QueryItem[], from: number, to: number): StringPart[] {
  const out: StringPart[] = [];
  let text = '';
  let textNode: TSESTree.Node | undefined;
  for (let i = from; i < to; i += 1) {
    const item = items[i];
    /* c8 ignore next -- indices stay within the array */
    if (!item) continue;
    if (item.kind === 'char') {
      textNode ??= item.from;
      text += item.ch;
    } else {
      if (textNode) out.push({ kind: 'text', value: text, node: textNode });
      text = '';
      textNode = undefined;
      out.push({ kind: 'hole', node: item.node });
    }
  }
  if (textNode) out.push({ kind: 'text', value: text, node: textNode });
  return out;
}

/** Blanks a URL never holds unencoded: before a `?`, they say the text is prose or code that holds a URL. */
const NOT_IN_URL = ' \t\f\v\u00a0';

/**
 * Where the path part opens a query: the index of its `?` or opening `&`, or -1. A `?` after a blank
 * is not a URL's: the text is code or prose that holds a URL (`const url = 'https://…?access_token=…'`
 * written in a template).
 */
function queryStart(items: readonly QueryItem[]): number {
  let sawEquals = false;
  let sawBreak = false;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    if (item?.kind !== 'char') continue;
    if (item.ch === '?') return sawBreak ? -1 : i;
    if (NOT_IN_URL.includes(item.ch)) sawBreak = true;
    if (item.ch === '#') return -1;
    if (item.ch === '=') sawEquals = true;
    if (item.ch === '&' && (i === 0 || (items[i - 1]?.kind === 'hole' && !sawEquals))) return i;
  }
  return -1;
}

/** The query parameters of a string expression's parts. */
export function parseQuery(parts: readonly StringPart[], options: ParseOptions = {}): ParsedQuery {
  if (!mayHoldQuery(parts) && !(options.startInQuery === true && parts.some((p) => p.kind === 'hole'))) return EMPTY;
  const items = flatten(parts);
  let start: number;
  let separator: QueryParam['separator'];
  if (options.startInQuery === true) {
    const first = items[0];
    const opens = first?.kind === 'char' && (first.ch === '?' || first.ch === '&');
    start = opens ? 0 : -1;
    separator = opens ? (first.ch === '?' ? '?' : '&') : '';
  } else {
    start = queryStart(items);
    if (start < 0) return EMPTY;
    separator = isChar(items[start], '?') ? '?' : '&';
  }
  const implicit = options.startInQuery !== true && separator === '&';
  const params: QueryParam[] = [];
  const spliced: SplicedQuery[] = [];
  let segmentStart = start + 1;
  let segmentSeparator = separator;
  let sepIndex = separator === '' ? 0 : start;
  for (;;) {
    let end = segmentStart;
    while (end < items.length && !isChar(items[end], '&') && !isChar(items[end], '#')) end += 1;
    readSegment(items, { sepIndex, separator: segmentSeparator, from: segmentStart, to: end }, params, spliced);
    if (end >= items.length || isChar(items[end], '#')) break;
    sepIndex = end;
    segmentSeparator = '&';
    segmentStart = end + 1;
  }
  return { items, params, spliced, implicit };
}

interface Segment {
  readonly sepIndex: number;
  readonly separator: QueryParam['separator'];
  readonly from: number;
  readonly to: number;
}

function readSegment(items: readonly QueryItem[], segment: Segment, params: QueryParam[], spliced: SplicedQuery[]): void {
  const { from, to } = segment;
  if (from >= to) return;
  const first = items[from];
  /* c8 ignore next -- `from < to` keeps `first` defined */
  if (!first) return;
  if (first.kind === 'hole') {
    if (to === from + 1) spliced.push({ node: first.node, index: from });
    return;
  }
  let name = '';
  let i = from;
  for (; i < to; i += 1) {
    const item = items[i];
    if (item?.kind !== 'char') return; // a key with a hole in it is unknown
    if (item.ch === '=') break;
    name += item.ch;
  }
  if (i >= to || !KEY.test(name)) return;
  params.push({
    name,
    start: segment.sepIndex,
    separator: segment.separator,
    keyStart: from,
    valueStart: i + 1,
    end: to,
    value: toParts(items, i + 1, to),
    keyNode: first.from,
  });
}

/**
 * The items of a query with `param` taken out, keeping the rest valid: `?a=1&t=x&b=2` → `?a=1&b=2`,
 * `?t=x&b=2` → `?b=2`, `?t=x` → `` (the `?` goes too).
 */
export function withoutParam(query: ParsedQuery, param: QueryParam): QueryItem[] {
  const { items } = query;
  const next = items[param.end];
  const hasNext = isChar(next, '&');
  let from = param.start;
  let to = param.end;
  if (param.separator === '?' || param.separator === '') {
    if (hasNext) {
      // keep the leading `?` (or nothing), drop "key=value&"
      from = param.keyStart;
      to = param.end + 1;
    } else if (param.separator === '?') {
      from = param.start;
    } else {
      from = param.keyStart;
    }
  }
  return [...items.slice(0, from), ...items.slice(to)];
}

function escapeTemplateChar(ch: string, nextIsBrace: boolean): string {
  if (ch === '`' || ch === '\\') return `\\${ch}`;
  if (ch === '$' && nextIsBrace) return '\\$';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  return ch;
}

/**
 * Source text for `items`: a single-quoted string when every item is known text, else a template
 * literal whose holes are written with `textOf(hole)`.
 */
export function itemsToSource(items: readonly QueryItem[], textOf: (node: TSESTree.Node) => string): string {
  const text: string[] = [];
  for (const item of items) {
    if (item.kind === 'hole') break;
    text.push(item.ch);
  }
  if (text.length === items.length) {
    const escaped = JSON.stringify(text.join('')).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'");
    return `'${escaped}'`;
  }
  let out = '`';
  items.forEach((item, i) => {
    if (item.kind === 'hole') {
      out += `\${${textOf(item.node)}}`;
    } else {
      const next = items[i + 1];
      out += escapeTemplateChar(item.ch, next?.kind === 'char' && next.ch === '{');
    }
  });
  return `${out}\``;
}

/**
 * The query of a text known in pieces, read piece by piece: how each piece reads is kept, and the
 * reading of a concatenation is put together from its pieces' in constant time. `const c1 = c0 +
 * '&a=1'`, `const c2 = c1 + '&b=2'`, …, or `'&b=2' + c1`: each binding is a string of its own, and
 * reading each one whole would cost the square of the chain.
 *
 * Reads exactly what `parseQuery([text])` reads for a text without holes (a property test holds the
 * two equal): the query opens at the first `?` of the path (none after a blank), or at a `&` that is
 * the first character; it ends at `#`; a segment `key=value` with a URL key is a parameter. Each
 * parameter is handed to `keep`; what it returns (unless `undefined`) is kept, in order.
 */
export type KeepParam<T> = (name: string, value: string) => T | undefined;

/** Values concatenated in constant time and listed in order once. */
type Rope<T> = undefined | { readonly one: T } | { readonly left: Rope<T>; readonly right: Rope<T> };

function joinRopes<T>(left: Rope<T>, right: Rope<T>): Rope<T> {
  if (left === undefined) return right;
  return right === undefined ? left : { left, right };
}

function ropeValues<T>(rope: Rope<T>): T[] {
  const out: T[] = [];
  const stack: Rope<T>[] = [rope];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) continue;
    if ('one' in top) out.push(top.one);
    else stack.push(top.right, top.left);
  }
  return out;
}

/** How a text reads inside a query (after its `?`, or an opening `&`). */
export interface QueryRead<T> {
  /** The text before the first `&` or `#` (all of it, without either). */
  readonly head: string;
  /** A `&` comes before any `#`. */
  readonly split: boolean;
  /** What `keep` returned for the whole segments between the first and the last `&`. */
  readonly kept: Rope<T>;
  /** The text after the last `&` (with `split`), up to a `#`. */
  readonly tail: string;
  /** A `#` ends the query within the text. */
  readonly closed: boolean;
}

/** How a text reads from the start of a URL, before any query. */
export interface PathRead<T> {
  readonly empty: boolean;
  /** The first character is `&`: it opens a query when it is the first of the whole text. */
  readonly ampersandFirst: boolean;
  /** The `?` or `#` that ends the path part, if any. */
  readonly stop: '?' | '#' | undefined;
  /** A blank before the stop (or anywhere, without one). */
  readonly blank: boolean;
  /** How the text after the `?` reads. */
  readonly afterQuestion: QueryRead<T> | undefined;
}

/** Where a reading of the whole text ends: what was kept, and whether the query was opened by `&`. */
export interface TextQuery<T> {
  readonly kept: readonly T[];
  readonly implicit: boolean;
}

export class QueryReader<T> {
  constructor(private readonly keep: KeepParam<T>) {}

  private segment(segment: string, kept: Rope<T>): Rope<T> {
    const equals = segment.indexOf('=');
    if (equals <= 0) return kept;
    const name = segment.slice(0, equals);
    if (!KEY.test(name)) return kept;
    const value = this.keep(name, segment.slice(equals + 1));
    return value === undefined ? kept : joinRopes(kept, { one: value });
  }

  /** How `text` reads inside a query. */
  queryOfText(text: string): QueryRead<T> {
    const hash = text.indexOf('#');
    const end = hash < 0 ? text.length : hash;
    const first = text.indexOf('&');
    if (first < 0 || first >= end) return { head: text.slice(0, end), split: false, kept: undefined, tail: '', closed: hash >= 0 };
    let kept: Rope<T>;
    let from = first + 1;
    for (;;) {
      const next = text.indexOf('&', from);
      if (next < 0 || next >= end) break;
      kept = this.segment(text.slice(from, next), kept);
      from = next + 1;
    }
    return { head: text.slice(0, first), split: true, kept, tail: text.slice(from, end), closed: hash >= 0 };
  }

  /** How `text` reads from the start of a URL. */
  pathOfText(text: string): PathRead<T> {
    let blank = false;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text.charAt(i);
      if (ch === '?' || ch === '#') {
        return { empty: false, ampersandFirst: text[0] === '&', stop: ch, blank, afterQuestion: ch === '?' ? this.queryOfText(text.slice(i + 1)) : undefined };
      }
      if (NOT_IN_URL.includes(ch)) blank = true;
    }
    return { empty: text === '', ampersandFirst: text[0] === '&', stop: undefined, blank, afterQuestion: undefined };
  }

  /** How `a` then `b` read inside a query. */
  queryOfPair(a: QueryRead<T>, b: QueryRead<T>): QueryRead<T> {
    if (a.closed) return a;
    if (!a.split) return { head: a.head + b.head, split: b.split, kept: b.kept, tail: b.tail, closed: b.closed };
    if (!b.split) {
      return b.closed
        ? { head: a.head, split: true, kept: this.segment(a.tail + b.head, a.kept), tail: '', closed: true }
        : { head: a.head, split: true, kept: a.kept, tail: a.tail + b.head, closed: false };
    }
    return { head: a.head, split: true, kept: joinRopes(this.segment(a.tail + b.head, a.kept), b.kept), tail: b.tail, closed: b.closed };
  }

  /** How `a` then `b` read from the start of a URL; `b`'s readings are asked for only when needed. */
  pathOfPair(a: PathRead<T>, b: () => PathRead<T>, bInQuery: () => QueryRead<T>): PathRead<T> {
    if (a.stop === '#') return a;
    if (a.stop === '?') return { ...a, afterQuestion: a.afterQuestion && this.queryOfPair(a.afterQuestion, bInQuery()) };
    const path = b();
    if (a.empty) return path;
    return { empty: false, ampersandFirst: a.ampersandFirst, stop: path.stop, blank: a.blank || path.blank, afterQuestion: path.afterQuestion };
  }

  /** The query of a whole text, from its two readings (the one inside a query is asked for only when it opens with `&`). */
  whole(path: PathRead<T>, inQuery: () => QueryRead<T>): TextQuery<T> | undefined {
    let read: QueryRead<T>;
    let implicit = false;
    if (path.ampersandFirst) {
      read = inQuery();
      implicit = true;
    } else if (path.stop === '?' && !path.blank && path.afterQuestion) {
      read = path.afterQuestion;
    } else {
      return undefined;
    }
    // the text before the first `&` is the first segment; the one after the last is the last
    let kept = this.segment(read.head, undefined);
    if (read.split) kept = this.segment(read.tail, joinRopes(kept, read.kept));
    return { kept: ropeValues(kept), implicit };
  }
}

/** The host of a URL whose scheme and host are known text (`https://api.mercadopago.com/…`). */
export function hostOf(parts: readonly StringPart[]): string | undefined {
  const first = parts[0];
  if (first?.kind !== 'text') return undefined;
  const match = /^https?:\/\/([^/?#:]+)(?::\d+)?(?:[/?#]|$)/iu.exec(first.value);
  return match?.[1]?.toLowerCase();
}

/**
 * Hosts that take their API key in a query parameter of a name no credential list holds: Azure
 * Functions (`https://<app>.azurewebsites.net/api/<function>?code=…`, a function or host key, which
 * the `x-functions-key` header also carries).
 */
const HOST_KEY_PARAMS: readonly { readonly domain: string; readonly param: string }[] = [{ domain: '.azurewebsites.net', param: 'code' }];

/** The domains of `HOST_KEY_PARAMS` as written in a URL: what the pre-checks and a cheap look at a URL's text search for. */
export const HOST_KEY_DOMAINS: readonly string[] = HOST_KEY_PARAMS.map((entry) => entry.domain);

/** The parameter the URL's host takes its API key in (`HOST_KEY_PARAMS`), when its host is known text. */
export function hostKeyParam(parts: readonly StringPart[]): string | undefined {
  const host = hostOf(parts);
  return host === undefined ? undefined : HOST_KEY_PARAMS.find((entry) => host.endsWith(entry.domain))?.param;
}
