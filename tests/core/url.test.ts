import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import type { StringPart } from '../../src/core/static.js';
import { itemsToSource, mayHoldQuery, parseQuery, withoutParam } from '../../src/core/url.js';

// Parts carry the node they came from; these tests only need distinct objects.
const node = (name: string): TSESTree.Node => ({ type: 'Identifier', name }) as unknown as TSESTree.Node;
const text = (value: string): StringPart => ({ kind: 'text', value, node: node('text') });
const hole = (name: string): StringPart => ({ kind: 'hole', node: node(name) });

/** `a${x}b` → text a, hole x, text b. */
function parts(template: string): StringPart[] {
  return template
    .split(/(\$\{\w+\})/u)
    .filter((s) => s.length > 0)
    .map((s) => (s.startsWith('${') ? hole(s.slice(2, -1)) : text(s)));
}

const names = (template: string, startInQuery = false): string[] => parseQuery(parts(template), { startInQuery }).params.map((p) => p.name);
const holeName = (p: StringPart | undefined): string => (p?.kind === 'hole' ? (p.node as TSESTree.Identifier).name : `text:${p?.kind === 'text' ? p.value : ''}`);
const textOf = (n: TSESTree.Node): string => (n as TSESTree.Identifier).name;

describe('parseQuery', () => {
  it('reads the keys of the query part only', () => {
    expect(names('https://x/me?access_token=${t}&limit=10')).toEqual(['access_token', 'limit']);
    expect(names('/path=1/me?a=1')).toEqual(['a']);
    expect(names('/me#x?access_token=${t}')).toEqual([]);
    expect(names('/me?a=1#access_token=${t}')).toEqual(['a']);
    expect(names('no query here')).toEqual([]);
  });

  it('opens an implicit query at a leading & or at & right after a hole, never inside a form body', () => {
    expect(parseQuery(parts('&api_key=${k}')).implicit).toBe(true);
    expect(names('&api_key=${k}')).toEqual(['api_key']);
    expect(names('${url}&api_key=${k}')).toEqual(['api_key']);
    expect(names('grant_type=x&client_secret=${s}')).toEqual([]);
    expect(names('client_id=${id}&client_secret=${s}')).toEqual([]);
    expect(parseQuery(parts('/me?a=${k}')).implicit).toBe(false);
  });

  it('reads values as text and holes, and skips keys with holes or odd characters', () => {
    const [param] = parseQuery(parts('/me?access_token=Bearer%20${t}&x=1')).params;
    expect(param?.value.map(holeName)).toEqual(['text:Bearer%20', 't']);
    expect(names('/me?${k}=${v}&ok=1')).toEqual(['ok']);
    expect(names('/me?a b=1&flag&c=')).toEqual(['c']);
    expect(names('/me?q=access_token')).toEqual(['q']);
  });

  it('keeps whole spliced segments apart (`?${qs}`, `&${qs}`)', () => {
    const query = parseQuery(parts('/me?${qs}&${more}&x${y}'));
    expect(query.spliced.map((s) => (s.node as TSESTree.Identifier).name)).toEqual(['qs', 'more']);
  });

  it('starts in the query for url.search and .query() strings', () => {
    expect(names('access_token=${t}&a=1', true)).toEqual(['access_token', 'a']);
    expect(names('?access_token=${t}', true)).toEqual(['access_token']);
    expect(names('&access_token=${t}', true)).toEqual(['access_token']);
    expect(parseQuery([hole('qs')], { startInQuery: true }).spliced).toHaveLength(1);
  });

  it('skips strings without ?, & or = before flattening them', () => {
    expect(mayHoldQuery(parts('/plain/${x}/path'))).toBe(false);
    expect(mayHoldQuery(parts('/a?b'))).toBe(true);
    expect(parseQuery(parts('/plain/${x}'))).toEqual({ items: [], params: [], spliced: [], implicit: false });
  });
});

describe('withoutParam and itemsToSource', () => {
  function remove(template: string, name: string): string {
    const query = parseQuery(parts(template));
    const param = query.params.find((p) => p.name === name);
    if (!param) throw new Error(`no ${name}`);
    return itemsToSource(withoutParam(query, param), textOf);
  }

  it('removes a parameter and keeps the rest of the query valid', () => {
    expect(remove('/me?access_token=${t}', 'access_token')).toBe("'/me'");
    expect(remove('/me?access_token=${t}&a=1', 'access_token')).toBe("'/me?a=1'");
    expect(remove('/me?a=1&access_token=${t}', 'access_token')).toBe("'/me?a=1'");
    expect(remove('/me?a=1&access_token=${t}&b=${b}', 'access_token')).toBe('`/me?a=1&b=${b}`');
    expect(remove('${u}&access_token=${t}', 'access_token')).toBe('`${u}`');
    expect(remove('/me?access_token=${t}#top', 'access_token')).toBe("'/me#top'");
  });

  it('removes a bare leading parameter of a query string', () => {
    const query = parseQuery(parts('access_token=${t}&a=1'), { startInQuery: true });
    const [param] = query.params;
    if (!param) throw new Error('no param');
    expect(itemsToSource(withoutParam(query, param), textOf)).toBe("'a=1'");
    const alone = parseQuery(parts('access_token=${t}'), { startInQuery: true });
    const [only] = alone.params;
    if (!only) throw new Error('no param');
    expect(itemsToSource(withoutParam(alone, only), textOf)).toBe("''");
  });

  it('escapes quotes, backticks, backslashes, ${ and new lines', () => {
    expect(itemsToSource(parseQuery([text("/it's\\\"?a=1")]).items, textOf)).toBe("'/it\\'s\\\\\"?a=1'");
    const items = parseQuery([text('/`a`\\${b}\n?x='), hole('v'), text('\r')]).items;
    expect(itemsToSource(items, textOf)).toBe('`/\\`a\\`\\\\\\${b}\\n?x=${v}\\r`');
    expect(itemsToSource(parseQuery([text('/$a?x='), hole('v')]).items, textOf)).toBe('`/$a?x=${v}`');
  });
});
