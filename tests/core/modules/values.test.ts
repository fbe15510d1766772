/**
 * The corners of the summary: what each syntax gives, in one line per answer
 * (`text <value> @<line>:<column> <name>`, `unknown`, `undefined`, …).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readExport, type ExportedValue } from '../../../src/core/modules/read-export.js';
import { project, removeProjects, typescriptParser } from '../../fixtures/modules/project.js';

afterAll(removeProjects);

function brief(value: ExportedValue | undefined): string {
  if (!value) return 'undefined';
  switch (value.kind) {
    case 'text':
      return `text ${value.text} @${String(value.where.line)}:${String(value.where.column)} ${value.where.name}`;
    case 'primitive':
      return `primitive ${String(value.value)} @${String(value.where.line)}:${String(value.where.column)} ${value.where.name}`;
    case 'env':
      return `env ${value.object}.${value.name}`;
    case 'object':
      return `object${value.complete ? '' : '?'} {${[...value.entries].map(([key, entry]) => `${key}: ${brief(entry)}`).join(', ')}}`;
    case 'array':
      return `array [${value.items.map(brief).join(', ')}]`;
    case 'fallback':
      return `fallback ${value.text} @${String(value.where.line)}:${String(value.where.column)} ${value.where.name}`;
    case 'unknown':
      return 'unknown';
  }
}

describe('syntax corners', () => {
  const p = project({
    'edge.ts': [
      /* 1 */ 'export const SUM = 1 + 2, MIXED = 1 + 2 + "a", BOOL = true + "!";',
      /* 2 */ "const CFG = { a: 'a', 'quoted-key': 'q', 3: 'three', list: [1, , 2], spread: [...[1]] };",
      /* 3 */ 'export const CHAIN = CFG?.a, QUOTED = CFG["quoted-key"], NUM = CFG[3], TPL = CFG[`a`], DYN = CFG[key()];',
      /* 4 */ 'export const HOLE = CFG.list, SPREAD_ARRAY = CFG.spread;',
      /* 5 */ "export const { a: A2, ['quoted-key']: Q2, missing: M2 = 'default', ...REST } = CFG;",
      /* 6 */ 'export const [FIRST, , THIRD] = [10, 20, 30];',
      /* 7 */ "import type { T } from './types';",
      /* 8 */ "import { type U, V, BLANK } from './types';",
      /* 9 */ 'export type { T };',
      /* 10 */ 'export { V, type U };',
      /* 11 */ "import Alias = Namespace.Member;",
      /* 12 */ 'export { Alias };',
      /* 13 */ 'export const NOT = !0, NEG_TEXT = -"a", TPL_OBJ = `${CFG}`;',
      /* 14 */ "let counter = 'c'; counter++;",
      /* 15 */ "let looped = 'l'; for (looped of []) {}",
      /* 16 */ "export const ARR = ['x']; ARR.push('y');",
      /* 17 */ "export const ASSIGNED = { k: 'k' }; Object.assign(ASSIGNED, { k: 'other' });",
      /* 18 */ "export const DESTRUCTURED_TARGET = { k: 'k' }; [DESTRUCTURED_TARGET.k] = ['other'];",
      /* 19 */ 'export { counter, looped };',
      /* 20 */ "var twice = 'one'; var twice = 'two'; export { twice };",
      /* 21 */ "export enum AfterText { A = 'a', B }",
      /* 22 */ "export enum Mutated { A = 1 } (Mutated as any).A = 2;",
      /* 23 */ "const LOCAL = { inner: 'i' };",
      /* 24 */ "export const MERGED = { ...LOCAL, ...null, ...[1], own: 'o' }, FROM_SPREAD = MERGED.inner, FROM_NULL = { ...null }.x;",
      /* 25 */ "export const ARRAY_SPREAD = { ...['zero'] }, TEXT_SPREAD = { ...'ab' };",
      /* 26 */ "export const REQ = require(`./dep`), REQ_DYNAMIC = require(name), REQ_ARGS = require('./dep', 2);",
      /* 27 */ "export const GETTER = { get k() { return 'g'; }, m() {}, s: 's' };",
      /* 28 */ 'export default interface Shape { x: number }',
      /* 29 */ "export const NOT_FROZEN = Other.freeze({ k: 'k' }), FREEZE_SPREAD = Object.freeze(...[]);",
      /* 30 */ "export class Service {}",
      /* 31 */ "export declare const DECLARED: string;",
      /* 32 */ 'export const SELF_REF = SELF_REF;',
      /* 33 */ 'export const UNDEF = undefined, META = import.meta.url, ENV_COMPUTED = process.env[name];',
      /* 34 */ "export const OR_ENV = process.env.MP_TOKEN || 'fallback-text', NULLISH_ENV = import.meta.env.KEY ?? 'other', AND_ENV = process.env.A && 'x';",
      /* 35 */ "export const OR_KNOWN = 'left' || 'right', OR_EMPTY = '' || 'right', NULLISH_EMPTY = '' ?? 'right', NULLISH_NULL = null ?? 'right', OR_ZERO = 0 || 1;",
      /* 36 */ "export const CHAINED = process.env.A || process.env.B || 'last', NESTED = process.env.A || (process.env.B ?? 'inner'), OR_CALL = read() || 'called';",
      /* 37 */ "export const OR_REF = V || 'unused', OR_OBJECT = CFG || 'x', OR_NO_TEXT = process.env.A || process.env.B, OR_NUMBER = process.env.A || 3, OR_BLANK = BLANK || 'after-blank';",
      /* 38 */ "export const EMPTY_FIRST = (process.env.A || '') || 'second', TEXT_FIRST = (process.env.A || 'first') || 'second', NULLISH_EMPTY_FIRST = (process.env.A ?? '') ?? 'second';",
      /* 39 */ "export const CONFIG = { mp: { accessToken: process.env.MP || 'nested' } }, IN_TEMPLATE = `Bearer ${process.env.T || 'tpl'}`;",
      /* 40 */ "export const IN_PLUS = 'Bearer ' + (process.env.T ?? 'plus'), FROM_BINDING = 'Bearer ' + OR_ENV, TWO_HOLES = `${process.env.A || 'a'}${process.env.B || 'b'}`, WITH_UNKNOWN = `${OR_ENV}${read()}`;",
      /* 41 */ "export const { API_TOKEN = 'tok-default', PORT = 3000, ENV_ONLY } = process.env, { VITE_KEY = 'vk' } = import.meta.env, { nested: { DEEP = 'd' } = {} } = process.env;",
      /* 42 */ "export class Consts { static readonly TOKEN = 'class-token'; static method() {} static get G() { return 'g'; } x = 'instance'; static FROM = Consts.TOKEN; static EMPTY; }",
      /* 43 */ "export class Child extends Base { static OWN = 'own'; } export class Blocked { static A = 'a'; static { init(); } } export class Written { static A = 'a'; } Written.A = 'b';",
    ].join('\n'),
    'dep.ts': "export const D = 'dep';\n",
    'types.ts': 'export type T = 1;\nexport type U = 2;\nexport const V = \'v\';\nexport const BLANK = \'\';\n',
    'app.ts': '',
  });
  const from = p.from('app.ts', { parser: typescriptParser });
  const read = (name: string, ...members: string[]): string => brief(readExport(from, './edge', name, members));

  it('adds numbers, booleans and strings as JavaScript does', () => {
    expect(read('SUM')).toBe('primitive 3 @1:20 SUM');
    expect(read('MIXED')).toBe('text 3a @1:35 MIXED');
    expect(read('BOOL')).toBe('text true! @1:55 BOOL');
  });

  it('reads member chains: optional, quoted, numeric, template keys; a dynamic key is unknown', () => {
    expect(read('CHAIN')).toBe('text a @2:18 CFG.a');
    expect(read('QUOTED')).toBe('text q @2:37 CFG["quoted-key"]');
    expect(read('NUM')).toBe('text three @2:45 CFG[3]');
    expect(read('TPL')).toBe('text a @2:18 CFG.a');
    expect(read('DYN')).toBe('unknown');
  });

  it('makes arrays with holes or spreads unknown', () => {
    expect(read('HOLE')).toBe('unknown');
    expect(read('SPREAD_ARRAY')).toBe('unknown');
  });

  it('reads destructured exports; a default is what the value falls back on, a rest is unknown', () => {
    expect(read('A2')).toBe('text a @2:18 CFG.a');
    expect(read('Q2')).toBe('text q @2:37 CFG["quoted-key"]');
    expect(read('M2')).toBe('fallback default @5:57 M2');
    expect(read('REST')).toBe('unknown');
    expect(read('FIRST')).toBe('primitive 10 @6:34 FIRST[0]');
    expect(read('THIRD')).toBe('primitive 30 @6:42 FIRST[2]');
  });

  it('skips type-only imports and exports, and does not follow `import x = A.B`', () => {
    expect(read('T')).toBe('undefined');
    expect(read('U')).toBe('undefined');
    expect(read('V')).toBe("text v @3:18 V");
    expect(read('Alias')).toBe('unknown');
    expect(read('default')).toBe('undefined');
  });

  it('says unknown for `!`, `-` of a string, an object in a template', () => {
    expect(read('NOT')).toBe('unknown');
    expect(read('NEG_TEXT')).toBe('unknown');
    expect(read('TPL_OBJ')).toBe('unknown');
  });

  it('says unknown for bindings written after their declaration, in every way', () => {
    for (const name of ['counter', 'looped', 'ARR', 'ASSIGNED', 'DESTRUCTURED_TARGET', 'twice', 'Mutated']) expect(read(name), name).toBe('unknown');
    expect(read('AfterText', 'B')).toBe('unknown');
    expect(read('AfterText', 'A')).toBe('text a @21:29 AfterText.A');
  });

  it('merges local spreads; `...null` adds nothing, an array spread sets its indexes, a string spread is unknown', () => {
    expect(read('MERGED')).toBe('object {inner: text i @23:24 LOCAL.inner, 0: primitive 1 @24:48 MERGED[0], own: text o @24:57 MERGED.own}');
    expect(read('FROM_SPREAD')).toBe('text i @23:24 LOCAL.inner');
    expect(read('FROM_NULL')).toBe('unknown');
    expect(read('ARRAY_SPREAD')).toBe('object {0: text zero @25:35 ARRAY_SPREAD[0]}');
    expect(read('ARRAY_SPREAD', '0')).toBe('text zero @25:35 ARRAY_SPREAD[0]');
    expect(read('TEXT_SPREAD', '0')).toBe('unknown');
  });

  it('follows `require` with a static specifier only', () => {
    expect(read('REQ', 'D')).toBe('text dep @1:18 D');
    expect(read('REQ_DYNAMIC')).toBe('unknown');
    expect(read('REQ_ARGS')).toBe('unknown');
  });

  it('says unknown for getters and methods, other `freeze`s, classes, declarations, self references, other globals', () => {
    expect(read('GETTER')).toBe('object {k: unknown, m: unknown, s: text s @27:61 GETTER.s}');
    for (const name of ['NOT_FROZEN', 'FREEZE_SPREAD', 'SELF_REF', 'UNDEF', 'META', 'ENV_COMPUTED']) expect(read(name), name).toBe('unknown');
    // a class is the object of its static fields: this one has none
    expect(read('Service')).toBe('object {}');
    // typescript-estree marks `export declare …` as a type export (`exportKind: 'type'`): nothing is known
    expect(read('DECLARED')).toBe('undefined');
  });

  it('says `||` and `??` of a known left side as JavaScript does', () => {
    expect(read('OR_KNOWN')).toBe('text left @35:25 OR_KNOWN');
    expect(read('OR_EMPTY')).toBe('text right @35:61 OR_EMPTY');
    expect(read('NULLISH_EMPTY')).toBe('text  @35:86 NULLISH_EMPTY');
    expect(read('NULLISH_NULL')).toBe('text right @35:124 NULLISH_NULL');
    expect(read('OR_ZERO')).toBe('primitive 1 @35:148 OR_ZERO');
    // an imported text on the left (an empty one falls through), an object on the left
    expect(read('OR_REF')).toBe('text v @3:18 V');
    expect(read('OR_BLANK')).toBe('text after-blank @37:159 OR_BLANK');
    expect(read('OR_OBJECT')).toBe('object {a: text a @2:18 CFG.a, quoted-key: text q @2:37 CFG["quoted-key"], 3: text three @2:45 CFG[3], list: unknown, spread: unknown}');
  });

  it('says a run-time read with a text to fall back on is a fallback to that text, where the text is written', () => {
    expect(read('OR_ENV')).toBe('fallback fallback-text @34:47 OR_ENV');
    expect(read('NULLISH_ENV')).toBe('fallback other @34:101 NULLISH_ENV');
    expect(read('CHAINED')).toBe('fallback last @36:58 CHAINED');
    expect(read('NESTED')).toBe('fallback inner @36:110 NESTED');
    expect(read('OR_CALL')).toBe('fallback called @36:140 OR_CALL');
    // `(a || '') || 'b'` falls back on `'b'`; `(a || 'first') || 'b'` never reaches it
    expect(read('EMPTY_FIRST')).toBe('fallback second @38:53 EMPTY_FIRST');
    expect(read('TEXT_FIRST')).toBe('fallback first @38:94 TEXT_FIRST');
    expect(read('NULLISH_EMPTY_FIRST')).toBe('fallback  @38:156 NULLISH_EMPTY_FIRST');
    expect(read('CONFIG', 'mp', 'accessToken')).toBe('fallback nested @39:62 CONFIG.mp.accessToken');
  });

  it('reads the static fields of a class; methods, accessors, fields without a value are unknown, instance fields absent', () => {
    expect(read('Consts', 'TOKEN')).toBe('text class-token @42:47 Consts.TOKEN');
    // the class read inside its own static fields is not followed
    for (const key of ['method', 'G', 'EMPTY', 'FROM']) expect(read('Consts', key), key).toBe('unknown');
    expect(read('Consts', 'x')).toBe('undefined');
    // a superclass may set any other key; a static block or a write makes the class unknown
    expect(read('Child', 'OWN')).toBe('text own @43:48 Child.OWN');
    expect(read('Child', 'OTHER')).toBe('unknown');
    expect(read('Blocked', 'A')).toBe('unknown');
    expect(read('Written', 'A')).toBe('unknown');
  });

  it('reads a name destructured from the environment as an env read, its default as its fallback', () => {
    expect(read('ENV_ONLY')).toBe('env process.env.ENV_ONLY');
    expect(read('API_TOKEN')).toBe('fallback tok-default @41:28 API_TOKEN');
    expect(read('VITE_KEY')).toBe('fallback vk @41:95 VITE_KEY');
    // a number to fall back on is no text; a default of a nested pattern is not followed
    expect(read('PORT')).toBe('unknown');
    expect(read('DEEP')).toBe('unknown');
  });

  it('puts one fallback of a template or `+` together with the known rest, where its literal is written', () => {
    expect(read('IN_TEMPLATE')).toBe('fallback Bearer tpl @39:117 IN_TEMPLATE');
    expect(read('IN_PLUS')).toBe('fallback Bearer plus @40:54 IN_PLUS');
    expect(read('FROM_BINDING')).toBe('fallback Bearer fallback-text @34:47 OR_ENV');
  });

  it('says unknown for `&&`, a fallback that is no text, two fallbacks in one value, a fallback beside an unknown', () => {
    for (const name of ['AND_ENV', 'OR_NO_TEXT', 'OR_NUMBER', 'TWO_HOLES', 'WITH_UNKNOWN']) expect(read(name), name).toBe('unknown');
  });
});

describe('CommonJS corners', () => {
  const p = project({
    'rebound.js': "exports = module.exports = { a: 'a' };\nexports.b = 'b';\n",
    'replaced-later.js': "module.exports = { a: 'a' };\nif (x) { module.exports = {}; }\n",
    'string-with-keys.js': "module.exports = 'text';\nmodule.exports.k = 'k';\n",
    'bound-module.js': "const module = { exports: {} };\nmodule.exports = { a: 'a' };\n",
    'computed.js': "const k = 'key';\nexports.early = 'e';\nexports[dynamic()] = 'may replace early';\nexports[k] = 'by-const-key';\n",
    'app.js': '',
  });
  const from = p.from('app.js');
  const read = (file: string, name: string, ...members: string[]): string => brief(readExport(from, file, name, members));

  it('keeps `exports.X` when `exports` is re-attached to the new object', () => {
    expect(read('./rebound', '*')).toBe('object {a: text a @1:33 module.exports.a, b: text b @2:13 exports.b}');
  });

  it('makes the whole module unknown when `module.exports` is replaced below the top level', () => {
    expect(read('./replaced-later', 'a')).toBe('unknown');
  });

  it('reads keys added to a string export, and nothing else of it', () => {
    expect(read('./string-with-keys', 'k')).toBe('text k @2:20 module.exports.k');
    expect(read('./string-with-keys', 'other')).toBe('unknown');
  });

  it('ignores a locally bound `module`', () => {
    expect(read('./bound-module', '*')).toBe('object {}');
  });

  it('reads keys that are known constants; a key nothing is known about may replace the keys before it', () => {
    expect(read('./computed', '*')).toBe('object? {early: unknown, key: text by-const-key @4:14 exports.key}');
    expect(read('./computed', 'key')).toBe('text by-const-key @4:14 exports.key');
    expect(read('./computed', 'early')).toBe('unknown');
    expect(read('./computed', 'other')).toBe('unknown');
  });
});

describe('answer bounds', () => {
  it('stops building one answer after MAX_VALUES values', () => {
    const items = Array.from({ length: 10_001 }, (_, i) => String(i)).join(',');
    const p = project({ 'big.js': `export const BIG = [${items}];\n`, 'app.js': '' });
    const big = readExport(p.from('app.js'), './big', 'BIG');
    expect(big?.kind === 'array' && big.items.length).toBe(10_001);
    expect(big?.kind === 'array' && brief(big.items[9998])).toBe(`primitive 9998 @1:${String(`export const BIG = [${items}`.indexOf(',9998,') + 2)} BIG[9998]`);
    expect(big?.kind === 'array' && brief(big.items[9999])).toBe('unknown');
  });

  it('does not read a file larger than MAX_FILE_SIZE', () => {
    const p = project({ 'huge.js': `export const KEY = 'k';\n//${'x'.repeat(1024 * 1024)}\n`, 'app.js': '' });
    expect(readExport(p.from('app.js'), './huge', 'KEY')).toBeUndefined();
  });

  it('cuts an object cycle between modules with unknown', () => {
    const p = project({
      'a.js': "import { B } from './b';\nexport const A = { name: 'a', b: B };\n",
      'b.js': "import { A } from './a';\nexport const B = { name: 'b', a: A };\n",
      'app.js': '',
    });
    expect(brief(readExport(p.from('app.js'), './a', 'A'))).toBe('object {name: text a @2:26 A.name, b: object {name: text b @2:26 B.name, a: unknown}}');
  });

  it('answers undefined for an empty specifier, and for a path through an unknown value', () => {
    const p = project({ 'a.js': "export const A = { k: f() };\n", 'app.js': '' });
    expect(readExport(p.from('app.js'), '', 'A')).toBeUndefined();
    expect(readExport(p.from('app.js'), './a', 'A', ['k', 'deeper'])).toEqual({ kind: 'unknown' });
    expect(readExport(p.from('app.js'), './a', 'NOPE', ['k'])).toBeUndefined();
  });
});
