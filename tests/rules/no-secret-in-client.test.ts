import json from '@eslint/json';
import { RuleTester as EslintRuleTester, type Rule } from 'eslint';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, it } from 'vitest';
import rule from '../../src/rules/no-secret-in-client.js';
import { invalid, valid } from './no-secret-in-client.cases.js';
import { invalidJson, validJson } from './no-secret-in-client.json-cases.js';
import { invalidServerEvidence, validServerEvidence } from './no-secret-in-client.server-evidence-cases.js';

new RuleTester().run('no-secret-in-client', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [...valid, ...validServerEvidence],
  invalid: [...invalid, ...invalidServerEvidence],
});

// JSON files under @eslint/json's languages (issue #20): ESLint's own RuleTester, which takes a `language`
EslintRuleTester.describe = describe;
EslintRuleTester.it = it;
EslintRuleTester.itOnly = it.only;
new EslintRuleTester({ plugins: { json }, language: 'json/json' }).run(
  'no-secret-in-client (JSON)',
  rule as unknown as Rule.RuleModule, // a RuleCreator rule is an ESLint rule at run time (typescript-eslint#11543)
  { valid: validJson, invalid: invalidJson },
);
