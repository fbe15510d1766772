/**
 * The exported types of what users write match what the plugin accepts at run time: the keys of
 * `PluginSettings` and `FormatSetting` are the keys the settings parser knows, the keys of each rule's
 * options type are its schema's properties, and a value that sets every key type-checks and parses.
 * tests/consumer/eslint.config.ts checks the same types from a user's side, against the build.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseSettings } from '../src/core/files/settings.js';
import type { FormatSetting, HeaderSetting, PluginSettings, RuleName, RuleOptions } from '../src/index.js';
import type { HeaderOption } from '../src/rules/no-hardcoded-auth-header.js';
import { typedRules } from '../src/rules/index.js';

// `Record<keyof T, true>` object literals: TypeScript demands exactly the type's keys, no more, no fewer.
const SETTINGS_KEYS: Record<keyof PluginSettings, true> = {
  formats: true,
  params: true,
  headers: true,
  clientFiles: true,
  serverFiles: true,
  testFiles: true,
  side: true,
  assume: true,
  vendored: true,
  aliases: true,
  envFiles: true,
};
const FORMAT_KEYS: Record<keyof FormatSetting, true> = { id: true, pattern: true, provider: true, label: true, kind: true, prefix: true };
const OPTION_KEYS: { [Name in RuleName]: Record<keyof RuleOptions[Name], true> } = {
  'no-hardcoded-auth-header': { headers: true, extraHeaders: true, minLength: true, envAccess: true, sdks: true },
  'no-secret-in-client': { reportAmbiguousNames: true, serverPackages: true, secretNames: true, publicNames: true },
  'no-token-in-url': { params: true, extraParams: true, allowParams: true, checkSockets: true },
};

/** The list of known keys an unknown-key error gives, e.g. "(formats, params, …)". */
function knownKeys(settings: unknown): string[] {
  try {
    parseSettings(settings);
  } catch (error) {
    const list = /is not a known (?:setting|key) \(([^)]*)\)/u.exec((error as Error).message)?.[1]; // parseSettings throws SettingsError
    if (list !== undefined) return list.split(', ').sort();
  }
  throw new Error('no unknown-key error');
}

describe('exported types', () => {
  it('PluginSettings has exactly the keys settings.credentials accepts', () => {
    expect(Object.keys(SETTINGS_KEYS).sort()).toEqual(knownKeys({ notASetting: true }));
  });

  it('FormatSetting has exactly the keys a format accepts', () => {
    expect(Object.keys(FORMAT_KEYS).sort()).toEqual(knownKeys({ formats: [{ id: 'acme', pattern: 'a+', notAKey: true }] }));
  });

  it.each(Object.keys(typedRules) as RuleName[])('the options type of %s has exactly its schema properties', (name) => {
    const [schema] = typedRules[name].meta.schema as readonly { properties: Record<string, unknown> }[];
    expect(Object.keys(OPTION_KEYS[name]).sort()).toEqual(Object.keys(schema?.properties ?? {}).sort());
  });

  it('RuleOptions has an entry for every rule, and HeaderSetting is the header option item', () => {
    expectTypeOf<keyof RuleOptions>().toEqualTypeOf<RuleName>();
    expectTypeOf<HeaderSetting>().toEqualTypeOf<HeaderOption>();
    expect(Object.keys(OPTION_KEYS).sort()).toEqual(Object.keys(typedRules).sort());
  });

  it('settings that set every key through the types parse', () => {
    const format: Required<FormatSetting> = { id: 'acme', pattern: 'acme_[a-z]{8}', provider: 'Acme', label: 'API key', kind: 'public', prefix: 'acme_' };
    const settings: Required<PluginSettings> = {
      formats: [format, { id: 'acme-secret', pattern: 'acmesk_[a-z]{8}' }],
      params: ['acme_key'],
      headers: ['X-Acme-Key', { name: 'X-Acme-Tenant', kind: 'identifier', provider: 'Acme' }, { name: 'X-Acme-Auth' }],
      clientFiles: ['web/**'],
      serverFiles: ['api/**'],
      testFiles: ['qa/**'],
      side: 'server',
      assume: 'client',
      vendored: 'check',
      aliases: { '@/': 'src/' },
      envFiles: ['.env', '.env.staging'],
    };
    const parsed = parseSettings(settings);
    expect(parsed.formats.map((f) => [f.id, f.provider, f.label, f.kind])).toEqual([
      ['acme', 'Acme', 'API key', 'public'],
      ['acme-secret', 'acme-secret', 'credential', 'private'],
    ]);
    expect(parsed.headers).toEqual([
      { name: 'X-Acme-Key', kind: 'secret' },
      { name: 'X-Acme-Tenant', kind: 'identifier', provider: 'Acme' },
      { name: 'X-Acme-Auth', kind: 'secret' },
    ]);
    expect([parsed.params, parsed.assume, parsed.clientFiles?.('web/a.js'), parsed.serverFiles?.('api/a.js'), parsed.testFiles?.('qa/a.js'), parsed.envFiles]).toEqual([
      ['acme_key'],
      'client',
      true,
      true,
      true,
      ['.env', '.env.staging'],
    ]);
  });
});
