/**
 * Fixes that move a credential from a URL query into a request header: the parameter leaves the URL
 * string (rebuilt from its own syntax) or the client's `params` object, and a header property is
 * added to the request's options (`{ headers: { Authorization: `Bearer ${token}` } }`), creating the
 * options argument or its `headers` object when there is none.
 *
 * Answers "can this request carry `header` instead, and with which edits?" for fetch and axios calls
 * whose options are object literals written in place. The caller names the header and decides
 * whether the move is safe to apply unasked (an autofix) or only to suggest; the host of the
 * request's URL is given back for that decision. Written for no-token-in-url; the header insertion
 * (`headerEdit`, `objectHeaderEdit`) and property removal serve any rule that moves a value into
 * headers. One instance per linted file.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { describeCall, type HttpCall, type UrlSink } from '../sinks/http.js';
import { hostOf } from '../values/url.js';
import { propertyName, syntacticParts, unwrap } from '../values/static.js';
import { itemsToSource, parseQuery, withoutParam, type QueryParam } from '../values/url.js';
import type { Values } from '../values/resolver.js';
import { normalizeName } from '../credentials/vocabulary.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixes = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];

/** A planned move of a query parameter into a request header. */
export interface HeaderMove {
  /** The host of the request's URL, when it starts with known `https://host` text. */
  readonly host: string | undefined;
  readonly apply: Fixes;
}

/** The edits that add a header to a call: text right after the URL argument, and other fixes. */
export interface HeaderEdit {
  readonly afterUrl: string;
  readonly fixes: Fixes;
}

/** The property that sends `token` (source text) in `header`: `Authorization: `Bearer ${token}``, `'X-API-Key': token`. */
export function headerPropertyText(header: string, token: string): string {
  if (header === 'Authorization') return `Authorization: \`Bearer \${${token}}\``;
  return `'${header}': ${token}`;
}

/** `encodeURIComponent(token)` → `token`: a header value is not URL-encoded. */
export function tokenExpression(node: TSESTree.Node): TSESTree.Node {
  const target = unwrap(node);
  if (
    target.type === AST_NODE_TYPES.CallExpression &&
    target.callee.type === AST_NODE_TYPES.Identifier &&
    target.callee.name === 'encodeURIComponent' &&
    target.arguments.length === 1 &&
    target.arguments[0]?.type !== AST_NODE_TYPES.SpreadElement
  ) {
    return target.arguments[0] ?? node;
  }
  return node;
}

/** An object literal whose keys are all written out (no spread, no computed key): safe to edit. */
function isStaticObject(object: TSESTree.ObjectExpression): boolean {
  return object.properties.every((p) => p.type === AST_NODE_TYPES.Property && !p.computed);
}

/** `fetch(url, …)` (also `window.fetch`, `globalThis.fetch`) and axios calls that take the URL first. */
function isFixableClient(call: TSESTree.CallExpression, described: HttpCall): boolean {
  if (described.client === 'fetch') {
    const callee = unwrap(call.callee);
    return (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'fetch') || described.name === 'window.fetch' || described.name === 'globalThis.fetch';
  }
  return described.client === 'axios' && described.urlIndex === 0;
}

function insertProperty(fixer: TSESLint.RuleFixer, object: TSESTree.ObjectExpression, text: string): TSESLint.RuleFix {
  const last = object.properties.at(-1);
  if (!last) return fixer.replaceText(object, `{ ${text} }`);
  return fixer.insertTextAfter(last, `, ${text}`);
}

/** Edits of one file's requests that move query parameters into headers. */
export class HeaderInsertion {
  readonly #sourceCode: SourceCode;
  readonly #values: Values;

  constructor(sourceCode: SourceCode, values: Values) {
    this.#sourceCode = sourceCode;
    this.#values = values;
  }

  /**
   * `param` of the URL string `root` moved to `header` of the request `sink` makes: when `root` is
   * the URL argument of a fetch or axios call, the parameter's value is one hole written in `root`
   * itself, and the call's options can take the header.
   */
  fromUrl(root: TSESTree.Node, param: QueryParam, header: string, sink: UrlSink | undefined): HeaderMove | undefined {
    if (!sink?.call || sink.call.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const call = sink.call;
    const sourceCode = this.#sourceCode;
    const described = describeCall(call, sourceCode.getScope(call));
    if (!described || !isFixableClient(call, described)) return undefined;
    const urlArg = call.arguments[described.urlIndex];
    if (!urlArg || unwrap(urlArg) !== root) return undefined;
    // Rebuild the URL from its own syntax (constants stay as they are written).
    const own = syntacticParts(root);
    if (own[0]?.kind === 'hole' && own[1]?.kind === 'hole') return undefined;
    const ownQuery = parseQuery(own, {});
    const ownParam = ownQuery.params.find((p) => p.name === param.name);
    if (ownParam?.value.length !== 1 || ownParam.value[0]?.kind !== 'hole') return undefined;
    const tokenNode = tokenExpression(ownParam.value[0].node);
    const headerProperty = headerPropertyText(header, sourceCode.getText(tokenNode));
    const config = described.configIndex >= 0 ? call.arguments[described.configIndex] : undefined;
    const headerEdit = this.headerEdit(call, described, config, header, headerProperty);
    if (!headerEdit) return undefined;
    const newUrl = itemsToSource(withoutParam(ownQuery, ownParam), (node) => sourceCode.getText(node));
    return {
      host: hostOf(this.#values.parts(root, sourceCode.getScope(root))),
      apply: (fixer) => [
        fixer.replaceText(root, newUrl),
        ...(headerEdit.afterUrl ? [fixer.insertTextAfter(urlArg, headerEdit.afterUrl)] : []),
        ...headerEdit.fixes(fixer),
      ],
    };
  }

  /**
   * The property `entry` of an axios call's `params` object (written in `config`, an object literal)
   * moved to `header` in the same config: the property leaves `params`, the header joins `headers`.
   */
  fromParams(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    described: HttpCall,
    config: TSESTree.Node,
    entry: { readonly node: TSESTree.Node; readonly value?: TSESTree.Node },
    header: string,
  ): HeaderMove | undefined {
    if (call.type !== AST_NODE_TYPES.CallExpression || described.client !== 'axios' || !entry.value) return undefined;
    if (entry.node.type !== AST_NODE_TYPES.Property) return undefined;
    const configObject = unwrap(config);
    if (configObject.type !== AST_NODE_TYPES.ObjectExpression || !isStaticObject(configObject)) return undefined;
    const params = entry.node.parent;
    if (params.type !== AST_NODE_TYPES.ObjectExpression || params.parent.type !== AST_NODE_TYPES.Property || params.parent.parent !== configObject) {
      return undefined;
    }
    const tokenNode = tokenExpression(entry.value);
    const headerProperty = headerPropertyText(header, this.#sourceCode.getText(tokenNode));
    const headerEdit = this.objectHeaderEdit(configObject, header, headerProperty);
    if (!headerEdit) return undefined;
    const property = entry.node;
    const url = described.urlIndex >= 0 ? call.arguments[described.urlIndex] : this.#urlProperty(configObject);
    return {
      host: url ? hostOf(this.#values.parts(url, this.#sourceCode.getScope(url))) : undefined,
      apply: (fixer) => [params.properties.length === 1 ? fixer.replaceText(params, '{}') : this.removeProperty(fixer, property), ...headerEdit(fixer)],
    };
  }

  /**
   * The edits that add `headerProperty` to a call: into `config` when it is an object literal with
   * written-out keys; else a new `{ headers: { … } }` argument after the URL (or after the body, or
   * after an `undefined` body for `axios.post(url)`).
   */
  headerEdit(call: TSESTree.CallExpression, described: HttpCall, config: TSESTree.Node | undefined, header: string, headerProperty: string): HeaderEdit | undefined {
    if (config) {
      const object = unwrap(config);
      if (object.type !== AST_NODE_TYPES.ObjectExpression || !isStaticObject(object)) return undefined;
      const edit = this.objectHeaderEdit(object, header, headerProperty);
      return edit ? { afterUrl: '', fixes: edit } : undefined;
    }
    const addition = `{ headers: { ${headerProperty} } }`;
    // fetch and axios calls without a config: it goes right after the URL, or after the body
    if (described.configIndex === call.arguments.length) {
      const last = call.arguments.at(-1);
      /* c8 ignore next -- a call with a URL argument has a last argument */
      if (!last) return undefined;
      if (described.configIndex === described.urlIndex + 1) return { afterUrl: `, ${addition}`, fixes: () => [] };
      return { afterUrl: '', fixes: (fixer) => [fixer.insertTextAfter(last, `, ${addition}`)] };
    }
    // axios.post(url): the body is missing too
    return { afterUrl: `, undefined, ${addition}`, fixes: () => [] };
  }

  /**
   * The edit that adds `headerProperty` to the options object `object`: into its `headers` object
   * literal, or as a new `headers` property. `undefined` when `headers` is not written out in place
   * or already names `header`.
   */
  objectHeaderEdit(object: TSESTree.ObjectExpression, header: string, headerProperty: string): Fixes | undefined {
    const scope = this.#sourceCode.getScope(object);
    const headers = object.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p, scope) === 'headers',
    );
    if (!headers) return (fixer) => [insertProperty(fixer, object, `headers: { ${headerProperty} }`)];
    const value = unwrap(headers.value);
    if (value.type !== AST_NODE_TYPES.ObjectExpression || !isStaticObject(value)) return undefined;
    const existing = value.properties.some(
      (p) => p.type === AST_NODE_TYPES.Property && normalizeName(propertyName(p, scope) ?? '') === normalizeName(header),
    );
    if (existing) return undefined;
    return (fixer) => [insertProperty(fixer, value, headerProperty)];
  }

  /** Removes a property of an object literal with other properties, with one of the commas around it. */
  removeProperty(fixer: TSESLint.RuleFixer, property: TSESTree.Property): TSESLint.RuleFix {
    const sourceCode = this.#sourceCode;
    const after = sourceCode.getTokenAfter(property);
    if (after?.value === ',') {
      const next = sourceCode.getTokenAfter(after, { includeComments: true });
      /* c8 ignore next -- a comma is always followed by a token */
      const end = next ? next.range[0] : after.range[1];
      return fixer.removeRange([property.range[0], end]);
    }
    // the last of several properties: take the comma before it (a lone property is replaced by `{}`)
    const before = sourceCode.getTokenBefore(property);
    /* c8 ignore next -- a property after others always follows a comma */
    return fixer.removeRange([before?.value === ',' ? before.range[0] : property.range[0], property.range[1]]);
  }

  /** The `url` property of an options object (`axios({ url, params })`). */
  #urlProperty(object: TSESTree.ObjectExpression): TSESTree.Node | undefined {
    const property = object.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p, this.#sourceCode.getScope(p)) === 'url',
    );
    return property?.value;
  }
}
