import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_FORMATS } from '../src/core/credentials/catalogue.js';

const doc = readFileSync(new URL('../docs/settings.md', import.meta.url), 'utf8');

describe('docs/settings.md', () => {
  it('lists every catalogued format with its kind', () => {
    for (const format of BUILTIN_FORMATS) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${format.id}\` |`));
      expect(row, format.id).toBeDefined();
      expect(row).toContain(format.kind);
    }
  });

  it('documents every settings key the parser accepts', () => {
    for (const key of ['formats', 'params', 'headers', 'clientFiles', 'serverFiles', 'testFiles', 'side', 'assume', 'vendored', 'aliases', 'envFiles']) {
      expect(doc).toContain(`\`${key}\``);
    }
  });
});
