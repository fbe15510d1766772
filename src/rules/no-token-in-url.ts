import { createRule } from '../utils/create-rule.js';

export type Options = [Record<string, never>];
export type MessageIds = 'todo';

// Skeleton: the rule's own issue fills this in.
export default createRule<Options, MessageIds>({
  name: 'no-token-in-url',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow credentials in URL query strings', recommended: true },
    schema: [{ type: 'object', additionalProperties: false, properties: {} }],
    defaultOptions: [{}],
    messages: { todo: 'Not implemented yet.' },
    languages: ['js/js'],
  },
  create() {
    return {};
  },
});
