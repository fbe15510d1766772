import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { decodeBasic, encodedText, literalHome, splitBasic } from '../../src/core/values/encoded.js';
import { valuesOf } from '../../src/core/values/resolver.js';
import { probe } from './probe.js';

/** For each `probe(x)` argument: its encoded text, and the constant the literal `needle` was written in. */
function read(code: string, needle?: string): { text: string | undefined; encodedFrom: string | undefined; home: string | undefined }[] {
  const out: { text: string | undefined; encodedFrom: string | undefined; home: string | undefined }[] = [];
  probe(code, (context) => {
    const values = valuesOf(context);
    return {
      'CallExpression[callee.name="probe"]'(call: TSESTree.CallExpression) {
        const [arg] = call.arguments;
        if (!arg) return;
        const scope = values.scope(arg);
        const value = encodedText(values, arg, scope);
        const home = needle === undefined ? undefined : literalHome(values, arg, scope, needle);
        out.push({ text: value?.text, encodedFrom: value?.encodedFrom, home: home?.id.type === AST_NODE_TYPES.Identifier ? home.id.name : undefined });
      },
    };
  });
  return out;
}

describe('encodedText', () => {
  it('reads literal text, through bindings', () => {
    expect(read("const T = 'abc';\nprobe('Bearer ' + T);")).toEqual([{ text: 'Bearer abc', encodedFrom: undefined, home: undefined }]);
  });

  it('encodes btoa(…) and Buffer.from(…).toString(\'base64\') of known text, and keeps the plain input', () => {
    const [btoa, buffer, hex] = read(
      "const U = 'me';\nprobe('Basic ' + btoa(U + ':pw'));\nprobe(`Basic ${Buffer.from('me:pw').toString('base64')}`);\nprobe(Buffer.from('6d65', 'hex').toString('base64'));",
    );
    expect(btoa).toMatchObject({ text: `Basic ${Buffer.from('me:pw').toString('base64')}`, encodedFrom: 'me:pw' });
    expect(buffer).toMatchObject({ text: `Basic ${Buffer.from('me:pw').toString('base64')}`, encodedFrom: 'me:pw' });
    expect(hex).toMatchObject({ text: Buffer.from('me').toString('base64'), encodedFrom: '6d65' });
  });

  it('knows nothing of a value with an unknown part, an unknown encoding or another call', () => {
    const results = read("probe('Bearer ' + token);\nprobe(Buffer.from('x', 'nope').toString('base64'));\nprobe(btoa(user));\nprobe(Buffer.from('x').toString('hex'));");
    expect(results.map((r) => r.text)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('literalHome', () => {
  it('finds the innermost constant the credential was written in', () => {
    const code = "const TOKEN = 'abcdef123456';\nconst AUTH = 'Bearer ' + TOKEN;\nprobe(AUTH);\nprobe(`Bearer ${TOKEN}`);\nprobe('Bearer abcdef123456');";
    expect(read(code, 'abcdef123456').map((r) => r.home)).toEqual(['TOKEN', 'TOKEN', undefined]);
  });

  it('follows a base64 call to the secret half of user:password (the user without a password)', () => {
    const code = "const PASS = 'hunter2hunter2';\nconst KEY = 'sk_test_only';\nprobe('Basic ' + btoa('me:' + PASS));\nprobe('Basic ' + btoa(KEY));";
    const encoded = (plain: string): string => Buffer.from(plain).toString('base64');
    expect(read(code, encoded('me:hunter2hunter2'))[0]?.home).toBe('PASS');
    expect(read(code, encoded('sk_test_only'))[1]?.home).toBe('KEY');
  });
});

describe('Basic credentials', () => {
  it('decode to user:password only when printable with a colon', () => {
    expect(decodeBasic(Buffer.from('me:pw').toString('base64'))).toBe('me:pw');
    expect(decodeBasic(Buffer.from('nocolon').toString('base64'))).toBeUndefined();
    expect(decodeBasic('abc')).toBeUndefined();
    expect(splitBasic('me:p:w')).toEqual({ user: 'me', password: 'p:w' });
    expect(splitBasic('key')).toEqual({ user: 'key', password: '' });
  });
});

describe('other base64 encoders and helpers', () => {
  const basic = (plain: string): string => `Basic ${Buffer.from(plain).toString('base64')}`;

  it('reads base64.encode, Base64.encode and an `encode` imported from base-64 / js-base64', () => {
    const found = read(
      "import { encode as e } from 'js-base64';\nimport { encode } from 'base-64';\nprobe('Basic ' + base64.encode('me:pw'));\nprobe('Basic ' + Base64.encode('me:pw'));\nprobe('Basic ' + e('me:pw'));\nprobe('Basic ' + encode('me:pw'));",
    );
    expect(found.map((f) => f.text)).toEqual([basic('me:pw'), basic('me:pw'), basic('me:pw'), basic('me:pw')]);
  });

  it('knows nothing of URL-safe Base64.encode(x, true), other encode methods, or an encode of another module', () => {
    const found = read("import { encode } from './codec';\nprobe('Basic ' + Base64.encode('me:pw', true));\nprobe('Basic ' + codec.encode('me:pw'));\nprobe('Basic ' + encode('me:pw'));");
    expect(found.map((f) => f.text)).toEqual([undefined, undefined, undefined]);
  });

  it('evaluates a same-file helper that wraps a base64 call, and finds the constant the password was written in', () => {
    const code = [
      "const PASS = 'pw';",
      "const basicAuth = (u, p) => 'Basic ' + btoa(`${u}:${p}`);",
      "function encodeIt(text) { return Buffer.from(text).toString('base64'); }",
      'const twice = function (u, p) { return basicAuth(u, p); };',
      "probe(basicAuth('me', PASS));",
      "probe('Basic ' + encodeIt('me:' + 1));",
      "probe(twice('me', 'pw'));",
    ].join('\n');
    expect(read(code, 'pw')).toEqual([
      { text: basic('me:pw'), encodedFrom: 'me:pw', home: 'PASS' },
      { text: basic('me:1'), encodedFrom: 'me:1', home: undefined },
      { text: basic('me:pw'), encodedFrom: 'me:pw', home: undefined },
    ]);
  });

  it('knows nothing of helpers it cannot follow', () => {
    const code = [
      "const bearer = (t) => 'Bearer ' + t;",
      "const asyncAuth = async (u) => 'Basic ' + btoa(u);",
      "const twoSteps = (u) => { const x = u; return btoa(x); };",
      "const member = (o) => btoa(o.user);",
      "const loop = (u) => loop(u);",
      "probe(bearer('abc'));",
      "probe(asyncAuth('me:pw'));",
      "probe(twoSteps('me:pw'));",
      "probe(member({ user: 'me:pw' }));",
      "probe(loop('me:pw'));",
      "probe(unknown('me:pw'));",
      "probe(bearer(...args));",
      "probe(bearer());",
      "probe(bearer(x));",
    ].join('\n');
    expect(read(code).map((f) => f.text)).toEqual(Array.from({ length: 9 }, () => undefined));
  });
});
