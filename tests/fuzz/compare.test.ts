/**
 * The comparison behind `npm run fuzz:compare` (tests/fuzz/compare.ts): a build compared with itself
 * differs nowhere, and a report list altered in memory shows each alteration as lost, gained or
 * changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import srcPlugin from '../../src/index.js';
import { fake } from '../fixtures/fake.js';
import { addTo, diffReports, emptyTotals, formatDifference, isSame, merge, programComparer, programLinter, type Report } from './compare.js';
import { programArb, type Program } from './programs.js';

const target = { plugin: srcPlugin };

describe('a build compared with itself', () => {
  it('has no difference on generated programs, and compares every report', () => {
    const compare = programComparer(target, target);
    const totals = emptyTotals();
    for (const program of fc.sample(programArb, { numRuns: 30, seed: 11 })) {
      const c = compare(program);
      addTo(totals, c.base, c.next, c.diff);
    }
    expect(totals.items).toBe(30);
    expect(totals.baseReports).toBeGreaterThan(10); // the programs do hold findings
    expect(totals).toMatchObject({ newReports: totals.baseReports, identical: totals.baseReports, lost: 0, gained: 0, changed: 0, differing: 0 });
  });
});

describe('an altered report list', () => {
  // Server code with tokens in URLs (autofixes) and a hard-coded header (a suggestion).
  const secret = fake.stripeSecret(3);
  const program: Program = {
    lang: 'ts',
    filename: 'server/pay.ts',
    code: [
      "export const load = (token: string) => fetch('https://api.mercadopago.com/v1/payments/search?access_token=' + token);",
      `export const pay = () => fetch('https://api.stripe.com/v1/charges', { headers: { Authorization: 'Bearer ${secret}' } });`,
      "export const again = () => fetch('https://api.mercadopago.com/v1/payments/search?access_token=' + process.env.MP_ACCESS_TOKEN);",
      '',
    ].join('\n'),
    values: [{ text: secret, kind: 'credential' }],
    preset: 'strict',
    settings: 'none',
  };
  const base = programLinter(target)(program);
  const withSuggestion = base.find((r) => r.suggestions.length > 0);
  const withFix = base.find((r) => r.fix !== null);

  it('starts from real reports', () => {
    expect(base.map((r) => `${r.ruleId}/${r.messageId ?? ''}`)).toEqual([
      'credentials/no-token-in-url/tokenInQuery',
      'credentials/no-hardcoded-auth-header/hardcoded',
      'credentials/no-token-in-url/tokenInQuery',
    ]);
    expect(withFix).toBeDefined();
    expect(withSuggestion).toBeDefined();
    expect(diffReports(base, base)).toEqual({ identical: base.length, lost: [], gained: [], changed: [] });
  });

  it('shows a removed report as lost and an added one as gained', () => {
    const [first, ...rest] = base;
    if (!first) throw new Error('no report');
    const extra: Report = { ...first, line: 99, endLine: 99 };
    const diff = diffReports(base, [...rest, extra]);
    expect(diff).toEqual({ identical: base.length - 1, lost: [first], gained: [extra], changed: [] });
    expect(isSame(diff)).toBe(false);
  });

  it('shows a report that moved or changed rule as lost and gained, not changed', () => {
    const [first, ...rest] = base;
    if (!first) throw new Error('no report');
    const moves: Report[] = [
      { ...first, column: first.column + 1 },
      { ...first, endLine: first.line + 1 },
      { ...first, endColumn: null },
      { ...first, ruleId: 'credentials/other' },
    ];
    for (const moved of moves) {
      expect(diffReports(base, [moved, ...rest])).toEqual({ identical: base.length - 1, lost: [first], gained: [moved], changed: [] });
    }
  });

  it('shows a different message, fix or suggestion at the same place as changed', () => {
    if (!withSuggestion || !withFix) throw new Error('no report with a fix or a suggestion');
    const cases: [Report, Report][] = [
      [withFix, { ...withFix, message: `${withFix.message} (reworded)` }],
      [withFix, { ...withFix, messageId: 'another' }],
      [withFix, { ...withFix, severity: 1 }],
      [withFix, { ...withFix, fix: withFix.fix ? { ...withFix.fix, text: `${withFix.fix.text} ` } : null }],
      [withFix, { ...withFix, fix: null }],
      [
        withSuggestion,
        { ...withSuggestion, suggestions: withSuggestion.suggestions.map((s, i) => (i === 0 ? { ...s, fix: { ...s.fix, range: [s.fix.range[0], s.fix.range[1] + 1] } } : s)) },
      ],
      [withSuggestion, { ...withSuggestion, suggestions: withSuggestion.suggestions.map((s, i) => (i === 0 ? { ...s, desc: `${s.desc}!` } : s)) }],
      [withSuggestion, { ...withSuggestion, suggestions: withSuggestion.suggestions.slice(1) }],
    ];
    for (const [original, altered] of cases) {
      const diff = diffReports(base, base.map((r) => (r === original ? altered : r)));
      expect(diff).toEqual({ identical: base.length - 1, lost: [], gained: [], changed: [{ base: original, next: altered }] });
    }
  });

  it('counts every kind of difference in the totals, by rule, across processes', () => {
    const [first, second, ...rest] = base;
    if (!first || !second) throw new Error('no reports');
    const next = [{ ...first, message: 'other' }, ...rest, { ...second, line: 50, endLine: 50 }];
    const diff = diffReports(base, next);
    const one = emptyTotals();
    addTo(one, base, next, diff);
    addTo(one, base, base, diffReports(base, base));
    const sum = merge([one, one]);
    expect(sum).toMatchObject({ items: 4, baseReports: 4 * base.length, identical: 2 * (base.length - 2) + 2 * base.length, lost: 2, gained: 2, changed: 2, differing: 2 });
    expect(sum.byRule[first.ruleId]?.changed).toBe(2);
    expect(sum.byRule[second.ruleId]).toMatchObject({ lost: 2, gained: 2 });
  });

  it('prints both lists and each difference', () => {
    const [first, ...rest] = base;
    if (!first) throw new Error('no report');
    const next = [{ ...first, message: 'reworded' }, ...rest];
    const text = formatDifference('program 1', ['file: x'], program.code, base, next, diffReports(base, next));
    expect(text).toContain(`base (${String(base.length)} reports)`);
    expect(text).toContain('CHANGED at ');
    expect(text).toContain('"reworded"');
    expect(text).toContain("1 | export const load = (token: string) => fetch(");
  });
});
