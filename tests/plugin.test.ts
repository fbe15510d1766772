import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { defineConfig } from 'eslint/config';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { typedRules } from '../src/rules/index.js';
import pkg from '../package.json' with { type: 'json' };

const root = new URL('../', import.meta.url);
const names = Object.keys(plugin.rules).sort();
const basenames = (dir: string, ext: string): string[] =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith(ext) && f !== `index${ext}`)
    .map((f) => f.slice(0, -ext.length))
    .sort();

describe('plugin shape', () => {
  it('has meta with the package name, version and namespace', () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-credentials', version: pkg.version, namespace: 'credentials' });
  });

  it('has the three rules of the mission', () => {
    expect(names).toEqual(['no-hardcoded-auth-header', 'no-secret-in-client', 'no-token-in-url']);
  });

  it('has one source file, one test, one cases file and one doc per rule', () => {
    expect(basenames('src/rules/', '.ts')).toEqual(names);
    expect(basenames('tests/rules/', '.test.ts')).toEqual(names);
    expect(basenames('tests/rules/', '.cases.ts')).toEqual(names);
    expect(basenames('docs/rules/', '.md')).toEqual(names);
  });

  it.each(names)('%s links to its own docs page at the released version, which exists', (name) => {
    const rule = typedRules[name as keyof typeof typedRules];
    // the tag of this version: `main` may already document options a later release adds
    expect(rule.meta.docs?.url).toBe(`https://github.com/eslint-plugin-credentials/eslint-plugin-credentials/blob/v${pkg.version}/docs/rules/${name}.md`);
    expect(readFileSync(new URL(`docs/rules/${name}.md`, root), 'utf8')).toContain(`# credentials/${name}`);
  });

  it.each(names)('%s states each default in its schema description, and keeps defaults out of meta', (name) => {
    const rule = typedRules[name as keyof typeof typedRules];
    // meta.defaultOptions would be merged by ESLint into the options it validates (and prints in errors)
    expect(rule.meta).not.toHaveProperty('defaultOptions');
    const [schema] = rule.meta.schema as readonly { properties: Record<string, { description: string; default?: unknown }> }[];
    const [defaults] = rule.defaults;
    expect(Object.keys(defaults).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(defaults)) {
      const property = schema?.properties[key];
      // a schema `default` would be filled in by ESLint's Ajv (useDefaults) before the rule sees it
      expect(property, key).not.toHaveProperty('default');
      const stated = Array.isArray(value) && value.length > 0 ? 'the built-in list' : `\`${JSON.stringify(value).replace(/^"(.*)"$/u, '$1')}\``;
      expect(property?.description, key).toContain(`Default: ${stated}`);
    }
  });

  it.each(names)('%s has one-line messages that end with a period', (name) => {
    const { messages } = typedRules[name as keyof typeof typedRules].meta;
    for (const message of Object.values(messages)) {
      expect(message).not.toContain('\n');
      expect(message).toMatch(/\.$/u);
    }
  });
});

describe('presets', () => {
  it('point every preset at the same plugin object', () => {
    for (const config of Object.values(plugin.configs)) expect(config.plugins?.credentials).toBe(plugin);
  });

  it('recommended turns on exactly the rules marked recommended, at error, with defaults', () => {
    const recommended = names.filter((n) => typedRules[n as keyof typeof typedRules].meta.docs?.recommended === true);
    expect(plugin.configs.recommended.rules).toEqual(Object.fromEntries(recommended.map((n) => [`credentials/${n}`, 'error'])));
  });

  it('strict is recommended plus each rule’s documented stricter options', () => {
    const expected = Object.fromEntries(
      names.map((n) => {
        const strictOptions = typedRules[n as keyof typeof typedRules].meta.docs?.strictOptions;
        return [`credentials/${n}`, strictOptions ? ['error', strictOptions] : 'error'];
      }),
    );
    expect(plugin.configs.strict.rules).toEqual(expected);
  });

  it('all turns on every rule', () => {
    expect(Object.keys(plugin.configs.all.rules ?? {}).sort()).toEqual(names.map((n) => `credentials/${n}`));
  });

  it.each(['recommended', 'strict', 'all'] as const)('%s works end to end through defineConfig', async (preset) => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: defineConfig({ extends: [plugin.configs[preset]] }),
    });
    const config = (await eslint.calculateConfigForFile('file.js')) as { rules: Record<string, unknown> };
    const enabled = Object.keys(config.rules).filter((id) => id.startsWith('credentials/')).sort();
    expect(enabled).toEqual(Object.keys(plugin.configs[preset].rules ?? {}).sort());
    const [result] = await eslint.lintText('const ok = 1;\n', { filePath: 'file.js' });
    expect(result?.messages).toEqual([]);
  });
});

describe('consumer types', () => {
  // tests/consumer/eslint.config.ts extends the presets, sets every settings key and every option of
  // every rule through the exported types, and holds @ts-expect-error lines that fail if they were `any`
  it('type-checks a user eslint.config.ts typed with the exported types (against the built package)', () => {
    const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', root));
    const project = fileURLToPath(new URL('tests/consumer/tsconfig.json', root));
    // Throws, with tsc's diagnostics, when the package's types stop fitting defineConfig.
    expect(() => execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  }, 180_000); // a full tsc run over eslint's and the plugin's types: slow on a loaded 2-core machine
});
