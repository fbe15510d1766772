import { describe, expect, it } from 'vitest';
import { BUILD_TOOLS, isBuildConfigFile } from '../../src/core/sinks/bundler-config.js';

describe('isBuildConfigFile', () => {
  it('answers by the base name of the path, as each tool of BUILD_TOOLS names its config', () => {
    for (const file of ['/app/tsup.config.ts', '/app/vite.config.mts', 'C:\\app\\next.config.js', '/app/esbuild.config.cjs', '/app/build.mjs', '/app/webpack.prod.js', '/app/rspack.config.ts', '/app/vue.config.js', '/app/rollup.config.mjs', 'vite.config.ts']) {
      expect(isBuildConfigFile(file), file).toBe(true);
      const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
      expect(BUILD_TOOLS.some((tool) => tool.files.test(base)), base).toBe(true);
    }
  });

  it('does not take a name that only holds or starts like one, nor a directory named like one', () => {
    for (const file of ['/app/my-vite.config.ts', '/app/prebuild.js', '/app/vite.config.ts.bak', '/app/vite.config.ts/index.ts', '/app/build/index.js', 'C:\\vite.config.ts\\x.js', '/app/src/tsup.config.json']) {
      expect(isBuildConfigFile(file), file).toBe(false);
    }
  });

  it('gives the same answer for the same file asked again (the sticky pattern is reset)', () => {
    expect(isBuildConfigFile('/a/very/long/path/to/some/project/vite.config.ts')).toBe(true);
    expect(isBuildConfigFile('/x/vite.config.ts')).toBe(true);
    expect(isBuildConfigFile('/a/very/long/path/to/some/project/vite.config.ts')).toBe(true);
  });
});
