/**
 * The strings of a JSON document, for `no-secret-in-client` under `@eslint/json`'s languages
 * (`json/json`, `json/jsonc`, `json/json5`; issue #20). Their nodes are `@humanwhocodes/momoa`'s:
 * `Document`, `Object` with `Member`s (a `name`, a `String` or in JSON5 an `Identifier`, and a
 * `value`), `Array` with `Element`s, `String`. Each string value is handed on with the name of the
 * member that holds it (none for an array element) and the member names from the root down to it, so
 * that the rule can tell `expo.extra` apart. Keys are not values.
 */

/** The nodes of a JSON document, as far as this module reads them. */
export interface JsonNode {
  readonly type: string;
}
interface JsonString extends JsonNode {
  readonly type: 'String';
  readonly value: string;
}
interface JsonMember extends JsonNode {
  readonly type: 'Member';
  readonly name: JsonNode & { readonly value?: string; readonly name?: string };
  readonly value: JsonNode;
}

/** The source code of a JSON document, as far as this module reads it. */
export interface JsonSourceCode {
  readonly ast: JsonNode;
  getParent: (node: JsonNode) => JsonNode | undefined;
}

/** Whether `sourceCode` is a JSON document of `@eslint/json` (its root is a `Document`, a JS program's a `Program`). */
export function isJsonDocument(sourceCode: { readonly ast: unknown }): boolean {
  return (sourceCode.ast as JsonNode).type === 'Document';
}

const isMember = (node: JsonNode | undefined): node is JsonMember => node?.type === 'Member';

/** A member's key: a string key's value, a JSON5 identifier's name. */
const keyOf = (member: JsonMember): string | undefined => member.name.value ?? member.name.name;

/** A string value of the document: its node, its text, the member that holds it, the keys from the root down. */
export interface JsonValue {
  readonly node: JsonNode;
  readonly value: string;
  /** The key of the member whose value it is; `undefined` for an array element. */
  readonly name: string | undefined;
  /** The keys from the root down to it (array elements add none): `['expo', 'extra', 'stripe', 'secretKey']`. */
  readonly path: () => readonly string[];
}

/** Listeners that give `onValue` each string value of the document (not its keys). */
export function jsonStringListeners(sourceCode: JsonSourceCode, onValue: (value: JsonValue) => void): Record<string, (node: JsonNode) => void> {
  const path = (node: JsonNode): string[] => {
    const keys: string[] = [];
    for (let current = sourceCode.getParent(node); current; current = sourceCode.getParent(current)) {
      if (isMember(current)) keys.push(keyOf(current) ?? '');
    }
    return keys.reverse();
  };
  return {
    String(node) {
      const parent = sourceCode.getParent(node);
      // a key is a String node too
      if (isMember(parent) && parent.name === node) return;
      const text = (node as JsonString).value;
      onValue({ node, value: text, name: isMember(parent) ? keyOf(parent) : undefined, path: () => path(node) });
    },
  };
}
