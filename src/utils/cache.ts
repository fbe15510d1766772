/**
 * A cache keyed on a pair of objects, held weakly: `get(a, b, build)` calls `build` once per pair and
 * answers its value after. For what depends on a rule's options and the shared settings (pre-check
 * patterns, header lists). The last pair asked about is kept aside: every file of one configuration
 * asks with the same pair, and `create()` runs on every file, so the usual answer costs two
 * comparisons instead of two WeakMap lookups.
 */
export class PairCache<A extends object, B extends object, V> {
  readonly #outer = new WeakMap<A, WeakMap<B, { readonly value: V }>>();
  #lastA: A | undefined;
  #lastB: B | undefined;
  #lastValue: V | undefined;

  /** The value of the last pair asked about, when `a` and `b` are that pair (callers skip making `build`). */
  last(a: A, b: B): V | undefined {
    return a === this.#lastA && b === this.#lastB ? this.#lastValue : undefined;
  }

  get(a: A, b: B, build: () => V): V {
    if (a === this.#lastA && b === this.#lastB) return this.#lastValue as V;
    let inner = this.#outer.get(a);
    if (!inner) {
      inner = new WeakMap();
      this.#outer.set(a, inner);
    }
    let entry = inner.get(b);
    if (!entry) {
      entry = { value: build() };
      inner.set(b, entry);
    }
    this.#lastA = a;
    this.#lastB = b;
    this.#lastValue = entry.value;
    return entry.value;
  }
}

/**
 * A cache keyed on a string that describes a configuration (its JSON, a sorted list): `get(key,
 * build)` calls `build` once per key. Cleared past `limit` entries, a bound for long editor sessions
 * that see many configurations.
 */
export class ConfigCache<V> {
  readonly #entries = new Map<string, V>();
  readonly #limit: number;

  constructor(limit = 64) {
    this.#limit = limit;
  }

  get(key: string, build: () => V): V {
    let value = this.#entries.get(key);
    if (value === undefined) {
      value = build();
      if (this.#entries.size >= this.#limit) this.#entries.clear();
      this.#entries.set(key, value);
    }
    return value;
  }
}
