import { defineConfig } from 'vitest/config';

// Two projects: the whole suite on ESLint 10 (the dev dependency), and the rule tests again on
// ESLint 9 (the `eslint-v9` alias). CommonJS dependencies are redirected by tests/setup-eslint9.ts;
// tests/eslint-version.test.ts proves which ESLint each project really ran. tests/corpus/ holds files
// to lint (some named like tests), never tests to run.
export default defineConfig({
  test: {
    exclude: ['tests/corpus/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95 },
    },
    projects: [
      {
        extends: true,
        test: { name: 'eslint10', setupFiles: ['tests/setup.ts'], include: ['tests/**/*.test.ts'], env: { EXPECT_ESLINT_MAJOR: '10' } },
      },
      {
        extends: true,
        resolve: { alias: [{ find: /^eslint$/u, replacement: 'eslint-v9' }, { find: /^eslint\/(.*)$/u, replacement: 'eslint-v9/$1' }] },
        test: {
          name: 'eslint9',
          setupFiles: ['tests/setup-eslint9.ts', 'tests/setup.ts'],
          include: ['tests/rules/**/*.test.ts', 'tests/eslint-version.test.ts'],
          env: { EXPECT_ESLINT_MAJOR: '9' },
        },
      },
    ],
  },
});
