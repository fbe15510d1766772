import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The rule tests (and the version check) again on an ESLint installed under an npm alias: vite's alias
 * redirects ESM imports of `eslint`, tests/setup-eslint-alias.ts the CommonJS `require('eslint')` of
 * rule-tester and typescript-eslint's utils.
 */
function onAlias(name: string, alias: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    resolve: { alias: [{ find: /^eslint$/u, replacement: alias }, { find: /^eslint\/(.*)$/u, replacement: `${alias}/$1` }] },
    test: {
      name,
      setupFiles: ['tests/setup-eslint-alias.ts', 'tests/setup.ts'],
      include: ['tests/rules/**/*.test.ts', 'tests/eslint-version.test.ts'],
      env: { ESLINT_PACKAGE: alias },
    },
  };
}

// Three projects: the whole suite on ESLint 10 (the dev dependency); the rule tests again on the newest
// ESLint 9 (the `eslint-v9` alias) and on the lowest ESLint 9 the peer range allows (`eslint-v9-floor`).
// tests/eslint-version.test.ts proves which ESLint each project really ran. tests/corpus/ holds files
// to lint (some named like tests), never tests to run.
export default defineConfig({
  test: {
    // tests/fuzz/compare-builds.test.ts is one process of `npm run fuzz:compare`, which sets
    // FUZZ_COMPARE_BASE; it is not part of the suite (it would have nothing to compare).
    exclude: ['tests/corpus/**', 'node_modules/**', ...(process.env.FUZZ_COMPARE_BASE === undefined ? ['tests/fuzz/compare-builds.test.ts'] : [])],
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
        test: { name: 'eslint10', setupFiles: ['tests/setup.ts'], include: ['tests/**/*.test.ts'], env: { ESLINT_PACKAGE: 'eslint' } },
      },
      onAlias('eslint9', 'eslint-v9'),
      onAlias('eslint9-floor', 'eslint-v9-floor'),
    ],
  },
});
