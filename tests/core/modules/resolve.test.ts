import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonc, stripJsonc } from '../../../src/core/modules/jsonc.js';
import { isInside, newDirectoryFacts, normalizeAliases, pathTargets, projectRoot } from '../../../src/core/modules/resolve.js';
import { project, removeProjects } from '../../fixtures/modules/project.js';

afterAll(removeProjects);

describe('parseJsonc', () => {
  it('drops line and block comments and trailing commas', () => {
    expect(parseJsonc('{\n  // a comment\n  "a": 1, /* another */\n  "b": [1, 2,],\n}')).toEqual({ a: 1, b: [1, 2] });
  });

  it('keeps comment-like text, commas and escaped quotes inside strings', () => {
    expect(parseJsonc(String.raw`{ "url": "https://x//y", "glob": "src/*/*.ts", "q": "a\"//,}", "c": ",]" }`)).toEqual({
      url: 'https://x//y',
      glob: 'src/*/*.ts',
      q: 'a"//,}',
      c: ',]',
    });
  });

  it('keeps offsets (comments become spaces) and accepts a byte order mark', () => {
    expect(stripJsonc('{/*ab*/"a":1}')).toBe('{      "a":1}');
    expect(stripJsonc('[1,\n]')).toBe('[1 \n]');
    expect(parseJsonc('\uFEFF{"a": 1}')).toEqual({ a: 1 });
  });

  it('throws on what is not JSON even with comments', () => {
    expect(() => parseJsonc('{ a: 1 }')).toThrow(SyntaxError);
    expect(() => parseJsonc('{ "a": 1 /* unterminated')).toThrow(SyntaxError);
  });
});

describe('pathTargets', () => {
  const patterns: [string, string[]][] = [
    ['*', ['types/*']],
    ['@app/*', ['src/app/*', 'lib/app/*']],
    ['@app/config/*', ['config/*']],
    ['@env', ['src/env.ts']],
    ['@*.svc', ['services/*.ts']],
  ];

  it('prefers an exact pattern, then the longest prefix, and substitutes the star in every target', () => {
    expect(pathTargets('@env', patterns)).toEqual(['src/env.ts']);
    expect(pathTargets('@app/x', patterns)).toEqual(['src/app/x', 'lib/app/x']);
    expect(pathTargets('@app/config/keys', patterns)).toEqual(['config/keys']);
    expect(pathTargets('@pay.svc', patterns)).toEqual(['services/pay.ts']);
    expect(pathTargets('lodash', patterns)).toEqual(['types/lodash']);
    expect(pathTargets('lodash', [])).toEqual([]);
  });
});

describe('projectRoot and aliases', () => {
  it('takes the nearest eslint.config.*, else package.json, else the working directory, else the directory', () => {
    const p = project({ 'packages/web/package.json': '{}', 'packages/web/src/a.ts': '', 'tools/x.js': '' });
    const cache = newDirectoryFacts();
    expect(projectRoot(p.path('packages/web/src/a.ts'), '/', cache)).toBe(p.root);
    const q = project({ 'packages/web/package.json': '{}', 'packages/web/src/a.ts': '', 'tools/x.js': '' }, { config: false });
    expect(projectRoot(q.path('packages/web/src/a.ts'), '/', cache)).toBe(q.path('packages/web'));
    expect(projectRoot('tools/x.js', q.root, cache)).toBe(q.root);
  });

  it('normalizes aliases against the root, longest prefix first', () => {
    expect(normalizeAliases({ '@/': 'src/', '@/config/': 'config', '': 'x' }, '/p')).toEqual([
      ['@/config/', '/p/config'],
      ['@/', '/p/src'],
    ]);
    expect(normalizeAliases(undefined, '/p')).toEqual([]);
  });

  it('tells inside from outside, `..name` directories included', () => {
    expect(isInside('/p', '/p')).toBe(true);
    expect(isInside('/p', '/p/..x/a.js')).toBe(true);
    expect(isInside('/p', '/p/../q/a.js')).toBe(false);
    expect(isInside('/p', '/q')).toBe(false);
  });
});
