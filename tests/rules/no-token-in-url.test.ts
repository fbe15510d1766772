import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-token-in-url.js';
import { invalid, valid } from './no-token-in-url.cases.js';

new RuleTester().run('no-token-in-url', rule, { valid, invalid });
