/**
 * The summary of one module: what each export is bound to, as small plain values. The AST is walked
 * once, summarized, and dropped: a summary holds strings, numbers and the file name, never a node
 * (eslint-plugin-import #1266: a closure over the AST kept every parsed file in memory).
 *
 * Values that live in another module stay references (`ref`: an import binding, a re-export) and are
 * followed only when a reader asks for them; a member read of a reference is a `select`; a string
 * built from references is a `plus` or `template`. Everything else is either known (`text`,
 * `primitive`, `object`, `array`, `env`) or `unknown`.
 *
 * Only top-level bindings are read, without a scope manager, and conservatively: a binding assigned
 * anywhere after its declaration (`X = …`, `X++`, `[X] = …`, by any binding of that name in any scope)
 * is unknown, and so is one whose members are written (`X.key = …`, `delete X.key`,
 * `Object.assign(X, …)`, `X.list.push(…)`). A name shadowed in an inner scope can only make a value
 * unknown, never wrong.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { topLevelSources } from './loads.js';

/** Where a value is written: absolute file, 1-based line and column, and the binding chain it is written in. */
export interface Where {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** `PAYMENTS.accessToken`, `environment.stripe.secretKey`, `default`, `module.exports.KEY`. */
  readonly name: string;
}

export type EnvObject = 'process.env' | 'import.meta.env';

export type Layer =
  /** Properties written in the literal. */
  | { readonly kind: 'entries'; readonly entries: ReadonlyMap<string, Value> }
  /** `...value`, or (value unknown) a computed key nothing is known about: it may set any key. */
  | { readonly kind: 'spread'; readonly value: Value };

export type Value =
  | { readonly kind: 'text'; readonly text: string; readonly where: Where }
  | { readonly kind: 'primitive'; readonly value: number | boolean | null; readonly where: Where }
  /** An object literal, as layers in source order: the last layer that sets a key wins. */
  | { readonly kind: 'object'; readonly layers: readonly Layer[]; readonly where: Where }
  | { readonly kind: 'array'; readonly items: readonly Value[]; readonly where: Where }
  | { readonly kind: 'env'; readonly name: string; readonly object: EnvObject; readonly where: Where }
  /** The binding `name` (`'*'`: the namespace) of the module `specifier` imported by `from`. */
  | { readonly kind: 'ref'; readonly from: string; readonly specifier: string; readonly name: string }
  /** `base[key]`, where `base` is only known once references are followed. */
  | { readonly kind: 'select'; readonly base: Value; readonly key: string }
  /** `a + b + …`, evaluated left to right, where some operand is a reference. */
  | { readonly kind: 'plus'; readonly operands: readonly Value[]; readonly where: Where }
  /**
   * `left || right` / `left ?? right` (`process.env.MP_TOKEN || 'APP_USR-…'`): decided once `left` is
   * known, else a hard-coded fallback when `right` is a text (see `read-export.ts`).
   */
  | { readonly kind: 'logical'; readonly operator: '||' | '??'; readonly left: Value; readonly right: Value }
  /** A template literal with a reference inside: `quasis[0] + values[0] + quasis[1] + …`. */
  | { readonly kind: 'template'; readonly quasis: readonly string[]; readonly values: readonly Value[]; readonly where: Where }
  /** A module namespace (only made by the reader, never stored). */
  | { readonly kind: 'namespace'; readonly file: string }
  | { readonly kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };

export interface ModuleSummary {
  readonly file: string;
  /** `esm`: `exports` and `stars` say it all. `cjs`: `whole` is `module.exports`. */
  readonly format: 'esm' | 'cjs';
  readonly exports: ReadonlyMap<string, Value>;
  /** The specifiers of `export * from '…'`, in order. */
  readonly stars: readonly string[];
  readonly whole: Value;
  /** The modules it loads at its top level (`loads.ts`), for the classification of the files that import it. */
  readonly loads: readonly string[];
}

type Primitive = string | number | boolean | null;

/** JavaScript's `+` on primitives (a string on either side concatenates). */
export function plus(left: Primitive, right: Primitive): Primitive {
  if (typeof left === 'string' || typeof right === 'string') return String(left) + String(right);
  return Number(left) + Number(right);
}

/** The primitive a known value is, if it is one. */
export function primitiveOf(value: Value): Primitive | undefined {
  if (value.kind === 'text') return value.text;
  if (value.kind === 'primitive') return value.value;
  return undefined;
}

export function fromPrimitive(value: Primitive, where: Where): Value {
  return typeof value === 'string' ? { kind: 'text', text: value, where } : { kind: 'primitive', value, where };
}

/** `name.key`, or `name["key"]` for a key that is not an identifier. */
export function chainName(name: string, key: string): string {
  if (/^[$A-Z_a-z][\w$]*$/u.test(key)) return `${name}.${key}`;
  return isIndex(key) ? `${name}[${key}]` : `${name}[${JSON.stringify(key)}]`;
}

/** An array index (`0`, `12`; not `01`). */
export function isIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/u.test(key);
}

/** Deeper expressions than this are unknown (a guard for the recursion, far beyond real config files). */
const MAX_EVALUATION_DEPTH = 400;

type Binding =
  | { readonly kind: 'declared'; readonly init: TSESTree.Expression | null; readonly constant: boolean; readonly path: readonly string[] | undefined; readonly fallback?: TSESTree.Expression }
  | { readonly kind: 'import'; readonly specifier: string; readonly name: string }
  | { readonly kind: 'enum'; readonly node: TSESTree.TSEnumDeclaration }
  | { readonly kind: 'class'; readonly node: TSESTree.ClassDeclaration }
  | { readonly kind: 'opaque' };

const OPAQUE: Binding = { kind: 'opaque' };

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** The static string of a specifier-like argument (`'./x'`, `` `./x` ``). */
function staticSpecifier(node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** A name a pattern binds, the path of keys to its value (`undefined`: not followed), and its default. */
type PatternBinding = [name: string, path: readonly string[] | undefined, fallback?: TSESTree.Expression];

/** The identifiers a pattern binds (`PatternBinding`). */
function patternBindings(pattern: TSESTree.Node, keyPath: readonly string[] | undefined, out: PatternBinding[]): void {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      out.push([pattern.name, keyPath]);
      return;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          patternBindings(property.argument, undefined, out);
          continue;
        }
        let key: string | undefined;
        if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) key = property.key.name;
        else if (property.key.type === AST_NODE_TYPES.Literal) key = String(property.key.value);
        patternBindings(property.value, keyPath && key !== undefined ? [...keyPath, key] : undefined, out);
      }
      return;
    case AST_NODE_TYPES.ArrayPattern:
      pattern.elements.forEach((element, index) => {
        if (!element) return;
        if (element.type === AST_NODE_TYPES.RestElement) patternBindings(element.argument, undefined, out);
        else patternBindings(element, keyPath ? [...keyPath, String(index)] : undefined, out);
      });
      return;
    case AST_NODE_TYPES.AssignmentPattern:
      // A default makes the value "this or that": kept for a name (`{ T = 'lit' } = process.env`)
      if (pattern.left.type === AST_NODE_TYPES.Identifier && keyPath) out.push([pattern.left.name, keyPath, pattern.right]);
      else patternBindings(pattern.left, undefined, out);
      return;
    default:
      return;
  }
}

/** Array methods (and Map/Set ones) that change their receiver. */
const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'delete', 'clear', 'add']);
/** `Object.assign(X, …)` and the like: `X` changes. */
const MUTATING_STATICS = new Set(['Object.assign', 'Object.defineProperty', 'Object.defineProperties', 'Object.setPrototypeOf', 'Reflect.set', 'Reflect.defineProperty', 'Reflect.deleteProperty']);

/** The identifier a member chain starts from (`a` of `a.b[c].d`). */
function rootName(node: TSESTree.Node): string | undefined {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments']);

/** Every node of a tree (a loop over a stack: deep expressions do not recurse). */
function* allNodes(root: TSESTree.Node): Generator<TSESTree.Node> {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    for (const [key, child] of Object.entries(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      if (Array.isArray(child)) {
        for (const item of child as unknown[]) if (isNode(item)) stack.push(item);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
}

type CjsTarget = { readonly kind: 'whole' } | { readonly kind: 'key'; readonly member: TSESTree.MemberExpression; readonly via: 'exports' | 'module.exports' };

class Summarizer {
  readonly #file: string;
  readonly #program: TSESTree.Program;
  readonly #bindings = new Map<string, Binding>();
  readonly #values = new Map<string, Value>();
  readonly #inits = new Map<TSESTree.Node, Value>();
  readonly #pending = new Set<string>();
  readonly #reassigned = new Set<string>();
  readonly #mutated = new Set<string>();
  /** Top-level CommonJS writes, read in order; the ones found elsewhere make their target unknown. */
  readonly #topLevelCjs = new Set<TSESTree.Node>();
  readonly #nestedCjs: CjsTarget[] = [];

  constructor(program: TSESTree.Program, file: string) {
    this.#program = program;
    this.#file = file;
  }

  summarize(): ModuleSummary {
    for (const statement of this.#program.body) this.#declare(statement);
    for (const statement of this.#program.body) {
      if (statement.type === AST_NODE_TYPES.ExpressionStatement) this.#noteTopLevelCjs(statement.expression);
    }
    this.#scan();
    // Top-level bindings in source order: aliases of earlier bindings are then found already valued,
    // so a chain of 2,000 `const cN = cN-1` does not recurse 2,000 levels deep.
    for (const name of this.#bindings.keys()) this.#binding(name, 0);
    const exports = new Map<string, Value>();
    const stars: string[] = [];
    let esm = false;
    let exportAssignment: Value | undefined;
    for (const statement of this.#program.body) {
      switch (statement.type) {
        case AST_NODE_TYPES.ImportDeclaration:
          esm = true;
          break;
        case AST_NODE_TYPES.ExportNamedDeclaration:
          esm = true;
          if (statement.exportKind === 'type') break;
          this.#exportNamed(statement, exports);
          break;
        case AST_NODE_TYPES.ExportAllDeclaration:
          esm = true;
          if (statement.exportKind === 'type') break;
          if (statement.exported) exports.set(nameOf(statement.exported), this.#ref(statement.source.value, '*'));
          else stars.push(statement.source.value);
          break;
        case AST_NODE_TYPES.ExportDefaultDeclaration: {
          esm = true;
          const value = this.#exportDefault(statement.declaration);
          if (value) exports.set('default', value);
          break;
        }
        case AST_NODE_TYPES.TSExportAssignment:
          exportAssignment = this.#evaluate(statement.expression, 'export =', 0);
          break;
        default:
          break;
      }
    }
    const loads = topLevelSources(this.#program);
    if (exportAssignment) return { file: this.#file, format: 'cjs', exports: new Map(), stars: [], whole: exportAssignment, loads };
    if (esm) return { file: this.#file, format: 'esm', exports, stars, whole: UNKNOWN, loads };
    const whole = this.#commonjs();
    return whole ? { file: this.#file, format: 'cjs', exports: new Map(), stars: [], whole, loads } : { file: this.#file, format: 'esm', exports, stars, whole: UNKNOWN, loads };
  }

  #where(node: TSESTree.Node, name: string): Where {
    return { file: this.#file, line: node.loc.start.line, column: node.loc.start.column + 1, name };
  }

  #ref(specifier: string, name: string): Value {
    return { kind: 'ref', from: this.#file, specifier, name };
  }

  #bind(name: string, binding: Binding): void {
    // A name declared twice (`var x; var x`, a function and a var) is not followed.
    this.#bindings.set(name, this.#bindings.has(name) ? OPAQUE : binding);
  }

  #declare(statement: TSESTree.ProgramStatement | TSESTree.NamedExportDeclarations): void {
    switch (statement.type) {
      case AST_NODE_TYPES.VariableDeclaration:
        for (const declarator of statement.declarations) {
          const names: PatternBinding[] = [];
          patternBindings(declarator.id, [], names);
          for (const [name, keyPath, fallback] of names) {
            this.#bind(name, { kind: 'declared', init: declarator.init, constant: statement.kind === 'const', path: keyPath, fallback });
          }
        }
        return;
      case AST_NODE_TYPES.ImportDeclaration:
        if (statement.importKind === 'type') return;
        for (const specifier of statement.specifiers) {
          if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type') continue;
          const imported =
            specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier ? 'default' : specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier ? '*' : nameOf(specifier.imported);
          this.#bind(specifier.local.name, { kind: 'import', specifier: statement.source.value, name: imported });
        }
        return;
      case AST_NODE_TYPES.TSImportEqualsDeclaration: {
        const reference = statement.moduleReference;
        if (statement.importKind !== 'type' && reference.type === AST_NODE_TYPES.TSExternalModuleReference) {
          this.#bind(statement.id.name, { kind: 'import', specifier: reference.expression.value, name: '*' });
        } else {
          this.#bind(statement.id.name, OPAQUE);
        }
        return;
      }
      case AST_NODE_TYPES.TSEnumDeclaration:
        this.#bind(statement.id.name, { kind: 'enum', node: statement });
        return;
      case AST_NODE_TYPES.ClassDeclaration:
        if (statement.id) this.#bind(statement.id.name, { kind: 'class', node: statement });
        return;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.TSDeclareFunction:
      case AST_NODE_TYPES.TSModuleDeclaration:
        if (statement.id?.type === AST_NODE_TYPES.Identifier) this.#bind(statement.id.name, OPAQUE);
        return;
      case AST_NODE_TYPES.ExportNamedDeclaration:
        if (statement.declaration) this.#declare(statement.declaration);
        return;
      case AST_NODE_TYPES.ExportDefaultDeclaration: {
        const declaration = statement.declaration;
        if (
          (declaration.type === AST_NODE_TYPES.FunctionDeclaration || declaration.type === AST_NODE_TYPES.ClassDeclaration) &&
          declaration.id
        ) {
          this.#bind(declaration.id.name, OPAQUE);
        }
        return;
      }
      default:
        return;
    }
  }

  /** Marks the CommonJS writes of a top-level `module.exports… = …` statement as read in order. */
  #noteTopLevelCjs(expression: TSESTree.Expression): void {
    for (let current: TSESTree.Node = expression; current.type === AST_NODE_TYPES.AssignmentExpression && current.operator === '='; current = current.right) {
      if (this.#cjsTarget(current.left)) this.#topLevelCjs.add(current);
    }
  }

  #isGlobal(name: string): boolean {
    return !this.#bindings.has(name);
  }

  /** `module.exports` (with `module` not a top-level binding). */
  #isModuleExports(node: TSESTree.Node): boolean {
    const target = unwrap(node);
    return (
      target.type === AST_NODE_TYPES.MemberExpression &&
      target.object.type === AST_NODE_TYPES.Identifier &&
      target.object.name === 'module' &&
      this.#isGlobal('module') &&
      staticKey(target) === 'exports'
    );
  }

  #cjsTarget(node: TSESTree.Node): CjsTarget | undefined {
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    if (this.#isModuleExports(target)) return { kind: 'whole' };
    if (this.#isModuleExports(target.object)) return { kind: 'key', member: target, via: 'module.exports' };
    const object = unwrap(target.object);
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'exports' && this.#isGlobal('exports')) return { kind: 'key', member: target, via: 'exports' };
    return undefined;
  }

  /** One walk over the whole program: reassignments, member writes, CommonJS writes below the top level. */
  #scan(): void {
    const written = (target: TSESTree.Node): void => {
      const node = unwrap(target);
      if (node.type === AST_NODE_TYPES.Identifier) this.#reassigned.add(node.name);
      else if (node.type === AST_NODE_TYPES.MemberExpression) {
        const root = rootName(node);
        if (root !== undefined) this.#mutated.add(root);
      } else {
        const names: PatternBinding[] = [];
        patternBindings(node, undefined, names);
        for (const [name] of names) this.#reassigned.add(name);
        // Member targets inside a pattern (`[a.b] = …`)
        for (const inner of allNodes(node)) {
          if (inner.type === AST_NODE_TYPES.MemberExpression) {
            const root = rootName(inner);
            if (root !== undefined) this.#mutated.add(root);
          }
        }
      }
    };
    for (const node of allNodes(this.#program)) {
      switch (node.type) {
        case AST_NODE_TYPES.AssignmentExpression: {
          const cjs = this.#cjsTarget(node.left);
          if (cjs) {
            if (!this.#topLevelCjs.has(node)) this.#nestedCjs.push(cjs);
            break;
          }
          written(node.left);
          break;
        }
        case AST_NODE_TYPES.UpdateExpression:
          written(node.argument);
          break;
        case AST_NODE_TYPES.UnaryExpression:
          if (node.operator === 'delete') written(node.argument);
          break;
        case AST_NODE_TYPES.ForInStatement:
        case AST_NODE_TYPES.ForOfStatement:
          if (node.left.type !== AST_NODE_TYPES.VariableDeclaration) written(node.left);
          break;
        case AST_NODE_TYPES.CallExpression: {
          const callee = unwrap(node.callee);
          if (callee.type !== AST_NODE_TYPES.MemberExpression) break;
          const method = staticKey(callee);
          const owner = unwrap(callee.object);
          const qualified = owner.type === AST_NODE_TYPES.Identifier && method !== undefined ? `${owner.name}.${method}` : undefined;
          const [first] = node.arguments;
          if (qualified !== undefined && MUTATING_STATICS.has(qualified) && first) {
            const root = rootName(first);
            if (root !== undefined) this.#mutated.add(root);
          } else if (method !== undefined && MUTATING_METHODS.has(method)) {
            const root = rootName(callee.object);
            if (root !== undefined) this.#mutated.add(root);
          }
          break;
        }
        default:
          break;
      }
    }
  }

  /** The value of a top-level binding (memoized; a binding that depends on itself is unknown). */
  #binding(name: string, depth: number): Value {
    const known = this.#values.get(name);
    if (known) return known;
    const binding = this.#bindings.get(name);
    if (!binding || this.#pending.has(name)) return UNKNOWN;
    this.#pending.add(name);
    let value: Value;
    switch (binding.kind) {
      case 'opaque':
        value = UNKNOWN;
        break;
      case 'import':
        value = this.#ref(binding.specifier, binding.name);
        break;
      case 'enum':
        value = this.#mutated.has(name) ? UNKNOWN : this.#enum(binding.node);
        break;
      case 'class':
        value = this.#mutated.has(name) ? UNKNOWN : this.#classStatics(binding.node, name, depth);
        break;
      case 'declared': {
        const { init, constant, path, fallback } = binding;
        if (!init || !path || this.#mutated.has(name) || (!constant && this.#reassigned.has(name))) {
          value = UNKNOWN;
          break;
        }
        let whole = this.#inits.get(init);
        if (!whole) {
          whole = this.#evaluate(init, name, depth + 1);
          this.#inits.set(init, whole);
        }
        // `const { T } = process.env`: an env read; a default is what it falls back on (`{ T = 'lit' }`)
        const env = path.length === 1 ? this.#envObject(init) : undefined;
        value = env && path[0] !== undefined ? { kind: 'env', name: path[0], object: env, where: this.#where(init, name) } : path.reduce((current, key) => selectStatic(current, key), whole);
        if (fallback) value = { kind: 'logical', operator: '??', left: value, right: this.#evaluate(fallback, name, depth + 1) };
        break;
      }
    }
    this.#pending.delete(name);
    this.#values.set(name, value);
    return value;
  }

  /**
   * A class as the object of its static fields (`static readonly TOKEN = '…'`: `AppConstants.TOKEN`).
   * A superclass, a static block or a static key nothing is known about may set any key; a static
   * method or accessor is unknown.
   */
  #classStatics(node: TSESTree.ClassDeclaration, name: string, depth: number): Value {
    const layers: Layer[] = node.superClass ? [{ kind: 'spread', value: UNKNOWN }] : [];
    const entries = new Map<string, Value>();
    for (const member of node.body.body) {
      if (member.type === AST_NODE_TYPES.StaticBlock) return UNKNOWN;
      if (member.type === AST_NODE_TYPES.TSIndexSignature || !member.static) continue;
      const key = member.computed || member.key.type === AST_NODE_TYPES.PrivateIdentifier ? undefined : member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : String(member.key.value);
      if (key === undefined) return UNKNOWN;
      const value = member.type === AST_NODE_TYPES.PropertyDefinition ? member.value : null;
      entries.set(key, value ? this.#evaluate(value, chainName(name, key), depth + 1) : UNKNOWN);
    }
    if (entries.size > 0) layers.push({ kind: 'entries', entries });
    return { kind: 'object', layers, where: this.#where(node, name) };
  }

  #enum(node: TSESTree.TSEnumDeclaration): Value {
    const entries = new Map<string, Value>();
    let next: number | undefined = 0;
    for (const member of node.body.members) {
      const key = member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : member.id.value;
      const name = chainName(node.id.name, key);
      let value: Value;
      if (member.initializer) {
        value = this.#evaluate(member.initializer, name, 1);
        next = value.kind === 'primitive' && typeof value.value === 'number' ? value.value + 1 : undefined;
      } else if (next === undefined) {
        value = UNKNOWN;
      } else {
        value = { kind: 'primitive', value: next, where: this.#where(member, name) };
        next += 1;
      }
      entries.set(key, value);
    }
    return { kind: 'object', layers: [{ kind: 'entries', entries }], where: this.#where(node, node.id.name) };
  }

  #exportNamed(statement: TSESTree.ExportNamedDeclaration, exports: Map<string, Value>): void {
    const { declaration } = statement;
    if (declaration) {
      switch (declaration.type) {
        case AST_NODE_TYPES.VariableDeclaration:
          for (const declarator of declaration.declarations) {
            const names: PatternBinding[] = [];
            patternBindings(declarator.id, [], names);
            for (const [name] of names) exports.set(name, this.#binding(name, 0));
          }
          return;
        case AST_NODE_TYPES.TSEnumDeclaration:
          exports.set(declaration.id.name, this.#binding(declaration.id.name, 0));
          return;
        case AST_NODE_TYPES.ClassDeclaration:
          if (declaration.id) exports.set(declaration.id.name, this.#binding(declaration.id.name, 0));
          return;
        case AST_NODE_TYPES.FunctionDeclaration:
        case AST_NODE_TYPES.TSDeclareFunction:
        case AST_NODE_TYPES.TSModuleDeclaration:
          if (declaration.id?.type === AST_NODE_TYPES.Identifier) exports.set(declaration.id.name, UNKNOWN);
          return;
        default:
          return; // types and interfaces
      }
    }
    for (const specifier of statement.specifiers) {
      if (specifier.exportKind === 'type') continue;
      const exported = nameOf(specifier.exported);
      const local = nameOf(specifier.local);
      exports.set(exported, statement.source ? this.#ref(statement.source.value, local) : this.#binding(local, 0));
    }
  }

  /** The default export's value; `undefined` for a type (`export default interface …`). */
  #exportDefault(declaration: TSESTree.ExportDefaultDeclaration['declaration']): Value | undefined {
    switch (declaration.type) {
      case AST_NODE_TYPES.TSInterfaceDeclaration:
      case AST_NODE_TYPES.TSTypeAliasDeclaration:
        return undefined;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.TSDeclareFunction:
      case AST_NODE_TYPES.TSEnumDeclaration:
      case AST_NODE_TYPES.TSModuleDeclaration:
      case AST_NODE_TYPES.VariableDeclaration:
        return UNKNOWN;
      default:
        return this.#evaluate(declaration, 'default', 0);
    }
  }

  /** `module.exports`, from the top-level CommonJS writes in order; `undefined` when there are none. */
  #commonjs(): Value | undefined {
    if (this.#topLevelCjs.size === 0 && this.#nestedCjs.length === 0) return undefined;
    let base: Value | undefined;
    let layers: Layer[] = [];
    let entries = new Map<string, Value>();
    /** A write to a key nothing is known about (`exports[name()] = …`): it may replace any key before it. */
    const open = (): void => {
      if (entries.size > 0) layers.push({ kind: 'entries', entries });
      entries = new Map();
      layers.push({ kind: 'spread', value: UNKNOWN });
    };
    const set = (key: string, value: Value): void => {
      entries.delete(key);
      entries.set(key, value);
    };
    let where: Where | undefined;
    /** After `module.exports = …`, `exports` is the old object: its writes are lost (unless re-attached). */
    let detached = false;
    for (const statement of this.#program.body) {
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
      const targets: CjsTarget[] = [];
      let current: TSESTree.Node = statement.expression;
      let exportsRebound = false;
      while (current.type === AST_NODE_TYPES.AssignmentExpression && current.operator === '=') {
        const target = this.#topLevelCjs.has(current) ? this.#cjsTarget(current.left) : undefined;
        if (target) targets.push(target);
        const left = unwrap(current.left);
        if (left.type === AST_NODE_TYPES.Identifier && left.name === 'exports') exportsRebound = true;
        current = current.right;
      }
      if (targets.length === 0) continue;
      where ??= this.#where(statement, 'module.exports');
      for (const target of targets) {
        if (target.kind === 'whole') {
          base = this.#evaluate(current, 'module.exports', 0);
          layers = [];
          entries = new Map();
          detached = !exportsRebound;
        } else if (target.via === 'module.exports' || !detached) {
          const key = this.#memberKey(target.member, 0);
          if (key === undefined) open();
          else set(key, this.#evaluate(current, chainName(target.via, key), 0));
        }
      }
    }
    for (const nested of this.#nestedCjs) {
      if (nested.kind === 'whole') return UNKNOWN;
      const key = this.#memberKey(nested.member, 0);
      if (key === undefined) open();
      else set(key, UNKNOWN);
    }
    if (entries.size > 0) layers.push({ kind: 'entries', entries });
    if (base && layers.length === 0) return base;
    return { kind: 'object', layers: base ? [{ kind: 'spread', value: base }, ...layers] : layers, where: where ?? { file: this.#file, line: 1, column: 1, name: 'module.exports' } };
  }

  /** The key of a member access: written (`a.b`, `a['b']`), or a known constant (`a[KEY]`). */
  #memberKey(member: TSESTree.MemberExpression, depth: number): string | undefined {
    const key = staticKey(member);
    if (key !== undefined || !member.computed) return key;
    const value = primitiveOf(this.#evaluate(member.property, '', depth + 1));
    return value === undefined ? undefined : String(value);
  }

  #evaluate(node: TSESTree.Node, name: string, depth: number): Value {
    if (depth > MAX_EVALUATION_DEPTH) return UNKNOWN;
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.Literal: {
        const { value } = target;
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return fromPrimitive(value, this.#where(target, name));
        if (value === null && !('regex' in target) && !('bigint' in target)) return fromPrimitive(null, this.#where(target, name));
        return UNKNOWN;
      }
      case AST_NODE_TYPES.TemplateLiteral:
        return this.#template(target, name, depth);
      case AST_NODE_TYPES.BinaryExpression:
        return target.operator === '+' ? this.#plus(target, name, depth) : UNKNOWN;
      case AST_NODE_TYPES.UnaryExpression: {
        if (target.operator !== '-' && target.operator !== '+') return UNKNOWN;
        const argument = this.#evaluate(target.argument, name, depth + 1);
        if (argument.kind !== 'primitive' || typeof argument.value !== 'number') return UNKNOWN;
        return fromPrimitive(target.operator === '-' ? -argument.value : argument.value, this.#where(target, name));
      }
      case AST_NODE_TYPES.LogicalExpression: {
        if (target.operator === '&&') return UNKNOWN;
        const left = this.#evaluate(target.left, name, depth + 1);
        const known = primitiveOf(left);
        if (known !== undefined) return (target.operator === '||' ? Boolean(known) : known !== null) ? left : this.#evaluate(target.right, name, depth + 1);
        return { kind: 'logical', operator: target.operator, left, right: this.#evaluate(target.right, name, depth + 1) };
      }
      case AST_NODE_TYPES.ObjectExpression:
        return this.#object(target, name, depth);
      case AST_NODE_TYPES.ArrayExpression: {
        const items: Value[] = [];
        for (const [index, element] of target.elements.entries()) {
          if (!element || element.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
          items.push(this.#evaluate(element, chainName(name, String(index)), depth + 1));
        }
        return { kind: 'array', items, where: this.#where(target, name) };
      }
      case AST_NODE_TYPES.Identifier:
        return this.#binding(target.name, depth + 1);
      case AST_NODE_TYPES.MemberExpression: {
        const env = this.#env(target);
        if (env) return { kind: 'env', ...env, where: this.#where(target, name) };
        const key = this.#memberKey(target, depth);
        if (key === undefined) return UNKNOWN;
        return selectStatic(this.#evaluate(target.object, name, depth + 1), key);
      }
      case AST_NODE_TYPES.CallExpression: {
        const callee = unwrap(target.callee);
        const [first] = target.arguments;
        if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require' && this.#isGlobal('require') && target.arguments.length === 1) {
          const specifier = staticSpecifier(first);
          return specifier === undefined ? UNKNOWN : this.#ref(specifier, '*');
        }
        // `Object.freeze({ … })`: the object itself
        if (callee.type !== AST_NODE_TYPES.MemberExpression || staticKey(callee) !== 'freeze' || !first || first.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
        const owner = unwrap(callee.object);
        return owner.type === AST_NODE_TYPES.Identifier && owner.name === 'Object' && this.#isGlobal('Object') ? this.#evaluate(first, name, depth + 1) : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  #env(node: TSESTree.MemberExpression): { name: string; object: EnvObject } | undefined {
    const object = this.#envObject(node.object);
    const name = object && staticKey(node);
    return name === undefined || object === undefined ? undefined : { name, object };
  }

  /** Which env object `node` is: `process.env`, `import.meta.env`, or neither. */
  #envObject(node: TSESTree.Node): EnvObject | undefined {
    const owner = unwrap(node);
    if (owner.type !== AST_NODE_TYPES.MemberExpression || staticKey(owner) !== 'env') return undefined;
    const base = unwrap(owner.object);
    if (base.type === AST_NODE_TYPES.MetaProperty && base.meta.name === 'import' && base.property.name === 'meta') return 'import.meta.env';
    if (base.type === AST_NODE_TYPES.Identifier && base.name === 'process' && this.#isGlobal('process')) return 'process.env';
    return undefined;
  }

  #template(node: TSESTree.TemplateLiteral, name: string, depth: number): Value {
    const quasis: string[] = [];
    for (const quasi of node.quasis) {
      if (quasi.value.cooked === null) return UNKNOWN;
      quasis.push(quasi.value.cooked);
    }
    const values = node.expressions.map((expression) => this.#evaluate(expression, name, depth + 1));
    const where = this.#where(node, name);
    if (values.some((value) => !isComposable(value))) return UNKNOWN;
    if (values.every((value) => primitiveOf(value) !== undefined)) {
      let text = quasis[0] ?? '';
      values.forEach((value, index) => {
        text += String(primitiveOf(value)) + (quasis[index + 1] ?? '');
      });
      return { kind: 'text', text, where };
    }
    return { kind: 'template', quasis, values, where };
  }

  #plus(node: TSESTree.BinaryExpression, name: string, depth: number): Value {
    // The left spine of `a + b + c + …` as a list, without recursing down it.
    const rights: TSESTree.Node[] = [];
    let left: TSESTree.Node = node;
    for (;;) {
      const current = unwrap(left);
      if (current.type !== AST_NODE_TYPES.BinaryExpression || current.operator !== '+') break;
      rights.push(current.right);
      left = current.left;
    }
    const operands = [left, ...rights.reverse()].map((operand) => this.#evaluate(operand, name, depth + 1));
    if (operands.some((value) => !isComposable(value))) return UNKNOWN;
    const where = this.#where(node, name);
    const known = operands.map(primitiveOf);
    if (known.every((value) => value !== undefined)) {
      return fromPrimitive(known.slice(1).reduce<Primitive>((sum, value) => plus(sum, value), known[0] ?? ''), where);
    }
    return { kind: 'plus', operands, where };
  }

  #object(node: TSESTree.ObjectExpression, name: string, depth: number): Value {
    const layers: Layer[] = [];
    let entries = new Map<string, Value>();
    const flush = (): void => {
      if (entries.size > 0) layers.push({ kind: 'entries', entries });
      entries = new Map();
    };
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        flush();
        layers.push({ kind: 'spread', value: this.#evaluate(property.argument, name, depth + 1) });
        continue;
      }
      const key = this.#propertyKey(property, depth);
      if (key === undefined) {
        flush();
        layers.push({ kind: 'spread', value: UNKNOWN });
        continue;
      }
      const plain = property.kind === 'init' && !property.method && property.value.type !== AST_NODE_TYPES.AssignmentPattern;
      entries.delete(key); // keep the source order of the last write
      entries.set(key, plain ? this.#evaluate(property.value, chainName(name, key), depth + 1) : UNKNOWN);
    }
    flush();
    return { kind: 'object', layers, where: this.#where(node, name) };
  }

  #propertyKey(property: TSESTree.Property, depth: number): string | undefined {
    const { key } = property;
    if (!property.computed) {
      if (key.type === AST_NODE_TYPES.Identifier) return key.name;
      if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
      return undefined;
    }
    const value = primitiveOf(this.#evaluate(key, '', depth + 1));
    return value === undefined ? undefined : String(value);
  }
}

/** Whether a value can be part of a string (or number) expression that is not yet known. */
function isComposable(value: Value): boolean {
  return value.kind === 'text' || value.kind === 'primitive' || value.kind === 'ref' || value.kind === 'select' || value.kind === 'plus' || value.kind === 'template' || value.kind === 'logical';
}

/** The static name of a member's property (`a.b`, `a['b']`, `` a[`b`] ``, `a[0]`). */
function staticKey(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  const property = unwrap(node.property);
  if (property.type === AST_NODE_TYPES.Literal && (typeof property.value === 'string' || typeof property.value === 'number')) return String(property.value);
  return staticSpecifier(property);
}

/** A key no layer of a closed object sets. */
export const ABSENT = Symbol('absent');
/** A key only known once a reference is followed. */
const DEFER = Symbol('defer');

function selectLocal(value: Value, key: string): Value | typeof ABSENT | typeof DEFER {
  switch (value.kind) {
    case 'object':
      for (let index = value.layers.length - 1; index >= 0; index -= 1) {
        const layer = value.layers[index];
        if (!layer) continue;
        if (layer.kind === 'entries') {
          const found = layer.entries.get(key);
          if (found) return found;
          continue;
        }
        const spread = layer.value;
        if (spread.kind === 'primitive') continue; // `...null`, `...0`: no keys
        if (spread.kind === 'array') {
          // `...[a, b]` sets the keys `0` and `1`, nothing else
          const item = isIndex(key) ? spread.items[Number(key)] : undefined;
          if (item) return item;
          continue;
        }
        if (spread.kind === 'object') {
          const inner = selectLocal(spread, key);
          if (inner !== ABSENT) return inner;
          continue;
        }
        return spread.kind === 'ref' || spread.kind === 'select' ? DEFER : UNKNOWN;
      }
      return ABSENT;
    case 'array':
      return isIndex(key) ? (value.items[Number(key)] ?? ABSENT) : UNKNOWN;
    case 'ref':
    case 'select':
      return DEFER;
    default:
      return UNKNOWN;
  }
}

/**
 * `value[key]` where it is already known in this module: a key of an object literal (the last layer
 * that sets it), an array index. A reference, or a spread of one on the way, gives a `select` that
 * the reader resolves; a key no layer sets is unknown here (at run time it is `undefined`).
 */
export function selectStatic(value: Value, key: string): Value {
  const found = selectLocal(value, key);
  if (found === ABSENT) return UNKNOWN;
  if (found === DEFER) return { kind: 'select', base: value, key };
  return found;
}

/** The summary of a parsed module (no node of `program` is kept). */
export function summarize(program: TSESTree.Program, file: string): ModuleSummary {
  return new Summarizer(program, file).summarize();
}
