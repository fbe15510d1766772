/**
 * Property-based fuzzing of every rule (issue 7): generated programs put credential shapes into random
 * syntactic positions (tests/fuzz/programs.ts); each is linted with every rule and checked for
 * crashes, fix and suggestion outputs that do not parse, fixes that are not idempotent, and leaked
 * secrets (tests/fuzz/lint.ts). `npm test` runs a few thousand programs; `npm run fuzz` runs 100k+
 * through scripts/fuzz.mjs, which sets FUZZ_RUNS, FUZZ_SEED and FUZZ_TARGET=dist (the built package).
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_FORMATS, identify } from '../../src/core/credentials/catalogue.js';
import srcPlugin from '../../src/index.js';
import type { Rule } from 'eslint';
import { fake } from '../fixtures/fake.js';
import { checkProgram, createLinting, emptyStats, leakedPart, type Target } from './lint.js';
import { programArb, valueArb, type Program } from './programs.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

async function loadTarget(): Promise<Target> {
  if (process.env.FUZZ_TARGET !== 'dist') return { plugin: srcPlugin };
  const distPath = fileURLToPath(new URL('../../dist/index.mjs', import.meta.url)); // a variable: tsc runs before the build
  const built = (await import(distPath)) as { default: typeof srcPlugin }; // the build has the sources' public shape
  return { plugin: built.default };
}

describe('the generators', () => {
  const values = fc.sample(valueArb, { numRuns: 3000, seed: 7 });

  it('produce every catalogued format, placeholders and near-misses', () => {
    const formats = new Set(values.map((v) => identify(v.text, { hasAwsKeyId: () => true })?.format.id).filter((id) => id !== undefined));
    expect([...formats].sort()).toEqual(BUILTIN_FORMATS.map((f) => f.id).sort());
    expect(new Set(values.map((v) => v.kind))).toEqual(new Set(['credential', 'placeholder', 'near-miss']));
  });

  it('produce every language and both presets', () => {
    const programs = fc.sample(programArb, { numRuns: 300, seed: 7 });
    expect(new Set(programs.map((p) => p.lang))).toEqual(new Set(['js', 'jsx', 'ts', 'tsx', 'vue-ts', 'vue-js']));
    expect(new Set(programs.map((p) => p.preset))).toEqual(new Set(['recommended', 'strict']));
  });

  it('catch a leak: the whole value, or any 8-character run past the public prefix', () => {
    const secret = 'sk_live_0a1B2c3D4e5F6g7H8i9J';
    expect(leakedPart(`key ${secret}`, secret)).toBe(secret);
    expect(leakedPart('…c3D4e5F6…', secret)).toBe('c3D4e5F6');
    expect(leakedPart('sk_live_…9J (Stripe secret key, 28 chars)', secret)).toBeUndefined();
    // a near-miss in capitals keeps its prefix's words, which a name in the same program may hold
    const capitals = 'SB_SECRET_PKVULDLFECAVT1RYGWQJEZ_KDDTANZS';
    expect(leakedPart("'VITE_STRIPE_SECRET_KEY' names a secret", capitals)).toBeUndefined();
    expect(leakedPart('…PKVULDLF…', capitals)).toBe('PKVULDLF');
    // a run across the prefix and the body's first letter, which a name in the program holds too
    // (FUZZ_SEED=-596549521): no evidence; the same run is a leak when the code holds it nowhere else
    const straddle = 'SB_SECRET_KVULDLFECAVT1RYGWQJEZ_PDDTANZS';
    const code = `const k = process.env.STRIPE_SECRET_KEY;\nconst v = '${straddle}';`;
    expect(leakedPart("The secret 'STRIPE_SECRET_KEY' is read", straddle, [], code.replace(straddle, ''))).toBeUndefined();
    expect(leakedPart("The secret 'STRIPE_SECRET_KEY' is read", straddle)).toBe('SECRET_K');
    expect(leakedPart('…KVULDLFE…', straddle, [], code.replace(straddle, ''))).toBe('KVULDLFE');
    // a run the plugin's own wording holds (FUZZ_SEED=1988757347: a mangled Midtrans prefix keeps
    // ` server-`, which a message prints of its own): no evidence; the body's runs still are
    const mangled = 'Mid server-DiZubL5dgE0D7rjiwwcfErQB';
    const message = "'$env/dynamic/private' holds server-only variables but is imported in browser code";
    expect(leakedPart(message, mangled, [], '', '\u0000 holds server-only variables but is imported in browser code')).toBeUndefined();
    expect(leakedPart(message, mangled)).toBe(' server-');
    expect(leakedPart(`${message}: …ZubL5dgE…`, mangled, [], '', ' holds server-only variables')).toBe('ZubL5dgE');
  });
});

describe('the checker', () => {
  const secret = fake.stripeSecret(11);
  const program: Program = {
    lang: 'ts',
    filename: 'src/server/pay.ts',
    code: `const key: string = '${secret}';\nexport { key };\n`,
    values: [{ text: secret, kind: 'credential' }],
    preset: 'recommended',
    settings: 'none',
  };
  const literalRule = (report: (context: Rule.RuleContext, node: Rule.Node) => void): Rule.RuleModule => ({
    meta: { fixable: 'code', hasSuggestions: true, messages: { m: '{{text}}' }, schema: [] },
    create: (context) => ({ Literal: (node) => { report(context, node); } }),
  });
  const targetWith = (rule: Rule.RuleModule): Target => ({
    plugin: {
      rules: { bad: rule },
      configs: { recommended: { rules: { 'credentials/bad': 'error' } }, strict: { rules: { 'credentials/bad': 'error' } } },
    },
  });
  const check = (rule: Rule.RuleModule) => () => {
    checkProgram(createLinting(targetWith(rule)), program, emptyStats());
  };

  it('passes a rule that reports with a fingerprint and a parsing fix', () => {
    const rule = literalRule((context, node) => {
      context.report({ node, messageId: 'm', data: { text: 'sk_live_…x (Stripe secret key)' }, fix: (fixer) => fixer.replaceText(node, 'process.env.KEY') });
    });
    expect(check(rule)).not.toThrow();
  });

  it('fails a rule that throws', () => {
    const rule = literalRule(() => {
      throw new Error('boom');
    });
    expect(check(rule)).toThrow(/a rule threw: .*boom/u);
  });

  it('fails a rule that prints the secret in its message or only in its data', () => {
    const inMessage = literalRule((context, node) => {
      context.report({ node, messageId: 'm', data: { text: String((node as { value: unknown }).value) } });
    });
    expect(check(inMessage)).toThrow(/prints/u);
    const inData = literalRule((context, node) => {
      context.report({ node, message: 'found', data: { value: String((node as { value: unknown }).value).slice(20, 30) } });
    });
    expect(check(inData)).toThrow(/prints/u);
  });

  it('fails a suggestion or a fix whose output does not parse', () => {
    const badSuggestion = literalRule((context, node) => {
      context.report({ node, messageId: 'm', data: { text: 'x' }, suggest: [{ desc: 'Break it.', fix: (fixer) => fixer.replaceText(node, "'unterminated") }] });
    });
    expect(check(badSuggestion)).toThrow(/suggestion "Break it." .* does not parse/u);
    const badFix = literalRule((context, node) => {
      context.report({ node, messageId: 'm', data: { text: 'x' }, fix: (fixer) => fixer.insertTextAfter(node, ' +') });
    });
    expect(check(badFix)).toThrow(/autofix .* does not parse/u);
  });

  it('fails fixes that change the code again when applied twice', () => {
    const rule = literalRule((context, node) => {
      // wraps the literal again on every pass: never settles
      if (typeof (node as { value: unknown }).value !== 'string') return;
      context.report({ node, messageId: 'm', data: { text: 'x' }, fix: (fixer) => fixer.replaceText(node, `(${context.sourceCode.getText(node)})`) });
    });
    expect(check(rule)).toThrow(/twice/u);
  });
});

describe('every rule on generated programs', () => {
  it(
    `survives ${String(RUNS)} programs: no throw, fixes and suggestions parse, fixes are idempotent, no secret printed`,
    async () => {
      const linting = createLinting(await loadTarget());
      const stats = emptyStats();
      fc.assert(
        fc.property(programArb, (program) => {
          checkProgram(linting, program, stats);
        }),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      console.log(`fuzz: ${JSON.stringify(stats)}`);
      expect(stats.programs).toBeGreaterThanOrEqual(RUNS);
    },
    Math.max(120_000, RUNS * 100), // generous: npm test runs other files beside it on two cores
  );
});
