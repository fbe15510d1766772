/**
 * No rule rescans the file per node: while a rule's `create()` or listeners run, every whole-text
 * operation (a regex or a string search over `sourceCode.text`, `getAllComments()`) is counted, and the
 * count must not grow with the size of the file. A count, not a duration: speed is measured by
 * `npm run bench` only.
 */
import type { Rule } from 'eslint';
import { SourceCode } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathologicalInputs, typicalFile } from '../../scripts/bench/inputs.mjs';
import { lintAllChecked as lintAll } from './lint.js';

let depth = 0;
let text = '';
let scans = 0;
const where = new Map<string, number>();

function count(kind: string): void {
  scans += 1;
  where.set(kind, (where.get(kind) ?? 0) + 1);
}

/** Runs `fn` as rule code: whole-text operations inside it are counted. */
function asRule<T>(fn: () => T): T {
  depth += 1;
  try {
    return fn();
  } finally {
    depth -= 1;
  }
}

function counting(rule: Rule.RuleModule): Rule.RuleModule {
  return {
    ...rule,
    create(context) {
      text = context.sourceCode.text;
      const listeners = asRule(() => rule.create(context));
      const wrapped: Record<string, (...args: unknown[]) => unknown> = {};
      for (const [selector, listener] of Object.entries(listeners)) {
        const fn = listener as (...args: unknown[]) => unknown; // every listener is a function
        wrapped[selector] = (...args) => asRule(() => fn(...args));
      }
      return wrapped;
    },
  };
}

const isWholeText = (value: unknown): boolean => depth > 0 && typeof value === 'string' && value.length === text.length && value === text;

type Method = (this: unknown, ...args: unknown[]) => unknown;
const restore: (() => void)[] = [];

function patch(target: object, name: string, kind: string, test: (self: unknown, args: unknown[]) => boolean): void {
  const owner = target as Record<string, Method>;
  const original = owner[name];
  if (typeof original !== 'function') throw new Error(`no method ${name}`);
  owner[name] = function (this: unknown, ...args: unknown[]) {
    if (test(this, args)) count(kind);
    return original.apply(this, args);
  };
  restore.push(() => {
    owner[name] = original;
  });
}

beforeAll(() => {
  // RegExp#test, String#match, #replace, #split with a regex … all go through RegExp#exec.
  patch(RegExp.prototype, 'exec', 'RegExp#exec', (_self, [value]) => isWholeText(value));
  for (const name of ['includes', 'indexOf', 'lastIndexOf', 'split', 'search', 'match', 'matchAll', 'replace', 'replaceAll', 'toLowerCase', 'toUpperCase', 'trim', 'normalize']) {
    patch(String.prototype, name, `String#${name}`, (self) => isWholeText(self));
  }
  patch(SourceCode.prototype, 'getAllComments', 'getAllComments()', () => depth > 0);
});

afterAll(() => {
  for (const undo of restore.reverse()) undo();
});

function scansOf(code: string, filename: string): { scans: number; where: Record<string, number> } {
  scans = 0;
  where.clear();
  const messages = lintAll(code, filename, counting);
  expect(messages.filter((m) => m.fatal === true)).toEqual([]);
  return { scans, where: Object.fromEntries(where) };
}

describe('whole-text operations do not grow with the file', () => {
  it('sees a scan when a rule makes one (the counter works)', () => {
    const probe: Rule.RuleModule = {
      meta: { schema: [] },
      create(context) {
        return { Literal: () => void /x/u.test(context.sourceCode.text) };
      },
    };
    scans = 0;
    const wrapped = counting(probe);
    // Run the probe as if ESLint did: create, then one listener call per literal.
    const context = { sourceCode: { text: "const a = 'x';" } } as unknown as Rule.RuleContext;
    const listeners = wrapped.create(context) as Record<string, () => void>;
    listeners.Literal?.();
    listeners.Literal?.();
    expect(scans).toBe(2);
  });

  it('the AWS key id look-up scans the text at most once per file, however many candidate values', () => {
    // 40 mixed-case base64 characters: the shape of an AWS secret access key, only a credential when
    // the file also holds an access key id, which the core looks up once per file, lazily.
    const file = (n: number): string =>
      `'use client';\n${Array.from({ length: n }, (_, i) => `export const awsSecretAccessKey${i} = '${`Zq${i}Yp`.padEnd(40, 'Wx')}';\n`).join('')}`;
    const few = scansOf(file(2), 'src/components/aws-few.ts');
    const many = scansOf(file(50), 'src/components/aws-many.ts');
    expect(many).toEqual(few);
    // The rules' whole-file pre-checks in create() (src/core/prechecks/text.ts, cached per file and pattern, shared
    // between the rules that ask the same question): the two unions of the default patterns
    // (core/prechecks/defaults.ts), then, in a file that matches them, header names, private shapes, split
    // literals, the client's signals and server SDK names, secret names, the places that read them, the
    // client's secret headers; then the AWS look-up. Never one per candidate value.
    const precheckPatterns = 2 + 8;
    expect(few.scans).toBeLessThanOrEqual(precheckPatterns + 1);
  });

  it('a file that mentions nothing the rules look for costs two scans, whatever its size', () => {
    const file = (n: number): string => Array.from({ length: n }, (_, i) => `export const sum${i} = (a: number, b: number): number => a + b;\n`).join('');
    for (const n of [1, 100]) expect(scansOf(file(n), 'src/lib/sum.ts')).toEqual({ scans: 2, where: { 'RegExp#exec': 2 } });
  });

  it('a typical file at 2x and at 20x', () => {
    const small = typicalFile(2);
    const large = typicalFile(20);
    expect(scansOf(large.code, large.filename)).toEqual(scansOf(small.code, small.filename));
  });

  const small = pathologicalInputs({ size: 4_096, depth: 50, headers: 100 });
  const large = pathologicalInputs({ size: 40_960, depth: 500, headers: 1_000 });
  it.each(small.map((input, i) => [input.name.replace(/\d+/gu, 'N'), input, large[i]] as const))('%s at 1x and 10x', (_name, a, b) => {
    if (!b) throw new Error('the two scales have the same inputs');
    expect(scansOf(b.code, b.filename)).toEqual(scansOf(a.code, a.filename));
  });
});
