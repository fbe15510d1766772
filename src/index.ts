import type { ESLint, Linter } from 'eslint';
import pkg from '../package.json' with { type: 'json' };
import { rules, typedRules, type RuleName } from './rules/index.js';

export type { RuleName } from './rules/index.js';
export type { CredentialKind } from './core/credentials/catalogue.js';
export type { HeaderKind } from './core/credentials/vocabulary.js';
export type {
  FormatSetting,
  HeaderSetting,
  NoHardcodedAuthHeaderOptions,
  NoSecretInClientOptions,
  NoTokenInUrlOptions,
  PluginSettings,
  RuleOptions,
} from './types.js';

type ConfigName = 'recommended' | 'strict' | 'all';

const ruleNames = Object.keys(typedRules) as RuleName[];

function ruleEntries(pick: (name: RuleName) => Linter.RuleEntry | undefined): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const name of ruleNames) {
    const entry = pick(name);
    if (entry !== undefined) entries[`credentials/${name}`] = entry;
  }
  return entries;
}

const configs = {} as Record<ConfigName, Linter.Config>;

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'credentials' },
  rules,
  configs,
} satisfies ESLint.Plugin;

Object.assign(configs, {
  recommended: {
    name: 'credentials/recommended',
    plugins: { credentials: plugin },
    rules: ruleEntries((name) => (typedRules[name].meta.docs?.recommended === true ? 'error' : undefined)),
  },
  strict: {
    name: 'credentials/strict',
    plugins: { credentials: plugin },
    rules: ruleEntries((name) => {
      const { recommended, strictOptions } = typedRules[name].meta.docs ?? {};
      if (strictOptions) return ['error', strictOptions];
      return recommended === true ? 'error' : undefined;
    }),
  },
  all: {
    name: 'credentials/all',
    plugins: { credentials: plugin },
    rules: ruleEntries(() => 'error'),
  },
} satisfies Record<ConfigName, Linter.Config>);

export default plugin;
