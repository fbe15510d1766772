import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-hardcoded-auth-header.js';
import { invalid, valid } from './no-hardcoded-auth-header.cases.js';

new RuleTester().run('no-hardcoded-auth-header', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid,
  invalid,
});
