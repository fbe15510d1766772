/**
 * A chain of `const` URL strings, each the one before plus a piece (`const c2 = c1 + '&b=2'`), makes
 * each binding a string root of its own: reading each root's whole text would cost the square of the
 * chain. The text `no-token-in-url` reads for known strings goes through `QueryReader`; the characters
 * it is handed are counted here (a count, not a duration), and must grow with the chain, not with its
 * square.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pathologicalInputs } from '../../scripts/bench/inputs.mjs';
import { QueryReader } from '../../src/core/values/url.js';
import { lintAllChecked as lintAll } from './lint.js';

let read = 0;

beforeEach(() => {
  read = 0;
  // the two methods that take a text, seen as plain functions of it
  const reader = QueryReader.prototype as unknown as Record<'pathOfText' | 'queryOfText', (this: unknown, text: string) => unknown>;
  for (const method of ['pathOfText', 'queryOfText'] as const) {
    const original = reader[method];
    vi.spyOn(reader, method).mockImplementation(function (this: unknown, text: string) {
      read += text.length;
      return original.call(this, text);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Characters handed to the query reader while linting the chain of `depth` bindings named `shape`. */
function charactersRead(shape: string, depth: number): number {
  const input = pathologicalInputs({ size: 1024, depth, headers: 10 }).find((i) => i.name === `concat-${depth}-${shape}`);
  if (!input) throw new Error(`no input concat-${depth}-${shape}`);
  read = 0;
  const messages = lintAll(input.code, input.filename);
  // the one credential of the input, at its last line
  expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['credentials/no-token-in-url', input.code.split('\n').length - 1]]);
  return read;
}

describe('chains of const strings', () => {
  it('are read in time linear in the chain', () => {
    const half = charactersRead('consts', 200);
    const full = charactersRead('consts', 400);
    expect(half).toBeGreaterThan(0);
    // each binding's own piece is read once: twice the chain, about twice the characters
    expect(full / half).toBeLessThan(2.2);
  });
});
