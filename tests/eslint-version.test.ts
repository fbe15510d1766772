/**
 * Which ESLint each vitest project really ran. `ESLINT_PACKAGE` names the package the project is set up
 * for (`eslint`, or the `eslint-v9` / `eslint-v9-floor` npm aliases, see vitest.config.ts); its exact
 * version comes from package-lock.json. ESM imports (vite's alias), CommonJS `require('eslint')` from
 * rule-tester and utils (tests/setup-eslint-alias.ts), and the Linter the RuleTester runs must all be
 * that version, and the floor project's version must be the lower bound of the peer range.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { ESLintUtils } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

interface Lock {
  packages: Record<string, { version?: string } | undefined>;
}

const root = new URL('../', import.meta.url);
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as Lock;
const eslintPackage = process.env.ESLINT_PACKAGE ?? '';
const locked = lock.packages[`node_modules/${eslintPackage}`]?.version ?? 'not in the lock';
const devDependencies: Record<string, string | undefined> = pkg.devDependencies;

/** `^9.22.0 || ^10.0.0` → [[9, 22, 0], [10, 0, 0]]; throws on any other shape, which this test would not read right. */
function caretBounds(range: string): [number, number, number][] {
  return range.split('||').map((part) => {
    const match = /^\^(\d+)\.(\d+)\.(\d+)$/u.exec(part.trim());
    if (!match) throw new Error(`peerDependencies.eslint: expected only ^x.y.z alternatives, got "${part.trim()}"`);
    return [Number(match[1]), Number(match[2]), Number(match[3])];
  });
}

const parse = (version: string): [number, number, number] => {
  const [major = NaN, minor = NaN, patch = NaN] = version.split('.').map(Number);
  return [major, minor, patch];
};
const compare = (a: readonly number[], b: readonly number[]): number => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
const peerBounds = caretBounds(pkg.peerDependencies.eslint).sort(compare);
const floor = peerBounds[0]?.join('.');

// ESLint 10 removed the context methods that ESLint 9 still had (`context.getCwd()` and others), so a
// probe rule run by the RuleTester tells which major the tester's own Linter is.
const seen: boolean[] = [];
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
  create(context) {
    seen.push('getCwd' in context);
    return {};
  },
});

new RuleTester().run('eslint-version-probe', probe, { valid: ['const a = 1;'], invalid: [] });

afterAll(() => {
  expect(seen).toEqual([parse(locked)[0] === 9]);
});

describe(`the ${eslintPackage || '(unset)'} project`, () => {
  it('is set up for an ESLint this repository installs, at the version the lock file holds', () => {
    expect(['eslint', 'eslint-v9', 'eslint-v9-floor']).toContain(eslintPackage);
    expect(locked).toMatch(/^\d+\.\d+\.\d+$/u);
    const installed = JSON.parse(readFileSync(new URL(`node_modules/${eslintPackage}/package.json`, root), 'utf8')) as { name: string; version: string };
    expect(installed).toMatchObject({ name: 'eslint', version: locked });
    // The aliases pin one exact version.
    if (eslintPackage !== 'eslint') expect(devDependencies[eslintPackage]).toBe(`npm:eslint@${locked}`);
  });

  it('imports that ESLint from ESM (vite alias) and from CommonJS rule-tester and utils (setup redirect)', () => {
    expect(Linter.version).toBe(locked);
    for (const from of ['@typescript-eslint/rule-tester', '@typescript-eslint/utils']) {
      const load = createRequire(createRequire(fileURLToPath(root)).resolve(from));
      // The same module record the package gets for its own `require('eslint')`.
      const { Linter: Required } = load('eslint') as typeof import('eslint'); // untyped require
      expect([from, Required.version]).toEqual([from, locked]);
    }
  });

  it('runs an ESLint inside the peer range', () => {
    const [major, minor, patch] = parse(locked);
    const bound = peerBounds.find((b) => b[0] === major);
    expect(bound, `no peerDependencies.eslint alternative for ESLint ${String(major)}`).toBeDefined();
    expect(compare([major, minor, patch], bound ?? [])).toBeGreaterThanOrEqual(0);
  });

  it('runs exactly the lowest ESLint the peer range allows if, and only if, it is the floor project', () => {
    expect([eslintPackage, locked === floor]).toEqual([eslintPackage, eslintPackage === 'eslint-v9-floor']);
  });
});

it('pins the floor alias to the lower bound of peerDependencies.eslint, so the two cannot drift', () => {
  expect(devDependencies['eslint-v9-floor']).toBe(`npm:eslint@${floor ?? ''}`);
});
