/**
 * The folders above the project say nothing of its files: every file convention (vendored copies, test
 * files, client and server paths, framework folders) reads a file's path under ESLint's working
 * directory. A project that itself lives in a folder named like one of them (`/srv/vendor/shop`,
 * `/home/ci/tests/shop`) gets the reports it gets anywhere else; its own folders of those names still
 * count.
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { fake } from '../fixtures/fake.js';
import { ALL_FILES } from '../fixtures/files.js';

const SK = fake.stripeSecret(23);
const MP = fake.mpAccessToken(24);
const GH = fake.githubToken(25);

/** Three files of a project, each with one finding of one rule. */
const FILES: Record<string, string> = {
  'src/components/Pay.js': `'use client';\nexport const key = '${SK}';\n`,
  'src/api/orders.js': `export const list = () => fetch('https://api.mercadopago.com/v1/payments/search', { headers: { Authorization: 'Bearer ${MP}' } });\n`,
  'src/repos.js': `export const repos = () => fetch('https://api.github.com/user/repos?access_token=${GH}');\n`,
};

/** `rule messageId line:column` of each report, and the reports themselves, for each file under `cwd`. */
function lintProject(cwd: string): Record<string, Linter.LintMessage[]> {
  const linter = new Linter({ configType: 'flat', cwd });
  return Object.fromEntries(
    Object.entries(FILES).map(([file, code]) => [file, linter.verify(code, [{ files: ALL_FILES, ...plugin.configs.recommended }], { filename: `${cwd}/${file}` })]),
  );
}

const summary = (reports: Record<string, Linter.LintMessage[]>): string[] =>
  Object.entries(reports).flatMap(([file, messages]) => messages.map((m) => `${file} ${m.ruleId ?? ''} ${m.messageId ?? ''} ${String(m.line)}:${String(m.column)}`));

/** Folder names a convention reads: vendored copies, tests, client and server folders, framework folders. */
const FOLDERS = [
  'vendor', 'vendors', 'third_party', 'third-party', 'bower_components', '__tests__', '__mocks__', '__fixtures__', 'test', 'tests',
  'spec', 'specs', 'fixture', 'fixtures', 'e2e', 'cypress', 'playwright', 'mock', 'mocks', 'public', 'static', 'assets', 'wwwroot',
  'server', 'api', 'pages', 'app', 'routes', 'src', 'dist', 'build', 'node_modules',
];

describe('the working directory', () => {
  const baseline = lintProject('/srv/shop');

  it('gets one report in each file of the project', () => {
    expect(summary(baseline)).toEqual([
      'src/components/Pay.js credentials/no-secret-in-client privateLiteral 2:20',
      'src/api/orders.js credentials/no-hardcoded-auth-header hardcoded 1:111',
      'src/repos.js credentials/no-token-in-url credentialInUrl 1:34',
    ]);
  });

  it.each(FOLDERS)('a project inside a folder named %s gets the same reports', (folder) => {
    expect(lintProject(`/srv/${folder}/shop`)).toEqual(baseline);
    expect(lintProject(`/home/ci/${folder}/work/shop`)).toEqual(baseline);
  });
});
