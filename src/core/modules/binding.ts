/**
 * The bridge from the linted file to `readExport`: which module, which export and which member chain
 * an expression reads, and the reader context of the linted file.
 *
 * | In the linted file                                   | `importedBinding(…)`                    |
 * |------------------------------------------------------|-----------------------------------------|
 * | `import { X } from 's'; X.a.b`                       | `{ specifier: 's', name: 'X', members: ['a', 'b'] }` |
 * | `import { X as Y } from 's'; Y`                      | `{ specifier: 's', name: 'X', members: [] }` |
 * | `import D from 's'; D.k`                             | `{ specifier: 's', name: 'default', members: ['k'] }` |
 * | `import * as ns from 's'; ns.X.k`                    | `{ specifier: 's', name: '*', members: ['X', 'k'] }` |
 * | `import ns = require('s'); ns.X` (TypeScript)        | `{ specifier: 's', name: '*', members: ['X'] }` |
 * | `const c = require('s'); c.X` / `require('s').X`     | `{ specifier: 's', name: '*', members: ['X'] }` |
 * | `const { X: { k } } = require('s'); k`               | `{ specifier: 's', name: '*', members: ['X', 'k'] }` |
 * | `const m = await import('s'); m.X`                   | `{ specifier: 's', name: '*', members: ['X'] }` |
 * | `const P = ns.PAYMENTS; P.token` (aliases of those)  | `{ specifier: 's', name: '*', members: ['PAYMENTS', 'token'] }` |
 *
 * Type-only imports, a `require` or binding declared in the file, a `let`/`var` that is reassigned,
 * destructuring with defaults or rest, and computed members that are not constants give `undefined`.
 */
import path from 'node:path';
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ParserLike } from './parse.js';
import { newReaderSession, type ReaderContext } from './read-export.js';

type Scope = TSESLint.Scope.Scope;

export interface ImportedBinding {
  readonly specifier: string;
  /** An export name, `'default'`, or `'*'` (the module as a whole). */
  readonly name: string;
  readonly members: readonly string[];
}

/** Aliases and member chains followed through `const` bindings before giving up. */
const MAX_STEPS = 16;

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

function staticSource(node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string') return target.value;
  if (target.type === AST_NODE_TYPES.TemplateLiteral && target.expressions.length === 0) return target.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `require('s')` with the global `require`, or `await import('s')`: the specifier. */
function moduleCall(node: TSESTree.Node, scope: Scope): string | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) {
    const argument = unwrap(target.argument);
    return argument.type === AST_NODE_TYPES.ImportExpression ? staticSource(argument.source) : undefined;
  }
  if (target.type !== AST_NODE_TYPES.CallExpression || target.arguments.length !== 1) return undefined;
  const callee = unwrap(target.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'require') return undefined;
  const variable = ASTUtils.findVariable(scope, callee);
  if (variable && variable.defs.length > 0) return undefined;
  return staticSource(target.arguments[0]);
}

/** The key path from a declarator's pattern down to `id` (`{ A: { b: id } }` → `['A', 'b']`), if it can be followed. */
function patternPath(pattern: TSESTree.Node, id: TSESTree.Identifier, scope: Scope): string[] | undefined {
  if (pattern === id) return [];
  if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of pattern.properties) {
      if (property.type === AST_NODE_TYPES.RestElement) continue;
      const inner = patternPath(property.value, id, scope);
      if (!inner) continue;
      const key = ASTUtils.getPropertyName(property, scope);
      return key === null ? undefined : [key, ...inner];
    }
  }
  if (pattern.type === AST_NODE_TYPES.ArrayPattern) {
    for (const [index, element] of pattern.elements.entries()) {
      if (!element || element.type === AST_NODE_TYPES.RestElement) continue;
      const inner = patternPath(element, id, scope);
      if (inner) return [String(index), ...inner];
    }
  }
  return undefined;
}

function isWrittenAgain(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => reference.init !== true && reference.isWrite());
}

/**
 * The export (and member chain) of another module that `node` reads, when it reads one; see the
 * module comment for every form.
 */
export function importedBinding(node: TSESTree.Node, scope: Scope): ImportedBinding | undefined {
  let current = unwrap(node);
  const members: string[] = [];
  for (let step = 0; step < MAX_STEPS; step += 1) {
    while (current.type === AST_NODE_TYPES.MemberExpression) {
      const key = ASTUtils.getPropertyName(current, scope);
      if (key === null) return undefined;
      members.unshift(key);
      current = unwrap(current.object);
    }
    const required = moduleCall(current, scope);
    if (required !== undefined) return { specifier: required, name: '*', members };
    if (current.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = ASTUtils.findVariable(scope, current);
    if (variable?.defs.length !== 1) return undefined;
    const [def] = variable.defs;
    if (!def) return undefined;
    if (def.type === TSESLint.Scope.DefinitionType.ImportBinding) return importDefinition(def.node, members);
    if (def.type !== TSESLint.Scope.DefinitionType.Variable) return undefined;
    const declarator = def.node;
    if (!declarator.init || (def.parent.kind !== 'const' && isWrittenAgain(variable))) return undefined;
    const keys = patternPath(declarator.id, def.name, scope);
    if (!keys) return undefined;
    members.unshift(...keys);
    current = unwrap(declarator.init);
  }
  return undefined;
}

function importDefinition(
  node: TSESTree.ImportSpecifier | TSESTree.ImportDefaultSpecifier | TSESTree.ImportNamespaceSpecifier | TSESTree.TSImportEqualsDeclaration,
  members: readonly string[],
): ImportedBinding | undefined {
  if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const reference = node.moduleReference;
    if (node.importKind === 'type' || reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return undefined;
    return { specifier: reference.expression.value, name: '*', members };
  }
  const declaration = node.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') return undefined;
  const specifier = declaration.source.value;
  switch (node.type) {
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return { specifier, name: 'default', members };
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return { specifier, name: '*', members };
    case AST_NODE_TYPES.ImportSpecifier:
      if (node.importKind === 'type') return undefined;
      return { specifier, name: node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value, members };
  }
}

/** What the reader needs from a rule context (ESLint's and typescript-eslint's contexts both fit). */
export interface RuleContextLike {
  readonly physicalFilename: string;
  readonly cwd: string;
  readonly settings: object;
  readonly languageOptions: { readonly parser?: unknown; readonly parserOptions?: unknown };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isParser(value: unknown): value is ParserLike {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && ('parse' in value || 'parseForESLint' in value);
}

/**
 * The reader context of the linted file (with a new `ReaderSession`: call it once per linted file), or `undefined` when there is no file on disk to resolve from
 * (`<input>`, `<text>`: Linter and RuleTester runs without a filename) or no parser object.
 * `aliases`: `settings.credentials.aliases`, once the settings parser has validated it.
 */
export function readerContextOf(context: RuleContextLike, aliases?: Readonly<Record<string, string>>): ReaderContext | undefined {
  const { physicalFilename, cwd, settings, languageOptions } = context;
  if (!path.isAbsolute(physicalFilename) || !isParser(languageOptions.parser)) return undefined;
  return {
    filename: physicalFilename,
    cwd,
    parser: languageOptions.parser,
    settings,
    session: newReaderSession(),
    ...(isRecord(languageOptions.parserOptions) ? { parserOptions: languageOptions.parserOptions } : {}),
    ...(aliases ? { aliases } : {}),
  };
}
