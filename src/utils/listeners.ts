import type { TSESLint } from '@typescript-eslint/utils';

/**
 * What `create()` returns for a file it has nothing to listen to: one frozen object for every file.
 * Inside ESLint, a rule is charged for the garbage collection its allocations trigger, and `create()`
 * runs for every file; a new `{}` per file and rule showed in the benchmark.
 */
export const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/** Rule listeners put together: the handlers of both objects run, the first's first, for each key. */
export function mergeListeners(first: TSESLint.RuleListener, second: TSESLint.RuleListener): TSESLint.RuleListener {
  // RuleListener maps selectors to handlers of different node types; merged per key, each handler
  // still receives the node type its own key promises.
  const merged = { ...first } as Record<string, ((node: never) => void) | undefined>;
  for (const [key, handler] of Object.entries(second as Record<string, ((node: never) => void) | undefined>)) {
    const earlier = merged[key];
    merged[key] =
      earlier && handler
        ? (node: never) => {
            earlier(node);
            handler(node);
          }
        : (handler ?? earlier);
  }
  return merged;
}
