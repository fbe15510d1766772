/**
 * Vue single-file component templates (issue #20): vue-eslint-parser hands the `<template>` to rules
 * through `parserServices.defineTemplateBodyVisitor(templateListeners, scriptListeners)`; the
 * expressions in its bindings (`:headers="{ Authorization: … }"`, `{{ … }}`) are ESTree nodes, so a
 * rule's own listeners run on them unchanged. Other parsers have no such service: the listeners are
 * the script's only.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The part of vue-eslint-parser's `parserServices` the rules use (the parser is not a dependency). */
interface VueParserServices {
  defineTemplateBodyVisitor?: (template: TSESLint.RuleListener, script: TSESLint.RuleListener) => TSESLint.RuleListener;
}

function isEmpty(listeners: TSESLint.RuleListener): boolean {
  for (const key in listeners) if (Object.hasOwn(listeners, key)) return false;
  return true;
}

/** `listeners` for the script and, in a Vue SFC, for the template's expressions with `template` added. */
export function withTemplate(sourceCode: Readonly<TSESLint.SourceCode>, listeners: TSESLint.RuleListener, template: TSESLint.RuleListener = {}): TSESLint.RuleListener {
  // nothing to listen to (most files, past the pre-checks): no need to ask the parser's services
  if (isEmpty(listeners) && isEmpty(template)) return listeners;
  const services = sourceCode.parserServices as VueParserServices | undefined;
  return services?.defineTemplateBodyVisitor ? services.defineTemplateBodyVisitor({ ...listeners, ...template }, listeners) : listeners;
}

/** A plain attribute of a template element: `access-token="…"` (vue-eslint-parser's `VAttribute` with `directive: false`). */
export interface StaticAttribute {
  /** The attribute's name as written (`access-token`). */
  readonly name: string;
  readonly value: string;
  /** The quoted value (`VLiteral`), where a report goes. */
  readonly node: TSESTree.Node;
}

/** vue-eslint-parser's `VAttribute`, read structurally (typescript-eslint does not type template nodes). */
interface VAttribute {
  readonly directive: boolean;
  readonly key: { readonly rawName?: string; readonly name?: string };
  readonly value: { readonly type: string; readonly value: string } | null;
}

/** Template listeners that give `onAttribute` each plain attribute with a value. */
export function staticAttributeListeners(onAttribute: (attribute: StaticAttribute) => void): TSESLint.RuleListener {
  return {
    VAttribute(node: unknown) {
      const attribute = node as VAttribute;
      if (attribute.directive || attribute.value?.type !== 'VLiteral') return;
      const name = attribute.key.rawName ?? attribute.key.name;
      if (name !== undefined) onAttribute({ name, value: attribute.value.value, node: attribute.value as unknown as TSESTree.Node });
    },
  };
}

/** vue-eslint-parser's `VExpressionContainer` in a `v-bind` attribute, read structurally. */
interface VExpressionContainer {
  readonly expression: TSESTree.Node | null;
  readonly parent?: {
    readonly type: string;
    readonly directive?: boolean;
    readonly key?: { readonly name?: { readonly name?: string }; readonly argument?: { readonly type: string; readonly name?: string; readonly rawName?: string } | null };
  };
}

/** The bound attribute a template expression container is the value of: `:headers="{…}"` → `headers` and the object. */
export function templateBinding(node: unknown): { readonly name: string; readonly expression: TSESTree.Node } | undefined {
  const container = node as VExpressionContainer;
  const attribute = container.parent;
  if (attribute?.type !== 'VAttribute' || attribute.directive !== true || attribute.key?.name?.name !== 'bind' || !container.expression) return undefined;
  const argument = attribute.key.argument;
  const name = argument?.type === 'VIdentifier' ? (argument.rawName ?? argument.name) : undefined;
  return name === undefined ? undefined : { name, expression: container.expression };
}
