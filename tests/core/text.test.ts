import { RegExpParser } from '@eslint-community/regexpp';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredSource, UNION_ANCHORS, type Piece } from '../../src/core/prechecks/anchored.js';
import { NAMES_UNION, SHAPES_UNION } from '../../src/core/prechecks/defaults.js';
import { askedTogether, textMentions } from '../../src/core/prechecks/text.js';

/** The first character of each top-level branch of `pattern`, case-folded, as regexpp parses it. */
function branchLeads(pattern: RegExp): string[] {
  const parsed = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.flags.includes('u') });
  return parsed.alternatives.map((alternative) => {
    const first = alternative.elements[0];
    if (first?.type === 'Character') return String.fromCodePoint(first.value).toLowerCase();
    return first?.raw ?? '';
  });
}

describe('textMentions', () => {
  it('answers once per file and pattern', () => {
    let reads = 0;
    const sourceCode = {
      get text() {
        reads += 1;
        return 'fetch(url + "?access_token=" + t)';
      },
    };
    const pattern = /access_token/u;
    expect(textMentions(sourceCode, pattern)).toBe(true);
    expect(textMentions(sourceCode, pattern)).toBe(true);
    expect(reads).toBe(1);
    expect(textMentions(sourceCode, /api_key/u)).toBe(false);
    expect(reads).toBe(2);
  });

  it('answers for the file asked about, never from the previous one', () => {
    const pattern = /access_token/u;
    const first = { text: '?access_token=' };
    const second = { text: 'nothing here' };
    expect(textMentions(first, pattern)).toBe(true);
    expect(textMentions(second, pattern)).toBe(false);
    // back to the first file: scanned again, same answer
    expect(textMentions(first, pattern)).toBe(true);
    expect(textMentions(second, /nothing/u)).toBe(true);
  });

  it('stays right past the patterns it keeps for one file', () => {
    const file = { text: 'w3 w7 w11' };
    const patterns = Array.from({ length: 12 }, (_, i) => new RegExp(`w${String(i)}\\b`, 'u'));
    const expected = patterns.map((_, i) => [3, 7, 11].includes(i));
    expect(patterns.map((p) => textMentions(file, p))).toEqual(expected);
    expect(patterns.map((p) => textMentions(file, p))).toEqual(expected);
  });

  it('does not count what only comments mention', () => {
    // comment ranges as a parser gives them (the texts below hold no comment markers inside strings)
    const source = (text: string) => {
      const comments: { range: [number, number] }[] = [];
      for (const m of text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//gu)) comments.push({ range: [m.index, m.index + m[0].length] });
      return { text, ast: { comments } };
    };
    const pattern = /access_token/u;
    expect(textMentions(source('// pass access_token in a header\nfetch(url);'), pattern)).toBe(false);
    expect(textMentions(source('/* access_token */ fetch(url); /* access_token again */'), pattern)).toBe(false);
    expect(textMentions(source("// access_token\nfetch(url + '?access_token=' + t);"), pattern)).toBe(true);
    expect(textMentions(source("fetch(url + '?access_token=' + t); // access_token"), pattern)).toBe(true);
    // a string that looks like a comment is code: the parser's ranges decide, not the text
    expect(textMentions({ text: "const a = '/* access_token */';", ast: { comments: [] } }, pattern)).toBe(true);
  });
});

describe('askedTogether', () => {
  /** A file whose text counts the scans made of it (each `RegExp#test` reads `text` once). */
  const counted = (text: string) => {
    const file = {
      reads: 0,
      get text() {
        file.reads += 1;
        return text;
      },
    };
    return file;
  };

  it('answers every member of a union with one scan of a file that matches none', () => {
    const members = [/z(?<=quiz)/iu, /q(?<=faq)/iu, /x(?<=box)/iu];
    askedTogether(members, 'iu');
    const file = counted('const nothing = here;');
    expect(members.map((m) => textMentions(file, m))).toEqual([false, false, false]);
    expect(file.reads).toBe(1);
  });

  it('scans for the member asked when the union matches, and answers each exactly', () => {
    const members = [/z(?<=quiz)/u, /q(?<=faq)/u, /x(?<=box)/u];
    askedTogether(members, 'u');
    const file = counted('see the faq');
    expect(members.map((m) => textMentions(file, m))).toEqual([false, true, false]);
    // the union, then each member
    expect(file.reads).toBe(4);
    // a match that only sits in a comment passes the union, not the member
    expect(textMentions({ text: '// quiz', ast: { comments: [{ range: [0, 7] }] } }, members[0] as RegExp)).toBe(false);
  });

  it('scans a union asked itself once, with `g`, skipping the comments it matches in', () => {
    const union = askedTogether([/z(?<=quiz)/u, /q(?<=faq)/u], 'u');
    expect(union.flags).toBe('gu');
    /** A file whose text counts its reads, with one comment over `// quiz`. */
    const commented = (text: string) => {
      const file = {
        reads: 0,
        ast: { comments: [{ range: [0, 7] as [number, number] }] },
        get text() {
          file.reads += 1;
          return text;
        },
      };
      return file;
    };
    const code = commented('// quiz\nconst faq = 1;');
    expect(textMentions(code, union)).toBe(true);
    expect(code.reads).toBe(1);
    // where the scan of the last file stopped does not matter to the next one
    expect(union.lastIndex).toBeGreaterThan(0);
    const comment = commented('// quiz\nconst none = 1;');
    expect(textMentions(comment, union)).toBe(false);
    expect(comment.reads).toBe(1);
    expect(textMentions(commented('// quiz\nconst faq = 1;'), union)).toBe(true);
  });

  it('answers a member after its union was asked itself, and the union after a member', () => {
    const members = [/z(?<=quiz)/u, /q(?<=faq)/u];
    const union = askedTogether(members, 'u');
    const file = (text: string) => ({ text, ast: { comments: [{ range: [0, 7] as [number, number] }] } });
    // the union matches only in the comment: no member matches outside it
    const comment = file('// quiz\nconst none = 1;');
    expect(textMentions(comment, union)).toBe(false);
    expect(members.map((m) => textMentions(comment, m))).toEqual([false, false]);
    // a member asked first keeps the union's match anywhere: the union asked then is answered yes
    const asked = file('// quiz\nconst none = 1;');
    expect(textMentions(asked, members[0] as RegExp)).toBe(false);
    expect(textMentions(asked, union)).toBe(true);
    const code = file('// quiz\nconst faq = 1;');
    expect(textMentions(code, union)).toBe(true);
    expect(members.map((m) => textMentions(code, m))).toEqual([false, true]);
  });

  it('takes only members its flags cover: a stricter union could miss what a member matches', () => {
    expect(() => askedTogether([/token/iu, /Stripe/u], 'u')).toThrow("askedTogether: /token/iu cannot be asked in a union with the flags 'u'");
    // without `u`, `\p{…}` and `\u{…}` mean something else
    expect(() => askedTogether([/\p{Lu}/u], '')).toThrow("askedTogether: /\\p{Lu}/u cannot be asked in a union with the flags ''");
    expect(() => askedTogether([/\u{1F600}/u], 'i')).toThrow("askedTogether: /\\u{1F600}/u cannot be asked in a union with the flags 'i'");
    // a `u` union cannot take a member written without `u`
    expect(() => askedTogether([/Stripe/], 'u')).toThrow("askedTogether: /Stripe/ cannot be asked in a union with the flags 'u'");
  });

  it('takes members in a looser union: without `u`, or case-insensitive', () => {
    const members = [/Stripe/u, /q(?<=faq)/u, /AUTH/];
    const union = askedTogether(members, 'i');
    expect(union.flags).toBe('gi');
    // the union lets through what a member matches, and more; each member still answers exactly
    const file = counted('see the FAQ about stripe');
    expect(members.map((m) => textMentions(file, m))).toEqual([false, false, false]);
    // the union matched (case-insensitively), then each member was scanned
    expect(file.reads).toBe(4);
    const silent = counted('const nothing = here;');
    expect(members.map((m) => textMentions(silent, m))).toEqual([false, false, false]);
    expect(silent.reads).toBe(1);
    expect(askedTogether([/Stripe/u, /x(?<=box)/u], '').flags).toBe('g');
  });
});

describe('askedTogether: one branch per first character', () => {
  it('merges the alternatives of all members that start at the same character into one branch', () => {
    const union = askedTogether([/[k\u212A](?<=to[k\u212A])en|jwt/i, /k(?<=[&?]k)ey=|c(?<=sec)ret/u, /c(?<=servic)e|\bauth/iu], 'i');
    expect(union.source).toBe('[k\\u212A](?:(?<=to[k\\u212A])en|(?<=[&?]k)ey=)|jwt|c(?:(?<=sec)ret|(?<=servic)e)|\\bauth');
    expect(askedTogether([/a(?:bc|de)|ax/u, /ay/u, /ax/u], '').source).toBe('a(?:(?:bc|de)|x|y)');
    // a quantified first element, an assertion or a group stays a branch of its own
    expect(askedTogether([/x?y|(?:ab|cd)e|(?<=z)w/u, /xq/u], '').source).toBe('xq|x?y|(?:ab|cd)e|(?<=z)w');
  });

  it('writes once the groups and lookbehinds that start the rests of one branch and end alike', () => {
    const union = askedTogether([/"(?:stripe|openai)["/]/u, /"(?:openai|twilio)["/]|"(?:x|y)"/u, /:(?<=params:)\s*x/u, /:(?<=headers:)\s*x|:\/\//u], '');
    expect(union.source).toBe('"(?:(?:stripe|openai|twilio)["/]|(?:x|y)")|:(?:(?<=params:|headers:)\\s*x|\\/\\/)');
    const once = new RegExp(union.source, 'u');
    for (const text of ['"twilio/', '"stripe"', 'headers: x', 'params:x', '://']) expect(once.test(text), text).toBe(true);
    for (const text of ['"twilio', '"x/', 'query: x', 'headers: y']) expect(once.test(text), text).toBe(false);
  });

  it('keeps a rest as it is when the union\'s flags read it otherwise (a member without `u` beside one with it)', () => {
    // a lone `]` is a character without `u`, and no pattern with it
    // eslint-disable-next-line regexp/strict -- the point of the test: a source that only reads without `u`
    const union = askedTogether([/a(?:x|w)]/, /a(?:y|w)z/u], '');
    expect(union.source).toBe('a(?:(?:x|w)]|(?:y|w)z)');
    const once = new RegExp(union.source, '');
    for (const text of ['ax]', 'aw]', 'ayz', 'awz']) expect(once.test(text), text).toBe(true);
    expect(once.test('ax')).toBe(false);
  });

  it('matches what one of its members matches for members whose rests start with a group or a lookbehind and end alike', () => {
    const word = fc.constantFrom('ab', 'b', 'ka', 'k', 'ba');
    const rest = fc.tuple(fc.boolean(), fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('', 'a', '[ab]', 'k?')).map(([behind, words, tail]) =>
      behind ? `(?<=${words.join('|')})${tail}` : `(?:${words.join('|')})${tail}`,
    );
    const member = fc.array(fc.tuple(fc.constantFrom('a', 'k', 'b'), rest).map(([lead, r]) => `${lead}${r}`), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 4 }), fc.string({ unit: fc.constantFrom(...'abkK'.split('')), maxLength: 12 }), fc.boolean(), (members, text, ignoreCase) => {
        const regexes = members.map((alternatives) => new RegExp(alternatives.join('|'), ignoreCase ? 'i' : 'u'));
        const union = askedTogether(regexes, ignoreCase ? 'i' : 'u');
        expect(union.test(text)).toBe(regexes.some((r) => r.test(text)));
      }),
      { numRuns: 5_000, seed: 2613 },
    );
  });

  it('matches what one of its members matches, and nothing else, for any members', () => {
    const SEP = { source: '[^\\da-z]*' };
    const piece: fc.Arbitrary<Piece> = fc.oneof(fc.stringMatching(/^[a-zA-Z-]{0,5}$/u), fc.constant(SEP));
    const member = fc.array(fc.array(piece, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 4 }),
        fc.string({ unit: fc.constantFrom(...'abkhwcpzAKH-_ .'.split('')), maxLength: 30 }),
        fc.boolean(),
        (members, text, ignoreCase) => {
          const regexes = members.map((alternatives) => new RegExp(anchoredSource(alternatives, { ignoreCase, prefer: UNION_ANCHORS }), ignoreCase ? 'i' : 'u'));
          const union = askedTogether(regexes, ignoreCase ? 'i' : 'u');
          expect(union.test(text)).toBe(regexes.some((r) => r.test(text)));
        },
      ),
      { numRuns: 5_000, seed: 2612 },
    );
  });

  it('gives the default case-insensitive union one branch per character of UNION_ANCHORS', () => {
    const leads = branchLeads(NAMES_UNION);
    expect(leads).toEqual(['[k\\u212A]', 'c', 'h', 'w', 'b', 'p', '+', ':', 'q']);
    for (const lead of leads) expect(UNION_ANCHORS.includes(lead === '[k\\u212A]' ? 'k' : lead), lead).toBe(true);
    // and the case-sensitive one, one branch per first character too
    const shapes = branchLeads(SHAPES_UNION);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});

