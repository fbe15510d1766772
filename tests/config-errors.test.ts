/**
 * Bad configuration gives a clear error, never a crash inside a rule (issue 7). Through the ESLint API
 * (`new ESLint({ overrideConfigFile: true, overrideConfig })`):
 * - rule options: wrong types, unknown keys, bad list items and extra options are rejected by ESLint's
 *   schema validation, with an error that names the rule and the bad value (and the unknown key), and
 *   shows only what the user wrote, not the defaults (they are not in meta.defaultOptions);
 * - `settings.credentials` (src/core/files/settings.ts): wrong types, unknown keys, invalid globs and invalid
 *   custom patterns give an error that names the setting's path, from every rule; its message starts
 *   with it, the same whichever rule read the settings first (ESLint 10 and 9).
 */
import { ESLint, type Linter } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import dedent from 'dedent';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { typedRules, type RuleName } from '../src/rules/index.js';
import { fake } from './fixtures/fake.js';
import { SETTINGS } from './fuzz/programs.js';

const ruleNames = Object.keys(typedRules) as RuleName[];

/** Code that every rule examines (a client file with a URL, a header, a literal and an env read). */
const CODE = dedent`
  'use client';
  const KEY = '${fake.stripeSecret(61)}';
  export const load = (token) => fetch('https://api.mercadopago.com/v1/payments/search?access_token=' + token);
  export const pay = () => fetch('/v1/charges', { headers: { Authorization: 'Bearer ' + KEY } });
  export const exposed = process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY;
`;
const FILE = 'src/components/Pay.js';

/** ESLint 10 (the dev dependency) and 9 (the `eslint-v9` alias), through their Node API. */
const ESLINTS = [
  ['ESLint 10', ESLint],
  ['ESLint 9', ESLint9],
] as const;
type AnyESLint = (typeof ESLINTS)[number][1];

async function lint(config: Linter.Config, Engine: AnyESLint = ESLint): Promise<unknown[]> {
  const eslint = new Engine({ overrideConfigFile: true, overrideConfig: [{ files: ['**/*.js'], plugins: { credentials: plugin }, ...config }] });
  return eslint.lintText(CODE, { filePath: FILE });
}

async function errorOf(config: Linter.Config, Engine: AnyESLint = ESLint): Promise<Error> {
  try {
    await lint(config, Engine);
  } catch (error) {
    return error as Error; // ESLint throws Error objects
  }
  throw new Error(`no error for ${JSON.stringify(config)}`);
}

interface PropertySchema {
  type?: string | string[];
  enum?: unknown[];
}

/** A value of the wrong type for a property schema. */
function wrongValue(schema: PropertySchema): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('boolean')) return 'yes';
  if (types.includes('array')) return 'not-a-list';
  if (types.includes('string')) return schema.enum ? 'not-a-choice' : 42;
  if (types.includes('number') || types.includes('integer')) return 'many';
  return 42;
}

function optionProperties(name: RuleName): [string, PropertySchema][] {
  const schema = typedRules[name].meta.schema as readonly { properties?: Record<string, PropertySchema> }[];
  return Object.entries(schema[0]?.properties ?? {});
}

describe.each(ruleNames)('credentials/%s options', (name) => {
  const id = `credentials/${name}`;

  it('accepts its defaults, its strict options and the presets', async () => {
    await expect(lint({ rules: { [id]: 'error' } })).resolves.toHaveLength(1);
    const strict = typedRules[name].meta.docs?.strictOptions;
    if (strict) await expect(lint({ rules: { [id]: ['error', strict] } })).resolves.toHaveLength(1);
    await expect(lint({ rules: plugin.configs.strict.rules ?? {} })).resolves.toHaveLength(1);
  });

  it('rejects options that are not an object, naming the rule and the value', async () => {
    const error = await errorOf({ rules: { [id]: ['error', 'yes'] } });
    expect(error.message).toContain(`Key "${id}"`);
    expect(error.message).toContain('Value "yes" should be object');
  });

  it('rejects an unknown key, naming it and the known ones', async () => {
    const error = await errorOf({ rules: { [id]: ['error', { notAnOption: true }] } });
    expect(error.message).toContain(`Key "${id}"`);
    expect(error.message).toContain('Unexpected property "notAnOption"');
    for (const [property] of optionProperties(name)) expect(error.message).toContain(`"${property}"`);
  });

  it.each(ESLINTS)('names an unknown key without the defaults merged into the value (%s)', async (_version, Engine) => {
    const error = await errorOf({ rules: { [id]: ['error', { notAnOption: true }] } }, Engine);
    const expected = optionProperties(name).map(([property]) => `"${property}"`).join(', ');
    expect(error.message).toContain(`Key "${id}"`);
    // only what the user wrote: ESLint merges meta.defaultOptions into the value before validating it
    expect(error.message).toContain('Value {"notAnOption":true} should NOT have additional properties.');
    expect(error.message).toContain(`Unexpected property "notAnOption". Expected properties: ${expected}.`);
    for (const value of ['access_token', 'process.env', '[]', 'false', ':8']) expect(error.message).not.toContain(value);
  });

  it('rejects a second options object', async () => {
    const error = await errorOf({ rules: { [id]: ['error', {}, {}] } });
    expect(error.message).toContain(`Key "${id}"`);
    expect(error.message).toContain('should NOT have more than 1 items');
  });

  it('rejects a wrong type for every option, naming the rule and the bad value', async () => {
    const properties = optionProperties(name);
    expect(properties.length).toBeGreaterThan(0);
    for (const [property, schema] of properties) {
      const value = wrongValue(schema);
      const error = await errorOf({ rules: { [id]: ['error', { [property]: value }] } });
      expect(error.message, property).toContain(`Key "${id}"`);
      expect(error.message, property).toContain(`Value ${JSON.stringify(value)} should`);
    }
  });

  it('rejects empty names and numbers in list options', async () => {
    const lists = optionProperties(name).filter(([, schema]) => schema.type === 'array');
    for (const [property] of lists) {
      for (const items of [[''], [42]]) {
        const error = await errorOf({ rules: { [id]: ['error', { [property]: items }] } });
        expect(error.message, property).toContain(`Key "${id}"`);
      }
    }
  });
});

/** Bad `settings.credentials` values and the path the error must name. */
const BAD_SETTINGS: readonly [string, unknown, string][] = [
  ['not an object', 'yes', 'settings.credentials must be an object'],
  ['a list', ['formats'], 'settings.credentials must be an object'],
  ['an unknown key', { format: [] }, 'settings.credentials.format is not a known setting'],
  ['formats not a list', { formats: {} }, 'settings.credentials.formats must be an array'],
  ['a format that is a string', { formats: ['acme'] }, 'settings.credentials.formats[0] must be an object'],
  ['a format with no id', { formats: [{ pattern: 'acme_[a-z]{20}' }] }, 'settings.credentials.formats[0].id must be a non-empty string'],
  ['a format with no pattern', { formats: [{ id: 'acme' }] }, 'settings.credentials.formats[0].pattern must be a non-empty string'],
  ['an invalid pattern', { formats: [{ id: 'acme', pattern: 'acme_(' }] }, 'settings.credentials.formats[0].pattern is not a valid regular expression'],
  ['a pattern that is not unicode-safe', { formats: [{ id: 'acme', pattern: '\\c' }] }, 'settings.credentials.formats[0].pattern is not a valid regular expression'],
  ['an invalid prefix', { formats: [{ id: 'acme', pattern: 'acme_\\w+', prefix: '[' }] }, 'settings.credentials.formats[0].prefix is not a valid regular expression'],
  ['a prefix that is not a string', { formats: [{ id: 'acme', pattern: 'acme_\\w+', prefix: 5 }] }, 'settings.credentials.formats[0].prefix must be a string'],
  ['a wrong kind', { formats: [{ id: 'acme', pattern: 'a+', kind: 'secret' }] }, "settings.credentials.formats[0].kind must be 'private' or 'public'"],
  ['a provider that is not a string', { formats: [{ id: 'acme', pattern: 'a+', provider: 1 }] }, 'settings.credentials.formats[0].provider must be a string'],
  ['a label that is not a string', { formats: [{ id: 'acme', pattern: 'a+', label: true }] }, 'settings.credentials.formats[0].label must be a string'],
  ['an unknown format key', { formats: [{ id: 'acme', pattern: 'a+', flags: 'i' }] }, 'settings.credentials.formats[0].flags is not a known key'],
  ['params not a list', { params: 'access_token' }, 'settings.credentials.params must be an array of non-empty strings'],
  ['an empty param', { params: ['api_key', ''] }, 'settings.credentials.params must be an array of non-empty strings'],
  ['headers not a list', { headers: 'X-Acme-Key' }, 'settings.credentials.headers must be an array'],
  ['a header that is a number', { headers: [42] }, 'settings.credentials.headers[0] must be a header name'],
  ['a header with a wrong kind', { headers: ['X-Ok', { name: 'X-Acme-Key', kind: 'public' }] }, 'settings.credentials.headers[1].kind must be'],
  ['a header with a wrong provider', { headers: [{ name: 'X-Acme-Key', provider: 3 }] }, 'settings.credentials.headers[0].provider must be a string'],
  ['clientFiles as one string', { clientFiles: 'src/**' }, 'settings.credentials.clientFiles must be an array of non-empty strings'],
  ['an empty serverFiles glob', { serverFiles: [''] }, 'settings.credentials.serverFiles must be an array of non-empty strings'],
  ['a testFiles glob that is not a string', { testFiles: [/\.test\.js$/u] }, 'settings.credentials.testFiles must be an array of non-empty strings'],
  ['a wrong assume', { assume: 'browser' }, "settings.credentials.assume must be 'client', 'server' or 'unknown'"],
  ['aliases as an array', { aliases: ['src/'] }, 'settings.credentials.aliases must be an object mapping a specifier prefix'],
  ['an alias to a number', { aliases: { '@/': 1 } }, 'settings.credentials.aliases["@/"] must be a non-empty path relative to the project root'],
  ['envFiles as true', { envFiles: true }, "settings.credentials.envFiles must be false or an array of env file paths relative to the project's directory"],
  ['an empty env file name', { envFiles: [''] }, 'settings.credentials.envFiles must be an array of non-empty strings'],
  ['an absolute env file path', { envFiles: ['/etc/app.env'] }, "settings.credentials.envFiles must be false or an array of env file paths relative to the project's directory"],
];

describe('settings.credentials errors', () => {
  it.each(BAD_SETTINGS)('%s: every rule stops with an error naming the setting', async (_what, credentials, expected) => {
    for (const name of ruleNames) {
      const error = await errorOf({ rules: { [`credentials/${name}`]: 'error' }, settings: { credentials } });
      expect(error.name, name).toBe('SettingsError');
      expect(error.message, name).toContain(`eslint-plugin-credentials: ${expected}`);
    }
  });

  it.each(Object.entries(SETTINGS))('accepts valid settings (%s) with every rule on', async (_name, settings) => {
    const [result] = (await lint({ rules: plugin.configs.strict.rules ?? {}, settings })) as ESLint.LintResult[];
    expect(result?.messages.every((m) => m.ruleId?.startsWith('credentials/'))).toBe(true);
  });

  it('accepts globs picomatch reads leniently (brackets, braces) without a crash', async () => {
    const settings = { credentials: { clientFiles: ['src/[z-a]/**', 'src/{components,app'], serverFiles: ['\\'] } };
    const [result] = (await lint({ rules: plugin.configs.strict.rules ?? {}, settings })) as ESLint.LintResult[];
    expect(result?.messages.every((m) => m.ruleId?.startsWith('credentials/'))).toBe(true);
  });
});

/** Rule sets that load the rules in different orders: each alone, all in both orders, and the presets. */
const RULE_SETS: readonly NonNullable<Linter.Config['rules']>[] = [
  ...ruleNames.map((name) => ({ [`credentials/${name}`]: 'error' as const })),
  Object.fromEntries(ruleNames.map((name) => [`credentials/${name}`, 'error'])),
  Object.fromEntries(ruleNames.toReversed().map((name) => [`credentials/${name}`, 'error'])),
  plugin.configs.strict.rules ?? {},
  { 'no-undef': 'error', ...plugin.configs.recommended.rules },
];

describe.each(ESLINTS)('settings.credentials errors on %s', (_version, Engine) => {
  it('lead with the setting and name no rule, whichever rules are on and in whatever order', async () => {
    const messages = new Set<string>();
    for (const rules of RULE_SETS) {
      const error = await errorOf({ rules, settings: { credentials: { clientFile: ['src/**'] } } }, Engine);
      expect(error.name).toBe('SettingsError');
      expect(error.message).toMatch(/^eslint-plugin-credentials: settings\.credentials\.clientFile is not a known setting \(/u);
      for (const name of ruleNames) expect(error.message).not.toContain(name);
      expect(error.message).not.toContain('Error while loading rule');
      messages.add(error.message);
    }
    // ESLint's own context (the file) is kept
    expect([...messages]).toEqual([
      `eslint-plugin-credentials: settings.credentials.clientFile is not a known setting (formats, params, headers, clientFiles, serverFiles, testFiles, side, assume, vendored, aliases, envFiles).\nOccurred while linting ${path.resolve(FILE)}`,
    ]);
  });

  it('show the same message in the stack ESLint prints', async () => {
    const error = await errorOf({ rules: plugin.configs.all.rules ?? {}, settings: { credentials: { assume: 'browser' } } }, Engine);
    expect(error.stack).toMatch(/^SettingsError: eslint-plugin-credentials: settings\.credentials\.assume must be 'client', 'server' or 'unknown'\.\nOccurred while linting /u);
  });
});
