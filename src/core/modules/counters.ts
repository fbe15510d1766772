/**
 * How much file-system and parser work the module reader has done in this process. Tests assert on
 * the differences (a second read of the same export reads no file; a graph of N modules is parsed N
 * times), which is how cost is tested here: counted, never timed.
 */
export interface ReaderCounters {
  /** `statSync` calls: resolution probes, project-root walks, freshness checks. */
  stats: number;
  /** Files read from disk (modules and tsconfig/jsconfig files). */
  reads: number;
  /** Parser invocations, failed ones included. */
  parses: number;
  /** Of those, the ones made with `@typescript-eslint/parser` as a fallback. */
  fallbackParses: number;
}

export const counters: ReaderCounters = { stats: 0, reads: 0, parses: 0, fallbackParses: 0 };

/** A copy of the counters now (subtract two copies to count what happened in between). */
export function readerCounters(): Readonly<ReaderCounters> {
  return { ...counters };
}
