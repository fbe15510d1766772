/**
 * Bundler settings that copy environment variables into the browser bundle, for `no-secret-in-client`:
 * webpack's `new DefinePlugin({…})` / `new EnvironmentPlugin([…] | {…})`, `next.config` `env` and
 * `publicRuntimeConfig`, Vite-style `define` (also in astro / nuxt / svelte configs), Nuxt's
 * `runtimeConfig.public`. Each setting gives an `Exposure`: the variable names it may copy (the rule
 * decides which are secret), or the whole environment (`'process.env': JSON.stringify(process.env)`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrap } from '../values/static.js';
import type { Values } from '../values/resolver.js';
import { calleeName, memberName } from './callee-names.js';
import type { EnvReads } from './env-reads.js';

/** How many `const` aliases a plugin argument is followed through. */
const MAX_ALIASES = 32;

export type Exposure =
  /** A setting that copies one variable: the first of `names` that is secret is the one reported. */
  | { readonly kind: 'variable'; readonly node: TSESTree.Node; readonly setting: string; readonly names: readonly string[] }
  /** A `define` key that copies the whole environment (`'process.env'`, `'import.meta.env'`). */
  | { readonly kind: 'all'; readonly node: TSESTree.Node; readonly setting: string; readonly key: string };

const NEXT_CONFIG = /^next\.config\.[cm]?[jt]s$/u;
const VITE_CONFIG = /^(?:vite|astro|nuxt|svelte)\.config\.[cm]?[jt]s$/u;
const NUXT_CONFIG = /^nuxt\.config\.[cm]?[jt]s$/u;

/** The file's name without its folder. */
export function baseName(filename: string): string {
  return filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
}

/** Whether a file (by its base name) is a bundler config whose settings `configProperty` reads. */
export function isBundlerConfig(base: string): boolean {
  return NEXT_CONFIG.test(base) || VITE_CONFIG.test(base);
}

/** The bundler settings of one file (`base`: its name without its folder). */
export class BundlerSettings {
  readonly #values: Values;
  readonly #env: EnvReads;
  readonly #base: string;
  readonly #onExposure: (exposure: Exposure) => void;

  constructor(values: Values, env: EnvReads, base: string, onExposure: (exposure: Exposure) => void) {
    this.#values = values;
    this.#env = env;
    this.#base = base;
    this.#onExposure = onExposure;
  }

  /** `new webpack.DefinePlugin({…})`, `new EnvironmentPlugin(['A', 'B'])` (the argument may be a constant). */
  webpackPlugin(expression: TSESTree.NewExpression): void {
    const name = calleeName(expression.callee);
    if (name !== 'DefinePlugin' && name !== 'EnvironmentPlugin') return;
    const [first] = expression.arguments;
    const argument = first && first.type !== AST_NODE_TYPES.SpreadElement ? this.#objectArgument(first) : undefined;
    if (!argument) return;
    const setting = `webpack ${name}`;
    if (argument.type === AST_NODE_TYPES.ObjectExpression) {
      this.#exposed(argument, setting, name === 'DefinePlugin');
      return;
    }
    if (name !== 'EnvironmentPlugin') return;
    const scope = this.#values.scope(expression);
    for (const element of argument.elements) {
      const variable = element && element.type !== AST_NODE_TYPES.SpreadElement ? this.#values.text(element, scope) : undefined;
      if (element && variable !== undefined) this.#onExposure({ kind: 'variable', node: element, setting, names: [variable] });
    }
  }

  /** A property of a config file (see `isBundlerConfig`): `env: {…}`, `define: {…}`, `runtimeConfig: { public: {…} }`. */
  configProperty(property: TSESTree.Property): void {
    if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
    const value = unwrap(property.value);
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return;
    const name = propertyName(property, this.#values.scope(property));
    const base = this.#base;
    if (NEXT_CONFIG.test(base) && (name === 'env' || name === 'publicRuntimeConfig')) {
      this.#exposed(value, `next.config '${name}'`, false);
    } else if (VITE_CONFIG.test(base) && name === 'define') {
      this.#exposed(value, "Vite 'define'", true);
    } else if (NUXT_CONFIG.test(base) && name === 'public') {
      const owner = property.parent.parent;
      if (owner.type === AST_NODE_TYPES.Property && propertyName(owner, this.#values.scope(owner)) === 'runtimeConfig') {
        this.#exposed(value, 'Nuxt runtimeConfig.public', false);
      }
    }
  }

  /** Each key of a setting's object: the variable it defines, and the one its value reads. */
  #exposed(object: TSESTree.ObjectExpression, setting: string, define: boolean): void {
    const scope = this.#values.scope(object);
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) continue;
      const key = propertyName(property, scope);
      if (key === undefined) continue;
      if (define && (key === 'process.env' || key === 'import.meta.env')) {
        if (this.#isWholeEnv(property.value)) this.#onExposure({ kind: 'all', node: property.key, setting, key });
        continue;
      }
      const variable = define ? key.replace(/^(?:process\.env|import\.meta\.env)\./u, '') : key;
      const read = this.#readVariable(property.value);
      this.#onExposure({ kind: 'variable', node: property.key, setting, names: read === undefined ? [variable] : [read, variable] });
    }
  }

  /** The object or array literal a plugin argument is, directly or through constants. */
  #objectArgument(node: TSESTree.Node, depth = 0): TSESTree.ObjectExpression | TSESTree.ArrayExpression | undefined {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.ArrayExpression) return target;
    // bounded: `const a = b, b = a` binds each to the other, and followed forever overflowed the stack
    if (target.type !== AST_NODE_TYPES.Identifier || depth >= MAX_ALIASES) return undefined;
    const value = this.#values.bound(target);
    return value ? this.#objectArgument(value, depth + 1) : undefined;
  }

  /** The env variable a bundler setting's value reads: `process.env.X`, `env.X`, `JSON.stringify(…)`, `… || ''`. */
  #readVariable(node: TSESTree.Node): string | undefined {
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.CallExpression && calleeName(target.callee) === 'stringify') {
      const [first] = target.arguments;
      if (!first) return undefined;
      target = unwrap(first);
    }
    if (target.type === AST_NODE_TYPES.LogicalExpression) target = unwrap(target.left);
    if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const source = this.#env.sourceOf(target.object);
    const object = unwrap(target.object);
    return source !== undefined || object.type === AST_NODE_TYPES.Identifier ? memberName(target) : undefined;
  }

  /** Whether a `define` value is the whole environment: `process.env`, `JSON.stringify(process.env)`, `loadEnv(mode, dir, '')`. */
  #isWholeEnv(node: TSESTree.Node, depth = 0): boolean {
    const target = unwrap(node);
    if (depth > 4) return false;
    switch (target.type) {
      case AST_NODE_TYPES.CallExpression: {
        const name = calleeName(target.callee);
        const [first, , third] = target.arguments;
        if (name === 'stringify') return first !== undefined && this.#isWholeEnv(first, depth + 1);
        return name === 'loadEnv' && third !== undefined && this.#values.text(third, this.#values.scope(target)) === '';
      }
      case AST_NODE_TYPES.MemberExpression:
        return this.#env.sourceOf(target) === 'process.env';
      case AST_NODE_TYPES.Identifier: {
        const value = this.#values.bound(target);
        return value ? this.#isWholeEnv(value, depth + 1) : false;
      }
      case AST_NODE_TYPES.ObjectExpression:
        return target.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && this.#isWholeEnv(p.argument, depth + 1));
      default:
        return false;
    }
  }
}
