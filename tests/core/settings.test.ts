import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSettings, parseSettings, SettingsError } from '../../src/core/files/settings.js';

describe('parseSettings', () => {
  it('gives empty defaults without settings', () => {
    expect(parseSettings(undefined)).toEqual({ formats: [], params: [], headers: [], assume: 'unknown', vendored: 'skip' });
  });

  it.each(['client', 'server'] as const)('parses side: %s', (value) => {
    expect(parseSettings({ side: value })).toEqual({ formats: [], params: [], headers: [], side: value, assume: 'unknown', vendored: 'skip' });
  });

  it('parses formats, params, headers, globs and assume', () => {
    const settings = parseSettings({
      formats: [{ id: 'acme', pattern: 'acme_[a-z]{4}', kind: 'public' }],
      params: ['acme_key'],
      headers: ['X-Acme-Key', { name: 'X-Acme-Id', kind: 'identifier', provider: 'Acme' }],
      clientFiles: ['src/web/**'],
      serverFiles: ['src/api/**'],
      testFiles: ['qa/**'],
      assume: 'client',
    });
    expect(settings.formats[0]).toMatchObject({ id: 'acme', provider: 'acme', label: 'credential', kind: 'public' });
    expect(settings.formats[0]?.pattern.test('acme_abcd')).toBe(true);
    expect(settings.formats[0]?.pattern.test('acme_abcde')).toBe(false);
    expect(settings.params).toEqual(['acme_key']);
    expect(settings.headers).toEqual([
      { name: 'X-Acme-Key', kind: 'secret' },
      { name: 'X-Acme-Id', kind: 'identifier', provider: 'Acme' },
    ]);
    expect(settings.clientFiles?.('src/web/App.tsx')).toBe(true);
    expect(settings.clientFiles?.('src\\web\\App.tsx')).toBe(true);
    expect(settings.serverFiles?.('src/web/App.tsx')).toBe(false);
    expect(settings.testFiles?.('qa/a.ts')).toBe(true);
    expect(settings.assume).toBe('client');
  });

  it.each([
    [42, 'settings.credentials must be an object'],
    [{ format: [] }, 'settings.credentials.format is not a known setting'],
    [{ formats: {} }, 'settings.credentials.formats must be an array'],
    [{ formats: ['x'] }, 'settings.credentials.formats[0] must be an object'],
    [{ formats: [{ id: 'a', pattern: 'a', colour: 1 }] }, 'settings.credentials.formats[0].colour is not a known key'],
    [{ formats: [{ pattern: 'a' }] }, 'settings.credentials.formats[0].id must be a non-empty string'],
    [{ formats: [{ id: 'a' }] }, 'settings.credentials.formats[0].pattern must be a non-empty string'],
    [{ formats: [{ id: 'a', pattern: '(' }] }, 'settings.credentials.formats[0].pattern is not a valid regular expression'],
    [{ formats: [{ id: 'a', pattern: 'a', kind: 'secret' }] }, "settings.credentials.formats[0].kind must be 'private' or 'public'"],
    [{ formats: [{ id: 'a', pattern: 'a', provider: 1 }] }, 'settings.credentials.formats[0].provider must be a string'],
    [{ formats: [{ id: 'a', pattern: 'a', label: 1 }] }, 'settings.credentials.formats[0].label must be a string'],
    [{ formats: [{ id: 'a', pattern: 'a', prefix: 1 }] }, 'settings.credentials.formats[0].prefix must be a string'],
    [{ formats: [{ id: 'a', pattern: 'a', prefix: '[' }] }, 'settings.credentials.formats[0].prefix is not a valid regular expression'],
    [{ params: 'access_token' }, 'settings.credentials.params must be an array of non-empty strings'],
    [{ params: [''] }, 'settings.credentials.params must be an array of non-empty strings'],
    [{ headers: 'x' }, 'settings.credentials.headers must be an array'],
    [{ headers: [{}] }, 'settings.credentials.headers[0] must be a header name or'],
    [{ headers: [{ name: 'X', kind: 'public' }] }, "settings.credentials.headers[0].kind must be 'authorization', 'secret' or 'identifier'"],
    [{ headers: [{ name: 'X', provider: 3 }] }, 'settings.credentials.headers[0].provider must be a string'],
    [{ clientFiles: 'src/**' }, 'settings.credentials.clientFiles must be an array of non-empty strings'],
    [{ assume: 'browser' }, "settings.credentials.assume must be 'client', 'server' or 'unknown'"],
    [{ side: 'unknown' }, "settings.credentials.side must be 'client' or 'server'"],
    [{ side: ['client'] }, "settings.credentials.side must be 'client' or 'server'"],
  ])('rejects %j with a message naming the setting', (raw, message) => {
    expect(() => parseSettings(raw)).toThrow(SettingsError);
    expect(() => parseSettings(raw)).toThrow(message);
  });
});

describe('getSettings', () => {
  it('parses once per settings object', () => {
    const credentials = { params: ['a'] };
    const first = getSettings({ settings: { credentials } });
    expect(getSettings({ settings: { credentials } })).toBe(first);
    expect(getSettings({ settings: { credentials: { params: ['a'] } } })).not.toBe(first);
  });

  it('parses aliases, and names the setting in an error', () => {
    expect(parseSettings({ aliases: { '@/': 'src/', '~config': 'src/config/index.ts' } }).aliases).toEqual({ '@/': 'src/', '~config': 'src/config/index.ts' });
    expect(() => parseSettings({ aliases: ['src'] })).toThrow('settings.credentials.aliases must be an object mapping a specifier prefix');
    expect(() => parseSettings({ aliases: { '@/': 3 } })).toThrow('settings.credentials.aliases["@/"] must be a non-empty path relative to the project root');
    expect(() => parseSettings({ aliases: { '': 'src/' } })).toThrow('settings.credentials.aliases must not hold an empty prefix');
  });

  it('parses envFiles (false or relative paths), leaves it unset by default, and names the setting in an error', () => {
    expect(parseSettings({}).envFiles).toBeUndefined();
    expect(parseSettings({ envFiles: false }).envFiles).toBe(false);
    expect(parseSettings({ envFiles: ['.env', '../../.env.shared'] }).envFiles).toEqual(['.env', '../../.env.shared']);
    expect(() => parseSettings({ envFiles: true })).toThrow("settings.credentials.envFiles must be false or an array of env file paths relative to the project's directory");
    expect(() => parseSettings({ envFiles: '.env' })).toThrow("settings.credentials.envFiles must be false or an array of env file paths relative to the project's directory");
    expect(() => parseSettings({ envFiles: [path.resolve('.env')] })).toThrow("settings.credentials.envFiles must be false or an array of env file paths relative to the project's directory");
    expect(() => parseSettings({ envFiles: [3] })).toThrow('settings.credentials.envFiles must be an array of non-empty strings');
  });

  it('shares one empty value when there are no settings, and rejects non-objects', () => {
    expect(getSettings({ settings: {} })).toBe(getSettings({ settings: {} }));
    expect(() => getSettings({ settings: { credentials: 'yes' } })).toThrow('settings.credentials must be an object');
  });
});

describe('SettingsError', () => {
  it('keeps its own text first: drops what is put before it, keeps what is added after it', () => {
    const error = new SettingsError('.assume', "must be 'client', 'server' or 'unknown'");
    const text = "eslint-plugin-credentials: settings.credentials.assume must be 'client', 'server' or 'unknown'.";
    expect(error.message).toBe(text);
    expect(Object.keys(error)).not.toContain('message'); // no own data property to shadow the accessor
    error.message = `Error while loading rule 'credentials/no-token-in-url': ${error.message}`;
    error.message += '\nOccurred while linting src/a.js';
    expect(error.message).toBe(`${text}\nOccurred while linting src/a.js`);
    expect(String(error)).toBe(`SettingsError: ${text}\nOccurred while linting src/a.js`);
    // a message that no longer holds the text replaces it
    error.message = 'replaced';
    expect(error.message).toBe('replaced');
  });
});
