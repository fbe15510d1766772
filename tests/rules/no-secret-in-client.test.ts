import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-secret-in-client.js';
import { invalid, valid } from './no-secret-in-client.cases.js';
import { invalidServerEvidence, validServerEvidence } from './no-secret-in-client.server-evidence-cases.js';

new RuleTester().run('no-secret-in-client', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [...valid, ...validServerEvidence],
  invalid: [...invalid, ...invalidServerEvidence],
});
