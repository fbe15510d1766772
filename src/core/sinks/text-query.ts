/**
 * The query of a string whose whole value is known text (`const URL = BASE + '?api_key=…'`), put
 * together from how its pieces read (`QueryReader` in core/values/url.ts) rather than by parsing each whole
 * text again: a chain of `const` strings, each the one before plus a piece, is read once in all. The
 * pieces are those the value resolver composed the text from (`pieces()`); each reading is cached per
 * node, for the file.
 *
 * For no-token-in-url, which keeps the parameters it has a verdict on (`keep`); any reader of query
 * parameters in constant URLs can use it the same way. One instance per linted file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { QueryReader, type KeepParam, type PathRead, type QueryRead, type TextQuery } from '../values/url.js';
import type { Values } from '../values/resolver.js';

type Scope = TSESLint.Scope.Scope;

export class TextQueries<T> {
  readonly #values: Values;
  readonly #reader: QueryReader<T>;
  /** How each known string read so far reads from the start of a URL, and inside a query. */
  readonly #pathReads = new WeakMap<TSESTree.Node, PathRead<T>>();
  readonly #queryReads = new WeakMap<TSESTree.Node, QueryRead<T>>();

  constructor(values: Values, keep: KeepParam<T>) {
    this.#values = values;
    this.#reader = new QueryReader(keep);
  }

  /** The query of `node` (whose whole value is known text) and what `keep` kept of it; `undefined` without a query. */
  query(node: TSESTree.Node, scope: Scope): TextQuery<T> | undefined {
    return this.#reader.whole(this.#pathRead(node, scope), () => this.#queryRead(node, scope));
  }

  /** How the known text of `node` reads from the start of a URL. */
  #pathRead(node: TSESTree.Node | string, scope: Scope): PathRead<T> {
    const reader = this.#reader;
    if (typeof node === 'string') return reader.pathOfText(node);
    return this.#readPieces(node, scope, this.#pathReads, (text) => reader.pathOfText(text), (before, piece) =>
      reader.pathOfPair(before, () => this.#pathRead(piece, scope), () => this.#queryRead(piece, scope)),
    );
  }

  /** How the known text of `node` reads inside a query. */
  #queryRead(node: TSESTree.Node | string, scope: Scope): QueryRead<T> {
    const reader = this.#reader;
    if (typeof node === 'string') return reader.queryOfText(node);
    return this.#readPieces(node, scope, this.#queryReads, (text) => reader.queryOfText(text), (before, piece) =>
      reader.queryOfPair(before, this.#queryRead(piece, scope)),
    );
  }

  /**
   * A reading of `node` put together from its pieces' (`pieces()`), cached per node. The first
   * pieces are followed in a loop, not by recursion: a 3,000-term concatenation is 3,000 first
   * pieces deep.
   */
  #readPieces<R>(
    node: TSESTree.Node,
    scope: Scope,
    cache: WeakMap<TSESTree.Node, R>,
    ofText: (text: string) => R,
    then: (before: R, piece: TSESTree.Node | string) => R,
  ): R {
    const cached = cache.get(node);
    if (cached) return cached;
    const chain: { node: TSESTree.Node; pieces: (TSESTree.Node | string)[] | undefined }[] = [];
    let first: TSESTree.Node | string = node;
    while (typeof first !== 'string' && !cache.has(first)) {
      const pieces = this.#values.pieces(first, scope);
      chain.push({ node: first, pieces });
      if (!pieces) break;
      first = pieces[0] ?? '';
    }
    let read = typeof first === 'string' ? ofText(first) : cache.get(first);
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const link = chain[i];
      /* c8 ignore next -- indices stay within the chain */
      if (!link) continue;
      read = link.pieces ? link.pieces.slice(1).reduce(then, read as R) : ofText(this.#values.text(link.node, scope) ?? '');
      cache.set(link.node, read);
    }
    return read as R;
  }
}
