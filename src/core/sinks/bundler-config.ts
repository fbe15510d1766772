/**
 * Bundler settings that copy environment variables into the browser bundle, for `no-secret-in-client`:
 * webpack's `new DefinePlugin({…})` / `new EnvironmentPlugin([…] | {…})`, `next.config` `env` and
 * `publicRuntimeConfig`, Vite-style `define` (also in astro / nuxt / svelte configs), Nuxt's
 * `runtimeConfig.public` (Nuxt 2: `publicRuntimeConfig` and `env`). Each setting gives an `Exposure`: the variable names it may copy (the rule
 * decides which are secret), or the whole environment (`'process.env': JSON.stringify(process.env)`).
 *
 * The same walk, in `build` mode, reads what build tools inline into their output for
 * `no-hardcoded-auth-header` (issue 17): the settings of `BUILD_TOOLS` in the files they name (tsup
 * `env` / `define`, Vite `define`, esbuild `define`, `next.config` `env`), webpack's plugins, and
 * `@rollup/plugin-replace` values, each entry with the value node it inlines (`inlinedText` reads it).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrap } from '../values/static.js';
import type { Values } from '../values/resolver.js';
import { calleeName, memberName } from './callee-names.js';
import type { EnvReads } from './env-reads.js';
import { bindingOf } from './sdk-credentials.js';

/** How many `const` aliases a plugin argument is followed through. */
const MAX_ALIASES = 32;

export type Exposure =
  /**
   * A setting that copies one variable: the first of `names` that is secret is the one reported.
   * `variable`: the one it defines; `value`: what it is given (none for `EnvironmentPlugin([…])`).
   */
  | {
      readonly kind: 'variable';
      readonly node: TSESTree.Node;
      readonly setting: string;
      readonly names: readonly string[];
      readonly variable: string;
      readonly value?: TSESTree.Node;
    }
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

/** A build tool whose config inlines values into its output: the config files (base names) and the settings read there. */
export interface BuildTool {
  /** The tool as messages name it. */
  readonly tool: string;
  /** The base names of its config files. */
  readonly files: RegExp;
  /** Object-valued settings whose entries it inlines (`env`, `define`); `define` values are code (`'"…"'`, `JSON.stringify(…)`). */
  readonly settings: readonly string[];
  /**
   * Whether its output is commonly a browser bundle (Vite, Next.js, webpack, esbuild's default
   * platform, Rollup): an env variable read at build time ships there too, so no rewrite to one is
   * offered. tsup builds for Node by default.
   */
  readonly browser: boolean;
}

/**
 * The build tools of `build` mode (documented on no-hardcoded-auth-header's page). In any of these
 * files webpack's (and Rspack's) `DefinePlugin` / `EnvironmentPlugin` and `@rollup/plugin-replace`
 * are read too.
 */
export const BUILD_TOOLS: readonly BuildTool[] = [
  { tool: 'tsup', files: /^tsup\.config\.[cm]?[jt]s$/u, settings: ['env', 'define'], browser: false },
  { tool: 'Vite', files: VITE_CONFIG, settings: ['define'], browser: true },
  { tool: 'Next.js', files: NEXT_CONFIG, settings: ['env'], browser: true },
  { tool: 'esbuild', files: /^(?:esbuild(?:\.config)?|build)\.[cm]?[jt]s$/u, settings: ['define'], browser: true },
  { tool: 'webpack', files: /^(?:(?:webpack|rspack)(?:\.[\w-]+)*|(?:vue|craco)\.config)\.[cm]?[jt]s$/u, settings: [], browser: true },
  { tool: 'Rollup', files: /^rollup\.config\.[cm]?[jt]s$/u, settings: [], browser: true },
];

/** The tools' base-name patterns as alternatives of one source, each ending at `$` (not at `^`). */
export const BUILD_CONFIG_NAMES = BUILD_TOOLS.map((tool) => {
  if (!tool.files.source.startsWith('^')) throw new Error(`BUILD_TOOLS: the file pattern of ${tool.tool} must start with ^`);
  return tool.files.source.slice(1);
}).join('|');

/**
 * The tools' file names as one sticky pattern, tried where the base name starts in the whole path
 * (`isBuildConfigFile`): every file asks, and slicing its base name out costs an allocation per file.
 */
const BUILD_CONFIG_AT = new RegExp(BUILD_CONFIG_NAMES, 'uy');

/** Whether the file `filename` (a path) is the config of a build tool of `BUILD_TOOLS`, by its base name. */
export function isBuildConfigFile(filename: string): boolean {
  BUILD_CONFIG_AT.lastIndex = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1;
  return BUILD_CONFIG_AT.test(filename);
}

/** The build tool whose config file `base` is. */
export function buildToolOf(base: string): BuildTool | undefined {
  return BUILD_TOOLS.find((tool) => tool.files.test(base));
}

/** Option keys of `@rollup/plugin-replace` that are no replacement. */
const REPLACE_OPTIONS = new Set(['values', 'preventAssignment', 'include', 'exclude', 'delimiters', 'sourceMap', 'sourcemap', 'objectGuards']);

/** The text a build setting's value inlines, and the node that holds it. */
export interface InlinedText {
  readonly node: TSESTree.Node;
  readonly text: string;
  /** How the value is written: `JSON.stringify(node)`, a quoted string as code (`'"…"'`), or plain text (tsup `env`). */
  readonly form: 'stringify' | 'quoted' | 'plain';
}

/**
 * What a build setting's value inlines, when it is known text: `JSON.stringify('…')` (or of a
 * constant), `'"…"'` (a string as code, as `define` takes it), or a string (`env`, `EnvironmentPlugin` defaults).
 */
export function inlinedText(values: Values, value: TSESTree.Node): InlinedText | undefined {
  const target = unwrap(value);
  if (target.type === AST_NODE_TYPES.CallExpression && calleeName(target.callee) === 'stringify') {
    const [first] = target.arguments;
    const text = first && first.type !== AST_NODE_TYPES.SpreadElement ? values.text(first) : undefined;
    return first && text !== undefined ? { node: first, text, form: 'stringify' } : undefined;
  }
  const text = values.text(target);
  if (text === undefined) return undefined;
  const quoted = /^(["'])(.*)\1$/su.exec(text.trim());
  return quoted ? { node: target, text: quoted[2] ?? '', form: 'quoted' } : { node: target, text, form: 'plain' };
}

/** The bundler settings of one file (`base`: its name without its folder). */
export class BundlerSettings {
  readonly #values: Values;
  readonly #env: EnvReads;
  readonly #base: string;
  readonly #onExposure: (exposure: Exposure) => void;
  /** `client`: what no-secret-in-client reads; `build`: the build tools of `BUILD_TOOLS`, values included. */
  readonly #mode: 'client' | 'build';

  constructor(values: Values, env: EnvReads, base: string, onExposure: (exposure: Exposure) => void, mode: 'client' | 'build' = 'client') {
    this.#values = values;
    this.#env = env;
    this.#base = base;
    this.#onExposure = onExposure;
    this.#mode = mode;
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
      if (element && variable !== undefined) this.#onExposure({ kind: 'variable', node: element, setting, names: [variable], variable });
    }
  }

  /** `build` mode: `replace({ 'process.env.X': JSON.stringify('…') })` or `replace({ values: {…} })` of `@rollup/plugin-replace`. */
  replaceCall(call: TSESTree.CallExpression): void {
    const [first] = call.arguments;
    if (this.#mode !== 'build' || call.callee.type !== AST_NODE_TYPES.Identifier || !first || first.type === AST_NODE_TYPES.SpreadElement) return;
    const scope = this.#values.scope(call);
    // an import or a `require` of the package, under any name
    const options = bindingOf(call.callee, scope)?.source === '@rollup/plugin-replace' ? this.#objectArgument(first) : undefined;
    if (options?.type !== AST_NODE_TYPES.ObjectExpression) return;
    const values = options.properties.find((p) => p.type === AST_NODE_TYPES.Property && propertyName(p, scope) === 'values');
    const inner = values?.type === AST_NODE_TYPES.Property ? this.#objectArgument(values.value) : undefined;
    if (inner?.type === AST_NODE_TYPES.ObjectExpression) this.#exposed(inner, '@rollup/plugin-replace', true);
    else this.#exposed(options, '@rollup/plugin-replace', true, REPLACE_OPTIONS);
  }

  /** A property of a config file (see `isBundlerConfig`): `env: {…}`, `define: {…}`, `runtimeConfig: { public: {…} }`. */
  configProperty(property: TSESTree.Property): void {
    if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
    const value = unwrap(property.value);
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return;
    const name = propertyName(property, this.#values.scope(property));
    const base = this.#base;
    if (this.#mode === 'build') {
      const tool = name === undefined ? undefined : BUILD_TOOLS.find((t) => t.settings.includes(name) && t.files.test(base));
      if (tool) this.#exposed(value, `${tool.tool} '${name}'`, name === 'define');
      return;
    }
    if (NEXT_CONFIG.test(base) && (name === 'env' || name === 'publicRuntimeConfig')) {
      this.#exposed(value, `next.config '${name}'`, false);
    } else if (VITE_CONFIG.test(base) && name === 'define') {
      this.#exposed(value, "Vite 'define'", true);
    } else if (NUXT_CONFIG.test(base) && (name === 'publicRuntimeConfig' || name === 'env') && property.parent.parent.type !== AST_NODE_TYPES.Property) {
      // Nuxt 2: `publicRuntimeConfig` and the config's own `env` reach the browser (a nested `env` is no setting)
      this.#exposed(value, `Nuxt '${name}'`, false);
    } else if (NUXT_CONFIG.test(base) && name === 'public') {
      const owner = property.parent.parent;
      if (owner.type === AST_NODE_TYPES.Property && propertyName(owner, this.#values.scope(owner)) === 'runtimeConfig') {
        this.#exposed(value, 'Nuxt runtimeConfig.public', false);
      }
    }
  }

  /**
   * Each key of a setting's object: the variable it defines, and the one its value reads. `skip`: keys
   * that are options, not entries. In `build` mode, an env object given whole (`'process.env': { X:
   * '"…"' }`, also through `JSON.stringify({…})`) has its keys read as entries.
   */
  #exposed(object: TSESTree.ObjectExpression, setting: string, define: boolean, skip?: ReadonlySet<string>): void {
    const scope = this.#values.scope(object);
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) continue;
      const key = propertyName(property, scope);
      if (key === undefined || skip?.has(key)) continue;
      if (define && (key === 'process.env' || key === 'import.meta.env')) {
        if (this.#isWholeEnv(property.value)) this.#onExposure({ kind: 'all', node: property.key, setting, key });
        else if (this.#mode === 'build') this.#envObject(property.value, setting);
        continue;
      }
      const variable = define ? key.replace(/^(?:process\.env|import\.meta\.env)\./u, '') : key;
      const read = this.#readVariable(property.value);
      this.#onExposure({ kind: 'variable', node: property.key, setting, names: read === undefined ? [variable] : [read, variable], variable, value: property.value });
    }
  }

  /** `build` mode: `'process.env': { X: '"…"' }` or `JSON.stringify({ X: '…' })`, whose keys are variables. */
  #envObject(node: TSESTree.Node, setting: string): void {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      this.#exposed(target, setting, true);
      return;
    }
    const [first] = target.type === AST_NODE_TYPES.CallExpression && calleeName(target.callee) === 'stringify' ? target.arguments : [];
    const object = first && first.type !== AST_NODE_TYPES.SpreadElement ? this.#objectArgument(first) : undefined;
    if (object?.type === AST_NODE_TYPES.ObjectExpression) this.#exposed(object, setting, false);
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
