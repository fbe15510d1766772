import { Linter } from 'eslint';
import { ESLintUtils } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { ALL_FILES } from '../fixtures/files.js';
import { fileFacts, type FileFacts } from '../../src/core/file.js';
import { fake } from '../fixtures/fake.js';

function factsFor(filename: string, code = '', settings: Record<string, unknown> = {}): FileFacts[] {
  const seen: FileFacts[] = [];
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
    create(context) {
      seen.push(fileFacts(context), fileFacts(context));
      return {};
    },
  });
  new Linter({ configType: 'flat' }).verify(code, [
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
