// A user's eslint.config.ts, type-checked against the built package by tests/plugin.test.ts.
import credentials from 'eslint-plugin-credentials';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { extends: [credentials.configs.recommended] },
  {
    files: ['src/web/**'],
    extends: [credentials.configs.strict],
    settings: { credentials: { assume: 'client' } },
  },
  {
    plugins: { credentials },
    rules: { 'credentials/no-token-in-url': 'error' },
  },
);

// The types are real, not `any`: an unknown preset is an error.
// @ts-expect-error -- there is no such preset
export const missing = credentials.configs.nonexistent;
