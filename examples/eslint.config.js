// The example app's ESLint config: the plugin's `recommended` preset, plus the parsers for TypeScript,
// TSX and Vue files. `npm run demo`, the editor test and the CLI tests all lint examples/ with it.
import credentials from 'eslint-plugin-credentials';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { defineConfig } from 'eslint/config';

export default defineConfig([
  // The company preset and the app that consumes it are separate packages with their own config.
  { ignores: ['company-preset/**', 'company-app/**'] },
  {
    files: ['**/*.{js,jsx,mjs,cjs}'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parser: tsParser },
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, sourceType: 'module' } },
  },
  credentials.configs.recommended,
]);
