/**
 * The project around a file (src/core/files/project.ts) asks the file system only for a file that the rule
 * looks at and that no stronger signal classified, and reads each package.json once, whatever the
 * number of files, rules or ESLint instances: later lookups cost one `stat` per directory walked. Every
 * `statSync` and `readFileSync` of the plugin's sources is counted (ESLint's own are not: Node loads
 * it, outside vitest's module graph, where `node:fs` is mocked).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { configFor } from './lint.js';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, statSync: vi.fn(actual.statSync), readFileSync: vi.fn(actual.readFileSync) };
});

const root = mkdtempSync(path.join(tmpdir(), 'credentials-project-lookup-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A fresh Vite project (the lookups are cached for the process, per directory). */
function viteProject(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { react: '*' }, devDependencies: { vite: '*' } }));
  return dir;
}

/** No credential, no secret name: no rule's pre-check lets it through. */
const QUIET = 'export const total = (items: { price: number }[]) => items.reduce((sum, item) => sum + item.price, 0);\n';
/** A secret env read and nothing else that says where the file runs: only the project can. */
const LOOKED = 'export const key = process.env.STRIPE_SECRET_KEY;\n';

interface Run {
  readonly ruleIds: string[];
  /** Per file: the plugin's `statSync` calls, and its reads of a package.json. */
  readonly stats: number[];
  readonly reads: number[];
}

async function lint(project: string, files: readonly { file: string; code: string }[], { write = true } = {}): Promise<Run> {
  const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: configFor('x.ts') });
  const statSync = vi.mocked(fs.statSync);
  const readFileSync = vi.mocked(fs.readFileSync);
  const run: Run = { ruleIds: [], stats: [], reads: [] };
  // every file first: a file added to a folder changes the folder's mtime, which the cache checks
  for (const { file, code } of write ? files : []) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), code);
  }
  for (const { file, code } of files) {
    const filePath = path.join(project, file);
    statSync.mockClear();
    readFileSync.mockClear();
    const [result] = await eslint.lintText(code, { filePath });
    run.ruleIds.push(...(result?.messages ?? []).map((m) => `${file}: ${m.ruleId ?? 'fatal'}`));
    run.stats.push(statSync.mock.calls.length);
    run.reads.push(readFileSync.mock.calls.filter(([name]) => String(name).endsWith('package.json')).length);
  }
  return run;
}

describe('the package.json lookup', () => {
  it('asks nothing for a file no pre-check lets through, nor for one a stronger signal classified', async () => {
    const run = await lint(viteProject('skipped'), [
      { file: 'src/lib/quiet.ts', code: QUIET },
      { file: 'src/lib/directive.ts', code: `'use client';\n${LOOKED}` },
      { file: 'src/lib/server.ts', code: `import express from 'express';\n${LOOKED}` },
      // and the same folder's file that only the project classifies: the lookup is there, and lazy
      { file: 'src/lib/looked.ts', code: LOOKED },
    ]);
    expect(run.ruleIds).toEqual(['src/lib/directive.ts: credentials/no-secret-in-client', 'src/lib/looked.ts: credentials/no-secret-in-client']);
    expect(run.stats.slice(0, 3)).toEqual([0, 0, 0]);
    expect(run.reads).toEqual([0, 0, 0, 1]);
  });

  it('reads a package.json once per directory, then asks one stat per directory walked', async () => {
    const project = viteProject('looked');
    const run = await lint(project, [
      { file: 'src/orders/a.ts', code: LOOKED },
      { file: 'src/orders/b.ts', code: LOOKED },
      { file: 'src/billing/c.ts', code: LOOKED },
      { file: 'src/d.ts', code: LOOKED },
    ]);
    expect(run.ruleIds).toEqual(['src/orders/a.ts', 'src/orders/b.ts', 'src/billing/c.ts', 'src/d.ts'].map((f) => `${f}: credentials/no-secret-in-client`));
    expect(run.reads).toEqual([1, 0, 0, 0]);
    // the file itself; src/orders and src: the folder, its package.json and the six config names; the
    // project root: the folder and its package.json
    expect(run.stats).toEqual([1 + 8 + 8 + 2, 1 + 3, 1 + 8 + 2, 1 + 2]);
    // a new ESLint instance (an editor's next validation) reads nothing again
    const next = await lint(project, [{ file: 'src/orders/a.ts', code: LOOKED }]);
    expect(next.reads).toEqual([0]);
    expect(next.stats).toEqual([1 + 3]);
  });

  it('costs one failed stat for a file that is not on disk (a Linter or RuleTester run on a made-up path)', async () => {
    const run = await lint(viteProject('virtual'), [{ file: 'src/lib/made-up.ts', code: LOOKED }], { write: false });
    expect(run.ruleIds).toEqual([]);
    expect(run.stats).toEqual([1]);
    expect(run.reads).toEqual([0]);
  });
});
