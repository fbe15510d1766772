import { describe, expect, it } from 'vitest';
import { textMentions } from '../../src/core/text.js';

describe('textMentions', () => {
  it('answers once per file and pattern', () => {
    let reads = 0;
    const sourceCode = {
      get text() {
        reads += 1;
        return 'fetch(url + "?access_token=" + t)';
      },
    };
    const pattern = /access_token/u;
    expect(textMentions(sourceCode, pattern)).toBe(true);
    expect(textMentions(sourceCode, pattern)).toBe(true);
    expect(reads).toBe(1);
    expect(textMentions(sourceCode, /api_key/u)).toBe(false);
    expect(reads).toBe(2);
  });

  it('answers for the file asked about, never from the previous one', () => {
    const pattern = /access_token/u;
    const first = { text: '?access_token=' };
    const second = { text: 'nothing here' };
    expect(textMentions(first, pattern)).toBe(true);
    expect(textMentions(second, pattern)).toBe(false);
    // back to the first file: scanned again, same answer
    expect(textMentions(first, pattern)).toBe(true);
    expect(textMentions(second, /nothing/u)).toBe(true);
  });

  it('stays right past the patterns it keeps for one file', () => {
    const file = { text: 'w3 w7 w11' };
    const patterns = Array.from({ length: 12 }, (_, i) => new RegExp(`w${String(i)}\\b`, 'u'));
    const expected = patterns.map((_, i) => [3, 7, 11].includes(i));
    expect(patterns.map((p) => textMentions(file, p))).toEqual(expected);
    expect(patterns.map((p) => textMentions(file, p))).toEqual(expected);
  });
});
