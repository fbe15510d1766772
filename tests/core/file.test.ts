import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import { ESLintUtils } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_FILES } from '../fixtures/files.js';
import { fileFacts, type FileFacts } from '../../src/core/files/file.js';
import { fake } from '../fixtures/fake.js';

function factsFor(filename: string, code = '', settings: Record<string, unknown> = {}, cwd?: string): FileFacts[] {
  const seen: FileFacts[] = [];
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
    create(context) {
      seen.push(fileFacts(context), fileFacts(context));
      return {};
    },
  });
  new Linter({ configType: 'flat', ...(cwd === undefined ? {} : { cwd }) }).verify(code, [
    { files: ALL_FILES, plugins: { t: { rules: { a: rule as unknown as import('eslint').Rule.RuleModule, b: rule as unknown as import('eslint').Rule.RuleModule } } }, rules: { 't/a': 'error', 't/b': 'error' }, settings }, // RuleCreator-shaped rules are ESLint rules at run time
  ], { filename });
  return seen;
}

describe('fileFacts', () => {
  it('is computed once per file and shared by every rule', () => {
    const seen = factsFor('src/app.ts');
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(1);
  });

  it.each([
    ['src/app.test.ts', true],
    ['src/app.spec.tsx', true],
    ['src/__tests__/app.ts', true],
    ['test/app.js', true],
    ['e2e/login.ts', true],
    ['src/Button.stories.tsx', true],
    ['src/setupTests.ts', true],
    ['jest.setup.js', true],
    ['jest-setup.js', true],
    ['vitest.setup.ts', true],
    ['src/test-setup.ts', true],
    ['config/setup-jest.mjs', true],
    ['src/api/client.mock.ts', true],
    ['src/__mocks__/axios.ts', true],
    ['src/setup.ts', false],
    ['src/jest-config-helpers.ts', false],
    ['src/testing-utils.ts', false],
    ['src/contest/app.ts', false],
    ['src/app.ts', false],
  ])('%s is a test file: %s', (file, expected) => {
    expect(factsFor(file)[0]?.isTestFile).toBe(expected);
  });

  it('lets settings.credentials.testFiles replace the convention', () => {
    const settings = { credentials: { testFiles: ['qa/**'] } };
    expect(factsFor('qa/login.ts', '', settings)[0]?.isTestFile).toBe(true);
    expect(factsFor('src/app.test.ts', '', settings)[0]?.isTestFile).toBe(false);
  });

  it('skips placeholders everywhere and dummies only in test files', () => {
    const [app] = factsFor('src/app.ts');
    const [test] = factsFor('src/app.test.ts');
    const real = fake.stripeSecret(3);
    expect(app?.isReportable('YOUR_TOKEN', undefined)).toBe(false);
    expect(app?.isReportable('not-a-real-token-0001', undefined)).toBe(true);
    expect(test?.isReportable('not-a-real-token-0001', undefined)).toBe(false);
    expect(test?.isReportable(real, test.identify(real))).toBe(true);
  });

  it('pairs AWS secret keys only in files that hold an access key id', () => {
    const secret = fake.awsSecret(4);
    expect(factsFor('src/a.ts', `const id = '${fake.awsKeyId(5)}';`)[0]?.identify(secret)?.format.id).toBe('aws-secret-access-key');
    expect(factsFor('src/b.ts', 'const id = 1;')[0]?.identify(secret)).toBeUndefined();
  });

  it('uses custom formats from settings', () => {
    const settings = { credentials: { formats: [{ id: 'acme', provider: 'Acme', pattern: 'acme_[a-z]{6}' }] } };
    expect(factsFor('src/a.ts', '', settings)[0]?.identify('acme_qwerty')?.format.provider).toBe('Acme');
  });
});

describe('fileFacts: paths for the conventions and for the glob settings', () => {
  const project = mkdtempSync(path.join(tmpdir(), 'credentials-file-facts-'));
  for (const file of ['eslint.config.js', 'app/_components/keys.ts', 'packages/web/eslint.config.mjs', 'packages/web/src/pay.ts']) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), '');
  }
  const outside = mkdtempSync(path.join(tmpdir(), 'credentials-file-facts-no-config-'));
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const keys = path.join(project, 'app/_components/keys.ts');

  it('matches globs against the path from the config file, whatever the working directory', () => {
    const fromRoot = factsFor(keys, '', { credentials: { clientFiles: ['x/**'] } }, project)[0];
    const fromApp = factsFor(keys, '', { credentials: { clientFiles: ['x/**'] } }, path.join(project, 'app'))[0];
    expect([fromRoot?.relativePath, fromRoot?.configRelativePath]).toEqual(['app/_components/keys.ts', 'app/_components/keys.ts']);
    expect([fromApp?.relativePath, fromApp?.configRelativePath]).toEqual(['_components/keys.ts', 'app/_components/keys.ts']);
  });

  it('takes the nearest config file of a nested package', () => {
    const facts = factsFor(path.join(project, 'packages/web/src/pay.ts'), '', {}, project)[0];
    expect([facts?.relativePath, facts?.configRelativePath]).toEqual(['packages/web/src/pay.ts', 'src/pay.ts']);
  });

  it('falls back to the working directory when no config file is found', () => {
    const facts = factsFor(path.join(outside, 'src/pay.ts'), '', {}, outside)[0];
    expect(facts?.configRelativePath).toBe('src/pay.ts');
  });

  it('matches testFiles from the config file, also when ESLint runs in a subdirectory', () => {
    const settings = { credentials: { testFiles: ['app/_components/**'] } };
    expect(factsFor(keys, '', settings, path.join(project, 'app'))[0]?.isTestFile).toBe(true);
    expect(factsFor(keys, '', settings, path.join(project, 'app/_components'))[0]?.isTestFile).toBe(true);
    expect(factsFor(keys, '', { credentials: { testFiles: ['_components/**'] } }, path.join(project, 'app'))[0]?.isTestFile).toBe(false);
  });
});
