/**
 * `settings.credentials.side` in a config block with `files`: ESLint matches the block's globs itself
 * (relative to the config file, in every working directory), and flat config deep-merges the block's
 * `settings` with the global `settings.credentials`, so the custom formats and globs of a shared
 * config still apply to the files the block declares. Run on the ESLint 10 and the ESLint 9 `Linter`.
 */
import path from 'node:path';
import { Linter as Linter10 } from 'eslint';
import { Linter as Linter9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { identify } from '../src/core/credentials/catalogue.js';
import { fingerprint } from '../src/core/credentials/redact.js';
import { parseSettings } from '../src/core/files/settings.js';
import { fake } from './fixtures/fake.js';
import { ruleMessage } from './fixtures/messages.js';

const ACME = { id: 'acme-live-key', provider: 'Acme', label: 'live key', kind: 'private', pattern: 'acme_live_[A-Za-z0-9]{40}', prefix: 'acme_live_' };
const ACME_KEY = `acme_live_${fake.opaque(21)}`;
const ACME_FINGERPRINT = fingerprint(ACME_KEY, identify(ACME_KEY, { extraFormats: parseSettings({ formats: [ACME] }).formats }));
const CODE = `export const key = '${ACME_KEY}';\n`;
const CWD = path.resolve('/virtual/shop');

const config = [
  plugin.configs.recommended,
  // a shared config's global settings…
  { settings: { credentials: { formats: [ACME], clientFiles: ['app/_components/**'] } } },
  // …and blocks that say where their files run; a later block wins, as for any setting
  { files: ['app/_widgets/**'], settings: { credentials: { side: 'client' } } },
  { files: ['app/_widgets/admin/**'], settings: { credentials: { side: 'server' } } },
];

const LINTERS = [
  { major: 10, lint: (file: string) => new Linter10({ cwd: CWD }).verify(CODE, config, path.join(CWD, file)) },
  { major: 9, lint: (file: string) => new Linter9({ cwd: CWD }).verify(CODE, config, path.join(CWD, file)) },
] as const;

describe.each(LINTERS)('settings.credentials.side in a files block, ESLint $major', ({ lint }) => {
  const finding = (reason: string): unknown => ({
    ruleId: 'credentials/no-secret-in-client',
    message: ruleMessage('no-secret-in-client', 'privateLiteral', { credential: ACME_FINGERPRINT, reason }),
    line: 1,
    column: 20,
    endLine: 1,
    endColumn: 20 + ACME_KEY.length + 2,
  });
  const findings = (file: string): unknown[] =>
    lint(file).map(({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn }));

  it('declares the files of the block client code, merged with the global settings (its custom format, its clientFiles)', () => {
    expect(findings('app/_widgets/keys.js')).toEqual([finding("settings.credentials.side is 'client' for this file")]);
    expect(findings('app/_components/keys.js')).toEqual([finding('the file matches settings.credentials.clientFiles')]);
    // a file no block covers is left to the conventions (app/ without a directive: a Next.js server component)
    expect(findings('app/keys.js')).toEqual([]);
  });

  it('lets a later block declare a subfolder server code (later blocks win, as for any setting)', () => {
    expect(findings('app/_widgets/admin/keys.js')).toEqual([]);
  });
});
