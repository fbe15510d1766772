/**
 * Work shared by the rules is computed once per file: the settings are parsed once per file (through
 * `fileFacts`, whatever the number of rules and nodes), and every rule of a file sees the same cached
 * file facts and client classification objects.
 */
import { Linter } from 'eslint';
import type { Rule } from 'eslint';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifyFile } from '../../src/core/files/client-files.js';
import { fileFacts } from '../../src/core/files/file.js';
import { getSettings } from '../../src/core/files/settings.js';
import { constDeclarator } from '../../src/core/values/static.js';
import { typicalFile } from '../../scripts/bench/inputs.mjs';
import { lintAll } from './lint.js';

vi.mock('../../src/core/files/settings.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/files/settings.js')>();
  return { ...actual, getSettings: vi.fn(actual.getSettings) };
});

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

beforeEach(() => {
  vi.mocked(getSettings).mockClear();
});

/**
 * A line that every rule's pre-check lets through (a header, a credential parameter, a secret env
 * name): the typical file alone holds no credential, and no rule reads anything of it.
 */
const EVERY_RULE_LOOKS =
  "\nexport const me = () => fetch(API_BASE_0 + '/me?access_token=' + process.env.MP_ACCESS_TOKEN, { headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` } });\n";

describe('per-file caches', () => {
  it('reads the settings once per file, for all rules and all nodes', () => {
    const file = typicalFile(10);
    const first = lintAll(file.code + EVERY_RULE_LOOKS, file.filename);
    // the header rule looks too (an Authorization header) but finds nothing hard-coded
    expect(new Set(first.map((m) => m.ruleId))).toEqual(new Set(['credentials/no-token-in-url', 'credentials/no-secret-in-client']));
    expect(vi.mocked(getSettings)).toHaveBeenCalledTimes(1);
    const other = typicalFile(2);
    lintAll(other.code + EVERY_RULE_LOOKS, other.filename.replace('orders', 'billing'));
    expect(vi.mocked(getSettings)).toHaveBeenCalledTimes(2);
  });

  it('reads nothing of a file that no pre-check lets through', () => {
    const file = typicalFile(3);
    expect(lintAll(file.code, file.filename)).toEqual([]);
    expect(vi.mocked(getSettings)).not.toHaveBeenCalled();
  });

  it('gives every rule of a file the same file facts and classification', () => {
    const seen: { facts: unknown; side: unknown }[] = [];
    const observe = (rule: Rule.RuleModule): Rule.RuleModule => ({
      ...rule,
      create(context) {
        const listeners = rule.create(context);
        const typed = context as unknown as Context; // the same object, typed for the core helpers
        seen.push({ facts: fileFacts(typed), side: classifyFile(typed) });
        return listeners;
      },
    });
    const file = typicalFile(1);
    lintAll(file.code, file.filename, observe);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen.map((s) => s.facts)).size).toBe(1);
    expect(new Set(seen.map((s) => s.side)).size).toBe(1);
    expect(vi.mocked(getSettings)).toHaveBeenCalledTimes(1);
  });
});

describe('binding look-ups', () => {
  /** Calls `constDeclarator` at every use of each variable, counting the reads of its references. */
  function referenceReads(code: string): { reads: Record<string, number>; found: Record<string, boolean> } {
    const reads: Record<string, number> = {};
    const found: Record<string, boolean> = {};
    const probe: Rule.RuleModule = {
      meta: { schema: [] },
      create(context) {
        return {
          'Program:exit'(program) {
            const scope = context.sourceCode.getScope(program);
            for (const variable of scope.variables) {
              const references = variable.references;
              Object.defineProperty(variable, 'references', {
                get: () => {
                  reads[variable.name] = (reads[variable.name] ?? 0) + 1;
                  return references;
                },
              });
            }
            for (const ref of scope.through.concat(scope.references)) {
              const id = ref.identifier as unknown as TSESTree.Identifier; // the same node, typed for the core
              const typedScope = scope as unknown as TSESLint.Scope.Scope; // idem
              found[id.name] = constDeclarator(id, typedScope) !== undefined;
            }
          },
        };
      },
    };
    new Linter().verify(code, { languageOptions: { sourceType: 'script' }, plugins: { probe: { rules: { probe } } }, rules: { 'probe/probe': 'error' } });
    return { reads, found };
  }

  it('reads the references of a binding once, however many uses ask about it', () => {
    const uses = Array.from({ length: 50 }, () => 'use(a, b, c);').join('\n');
    const { reads, found } = referenceReads(`const a = 'x';\nlet b = 'y';\nlet c = 'z';\nc = 'w';\n${uses}`);
    expect(found).toEqual({ a: true, b: true, c: false, use: false });
    expect(reads.a ?? 0).toBe(0);
    expect(reads.b).toBe(1);
    expect(reads.c).toBe(1);
  });
});
