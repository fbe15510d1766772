/**
 * Bindings whose value is known although no `const` holds it (#18): the value resolver's extension
 * point (`boundExpression`, which `static.ts` and `resolver.ts`'s `boundValue` both ask).
 *
 * - `const X = …` (or a `let`/`var` never reassigned) with an initialiser: the initialiser.
 * - A `let`/`var` only ever given literals (`let token = null; … token = 'abc'`): the set of values is
 *   known. When the strings in it are one and the same text, that literal is the value (the other
 *   members of the set are `null`, numbers, booleans: no text); two different texts, or any
 *   assignment that is not a literal (`token = read()`, `token += 'x'`, `[token] = …`), leave it
 *   unknown.
 * - `AppConstants.TOKEN`, a static field of a class declared at the top level of the file (`static readonly TOKEN = '…'`,
 *   or a name or member chain), when nothing in the file writes a member of that name and the class
 *   has no static block.
 * - `this.appToken` in a class's method, constructor or field initialiser, where the class field is
 *   initialised with a literal (`appToken = '…'`, `#appToken = '…'`) or a name or member chain from
 *   outside the instance (`token = environment.mercadoPago.accessToken`), or, the field having no
 *   value, the constructor's body assigns it one of those once at its top level (`this.appToken = '…'`). Any
 *   other write to a member of that name anywhere in the file (`this.appToken = t`, `api.appToken =
 *   …`, `delete x.appToken`), an accessor or a parameter property of that name, or an
 *   `Object.assign(this, …)` / `Object.defineProperty(this, …)` leaves it unknown. `this` inside a
 *   nested `function` or a static member is not the instance: unknown.
 *
 * Answers are cached per variable, per class body and per file.
 */
import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/** A literal whose text (if it has one) a binding's set of values holds: `'…'`, `` `…` ``, `null`, `1`, `true`. */
function literalText(node: TSESTree.Node): { readonly text: string | undefined } | undefined {
  if (node.type === AST_NODE_TYPES.Literal) {
    if ('regex' in node || 'bigint' in node) return undefined;
    return typeof node.value === 'string' ? { text: node.value } : { text: undefined };
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    const cooked = node.quasis[0]?.value.cooked;
    return cooked == null ? undefined : { text: cooked };
  }
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return { text: undefined };
  return undefined;
}

/** The string literal among `nodes` (all literals), when every string there has the same text. */
function oneText(nodes: readonly TSESTree.Node[]): TSESTree.Expression | undefined {
  let found: TSESTree.Expression | undefined;
  let text: string | undefined;
  for (const node of nodes) {
    const literal = literalText(node);
    if (!literal) return undefined;
    if (literal.text === undefined) continue;
    if (found && literal.text !== text) return undefined;
    if (!found) {
      found = node as TSESTree.Expression;
      text = literal.text;
    }
  }
  return found;
}

const reassignedCache = new WeakMap<TSESLint.Scope.Variable, boolean>();

/**
 * Whether a variable is written anywhere but its declaration. Read once per variable: rules ask about
 * the same binding at each of its uses, and a scan of its references each time would be quadratic.
 */
function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  let reassigned = reassignedCache.get(variable);
  if (reassigned === undefined) {
    reassigned = variable.references.some((ref) => ref.init !== true && ref.isWrite());
    reassignedCache.set(variable, reassigned);
  }
  return reassigned;
}

/** The `const` declarator that `id` refers to, when it has exactly one definition with an initialiser (a `let`/`var` never reassigned counts). */
export function constDeclarator(id: TSESTree.Identifier, scope: Scope): TSESTree.VariableDeclarator | undefined {
  const variable = ASTUtils.findVariable(scope, id);
  if (variable?.defs.length !== 1) return undefined;
  const [def] = variable.defs;
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable) return undefined;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  // A `const` needs no look at its references; a `let`/`var` counts when it is never reassigned.
  return def.parent.kind === 'const' || !isReassigned(variable) ? declarator : undefined;
}

const literalSets = new WeakMap<TSESLint.Scope.Variable, TSESTree.Expression | null>();

/** A reassigned `let`/`var` only ever given literals: the one text among them (see the module comment). */
function literalSetValue(id: TSESTree.Identifier, scope: Scope): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(scope, id);
  if (variable?.defs.length !== 1) return undefined;
  let value = literalSets.get(variable);
  if (value === undefined) {
    value = null;
    const [def] = variable.defs;
    if (def?.type === TSESLint.Scope.DefinitionType.Variable && def.parent.kind !== 'const' && def.node.id.type === AST_NODE_TYPES.Identifier && isReassigned(variable)) {
      const given: TSESTree.Node[] = def.node.init ? [def.node.init] : [];
      let all = true;
      for (const reference of variable.references) {
        if (reference.init === true || !reference.isWrite()) continue;
        const { parent } = reference.identifier;
        if (parent.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== '=' || parent.left !== reference.identifier) {
          all = false;
          break;
        }
        given.push(parent.right);
      }
      if (all) value = oneText(given) ?? null;
    }
    literalSets.set(variable, value);
  }
  return value ?? undefined;
}

/** The name of the member `this.x` / `this.#x` / `this['x']` reads, when `node` is one. */
function thisMemberName(node: TSESTree.MemberExpression): string | undefined {
  if (node.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.property.name}`;
  if (!node.computed) return node.property.name;
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string' ? node.property.value : undefined;
}

/** The class body whose instance `this` is at `node`: a method, constructor, accessor or field initialiser, through arrow functions. */
function instanceClass(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration: {
        const method = parent.parent;
        if (method.type !== AST_NODE_TYPES.MethodDefinition || method.static || method.value !== parent) return undefined;
        return method.parent;
      }
      case AST_NODE_TYPES.PropertyDefinition:
        return parent.value === child && !parent.static ? parent.parent : undefined;
      case AST_NODE_TYPES.StaticBlock:
      case AST_NODE_TYPES.Program:
        return undefined;
      default:
        break;
    }
  }
  return undefined;
}

function keyName(member: Exclude<TSESTree.ClassElement, TSESTree.StaticBlock | TSESTree.TSIndexSignature>): string | undefined {
  if (member.key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${member.key.name}`;
  if (!member.computed && member.key.type === AST_NODE_TYPES.Identifier) return member.key.name;
  return member.key.type === AST_NODE_TYPES.Literal && typeof member.key.value === 'string' ? member.key.value : undefined;
}

/** What is written to members, file-wide: how many writes of each member name, and whether `this` is assigned to wholesale. */
interface MemberWrites {
  readonly counts: ReadonlyMap<string, number>;
  readonly wholesale: boolean;
}

const writesCache = new WeakMap<TSESTree.Node, MemberWrites>();

/** The member name a write names (`'*'`: `this[key] = …`, any member of the instance; `undefined`: another computed key, not followed). */
function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.property.name}`;
  if (!node.computed) return node.property.name;
  if (node.property.type === AST_NODE_TYPES.Literal) return String(node.property.value);
  return node.object.type === AST_NODE_TYPES.ThisExpression ? '*' : undefined;
}

/** Whether the member expression `node` is written to where it stands. */
function isWritten(node: TSESTree.MemberExpression): boolean {
  const { parent } = node;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node;
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    default:
      return false;
  }
}

const WHOLESALE = /^(?:assign|defineProperty|defineProperties)$/u;

/** `Object.assign(this, …)`, `Object.defineProperty(this, …)`. */
function assignsThis(node: TSESTree.CallExpression): boolean {
  const { callee } = node;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    WHOLESALE.test(callee.property.name) &&
    node.arguments[0]?.type === AST_NODE_TYPES.ThisExpression
  );
}

/** The member writes of the file `node` is in, read once per file (a walk of its whole tree). */
function memberWrites(node: TSESTree.Node): MemberWrites {
  let program: TSESTree.Node = node;
  while (program.parent) program = program.parent;
  const cached = writesCache.get(program);
  if (cached) return cached;
  const counts = new Map<string, number>();
  let wholesale = false;
  const stack: TSESTree.Node[] = [program];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.type === AST_NODE_TYPES.MemberExpression && isWritten(current)) {
      const name = memberName(current);
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
    } else if (current.type === AST_NODE_TYPES.CallExpression && assignsThis(current)) {
      wholesale = true;
    }
    // `for…in` over the node's keys (no array of entries per node), past its position, its parent and the tokens
    for (const key in current) {
      if (key === 'parent' || key === 'loc' || key === 'range' || key === 'tokens' || key === 'comments') continue;
      const value: unknown = (current as unknown as Record<string, unknown>)[key];
      if (typeof value !== 'object' || value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) if (isNode(item)) stack.push(item);
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
  const writes = { counts, wholesale };
  writesCache.set(program, writes);
  return writes;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

const fieldCache = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.Expression | null>>();

/** What the instance field `name` of `body` holds for good, if known (see the module comment). */
function fieldValue(body: TSESTree.ClassBody, name: string): TSESTree.Expression | undefined {
  let fields = fieldCache.get(body);
  if (!fields) {
    fields = new Map();
    fieldCache.set(body, fields);
  }
  let value = fields.get(name);
  if (value === undefined) {
    value = findFieldValue(body, name) ?? null;
    fields.set(name, value);
  }
  return value ?? undefined;
}

function findFieldValue(body: TSESTree.ClassBody, name: string): TSESTree.Expression | undefined {
  const writes = memberWrites(body);
  if (writes.wholesale || (writes.counts.get('*') ?? 0) > 0) return undefined;
  let declared = false;
  let value: TSESTree.Expression | undefined;
  let constructor: TSESTree.FunctionExpression | undefined;
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      if (member.value.type === AST_NODE_TYPES.FunctionExpression) constructor = member.value;
      continue;
    }
    if (member.type === AST_NODE_TYPES.StaticBlock || member.type === AST_NODE_TYPES.TSIndexSignature || keyName(member) !== name || member.static) continue;
    if (member.type !== AST_NODE_TYPES.PropertyDefinition || declared) return undefined;
    declared = true;
    value = member.value ?? undefined;
  }
  const assigned = constructor ? constructorAssignment(constructor, name) : undefined;
  if (assigned === null) return undefined;
  const written = writes.counts.get(name) ?? 0;
  if (value) return written === 0 && isFieldSource(value) ? value : undefined;
  return assigned && written === 1 && isFieldSource(assigned) ? assigned : undefined;
}

/**
 * What a field may be bound to: a literal text, or a name or member chain read from outside the
 * instance (`environment.mercadoPago.accessToken`, `API_TOKEN`, `process.env.T`), which the resolver
 * follows in the class's scope; not `this`, a call, or anything computed from a variable.
 */
function isFieldSource(node: TSESTree.Expression): boolean {
  if (literalText(node)?.text !== undefined) return true;
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.computed && current.property.type !== AST_NODE_TYPES.Literal) return false;
    current = current.object;
  }
  return current.type === AST_NODE_TYPES.Identifier && current.name !== 'undefined';
}

/** The right side of the constructor's top-level `this.name = …;` (`null`: a parameter property of that name). */
function constructorAssignment(constructor: TSESTree.FunctionExpression, name: string): TSESTree.Expression | null | undefined {
  for (const param of constructor.params) {
    if (param.type === AST_NODE_TYPES.TSParameterProperty && param.parameter.type === AST_NODE_TYPES.Identifier && param.parameter.name === name) return null;
  }
  for (const statement of constructor.body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const { expression } = statement;
    if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=' || expression.left.type !== AST_NODE_TYPES.MemberExpression) continue;
    if (thisMemberName(expression.left) === name) return expression.right;
  }
  return undefined;
}

/**
 * What `node` is bound to, when it is a binding whose value is known: an identifier (`const`, a
 * never-reassigned `let`/`var`, a `let` only given one text), or `this.field`. The value resolver's
 * extension point (see the module comment); values from other modules are asked separately, where
 * this has no answer.
 */
export function boundExpression(node: TSESTree.Identifier | TSESTree.MemberExpression, scope: Scope): TSESTree.Expression | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return constDeclarator(node, scope)?.init ?? literalSetValue(node, scope);
  const name = thisMemberName(node);
  if (name === undefined) return node.object.type === AST_NODE_TYPES.Identifier ? staticFieldValue(node, node.object, scope) : undefined;
  const body = instanceClass(node);
  return body ? fieldValue(body, name) : undefined;
}

const staticClassesCache = new WeakMap<TSESTree.Node, ReadonlySet<string>>();

/**
 * The names of the classes declared at the top level of the file `node` is in (exported or not) that
 * have a static field, read once per file: nearly every member read (`res.data`) is then answered
 * without a scope lookup.
 */
function staticClassNames(node: TSESTree.Node): ReadonlySet<string> {
  let program: TSESTree.Node = node;
  while (program.parent) program = program.parent;
  let names = staticClassesCache.get(program);
  if (!names) {
    const found = new Set<string>();
    // the root of a Vue template's expressions is no `Program`: its classes are the script's, not read here
    const { body } = program as { body?: unknown };
    for (const statement of Array.isArray(body) ? (body as TSESTree.ProgramStatement[]) : []) {
      const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
      if (declaration?.type !== AST_NODE_TYPES.ClassDeclaration || !declaration.id) continue;
      if (declaration.body.body.some((member) => member.type === AST_NODE_TYPES.PropertyDefinition && member.static)) found.add(declaration.id.name);
    }
    names = found;
    staticClassesCache.set(program, names);
  }
  return names;
}

/**
 * `AppConstants.TOKEN` where `AppConstants` is a class declared at the top level of the file whose static field `TOKEN`
 * holds a literal or a name or member chain (`static readonly TOKEN = '…'`), and nothing in the file
 * writes a member of that name.
 */
function staticFieldValue(node: TSESTree.MemberExpression, owner: TSESTree.Identifier, scope: Scope): TSESTree.Expression | undefined {
  if (!staticClassNames(node).has(owner.name)) return undefined;
  const name = memberName(node);
  if (name === undefined) return undefined;
  const def = ASTUtils.findVariable(scope, owner)?.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.ClassName || def.node.type !== AST_NODE_TYPES.ClassDeclaration) return undefined;
  const body = def.node.body;
  let value: TSESTree.Expression | undefined;
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.StaticBlock) return undefined;
    if (member.type === AST_NODE_TYPES.TSIndexSignature || !member.static || keyName(member) !== name) continue;
    if (member.type !== AST_NODE_TYPES.PropertyDefinition || value || !member.value) return undefined;
    value = member.value;
  }
  return value && isFieldSource(value) && (memberWrites(body).counts.get(name) ?? 0) === 0 ? value : undefined;
}
