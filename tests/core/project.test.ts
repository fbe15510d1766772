/**
 * What a package.json says builds its folder (src/core/files/project.ts), from the parsed manifest alone;
 * the lookup itself (walk, cache, mtime) is tested on real directories in client-files.test.ts and
 * tests/perf/project-lookup.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectFromManifest, projectOf } from '../../src/core/files/project.js';

const deps = (...names: string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, '*']));
const noFiles = (name: string): boolean => name === '';

/** Kind, tool and deciding dependency of a manifest, in a folder that holds no other file. */
const summary = (manifest: unknown, hasFile: (name: string) => boolean = noFiles): [string, string, string] => {
  const { kind, tool, dependency } = projectFromManifest('/app', manifest, hasFile);
  return [kind, tool, dependency];
};

describe('projectFromManifest', () => {
  it.each([
    [{ dependencies: deps('expo', 'react', 'react-native-web') }, ['mobile', 'Expo', 'expo']],
    [{ peerDependencies: deps('react-native') }, ['mobile', 'React Native', 'react-native']],
    [{ dependencies: deps('next', 'react', 'express') }, ['framework', 'Next.js', 'next']],
    [{ devDependencies: deps('@sveltejs/kit', 'vite', 'svelte') }, ['framework', 'SvelteKit', '@sveltejs/kit']],
    [{ dependencies: deps('@remix-run/react', '@remix-run/node'), devDependencies: deps('vite') }, ['framework', 'Remix', '@remix-run/react']],
    [{ dependencies: deps('@tanstack/react-start', '@tanstack/react-query', 'react'), devDependencies: deps('vite') }, ['framework', 'TanStack Start', '@tanstack/react-start']],
    [{ dependencies: deps('electron', 'react'), devDependencies: deps('vite') }, ['none', 'Electron', 'electron']],
    [{ dependencies: deps('@angular/core', 'express', '@nestjs/core') }, ['browser', 'Angular', '@angular/core']],
    [{ dependencies: deps('react-scripts', 'express') }, ['browser', 'Create React App', 'react-scripts']],
    [{ optionalDependencies: deps('@vue/cli-service') }, ['browser', 'Vue CLI', '@vue/cli-service']],
    [{ devDependencies: deps('@rsbuild/core', '@rsbuild/plugin-react') }, ['browser', 'Rsbuild', '@rsbuild/core']],
    [{ devDependencies: deps('vite', '@preact/preset-vite') }, ['browser', 'Vite', 'vite']],
    [{ devDependencies: deps('vite', 'vite-plugin-solid') }, ['browser', 'Vite', 'vite']],
    // `@remix-run/router` is React Router's engine, in plain SPAs too; `@tanstack/react-query` is no framework
    [{ dependencies: deps('@remix-run/router', '@tanstack/react-query', 'react'), devDependencies: deps('vite') }, ['browser', 'Vite', 'vite']],
    [{ dependencies: deps('react', 'express'), devDependencies: deps('vite') }, ['none', 'Vite', 'vite']],
    [{ dependencies: deps('hono'), devDependencies: deps('vite', 'vitest') }, ['server', 'hono', 'hono']],
    [{ dependencies: deps('@apollo/server', 'graphql-request') }, ['server', '@apollo/server', '@apollo/server']],
    [{ dependencies: deps('express', 'react', 'react-dom') }, ['none', '', '']],
    [{ dependencies: deps('lodash') }, ['none', '', '']],
    // not a manifest, or fields that are not dependency maps: no signal
    [null, ['none', '', '']],
    [[], ['none', '', '']],
    [{ dependencies: ['vite', 'react'], devDependencies: 'vite', peerDependencies: null }, ['none', '', '']],
  ] as const)('%j', (manifest, expected) => {
    expect(summary(manifest)).toEqual(expected);
  });

  it('asks for an index.html entry only for a bundler with no other browser evidence', () => {
    const asked: string[] = [];
    const has = (found: string) => (name: string) => {
      asked.push(name);
      return name === found;
    };
    expect(summary({ devDependencies: deps('vite') }, has('index.html'))).toEqual(['browser', 'Vite', 'vite']);
    expect(summary({ devDependencies: deps('parcel') }, has('src/index.html'))).toEqual(['browser', 'Parcel', 'parcel']);
    expect(summary({ devDependencies: deps('parcel') }, has('public/index.html'))).toEqual(['none', '', '']);
    expect(asked).toEqual(['index.html', 'index.html', 'src/index.html', 'index.html', 'src/index.html']);
    asked.length = 0;
    summary({ dependencies: deps('vue'), devDependencies: deps('vite') }, has('index.html'));
    summary({ devDependencies: deps('webpack', 'html-webpack-plugin') }, has('index.html'));
    summary({ dependencies: deps('express') }, has('index.html'));
    expect(asked).toEqual([]);
  });
});

describe('projectOf', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'credentials-project-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('reads a package.json with a byte order mark, and ignores one that is not JSON', () => {
    writeFileSync(path.join(root, 'package.json'), `\uFEFF${JSON.stringify({ devDependencies: deps('vite', '@vitejs/plugin-vue') })}`);
    writeFileSync(path.join(root, 'main.ts'), '');
    expect(projectOf(path.join(root, 'main.ts'))).toMatchObject({ directory: root, kind: 'browser', tool: 'Vite' });
    writeFileSync(path.join(root, 'package.json'), '// not JSON\n');
    expect(projectOf(path.join(root, 'main.ts'))).toBeUndefined();
  });

  it('finds nothing for a path that is not a file on disk', () => {
    expect(projectOf(path.join(root, 'missing.ts'))).toBeUndefined();
    expect(projectOf(root)).toBeUndefined();
  });
});
