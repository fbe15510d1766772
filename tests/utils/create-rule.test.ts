import { ESLint, type Linter } from 'eslint';
import { expect, it } from 'vitest';
import { createRule } from '../../src/utils/create-rule.js';
import { ALL_FILES } from '../fixtures/files.js';
import pkg from '../../package.json' with { type: 'json' };

it('merges options with its defaults once per options array, and gives every file the same result', async () => {
  const seen: unknown[] = [];
  const raw: unknown[] = [];
  const rule = createRule<[{ a?: number; b?: { c?: number; d?: number } }], 'm'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'Disallow nothing' },
      schema: [{ type: 'object', properties: { a: { type: 'number' }, b: { type: 'object' } }, additionalProperties: false }],
      messages: { m: 'm.' },
    },
    defaults: [{ a: 1, b: { c: 2, d: 3 } }],
    create(context, [options]) {
      seen.push(options);
      raw.push(context.options);
      return {};
    },
  });
  expect(rule.meta.docs?.url).toBe(`https://github.com/eslint-plugin-credentials/eslint-plugin-credentials/blob/v${pkg.version}/docs/rules/probe.md`);
  // ESLint builds the configuration once, so every file of a run gets the same options array.
  const config: Linter.Config[] = [
    {
      files: ALL_FILES,
      plugins: { t: { rules: { probe: rule as unknown as import('eslint').Rule.RuleModule } } }, // a RuleCreator rule is an ESLint rule at run time
      rules: { 't/probe': ['error', { b: { d: 4 } }] },
    },
  ];
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
  await eslint.lintText('a;', { filePath: 'a.js' });
  await eslint.lintText('b;', { filePath: 'b.js' });
  expect(seen).toHaveLength(2);
  expect(seen[0]).toEqual({ a: 1, b: { c: 2, d: 4 } });
  expect(seen[1]).toBe(seen[0]);
  // the defaults are not in meta, so ESLint neither merges nor validates them: only what the user wrote
  expect(rule.meta).not.toHaveProperty('defaultOptions');
  expect(rule.defaults).toEqual([{ a: 1, b: { c: 2, d: 3 } }]);
  expect(raw).toEqual([[{ b: { d: 4 } }], [{ b: { d: 4 } }]]);
});

it('gives non-object options their defaults too', async () => {
  const seen: unknown[] = [];
  const rule = createRule<[number?], 'm'>({
    name: 'probe-number',
    meta: {
      type: 'problem',
      docs: { description: 'Disallow nothing' },
      schema: [{ type: 'number' }],
      messages: { m: 'm.' },
    },
    defaults: [7],
    create(_, options) {
      seen.push(options);
      return {};
    },
  });
  for (const entry of ['error', ['error', 3]] as const) {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [{ files: ALL_FILES, plugins: { t: { rules: { n: rule as unknown as import('eslint').Rule.RuleModule } } }, rules: { 't/n': entry as Linter.RuleEntry } }], // see above
    });
    await eslint.lintText('a;', { filePath: 'a.js' });
    await eslint.lintText('b;', { filePath: 'b.js' });
  }
  // no options: merged once (cached); a primitive option is merged per file (not cached)
  expect(seen).toEqual([[7], [7], [3], [3]]);
});
