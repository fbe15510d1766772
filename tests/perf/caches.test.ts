/**
 * Work shared by the rules is computed once per file: the settings are parsed once per file (through
 * `fileFacts`, whatever the number of rules and nodes), and every rule of a file sees the same cached
 * file facts and client classification objects.
 */
import type { Rule } from 'eslint';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TSESLint } from '@typescript-eslint/utils';
import { classifyFile } from '../../src/core/client-files.js';
import { fileFacts } from '../../src/core/file.js';
import { getSettings } from '../../src/core/settings.js';
import { typicalFile } from '../../scripts/bench/inputs.mjs';
import { lintAll } from './lint.js';

vi.mock('../../src/core/settings.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/settings.js')>();
  return { ...actual, getSettings: vi.fn(actual.getSettings) };
});

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

beforeEach(() => {
  vi.mocked(getSettings).mockClear();
});

describe('per-file caches', () => {
  it('reads the settings once per file, for all rules and all nodes', () => {
    const file = typicalFile(10);
    lintAll(file.code, file.filename);
    expect(vi.mocked(getSettings)).toHaveBeenCalledTimes(1);
    const other = typicalFile(2);
    lintAll(other.code, other.filename.replace('orders', 'billing'));
    expect(vi.mocked(getSettings)).toHaveBeenCalledTimes(2);
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
