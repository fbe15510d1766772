/**
 * The documented config block for JSON files (docs/rules/no-secret-in-client.md, "JSON files", after
 * `<!-- json-config -->`), exactly as printed, as the eslint.config.js of a temporary app linted with the
 * command line of ESLint 10, the newest ESLint 9 and the lowest the peer range allows: `@eslint/json`
 * parses the JSON, `no-secret-in-client` reports what ships, the JavaScript rules still run on code,
 * and a tsconfig.json with comments and trailing commas is no parse error. The same block without its
 * `rules` line (the preset alone turns the rules on, for JSON files too) gives the same findings: the two
 * JavaScript rules accept the JSON languages, so ESLint 10, which checks every enabled rule's
 * `meta.languages`, does not stop.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake } from './fixtures/fake.js';
import { root, runEslint } from './fixtures/readme-project.js';

const page = readFileSync(path.join(root, 'docs/rules/no-secret-in-client.md'), 'utf8').split('\n');
const marker = page.indexOf('<!-- json-config -->');
const CONFIG = `${page.slice(marker + 2, page.indexOf('```', marker + 2)).join('\n')}\n`;
/** The block without its `rules` line: the preset alone. */
const PRESET_ONLY = CONFIG.split('\n')
  .filter((line) => !line.trimStart().startsWith('rules:'))
  .join('\n');

const SK = fake.stripeSecret(501);
const SECRET = fake.opaque(502, 32);
const GH = fake.githubToken(503);

const FILES: Readonly<Record<string, string>> = {
  'package.json': JSON.stringify({ name: 'shop', private: true, type: 'module', config: { stripeSecretKey: SK } }, null, 2),
  'tsconfig.json': '{\n  // comments and a trailing comma, as tsc --init writes them\n  "compilerOptions": { "strict": true, },\n}\n',
  'public/config.json': `{\n  "apiUrl": "https://api.example.com",\n  "stripe": { "secretKey": "${SK}" },\n  "oauth": { "clientSecret": "${SECRET}" }\n}\n`,
  'config/server.json': `{ "stripeSecretKey": "${SK}" }\n`,
  'src/components/badge.js': `export const GITHUB_TOKEN = '${GH}';\n`,
};

const ESLINTS = ['eslint', 'eslint-v9', 'eslint-v9-floor'].map((pkg) => ({ pkg, dir: path.join(root, 'node_modules', pkg) }));
const temp = mkdtempSync(path.join(tmpdir(), 'credentials-json-'));

function writeApp(dir: string, config: string): void {
  for (const [file, text] of Object.entries({ ...FILES, 'eslint.config.js': config })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

beforeAll(() => {
  const modules = path.join(temp, 'node_modules');
  mkdirSync(path.join(modules, '@eslint'), { recursive: true });
  symlinkSync(root, path.join(modules, 'eslint-plugin-credentials'), 'dir');
  symlinkSync(path.join(root, 'node_modules/@eslint/json'), path.join(modules, '@eslint/json'), 'dir');
  for (const { pkg, dir } of ESLINTS) {
    mkdirSync(path.join(temp, pkg, 'node_modules'), { recursive: true });
    symlinkSync(dir, path.join(temp, pkg, 'node_modules/eslint'), 'dir');
    writeApp(path.join(temp, pkg, 'app'), CONFIG);
    writeApp(path.join(temp, pkg, 'preset-only'), PRESET_ONLY);
  }
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

it('the docs hold the block, with @eslint/json, the JSONC language and the rule on', () => {
  expect(marker).toBeGreaterThan(0);
  expect(CONFIG).toContain("import json from '@eslint/json';");
  expect(CONFIG).toContain("language: 'json/jsonc'");
  expect(CONFIG).not.toContain("'off'");
  expect(PRESET_ONLY.split('\n').length).toBe(CONFIG.split('\n').length - 1);
});

describe.each(ESLINTS)('$pkg command line', ({ pkg }) => {
  it('lints the JSON files and the code, and reports what ships', () => {
    const run = runEslint(path.join(temp, pkg, 'node_modules/eslint'), path.join(temp, pkg, 'app'));
    expect(run.files).toEqual(['config/server.json', 'eslint.config.js', 'package.json', 'public/config.json', 'src/components/badge.js', 'tsconfig.json']);
    expect(run.findings).toEqual(['public/config.json:3 credentials/no-secret-in-client', 'public/config.json:4 credentials/no-secret-in-client', 'src/components/badge.js:1 credentials/no-secret-in-client']);
  });

  it('gives the same findings with the preset alone turning the rules on (no rule stops ESLint on JSON)', () => {
    const run = runEslint(path.join(temp, pkg, 'node_modules/eslint'), path.join(temp, pkg, 'preset-only'));
    expect(run.files).toEqual(['config/server.json', 'eslint.config.js', 'package.json', 'public/config.json', 'src/components/badge.js', 'tsconfig.json']);
    expect(run.findings).toEqual(['public/config.json:3 credentials/no-secret-in-client', 'public/config.json:4 credentials/no-secret-in-client', 'src/components/badge.js:1 credentials/no-secret-in-client']);
  });
});
