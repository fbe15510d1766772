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

export function flatten(parts: readonly StringPart[]): QueryItem[] {
  const items: QueryItem[] = [];
  for (const part of parts) {
    if (part.kind === 'hole') items.push({ kind: 'hole', node: part.node });
    else for (const ch of part.value) items.push({ kind: 'char', ch, from: part.node });
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
