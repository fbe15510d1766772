import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { identify } from '../../src/core/credentials/catalogue.js';
import { envName, envSuggestion } from '../../src/core/fixes/env-suggestion.js';
import { fake } from '../fixtures/fake.js';
import { probe } from './probe.js';

describe('envName', () => {
  it('names the variable after the format, else the header and its provider', () => {
    const mp = identify(fake.mpAccessToken(1));
    expect(envName({ name: 'Authorization', kind: 'authorization' }, 'Bearer', mp)).toBe('MP_ACCESS_TOKEN');
    expect(envName({ name: 'Authorization', kind: 'authorization' }, 'Basic', undefined)).toBe('BASIC_AUTH');
    expect(envName({ name: 'Proxy-Authorization', kind: 'authorization' }, 'Bearer', undefined)).toBe('PROXY_API_TOKEN');
    expect(envName({ name: 'X-Shop-Token', kind: 'secret', provider: 'Shop Co' }, undefined, undefined)).toBe('SHOP_CO_SHOP_TOKEN');
    expect(envName({ name: 'X-VTEX-API-AppToken', kind: 'secret', provider: 'VTEX' }, undefined, undefined)).toBe('VTEX_API_APP_TOKEN');
  });
});

describe('envSuggestion', () => {
  /** The code after the suggestion for the value of each `Authorization` property. */
  function rewrite(code: string, schemeText: string): string[] {
    const out: string[] = [];
    probe(code, (context) => ({
      'Property[key.name="Authorization"]'(property: TSESTree.Property) {
        const { env, fix } = envSuggestion(context.sourceCode, property.value, 'import.meta.env', {
          info: { name: 'Authorization', kind: 'authorization' },
          scheme: schemeText.trim() || undefined,
          schemeText,
          match: undefined,
        });
        const fixer = { replaceText: (node: TSESTree.Node, text: string) => ({ range: node.range, text }) } as unknown as TSESLint.RuleFixer;
        const { range, text } = fix(fixer) as TSESLint.RuleFix;
        out.push(`${env} => ${code.slice(0, range[0])}${text}${code.slice(range[1])}`);
      },
    }));
    return out;
  }

  it('keeps the scheme in a template, and expands a shorthand property', () => {
    expect(rewrite("h({ Authorization: 'Bearer abc' });", 'Bearer ')).toEqual(['import.meta.env.API_TOKEN => h({ Authorization: `Bearer ${import.meta.env.API_TOKEN}` });']);
    expect(rewrite('h({ Authorization });', '')).toEqual(['import.meta.env.API_TOKEN => h({ Authorization: import.meta.env.API_TOKEN });']);
  });
});
