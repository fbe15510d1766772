/** Runs the env file cases of no-secret-in-client (tests/env/env.cases.ts). */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import rule from '../../src/rules/no-secret-in-client.js';
import { invalid, valid } from './env.cases.js';
import { removeProjects } from './project.js';

afterAll(removeProjects);

new RuleTester().run('no-secret-in-client (env files)', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid,
  invalid,
});
