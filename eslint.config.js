// Self-lint: typescript-eslint strictTypeChecked on the sources and tests, eslint-plugin-eslint-plugin
// on the rules and their tests, eslint-plugin-regexp (with its super-linear backtracking checks) on
// every regex, and the plugin's own `recommended` preset on the whole repo (from the build).
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import regexp from 'eslint-plugin-regexp';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import credentials from './dist/index.mjs';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'examples/', '.cache/', 'tests/corpus/', 'tests/consumer/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  regexp.configs.recommended,
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    extends: [eslintPlugin.configs.rules],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      'eslint-plugin/require-meta-schema-description': 'error',
      // RuleCreator adds `docs.url`; tests/plugin.test.ts checks every URL.
      'eslint-plugin/require-meta-docs-url': 'off',
      // Defaults are merged by src/utils/create-rule.ts from each rule's `defaults`, not by ESLint from
      // meta.defaultOptions: ESLint merges those into the options before validating them, and a typo's
      // error then printed every default. tests/plugin.test.ts checks each default is in its description.
      'eslint-plugin/require-meta-default-options': 'off',
    },
  },
  {
    // The shape docs/architecture.md describes (issue 15): thin rules over the core, and no closure of
    // inner helpers that should have been a module.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 200 }],
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    extends: [eslintPlugin.configs.tests],
    rules: {
      'eslint-plugin/require-test-error-positions': 'error',
      'eslint-plugin/consistent-output': 'error',
    },
  },
  credentials.configs.recommended,
);
