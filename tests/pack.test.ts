/**
 * The published package, end to end: `npm pack` from a clean copy of the working tree (no dist/, so
 * `prepack` must build it), the tarball's contents, and an app that installs the tarball with npm
 * next to typescript-eslint and the lowest ESLint the peer range allows, uses the README's TypeScript
 * config as printed, and gets the planted credentials reported in its .ts and .tsx files.
 *
 * npm installs from its cache where it can (`--prefer-offline`: `npm ci` has put the lock's packages
 * there); the app first gets typescript-eslint, then the plugin, as a project adds a plugin, so the
 * plugin's `@typescript-eslint/utils` range must reuse the copy typescript-eslint brought.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedPackages } from './fixtures/node-modules.js';
import { expectedFindings, readmeConfigs, root, runEslint, writeApp, type CliRun } from './fixtures/readme-project.js';

interface Manifest {
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string } | undefined> };

/** The lowest version `^a.b.c || ^x.y.z` allows. */
const peerFloor = pkg.peerDependencies.eslint
  ?.split('||')
  .map((part) => part.trim().replace(/^\^/u, ''))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0];
const tsEslintVersion = pkg.devDependencies['typescript-eslint'];
const typescriptVersion = lock.packages['node_modules/typescript']?.version;

/** Not part of a clean checkout (or rebuilt by it). */
const NOT_CHECKED_OUT = new Set(['node_modules', 'dist', 'coverage', '.cache', '.git']);
const APP_FILES = ['src/components/Checkout.tsx', 'src/lib/payments.ts'];

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${String(result.status)}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const temp = mkdtempSync(path.join(tmpdir(), 'credentials-pack-'));
const checkout = path.join(temp, 'checkout');
const app = path.join(temp, 'app');
let tarball = '';
let entries: string[] = [];
let lint: CliRun = { files: [], findings: [] };

beforeAll(() => {
  cpSync(root, checkout, { recursive: true, filter: (source) => !NOT_CHECKED_OUT.has(path.relative(root, source).split(path.sep)[0] ?? '') && !source.endsWith('.tgz') });
  // The build tools only; the copy has no dist/ of its own.
  symlinkSync(path.join(root, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
  run('npm', ['pack', '--pack-destination', temp, '--loglevel', 'error'], checkout);
  const tarballs = readdirSync(temp).filter((f) => f.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack wrote ${String(tarballs.length)} tarballs`);
  tarball = path.join(temp, tarballs[0] ?? '');
  entries = run('tar', ['-tzf', tarball], temp).split('\n').filter((e) => e !== '').sort();
}, 120_000);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('builds dist/ at prepack and packs it with the license, the README and package.json, and nothing else', () => {
    expect(entries).toEqual(['package/LICENSE', 'package/README.md', 'package/dist/index.d.mts', 'package/dist/index.mjs', 'package/package.json']);
  });
});

describe('the tarball installed by npm with typescript-eslint and the lowest ESLint 9 allowed', () => {
  beforeAll(() => {
    writeApp(app, readmeConfigs().get('typescript') ?? '', APP_FILES);
    const install = ['install', '--save-dev', '--prefer-offline', '--ignore-scripts', '--loglevel', 'error'];
    run('npm', [...install, `eslint@${peerFloor ?? ''}`, `typescript-eslint@${tsEslintVersion ?? ''}`, `typescript@${typescriptVersion ?? ''}`], app);
    run('npm', [...install, tarball], app);
    lint = runEslint(path.join(app, 'node_modules/eslint'), app);
  }, 120_000);

  it('installs the packed plugin and ESLint at the floor of peerDependencies', () => {
    expect(peerFloor).toMatch(/^9\.\d+\.\d+$/u);
    const plugin = path.join(app, 'node_modules/eslint-plugin-credentials');
    expect(lstatSync(plugin).isSymbolicLink()).toBe(false);
    expect(readdirSync(path.join(plugin, 'dist')).sort()).toEqual(['index.d.mts', 'index.mjs']);
    expect(installedPackages(path.join(app, 'node_modules'), (name) => name === 'eslint')).toEqual([`node_modules/eslint@${peerFloor ?? ''}`]);
  });

  it('has exactly one copy of @typescript-eslint/utils: the plugin shares typescript-eslint’s', () => {
    expect(installedPackages(path.join(app, 'node_modules'), (name) => name === '@typescript-eslint/utils')).toEqual([`node_modules/@typescript-eslint/utils@${tsEslintVersion ?? ''}`]);
  });

  it('lints the .ts and .tsx files with the README TypeScript config and reports each planted credential on its line', () => {
    expect(lint.files).toEqual(['eslint.config.js', ...APP_FILES].sort());
    expect(lint.findings).toEqual(expectedFindings(APP_FILES));
  });
});
