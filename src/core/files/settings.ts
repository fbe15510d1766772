/**
 * `settings.credentials`: what a company sets once for every rule (custom credential formats, its
 * own header and parameter names, which files are client or server code). Validated here so that a
 * bad value gives an error that names the setting instead of a crash inside a rule. Parsed once per
 * settings object and cached.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { CredentialFormat } from '../credentials/catalogue.js';
import type { HeaderInfo, HeaderKind } from '../credentials/vocabulary.js';

export type Assume = 'client' | 'server' | 'unknown';

/** What a config block declares its files to be (`{ files, settings: { credentials: { side } } }`). */
export type Side = 'client' | 'server';

export interface CredentialsSettings {
  readonly formats: readonly CredentialFormat[];
  readonly params: readonly string[];
  readonly headers: readonly HeaderInfo[];
  readonly clientFiles?: (path: string) => boolean;
  readonly serverFiles?: (path: string) => boolean;
  readonly testFiles?: (path: string) => boolean;
  /** Set for the files of a config block that says where they run; as strong as the globs. */
  readonly side?: Side;
  /** Vendored and generated files: skipped by every rule (default), or checked like the rest. */
  readonly vendored: 'skip' | 'check';
  readonly assume: Assume;
  /** `aliases`: specifier prefix → path relative to the project root (`{ '@/': 'src/' }`), for values imported from other modules. */
  readonly aliases?: Readonly<Record<string, string>>;
  /**
   * `envFiles`: `false` reads no env file; a list names the files to read (relative to the project's
   * directory, highest priority first) instead of the framework's own (`env-files.ts`). Unset: the
   * framework's files.
   */
  readonly envFiles?: false | readonly string[];
}

/**
 * A bad `settings.credentials` value. ESLint rewrites the message of an error thrown in a rule's
 * `create()` to "Error while loading rule '<id>': …", with the id of whichever rule happened to read
 * the settings first, although the settings belong to no rule; so `message` is an accessor whose
 * setter drops what is put before our text and keeps what is added after it ("Occurred while linting
 * <file>"). Without a message passed to `super()` the instance has no own `message` to shadow it.
 */
export class SettingsError extends Error {
  #message: string;

  constructor(path: string, problem: string) {
    super();
    this.#message = `eslint-plugin-credentials: settings.credentials${path} ${problem}.`;
    this.name = 'SettingsError';
  }

  override get message(): string {
    return this.#message;
  }

  override set message(value: string) {
    const start = value.indexOf(this.#message);
    this.#message = start === -1 ? value : value.slice(start);
  }
}

const KNOWN_KEYS = new Set(['formats', 'params', 'headers', 'clientFiles', 'serverFiles', 'testFiles', 'side', 'assume', 'vendored', 'aliases', 'envFiles']);
const FORMAT_KEYS = new Set(['id', 'provider', 'label', 'kind', 'pattern', 'prefix']);
const HEADER_KINDS: readonly HeaderKind[] = ['authorization', 'secret', 'identifier'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string' && v.length > 0)) {
    throw new SettingsError(path, 'must be an array of non-empty strings');
  }
  return value;
}

function compileRegExp(source: string, path: string, anchored: boolean): RegExp {
  try {
    return new RegExp(anchored ? `^(?:${source})$` : `^(?:${source})`, 'u');
  } catch (error) {
    throw new SettingsError(path, `is not a valid regular expression (${(error as Error).message})`);
  }
}

function globMatcher(value: unknown, path: string): (file: string) => boolean {
  const globs = stringList(value, path);
  try {
    const match = picomatch(globs, { dot: true });
    return (file) => match(file.replaceAll('\\', '/'));
  } catch (error) {
    /* c8 ignore next 2 -- picomatch accepts almost any string; kept so a future throw names the setting */
    throw new SettingsError(path, `holds an invalid glob (${(error as Error).message})`);
  }
}

function parseFormat(raw: unknown, index: number): CredentialFormat {
  const path = `.formats[${String(index)}]`;
  if (!isRecord(raw)) throw new SettingsError(path, 'must be an object { id, provider, label, kind, pattern }');
  for (const key of Object.keys(raw)) {
    if (!FORMAT_KEYS.has(key)) throw new SettingsError(`${path}.${key}`, 'is not a known key (id, provider, label, kind, pattern, prefix)');
  }
  const { id, provider, label, kind, pattern, prefix } = raw;
  if (typeof id !== 'string' || id.length === 0) throw new SettingsError(`${path}.id`, 'must be a non-empty string');
  if (typeof pattern !== 'string' || pattern.length === 0) {
    throw new SettingsError(`${path}.pattern`, 'must be a non-empty string holding a regular expression');
  }
  if (kind !== undefined && kind !== 'private' && kind !== 'public') {
    throw new SettingsError(`${path}.kind`, "must be 'private' or 'public'");
  }
  if (provider !== undefined && typeof provider !== 'string') throw new SettingsError(`${path}.provider`, 'must be a string');
  if (label !== undefined && typeof label !== 'string') throw new SettingsError(`${path}.label`, 'must be a string');
  if (prefix !== undefined && typeof prefix !== 'string') throw new SettingsError(`${path}.prefix`, 'must be a string holding a regular expression');
  const compiled = compileRegExp(pattern, `${path}.pattern`, true);
  return {
    id,
    provider: provider ?? id,
    label: label ?? 'credential',
    kind: kind ?? 'private',
    pattern: compiled,
    hint: () => true,
    ...(prefix === undefined ? {} : { prefix: compileRegExp(prefix, `${path}.prefix`, false) }),
    source: 'settings.credentials.formats',
  };
}

function parseHeader(raw: unknown, index: number): HeaderInfo {
  const path = `.headers[${String(index)}]`;
  if (typeof raw === 'string' && raw.length > 0) return { name: raw, kind: 'secret' };
  if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name.length === 0) {
    throw new SettingsError(path, "must be a header name or { name, kind: 'authorization' | 'secret' | 'identifier', provider? }");
  }
  const kind = raw.kind ?? 'secret';
  if (!HEADER_KINDS.includes(kind as HeaderKind)) {
    throw new SettingsError(`${path}.kind`, "must be 'authorization', 'secret' or 'identifier'");
  }
  if (raw.provider !== undefined && typeof raw.provider !== 'string') throw new SettingsError(`${path}.provider`, 'must be a string');
  return { name: raw.name, kind: kind as HeaderKind, ...(typeof raw.provider === 'string' ? { provider: raw.provider } : {}) };
}

function parseAliases(value: unknown): Record<string, string> {
  if (!isRecord(value)) throw new SettingsError('.aliases', "must be an object mapping a specifier prefix to a path relative to the project root, e.g. { '@/': 'src/' }");
  const aliases: Record<string, string> = {};
  for (const [prefix, target] of Object.entries(value)) {
    if (prefix.length === 0) throw new SettingsError('.aliases', 'must not hold an empty prefix');
    if (typeof target !== 'string' || target.length === 0) {
      throw new SettingsError(`.aliases[${JSON.stringify(prefix)}]`, 'must be a non-empty path relative to the project root');
    }
    aliases[prefix] = target;
  }
  return aliases;
}

function parseEnvFiles(value: unknown): false | string[] {
  if (value === false) return false;
  const problem = "must be false or an array of env file paths relative to the project's directory, e.g. ['.env', '.env.staging']";
  if (!Array.isArray(value)) throw new SettingsError('.envFiles', problem);
  const names = stringList(value, '.envFiles');
  if (names.some((name) => path.isAbsolute(name))) throw new SettingsError('.envFiles', problem);
  return names;
}

export function parseSettings(raw: unknown): CredentialsSettings {
  if (raw === undefined) return { formats: [], params: [], headers: [], assume: 'unknown', vendored: 'skip' };
  if (!isRecord(raw)) throw new SettingsError('', 'must be an object');
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new SettingsError(`.${key}`, `is not a known setting (${[...KNOWN_KEYS].join(', ')})`);
    }
  }
  const { formats, params, headers, clientFiles, serverFiles, testFiles, side, assume, vendored, aliases, envFiles } = raw;
  if (formats !== undefined && !Array.isArray(formats)) throw new SettingsError('.formats', 'must be an array');
  if (headers !== undefined && !Array.isArray(headers)) throw new SettingsError('.headers', 'must be an array');
  if (assume !== undefined && assume !== 'client' && assume !== 'server' && assume !== 'unknown') {
    throw new SettingsError('.assume', "must be 'client', 'server' or 'unknown'");
  }
  if (side !== undefined && side !== 'client' && side !== 'server') {
    throw new SettingsError('.side', "must be 'client' or 'server'");
  }
  if (vendored !== undefined && vendored !== 'skip' && vendored !== 'check') {
    throw new SettingsError('.vendored', "must be 'skip' or 'check'");
  }
  return {
    formats: (formats ?? []).map(parseFormat),
    params: params === undefined ? [] : stringList(params, '.params'),
    headers: (headers ?? []).map(parseHeader),
    ...(clientFiles === undefined ? {} : { clientFiles: globMatcher(clientFiles, '.clientFiles') }),
    ...(serverFiles === undefined ? {} : { serverFiles: globMatcher(serverFiles, '.serverFiles') }),
    ...(testFiles === undefined ? {} : { testFiles: globMatcher(testFiles, '.testFiles') }),
    ...(side === undefined ? {} : { side }),
    assume: assume ?? 'unknown',
    vendored: vendored ?? 'skip',
    ...(aliases === undefined ? {} : { aliases: parseAliases(aliases) }),
    ...(envFiles === undefined ? {} : { envFiles: parseEnvFiles(envFiles) }),
  };
}

const cache = new WeakMap<object, CredentialsSettings>();
const EMPTY = parseSettings(undefined);

/** The parsed `settings.credentials` of a rule context, cached per settings object. */
export function getSettings(context: { readonly settings: Readonly<Record<string, unknown>> }): CredentialsSettings {
  const raw = context.settings.credentials;
  if (raw === undefined) return EMPTY;
  if (typeof raw !== 'object' || raw === null) return parseSettings(raw);
  let parsed = cache.get(raw);
  if (!parsed) {
    parsed = parseSettings(raw);
    cache.set(raw, parsed);
  }
  return parsed;
}
