/**
 * Faster whole-file pre-check patterns: each alternative starts at its rarest character.
 *
 * V8's regex engine tries a pattern at every position of the text, and an alternation of words that
 * start with common letters (`secret|token|api…key`) costs a try at nearly every letter of every
 * file. Rewritten so that each alternative starts at the character of it that code holds least often
 * (`k` of `token`, `z` of `authorization`, `-` of `-secret`), checks the literal text that follows it,
 * and only then what comes before, with a lookbehind, the pattern matches exactly the same texts and
 * tries far fewer positions: `token` becomes `ken(?<=token)`, and the alternatives that start at one
 * character share one branch. The lookbehind comes after the anchor character, never first: a pattern
 * that opens with a lookbehind tries it at every position, which is what this avoids; and after the
 * literal text that follows the anchor, which fails at once at nearly every anchor character in code
 * (the case-insensitive union scanned in 21 ms instead of 47 ms on the benchmark corpus, in a loop).
 *
 * No regex-building library does this rewrite (tried: none rewrites for V8's scan speed); it is kept
 * to literal text and the separator runs the pre-checks use.
 */
import { escapeRegExp } from './text.js';

/** A piece of an alternative: literal text, or a regex source (a separator run, a lookahead) that never holds the anchor. */
export type Piece = string | { readonly source: string };

/**
 * Printable ASCII characters from the rarest to the most common in code, measured on the benchmark
 * corpus (10 MB of TypeScript and JavaScript): letters case-folded for case-insensitive patterns, and
 * as written for the others. Characters not listed (other scripts, controls) are never anchors: a
 * UTF-16 half of one would not match in a `u` pattern.
 */
const BY_RARITY_FOLDED = "~^%\\79$6#58!4&+|?z3q2`][-j01\"@_k<w:>x/yv}{,*;'=g()b.fhmpudclsinaorte ";
const BY_RARITY = "~^%\\Z7JYQ9K$6X#58!4&+|Hz?qWG3V2U`][j-O01\"D@MNBFLIkE_ARS<PwC:T>xv/yb}{,*g;'=()fh.mpudclsinaorte ";

/** How a pattern compares letters: `ignoreCase` for a `RegExp` with `i` and without `u`. */
export interface AnchorOptions {
  readonly ignoreCase: boolean;
  /**
   * Characters to anchor at when an alternative holds one (the rarest of those it holds), before any
   * rarer one: patterns scanned in one union (`askedTogether`) anchored at a few shared characters
   * make a union of few branches (`UNION_ANCHORS`).
   */
  readonly prefer?: string;
}

/**
 * The characters the case-insensitive pre-check union (core/prechecks/defaults.ts) anchors its
 * alternatives at. V8 tries every branch of an alternation at every position it cannot skip, so a
 * union costs about the number of its branches, however rare each anchor: `askedTogether` merges the
 * alternatives that start at the same character into one branch, and the patterns of that union
 * anchor at these characters where they can (`jwt` at `w` rather than `j`, `authorization` at `h`
 * rather than `z`, `service role` at `c` rather than `v`). Measured on the benchmark corpus (10 MB):
 * nine branches instead of eighteen scanned in about half the time.
 */
export const UNION_ANCHORS = 'kcwbph:q+';

/**
 * The same for the case-sensitive union of defaults.ts, whose other branches start at a quote, `A` of
 * `AKIA` and `-` of a PEM block: `P` of `DefinePlugin`, `EnvironmentPlugin`, `MercadoPago` and of the
 * public env prefixes (`NEXT_PUBLIC_`, `REACT_APP_`), `-` of `-----BEGIN `.
 */
export const CASED_UNION_ANCHORS = 'P-';

function rank(char: string, { ignoreCase }: AnchorOptions): number {
  return ignoreCase ? BY_RARITY_FOLDED.indexOf(char.toLowerCase()) : BY_RARITY.indexOf(char);
}

/** `rank`, with the preferred characters (`AnchorOptions.prefer`) ranked before all others. */
function preferredRank(char: string, options: AnchorOptions): number {
  const r = rank(char, options);
  if (r === -1) return -1;
  const preferred = options.prefer?.includes(options.ignoreCase ? char.toLowerCase() : char) === true;
  return preferred ? r : r + BY_RARITY.length;
}

/**
 * One character as a source. Case-insensitive, `k` also stands for the Kelvin sign, the one non-ASCII
 * letter that `toLowerCase()` turns into an ASCII one (`i` without `u` does not fold it).
 */
function charSource(char: string, { ignoreCase }: AnchorOptions): string {
  return ignoreCase && (char === 'k' || char === 'K') ? '[k\\u212A]' : escapeRegExp(char);
}

function piecesSource(pieces: readonly Piece[], options: AnchorOptions): string {
  let source = '';
  for (const piece of pieces) {
    if (typeof piece !== 'string') source += piece.source;
    else for (let i = 0; i < piece.length; i++) source += charSource(piece.charAt(i), options);
  }
  return source;
}

interface Split {
  readonly anchor: string;
  readonly before: readonly Piece[];
  readonly after: readonly Piece[];
}

/**
 * Where `alternative` is cut: at its rarest preferred character, else at its rarest character (the
 * first of equal ones); none without a listed character.
 */
function split(alternative: readonly Piece[], options: AnchorOptions): Split | undefined {
  let best: { piece: number; char: number; rank: number } | undefined;
  for (const [p, piece] of alternative.entries()) {
    if (typeof piece !== 'string') continue;
    for (let c = 0; c < piece.length; c++) {
      const r = preferredRank(piece.charAt(c), options);
      if (r !== -1 && (!best || r < best.rank)) best = { piece: p, char: c, rank: r };
    }
  }
  if (!best) return undefined;
  const piece = alternative[best.piece] as string;
  return {
    anchor: options.ignoreCase ? piece.charAt(best.char).toLowerCase() : piece.charAt(best.char),
    before: [...alternative.slice(0, best.piece), piece.slice(0, best.char)],
    after: [piece.slice(best.char + 1), ...alternative.slice(best.piece + 1)],
  };
}

/**
 * A source that matches a text exactly when one of `alternatives` (each a sequence of pieces) does: for
 * a `RegExp` with the flag `i` and without `u` when `ignoreCase` (the default), else for one with `u`.
 * Empty alternatives are dropped; none left gives a pattern that matches nothing.
 */
export function anchoredSource(alternatives: readonly (readonly Piece[])[], options: AnchorOptions = { ignoreCase: true }): string {
  const groups = new Map<string, Map<string, Branch>>();
  const plain: string[] = [];
  for (const alternative of alternatives) {
    const cut = split(alternative, options);
    if (!cut) {
      const source = piecesSource(alternative, options);
      if (source !== '') plain.push(source);
      continue;
    }
    const anchor = charSource(cut.anchor, options);
    // the literal text after the anchor first, then what comes before it, checked backwards from there:
    // a forward literal fails at once at nearly every anchor character, a lookbehind costs more
    const [literal = '', ...rest] = cut.after;
    const ahead = piecesSource([literal], options);
    const tail = piecesSource(rest, options);
    const before = beforeOf(cut.before, options);
    let group = groups.get(anchor);
    if (!group) groups.set(anchor, (group = new Map<string, Branch>()));
    const key = `${ahead}\u0000${tail}`;
    const branch = group.get(key);
    if (!branch) group.set(key, { ahead, tail, befores: [before] });
    else if (!branch.befores.some((b) => b.lead === before.lead && b.separator === before.separator)) branch.befores.push(before);
  }
  const sources = [...groups].map(([anchor, group]) => {
    const branches = mergedByTail([...group.values()], anchor);
    return branches.length === 1 ? `${anchor}${branches[0]}` : `${anchor}(?:${branches.join('|')})`;
  });
  return [...sources, ...plain].join('|') || '(?!)';
}

/** The alternatives of one anchor that share the literal after it and what follows (`tail`): what may come before each. */
interface Branch {
  readonly ahead: string;
  readonly tail: string;
  /** Empty for an alternative with nothing before the anchor, which matches wherever the others do. */
  readonly befores: Before[];
}

/** What comes before an anchor, as sources: the run of separators it ends with (`[^\\da-z]*`), if any, and what precedes that. */
interface Before {
  readonly lead: string;
  readonly separator: string;
}

/** `pieces` (what comes before an anchor) cut before the separator run they end with, if any. */
function beforeOf(pieces: readonly Piece[], options: AnchorOptions): Before {
  const last = pieces.findLastIndex((piece) => piece !== '');
  const end = pieces[last];
  return end === undefined || typeof end === 'string'
    ? { lead: piecesSource(pieces, options), separator: '' }
    : { lead: piecesSource(pieces.slice(0, last), options), separator: end.source };
}

/**
 * The alternation of `befores` as a source, those that end with the same separator run written with it
 * once (`(?:private|api)[^\\da-z]*`): V8 runs each alternative of a lookbehind in turn, its separator
 * loop included.
 */
function beforesSource(befores: readonly Before[]): string {
  const bySeparator = new Map<string, string[]>();
  for (const { lead, separator } of befores) {
    const leads = bySeparator.get(separator);
    if (leads) leads.push(lead);
    else bySeparator.set(separator, [lead]);
  }
  const sources = [...bySeparator].map(([separator, leads]) => (leads.length === 1 ? `${leads[0] ?? ''}${separator}` : `(?:${leads.join('|')})${separator}`));
  return sources.length === 1 ? (sources[0] ?? '') : `(?:${sources.join('|')})`;
}

/**
 * The branches of one anchor as sources, written once per shared part: alternatives that differ only
 * in what comes before the anchor share one lookbehind of their alternation
 * (`ey(?<=(?:private|admin)[^\da-z]*[k\u212A]ey)`, not one branch each), and branches that end alike share
 * their tail (`(?:s\.stringify\(|uerystring\.stringify\()\s*…`). The same texts match; the pattern is
 * smaller, which a scan of every file pays for: inside ESLint, V8's code for a union is cold again in
 * each file after its parse (benchmark corpus: the case-insensitive union went from 1,827 to 1,091
 * characters and its scans from 33.2 to 31.4 ms, paired in one process).
 */
function mergedByTail(branches: readonly Branch[], anchor: string): string[] {
  const byTail = new Map<string, string[]>();
  for (const { ahead, tail, befores } of branches) {
    // an alternative with nothing before the anchor matches every text the others with its ahead and tail match
    const head = befores.some((b) => b.lead === '' && b.separator === '') ? ahead : `${ahead}(?<=${beforesSource(befores)}${anchor}${ahead})`;
    const heads = byTail.get(tail);
    if (heads) heads.push(head);
    else byTail.set(tail, [head]);
  }
  return [...byTail].flatMap(([tail, heads]) => (tail === '' || heads.length === 1 ? heads.map((head) => `${head}${tail}`) : [`(?:${heads.join('|')})${tail}`]));
}
