/** Types of scripts/bench/inputs.mjs, for tests/perf. */
export interface GeneratedInput {
  /** Stable name, e.g. `url-200kb-literal`. */
  readonly name: string;
  /** What the input holds, for the benchmark's table. */
  readonly what: string;
  /** Path the input is linted as (a client file under `src/components/`). */
  readonly filename: string;
  readonly code: string;
}

export declare const KB: number;
export declare const GROWTH_FACTORS: readonly number[];

/** The pathological inputs; `size` in bytes (default 200 KB), `depth` of '+' chains (2,000), `headers` per object (20,000). */
export declare function pathologicalInputs(scale?: { size?: number; depth?: number; headers?: number }): GeneratedInput[];

/** A typical client file (about the median corpus file), `times` times over. */
export declare function typicalFile(times: number): Omit<GeneratedInput, 'what'>;

/** An import graph of `modules` project files and a client file importing from each; `files` are written to disk before linting. */
export declare function importGraph(modules: number): GeneratedInput & { readonly files: Readonly<Record<string, string>> };

export declare const GRAPH_SIZES: readonly number[];
