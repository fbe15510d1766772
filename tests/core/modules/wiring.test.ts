/**
 * The value resolver sees values imported from other modules (#18): `text`/`parts` of an imported
 * binding or member chain, and `origin` says which module (or which environment read) it comes from.
 * Locals and globals are never looked up in other modules.
 */
import { Linter, type Rule } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';
import { valuesOf } from '../../../src/core/values/resolver.js';
import { readerCounters } from '../../../src/core/modules/counters.js';
import { project, removeProjects } from '../../fixtures/modules/project.js';

afterAll(removeProjects);

const p = project({
  'src/config/payments.ts': "export const PAYMENTS = {\n  accessToken: 'tok-' + 'abc',\n};\nexport const API_TOKEN = process.env.API_TOKEN;\n",
});

/** What the resolver answers about each call argument of `probe(…)` in `code`, linted as `src/app.ts`. */
function answers(code: string): unknown[] {
  const out: unknown[] = [];
  const rule = ESLintUtils.RuleCreator.withoutDocs<[], 'x'>({
    meta: { type: 'problem', schema: [], messages: { x: 'x' } },
    create(context) {
      const values = valuesOf(context);
      return {
        'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
          for (const arg of node.arguments) out.push({ text: values.text(arg), origin: values.origin(arg) });
        },
      };
    },
  });
  const linter = new Linter({ configType: 'flat', cwd: p.root });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], plugins: { t: { rules: { r: rule as unknown as Rule.RuleModule } } }, rules: { 't/r': 'error' }, languageOptions: { parser: tsParser as unknown as Linter.Parser } }],
    { filename: p.path('src/app.ts') },
  );
  expect(messages).toEqual([]);
  return out;
}

describe('the resolver and other modules', () => {
  it('knows imported texts and where they are written, and imported env reads', () => {
    expect(
      answers("import { PAYMENTS, API_TOKEN } from './config/payments';\nconst t = PAYMENTS.accessToken;\nprobe(PAYMENTS.accessToken, `Bearer ${t}`, API_TOKEN, t);"),
    ).toEqual([
      { text: 'tok-abc', origin: { kind: 'module', name: 'PAYMENTS.accessToken', file: 'src/config/payments.ts', line: 2, column: 16 } },
      { text: 'Bearer tok-abc', origin: { kind: 'literal' } },
      { text: undefined, origin: { kind: 'env', name: 'API_TOKEN', object: 'process.env', module: { name: 'API_TOKEN', file: 'src/config/payments.ts', line: 4, column: 26 } } },
      { text: 'tok-abc', origin: { kind: 'module', name: 'PAYMENTS.accessToken', file: 'src/config/payments.ts', line: 2, column: 16 } },
    ]);
  });

  it('never reads a module for locals and globals', () => {
    const before = readerCounters();
    const out = answers("const PAYMENTS = makeConfig();\nprobe(PAYMENTS.accessToken, window.TOKEN, TOKEN);");
    expect(out.map((a) => (a as { text: unknown }).text)).toEqual([undefined, undefined, undefined]);
    expect(readerCounters().reads - before.reads).toBe(0);
    expect(readerCounters().stats - before.stats).toBe(0);
  });
});
