/**
 * The README's complete configs ("Use it in your project": TypeScript and React, Vue), exactly as
 * printed, each written as the eslint.config.js of a temporary app with planted fake credentials in
 * `.ts`, `.tsx`, `.jsx` and `.vue` files (tests/fixtures/readme-project.ts), and linted with the ESLint
 * command line of ESLint 10, the newest ESLint 9 (`eslint-v9`) and the lowest the peer range allows
 * (`eslint-v9-floor`). The packages a config imports are symlinked into the app's node_modules from
 * this repository's (the plugin itself from the built package), as npm would install them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFindings, importedPackages, readmeConfigs, root, runEslint, writeApp } from './fixtures/readme-project.js';

const ESLINTS = ['eslint', 'eslint-v9', 'eslint-v9-floor'].map((pkg) => {
  const dir = path.join(root, 'node_modules', pkg);
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return { pkg, dir, version };
});

/** The files each README config must lint (besides eslint.config.js itself). */
const LINTED: Readonly<Record<string, readonly string[]>> = {
  typescript: ['src/components/Badge.jsx', 'src/components/Checkout.tsx', 'src/lib/payments.ts'],
  vue: ['src/admin/OrdersPanel.vue', 'src/lib/payments.ts'],
};

const configs = readmeConfigs();
const temp = mkdtempSync(path.join(tmpdir(), 'credentials-readme-'));

beforeAll(() => {
  const modules = path.join(temp, 'node_modules');
  const imported = [...new Set([...configs.values()].flatMap(importedPackages))].filter((name) => name !== 'eslint');
  for (const name of imported) {
    mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
    symlinkSync(name === 'eslint-plugin-credentials' ? root : path.join(root, 'node_modules', name), path.join(modules, name), 'dir');
  }
  // One folder per ESLint, with its own `eslint` package, and an app per config below it.
  for (const { pkg, dir } of ESLINTS) {
    mkdirSync(path.join(temp, pkg, 'node_modules'), { recursive: true });
    symlinkSync(dir, path.join(temp, pkg, 'node_modules/eslint'), 'dir');
    for (const [name, config] of configs) writeApp(path.join(temp, pkg, name), config);
  }
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

it('README.md has a complete TypeScript / React config and a Vue config, importing what this repository installs', () => {
  expect([...configs.keys()].sort()).toEqual(['typescript', 'vue']);
  expect(importedPackages(configs.get('typescript') ?? '')).toEqual(['eslint', 'eslint-plugin-credentials', 'typescript-eslint']);
  expect(importedPackages(configs.get('vue') ?? '')).toEqual(['eslint', 'eslint-plugin-credentials', 'typescript-eslint', 'vue-eslint-parser']);
});

describe.each(ESLINTS)('ESLint $version ($pkg)', ({ pkg }) => {
  it.each(Object.keys(LINTED))('the README %s config lints its files and reports each planted credential on its line', (name) => {
    const files = LINTED[name] ?? [];
    const run = runEslint(path.join(temp, pkg, 'node_modules/eslint'), path.join(temp, pkg, name));
    expect(run.files).toEqual(['eslint.config.js', ...files].sort());
    expect(run.findings).toEqual(expectedFindings(files));
  });
});
