/**
 * The pre-checks of a query or headers object used whole by name (#18): the files they let through,
 * and the ones they do not.
 */
import { describe, expect, it } from 'vitest';
import { HEADERS_OBJECT_USE, QUERY_OBJECT_USE } from '../../src/core/prechecks/object-uses.js';

describe('QUERY_OBJECT_USE', () => {
  it.each([
    'axios.get(url, { params: PARAMS })',
    'this.http.get(url, {params:DEFAULT_PARAMS})',
    'ky.get(url, { searchParams: { ...QUERY } })',
    "fetch(url + '?' + new URLSearchParams(PARAMS))",
    'fetch(`${url}?${qs.stringify( PARAMS )}`)',
    'fetch(`${url}?${queryString.stringify(config.query)}`)',
    'const u = `${url}?${querystring.stringify($params)}`',
  ])('matches %s', (code) => {
    expect(QUERY_OBJECT_USE.test(code)).toBe(true);
  });

  it.each([
    "axios.get(url, { params: { page: 1 } })",
    "new URLSearchParams({ q: 'x' })",
    "new URLSearchParams('a=1')",
    'JSON.stringify(PARAMS)',
    'const params = PARAMS;',
    'function f(params) {}',
    // type annotations, keywords
    'export const useThing = (params: UseThingParams) => params;',
    'function create(resource: string, params: Partial<CreateParams>, options = {}) {}',
    'const check = (params: any = {}) => params;',
    "navigate({ path: '', params: undefined });",
  ])('does not match %s', (code) => {
    expect(QUERY_OBJECT_USE.test(code)).toBe(false);
  });
});

describe('HEADERS_OBJECT_USE', () => {
  it.each(['fetch(url, { headers: HEADERS })', 'axios.create({ headers: DEFAULT_HEADERS })', 'fetch(url, { Headers : { ...AUTH } })', 'fetch(url, { headers: config.headers })'])(
    'matches %s',
    (code) => {
      expect(HEADERS_OBJECT_USE.test(code)).toBe(true);
    },
  );

  it.each([
    "fetch(url, { headers: { Accept: 'application/json' } })",
    'const headers = HEADERS;',
    "res.setHeader('x', 1)",
    'type T = { headers: 1 }',
    'fetch(url, { headers: new Headers(init) })',
    'const parse = (headers: Record<string, string>) => headers;',
  ])('does not match %s', (code) => {
    expect(HEADERS_OBJECT_USE.test(code)).toBe(false);
  });
});
