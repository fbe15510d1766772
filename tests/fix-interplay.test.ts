/**
 * A fix never walks into another finding: every invalid case of every rule (tests/rules/<rule>.cases.ts)
 * is linted with ALL rules on (the rule under test with the case's options, the others with their
 * defaults), then every autofix and every suggestion the case gets is applied, and the result is linted
 * again. The output may lose findings (that is what a fix is for) but never gains one: no finding of any
 * rule whose rule, message id and data were not already there. A suggestion that swaps a literal for
 * `process.env.STRIPE_SECRET_KEY` in a `'use client'` file, for example, would trade a hard-coded header
 * for a secret read in browser code.
 */
import { readdirSync } from 'node:fs';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import { ALL_FILES } from './fixtures/files.js';
import plugin from '../src/index.js';
import { typedRules, type RuleName } from '../src/rules/index.js';

type Case = InvalidTestCase<string, readonly unknown[]>;

const ruleNames = Object.keys(typedRules) as RuleName[];
const caseFiles = new Set(readdirSync(new URL('rules/', import.meta.url)).filter((f) => f.endsWith('.cases.ts')));

function configFor(name: RuleName, testCase: Case): Linter.Config[] {
  const rules: Linter.RulesRecord = {};
  for (const other of ruleNames) rules[`credentials/${other}`] = 'error';
  rules[`credentials/${name}`] = ['error', ...(testCase.options ?? [])] as Linter.RuleEntry;
  return [
    {
      files: ALL_FILES,
      plugins: { credentials: plugin },
      rules,
      // the RuleTester's default parser, unless the case names its own
      languageOptions: { parser: tsParser, ...(testCase.languageOptions as Linter.Config['languageOptions']) },
      ...(testCase.settings ? { settings: testCase.settings } : {}),
    },
  ];
}

/** What a finding is, independent of where it is: the rule, the message id and the message. */
function key(message: Linter.LintMessage): string {
  return `${message.ruleId ?? ''} ${message.messageId ?? ''} ${message.message}`;
}

function counts(messages: readonly Linter.LintMessage[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const m of messages) map.set(key(m), (map.get(key(m)) ?? 0) + 1);
  return map;
}

function applied(code: string, fix: { range: readonly [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe.each(ruleNames)('%s: applying its fixes and suggestions', (name) => {
  it('has a cases file', () => {
    expect(caseFiles.has(`${name}.cases.ts`)).toBe(true);
  });

  it('never creates a finding of any rule', async () => {
    const { invalid } = (await import(`./rules/${name}.cases.ts`)) as { invalid: readonly Case[] };
    const linter = new Linter({ configType: 'flat' });
    let outputs = 0;
    const problems: string[] = [];
    for (const testCase of invalid) {
      const config = configFor(name, testCase);
      const filename = testCase.filename ?? 'file.ts';
      const before = linter.verify(testCase.code, config, { filename });
      expect(before.filter((m) => m.fatal === true), testCase.code).toEqual([]);
      const fixes = before.flatMap((m) => [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? []).map((s) => s.fix)]);
      const seen = counts(before);
      for (const fix of fixes) {
        outputs += 1;
        const output = applied(testCase.code, fix);
        const after = linter.verify(output, config, { filename });
        const left = new Map(seen);
        const gained: string[] = [];
        for (const m of after) {
          const k = key(m);
          const n = left.get(k) ?? 0;
          if (n > 0) left.set(k, n - 1);
          else gained.push(`${String(m.line)}:${String(m.column)} ${k}`);
        }
        if (gained.length > 0) problems.push(`${JSON.stringify(testCase.code)} -> ${JSON.stringify(output)} gains ${gained.join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(outputs).toBeGreaterThan(0);
  });
});
