/** Rule listeners put together: the handlers of both objects run, the first's first, for each key. */
import type { TSESLint } from '@typescript-eslint/utils';

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
