/**
 * No rule ever prints a secret: every invalid case of every rule (tests/rules/<rule>.cases.ts) is
 * linted again here, and each message, suggestion description and report `data` value is searched for
 * the fake secrets the case holds: the whole value, and any 8-character run of it past the part a
 * fingerprint is allowed to show (the format's public prefix).
 */
import { readdirSync } from 'node:fs';
import json from '@eslint/json';
import { Linter } from 'eslint';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_FILES } from './fixtures/files.js';
import { typedRules, type RuleName } from '../src/rules/index.js';
import { generatedSecrets } from './fixtures/fake.js';
import { forbiddenRuns, recording } from './fixtures/redaction.js';
import { invalid as envInvalid, rootOf } from './env/env.cases.js';
import { removeProjects, secrets as envSecrets } from './env/project.js';
import { invalidJson } from './rules/no-secret-in-client.json-cases.js';

afterAll(removeProjects);

type Case = InvalidTestCase<string, readonly unknown[]>;

const ruleNames = Object.keys(typedRules) as RuleName[];
const caseFiles = new Set(readdirSync(new URL('rules/', import.meta.url)).filter((f) => f.endsWith('.cases.ts')));

describe.each(ruleNames)('%s never prints a secret', (name) => {
  it('has a cases file', () => {
    expect(caseFiles.has(`${name}.cases.ts`)).toBe(true);
  });

  it('keeps every secret of every invalid case out of messages, suggestions and data', async () => {
    const { invalid } = (await import(`./rules/${name}.cases.ts`)) as { invalid: readonly Case[] };
    const secrets = [...generatedSecrets];
    let checkedCases = 0;
    for (const testCase of invalid) {
      const inCase = secrets.filter((s) => testCase.code.includes(s));
      if (inCase.length === 0) continue;
      checkedCases += 1;
      const data: unknown[] = [];
      const linter = new Linter({ configType: 'flat' });
      const config: Linter.Config[] = [
        {
          files: ALL_FILES,
          plugins: { credentials: { rules: { [name]: recording(typedRules[name], data) } } } as unknown as Linter.Config['plugins'], // a RuleCreator rule is an ESLint rule at run time
          rules: { [`credentials/${name}`]: ['error', ...(testCase.options ?? [])] as Linter.RuleEntry },
          ...(testCase.languageOptions ? { languageOptions: testCase.languageOptions as Linter.Config['languageOptions'] } : {}),
          ...(testCase.settings ? { settings: testCase.settings } : {}),
        },
      ];
      const messages = linter.verify(testCase.code, config, { filename: testCase.filename ?? 'file.ts' });
      const printed = JSON.stringify([messages.map((m) => [m.message, m.suggestions?.map((s) => s.desc)]), data]);
      for (const secret of inCase) {
        expect(printed.includes(secret), `case ${JSON.stringify(testCase.code.slice(0, 60))} prints the whole secret`).toBe(false);
        const leaked = forbiddenRuns(secret).find((run) => printed.includes(run));
        expect(leaked, `case ${JSON.stringify(testCase.code.slice(0, 60))} prints part of a secret`).toBeUndefined();
      }
    }
    expect(checkedCases).toBeGreaterThan(0);
  });
});

/**
 * The env file findings (#20): the secret is in an env file, not in the linted code, so the cases above
 * cannot see it; each invalid case of tests/env/env.cases.ts is linted again and searched for every
 * secret its projects' env files hold.
 */
describe('no-secret-in-client never prints a value from an env file', () => {
  it('keeps every env file secret out of messages and data', () => {
    const rule = typedRules['no-secret-in-client'];
    expect(envInvalid.length).toBeGreaterThan(0);
    for (const testCase of envInvalid) {
      const data: unknown[] = [];
      const linter = new Linter({ configType: 'flat', cwd: rootOf.get(testCase.filename ?? '') });
      const config: Linter.Config[] = [
        {
          files: ALL_FILES,
          plugins: { credentials: { rules: { 'no-secret-in-client': recording(rule, data) } } } as unknown as Linter.Config['plugins'],
          rules: { 'credentials/no-secret-in-client': ['error', ...(testCase.options ?? [])] as Linter.RuleEntry },
          ...(testCase.languageOptions ? { languageOptions: testCase.languageOptions as Linter.Config['languageOptions'] } : {}),
          ...(testCase.settings ? { settings: testCase.settings } : {}),
        },
      ];
      const messages = linter.verify(testCase.code, config, { filename: testCase.filename ?? 'file.ts' });
      expect(messages.length, JSON.stringify(messages)).toBe(testCase.errors.length);
      const printed = JSON.stringify([messages.map((m) => m.message), data]);
      for (const secret of Object.values(envSecrets)) {
        expect(printed.includes(secret), `case ${JSON.stringify(testCase.code.slice(0, 60))} prints the whole secret`).toBe(false);
        const leaked = forbiddenRuns(secret).find((run) => printed.includes(run));
        expect(leaked, `case ${JSON.stringify(testCase.code.slice(0, 60))} prints part of a secret`).toBeUndefined();
      }
    }
  });
});

/**
 * JSON files under @eslint/json's languages (#20): their cases run on ESLint's own RuleTester, apart from
 * the rule's cases file; each is linted again here with its language.
 */
describe('no-secret-in-client never prints a secret of a JSON file', () => {
  it('keeps every secret of every JSON case out of messages and data', () => {
    const rule = typedRules['no-secret-in-client'];
    const secrets = [...generatedSecrets];
    expect(invalidJson.length).toBeGreaterThan(0);
    for (const testCase of invalidJson) {
      const inCase = secrets.filter((s) => testCase.code.includes(s));
      expect(inCase.length, testCase.code).toBeGreaterThan(0);
      const data: unknown[] = [];
      const linter = new Linter({ configType: 'flat' });
      const config: Linter.Config[] = [
        {
          files: ['**/*.json', '**/*.jsonc', '**/*.json5'],
          plugins: { json, credentials: { rules: { 'no-secret-in-client': recording(rule, data) } } } as unknown as Linter.Config['plugins'],
          language: testCase.language ?? 'json/json',
          rules: { 'credentials/no-secret-in-client': 'error' },
          ...(testCase.languageOptions ? { languageOptions: testCase.languageOptions } : {}),
          ...(testCase.settings ? { settings: testCase.settings } : {}),
        },
      ];
      const messages = linter.verify(testCase.code, config, { filename: testCase.filename ?? 'public/config.json' });
      expect(messages.length, JSON.stringify(messages)).toBe(testCase.errors.length);
      const printed = JSON.stringify([messages.map((m) => m.message), data]);
      for (const secret of inCase) {
        expect(printed.includes(secret), `case ${JSON.stringify(testCase.code.slice(0, 60))} prints the whole secret`).toBe(false);
        const leaked = forbiddenRuns(secret).find((run) => printed.includes(run));
        expect(leaked, `case ${JSON.stringify(testCase.code.slice(0, 60))} prints part of a secret`).toBeUndefined();
      }
    }
  });
});
