/**
 * The "use the public key" suggestion of `no-secret-in-client`, for a client SDK initialiser passed a
 * public-prefixed secret env variable: `NEXT_PUBLIC_MP_ACCESS_TOKEN` → `NEXT_PUBLIC_MP_PUBLIC_KEY`,
 * `VITE_STRIPE_SECRET_KEY` → `VITE_STRIPE_PUBLISHABLE_KEY`, written in place of the read's property.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Provider } from '../sinks/initialisers.js';
import { publicPrefix } from '../credentials/secret-names.js';

/** The public counterpart of a secret env name, per provider: `…_ACCESS_TOKEN` → `…_PUBLIC_KEY`. */
const PUBLIC_COUNTERPART: Readonly<Record<Provider, string>> = { mercadopago: 'PUBLIC_KEY', stripe: 'PUBLISHABLE_KEY' };
const SECRET_PART = /ACCESS_TOKEN|SECRET_KEY|PRIVATE_KEY|SECRET/u;
const SCREAMING_SNAKE = /^[A-Z][\dA-Z_]*$/u;

export interface PublicKeySuggestion {
  /** The public variable to read. */
  readonly name: string;
  readonly fix: TSESLint.ReportFixFunction;
}

/**
 * The suggestion for the env read whose property is `property` and name `name`, for `provider`'s
 * initialiser: only a public-prefixed SCREAMING_SNAKE name with a secret part has a counterpart.
 */
export function publicKeySuggestion(name: string, provider: Provider, property: TSESTree.MemberExpression['property']): PublicKeySuggestion | undefined {
  const prefix = publicPrefix(name);
  const swapped = prefix !== undefined && SCREAMING_SNAKE.test(name) ? prefix + name.slice(prefix.length).replace(SECRET_PART, PUBLIC_COUNTERPART[provider]) : name;
  if (swapped === name) return undefined;
  return {
    name: swapped,
    fix: (fixer) => fixer.replaceText(property, property.type === AST_NODE_TYPES.Literal ? `${property.raw.charAt(0)}${swapped}${property.raw.charAt(0)}` : swapped),
  };
}
