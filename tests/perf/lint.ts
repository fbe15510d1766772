/**
 * Lints generated inputs with every rule of the plugin (from the sources), under the parser their file
 * name calls for, for the non-timing performance checks. Speed itself is measured by `npm run bench`
 * only; these tests never assert a duration.
 */
import path from 'node:path';
import { Linter } from 'eslint';
import type { Rule } from 'eslint';
import plugin from '../../src/index.js';
import { lang } from '../fixtures/languages.js';

export const CWD = path.resolve('/virtual/app');

const ruleNames = Object.keys(plugin.rules);

function languageFor(filename: string): Linter.LanguageOptions {
  if (filename.endsWith('.tsx')) return lang.tsx.languageOptions as Linter.LanguageOptions;
  if (filename.endsWith('.ts')) return lang.ts.languageOptions as Linter.LanguageOptions;
  if (filename.endsWith('.vue')) return lang.vue.languageOptions as Linter.LanguageOptions;
  return lang.jsx.languageOptions as Linter.LanguageOptions;
}

/** Every plugin rule, each wrapped by `wrap` (identity by default). */
export function configFor(filename: string, wrap: (rule: Rule.RuleModule) => Rule.RuleModule = (r) => r): Linter.Config[] {
  const rules = Object.fromEntries(ruleNames.map((name) => [name, wrap(plugin.rules[name as keyof typeof plugin.rules])]));
  return [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue}'],
      languageOptions: languageFor(filename),
      plugins: { credentials: { ...plugin, rules } },
      rules: Object.fromEntries(ruleNames.map((name) => [`credentials/${name}`, 'error'])),
    },
  ];
}

/** Lints `code` as `filename` (relative to CWD) with every rule; returns the messages. */
export function lintAll(code: string, filename: string, wrap?: (rule: Rule.RuleModule) => Rule.RuleModule): Linter.LintMessage[] {
  const linter = new Linter({ cwd: CWD });
  return linter.verify(code, configFor(filename, wrap), path.join(CWD, filename));
}

/**
 * `lintAll` with `settings.credentials.vendored: 'check'`: pathological inputs are one-line giants that
 * the rules would skip as generated; here they measure the rules' own work.
 */
export function lintAllChecked(code: string, filename: string, wrap?: (rule: Rule.RuleModule) => Rule.RuleModule): Linter.LintMessage[] {
  const linter = new Linter({ cwd: CWD });
  return linter.verify(code, [...configFor(filename, wrap), { settings: { credentials: { vendored: 'check' } } }], path.join(CWD, filename));
}
