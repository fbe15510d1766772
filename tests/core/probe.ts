/**
 * Runs a core module inside a throwaway rule, for the unit tests of modules that need a rule context
 * (a scope manager, the value resolver): `probe(code, create)` lints `code` with a rule whose
 * listeners `create` builds, and fails on a parse error.
 */
import { Linter } from 'eslint';
import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { expect } from 'vitest';
import { ALL_FILES } from '../fixtures/files.js';
import { languageOptionsFor } from '../fixtures/languages.js';

export type ProbeContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

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
        plugins: { t: { rules: { probe: rule as unknown as import('eslint').Rule.RuleModule } } }, // a RuleCreator rule is an ESLint rule at run time
        rules: { 't/probe': 'error' },
        languageOptions: languageOptionsFor(filename),
      },
    ],
    { filename },
  );
  expect(messages).toEqual([]);
}
