import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredSource, type Piece } from '../../src/core/prechecks/anchored.js';
import { escapeRegExp } from '../../src/core/prechecks/text.js';

const SEP = { source: '[^\\da-z]*' };
const NAME_SEP = { source: '[\\s._-]*' };
const END = { source: '(?=["\'\\x60:])' };

/** The same alternatives as a plain alternation: what the anchored pattern must be equal to. */
function plain(alternatives: readonly (readonly Piece[])[], ignoreCase = true): RegExp {
  const literal = (text: string): string => (ignoreCase ? escapeRegExp(text).replaceAll(/k/giu, '[k\\u212A]') : escapeRegExp(text));
  const sources = alternatives.map((alt) => alt.map((p) => (typeof p === 'string' ? literal(p) : p.source)).join('')).filter((s) => s !== '');
  return new RegExp(sources.join('|') || '(?!)', ignoreCase ? 'i' : 'u');
}

const anchored = (alternatives: readonly (readonly Piece[])[], ignoreCase = true, prefer?: string): RegExp =>
  new RegExp(anchoredSource(alternatives, { ignoreCase, prefer }), ignoreCase ? 'i' : 'u');

/** The pre-checks' real alternatives: secret phrases, header pieces, a custom name. */
const REAL: readonly (readonly Piece[])[] = [
  ['secret'],
  ['private', SEP, 'key'],
  ['password'],
  ['passwd'],
  ['pwd'],
  ['service', SEP, 'role'],
  ['api', SEP, 'key'],
  ['token'],
  ['jwt'],
  ['bearer'],
  ['X', NAME_SEP, 'VTEX', NAME_SEP, 'API', NAME_SEP, 'App', NAME_SEP, 'Key'],
  ['-apptoken', END],
  ['-key', END],
  ['authorization'],
  ['sid'],
];

describe('anchoredSource', () => {
  it('starts each alternative at its rarest character, checks the literal text after it, then what comes before', () => {
    expect(anchoredSource([['token']])).toBe('[k\\u212A]en(?<=to[k\\u212A]en)');
    expect(anchoredSource([['authorization'], ['jwt']])).toBe('zation(?<=authorization)|jwt');
    expect(anchoredSource([['token'], ['api', SEP, 'key']])).toBe('[k\\u212A](?:en(?<=to[k\\u212A]en)|ey(?<=api[^\\da-z]*[k\\u212A]ey))');
    // `-` is rarer in code than any letter of `key`
    expect(anchoredSource([['-key', END], ['x-secret']])).toBe('-(?:[k\\u212A]ey(?=["\'\\x60:])|secret(?<=x-secret))');
  });

  it('anchors at a preferred character where the alternative holds one, the rarest of them, else as usual', () => {
    expect(anchoredSource([['jwt'], ['authorization'], ['service', SEP, 'role'], ['bearer']], { ignoreCase: true, prefer: 'kcwbph' })).toBe(
      'wt(?<=jwt)|horization(?<=authorization)|ce(?<=service)[^\\da-z]*role|bearer',
    );
    // `k` is rarer than `p` in code: `api key` anchors at `k` among its preferred characters
    expect(anchoredSource([['api', SEP, 'key'], ['qux']], { ignoreCase: true, prefer: 'kp' })).toBe('[k\\u212A]ey(?<=api[^\\da-z]*[k\\u212A]ey)|qux');
    expect(anchoredSource([[{ source: '[&?]' }, 'auth=']], { ignoreCase: false, prefer: 'h' })).toBe('h=(?<=[&?]auth=)');
  });

  it('writes once what alternatives of one anchor share: one lookbehind for what may come before, one tail for what ends alike', () => {
    const prefer = 'kcwbph:q+';
    // the keys differ only before the separator run before `key`; `passwd` and `pwd` only before `wd`
    expect(anchoredSource([['private', SEP, 'key'], ['api', SEP, 'key'], ['token'], ['passwd'], ['pwd']], { ignoreCase: true, prefer })).toBe(
      '[k\\u212A](?:ey(?<=(?:private|api)[^\\da-z]*[k\\u212A]ey)|en(?<=to[k\\u212A]en))|wd(?<=(?:pass|p)wd)',
    );
    // the same name and call after `:` and after `q`
    const ARG = { source: '\\s*\\w+\\s*\\)' };
    const PROPERTY = { source: '[,{]\\s*' };
    expect(anchoredSource([['qs.stringify(', ARG], ['querystring.stringify(', ARG], [PROPERTY, 'params:', ARG], [PROPERTY, 'searchParams:', ARG]], { ignoreCase: true, prefer })).toBe(
      'q(?:s\\.stringify\\(|uerystring\\.stringify\\()\\s*\\w+\\s*\\)|:(?<=(?:[,{]\\s*params|[,{]\\s*searchParams):)\\s*\\w+\\s*\\)',
    );
    // an alternative with nothing before the anchor stands for the others of its ahead and tail
    expect(anchoredSource([['api', SEP, 'key'], ['key']])).toBe('[k\\u212A]ey');
    expect(anchored([['api', SEP, 'key'], ['key']]).test('monkey')).toBe(true);
  });

  it('case-sensitive, ranks characters as written (capitals are rarer in code) and leaves `k` alone', () => {
    expect(anchoredSource([['Stripe'], ['-----BEGIN '], ['token']], { ignoreCase: false })).toBe('Stripe|GIN (?<=-----BEGIN )|ken(?<=token)');
    expect(anchored([['Stripe']], false).test('stripe')).toBe(false);
    expect(anchored([['token']], false).test('to\u212Aen')).toBe(false);
  });

  it('never anchors at a character it does not rank (another script: a UTF-16 half would not match with `u`)', () => {
    expect(anchoredSource([['\u{1F511}']], { ignoreCase: false })).toBe('\u{1F511}');
    expect(anchored([['x\u{1F511}']], false).test('x\u{1F511}')).toBe(true);
  });

  it('keeps alternatives of sources only as they are, and matches nothing without any', () => {
    expect(anchoredSource([[SEP], ['']])).toBe('[^\\da-z]*');
    expect(anchoredSource([])).toBe('(?!)');
    expect(anchored([]).test('anything')).toBe(false);
  });

  it('matches the real alternatives in any case, Kelvin sign included', () => {
    const pattern = anchored(REAL);
    for (const text of ['MP_SECRET', 'PRIVATE__KEY', 'accessToken', 'x-vtex-api-appkey', 'X_VTEX_API_APP_KEY', "'X-API-Key'", 'Authorization', 'to\u212Aen', '?sid=1', 'Bearer x']) {
      expect(pattern.test(text), text).toBe(true);
    }
    for (const text of ['keyboard', 'monkey', 'apiary', 'data-key={id}', 'tokenize'.slice(0, 4), 'secre t']) {
      expect(pattern.test(text), text).toBe(false);
    }
  });

  it('matches exactly the texts the plain alternation matches', () => {
    const anchoredReal = anchored(REAL);
    const plainReal = plain(REAL);
    // text made of the letters, separators and quotes the alternatives hold, in any case
    const chars = fc.constantFrom(...'secrtpivakyowdlbjnhzXVTEAPK-_. \'":`=\u212A0'.split(''));
    const text = fc.array(fc.oneof(chars, fc.constantFrom('token', 'key', 'api', 'secret', 'app', 'vtex', 'authoriz', 'private', '-apptok', 'jw', 'passw')), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (t, upper) => {
        const s = upper ? t.toUpperCase() : t;
        expect(anchoredReal.test(s)).toBe(plainReal.test(s));
      }),
      { numRuns: 20_000, seed: 4242 },
    );
  });

  it('matches exactly what the plain alternation matches for any alternatives', () => {
    const piece: fc.Arbitrary<Piece> = fc.oneof(fc.stringMatching(/^[a-zA-Z\u00E9-]{0,6}$/u), fc.constant(SEP), fc.constant(NAME_SEP), fc.constant(END));
    const alternatives = fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }), { maxLength: 5 });
    fc.assert(
      fc.property(
        alternatives,
        fc.string({ unit: fc.constantFrom(...'abkxzAB\u00E9-_. \'":K\u212A'.split('')), maxLength: 30 }),
        fc.boolean(),
        fc.constantFrom(undefined, 'kcwbph:q+', 'ab', 'z-'),
        (alts, t, ignoreCase, prefer) => {
          expect(anchored(alts, ignoreCase, prefer).test(t)).toBe(plain(alts, ignoreCase).test(t));
        },
      ),
      { numRuns: 20_000, seed: 4243 },
    );
  });
});
