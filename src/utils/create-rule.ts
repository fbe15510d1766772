import { ESLintUtils } from '@typescript-eslint/utils';

export const REPO_URL = 'https://github.com/eslint-plugin-credentials/eslint-plugin-credentials';

/** Extra `meta.docs` fields of this plugin's rules. */
export interface PluginDocs {
  /** In the `recommended` preset (and so in `strict` and `all`). */
  recommended?: boolean;
  /** `strict` turns on the rule's stricter options, documented on its page. */
  strictOptions?: Record<string, unknown>;
  requiresTypeChecking?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(
  (name) => `${REPO_URL}/blob/main/docs/rules/${name}.md`,
);
