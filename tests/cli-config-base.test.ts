/**
 * File settings follow the config file, not the working directory (#14): in a small project in a temp
 * dir, the ESLint 10 and ESLint 9 command lines lint the same files from the project root and from
 * `app/`, and report the same findings. `clientFiles` and `testFiles` globs are matched relative to the
 * config file's directory; a `files` block with `settings.credentials.side` is matched by ESLint itself.
 * The project loads the plugin from dist/ (through node_modules, as an installed package), so
 * `npm run build` first; `npm test` does.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BINARIES, root } from './fixtures/cli.js';
import { fake, fp } from './fixtures/fake.js';
import { ruleMessage } from './fixtures/messages.js';

const KEY = fake.stripeSecret(41);
const LITERAL = `export const key = '${KEY}';\n`;

const project = mkdtempSync(path.join(tmpdir(), 'credentials-cli-config-base-'));
const FILES: Record<string, string> = {
  'package.json': '{ "private": true, "type": "module" }\n',
  'eslint.config.js': [
    "import credentials from 'eslint-plugin-credentials';",
    '',
    'export default [',
    '  credentials.configs.recommended,',
    "  { settings: { credentials: { clientFiles: ['app/_components/**'], testFiles: ['app/qa/**'] } } },",
    "  { files: ['app/_widgets/**'], settings: { credentials: { side: 'client' } } },",
    '];',
    '',
  ].join('\n'),
  // client by clientFiles; without it, a file under app/ is a Next.js server component
  'app/_components/keys.js': LITERAL,
  // client by the files block
  'app/_widgets/keys.js': LITERAL,
  // client by its directive, but a test file by testFiles: test files never ship
  'app/qa/Pay.js': `'use client';\n${LITERAL}`,
};
for (const [file, text] of Object.entries(FILES)) {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), text);
}
mkdirSync(path.join(project, 'node_modules'));
symlinkSync(root, path.join(project, 'node_modules/eslint-plugin-credentials'), 'dir');
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number; column: number }[];
}

/** Runs the ESLint CLI in `cwd` on `app/`'s files; findings as `file:line:column:rule:message`, file relative to the project. */
function lint(bin: string, cwd: string): string[] {
  const files = ['app/_components/keys.js', 'app/_widgets/keys.js', 'app/qa/Pay.js'].map((f) => path.relative(cwd, path.join(project, f)));
  const run = spawnSync(process.execPath, [bin, '--format', 'json', ...files], { cwd, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint in ${cwd} exited with ${String(run.status)}: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as JsonResult[];
  return results.flatMap((r) =>
    r.messages.map((m) => [path.relative(project, r.filePath).replaceAll('\\', '/'), m.line, m.column, m.ruleId ?? 'fatal', m.message].join(':')),
  );
}

const finding = (file: string, reason: string): string =>
  [file, 1, 20, 'credentials/no-secret-in-client', ruleMessage('no-secret-in-client', 'privateLiteral', { credential: fp(KEY), reason })].join(':');

const EXPECTED = [
  finding('app/_components/keys.js', 'the file matches settings.credentials.clientFiles'),
  finding('app/_widgets/keys.js', "settings.credentials.side is 'client' for this file"),
];

describe.each(BINARIES)('ESLint $major command line: file settings follow the config file', ({ bin }) => {
  it('reports the same findings from the project root and from app/', () => {
    expect(lint(bin, project)).toEqual(EXPECTED);
    expect(lint(bin, path.join(project, 'app'))).toEqual(EXPECTED);
  });

  it('reports the same findings from a directory the globs do not name (app/_components/)', () => {
    expect(lint(bin, path.join(project, 'app/_components'))).toEqual(EXPECTED);
  });
});
