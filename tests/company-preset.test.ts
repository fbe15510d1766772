/**
 * The shared preset: examples/company-preset is `@acme/eslint-config`, a shareable config package
 * that re-exports `credentials.configs.recommended` and adds Acme's own credential formats, header
 * and query parameter through `settings.credentials`. examples/company-app is an app that only
 * extends it.
 *
 * The test installs both the way npm would: a temp dir with `node_modules/@acme/eslint-config` (a
 * copy of the preset) and `node_modules/eslint-plugin-credentials` (this package, built in dist/),
 * and the app next to it; then ESLint lints the app with the app's own eslint.config.js.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const examples = path.join(root, 'examples');

interface Finding {
  file: string;
  ruleId: string | null;
  line: number;
  message: string;
}

async function lintApp(eslint: ESLint, app: string): Promise<Finding[]> {
  const results = await eslint.lintFiles(['.']);
  return results.flatMap((r) => r.messages.map((m) => ({ file: path.relative(app, r.filePath), ruleId: m.ruleId, line: m.line, message: m.message })));
}

describe('@acme/eslint-config (examples/company-preset) consumed by examples/company-app', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'credentials-company-'));
  const app = path.join(dir, 'app');
  let findings: Finding[] = [];
  let eslint: ESLint;

  beforeAll(async () => {
    const modules = path.join(dir, 'node_modules');
    mkdirSync(path.join(modules, '@acme'), { recursive: true });
    cpSync(path.join(examples, 'company-preset'), path.join(modules, '@acme/eslint-config'), { recursive: true });
    symlinkSync(root, path.join(modules, 'eslint-plugin-credentials'), 'dir');
    cpSync(path.join(examples, 'company-app'), app, { recursive: true });
    eslint = new ESLint({ cwd: app });
    findings = await lintApp(eslint, app);
  }, 60_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns on the recommended rules and carries the company settings', async () => {
    const config = (await eslint.calculateConfigForFile(path.join(app, 'src/web/widget.js'))) as {
      rules: Record<string, readonly unknown[] | undefined>;
      settings: { credentials?: { formats?: { id: string }[]; headers?: unknown[]; params?: string[] } };
    };
    // Severity 2 (error); ESLint merges each rule's default options after it.
    for (const name of Object.keys(plugin.rules)) expect(config.rules[`credentials/${name}`]?.[0]).toBe(2);
    expect(config.settings.credentials?.formats?.map((f) => f.id)).toEqual(['acme-api-key', 'acme-widget-key']);
    expect(config.settings.credentials?.params).toEqual(['acme_key']);
  });

  it('reports the company format in the company header (no-hardcoded-auth-header)', () => {
    const found = findings.filter((f) => f.file === 'src/server/billing.js' && f.ruleId === 'credentials/no-hardcoded-auth-header');
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(7);
    expect(found[0]?.message).toContain('`X-Acme-Api-Key`');
    expect(found[0]?.message).toContain('acme_live_…0ff (Acme API key, 42 chars)');
  });

  it('reports the company query parameter (no-token-in-url)', () => {
    const found = findings.filter((f) => f.file === 'src/server/billing.js' && f.ruleId === 'credentials/no-token-in-url');
    expect(found.map((f) => [f.line, f.message.slice(0, 14)])).toEqual([[14, '`acme_key` is ']]);
  });

  it('reports the private company format in client code, and not the public one (no-secret-in-client)', () => {
    const found = findings.filter((f) => f.file === 'src/web/widget.js');
    expect(found.map((f) => [f.ruleId, f.line])).toEqual([['credentials/no-secret-in-client', 7]]);
    expect(found[0]?.message).toContain('acme_test_…0ff (Acme API key, 42 chars)');
  });

  it('reports nothing else: the correct counterparts stay silent', () => {
    expect(findings.map((f) => `${f.file}:${String(f.line)}`).sort()).toEqual(['src/server/billing.js:14', 'src/server/billing.js:7', 'src/web/widget.js:7']);
  });

  it('never prints a company key', () => {
    for (const f of findings) expect(f.message).not.toMatch(/acme_(?:live|test|pub)_[\da-f]{4}/u);
  });

  it('needs the preset: plain `recommended` does not know the Acme formats', async () => {
    const plain = new ESLint({ cwd: app, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
    const found = await lintApp(plain, app);
    // `X-Acme-Api-Key` reads as a custom credential header, but its key only as a value of no known
    // format; the `acme_key` parameter and the client-side test key go unseen
    expect(found.map((f) => [f.file, f.line, f.ruleId])).toEqual([['src/server/billing.js', 7, 'credentials/no-hardcoded-auth-header']]);
    expect(found[0]?.message).toContain('…0ff (value, 42 chars)');
    expect(found.filter((f) => f.message.includes('Acme API key'))).toEqual([]);
  });
});
