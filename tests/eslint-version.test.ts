import { Linter } from 'eslint';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { ESLintUtils } from '@typescript-eslint/utils';
import { afterAll, expect, it } from 'vitest';

// ESLint 10 removed the context methods that ESLint 9 still had (`context.getCwd()` and others), so a
// probe rule run by the RuleTester tells which ESLint the tester itself loaded.
const seen: boolean[] = [];
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
  create(context) {
    seen.push('getCwd' in context);
    return {};
  },
});

new RuleTester().run('eslint-version-probe', probe, { valid: ['const a = 1;'], invalid: [] });

afterAll(() => {
  const expected = process.env.EXPECT_ESLINT_MAJOR;
  expect(seen).toEqual([expected === '9']);
});

it('runs on the ESLint major this project was configured for', () => {
  const expected = process.env.EXPECT_ESLINT_MAJOR;
  expect(expected).toMatch(/^(?:9|10)$/u);
  expect(Linter.version.split('.')[0]).toBe(expected);
});
