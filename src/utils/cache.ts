/**
 * A cache keyed on a pair of objects, held weakly: `get(a, b, build)` calls `build` once per pair and
 * answers its value after. For what depends on a rule's options and the shared settings (pre-check
 * patterns, header lists), and for what depends on a file and a pattern (text scans).
 */
export class PairCache<A extends object, B extends object, V> {
  readonly #outer = new WeakMap<A, WeakMap<B, { readonly value: V }>>();

  get(a: A, b: B, build: () => V): V {
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
    return entry.value;
  }
}
