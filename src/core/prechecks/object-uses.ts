/**
 * The pre-checks of a query or headers object used whole by name, which may be written in another
 * module (#18): `axios.get(url, { params: PARAMS })`, `new URLSearchParams(PARAMS)`,
 * `qs.stringify(PARAMS)`, `fetch(url, { headers: HEADERS })`, `{ headers: { ...HEADERS } }`. Such a
 * file may name no credential parameter or header at all, so the rules' name pre-checks would skip
 * it; these let it through when it also imports or requires something (`MODULE_READS`), the only way
 * an object of another module gets there. Case-insensitive (`searchParams:`, `queryString.stringify(`),
 * each alternative started at its rarest character (`anchoredSource`: the `:` after the key, the `(`
 * of the call, the `q` of `qs`), and declared in the shared union of `defaults.ts`.
 */
import { anchoredSource, type Piece } from './anchored.js';

/** What may follow: optional space, an optional `{ ...`, and a name (not a literal: that object is written here). */
const NAME_AFTER: Piece = { source: String.raw`\s*(?:\{\s*\.\.\.\s*)?[$A-Z_a-z]` };
const SPACE: Piece = { source: String.raw`\s*` };

/** `params: X`, `searchParams: X`, `new URLSearchParams(X)`, `qs.stringify(X)`, `querystring.stringify(X)`. */
export const QUERY_OBJECT_USE = new RegExp(
  anchoredSource([
    ['params', SPACE, ':', NAME_AFTER],
    ['URLSearchParams(', NAME_AFTER],
    ['qs.stringify(', NAME_AFTER],
    ['querystring.stringify(', NAME_AFTER],
  ]),
  'i',
);

/** `headers: X`, `headers: { ...X }`. */
export const HEADERS_OBJECT_USE = new RegExp(anchoredSource([['headers', SPACE, ':', NAME_AFTER]]), 'i');
