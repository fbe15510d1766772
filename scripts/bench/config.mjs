/**
 * The configurations the benchmark compares, built at run time from the plugin's build (`dist/`):
 * - `floor`: ESLint with the parsers and no rules;
 * - `visitor-floor`: one rule listening to the same selectors as the plugin's rules, doing nothing;
 * - `rule:<name>`: each plugin rule alone;
 * - `recommended`: the plugin's `recommended` preset;
 * - `no-secrets`: eslint-plugin-no-secrets, a peer that scans string literals for entropy.
 */
import { pathToFileURL } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import noSecrets from 'eslint-plugin-no-secrets';
import * as espree from 'espree';
import vueParser from 'vue-eslint-parser';
import { acmeSettings } from '../../examples/company-preset/settings.js';

/**
 * The plugin under test: `BENCH_PLUGIN` (a snapshot of the build that scripts/bench.mjs takes at start,
 * so that every run measures the same code even if `dist/` is rebuilt meanwhile), else `dist/`.
 */
const { default: plugin } = await import(process.env.BENCH_PLUGIN ? pathToFileURL(process.env.BENCH_PLUGIN).href : '../../dist/index.mjs');

export const RULE_NAMES = Object.keys(plugin.rules);
export const PLUGIN_PREFIX = 'credentials/';
export const VISITOR_FLOOR_RULE = 'bench/visitor-floor';

/** Configuration names in the order the benchmark prints them. */
export const CONFIG_NAMES = ['floor', 'visitor-floor', ...RULE_NAMES.map((n) => `rule:${n}`), 'recommended', 'company', 'no-secrets'];

/** Parsers by file kind, as a project using the plugin would configure them. */
export const LANGUAGES = [
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'],
    languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'],
    languageOptions: { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, sourceType: 'module', parserOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } },
  },
];

/** Every listener is the same no-op: what a rule costs ESLint before it does any work. */
function noop() {}

/** A rule that listens to `selectors` and does nothing. @param {readonly string[]} selectors */
export function visitorFloorRule(selectors) {
  return {
    meta: { type: 'problem', schema: [] },
    create() {
      return Object.fromEntries(selectors.map((s) => [s, noop]));
    },
  };
}

/**
 * The flat config for one benchmark configuration.
 * @param {string} name one of CONFIG_NAMES
 * @param {{ visitorKeys?: readonly string[] }} [options] the selectors of the visitor floor
 */
export function configFor(name, { visitorKeys = [] } = {}) {
  const base = [{ linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } }, ...LANGUAGES];
  if (name === 'floor') return base;
  if (name === 'visitor-floor') {
    return [...base, { plugins: { bench: { rules: { 'visitor-floor': visitorFloorRule(visitorKeys) } } }, rules: { [VISITOR_FLOOR_RULE]: 'error' } }];
  }
  if (name === 'recommended') return [...base, plugin.configs.recommended];
  // a shared company preset: `recommended` with the settings of examples/company-preset (its own formats,
  // headers and parameters), as every app of that company runs it
  if (name === 'company') return [...base, plugin.configs.recommended, { settings: { credentials: acmeSettings } }];
  if (name === 'no-secrets') return [...base, { plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }];
  if (name.startsWith('rule:')) {
    const rule = name.slice('rule:'.length);
    if (!RULE_NAMES.includes(rule)) throw new Error(`bench: no rule ${rule}`);
    return [...base, { plugins: { credentials: plugin }, rules: { [`${PLUGIN_PREFIX}${rule}`]: 'error' } }];
  }
  throw new Error(`bench: unknown configuration ${name}`);
}

/**
 * Wraps the plugin's rules so that every `create()` records the selectors it returned: the visitor
 * floor listens to the union of them, read from the rules as they are now, not from a list.
 * @returns {{ config: object[], keys: Map<string, Set<string>> }}
 */
export function listenerProbe() {
  /** @type {Map<string, Set<string>>} */
  const keys = new Map(RULE_NAMES.map((n) => [n, new Set()]));
  const rules = Object.fromEntries(
    RULE_NAMES.map((n) => {
      const rule = plugin.rules[n];
      return [
        n,
        {
          ...rule,
          create(context) {
            const listeners = rule.create(context);
            for (const key of Object.keys(listeners)) keys.get(n)?.add(key);
            return listeners;
          },
        },
      ];
    }),
  );
  const config = [...configFor('floor'), { plugins: { credentials: { ...plugin, rules } }, rules: Object.fromEntries(RULE_NAMES.map((n) => [`${PLUGIN_PREFIX}${n}`, 'error'])) }];
  return { config, keys };
}

export { plugin };
