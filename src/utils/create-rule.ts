import { ESLintUtils } from '@typescript-eslint/utils';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import pkg from '../../package.json' with { type: 'json' };
import { fileGate, QUIET, quietFileVendored, VENDORED } from '../core/prechecks/file-gate.js';
import { NO_LISTENERS } from './listeners.js';

export const REPO_URL = 'https://github.com/eslint-plugin-credentials/eslint-plugin-credentials';

/** Extra `meta.docs` fields of this plugin's rules. */
export interface PluginDocs {
  /** In the `recommended` preset (and so in `strict` and `all`). */
  recommended?: boolean;
  /** `strict` turns on the rule's stricter options, documented on its page. */
  strictOptions?: Record<string, unknown>;
  requiresTypeChecking?: boolean;
}

/** The docs of the installed version (as unicorn links them): `main` may already describe a later release. */
const docsUrl = (name: string): string => `${REPO_URL}/blob/v${pkg.version}/docs/rules/${name}.md`;

const createWithDocs = ESLintUtils.RuleCreator<PluginDocs>(docsUrl);

/**
 * A rule as this plugin writes it: RuleCreator's argument, with the option defaults in `defaults`
 * instead of `meta.defaultOptions`. ESLint (9.15+) merges `meta.defaultOptions` into the options
 * before it validates them, so a typo such as `{ notAnOption: true }` was reported as
 * `Value {"params":[…17 default names…],…,"notAnOption":true} should NOT have additional properties`;
 * merged here instead, ESLint validates and prints only what the user wrote. Each default is stated
 * in its schema `description` for the docs (never as schema `default`: ESLint's Ajv fills those in).
 */
export type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  Omit<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>, 'meta' | 'defaultOptions'> & {
    meta: Omit<ESLintUtils.NamedCreateRuleMeta<MessageIds, PluginDocs, Options>, 'defaultOptions'>;
    /** What `create` gets where the user gave no option; the user's options are deep-merged on top. */
    defaults: Options;
    /**
     * Given no options, the rule has no listeners for a file the file gate finds quiet
     * (core/prechecks/file-gate.ts): its own pre-check asks only members of the default unions first.
     * The gate then answers for it, and its `create()` is not called.
     */
    quietWithoutOptions?: true;
  }
>;

/** A rule of this plugin: its `defaults` stay readable (for tests and tools), not in `meta`. */
export type CredentialsRule<Options extends readonly unknown[], MessageIds extends string> = RuleModule<MessageIds, Options, PluginDocs> & {
  readonly defaults: Options;
};

/**
 * `ESLintUtils.RuleCreator` with the docs URL of this repository, and options merged with `defaults`
 * once per configuration rather than once per file: RuleCreator deep-clones the defaults in every
 * `create()`, which showed up in the benchmark's profiles. ESLint slices a new options array for
 * every file but hands each file of one configuration the same option object, so the merge is cached
 * on that object (or on one shared key when there are no options), and the last one is kept aside:
 * one comparison per file in the usual run of files under one configuration. Vendored and generated
 * files get no listeners from any rule (`settings.credentials.vendored`), quiet files none from a rule
 * of `quietWithoutOptions` given no options (core/prechecks/file-gate.ts).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): CredentialsRule<Options, MessageIds> {
  const { defaults, quietWithoutOptions, ...definition } = rule;
  const created = createWithDocs(definition);
  const merged = new WeakMap<object, Options>();
  const noOptions = {};
  let lastKey: object | undefined;
  let lastOptions = defaults;
  return {
    ...created,
    defaults,
    create(context) {
      // vendored and minified files are not the team's code: no rule looks at them (core/files/vendored.ts)
      const gate = fileGate(context);
      if (gate === VENDORED) return NO_LISTENERS;
      // read as the gate reads the context (core/prechecks/file-gate.ts)
      const raw = Reflect.get(context, 'options');
      if (gate === QUIET && ((raw.length === 0 && quietWithoutOptions === true) || quietFileVendored())) return NO_LISTENERS;
      const first = raw[0];
      const key = raw.length === 0 ? noOptions : raw.length === 1 && typeof first === 'object' && first !== null ? first : undefined;
      if (key === undefined || key !== lastKey) {
        let options = key && merged.get(key);
        if (options === undefined) {
          options = ESLintUtils.applyDefault<readonly unknown[], Options>(defaults, raw);
          if (key) merged.set(key, options);
        }
        lastKey = key;
        lastOptions = options;
      }
      return definition.create(context, lastOptions);
    },
  };
}
