/**
 * CI proof: the README's GitHub Actions step (`eslint . --format @microsoft/eslint-formatter-sarif
 * --output-file eslint.sarif`, then `github/codeql-action/upload-sarif`) run on examples/ with ESLint
 * 10 and with ESLint 9. The SARIF must have the shape SARIF 2.1.0 and GitHub code scanning require,
 * one result per ESLint finding, a `helpUri` to the rule's docs, and no secret anywhere in the file.
 *
 * No SARIF JSON-schema validator is installed, so the structure the 2.1.0 schema marks as required
 * (and what code scanning reads) is checked by hand below.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARIES, examples } from './fixtures/cli.js';
import { identify } from '../src/core/credentials/catalogue.js';
import { typedRules } from '../src/rules/index.js';
import { forbiddenRuns } from './fixtures/redaction.js';
import pkg from '../package.json' with { type: 'json' };


interface SarifRegion {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  snippet?: unknown;
}
interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  message: { text?: string; id?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string; index?: number }; region?: SarifRegion } }[];
}
interface SarifRule {
  id: string;
  helpUri?: string;
  shortDescription?: { text: string };
}
interface SarifLog {
  $schema?: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; informationUri?: string; rules?: SarifRule[] } };
    artifacts?: { location: { uri: string } }[];
    results?: SarifResult[];
    invocations?: unknown[];
  }[];
}

/** Every file under examples/ that the example config lints (not the company preset's packages). */
function exampleFiles(dir = examples): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return /^(?:company-|node_modules)/u.test(name) ? [] : exampleFiles(full);
    return /\.(?:[cm]?[jt]sx?|vue)$/u.test(name) ? [full] : [];
  });
}

/** Credential-shaped values written in the examples: the catalogue's private formats, found by shape. */
function exampleSecrets(): string[] {
  const secrets = new Set<string>();
  for (const file of exampleFiles()) {
    for (const [token] of readFileSync(file, 'utf8').matchAll(/[\w+/=-]{20,}/gu)) {
      if (identify(token)?.kind === 'private') secrets.add(token);
    }
  }
  return [...secrets];
}

const key = (file: string, ruleId: string | null | undefined, line?: number, column?: number, endLine?: number, endColumn?: number): string =>
  [path.relative(examples, file), ruleId ?? '', line, column, endLine, endColumn].join(':');

describe.each(BINARIES)('SARIF from the ESLint $major CLI on examples/', ({ major, bin }) => {
  const out = mkdtempSync(path.join(tmpdir(), `credentials-sarif-${String(major)}-`));
  const sarifPath = path.join(out, 'eslint.sarif');
  let text = '';
  let log: SarifLog;
  let expected: string[] = [];

  beforeAll(async () => {
    // As in CI: ESLint exits 1 when it finds errors; the SARIF file is written either way.
    try {
      execFileSync(process.execPath, [bin, '.', '--format', '@microsoft/eslint-formatter-sarif', '--output-file', sarifPath], {
        cwd: examples,
        stdio: 'pipe',
      });
    } catch (error) {
      const { status, stderr } = error as { status: number | null; stderr: Buffer };
      if (status !== 1) throw new Error(`eslint exited with ${String(status)}: ${stderr.toString('utf8')}`, { cause: error });
    }
    text = readFileSync(sarifPath, 'utf8');
    log = JSON.parse(text) as SarifLog;
    const eslint = new ESLint({ cwd: examples });
    expected = (await eslint.lintFiles(['.']))
      .flatMap((r) => r.messages.map((m) => key(r.filePath, m.ruleId, m.line, m.column, m.endLine, m.endColumn)))
      .sort();
  }, 60_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('is a SARIF 2.1.0 log with the structure the schema requires', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/u);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    if (!run) return;
    expect(run.tool.driver.name).toBe('ESLint');
    expect(run.tool.driver.version).toMatch(new RegExp(`^${String(major)}\\.`, 'u'));
    expect(run.tool.driver.informationUri).toBe('https://eslint.org');
    expect(Array.isArray(run.results)).toBe(true);
    expect(run.invocations).toBeUndefined(); // no tool notifications: nothing failed to parse or load
    const artifacts = run.artifacts ?? [];
    const rules = run.tool.driver.rules ?? [];
    for (const result of run.results ?? []) {
      expect(typeof result.message.text).toBe('string');
      expect(result.level).toBe('error');
      expect(typeof result.ruleId).toBe('string');
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      expect(result.locations).toHaveLength(1);
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      expect(uri).toMatch(/^file:\/\//u);
      expect(artifacts[location?.artifactLocation?.index ?? -1]?.location.uri).toBe(uri);
      const region = location?.region;
      expect(region?.startLine).toBeGreaterThanOrEqual(1);
      expect(region?.startColumn).toBeGreaterThanOrEqual(1);
      expect(region?.endLine).toBeGreaterThanOrEqual(region?.startLine ?? 1);
      expect(region?.snippet).toBeUndefined();
    }
    for (const rule of rules) {
      expect(typeof rule.id).toBe('string');
      expect(rule.helpUri).toMatch(/^https:\/\//u);
    }
  });

  it('holds one result per ESLint finding, at the same place', () => {
    const results = log.runs[0]?.results ?? [];
    const actual = results
      .map((r) => {
        const loc = r.locations?.[0]?.physicalLocation;
        const region = loc?.region ?? {};
        return key(fileURLToPath(loc?.artifactLocation?.uri ?? ''), r.ruleId, region.startLine, region.startColumn, region.endLine, region.endColumn);
      })
      .sort();
    expect(actual).toEqual(expected);
    expect(actual.length).toBeGreaterThan(0);
  });

  it('reports every rule of the plugin, each with a help link to its docs page and its description', () => {
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    for (const [name, rule] of Object.entries(typedRules)) {
      const descriptor = rules.find((r) => r.id === `credentials/${name}`);
      expect(descriptor, name).toBeDefined();
      expect(descriptor?.helpUri).toBe(rule.meta.docs?.url);
      expect(descriptor?.helpUri).toBe(`https://github.com/eslint-plugin-credentials/eslint-plugin-credentials/blob/v${pkg.version}/docs/rules/${name}.md`);
      expect(descriptor?.shortDescription?.text).toBe(rule.meta.docs?.description);
    }
  });

  it('carries no secret from the examples, in messages or anywhere else in the file', () => {
    const secrets = exampleSecrets();
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    const messages = (log.runs[0]?.results ?? []).map((r) => r.message.text ?? '');
    for (const secret of secrets) {
      for (const run of forbiddenRuns(secret)) {
        expect(text, `a piece of ${identify(secret)?.format.id ?? 'a secret'} is in the SARIF`).not.toContain(run);
        for (const message of messages) expect(message).not.toContain(run);
      }
    }
    for (const message of messages) expect(message).not.toMatch(/[\n\r]/u);
  });

  it('points its artifacts at the example files', () => {
    const uris = (log.runs[0]?.artifacts ?? []).map((a) => a.location.uri);
    expect(uris).toContain(pathToFileURL(path.join(examples, 'server/lib/vtex.js')).href);
    expect(uris).toContain(pathToFileURL(path.join(examples, 'web/src/admin/OrdersPanel.vue')).href);
  });
});
