/**
 * Pathological inputs (long URLs, tokens and header values, deep concatenations, huge header objects)
 * finish under every rule without a crash or a parse error, and no message echoes the long values.
 * The same generators feed `npm run bench`, which times them at full size; this test never asserts a
 * duration (the suite's timeout only stops a runaway).
 */
import { describe, expect, it } from 'vitest';
import { KB, pathologicalInputs, typicalFile } from '../../scripts/bench/inputs.mjs';
import { lintAllChecked as lintAll } from './lint.js';

// Smaller than the benchmark's scale, so that the suite stays quick; the shapes are the same.
const inputs = pathologicalInputs({ size: 50 * KB, depth: 400, headers: 2_000 });

describe('pathological inputs finish under every rule', () => {
  it('covers every shape of the benchmark', () => {
    expect(inputs.map((i) => i.name.replace(/\d+/gu, 'N'))).toEqual([
      'url-Nkb-literal',
      'url-Nkb-template',
      'url-Nkb-param-value',
      'token-Nkb-prefixed',
      'token-Nkb-jwt-like',
      'token-Nkb-upper',
      'header-Nkb-bearer',
      'header-Nkb-spaces',
      'concat-N-url',
      'concat-N-header',
      'concat-N-consts',
      'concat-N-templates',
      'headers-N',
      'headers-N-set',
    ]);
  });

  it.each(inputs.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const messages = lintAll(input.code, input.filename);
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
    for (const message of messages) {
      expect(message.ruleId).toMatch(/^credentials\//u);
      // Findings name things and show fingerprints; they never repeat a long value.
      expect(message.message.length).toBeLessThan(600);
    }
  });

  it('the typical file of the growth table lints cleanly at 1x and 10x', () => {
    for (const times of [1, 10]) {
      const file = typicalFile(times);
      expect(lintAll(file.code, file.filename)).toEqual([]);
    }
  });
});
