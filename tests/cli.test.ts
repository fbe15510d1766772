/**
 * Parallel and cached linting: `eslint --concurrency` (worker threads, ESLint 9.34+ and 10) and
 * `eslint --cache` (a cold run that writes the cache, a warm run that reads it) must give exactly the
 * findings of a plain run on examples/, with the ESLint 10 and the ESLint 9 command line.
 * Rules run inside worker threads with `--concurrency`, so this also proves the plugin and its
 * per-file caches load and work there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARIES, examples } from './fixtures/cli.js';


interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number; column: number; endLine?: number; endColumn?: number; fatal?: boolean }[];
}

interface Run {
  findings: string[];
  files: number;
  stderr: string;
}

/** Runs the ESLint CLI on examples/ with the JSON formatter; findings as sorted, comparable lines. */
function lint(bin: string, args: readonly string[]): Run {
  const run = spawnSync(process.execPath, [bin, '.', '--format', 'json', ...args], { cwd: examples, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint ${args.join(' ')} exited with ${String(run.status)}: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as JsonResult[];
  const findings = results
    .flatMap((r) =>
      r.messages.map((m) =>
        [path.relative(examples, r.filePath), m.line, m.column, m.endLine, m.endColumn, m.ruleId ?? 'fatal', m.message].join(':'),
      ),
    )
    .sort();
  return { findings, files: results.length, stderr: run.stderr };
}

/** Example files (relative to examples/) that hold ❌ / ✅ marks, outside the company packages. */
function markedFiles(dir = examples): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('company-') ? [] : markedFiles(full);
    return /\.(?:[cm]?[jt]sx?|vue)$/u.test(entry.name) && /\/\/ [❌✅]/u.test(readFileSync(full, 'utf8')) ? [path.relative(examples, full)] : [];
  });
}

/** Each CLI's plain-run findings, compared across versions at the end. */
const plainRuns = new Map<number, readonly string[]>();

const temp = mkdtempSync(path.join(tmpdir(), 'credentials-cli-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe.each(BINARIES)('ESLint $major command line on examples/', ({ major, bin }) => {
  let plain: Run = { findings: [], files: 0, stderr: '' };
  beforeAll(() => {
    plain = lint(bin, []);
    plainRuns.set(major, plain.findings);
  }, 60_000);

  it('finds all three rules in a plain run', () => {
    expect(plain.files).toBeGreaterThanOrEqual(14);
    expect(plain.findings.some((f) => f.includes(':fatal:'))).toBe(false);
    const rules = new Set(plain.findings.map((f) => /:(credentials\/[\w-]+):/u.exec(f)?.[1]));
    expect([...rules].sort()).toEqual(['credentials/no-hardcoded-auth-header', 'credentials/no-secret-in-client', 'credentials/no-token-in-url']);
  });

  it('reports exactly the lines the examples mark: each ❌ has a finding before the next mark, ✅ code none', () => {
    const byFile = new Map<string, number[]>();
    for (const finding of plain.findings) {
      const [file = '', line = ''] = finding.split(':');
      byFile.set(file, [...(byFile.get(file) ?? []), Number(line)]);
    }
    const problems: string[] = [];
    for (const file of new Set([...byFile.keys(), ...markedFiles()])) {
      const marks = [...readFileSync(path.join(examples, file), 'utf8').split('\n').entries()]
        .filter(([, text]) => /\/\/ [❌✅]/u.test(text))
        .map(([index, text]) => ({ line: index + 1, bad: text.includes('❌') }));
      const lines = byFile.get(file) ?? [];
      for (const line of lines) {
        const mark = marks.filter((m) => m.line < line).at(-1);
        if (!mark?.bad) problems.push(`${file}:${String(line)} is reported but not marked ❌`);
      }
      marks.forEach((mark, i) => {
        const next = marks.slice(i + 1).find((m) => !m.bad || m.line > mark.line + 1)?.line ?? Infinity;
        if (mark.bad && !lines.some((l) => l > mark.line && l < next)) problems.push(`${file}:${String(mark.line)} is marked ❌ but not reported`);
      });
    }
    expect(problems).toEqual([]);
  });

  // `auto` picks the thread count itself (often one for this few files); `2` forces worker threads.
  // Worker threads are slow to start on a small machine, so the forced run is done with ESLint 10 only.
  it.each(major === 10 ? [['--concurrency=auto'], ['--concurrency=2']] : [['--concurrency=auto']])('%s gives the same findings', (flag) => {
    const run = lint(bin, [flag]);
    // ESLint may warn that 2 threads are too many for this few files; nothing else may be printed.
    expect(run.stderr.split('\n').filter((l) => l.trim() !== '' && !/ESLintPoorConcurrencyWarning|node --trace-warnings/u.test(l))).toEqual([]);
    expect(run.findings).toEqual(plain.findings);
  });

  it('--cache gives the same findings cold and warm, from a cache in a temp dir', () => {
    const cacheLocation = path.join(temp, `eslint-${String(major)}.cache`);
    const cold = lint(bin, ['--cache', '--cache-location', cacheLocation]);
    expect(existsSync(cacheLocation)).toBe(true);
    const cached = readFileSync(cacheLocation, 'utf8');
    expect(cached).toContain('OrdersPanel.vue');
    const warm = lint(bin, ['--cache', '--cache-location', cacheLocation]);
    expect(cold.findings).toEqual(plain.findings);
    expect(warm.findings).toEqual(plain.findings);
    // The warm run read the cache instead of rewriting it from scratch.
    expect(readFileSync(cacheLocation, 'utf8')).toBe(cached);
  });
});

describe('ESLint 9 and 10', () => {
  it('report the same findings on examples/', () => {
    expect(plainRuns.get(9)).toEqual(plainRuns.get(10));
    expect(plainRuns.get(10)?.length).toBeGreaterThan(0);
  });
});
