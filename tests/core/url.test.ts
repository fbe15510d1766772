import type { TSESTree } from '@typescript-eslint/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StringPart } from '../../src/core/values/static.js';
import { QueryReader, itemsToSource, mayHoldQuery, parseQuery, withoutParam, type PathRead, type QueryRead } from '../../src/core/values/url.js';

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

describe('QueryReader', () => {
  /** Keeps every parameter as `name=value`; `drop` names one to leave out (what a verdict of nothing does). */
  const readerOf = (drop?: string): QueryReader<string> => new QueryReader((name, value) => (name === drop ? undefined : `${name}=${value}`));

  /** A text cut into pieces, then put together again two pieces at a time, in the order a tree gives. */
  type Tree = string | readonly [Tree, Tree];
  const textOfTree = (tree: Tree): string => (typeof tree === 'string' ? tree : textOfTree(tree[0]) + textOfTree(tree[1]));
  function queryOf(reader: QueryReader<string>, tree: Tree): QueryRead<string> {
    return typeof tree === 'string' ? reader.queryOfText(tree) : reader.queryOfPair(queryOf(reader, tree[0]), queryOf(reader, tree[1]));
  }
  function pathOf(reader: QueryReader<string>, tree: Tree): PathRead<string> {
    if (typeof tree === 'string') return reader.pathOfText(tree);
    const [a, b] = tree;
    return reader.pathOfPair(pathOf(reader, a), () => pathOf(reader, b), () => queryOf(reader, b));
  }
  const read = (reader: QueryReader<string>, tree: Tree) => reader.whole(pathOf(reader, tree), () => queryOf(reader, tree));

  /** What `parseQuery` reads in the same text, as one piece without holes. */
  function parsed(text: string, drop?: string): { kept: string[]; implicit: boolean } | undefined {
    const query = parseQuery([{ kind: 'text', value: text, node: node('text') }]);
    if (query.params.length === 0 && query.items.length === 0) return undefined;
    const kept = query.params.filter((p) => p.name !== drop).map((p) => `${p.name}=${p.value.map((v) => (v.kind === 'text' ? v.value : '')).join('')}`);
    return { kept, implicit: query.implicit };
  }

  it('reads a text put together from pieces as parseQuery reads it whole', () => {
    const piece = fc.string({ unit: fc.constantFrom(...'?&=#a_k1 \t%.['.split('')), maxLength: 8 });
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, piece, fc.tuple(tie('tree'), tie('tree'))),
    })).tree;
    fc.assert(
      fc.property(tree, fc.constantFrom(undefined, 'a', 'k1'), (t, drop) => {
        const reader = readerOf(drop);
        const text = textOfTree(t);
        const whole = read(reader, t);
        const expected = parsed(text, drop);
        // parseQuery finds no query at all, or one without parameters; the reader says nothing in both cases, or keeps nothing
        if (expected === undefined) expect(whole?.kept ?? []).toEqual([]);
        else expect(whole ?? { kept: [], implicit: expected.implicit }).toEqual(expected);
      }),
      { numRuns: 20_000, seed: 5151 },
    );
  });

  it('keeps the parameters in order across pieces, and stops at the fragment', () => {
    const reader = readerOf();
    expect(read(reader, ['https://x.test/v1?a=1', ['&acc', 'ess_token=v&b']])).toEqual({ kept: ['a=1', 'access_token=v'], implicit: false });
    expect(read(reader, ['&k1=v', ['&x=', '1#&y=2']])).toEqual({ kept: ['k1=v', 'x=1'], implicit: true });
    // a `&` opens a query only as the very first character; a blank before the `?` says it is not a URL
    expect(read(reader, ['/a', '&k=v'])).toBeUndefined();
    expect(read(reader, ['see /a', '?k=v'])).toBeUndefined();
    expect(read(reader, ['', ['', '&k=v']])).toEqual({ kept: ['k=v'], implicit: true });
    expect(read(reader, ['/a#', '?k=v'])).toBeUndefined();
  });
});
