/**
 * The package's dependency declarations and the lock file.
 *
 * - Lock-file hygiene: a dependency declared as a dist-tag (`latest`) or an open range (`*`) resolves
 *   to whatever the registry holds at install time. `npm ci` resolves a tag against the registry
 *   again, so the day a new version is published a lock written before is "out of sync" and a clean
 *   install fails (what `"jschardet": "latest"` in @microsoft/eslint-formatter-sarif@3.1.0 did). Such a
 *   dependency must be pinned to one exact version by `overrides` in package.json.
 * - `@typescript-eslint/utils` is a caret range, so it dedupes with a project's own typescript-eslint,
 *   while this repository installs one exact version of every `@typescript-eslint/*` package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installedPackages } from './fixtures/node-modules.js';

interface LockEntry {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean } | undefined>;
}

const root = fileURLToPath(new URL('../', import.meta.url));
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string | undefined>;
  dependencies: Record<string, string | undefined>;
  devDependencies: Record<string, string | undefined>;
  overrides?: Record<string, unknown>;
};
const overrides = pkg.overrides ?? {};
const { devDependencies } = pkg;

const EXACT = /^\d+\.\d+\.\d+(?:-[\w.]+)?$/u;
/** One partial version: `1`, `1.2`, `1.2.3`, `1.x`, `*`, `1.2.3-beta.1+build`, with an optional leading `v`. */
const PARTIAL = /^v?(?:[xX*]|\d+)(?:\.(?:[xX*]|\d+)(?:\.(?:[xX*]|\d+)(?:-[\w.-]+)?(?:\+[\w.-]+)?)?)?$/u;
const OPERATOR = /^(?:[<>]=?|=|~>?|\^)/u;
const WILDCARD = /^v?[xX*]/u;

/**
 * Whether a dependency spec floats to whatever the registry publishes: a dist-tag (`latest`, `next`,
 * any name that is not a range), an empty spec or an all-wildcard range (`*`, `x`, `1.0.0 || *`), also
 * behind an `npm:` alias. Ranges with a numeric bound, exact versions, and file, link, git and tarball
 * URL specs are fixed or bounded sources.
 */
export function floats(spec: string): boolean {
  const trimmed = spec.trim();
  if (trimmed.startsWith('npm:')) {
    const inner = /^npm:(?:@[^/@]+\/)?[^@]+(?:@(.*))?$/u.exec(trimmed);
    return inner === null || floats(inner[1] ?? '');
  }
  if (/^(?:file|link|git(?:\+[a-z]+)?|github|gitlab|bitbucket|gist|https?):/u.test(trimmed)) return false;
  if (/^[\w.-]+\/[\w.-]+(?:#.*)?$/u.test(trimmed)) return false; // GitHub shorthand `owner/repo`
  return trimmed.split('||').some((alternative) => {
    // `>= 1.2.3 < 2` is `>=1.2.3 <2`.
    const tokens = alternative.trim().replace(/([<>]=?|=|~>?|\^)\s+/gu, '$1').split(/\s+/u).filter((t) => t !== '');
    if (tokens.length === 0) return true;
    const hyphen = tokens.length === 3 && tokens[1] === '-';
    const comparators = hyphen ? [tokens[0] ?? '', tokens[2] ?? ''] : tokens;
    const versions = comparators.map((c) => c.replace(OPERATOR, ''));
    if (!versions.every((v) => PARTIAL.test(v))) return true; // not a range: a dist-tag
    return versions.every((v) => WILDCARD.test(v));
  });
}

interface Declaration {
  from: string;
  kind: string;
  name: string;
  spec: string;
}

/** Every dependency each package in the lock declares, as npm would install it (optional peers are not installed). */
function declarations(): Declaration[] {
  const found: Declaration[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    const from = location === '' ? '(root)' : location;
    const kinds = { dependencies: entry.dependencies, optionalDependencies: entry.optionalDependencies, devDependencies: entry.devDependencies, peerDependencies: entry.peerDependencies };
    for (const [kind, deps] of Object.entries(kinds)) {
      for (const [name, spec] of Object.entries(deps ?? {})) {
        if (kind === 'peerDependencies' && entry.peerDependenciesMeta?.[name]?.optional === true) continue;
        found.push({ from, kind, name, spec });
      }
    }
  }
  return found;
}

/** Lock locations of the package `name`, at any depth. */
const locationsOf = (name: string): string[] => Object.keys(lock.packages).filter((l) => l === `node_modules/${name}` || l.endsWith(`/node_modules/${name}`));

describe('lock-file hygiene', () => {
  it.each([
    ['latest', true],
    ['next', true],
    ['beta', true],
    ['*', true],
    ['x', true],
    ['X.x', true],
    ['', true],
    ['  ', true],
    ['^1.2.3 || *', true],
    ['npm:eslint@latest', true],
    ['npm:eslint', true],
    ['npm:@scope/pkg@*', true],
    ['1.2.3', false],
    ['=0.127.0', false],
    ['^18.3.1', false],
    ['~4.0', false],
    ['1.x', false],
    ['>= 3.1.0 < 4', false],
    ['>=4.8.4 <6.1.0', false],
    ['1.0.0 - 2.0.0', false],
    ['^1.0.0 || ^2.0.0', false],
    ['>=7.0.0-dev.20260325.1', false],
    ['npm:eslint@9.39.5', false],
    ['npm:react-is@^18.3.1', false],
    ['file:../local', false],
    ['github:owner/repo#v1', false],
    ['owner/repo', false],
    ['git+https://example.com/r.git#abc123', false],
    ['https://example.com/pkg.tgz', false],
  ])('reads %j as floating: %s', (spec, expected) => {
    expect(floats(spec)).toBe(expected);
  });

  it('reads a lock file with every package in it (lockfileVersion 3)', () => {
    expect(lock.lockfileVersion).toBe(3);
    // A check that found nothing to read would pass on anything.
    expect(declarations().length).toBeGreaterThan(500);
  });

  it('has no dependency on a dist-tag or an open range, unless package.json `overrides` pins it to an exact version', () => {
    const pinned = (name: string): boolean => typeof overrides[name] === 'string' && EXACT.test(overrides[name]);
    const floating = declarations().filter((d) => floats(d.spec) && !pinned(d.name));
    expect(floating.map((d) => `${d.from} ${d.kind} ${d.name}: "${d.spec}"`)).toEqual([]);
  });

  it('installs every pinned override at its pin, everywhere in the lock', () => {
    const pins = Object.entries(overrides).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && EXACT.test(entry[1]));
    expect(pins.map(([name]) => name)).toContain('jschardet');
    for (const [name, version] of pins) {
      const locations = locationsOf(name);
      expect(locations, `${name} is pinned by overrides but not in the lock`).not.toEqual([]);
      for (const location of locations) expect([location, lock.packages[location]?.version]).toEqual([location, version]);
    }
  });
});

describe('@typescript-eslint packages', () => {
  const devVersions = Object.entries(devDependencies).filter(([name]) => name === 'typescript-eslint' || name.startsWith('@typescript-eslint/'));
  const devVersion = devVersions[0]?.[1] ?? 'none';
  const numbers = (version: string): number[] => version.split('.').map(Number);
  const atLeast = (a: readonly number[], b: readonly number[]): boolean => (a[0] ?? 0) - (b[0] ?? 0) > 0 || ((a[0] ?? 0) === (b[0] ?? 0) && ((a[1] ?? 0) - (b[1] ?? 0) > 0 || ((a[1] ?? 0) === (b[1] ?? 0) && (a[2] ?? 0) >= (b[2] ?? 0))));

  it('pins every @typescript-eslint devDependency (and typescript-eslint) to one exact version', () => {
    expect(devVersions.length).toBeGreaterThanOrEqual(3);
    expect(devVersion).toMatch(EXACT);
    expect(new Set(devVersions.map(([, version]) => version))).toEqual(new Set([devVersion]));
  });

  it('depends on @typescript-eslint/utils through a caret range whose floor the dev version satisfies', () => {
    const range = pkg.dependencies['@typescript-eslint/utils'] ?? 'missing';
    const floor = /^\^(\d+\.\d+\.\d+)$/u.exec(range)?.[1];
    expect(floor, `"${range}" is not a caret range: a project on another typescript-eslint would get a second copy`).toBeDefined();
    const [major] = numbers(floor ?? '');
    expect(numbers(devVersion)[0]).toBe(major);
    expect(atLeast(numbers(devVersion), numbers(floor ?? ''))).toBe(true);
    // 8.55.0 is the first RuleCreator that reads `meta.defaultOptions`, where this plugin's rules keep their defaults.
    expect(atLeast(numbers(floor ?? ''), [8, 55, 0])).toBe(true);
  });

  it('resolves every @typescript-eslint package in the lock to the dev version', () => {
    const locations = Object.keys(lock.packages).filter((l) => /(?:^|\/)node_modules\/(?:@typescript-eslint\/[^/]+|typescript-eslint)$/u.test(l));
    expect(locations).toContain('node_modules/@typescript-eslint/utils');
    expect(locations.filter((l) => lock.packages[l]?.version !== devVersion)).toEqual([]);
  });

  it('has one version of every @typescript-eslint package installed in node_modules, nested copies included', () => {
    const found = installedPackages(path.join(root, 'node_modules'), (name) => name === 'typescript-eslint' || name.startsWith('@typescript-eslint/'));
    expect(found).toContain(`node_modules/@typescript-eslint/utils@${devVersion}`);
    expect(found.filter((f) => !f.endsWith(`@${devVersion}`))).toEqual([]);
    expect(found.filter((f) => f.includes('/utils@'))).toEqual([`node_modules/@typescript-eslint/utils@${devVersion}`]);
  });
});

describe('peer range', () => {
  it('is the one the example shared config (examples/company-preset) declares too', () => {
    const preset = JSON.parse(readFileSync(path.join(root, 'examples/company-preset/package.json'), 'utf8')) as { peerDependencies: Record<string, string> };
    expect(preset.peerDependencies.eslint).toBe(pkg.peerDependencies.eslint);
  });
});
