import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { GENERATED_LINE, hasGeneratedLine, isVendored, pathUnder } from '../../src/core/files/vendored.js';
import plugin from '../../src/index.js';
import { fake } from '../fixtures/fake.js';
import { ALL_FILES } from '../fixtures/files.js';

const context = (filename: string, text = 'const a = 1;\n', credentials?: unknown, cwd?: string): Parameters<typeof isVendored>[0] => ({
  ...(cwd === undefined ? {} : { cwd }),
  filename,
  settings: credentials === undefined ? {} : { credentials },
  sourceCode: { text, lines: text.split('\n') },
});

describe('isVendored', () => {
  it.each([
    ['public/vendor/stripe-checkout.js', true],
    ['assets/js/vendors/jquery.js', true],
    ['third_party/analytics.js', true],
    ['lib/third-party/sdk.mjs', true],
    ['bower_components/mp/index.js', true],
    ['public/js/checkout.min.js', true],
    ['dist/app.min.cjs', true],
    ['src/vendorConfig.js', false],
    ['src/vendors.ts', false],
    ['src/admin.js', false],
    ['src/checkout.min.ts', false],
  ])('%s: %s', (filename, expected) => {
    expect(isVendored(context(filename))).toBe(expected);
  });

  it('takes a file with a line of 20,000 characters or more as generated', () => {
    const file = (text: string): { text: string; lines: string[] } => ({ text, lines: text.split('\n') });
    const long = `var a="${'x'.repeat(GENERATED_LINE)}";`;
    expect(hasGeneratedLine(file(long))).toBe(true);
    expect(hasGeneratedLine(file(`const a = 1;\n${long}\nconst b = 2;`))).toBe(true);
    expect(hasGeneratedLine(file(`${'y'.repeat(GENERATED_LINE - 1)}\n${'z'.repeat(GENERATED_LINE - 1)}`))).toBe(false);
    expect(hasGeneratedLine(file('short'))).toBe(false);
    expect(isVendored(context('src/bundle.js', long))).toBe(true);
  });

  it('reads line starts as ESLint gives them, to the exact length, with any line break', () => {
    // what ESLint's SourceCode holds: the lines without their breaks, and where each line starts
    const source = (text: string): { text: string; lines: string[]; lineStartIndices: number[] } => {
      const lines = text.split(/\r\n|[\n\r\u2028\u2029]/u);
      const lineStartIndices = [0];
      for (const match of text.matchAll(/\r\n|[\n\r\u2028\u2029]/gu)) lineStartIndices.push(match.index + match[0].length);
      return { text, lines, lineStartIndices };
    };
    const exact = 'x'.repeat(GENERATED_LINE);
    const under = 'y'.repeat(GENERATED_LINE - 1);
    for (const eol of ['\n', '\r\n', '\r', '\u2028']) {
      expect(hasGeneratedLine(source(`${under}${eol}${under}${eol}`))).toBe(false);
      expect(hasGeneratedLine(source(`a${eol}${exact}${eol}b`))).toBe(true);
      expect(hasGeneratedLine(source(`a${eol}${under}${eol}b`))).toBe(false);
    }
    // the last line runs to the end of the text
    expect(hasGeneratedLine(source(`a\n${exact}`))).toBe(true);
    expect(hasGeneratedLine(source(`a\n${under}`))).toBe(false);
    expect(hasGeneratedLine(source(exact))).toBe(true);
  });

  it('reads the path under the working directory: a project that lives in a vendor folder is not vendored', () => {
    expect(isVendored(context('/srv/vendor/shop/src/api.js', 'x', undefined, '/srv/vendor/shop'))).toBe(false);
    expect(isVendored(context('/home/ci/third_party/app/src/api.js', 'x', undefined, '/home/ci/third_party/app'))).toBe(false);
    expect(isVendored(context('C:\\work\\bower_components\\app\\src\\api.js', 'x', undefined, 'C:\\work\\bower_components\\app'))).toBe(false);
    // its own vendored folders still are
    expect(isVendored(context('/srv/vendor/shop/public/vendor/jquery.js', 'x', undefined, '/srv/vendor/shop'))).toBe(true);
    expect(isVendored(context('/srv/vendor/shop/vendor/lib.js', 'x', undefined, '/srv/vendor/shop'))).toBe(true);
    // without a working directory (a caller that has none), the path as given
    expect(isVendored(context('/srv/vendor/shop/src/api.js'))).toBe(true);
  });

  it("checks them when settings.credentials.vendored is 'check'", () => {
    expect(isVendored(context('public/vendor/stripe.js', 'x', { vendored: 'check' }))).toBe(false);
    expect(isVendored(context('public/vendor/stripe.js', 'x', { vendored: 'skip' }))).toBe(true);
  });
});

describe('pathUnder', () => {
  it.each([
    ['/srv/app', '/srv/app/src/a.js', 'src/a.js'],
    ['/srv/app', '/srv/app/vendor/a.js', 'vendor/a.js'],
    ['/', '/vendor/a.js', 'vendor/a.js'],
    ['/srv/app/', '/srv/app/src/a.js', 'src/a.js'],
    ['C:\\work\\app', 'C:\\work\\app\\src\\a.js', 'src\\a.js'],
    // a sibling whose name starts like the working directory is outside it
    ['/srv/app', '/srv/app-vendor/a.js', '../app-vendor/a.js'],
    ['/srv/vendor/app', '/srv/vendor/lib/a.js', '../lib/a.js'],
    ['/srv/app', '/srv/app', ''],
    // relative names (the Linter API's), and no working directory: as given
    ['/srv/app', 'src/a.js', 'src/a.js'],
    [undefined, '/srv/vendor/a.js', '/srv/vendor/a.js'],
    ['', '/srv/vendor/a.js', '/srv/vendor/a.js'],
  ])('cwd %s, %s: %s', (cwd, filename, expected) => {
    expect(pathUnder(cwd, filename)).toBe(expected);
  });
});

describe('every rule skips vendored and generated files', () => {
  const SK = fake.stripeSecret(71);
  const code = `'use client';\nexport const key = '${SK}';\n`;
  const lint = (filename: string, text: string, settings?: Record<string, unknown>): string[] =>
    new Linter({ configType: 'flat' })
      .verify(text, [{ files: ALL_FILES, ...plugin.configs.recommended, ...(settings ? { settings: { credentials: settings } } : {}) }], { filename })
      .map((m) => `${String(m.line)}:${String(m.column)} ${m.ruleId ?? ''} ${m.messageId ?? ''}`);

  it('reports the secret in the team’s own code', () => {
    expect(lint('src/components/Pay.js', code)).toEqual(['2:20 credentials/no-secret-in-client privateLiteral']);
  });

  it('skips it in a vendored copy, a minified bundle and a one-line generated file', () => {
    expect(lint('public/vendor/pay.js', code)).toEqual([]);
    expect(lint('public/js/pay.min.js', code)).toEqual([]);
    expect(lint('src/components/Pay.js', `${code}var pad="${'x'.repeat(GENERATED_LINE)}";\n`)).toEqual([]);
  });

  it('reports it in a project that itself lives in a vendor or third_party folder, and skips that project’s own vendored copies', () => {
    const messages = (cwd: string, filename: string): Linter.LintMessage[] =>
      new Linter({ configType: 'flat', cwd }).verify(code, [{ files: ALL_FILES, ...plugin.configs.recommended }], { filename });
    const own = messages('/srv/shop', '/srv/shop/src/components/Pay.js');
    expect(own.map((m) => `${String(m.line)}:${String(m.column)} ${m.ruleId ?? ''} ${m.messageId ?? ''}`)).toEqual(['2:20 credentials/no-secret-in-client privateLiteral']);
    for (const cwd of ['/srv/vendor/shop', '/home/ci/third_party/shop', '/srv/bower_components/shop']) {
      expect(messages(cwd, `${cwd}/src/components/Pay.js`)).toEqual(own);
      expect(messages(cwd, `${cwd}/public/vendor/pay.js`)).toEqual([]);
    }
  });

  it("reports it there with vendored: 'check'", () => {
    expect(lint('public/vendor/pay.js', code, { vendored: 'check' })).toEqual(['2:20 credentials/no-secret-in-client privateLiteral']);
  });
});
