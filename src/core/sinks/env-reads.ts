/**
 * Reads of environment variables, for `no-secret-in-client`: which env object an expression is
 * (`process.env`, `import.meta.env`, Nuxt's `useRuntimeConfig()` and its `public` part, SvelteKit's
 * `$env/dynamic/*` modules, React Native's env modules, Expo's `extra`, and local aliases of any of
 * them, also with a fallback: `const extra = Constants.expoConfig?.extra || {}`), and which variable
 * names are read from one (`process.env.X`, `env['X']`, `const { X } = process.env`, `import { X } from
 * '$env/static/public'`).
 *
 * `EnvReads` holds one file's aliases; they are recorded as the traversal meets their declarations, so
 * the rule calls it from its listeners in traversal order. What a read means is the rule's verdict.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrap } from '../values/static.js';
import type { Values } from '../values/resolver.js';
import { isGlobal, memberName } from './callee-names.js';

/**
 * Where a variable is read from: the `$env/dynamic/public` source also stands for `$env/static/public`;
 * `app-bundle` is a React Native env module, whose variables the app's bundle carries.
 */
export type EnvSource = 'process.env' | 'import.meta.env' | '$env/dynamic/public' | '$env/dynamic/private' | 'runtime-config' | 'runtime-config.public' | 'app-bundle';

/**
 * React Native's env modules: react-native-dotenv's (`@env` by default, `react-native-dotenv` in its
 * older versions), whose Babel plugin writes each imported variable's value into the code, and
 * react-native-config's `Config` object, which the app carries at run time. Neither keeps a secret out
 * of the bundle (both say so in their docs).
 */
const INLINED_ENV_MODULES: ReadonlySet<string> = new Set(['@env', 'react-native-dotenv']);
const ENV_OBJECT_MODULE = 'react-native-config';

/**
 * Expo's constants (`import Constants from 'expo-constants'`): `Constants.expoConfig.extra` (and the
 * older `Constants.manifest.extra`) is the app config's `extra`, which Expo writes into the app's
 * bundle (core/sinks/expo-extra.ts reports what the config puts there); a secret read from it is
 * read from the app itself.
 */
const EXPO_CONSTANTS_MODULE = 'expo-constants';
const EXPO_CONFIG_OBJECTS: ReadonlySet<string> = new Set(['expoConfig', 'manifest']);

/** The variable `name` read from `source`, at `node` (the member, the pattern key, the import specifier). */
export interface EnvRead {
  readonly node: TSESTree.Node;
  readonly name: string;
  readonly source: EnvSource;
}

/** `process.env.X = …` or `delete process.env.X`: the member is written, not read. */
function isWrite(node: TSESTree.MemberExpression): boolean {
  const { parent } = node;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === node && parent.operator === '=';
  return parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete';
}

/** The env reads of one file. */
export class EnvReads {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #values: Values;
  /** Identifiers that refer to an env object: `const env = process.env`, `import { env } from '$env/dynamic/public'`. */
  readonly #aliases = new Map<TSESTree.Node, EnvSource>();
  /** The references to Expo's `Constants` (`EXPO_CONSTANTS_MODULE`'s default import). */
  readonly #expoConstants = new Set<TSESTree.Node>();

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, values: Values) {
    this.#sourceCode = sourceCode;
    this.#values = values;
  }

  /** The env object `node` evaluates to, if any. */
  sourceOf(node: TSESTree.Node): EnvSource | undefined {
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.Identifier:
        return this.#aliases.get(target);
      case AST_NODE_TYPES.CallExpression:
        return target.callee.type === AST_NODE_TYPES.Identifier && target.callee.name === 'useRuntimeConfig' ? 'runtime-config' : undefined;
      case AST_NODE_TYPES.ChainExpression:
        return this.sourceOf(target.expression);
      case AST_NODE_TYPES.LogicalExpression:
        // `Constants.expoConfig?.extra || Constants.manifest?.extra || {}`: an env object or a fallback
        return target.operator === '&&' ? undefined : (this.sourceOf(target.left) ?? this.sourceOf(target.right));
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberName(target);
        const object = unwrap(target.object);
        if (name === 'extra') return this.#isExpoConfig(object) ? 'app-bundle' : undefined;
        if (name === 'env') {
          if (object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import') return 'import.meta.env';
          if (object.type === AST_NODE_TYPES.Identifier && object.name === 'process' && isGlobal(object, this.#values.scope(object))) return 'process.env';
          return undefined;
        }
        return name === 'public' && this.sourceOf(object) === 'runtime-config' ? 'runtime-config.public' : undefined;
      }
      default:
        return undefined;
    }
  }

  /** `Constants.expoConfig` or `Constants.manifest`, `Constants` being Expo's (`EXPO_CONSTANTS_MODULE`). */
  #isExpoConfig(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.MemberExpression || this.#expoConstants.size === 0) return false;
    const name = memberName(node);
    return name !== undefined && EXPO_CONFIG_OBJECTS.has(name) && this.#expoConstants.has(unwrap(node.object));
  }

  /**
   * The read `node` is: a member of an env object (`process.env.X`, `env['X']`, `config.secret`). A
   * write is no read (issue 19, class 10): `process.env.X = …` (a compound `??=` reads too) and
   * `delete process.env.X`, which scripts and test setups use to set up a process.
   */
  member(node: TSESTree.MemberExpression): EnvRead | undefined {
    if (isWrite(node)) return undefined;
    const source = this.sourceOf(node.object);
    if (source === undefined) return undefined;
    const name = memberName(node) ?? propertyName(node, this.#values.scope(node));
    return name === undefined ? undefined : { node, name, source };
  }

  /** `const env = process.env` (an alias), `const { X, Y: y } = process.env` (reads, given to `onRead`). */
  declarator(node: TSESTree.VariableDeclarator, onRead: (read: EnvRead) => void): void {
    if (!node.init) return;
    const source = this.sourceOf(node.init);
    if (source === undefined) return;
    if (node.id.type === AST_NODE_TYPES.Identifier) this.#addAlias(node, source);
    else if (node.id.type === AST_NODE_TYPES.ObjectPattern) this.#pattern(node.id, source, onRead);
  }

  /**
   * SvelteKit's env modules: `import { X } from '$env/static/public'` reads X (given to `onRead` as a
   * `$env/dynamic/public` read), `import { env } from '$env/dynamic/…'` is an alias. React Native's
   * (`INLINED_ENV_MODULES`, `ENV_OBJECT_MODULE`): `import { X } from '@env'` reads X, `import Config
   * from 'react-native-config'` is an alias (`Config.X`), each an `app-bundle` read. A type-only import
   * reads nothing. Expo's `Constants` (`EXPO_CONSTANTS_MODULE`) is remembered, for its `extra`.
   */
  importDeclaration(node: TSESTree.ImportDeclaration, onRead: (read: EnvRead) => void): void {
    const source = node.source.value;
    if (node.importKind === 'type') return;
    if (source === EXPO_CONSTANTS_MODULE) {
      const constants = node.specifiers.find((specifier) => specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier);
      for (const variable of constants ? this.#sourceCode.getDeclaredVariables(constants) : []) {
        for (const ref of variable.references) this.#expoConstants.add(ref.identifier);
      }
      return;
    }
    if (source === '$env/static/public' || INLINED_ENV_MODULES.has(source)) {
      for (const specifier of node.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === 'type') continue;
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        onRead({ node: specifier, name: imported, source: source === '$env/static/public' ? '$env/dynamic/public' : 'app-bundle' });
      }
    } else if (source === '$env/dynamic/public' || source === '$env/dynamic/private' || source === ENV_OBJECT_MODULE) {
      this.#addAlias(node, source === ENV_OBJECT_MODULE ? 'app-bundle' : source);
    }
  }

  #addAlias(declaration: TSESTree.Node, source: EnvSource): void {
    for (const variable of this.#sourceCode.getDeclaredVariables(declaration)) {
      for (const ref of variable.references) if (ref.init !== true) this.#aliases.set(ref.identifier, source);
    }
  }

  /** `const { public: pub } = useRuntimeConfig()`: the pattern's own binding. */
  #addBindingAlias(identifier: TSESTree.Identifier, source: EnvSource): void {
    const variable = ASTUtils.findVariable(this.#values.scope(identifier), identifier);
    for (const ref of variable?.references ?? []) if (ref.init !== true) this.#aliases.set(ref.identifier, source);
  }

  #pattern(pattern: TSESTree.ObjectPattern, source: EnvSource, onRead: (read: EnvRead) => void): void {
    for (const property of pattern.properties) {
      if (property.type === AST_NODE_TYPES.RestElement) continue;
      const name = propertyName(property, this.#values.scope(property));
      if (name === undefined) continue;
      if (source === 'runtime-config' && name === 'public') {
        if (property.value.type === AST_NODE_TYPES.ObjectPattern) this.#pattern(property.value, 'runtime-config.public', onRead);
        else if (property.value.type === AST_NODE_TYPES.Identifier) this.#addBindingAlias(property.value, 'runtime-config.public');
        continue;
      }
      onRead({ node: property.key, name, source });
    }
  }
}
