import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAMES, configDirectory, findConfigDirectory } from '../../src/core/files/config-dir.js';

const temp = mkdtempSync(path.join(tmpdir(), 'credentials-config-dir-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

/** Creates `files` (paths relative to a new directory under the temp dir) and returns that directory. */
function tree(name: string, files: readonly string[]): string {
  const dir = path.join(temp, name);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '');
  }
  return dir;
}

describe('findConfigDirectory', () => {
  it.each(CONFIG_FILE_NAMES)('finds the nearest directory holding %s, walking up', (name) => {
    const dir = tree(`names-${name}`, [name, 'app/_components/keys.ts']);
    expect(findConfigDirectory(path.join(dir, 'app/_components'), new Map())).toBe(dir);
    expect(findConfigDirectory(dir, new Map())).toBe(dir);
  });

  it('takes the nearest of nested config files, as ESLint 10 does', () => {
    const dir = tree('nested', ['eslint.config.js', 'packages/web/eslint.config.mjs', 'packages/web/src/deep/x.ts', 'packages/api/src/x.ts']);
    expect(findConfigDirectory(path.join(dir, 'packages/web/src/deep'), new Map())).toBe(path.join(dir, 'packages/web'));
    expect(findConfigDirectory(path.join(dir, 'packages/api/src'), new Map())).toBe(dir);
  });

  it('ignores a directory that only has a config-like name, and other eslint files', () => {
    const dir = tree('look-alikes', ['eslint.config.js/index.js', '.eslintrc.json', 'eslint.config.json', 'src/x.ts']);
    expect(findConfigDirectory(path.join(dir, 'src'), new Map())).toBeUndefined();
  });

  it('walks from a directory that does not exist, up to one that does', () => {
    const dir = tree('virtual', ['eslint.config.ts']);
    expect(findConfigDirectory(path.join(dir, 'not/on/disk'), new Map())).toBe(dir);
  });

  it('caches every directory it walked, so a sibling stops at the first shared parent', () => {
    const dir = tree('cache', ['eslint.config.js', 'a/b/c/x.ts', 'a/b/d/y.ts']);
    const cache = new Map<string, string | null>();
    expect(findConfigDirectory(path.join(dir, 'a/b/c'), cache)).toBe(dir);
    expect([...cache.keys()]).toEqual([path.join(dir, 'a/b/c'), path.join(dir, 'a/b'), path.join(dir, 'a'), dir]);
    expect(new Set(cache.values())).toEqual(new Set([dir]));
    expect(findConfigDirectory(path.join(dir, 'a/b/d'), cache)).toBe(dir);
    expect(cache.size).toBe(5);
    // the cache answers without looking again: a config file written now is not seen through it
    writeFileSync(path.join(dir, 'a/b/c/eslint.config.js'), '');
    expect(findConfigDirectory(path.join(dir, 'a/b/c'), cache)).toBe(dir);
    expect(findConfigDirectory(path.join(dir, 'a/b/c'), new Map())).toBe(path.join(dir, 'a/b/c'));
  });

  it('caches a miss as null, up to the root', () => {
    const dir = tree('miss', ['src/x.ts']);
    const cache = new Map<string, string | null>();
    expect(findConfigDirectory(path.join(dir, 'src'), cache)).toBeUndefined();
    expect(cache.get(path.join(dir, 'src'))).toBeNull();
    expect(cache.get(path.parse(dir).root)).toBeNull();
  });
});

describe('configDirectory', () => {
  it("resolves a relative physical filename against the context's cwd", () => {
    const dir = tree('relative', ['eslint.config.js', 'app/_components/keys.ts']);
    const context = { cwd: path.join(dir, 'app'), physicalFilename: '_components/keys.ts', settings: {} };
    expect(configDirectory(context)).toBe(dir);
  });

  it('falls back to the working directory when no config file is found', () => {
    const dir = tree('fallback', ['src/x.ts']);
    expect(configDirectory({ cwd: path.join(dir, 'src'), physicalFilename: path.join(dir, 'src/x.ts'), settings: {} })).toBe(path.join(dir, 'src'));
  });

  it('looks up from the physical file of a virtual file (a processor block)', () => {
    const dir = tree('virtual-child', ['eslint.config.js', 'docs/eslint.config.js', 'docs/guide.md']);
    const context = { cwd: dir, physicalFilename: path.join(dir, 'docs/guide.md'), settings: {} };
    expect(configDirectory(context)).toBe(path.join(dir, 'docs'));
  });

  it('caches per merged settings object: a config file added later is seen with the next config', () => {
    const dir = tree('per-settings', ['eslint.config.js', 'packages/web/src/x.ts']);
    const file = path.join(dir, 'packages/web/src/x.ts');
    const settings = { credentials: {} };
    expect(configDirectory({ cwd: dir, physicalFilename: file, settings })).toBe(dir);
    writeFileSync(path.join(dir, 'packages/web/eslint.config.js'), '');
    expect(configDirectory({ cwd: dir, physicalFilename: file, settings })).toBe(dir);
    expect(configDirectory({ cwd: dir, physicalFilename: file, settings: { credentials: {} } })).toBe(path.join(dir, 'packages/web'));
  });
});
