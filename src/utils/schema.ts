import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** A rule option that lists names: non-empty, unique strings. */
export function nameList(description: string): JSONSchema4 {
  return { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description };
}
