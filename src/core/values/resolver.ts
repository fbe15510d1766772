/**
 * The value resolver: the one place every rule asks "what is known about this expression?".
 *
 * For an expression it answers:
 * - `text`: its whole string value, when known (literals, templates, `+`, same-file bindings);
 * - `parts`: the same cut into known text and unknown holes (`'…?access_token=' + token`);
 * - `pieces`: the nodes a known text was put together from (for readers that work piece by piece);
 * - `object` / `member`: the object literal it is (`const CONFIG = {…}`), and the value of a member
 *   chain inside one (`CONFIG.vtex.appToken`); `boundObject`: the object literal it is through
 *   bindings alone, for readers of properties where they are written;
 * - `imported` / `importedObject` / `importedValue`: what an identifier or member chain imported from
 *   another module is there (a text or env read; an object literal with its known entries; any value),
 *   with where it is written;
 * - `bound`: the value an identifier (or `this.field`) is bound to;
 * - `origin`: where the value comes from: written in the expression itself, a same-file binding (and
 *   which declaration), an environment read (and its name), a parameter, or a run-time value;
 * - `name` / `names`: the names it goes by, for messages and for name-based evidence.
 *
 * How an identifier is bound to a value is decided in one function, `boundValue` (its extension point
 * is `bindings.ts`): a `const` (or a `let`/`var` never reassigned) with an initialiser, a `let` only
 * ever given one text, `this.field` of a class field that holds a literal. Values from other modules
 * are read where it has no answer, and every answer above follows.
 *
 * Answers are cached per node (the AST is shared by every rule of a lint run); the resolver of a file
 * is made once per `SourceCode`.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getSettings } from '../files/settings.js';
import { importedBinding, readerContextOf, type RuleContextLike } from '../modules/binding.js';
import { readExport, type ExportedValue, type ReaderContext } from '../modules/read-export.js';
import { lastName } from '../sinks/http.js';
import { boundExpression, constantOrigin, setImportHook, staticPieces, staticString, stringParts, unwrap, type StringPart } from './static.js';

type Scope = TSESLint.Scope.Scope;

interface SourceCodeLike {
  getScope(node: TSESTree.Node): Scope;
}

/** Where an environment variable is read from. */
export type EnvObject = 'process.env' | 'import.meta.env';

export type ValueOrigin =
  /** Text written in the expression itself (a literal, a template without holes, a `+` of them). */
  | { readonly kind: 'literal' }
  /** A same-file binding: the declaration whose initialiser holds the value (after aliases). */
  | { readonly kind: 'binding'; readonly name: string; readonly declarator: TSESTree.VariableDeclarator }
  /** `process.env.NAME` / `import.meta.env.NAME` (`module`: read in another module and imported). */
  | { readonly kind: 'env'; readonly name: string; readonly object: EnvObject; readonly module?: ModuleWhere }
  /** Text written in another module and imported: `PAYMENTS.accessToken` in `src/config/payments.js`. */
  | ({ readonly kind: 'module' } & ModuleWhere)
  /** A function parameter. */
  | { readonly kind: 'parameter'; readonly name: string }
  /** Anything else: a call, `await`, state, an unknown global. */
  | { readonly kind: 'runtime' };

/** Where an imported value is written: the binding chain there, the file relative to the project root, 1-based line and column. */
export interface ModuleWhere {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** An imported value the rules use: a text or an environment read. */
export type ImportedValue = Extract<ExportedValue, { kind: 'text' } | { kind: 'env' }>;
/** A value of another module read at run time with a text to fall back on (`process.env.X || 'lit'` there). */
export type ImportedFallback = Extract<ExportedValue, { kind: 'fallback' }>;

/** An object literal written in another module, with its known entries (`complete`: no other key can exist). */
export type ImportedObject = Extract<ExportedValue, { kind: 'object' }>;

const LITERAL: ValueOrigin = { kind: 'literal' };
const RUNTIME: ValueOrigin = { kind: 'runtime' };

/** Bounds the object and member chains followed through bindings (`const A = B; const B = {…}`). */
const MAX_DEPTH = 8;

/** Bounds the bindings `boundObject` follows: `const A = {…}` is one, each alias of it one more. */
const MAX_BINDINGS = 4;

/** Calls that pass a value through unchanged in name (`encodeURIComponent(token)`). */
const PASS_THROUGH = /^(?:encodeURIComponent|encodeURI|String|escape)$/u;

/**
 * The value an identifier (or `this.field`) is bound to in this file: the initialiser of the `const`
 * (or never-reassigned `let`/`var`) it refers to, the one text a `let` is only ever given, the
 * literal a class field holds (`bindings.ts`, the single extension point that `static.ts` asks too).
 * Values from other modules are read where this has no answer (`imported`).
 */
export function boundValue(id: TSESTree.Identifier | TSESTree.MemberExpression, scope: Scope): TSESTree.Expression | undefined {
  return boundExpression(id, scope);
}

/** The env object `node` is, if any: `process.env` (the global `process`) or `import.meta.env`. */
export function envObjectOf(node: TSESTree.Node, scope: Scope): EnvObject | undefined {
  const envObject = unwrap(node);
  if (envObject.type !== AST_NODE_TYPES.MemberExpression || envObject.computed || envObject.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (envObject.property.name !== 'env') return undefined;
  const owner = unwrap(envObject.object);
  if (owner.type === AST_NODE_TYPES.MetaProperty && owner.meta.name === 'import') return 'import.meta.env';
  if (owner.type !== AST_NODE_TYPES.Identifier || owner.name !== 'process') return undefined;
  const variable = ASTUtils.findVariable(scope, owner);
  return !variable || variable.defs.length === 0 ? 'process.env' : undefined;
}

/** The environment read `node` is, if any: `process.env.X`, `process.env['X']`, `import.meta.env.X`. */
export function envRead(node: TSESTree.Node, scope: Scope): { readonly name: string; readonly object: EnvObject } | undefined {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = envObjectOf(target.object, scope);
  if (!object) return undefined;
  const name = ASTUtils.getPropertyName(target, scope);
  return name === null ? undefined : { name, object };
}

/** What is known about the expressions of one file. Get it with `valuesOf(context)`. */
export class Values {
  readonly #sourceCode: SourceCodeLike;
  readonly #origins = new WeakMap<TSESTree.Node, ValueOrigin>();
  readonly #imports = new WeakMap<TSESTree.Node, ExportedValue | null>();
  /** Builds the reader context on first use (`undefined`: no file on disk, no parser, no context given). */
  readonly #readerContext: () => ReaderContext | undefined;

  constructor(sourceCode: SourceCodeLike, readerContext: () => ReaderContext | undefined = () => undefined) {
    this.#sourceCode = sourceCode;
    let built: { value: ReaderContext | undefined } | undefined;
    this.#readerContext = () => (built ??= { value: readerContext() }).value;
  }

  /**
   * The value an identifier or member chain imported from another module has there, when it is a text
   * or an environment read (`import { TOKEN } from './config'`, `PAYMENTS.accessToken`,
   * `require('./keys').KEY`). Only bindings defined by an import or a `require(…)` are read; a module
   * is read only when this is asked. Cached per node.
   */
  imported(node: TSESTree.Node, scope: Scope = this.scope(node)): ImportedValue | undefined {
    const value = this.importedValue(node, scope);
    return value?.kind === 'text' || value?.kind === 'env' ? value : undefined;
  }

  /**
   * The object literal an identifier or member chain imported from another module is there
   * (`import { PAYMENTS } from './config'`, `config.vtex`, `const { stripe } = require('./keys')`),
   * with its known entries: what `object()` and `boundObject()` are for objects written in this file.
   */
  importedObject(node: TSESTree.Node, scope: Scope = this.scope(node)): ImportedObject | undefined {
    const value = this.importedValue(node, scope);
    return value?.kind === 'object' ? value : undefined;
  }

  /**
   * What is known in its module about the export an identifier or member chain reads (any kind:
   * text, env read, object, array, number), or `undefined`. Cached per node.
   */
  importedValue(node: TSESTree.Node, scope: Scope = this.scope(node)): ExportedValue | undefined {
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const cached = this.#imports.get(target);
    if (cached !== undefined) return cached ?? undefined;
    let found: ExportedValue | undefined;
    const binding = importedBinding(target, scope);
    const from = binding ? this.#readerContext() : undefined;
    if (binding && from) {
      const value = readExport(from, binding.specifier, binding.name, binding.members);
      if (value && value.kind !== 'unknown') found = value;
    }
    this.#imports.set(target, found ?? null);
    return found;
  }

  /** The scope names in `node` resolve in. */
  scope(node: TSESTree.Node): Scope {
    return this.#sourceCode.getScope(node);
  }

  /**
   * The value `id` is bound to (see `boundValue`), as written (TS wrappers kept): the one step every
   * walk through bindings takes (headers objects reached through a constant, `new DefinePlugin(DEFINES)`,
   * `const B = A`).
   */
  bound(id: TSESTree.Identifier, scope: Scope = this.scope(id)): TSESTree.Expression | undefined {
    return boundValue(id, scope);
  }

  /**
   * The declaration that binds `id` to its value (`bound`), for messages that name the constant a
   * value was written in and its line; `undefined` when the value is bound some other way.
   */
  declaration(id: TSESTree.Identifier, scope: Scope = this.scope(id)): TSESTree.VariableDeclarator | undefined {
    const value = this.bound(id, scope);
    const parent = value?.parent;
    return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value ? parent : undefined;
  }

  /**
   * The imported texts `node`'s value is put together from, in source order: an imported identifier or
   * member chain, through same-file bindings, `+`, template holes, `encodeURIComponent(…)` and the
   * like, the left side of `||` and `??`, and a property's value. For messages that name the module a
   * value was written in.
   */
  importedTexts(node: TSESTree.Node, scope: Scope = this.scope(node), depth = 0): Extract<ImportedValue, { kind: 'text' }>[] {
    const target = unwrap(node);
    if (depth > MAX_DEPTH * 4) return [];
    switch (target.type) {
      case AST_NODE_TYPES.Identifier: {
        const value = this.bound(target, scope);
        if (value) return this.importedTexts(value, this.scope(value), depth + 1);
        const imported = this.imported(target, scope);
        return imported?.kind === 'text' ? [imported] : [];
      }
      case AST_NODE_TYPES.MemberExpression: {
        const imported = this.imported(target, scope);
        return imported?.kind === 'text' ? [imported] : [];
      }
      case AST_NODE_TYPES.BinaryExpression:
        return target.operator === '+' ? [...this.importedTexts(target.left, scope, depth + 1), ...this.importedTexts(target.right, scope, depth + 1)] : [];
      case AST_NODE_TYPES.TemplateLiteral:
        return target.expressions.flatMap((expression) => this.importedTexts(expression, scope, depth + 1));
      case AST_NODE_TYPES.Property:
        return this.importedTexts(target.value, scope, depth + 1);
      case AST_NODE_TYPES.LogicalExpression:
        // `KEY || process.env.KEY`: the left side, when it gives the value (see `staticString`)
        return target.operator === '&&' ? [] : this.importedTexts(target.left, scope, depth + 1);
      case AST_NODE_TYPES.CallExpression: {
        const callee = unwrap(target.callee);
        const [arg] = target.arguments;
        return callee.type === AST_NODE_TYPES.Identifier && PASS_THROUGH.test(callee.name) && arg ? this.importedTexts(arg, scope, depth + 1) : [];
      }
      default:
        return [];
    }
  }

  /** The whole string value of `node`, when it is statically known. */
  text(node: TSESTree.Node, scope: Scope = this.scope(node)): string | undefined {
    return staticString(node, scope);
  }

  /** `node` as known text and unknown holes, following bindings whose initialisers are partly dynamic. */
  parts(node: TSESTree.Node, scope: Scope = this.scope(node)): readonly StringPart[] {
    return stringParts(node, scope);
  }

  /** The pieces a known text was composed of (see `staticPieces`). */
  pieces(node: TSESTree.Node, scope: Scope = this.scope(node)): (TSESTree.Node | string)[] | undefined {
    return staticPieces(node, scope);
  }

  /**
   * The object literal `node` is, itself or through bindings (`const A = {…}; const B = A`: four
   * bindings at most, the literal's own and three aliases), reading no member chain (`CONFIG.params`
   * is not followed): what no-token-in-url reads query objects and client options from. `object()`
   * reads member chains too, and follows longer alias chains.
   */
  boundObject(node: TSESTree.Node, scope: Scope = this.scope(node), bindings = 0): TSESTree.ObjectExpression | undefined {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) return target;
    if (target.type !== AST_NODE_TYPES.Identifier || bindings >= MAX_BINDINGS) return undefined;
    const init = boundValue(target, scope);
    return init ? this.boundObject(init, this.scope(init), bindings + 1) : undefined;
  }

  /** The object literal `node` is, directly or through bindings (and, in it, member chains). */
  object(node: TSESTree.Node, scope: Scope = this.scope(node), depth = 0): TSESTree.ObjectExpression | undefined {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) return target;
    if (depth >= MAX_DEPTH) return undefined;
    if (target.type === AST_NODE_TYPES.Identifier) {
      const init = boundValue(target, scope);
      return init ? this.object(init, this.scope(init), depth + 1) : undefined;
    }
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const value = this.member(target, scope, depth + 1);
      return value ? this.object(value, this.scope(value), depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * The value node of a member chain read from a known object literal: `CONFIG.vtex.appToken` with
   * `const CONFIG = { vtex: { appToken: '…' } }` gives the `'…'` node. The last property of that name
   * wins, as at run time; a spread after it hides it (`undefined`).
   */
  member(node: TSESTree.MemberExpression, scope: Scope = this.scope(node), depth = 0): TSESTree.Node | undefined {
    const name = ASTUtils.getPropertyName(node, scope);
    if (name === null || depth >= MAX_DEPTH) return undefined;
    const object = this.object(node.object, scope, depth + 1);
    return object && this.#property(object, name);
  }

  /** The value of the last property `key` of an object literal (`undefined` behind a spread that may hide it). */
  #property(object: TSESTree.ObjectExpression, key: string): TSESTree.Node | undefined {
    for (let i = object.properties.length - 1; i >= 0; i -= 1) {
      const property = object.properties[i];
      if (!property || property.type === AST_NODE_TYPES.SpreadElement) return undefined;
      if (property.kind !== 'init' || property.value.type === AST_NODE_TYPES.AssignmentPattern) continue;
      if (ASTUtils.getPropertyName(property, this.scope(property)) === key) return property.value;
    }
    return undefined;
  }

  /** The declaration a binding's value was written in, after aliases (`const B = A; const A = '…'` → A). */
  home(node: TSESTree.Node, scope: Scope = this.scope(node)): TSESTree.VariableDeclarator | undefined {
    return constantOrigin(node, scope);
  }

  /** Where the value of `node` comes from. */
  origin(node: TSESTree.Node): ValueOrigin {
    const target = unwrap(node);
    let origin = this.#origins.get(target);
    if (!origin) {
      origin = this.#findOrigin(target);
      this.#origins.set(target, origin);
    }
    return origin;
  }

  #findOrigin(target: TSESTree.Node): ValueOrigin {
    const scope = this.scope(target);
    const env = envRead(target, scope);
    if (env) return { kind: 'env', ...env };
    const declarator = target.type === AST_NODE_TYPES.Identifier ? this.home(target, scope) : undefined;
    const imported = this.imported(declarator?.init ?? target);
    if (imported?.kind === 'text') return { kind: 'module', ...imported.where };
    if (imported?.kind === 'env') return { kind: 'env', name: imported.name, object: imported.object, module: imported.where };
    if (target.type === AST_NODE_TYPES.Identifier) {
      if (declarator?.id.type === AST_NODE_TYPES.Identifier) return { kind: 'binding', name: declarator.id.name, declarator };
      const variable = ASTUtils.findVariable(scope, target);
      if (variable?.defs[0]?.type === TSESLint.Scope.DefinitionType.Parameter) return { kind: 'parameter', name: target.name };
      // a `let` only ever given one text
      return this.text(target, scope) === undefined ? RUNTIME : LITERAL;
    }
    return this.text(target, scope) === undefined ? RUNTIME : LITERAL;
  }

  /**
   * The name a value goes by: a variable or property (`token`, `config.apiKey` → `apiKey`), the key of a
   * storage read (`localStorage.getItem('access_token')`), the method of a call (`getToken()`), through
   * `encodeURIComponent(…)` and the like.
   */
  name(node: TSESTree.Node): string | undefined {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrap(target.callee);
      const [arg] = target.arguments;
      if (callee.type === AST_NODE_TYPES.Identifier && PASS_THROUGH.test(callee.name) && arg) return this.name(arg);
      const method = lastName(callee);
      // localStorage.getItem('access_token'), cookies.get('token'), params.get('api_key')
      if (method !== undefined && /^get(?:Item|Cookie)?$/u.test(method) && arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string') return arg.value;
      return method;
    }
    if (target.type === AST_NODE_TYPES.MemberExpression && target.computed && target.property.type === AST_NODE_TYPES.Literal) {
      return String(target.property.value);
    }
    if (target.type === AST_NODE_TYPES.ChainExpression) return this.name(target.expression);
    return lastName(target);
  }

  /**
   * The names a value goes by: its own (`name`), and the variable it initialises, because `parts()`
   * follows `const accessToken = jwt.sign(…)` to the call.
   */
  names(node: TSESTree.Node): string[] {
    const names: string[] = [];
    const own = this.name(node);
    if (own !== undefined) names.push(own);
    let child: TSESTree.Node = node;
    let { parent } = node;
    while (parent && isTransparent(parent)) {
      child = parent;
      parent = parent.parent;
    }
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === child && parent.id.type === AST_NODE_TYPES.Identifier) names.push(parent.id.name);
    return names;
  }
}

/** Wrappers a value passes through unchanged: TS assertions, `x!`, `x satisfies T`. */
function isTransparent(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression
  );
}

const resolvers = new WeakMap<object, Values>();

/** The value resolver of the file being linted (one per `SourceCode`, shared by every rule). */
export function valuesOf(context: { readonly sourceCode: SourceCodeLike & { readonly ast?: TSESTree.Node } } & Partial<RuleContextLike>): Values {
  const { sourceCode } = context;
  let values = resolvers.get(sourceCode);
  if (!values) {
    const full = context.physicalFilename !== undefined && context.languageOptions !== undefined && context.settings !== undefined && context.cwd !== undefined;
    const readerContext = full
      ? () => readerContextOf(context as RuleContextLike, getSettings(context as { settings: Readonly<Record<string, unknown>> }).aliases)
      : undefined;
    const created = new Values(sourceCode, readerContext);
    values = created;
    resolvers.set(sourceCode, created);
    if (sourceCode.ast) setImportHook(sourceCode.ast, (node, scope) => {
      const imported = created.imported(node, scope);
      return imported?.kind === 'text' ? imported.text : undefined;
    });
  }
  return values;
}
