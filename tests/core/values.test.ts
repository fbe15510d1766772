import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { valuesOf, type ValueOrigin } from '../../src/core/values/resolver.js';
import { lintProbe, probe as probeRule } from './probe.js';

interface Answer {
  text: string | undefined;
  origin: string;
  object: string[] | undefined;
  member: string | undefined;
  names: string[];
}

function describeOrigin(origin: ValueOrigin): string {
  switch (origin.kind) {
    case 'binding':
      return `binding ${origin.name}@${String(origin.declarator.loc.start.line)}`;
    case 'env':
      return `env ${origin.object}.${origin.name}`;
    case 'parameter':
      return `parameter ${origin.name}`;
    default:
      return origin.kind;
  }
}

/** Lints `code` with a rule that asks the resolver about the argument of every `probe(…)` call. */
function probe(code: string): Answer[] {
  const out: Answer[] = [];
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
    create(context) {
      const values = valuesOf(context);
      expect(valuesOf(context)).toBe(values); // one resolver per file
      function ask(arg: TSESTree.Node): void {
          const object = values.object(arg);
          const member = arg.type === AST_NODE_TYPES.MemberExpression ? values.member(arg) : undefined;
          out.push({
            text: values.text(arg),
            origin: describeOrigin(values.origin(arg)),
            object: object?.properties.map((p) => context.sourceCode.getText(p.type === AST_NODE_TYPES.Property ? p.key : p)),
            member: member && context.sourceCode.getText(member),
            names: values.names(arg),
          });
          expect(values.origin(arg)).toBe(values.origin(arg)); // cached
      }
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const [arg] = node.arguments;
          if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe' && arg) ask(arg);
        },
        // `const probed_x = …`: the initialiser itself, where a value's declaration names it
        VariableDeclarator(node: TSESTree.VariableDeclarator) {
          if (node.id.type === AST_NODE_TYPES.Identifier && node.id.name.startsWith('probed') && node.init) ask(node.init);
        },
      };
    },
  });
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [
    {
      files: ['**/*.ts'],
      plugins: { t: { rules: { probe: rule as unknown as import('eslint').Rule.RuleModule } } }, // RuleCreator-shaped rule, an ESLint rule at run time
      rules: { 't/probe': 'error' },
      languageOptions: { parser: tsParser as unknown as Linter.Parser }, // the TS parser is a Linter parser at run time
    },
  ], { filename: 'file.ts' });
  expect(messages).toEqual([]);
  return out;
}

describe('the value resolver', () => {
  it('knows text written in place, and says it is literal', () => {
    expect(probe("probe('a' + `b${'c'}`);")).toEqual([{ text: 'abc', origin: 'literal', object: undefined, member: undefined, names: [] }]);
  });

  it('follows bindings and aliases to the declaration that holds the value', () => {
    const [answer] = probe("const A = 'x1';\nconst B = A;\nprobe(B);");
    expect(answer).toMatchObject({ text: 'x1', origin: 'binding A@1', names: ['B'] });
  });

  it('follows a let that is never reassigned, not one that is', () => {
    expect(probe("let a = 'k';\nprobe(a);")[0]).toMatchObject({ text: 'k', origin: 'binding a@1' });
    expect(probe("let a = 'k';\na = other();\nprobe(a);")[0]).toMatchObject({ text: undefined, origin: 'runtime' });
  });

  it('reads environment variables, not a local `process`', () => {
    expect(probe('probe(process.env.MP_ACCESS_TOKEN);')[0]).toMatchObject({ origin: 'env process.env.MP_ACCESS_TOKEN', names: ['MP_ACCESS_TOKEN'] });
    expect(probe("probe(import.meta.env['VITE_KEY']);")[0]).toMatchObject({ origin: 'env import.meta.env.VITE_KEY', names: ['VITE_KEY'] });
    expect(probe('const process = { env: {} };\nprobe(process.env.X);')[0]).toMatchObject({ origin: 'runtime' });
  });

  it('tells parameters from run-time values', () => {
    expect(probe('function f(token: string) { probe(token); }')[0]).toMatchObject({ origin: 'parameter token', names: ['token'] });
    expect(probe('probe(getToken());')[0]).toMatchObject({ origin: 'runtime', names: ['getToken'] });
  });

  it('resolves objects and member chains through bindings', () => {
    const code = "const CONFIG = { vtex: { appKey: 'k', appToken: 'T0k' } };\nconst C = CONFIG;\nprobe(C.vtex);\nprobe(C.vtex.appToken);";
    const [object, member] = probe(code);
    expect(object).toMatchObject({ object: ['appKey', 'appToken'], member: "{ appKey: 'k', appToken: 'T0k' }" });
    expect(member).toMatchObject({ text: 'T0k', member: "'T0k'", names: ['appToken'] });
  });

  it('takes the last property of a name, and gives up behind a spread', () => {
    expect(probe("const O = { a: '1', a: '2' };\nprobe(O.a);")[0]).toMatchObject({ member: "'2'" });
    expect(probe("const O = { a: '1', ...rest };\nprobe(O.a);")[0]).toMatchObject({ member: undefined });
  });

  it('names storage reads, pass-through calls and the variable a value initialises', () => {
    expect(probe("probe(localStorage.getItem('access_token'));")[0]?.names).toEqual(['access_token']);
    expect(probe('probe(encodeURIComponent(this.apiKey));')[0]?.names).toEqual(['apiKey']);
    expect(probe('const probedAccessToken = sign() as string;')[0]?.names).toEqual(['sign', 'probedAccessToken']);
    expect(probe('const probedKey = (sign());')[0]?.names).toEqual(['sign', 'probedKey']);
  });

  it('gives the value a binding holds, and the declaration that binds it', () => {
    const seen: string[] = [];
    const code = "const A = 'x1';\nconst B = A;\nlet c = 'k';\nc = other();\nfunction f(p) { return p; }\nuse(A, B, c, f, undeclared);";
    probeRule(code, (context) => {
      const values = valuesOf(context);
      return {
        'CallExpression[callee.name="use"] > Identifier.arguments'(id: TSESTree.Identifier) {
          const bound = values.bound(id);
          const declaration = values.declaration(id);
          seen.push(`${id.name}: ${bound ? context.sourceCode.getText(bound) : '-'} @${declaration ? String(declaration.loc.start.line) : '-'}`);
        },
      };
    });
    // one step only (B is bound to A, not to A's value); a reassigned `let`, a function, a global: nothing
    expect(seen).toEqual(["A: 'x1' @1", 'B: A @2', 'c: - @-', 'f: - @-', 'undeclared: - @-']);
  });
});

describe('bindings known without a const (bindings.ts)', () => {
  it('knows a class field holding a literal, or the constructor\'s one top-level assignment', () => {
    const code = "class A {\n  f = 'v1';\n  #p = `v2`;\n  g: string;\n  constructor() { this.g = 'v3'; }\n  m() { probe(this.f); probe(this.#p); probe(this['g']); probe(this.h); }\n}";
    expect(probe(code).map((a) => [a.text, a.origin])).toEqual([['v1', 'literal'], ['v2', 'literal'], ['v3', 'literal'], [undefined, 'runtime']]);
  });

  it('gives up where the instance or the field may be something else', () => {
    const cases = [
      "class A {\n  f = 'v1';\n  m() { return function () { probe(this.f); }; }\n}",
      "class A {\n  static f = 'v1';\n  static m() { probe(this.f); }\n}",
      "class A {\n  f = 'v1';\n  m(o) { o.f = 2; probe(this.f); }\n}",
      "class A {\n  f = 'v1';\n  get f2() { return 1; }\n  m() { this[k] = 1; probe(this.f); }\n}",
      "class A {\n  f = 'v1';\n  constructor(o) { Object.defineProperty(this, 'f', o); }\n  m() { probe(this.f); }\n}",
      "class A {\n  f = read();\n  m() { probe(this.f); }\n}",
      "class A {\n  get f() { return 'v1'; }\n  m() { probe(this.f); }\n}",
      "class A {\n  constructor() { if (x) { this.f = 'v1'; } }\n  m() { probe(this.f); }\n}",
      "probe(this.f);",
    ];
    expect(cases.map((code) => probe(code)[0]?.text)).toEqual(cases.map(() => undefined));
  });

  it('knows a let only ever given one text, and nothing more', () => {
    expect(probe("let a = null;\nfunction f() { a = 'k1'; }\nprobe(a);")[0]).toMatchObject({ text: 'k1', origin: 'literal' });
    expect(probe("let a = 'k1';\na = 'k1';\nprobe(a);")[0]).toMatchObject({ text: 'k1', origin: 'literal' });
    expect(probe("let a = 'k1';\na = 'k2';\nprobe(a);")[0]).toMatchObject({ text: undefined, origin: 'runtime' });
    expect(probe("let a = 'k1';\na = /k/u;\nprobe(a);")[0]).toMatchObject({ text: undefined });
    expect(probe("let a = 'k1';\na++;\nprobe(a);")[0]).toMatchObject({ text: undefined });
    expect(probe("let a = 'k1';\nfor (a of list);\nprobe(a);")[0]).toMatchObject({ text: undefined });
  });
});

describe('boundObject: the object literal through bindings alone', () => {
  /** The keys of `boundObject(…)` and of `object(…)` for the argument of every `probe(…)` call. */
  function objects(code: string): { bound: string | undefined; object: string | undefined }[] {
    const out: { bound: string | undefined; object: string | undefined }[] = [];
    lintProbe(code, (context) => ({
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe' || !arg) return;
        const values = valuesOf(context);
        const keys = (object: TSESTree.ObjectExpression | undefined): string | undefined =>
          object && object.properties.map((p) => context.sourceCode.getText(p.type === AST_NODE_TYPES.Property ? p.key : p)).join(',');
        out.push({ bound: keys(values.boundObject(arg)), object: keys(values.object(arg)) });
      },
    }));
    return out;
  }

  it('follows four bindings at most: the literal and three aliases (as no-token-in-url always did)', () => {
    const code = [
      'const p0 = { a: 1 };',
      ...[1, 2, 3, 4, 5].map((i) => `const p${String(i)} = p${String(i - 1)} as object;`),
      ...[0, 1, 2, 3, 4, 5].map((i) => `probe(p${String(i)});`),
    ].join('\n');
    expect(objects(code).map((o) => o.bound)).toEqual(['a', 'a', 'a', 'a', undefined, undefined]);
    // object() follows longer chains
    expect(objects(code).map((o) => o.object)).toEqual(['a', 'a', 'a', 'a', 'a', 'a']);
  });

  it('reads no member chain, where object() does', () => {
    const code = "const CONFIG = { req: { params: { k: 1 } } };\nprobe(CONFIG.req);\nprobe({ b: 2 });\nlet v = { c: 3 };\nv = other();\nprobe(v);";
    expect(objects(code)).toEqual([
      { bound: undefined, object: 'params' },
      { bound: 'b', object: 'b' },
      { bound: undefined, object: undefined },
    ]);
  });

  it('gives the value a binding holds, as written', () => {
    const seen: string[] = [];
    lintProbe("const a = ('x' as string);\nlet b = 1;\nb = 2;\nprobe(a, b, c);", (context) => ({
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe') return;
        for (const arg of node.arguments) {
          const bound = arg.type === AST_NODE_TYPES.Identifier ? valuesOf(context).bound(arg) : undefined;
          seen.push(bound ? context.sourceCode.getText(bound) : '-');
        }
      },
    }));
    expect(seen).toEqual(["'x' as string", '-', '-']); // the TS wrapper kept; a reassigned let and an unknown global have none
  });
});
