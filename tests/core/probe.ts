/**
 * Probe rules for unit tests of core modules that answer about nodes of a linted file, so that the
 * module sees a real `SourceCode`, scopes and parents:
 * - `lintProbe(code, create)` lints `code` (a `.ts` file) with a rule whose listeners the test writes
 *   (they ask the module, record answers, and may report with fixes) and returns the messages;
 * - `probe(code, create, filename)` does the same for any language (picked by the file name, as a
 *   project would configure it) and fails on any message.
 * Both fail the test on a parse error.
 */
import { Linter, type Rule } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { expect } from 'vitest';
import { ALL_FILES } from '../fixtures/files.js';
import { languageOptionsFor } from '../fixtures/languages.js';

export type LintProbeContext = Readonly<TSESLint.RuleContext<'probe' | 'move', []>>;
export type ProbeContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The messages of linting `code` (a `.ts` file) with a rule made of `create`'s listeners; parse errors fail the test. */
export function lintProbe(code: string, create: (context: LintProbeContext) => TSESLint.RuleListener): Linter.LintMessage[] {
  const rule = ESLintUtils.RuleCreator.withoutDocs<[], 'probe' | 'move'>({
    meta: { type: 'problem', schema: [], defaultOptions: [], fixable: 'code', hasSuggestions: true, messages: { probe: '{{text}}', move: 'move' } },
    create,
  });
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [
    {
      files: ['**/*.ts'],
      plugins: { t: { rules: { probe: rule as unknown as Rule.RuleModule } } }, // RuleCreator-shaped rule, an ESLint rule at run time
      rules: { 't/probe': 'error' },
      languageOptions: { parser: tsParser as unknown as Linter.Parser }, // the TS parser is a Linter parser at run time
    },
  ], { filename: 'probe.ts' });
  expect(messages.filter((m) => m.fatal === true)).toEqual([]);
  return messages;
}

/** `code` with one fix (or suggestion fix) applied. */
export function applied(code: string, fix: Rule.Fix | undefined): string {
  if (!fix) throw new Error('no fix');
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/** Lints `code` as `filename` with a rule made of `create`'s listeners; any message (a parse error) fails the test. */
export function probe(code: string, create: (context: ProbeContext) => TSESLint.RuleListener, filename = 'src/file.ts'): void {
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
    create: (context) => create(context),
  });
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ALL_FILES,
        plugins: { t: { rules: { probe: rule as unknown as Rule.RuleModule } } }, // a RuleCreator rule is an ESLint rule at run time
        rules: { 't/probe': 'error' },
        languageOptions: languageOptionsFor(filename),
      },
    ],
    { filename },
  );
  expect(messages).toEqual([]);
}
