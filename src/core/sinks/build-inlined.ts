/**
 * Credentials a build tool inlines into its output, for `no-hardcoded-auth-header` (issue 17): in a
 * build tool's config file (`BUILD_TOOLS`, read by bundler-config.ts's walk in `build` mode), a value
 * of tsup `env`, Vite / esbuild `define`, `next.config` `env`, webpack's plugins or
 * `@rollup/plugin-replace` that is a private catalogued credential, or a credential-looking value
 * (`credentialLookRejection`) under a secret name (`isSecretLiteralName`). Only for a tool that builds
 * for Node (`BuildTool.browser`) is a suggestion made that reads the variable from the build's
 * environment: in a browser bundle that would ship it all the same (no-secret-in-client reports such
 * a variable). The rule reports what `onCredential` is given.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CredentialMatch } from '../credentials/catalogue.js';
import { credentialLookRejection, isSecretLiteralName } from '../credentials/generic-secret.js';
import { buildEnvSuggestion, type EnvSuggestion } from '../fixes/env-suggestion.js';
import type { FileFacts } from '../files/file.js';
import type { Values } from '../values/resolver.js';
import { BundlerSettings, buildToolOf, inlinedText, type Exposure } from './bundler-config.js';
import { EnvReads } from './env-reads.js';

/** A credential a build setting inlines: where it is written, the setting and key, and the suggestion (if any). */
export interface InlinedCredential {
  readonly node: TSESTree.Node;
  readonly setting: string;
  readonly key: string;
  readonly credential: string;
  readonly match: CredentialMatch | undefined;
  readonly suggestion: EnvSuggestion | undefined;
}

/** The listeners for a build tool's config file `base` (see `isBuildConfigFile`). */
export function inlinedCredentialListeners(
  sourceCode: Readonly<TSESLint.SourceCode>,
  values: Values,
  facts: FileFacts,
  base: string,
  onCredential: (found: InlinedCredential) => void,
): TSESLint.RuleListener {
  const serverBuild = buildToolOf(base)?.browser === false;
  const onExposure = (exposure: Exposure): void => {
    const inlined = exposure.kind === 'variable' && exposure.value ? inlinedText(values, exposure.value) : undefined;
    if (exposure.kind !== 'variable' || !inlined) return;
    const credential = inlined.text.trim();
    const match = facts.identify(credential);
    const found = match ? match.kind === 'private' : isSecretLiteralName(exposure.variable) && credentialLookRejection(credential) === undefined;
    if (!found || !facts.isReportable(credential, match)) return;
    const suggestion = serverBuild ? buildEnvSuggestion(sourceCode, inlined.node, inlined.form, exposure.variable) : undefined;
    onCredential({ node: inlined.node, setting: exposure.setting, key: exposure.variable, credential, match, suggestion });
  };
  const settings = new BundlerSettings(values, new EnvReads(sourceCode, values), base, onExposure, 'build');
  return {
    NewExpression(node) {
      settings.webpackPlugin(node);
    },
    CallExpression(node) {
      settings.replaceCall(node);
    },
    Property(node) {
      settings.configProperty(node);
    },
  };
}
