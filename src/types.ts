/**
 * The types of what users write, exported from the package entry for typed configs
 * (`eslint.config.ts`): `settings.credentials` and each rule's options, every key optional. The parsed
 * forms the rules work with (`CredentialsSettings` in core/files/settings.ts, `CredentialFormat` in
 * core/credentials/catalogue.ts, with compiled patterns and filled-in defaults) stay internal.
 */
import type { CredentialKind } from './core/credentials/catalogue.js';
import type { HeaderKind } from './core/credentials/vocabulary.js';
import type { Options as NoHardcodedAuthHeader } from './rules/no-hardcoded-auth-header.js';
import type { Options as NoSecretInClient } from './rules/no-secret-in-client.js';
import type { Options as NoTokenInUrl } from './rules/no-token-in-url.js';

/** A credential format of your own: an item of `settings.credentials.formats`. */
export interface FormatSetting {
  /** A stable id, e.g. `acme-api-key`. */
  id: string;
  /** A regular expression, as a string (compiled with the `u` flag), that must match the whole value. */
  pattern: string;
  /** Who issues it, as messages name it. Default: the `id`. */
  provider?: string;
  /** What it is, in a message: `API key`. Default: `credential`. */
  label?: string;
  /** `private` (must stay on a server) or `public` (meant for the browser). Default: `private`. */
  kind?: CredentialKind;
  /** A regular expression, as a string, for the start of a value a fingerprint may show, e.g. `acme_live_`. */
  prefix?: string;
}

/**
 * A request header that carries a credential: a name (kind `secret`), or an object. An item of
 * `settings.credentials.headers` and of the `headers` / `extraHeaders` options of
 * `no-hardcoded-auth-header`.
 */
export type HeaderSetting =
  | string
  | {
      /** The header name, any case. */
      name: string;
      /** `authorization` (a scheme and a credential), `secret` (the credential itself) or `identifier` (not secret alone). Default: `secret`. */
      kind?: HeaderKind;
      /** The provider, used to name the environment variable a suggestion reads. */
      provider?: string;
    };

/** `settings.credentials`, read by every rule (docs/settings.md). */
export interface PluginSettings {
  /** Your own credential formats, tried before the built-in ones. */
  formats?: readonly FormatSetting[];
  /** More query-parameter names that carry credentials. */
  params?: readonly string[];
  /** More request headers that carry credentials. */
  headers?: readonly HeaderSetting[];
  /** Globs of files that run in the browser, relative to the directory of the nearest `eslint.config.*`. */
  clientFiles?: readonly string[];
  /** Globs of files that run on the server (they win over `clientFiles`). */
  serverFiles?: readonly string[];
  /** Globs of test files; replaces the built-in convention. */
  testFiles?: readonly string[];
  /** Set in a config block with `files`: its files are client (or server) code, as strongly as `clientFiles`. */
  side?: 'client' | 'server';
  /** What a file that no signal classifies is. Default: `unknown`. */
  assume?: 'client' | 'server' | 'unknown';
  /** Vendored and generated files (`vendor/`, `*.min.js`, a line of 20,000+ characters): `skip` (default) or `check`. */
  vendored?: 'skip' | 'check';
  /**
   * Import aliases your bundler resolves, for values imported from other modules: specifier prefix →
   * path relative to the project root (`{ '@/': 'src/' }`). tsconfig/jsconfig `paths` are read without it.
   */
  aliases?: Readonly<Record<string, string>>;
  /**
   * The env files `no-secret-in-client` reads to know what a public env variable holds: `false` reads
   * none; a list names them (relative to the project's directory, highest priority first). Default:
   * the files the project's framework reads (`.env`, `.env.local`, `.env.[mode]`, `.env.[mode].local`).
   */
  envFiles?: false | readonly string[];
}

/** The options object of `credentials/no-hardcoded-auth-header`. */
export type NoHardcodedAuthHeaderOptions = NoHardcodedAuthHeader[0];
/** The options object of `credentials/no-secret-in-client`. */
export type NoSecretInClientOptions = NoSecretInClient[0];
/** The options object of `credentials/no-token-in-url`. */
export type NoTokenInUrlOptions = NoTokenInUrl[0];

/** Each rule's options object, by rule name (tests/types.test.ts checks that every rule has one). */
export interface RuleOptions {
  'no-hardcoded-auth-header': NoHardcodedAuthHeaderOptions;
  'no-secret-in-client': NoSecretInClientOptions;
  'no-token-in-url': NoTokenInUrlOptions;
}

