/**
 * Where a credential a rule reports was written, when it was written in another module (#18): the
 * imported text behind a URL's credential (`no-token-in-url`) and the secret-named import of browser
 * code whose value is a private credential (`no-secret-in-client`). The values come from the resolver
 * (`Values.imported`, `Values.importedTexts`); this file only picks the one a message names.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { fingerprint } from '../credentials/redact.js';
import type { FileFacts } from '../files/file.js';
import type { ImportedFallback, ImportedValue, Values } from '../values/resolver.js';

type ImportedText = Extract<ImportedValue, { kind: 'text' }>;

/** no-secret-in-client's pre-check: a file that names a secret and imports may import a secret-named constant. */
export const MODULE_READS = /\bimport\b|\brequire\s*\(/u;

/** The message data naming where an imported text (or fallback) is written (`name`, `file`, `line`), or `undefined` for any other value. */
export function writtenIn(value: ImportedValue | ImportedFallback | undefined): { readonly name: string; readonly file: string; readonly line: string } | undefined {
  if (value?.kind !== 'text' && value?.kind !== 'fallback') return undefined;
  const { name, file, line } = value.where;
  return { name, file, line: String(line) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The imported text a known credential in a URL was written in (`?access_token=${PAYMENTS.accessToken}`,
 * or a whole URL imported from a constants module): the one whose value has the reported fingerprint
 * `shown`, else the only imported text that holds a query.
 */
export function importedSource(values: Values, facts: Pick<FileFacts, 'identify'>, node: TSESTree.Node, shown: string): ImportedText | undefined {
  const candidates = values.importedTexts(node);
  if (candidates.length === 0) return undefined;
  const same = candidates.find(({ text }) => {
    const trimmed = safeDecode(text).trim();
    return fingerprint(trimmed, facts.identify(trimmed)) === shown;
  });
  if (same) return same;
  const queries = candidates.filter(({ text }) => text.includes('='));
  return queries.length === 1 ? queries[0] : undefined;
}

/** The message data of a secret-named import whose value in its module is a private credential. */
export interface ImportedSecret {
  readonly credential: string;
  readonly name: string;
  readonly file: string;
  readonly line: string;
}

/**
 * `import { STRIPE_SECRET_KEY } from './constants'`: whether the binding is secret-named (by its local
 * or its exported name), the only imports whose values are read.
 */
function isSecretSpecifier(names: { isSecret(name: string): boolean }, specifier: TSESTree.ImportClause): boolean {
  if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return false;
  if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type') return false;
  const exported = specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.local.name;
  return names.isSecret(specifier.local.name) || names.isSecret(exported);
}

/**
 * The secret-named imports of a declaration (`isSecretSpecifier`) whose values, written in another
 * module, are reportable private credentials, with the specifier to report. `isClient` is asked once,
 * and only when a specifier is secret-named (it may classify the file); when it says no, no module is
 * read and nothing is returned. A file reads no module for its other imports.
 */
export function importedSecrets(
  values: Values,
  facts: Pick<FileFacts, 'identify' | 'isReportable'>,
  names: { isSecret(name: string): boolean },
  declaration: TSESTree.ImportDeclaration,
  isClient: () => boolean,
): { readonly specifier: TSESTree.ImportClause; readonly data: ImportedSecret }[] {
  const found: { readonly specifier: TSESTree.ImportClause; readonly data: ImportedSecret }[] = [];
  let client: boolean | undefined;
  for (const specifier of declaration.specifiers) {
    if (!isSecretSpecifier(names, specifier)) continue;
    client ??= isClient();
    if (!client) return found;
    const data = privateText(values, facts, specifier.local, values.scope(specifier.local));
    if (data) found.push({ specifier, data });
  }
  return found;
}

/**
 * The other ways browser code reads a secret-named export of another module, beyond an import
 * specifier (`importedSecrets`): a member of a namespace or of a required module
 * (`import * as keys from './keys'; keys.STRIPE_SECRET_KEY`, `require('./keys').STRIPE_SECRET_KEY`,
 * `config.stripe.secretKey`), and destructuring (`const { STRIPE_SECRET_KEY } = require('./keys')`).
 * Each exported value is reported once per file, at its first read in browser code (`isClient`, asked
 * before any module is read).
 */
export function importedSecretReadListeners(
  values: Values,
  facts: Pick<FileFacts, 'identify' | 'isReportable'>,
  names: { isSecret(name: string): boolean },
  isClient: (node: TSESTree.Node) => boolean,
  report: (node: TSESTree.Node, data: ImportedSecret) => void,
): TSESLint.RuleListener {
  const seen = new Set<string>();
  // a client file has thousands of member reads and few names: each name is classified once
  const secretNames = new Map<string, boolean>();
  const isSecret = (name: string): boolean => {
    let secret = secretNames.get(name);
    if (secret === undefined) {
      secret = names.isSecret(name);
      secretNames.set(name, secret);
    }
    return secret;
  };
  const check = (node: TSESTree.Node, read: TSESTree.Node, scope: TSESLint.Scope.Scope): void => {
    if (!isClient(node)) return;
    const data = privateText(values, facts, read, scope);
    if (!data || seen.has(`${data.file}\0${data.name}`)) return;
    seen.add(`${data.file}\0${data.name}`);
    report(node, data);
  };
  return {
    MemberExpression(node) {
      if (node.object.type === AST_NODE_TYPES.ThisExpression || node.object.type === AST_NODE_TYPES.Super) return;
      const key = node.computed && node.property.type !== AST_NODE_TYPES.Literal ? null : ASTUtils.getPropertyName(node);
      if (key === null || !isSecret(key) || isWrite(node)) return;
      const scope = values.scope(node);
      check(node, node, scope);
    },
    VariableDeclarator(node) {
      if (node.id.type !== AST_NODE_TYPES.ObjectPattern || !node.init) return;
      const scope = values.scope(node);
      for (const property of node.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.value.type !== AST_NODE_TYPES.Identifier) continue;
        const key = ASTUtils.getPropertyName(property, scope);
        if ((key === null || !isSecret(key)) && !isSecret(property.value.name)) continue;
        check(property, property.value, scope);
      }
    },
  };
}

/**
 * The message data of an imported read whose value is a reportable private credential, or falls back on
 * one (`process.env.T || 'sk_live_…'` there: the literal ships in the bundle with the module).
 */
function privateText(values: Values, facts: Pick<FileFacts, 'identify' | 'isReportable'>, read: TSESTree.Node, scope: TSESLint.Scope.Scope): ImportedSecret | undefined {
  const value = values.importedValue(read, scope);
  if (value?.kind !== 'text' && value?.kind !== 'fallback') return undefined;
  const match = facts.identify(value.text);
  if (match?.kind !== 'private' || !facts.isReportable(value.text, match)) return undefined;
  const { name, file, line } = value.where;
  return { credential: fingerprint(match.value, match), name, file, line: String(line) };
}

function isWrite(node: TSESTree.MemberExpression): boolean {
  const { parent } = node;
  return (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) || parent.type === AST_NODE_TYPES.UpdateExpression;
}
