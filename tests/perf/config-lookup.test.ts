/**
 * Finding the config file that the glob settings are relative to asks the file system: only when a
 * glob setting is about to be matched, and once per directory, never per file or per node. Every
 * `statSync` of the plugin's sources is counted (ESLint's own are not: Node loads it, outside vitest's
 * module graph, where `node:fs` is mocked).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { typicalFile } from '../../scripts/bench/inputs.mjs';
import { CONFIG_FILE_NAMES } from '../../src/core/files/config-dir.js';
import { configFor } from './lint.js';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, statSync: vi.fn(actual.statSync) };
});

const project = mkdtempSync(path.join(tmpdir(), 'credentials-config-lookup-'));
mkdirSync(path.join(project, 'src/components/orders'), { recursive: true });
writeFileSync(path.join(project, 'eslint.config.js'), 'export default [];\n');
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

/** The typical client file with a line every rule looks at (as in caches.test.ts): all three rules classify it. */
const EVERY_RULE_LOOKS =
  "\nexport const me = () => fetch(API_BASE_0 + '/me?access_token=' + process.env.MP_ACCESS_TOKEN, { headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` } });\n";

/** The env file lookup of a file that reads a public variable and is not on disk (`projectOf` stats it once). */
const ENV_LOOKUP = 1;

/** Lints `files` (relative to the project) with one ESLint instance; the rule ids found and the `statSync` calls made. */
async function lint(files: readonly { file: string; code: string }[], settings: Record<string, unknown>): Promise<{ ruleIds: string[]; stats: number[] }> {
  const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: [...configFor('x.tsx'), { settings }] });
  const statSync = vi.mocked(fs.statSync);
  const ruleIds: string[] = [];
  const stats: number[] = [];
  for (const { file, code } of files) {
    statSync.mockClear();
    const [result] = await eslint.lintText(code, { filePath: path.join(project, file) });
    ruleIds.push(...(result?.messages ?? []).map((m) => `${file}: ${m.ruleId ?? 'fatal'}`));
    stats.push(statSync.mock.calls.length);
  }
  return { ruleIds, stats };
}

describe('the config file lookup', () => {
  const typical = typicalFile(3);
  const looked = typical.code + EVERY_RULE_LOOKS;

  it("asks nothing for the config file without glob settings, nor for a file no pre-check lets through; then once per directory (a public env read looks for the env files)", async () => {
    const plain = await lint([{ file: 'src/components/orders/a.tsx', code: looked }], {});
    expect(plain.ruleIds).toContain('src/components/orders/a.tsx: credentials/no-secret-in-client');
    // one stat: the typical file reads a public env variable (`VITE_API_BASE`), so the env files of
    // its project are looked for (core/files/env-files.ts): the file is not on disk, so there is no project
    expect(plain.stats).toEqual([ENV_LOOKUP]);

    const globs = { credentials: { clientFiles: ['src/**'], testFiles: ['qa/**'] } };
    const run = await lint(
      [
        { file: 'src/components/orders/quiet.tsx', code: typical.code },
        { file: 'src/components/orders/a.tsx', code: looked },
        { file: 'src/components/orders/b.tsx', code: looked },
        { file: 'src/components/c.tsx', code: looked },
      ],
      globs,
    );
    expect([...new Set(run.ruleIds.filter((id) => id.endsWith('no-secret-in-client')))]).toEqual([
      'src/components/orders/a.tsx: credentials/no-secret-in-client',
      'src/components/orders/b.tsx: credentials/no-secret-in-client',
      'src/components/c.tsx: credentials/no-secret-in-client',
    ]);
    const names = CONFIG_FILE_NAMES.length;
    // src/components/orders, src/components and src miss every name; the project root holds the first
    expect(run.stats).toEqual([ENV_LOOKUP, 3 * names + 1 + ENV_LOOKUP, ENV_LOOKUP, ENV_LOOKUP]);
  });
});
