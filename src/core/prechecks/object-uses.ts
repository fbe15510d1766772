/**
 * The pre-checks of a query or headers object used whole by name, which may be written in another
 * module (#18): `axios.get(url, { params: PARAMS })`, `new URLSearchParams(PARAMS)`,
 * `qs.stringify(PARAMS)`, `fetch(url, { headers: HEADERS })`, `{ headers: { ...HEADERS } }`. Such a
 * file may name no credential parameter or header at all, so the rules' name pre-checks would skip
 * it; these let it through when it also imports or requires something (`MODULE_READS`), the only way
 * an object of another module gets there. Case-insensitive (`searchParams:`, `queryString.stringify(`),
 * each alternative started at its rarest character of the union's (`anchoredSource`, `UNION_ANCHORS`: the `:`
 * after the key, the `h` of `URLSearchParams(`, the `q` of `qs`), and declared in the shared union of `defaults.ts`.
 */
import { anchoredSource, UNION_ANCHORS, type Piece } from './anchored.js';

/**
 * What follows the key or the call: optional space, an optional `{ ...`, a name or member chain that
 * is no keyword or literal, then what ends a property or an argument (`,`, `}`, `)`). So a literal
 * (`params: { page: 1 }`, whose object is written here) and a type annotation (`params: Partial<P>`,
 * `(params: Options) =>`, `params: any = {}`) do not match.
 */
const NAME = String.raw`(?!(?:undefined|null|true|false|this|new|void|typeof)\b)[$A-Z_a-z][\w$]*(?:\??\.[$A-Z_a-z][\w$]*)*`;
const VALUE_AFTER: Piece = { source: String.raw`\s*(?:\{\s*\.\.\.\s*)?${NAME}\s*[,}]` };
const ARGUMENT_AFTER: Piece = { source: String.raw`\s*${NAME}\s*\)` };
/** An object property starts after `{` or `,` (a parameter list's `(` does not count). */
const PROPERTY_BEFORE: Piece = { source: String.raw`[,{]\s*` };
const SPACE: Piece = { source: String.raw`\s*` };
const ANCHORS = { ignoreCase: true, prefer: UNION_ANCHORS };

/** `{ params: X }`, `{ searchParams: X }`, `new URLSearchParams(X)`, `qs.stringify(X)`, `querystring.stringify(X)`. */
export const QUERY_OBJECT_USE = new RegExp(
  anchoredSource([
    [PROPERTY_BEFORE, 'params', SPACE, ':', VALUE_AFTER],
    [PROPERTY_BEFORE, 'searchParams', SPACE, ':', VALUE_AFTER],
    ['URLSearchParams(', ARGUMENT_AFTER],
    ['qs.stringify(', ARGUMENT_AFTER],
    ['querystring.stringify(', ARGUMENT_AFTER],
  ], ANCHORS),
  'i',
);

/** `{ headers: X }`, `{ headers: { ...X, … } }`. */
export const HEADERS_OBJECT_USE = new RegExp(anchoredSource([[PROPERTY_BEFORE, 'headers', SPACE, ':', VALUE_AFTER]], ANCHORS), 'i');
