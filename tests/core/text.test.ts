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
});
