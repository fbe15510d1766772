/**
 * Whole-file text pre-checks. A rule that can only report when the file mentions certain words (a
 * parameter name, a header name, `process.env`, a credential prefix) asks here once per file, in
 * `create()`, and returns no listeners at all when the answer is no: the cheapest rule is the one
 * ESLint never calls. The answers are kept for the file being linted, so rules asking the same
 * question share one scan.
 *
 * ESLint calls every rule's `create()` for one file before it moves to the next, so one slot (the last
 * file asked about, and its answers) is all the sharing needs. A slot costs less per file than a
 * WeakMap entry keyed on the file (measured on the benchmark corpus); a file asked about again after
 * another one is scanned again, which is only slower, never wrong. The slot holds the last
 * `SourceCode` until the next file replaces it.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

let slotSource: object | undefined;
/** The patterns asked about for `slotSource` and their answers, `slotCount` of them (no allocation per file). */
const SLOTS = 16;
const slotPatterns: (RegExp | undefined)[] = Array.from({ length: SLOTS }, () => undefined);
const slotAnswers: boolean[] = Array.from({ length: SLOTS }, () => false);
let slotCount = 0;

/** What the pre-checks read of a `SourceCode`: its text and, when the parser gives them, its comments. */
export interface ScannedSource {
  readonly text: string;
  readonly ast?: { readonly comments?: readonly { readonly range?: readonly [number, number] }[] };
}

const globals = new WeakMap<RegExp, RegExp>();

/** A pattern's union with the patterns asked together with it (`askedTogether`). */
const unions = new WeakMap<RegExp, RegExp>();

/**
 * Whether a union with `flags` matches wherever `member` does: the member's own flags, or a
 * union that only drops `u` or adds `i` (a union may be looser than its members, never stricter). Without
 * `u`, a source that uses no `u`-only syntax (`\u{…}`, `\p{…}`) matches the same ASCII text; with `i`,
 * a superset of it.
 */
function covers(flags: string, member: RegExp): boolean {
  if (member.flags === flags) return true;
  const stricter = member.flags.split('').some((flag) => flag !== 'u' && !flags.includes(flag));
  const uOnly = flags.includes('u') ? false : /\\[pPu]\{/u.test(member.source);
  return !stricter && !uOnly && (!flags.includes('u') || member.flags.includes('u'));
}

/**
 * Declares `members` as asked of the same files: `textMentions` then scans a file once for their union
 * (a `RegExp` with `flags`, the members' own or looser (see `covers`), and `g`), and a file that matches none of
 * them is answered for all with that one scan; only the few files that match it are scanned for the
 * member asked. V8 scans such a union in far less time than its members one by one when each member
 * starts at a rare character (see `core/prechecks/anchored.ts`). How members are grouped matters as
 * much: a union that mixes alternatives V8 can skip through (literal words, a quote followed by a
 * prefix) with ones it tries at every position (a lookbehind, a negated class) costs more than the two
 * kinds scanned apart (core/prechecks/defaults.ts, measured on the benchmark corpus). Returns the union.
 */
export function askedTogether(members: readonly RegExp[], flags: string): RegExp {
  for (const member of members) {
    if (!covers(flags, member)) throw new Error(`askedTogether: /${member.source}/${member.flags} cannot be asked in a union with the flags '${flags}'`);
  }
  // with `g`: a union asked itself is scanned once, comments skipped as it goes (`textMentions`)
  const union = new RegExp(branchesByLead(members, flags.includes('i')), `${flags}g`);
  for (const member of members) unions.set(member, union);
  return union;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * What an alternative's first element matches, as a key shared by the alternatives that start the
 * same: one character (case-folded for a case-insensitive union, where the Kelvin sign folds to
 * `k`), or a class spelled alike. `undefined` for anything else (an assertion, a group, a quantified
 * element), which stays a branch of its own.
 */
function leadKey(element: AST.Element | undefined, ignoreCase: boolean): string | undefined {
  const fold = (value: number): string => (ignoreCase ? String.fromCodePoint(value).toLowerCase() : String.fromCodePoint(value));
  if (element?.type === 'Character') return fold(element.value);
  if (element?.type !== 'CharacterClass' || element.negate || element.unicodeSets) return undefined;
  const folded = new Set(element.elements.map((e) => (e.type === 'Character' ? fold(e.value) : `[${e.raw}]`)));
  // `[k\u212A]` in a case-insensitive union is the branch of `k`
  return folded.size === 1 && ignoreCase ? [...folded][0] : `[${element.raw}]`;
}

/**
 * The source of the union of `members`, its alternatives that start alike (`leadKey`) merged into one
 * branch, `k(?:…|…)`: V8 tries every branch of an alternation at each position, so the union scans in
 * about the time of its number of branches (see `UNION_ANCHORS` in core/prechecks/anchored.ts). The
 * same texts match, or, where a case-insensitive union merges `k` into `[k\u212A]`, a few more (a
 * union may be looser than its members). The pieces are the members' own source text, cut where
 * `@eslint-community/regexpp` (ESLint's own regex parser) says an alternative and its first element end.
 */
function branchesByLead(members: readonly RegExp[], ignoreCase: boolean): string {
  const branches = new Map<string, { lead: string; wide: boolean; rests: string[] }>();
  const others: string[] = [];
  for (const member of members) {
    const pattern = parser.parsePattern(member.source, 0, member.source.length, { unicode: member.flags.includes('u'), unicodeSets: member.flags.includes('v') });
    for (const alternative of pattern.alternatives) {
      const first = alternative.elements[0];
      const key = leadKey(first, ignoreCase);
      if (first === undefined || key === undefined) {
        others.push(alternative.raw);
        continue;
      }
      const rest = alternative.raw.slice(first.raw.length);
      const branch = branches.get(key);
      if (!branch) branches.set(key, { lead: first.raw, wide: first.type === 'CharacterClass', rests: [rest] });
      else {
        // the wider spelling of the lead: the class `[k\u212A]` rather than the character `k`
        if (first.type === 'CharacterClass' && !branch.wide) Object.assign(branch, { lead: first.raw, wide: true });
        if (!branch.rests.includes(rest)) branch.rests.push(rest);
      }
    }
  }
  const merged = [...branches.values()].map(({ lead, rests: all }) => {
    const rests = joinedByTail(all, unicode(members));
    return rests.length === 1 ? `${lead}${rests[0] ?? ''}` : `${lead}(?:${rests.join('|')})`;
  });
  return [...merged, ...others].join('|') || '(?!)';
}

/** How the members' sources are parsed: with `u` when one of them has it (their pieces then read alike). */
function unicode(members: readonly RegExp[]): boolean {
  return members.some((member) => member.flags.includes('u') || member.flags.includes('v'));
}

/**
 * The rests of one branch, those that start with a group or a lookbehind and end alike written once:
 * `(?:mercadopago|stripe)["'\x60/]` and `(?:openai|stripe)["'\x60/]` as `(?:mercadopago|stripe|openai)["'\x60/]`,
 * `(?<=params\s*:)\s*NAME` and `(?<=headers\s*:)\s*NAME` as `(?<=params\s*:|headers\s*:)\s*NAME` (what comes
 * from two members: an SDK list of each rule, the query and the headers object used whole). The same texts
 * match, and the union is smaller: V8's code for it is cold again in each file, after the file's parse, and
 * costs by its size (see `anchoredSource` in core/prechecks/anchored.ts).
 */
function joinedByTail(rests: readonly string[], u: boolean): string[] {
  // keyed by what opens a rest and its tail; a rest kept as it is, by itself after a mark no source starts with
  const joined = new Map<string, { open: string; alternatives: string[]; tail: string } | string>();
  for (const rest of rests) {
    const start = openingOf(rest, u);
    if (start === undefined) {
      joined.set(`\u0000${rest}`, rest);
      continue;
    }
    const open = start.type === 'Group' ? '(?:' : '(?<=';
    const tail = rest.slice(start.raw.length);
    const inner = start.alternatives.map((alternative) => alternative.raw);
    const seen = joined.get(`${open}${tail}`);
    if (typeof seen !== 'object') joined.set(`${open}${tail}`, { open, alternatives: inner, tail });
    else for (const alternative of inner) if (!seen.alternatives.includes(alternative)) seen.alternatives.push(alternative);
  }
  return [...joined.values()].map((value) => (typeof value === 'string' ? value : `${value.open}${value.alternatives.join('|')})${value.tail}`));
}

/**
 * The group or lookbehind a rest starts with, when it is one alternative; `undefined` for any other
 * rest, and for one the parser reads otherwise under the union's flags (a rest of a member without `u`
 * in a union with `u` members), which is then kept as it is.
 */
function openingOf(rest: string, u: boolean): AST.Group | AST.LookbehindAssertion | undefined {
  if (rest === '') return undefined;
  let alternatives: readonly AST.Alternative[];
  try {
    alternatives = parser.parsePattern(rest, 0, rest.length, { unicode: u }).alternatives;
  } catch {
    return undefined;
  }
  const first = alternatives.length === 1 ? alternatives[0]?.elements[0] : undefined;
  return first?.type === 'Group' || (first?.type === 'Assertion' && first.kind === 'lookbehind' && !first.negate) ? first : undefined;
}

/** The answer kept for `pattern` on the current file: 1 yes, 0 no, -1 not asked yet. */
function kept(pattern: RegExp): number {
  for (let i = 0; i < slotCount; i++) if (slotPatterns[i] === pattern) return slotAnswers[i] === true ? 1 : 0;
  return -1;
}

function keep(pattern: RegExp, answer: boolean): boolean {
  if (slotCount < SLOTS) {
    slotPatterns[slotCount] = pattern;
    slotAnswers[slotCount] = answer;
    slotCount += 1;
  }
  return answer;
}

/**
 * Whether `global` (a `RegExp` with `g`) matches `sourceCode.text` outside its comments (no finding lives
 * in a comment: a JSDoc line about tokens is no reason to walk a file), from the start of the text; the
 * scan skips each comment it lands in.
 */
function matchesOutsideComments(sourceCode: ScannedSource, global: RegExp): boolean {
  const comments = sourceCode.ast?.comments ?? [];
  const { text } = sourceCode;
  global.lastIndex = 0;
  let next = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    const at = match.index;
    while (next < comments.length && (comments[next]?.range?.[1] ?? Infinity) <= at) next += 1;
    const range = comments[next]?.range;
    if (!range || at < range[0]) return true;
    global.lastIndex = Math.max(range[1], at + 1);
  }
  return false;
}

/** `pattern` with `g`, for `matchesOutsideComments`: itself when it has it (a union), else a copy made once. */
function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  return global;
}

/** Whether `pattern` matches `text` anywhere (comments included), from its start whatever its `lastIndex`. */
function matchesAnywhere(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/**
 * Whether the file's code matches `pattern` outside comments, once per file and pattern; when `pattern`
 * was declared with others (`askedTogether`), only if the file matches their union at all. A pattern
 * with `g` (a union asked itself, as the file gate does) is scanned once, comments skipped as it goes;
 * any other is tested first, and only a file it matches is scanned again for a match outside comments
 * (with a copy of it with `g`, made once), which few files need.
 */
export function textMentions(sourceCode: ScannedSource, pattern: RegExp): boolean {
  if (sourceCode !== slotSource) {
    slotSource = sourceCode;
    slotCount = 0;
  }
  // A union's kept answer is "outside comments" when it was asked itself, "anywhere" when a member
  // was asked first: a no of either means no member matches outside comments, all that a member's
  // question reads from it; a yes of "anywhere" answers a union asked itself yes, looser, never wrong.
  if (pattern.global) {
    const answer = kept(pattern);
    return answer === -1 ? keep(pattern, matchesOutsideComments(sourceCode, pattern)) : answer === 1;
  }
  const union = unions.get(pattern);
  if (union !== undefined) {
    // the union is tested comments included: no match at all means no match of any member
    const matched = kept(union);
    if (matched === 0 || (matched === -1 && !keep(union, matchesAnywhere(union, sourceCode.text)))) return false;
  }
  const answer = kept(pattern);
  if (answer !== -1) return answer === 1;
  const comments = sourceCode.ast?.comments;
  return keep(pattern, pattern.test(sourceCode.text) && (!comments || comments.length === 0 || matchesOutsideComments(sourceCode, globalOf(pattern))));
}

/** `text` as a regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replaceAll(/[$()*+./?[\\\]^{|}]/gu, '\\$&');
}
