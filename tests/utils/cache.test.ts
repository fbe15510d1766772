import { describe, expect, it } from 'vitest';
import { ConfigCache, PairCache } from '../../src/utils/cache.js';

describe('PairCache', () => {
  it('builds once per pair of keys and answers the same value after, falsy values included', () => {
    const cache = new PairCache<object, object, number | null>();
    const [a, b, c] = [{}, {}, {}];
    const built: string[] = [];
    const build = (name: string, value: number | null) => () => {
      built.push(name);
      return value;
    };
    expect(cache.get(a, b, build('ab', 1))).toBe(1);
    expect(cache.get(a, b, build('ab again', 2))).toBe(1);
    expect(cache.get(a, c, build('ac', null))).toBeNull();
    expect(cache.get(a, c, build('ac again', 3))).toBeNull();
    expect(cache.get(b, a, build('ba', 0))).toBe(0);
    expect(cache.get(b, a, build('ba again', 4))).toBe(0);
    expect(built).toEqual(['ab', 'ac', 'ba']);
    // back to an earlier pair after others: still its own value, not the last one's
    expect(cache.get(a, b, build('ab third', 5))).toBe(1);
    expect(cache.get(a, c, build('ac third', 6))).toBeNull();
    expect(built).toEqual(['ab', 'ac', 'ba']);
  });

  it('answers the last pair without a build function, and nothing for another pair', () => {
    const cache = new PairCache<object, object, string>();
    const [a, b, c] = [{}, {}, {}];
    expect(cache.last(a, b)).toBeUndefined();
    expect(cache.get(a, b, () => 'ab')).toBe('ab');
    expect(cache.last(a, b)).toBe('ab');
    expect(cache.last(a, c)).toBeUndefined();
    expect(cache.last(c, b)).toBeUndefined();
    expect(cache.get(a, c, () => 'ac')).toBe('ac');
    expect(cache.last(a, b)).toBeUndefined();
    expect(cache.last(a, c)).toBe('ac');
  });
});

describe('ConfigCache', () => {
  it('builds once per key, and starts over past its limit', () => {
    const cache = new ConfigCache<string>(2);
    const built: string[] = [];
    const build = (name: string) => () => {
      built.push(name);
      return name;
    };
    expect(cache.get('a', build('a'))).toBe('a');
    expect(cache.get('a', build('a again'))).toBe('a');
    expect(cache.get('b', build('b'))).toBe('b');
    expect(built).toEqual(['a', 'b']);
    // a third key clears the two before it: 'a' is built again
    expect(cache.get('c', build('c'))).toBe('c');
    expect(cache.get('a', build('a once more'))).toBe('a once more');
    expect(built).toEqual(['a', 'b', 'c', 'a once more']);
  });
});

