import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { ASTUtils, AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constantOrigin, propertyName, staticPieces, staticString, stringParts, syntacticParts } from '../../src/core/values/static.js';
import { lintProbe } from './probe.js';

interface Probe {
  value: string | undefined;
  /** What `getStaticValue` alone gives, when it is a string. */
  reference: string | undefined;
  parts: string[];
  origin: number | undefined;
  /** `staticPieces`: text pieces as they are, node pieces as `<source>`. */
  pieces: string[] | undefined;
}

/** Lints `code` with a rule that evaluates the argument of every `probe(…)` call. */
function probe(code: string): Probe[] {
  const out: Probe[] = [];
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
    create(context) {
      return {
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe') return;
          const [arg] = node.arguments;
          if (!arg) return;
          const scope = context.sourceCode.getScope(node);
          out.push({
            value: staticString(arg, scope),
            reference: ((v) => (typeof v === 'string' ? v : undefined))(ASTUtils.getStaticValue(arg, scope)?.value),
            parts: stringParts(arg, scope).map((p) => (p.kind === 'text' ? p.value : `<${context.sourceCode.getText(p.node)}>`)),
            origin: constantOrigin(arg, scope)?.loc.start.line,
            pieces: staticPieces(arg, scope)?.map((p) => (typeof p === 'string' ? p : `<${context.sourceCode.getText(p)}>`)),
          });
          // cached: a second call gives the same objects
          expect(stringParts(arg, scope)).toBe(stringParts(arg, scope));
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
  ], { filename: 'probe.ts' });
  expect(messages).toEqual([]);
  return out;
}

describe('staticString and stringParts', () => {
  it('reads literals, templates, concatenation and const aliases of aliases', () => {
    const [literal, template, concat, alias] = probe(`
      const A = 'tok' + 'en';
      const B = A;
      const C = B;
      probe('plain');
      probe(\`x-\${'y'}\`);
      probe('a' + 1 + 'b');
      probe(\`Bearer \${C}\`);
    `);
    expect(literal).toMatchObject({ value: 'plain', parts: ['plain'] });
    expect(template).toMatchObject({ value: 'x-y', parts: ['x-y'] });
    expect(concat).toMatchObject({ value: 'a1b', parts: ['a1b'] });
    expect(alias).toMatchObject({ value: 'Bearer token', parts: ['Bearer token'] });
  });

  it('cuts partly dynamic strings into text and holes, following const initialisers', () => {
    const [concat, template, viaConst, nested, asExpr] = probe(`
      declare const token: string;
      declare const api: string;
      const base = api + '/me?access_token=';
      probe('https://x.test/me?access_token=' + token);
      probe(\`\${api}/me?access_token=\${token}&x=1\`);
      probe(base + token);
      probe(('a' + (token + '&b=')) + 'c');
      probe((token as string) + '!');
    `);
    expect(concat?.value).toBeUndefined();
    expect(concat?.parts).toEqual(['https://x.test/me?access_token=', '<token>']);
    expect(template?.parts).toEqual(['<api>', '/me?access_token=', '<token>', '&x=1']);
    expect(viaConst?.parts).toEqual(['<api>', '/me?access_token=', '<token>']);
    expect(nested?.parts).toEqual(['a', '<token>', '&b=c']);
    expect(asExpr?.parts).toEqual(['<token>', '!']);
  });

  it('leaves let bindings that are reassigned, and calls, as holes', () => {
    const [reassigned, call, neverReassigned] = probe(`
      let a = 'x';
      a = String(Math.random());
      let b = 'fixed';
      probe(a);
      probe(read());
      probe(b);
    `);
    expect(reassigned).toMatchObject({ value: undefined, parts: ['<a>'] });
    expect(call).toMatchObject({ value: undefined, parts: ['<read()>'] });
    expect(neverReassigned).toMatchObject({ value: 'fixed', parts: ['fixed'] });
  });

  it('unwraps TS assertions around static values', () => {
    const [asConst, nonNull, satisfies] = probe(`
      const K = 'k' as const;
      probe(K as string);
      probe(K!);
      probe(('v' satisfies string));
    `);
    expect(asConst?.value).toBe('k');
    expect(nonNull?.value).toBe('k');
    expect(satisfies?.value).toBe('v');
  });

  it('composes template literals from their holes, and knows a hole that is not static', () => {
    const [chain, dynamic, numeric] = probe(`
      declare const v: string;
      const A = 'https://x.test/v1?a=1';
      const B = \`\${A}&b=2\`;
      const D = \`\${B}&d=\${v}\`;
      probe(\`\${B}&c=3\`);
      probe(\`\${D}&e=5\`);
      probe(\`n=\${1 + 1}\`);
    `);
    expect(chain).toMatchObject({ value: 'https://x.test/v1?a=1&b=2&c=3', parts: ['https://x.test/v1?a=1&b=2&c=3'] });
    expect(dynamic).toMatchObject({ value: undefined, parts: ['https://x.test/v1?a=1&b=2&d=', '<v>', '&e=5'] });
    // a hole of another static type: getStaticValue turns it into text
    expect(numeric?.value).toBe('n=2');
  });

  it('gives what getStaticValue gives, for any mix of literals, bindings, templates and +', () => {
    // expressions over earlier bindings: strings, numbers, a dynamic value, an unknown global, a reassigned let
    const leaf = (i: number): fc.Arbitrary<string> =>
      fc.oneof(fc.constantFrom("'a'", "'&k=v'", '1', 'v', 'undefined', 'r', 'null'), ...(i > 0 ? [fc.integer({ min: 0, max: i - 1 }).map((j) => `c${j}`)] : []));
    const expr = (i: number): fc.Arbitrary<string> =>
      fc.letrec<{ e: string }>((tie) => ({
        e: fc.oneof(
          { depthSize: 'small' },
          leaf(i),
          fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(${a} + ${b})`),
          fc.tuple(tie('e'), tie('e')).map(([a, b]) => `\`\${${a}}-\${${b}}\``),
          tie('e').map((a) => `(${a} as string)`),
        ),
      })).e;
    const program = fc
      .integer({ min: 1, max: 6 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => expr(i))))
      .map((inits) => [
        'declare const v: string;',
        "let r = 'x'; r = v;",
        ...inits.map((init, i) => `${i % 2 ? 'let' : 'const'} c${i} = ${init};`),
        ...inits.map((_, i) => `probe(c${i});`),
      ].join('\n'));
    fc.assert(
      fc.property(program, (code) => {
        for (const p of probe(code)) expect(p.value).toBe(p.reference);
      }),
      { numRuns: 600, seed: 6161 },
    );
  });

  it('names the pieces a known value is composed of, and none for one read whole', () => {
    const [concat, template, alias, literal, numeric, dynamic] = probe(`
      declare const v: string;
      const A = 'https://x.test/v1?a=1';
      probe(A + '&b=2');
      probe(\`\${A}&c=\${'3'}\`);
      probe(A);
      probe('plain');
      probe(1 + 'x');
      probe(A + v);
    `);
    expect(concat?.pieces).toEqual(['<A>', "<'&b=2'>"]);
    expect(template?.pieces).toEqual(['', '<A>', '&c=', "<'3'>", '']);
    expect(alias?.pieces).toEqual(["<'https://x.test/v1?a=1'>"]);
    expect(literal?.pieces).toBeUndefined();
    // a number on one side: the value comes from getStaticValue, read whole
    expect(numeric).toMatchObject({ value: '1x', pieces: undefined });
    expect(dynamic?.pieces).toBeUndefined();
  });

  it('stops on self-referencing bindings', () => {
    const [cycle] = probe(`
      const a: string = a + 'x';
      probe(a);
    `);
    // the second visit of the initialiser becomes a hole instead of recursing forever
    expect(cycle?.parts).toEqual(["<a + 'x'>", 'x']);
  });
});

describe('constantOrigin', () => {
  it('finds the declarator at the end of an alias chain', () => {
    const [chain, direct, notConst] = probe(`
      const SECRET = 'x';
      const ALIAS = SECRET;
      probe(ALIAS);
      probe('literal');
      probe(unknownThing);
    `);
    expect(chain?.origin).toBe(2);
    expect(direct?.origin).toBeUndefined();
    expect(notConst?.origin).toBeUndefined();
  });
});

describe('propertyName', () => {
  it('names static keys and members', () => {
    const names: (string | undefined)[] = [];
    const rule = ESLintUtils.RuleCreator.withoutDocs({
      meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
      create(context) {
        return {
          Property(node: TSESTree.Property) {
            names.push(propertyName(node, context.sourceCode.getScope(node)));
          },
        };
      },
    });
    const linter = new Linter({ configType: 'flat' });
    linter.verify("const K = 'Auth'; ({ a: 1, 'b-c': 2, [K]: 3, [dyn]: 4 });", [
      { plugins: { t: { rules: { p: rule as unknown as import('eslint').Rule.RuleModule } } }, rules: { 't/p': 'error' } }, // see above
    ]);
    expect(names).toEqual(['a', 'b-c', 'Auth', undefined]);
  });
});

describe('syntacticParts', () => {
  it('cuts an expression as written: its own literals and quasis, every other expression a hole, no binding followed', () => {
    const seen: string[][] = [];
    lintProbe("const A = 'a=1';\nprobe(A + '&b=' + (t as string) + `&c=${'x'}${u}`);\nprobe('lit');\nprobe(42);", (context) => ({
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe' || !arg) return;
        seen.push(syntacticParts(arg).map((p) => (p.kind === 'text' ? p.value : `<${context.sourceCode.getText(p.node)}>`)));
      },
    }));
    expect(seen).toEqual([['<A>', '&b=', '<t as string>', '&c=', 'x', '<u>'], ['lit'], ['<42>']]);
  });
});
