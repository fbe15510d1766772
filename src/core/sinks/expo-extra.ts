/**
 * Expo's `extra` (issue #16), for `no-secret-in-client`: `app.config.js` / `app.config.ts` runs in
 * Node at build time (core/files/client-files.ts classifies it as server code), but Expo copies the
 * config's `extra` into the app bundle, where `Constants.expoConfig.extra` reads it. So what is
 * written there ships with the app: a literal, or an env variable read while the config is built.
 *
 * An `extra` object counts where Expo reads it: under `expo` (`export default { expo: { extra } }`,
 * `module.exports = { expo: { extra } }`), or in the config object itself (`export default ({
 * config }) => ({ ...config, extra: {…} })`, `defineConfig({ extra })`, `const config: ExpoConfig =
 * {…}`). An `extra` nested under any other key (a plugin's options in `plugins: [[…, { extra }]]`)
 * is not the app's. `extra.eas` holds the EAS project id and is skipped. Only an `app.config.*` at the
 * root of a package that depends on `expo` is read (`isExpoAppConfig`).
 */
import path from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { projectOf } from '../files/project.js';
import { propertyName, unwrap } from '../values/static.js';
import type { Values } from '../values/resolver.js';
import type { Exposure } from './bundler-config.js';
import type { EnvReads } from './env-reads.js';

const EXPO_CONFIG = /^app\.config\.[cm]?[jt]s$/u;

/** How deep nested objects under `extra` are followed (`extra: { stripe: { secretKey } }`). */
const MAX_DEPTH = 8;

/** The setting named in `bundlerExposes` messages. */
export const EXPO_EXTRA_SETTING = 'Expo extra';

/** Whether a file (by its base name) is an Expo dynamic config: `app.config.js`, `app.config.ts`. */
export function isExpoConfigName(base: string): boolean {
  return EXPO_CONFIG.test(base);
}

/** Why a literal in `extra` is in client code, for the messages' `reason`. */
const expoExtraReason = (base: string): string => `Expo copies 'extra' of '${base}' into the app bundle, where Constants.expoConfig.extra reads it`;

interface FileLike {
  readonly cwd: string;
  readonly filename: string;
  readonly physicalFilename: string;
}

/** Whether the file is the `app.config.*` at the root of a package that depends on `expo` (reads the nearest `package.json`). */
export function isExpoAppConfig(context: FileLike): boolean {
  const project = projectOf(path.resolve(context.cwd, context.physicalFilename));
  return project !== undefined && project.dependencies.has('expo') && path.dirname(path.resolve(context.cwd, context.filename)) === project.directory;
}

/** The node around `node`, past TypeScript's wrappers (`{…} satisfies ExpoConfig`, `{…} as const`). */
function outer(node: TSESTree.Node): TSESTree.Node | undefined {
  let parent = node.parent;
  while (
    parent &&
    (parent.type === AST_NODE_TYPES.TSAsExpression || parent.type === AST_NODE_TYPES.TSSatisfiesExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression)
  ) {
    parent = parent.parent;
  }
  return parent;
}

export interface ExtraHandlers {
  /** Whether the file is an Expo app's config (`isExpoAppConfig`): asked once an `extra` is found. */
  readonly isExpoApp: () => boolean;
  /** A text written in `extra`: under the key `name` (`undefined` for an array element). */
  readonly onText: (node: TSESTree.Node, name: string | undefined, value: string) => void;
  /** A value that reads a variable (`process.env.STRIPE_SECRET`): its exposure, as for a bundler setting. */
  readonly onExposure: (exposure: Exposure) => void;
}

/** The `extra` of one Expo config file. */
export class ExpoExtra {
  readonly #values: Values;
  readonly #env: EnvReads;
  readonly #handlers: ExtraHandlers;
  /** Objects already walked (an `extra` bound to a constant may be named twice). */
  readonly #seen = new WeakSet<TSESTree.ObjectExpression>();

  constructor(values: Values, env: EnvReads, handlers: ExtraHandlers) {
    this.#values = values;
    this.#env = env;
    this.#handlers = handlers;
  }

  /** A property of the config file: when it is the config's `extra`, each entry of it. */
  property(property: TSESTree.Property): void {
    if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
    const scope = this.#values.scope(property);
    if (propertyName(property, scope) !== 'extra' || !this.#isConfigObject(property.parent) || !this.#handlers.isExpoApp()) return;
    const extra = this.#values.boundObject(property.value, scope);
    if (extra) this.#walk(extra, 0);
  }

  /** Whether `object` is an Expo config: the value of `expo`, or an object that is no other property's value nor an array element. */
  #isConfigObject(object: TSESTree.ObjectExpression): boolean {
    const owner = outer(object);
    if (!owner) return false;
    if (owner.type === AST_NODE_TYPES.Property) {
      return owner.parent.type === AST_NODE_TYPES.ObjectExpression && propertyName(owner, this.#values.scope(owner)) === 'expo';
    }
    return owner.type !== AST_NODE_TYPES.ArrayExpression;
  }

  #walk(object: TSESTree.ObjectExpression, depth: number): void {
    if (this.#seen.has(object)) return;
    this.#seen.add(object);
    const scope = this.#values.scope(object);
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) continue;
      const name = propertyName(property, scope);
      // the EAS project id, and nothing secret
      if (name === undefined || (depth === 0 && name === 'eas')) continue;
      this.#entry(property.key, property.value, name, depth);
    }
  }

  #entry(key: TSESTree.Node, node: TSESTree.Node, name: string | undefined, depth: number): void {
    const value = unwrap(node);
    const scope = this.#values.scope(value);
    const text = this.#values.text(value, scope);
    if (text !== undefined) {
      this.#handlers.onText(value, name, text);
      return;
    }
    if (depth >= MAX_DEPTH) return;
    if (value.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of value.elements) {
        if (element && element.type !== AST_NODE_TYPES.SpreadElement) this.#entry(element, element, undefined, depth + 1);
      }
      return;
    }
    const nested = this.#values.boundObject(value, scope);
    if (nested) {
      this.#walk(nested, depth + 1);
      return;
    }
    const read = this.#envRead(value);
    if (read === undefined) return;
    const exposure = { kind: 'variable' as const, node: key, setting: EXPO_EXTRA_SETTING, names: name === undefined ? [read] : [read, name], variable: name ?? read, value };
    this.#handlers.onExposure(exposure);
  }

  /** The env variable a value reads while the config is built: `process.env.X`, `process.env['X']`, `import.meta.env.X`, `… ?? ''`, `… || ''`. */
  #envRead(node: TSESTree.Node): string | undefined {
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.LogicalExpression) target = unwrap(target.left);
    return target.type === AST_NODE_TYPES.MemberExpression ? this.#env.member(target)?.name : undefined;
  }
}

/** The rule's checks that `extra`'s entries go to: `reason` says why the value ships. */
export interface ExtraChecks {
  readonly checkLiteral: (node: TSESTree.Node, value: string, reason: string) => void;
  readonly checkNamedLiteral: (node: TSESTree.Node, name: string, value: string, reason: string) => void;
  readonly checkExposure: (exposure: Exposure) => void;
}

/** The `extra` reader of an Expo config file (`base`: its name without its folder), `undefined` for any other file. */
export function expoExtraOf(context: FileLike, values: Values, env: EnvReads, base: string, checks: ExtraChecks): ExpoExtra | undefined {
  if (!isExpoConfigName(base)) return undefined;
  const reason = expoExtraReason(base);
  let isExpoApp: boolean | undefined;
  return new ExpoExtra(values, env, {
    isExpoApp: () => (isExpoApp ??= isExpoAppConfig(context)),
    onText(node, name, value) {
      checks.checkLiteral(node, value, reason);
      if (name !== undefined) checks.checkNamedLiteral(node, name, value, reason);
    },
    onExposure: checks.checkExposure,
  });
}
