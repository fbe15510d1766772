import type { Rule } from 'eslint';
import noHardcodedAuthHeader from './no-hardcoded-auth-header.js';
import noSecretInClient from './no-secret-in-client.js';
import noTokenInUrl from './no-token-in-url.js';

const typedRules = {
  'no-hardcoded-auth-header': noHardcodedAuthHeader,
  'no-secret-in-client': noSecretInClient,
  'no-token-in-url': noTokenInUrl,
};

export type RuleName = keyof typeof typedRules;

/** The rules, typed precisely, for tests and presets inside the package. */
export { typedRules };

/**
 * The one boundary cast: a RuleCreator rule is not assignable to ESLint's `Rule.RuleModule`
 * (typescript-eslint#11543), although it is one at run time.
 */
export const rules = typedRules as unknown as Record<RuleName, Rule.RuleModule>;
