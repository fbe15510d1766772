/**
 * Env files (#20) across lints in one process, as an editor server runs them: an edit of `.env.local`
 * changes the finding on the next lint; each env file is read once per edit, however many files read
 * its variables; a file that reads no public variable asks nothing of the env files. Counted with
 * `envFileCounters`, never timed.
 */
import { rmSync } from 'node:fs';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { MAX_ENV_FILE_SIZE, envFileCounters } from '../../src/core/files/env-files.js';
import { fp } from '../fixtures/fake.js';
import { envProject, removeProjects, secrets as s } from './project.js';

afterAll(removeProjects);

const config: Linter.Config[] = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tsParser },
    plugins: { credentials: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    rules: { 'credentials/no-hardcoded-auth-header': 'error', 'credentials/no-token-in-url': 'error', 'credentials/no-secret-in-client': 'error' },
  },
];

const READ = "'use client';\nexport const key = process.env.NEXT_PUBLIC_STRIPE_KEY;\n";

function lintIn(root: string, path: string, code: string): { ruleId: string | null; messageId: string | undefined; line: number; message: string }[] {
  const linter = new Linter({ configType: 'flat', cwd: root });
  return linter.verify(code, config, { filename: path }).map(({ ruleId, messageId, line, message }) => ({ ruleId, messageId, line, message }));
}

const counted = (): typeof envFileCounters => ({ ...envFileCounters });
const since = (before: typeof envFileCounters): typeof envFileCounters => ({
  stats: envFileCounters.stats - before.stats,
  reads: envFileCounters.reads - before.reads,
  parses: envFileCounters.parses - before.parses,
});

describe('env files across lints', () => {
  it('shows a finding after .env.local is edited, and clears it after the edit is undone', () => {
    const p = envProject(['next', 'react'], { '.env.local': `NEXT_PUBLIC_STRIPE_KEY=${s.publishable}\n`, 'components/Pay.tsx': READ });
    const lint = (): ReturnType<typeof lintIn> => lintIn(p.root, p.path('components/Pay.tsx'), READ);
    expect(lint()).toEqual([]);
    p.write('.env.local', `# pasted the wrong key\nNEXT_PUBLIC_STRIPE_KEY=${s.stripe}\n`);
    expect(lint()).toEqual([
      {
        ruleId: 'credentials/no-secret-in-client',
        messageId: 'envPrivateValue',
        line: 2,
        message: `'NEXT_PUBLIC_STRIPE_KEY' holds ${fp(s.stripe)} in .env.local, and browser code reads it (this file starts with 'use client'), so the bundle ships the value; keep it on the server, only public keys belong in public variables.`,
      },
    ]);
    p.write('.env.local', `NEXT_PUBLIC_STRIPE_KEY=${s.publishable}\n`);
    expect(lint()).toEqual([]);
    // a file created later, and removed again
    p.write('.env', `NEXT_PUBLIC_STRIPE_KEY=${s.mp}\n`);
    expect(lint().map((m) => m.messageId)).toEqual(['envPrivateValue']);
    rmSync(p.path('.env'));
    expect(lint()).toEqual([]);
  });

  it('reads each env file once, however many files read its variables', () => {
    const p = envProject(['next', 'react'], {
      '.env': `NEXT_PUBLIC_A=${s.stripe}\n`,
      '.env.local': `NEXT_PUBLIC_B=${s.stripe2}\n`,
      '.env.production': `NEXT_PUBLIC_C=${s.publishable}\n`,
    });
    const files = ['A', 'B', 'C', 'D'].map((x) => ({ file: `components/${x}.tsx`, code: `'use client';\nexport const v = process.env.NEXT_PUBLIC_${x};\n` }));
    for (const { file, code } of files) p.write(file, code);
    const before = counted();
    const first = files.map(({ file, code }) => lintIn(p.root, p.path(file), code).map((m) => m.messageId));
    expect(first).toEqual([['envPrivateValue'], ['envPrivateValue'], [], []]);
    // three env files exist: each read and parsed once; each linted file stats at most the six names once
    const round = since(before);
    expect({ reads: round.reads, parses: round.parses }).toEqual({ reads: 3, parses: 3 });
    expect(round.stats).toBeLessThanOrEqual(6 * files.length);
    const again = counted();
    files.forEach(({ file, code }) => lintIn(p.root, p.path(file), code));
    expect(since(again)).toEqual({ stats: round.stats, reads: 0, parses: 0 });
  });

  it('asks nothing of the env files for a file that reads no public variable, even one the pre-check lets through', () => {
    const p = envProject(['next', 'react'], { '.env.local': `NEXT_PUBLIC_STRIPE_KEY=${s.stripe}\n` });
    const before = counted();
    const quiet = "'use client';\nexport const total = (a: number, b: number) => a + b;\n";
    const literal = `'use client';\nexport const key = '${s.github}';\n`;
    const secretRead = "'use client';\nexport const key = process.env.STRIPE_SECRET_KEY;\n";
    p.write('components/Quiet.tsx', quiet);
    p.write('components/Literal.tsx', literal);
    p.write('components/Secret.tsx', secretRead);
    expect(lintIn(p.root, p.path('components/Quiet.tsx'), quiet)).toEqual([]);
    expect(lintIn(p.root, p.path('components/Literal.tsx'), literal).map((m) => m.messageId)).toEqual(['privateLiteral']);
    expect(lintIn(p.root, p.path('components/Secret.tsx'), secretRead).map((m) => m.messageId)).toEqual(['secretEnv']);
    expect(since(before)).toEqual({ stats: 0, reads: 0, parses: 0 });
  });

  it('does not read an env file over the size limit', () => {
    const p = envProject(['next', 'react'], { '.env.local': `NEXT_PUBLIC_STRIPE_KEY=${s.stripe}\n# ${'x'.repeat(MAX_ENV_FILE_SIZE)}\n`, 'components/Pay.tsx': READ });
    const before = counted();
    expect(lintIn(p.root, p.path('components/Pay.tsx'), READ)).toEqual([]);
    expect(since(before)).toMatchObject({ reads: 0, parses: 0 });
  });

  it('reads no env file when settings.credentials.envFiles is false', () => {
    const p = envProject(['next', 'react'], { '.env.local': `NEXT_PUBLIC_STRIPE_KEY=${s.stripe}\n`, 'components/Pay.tsx': READ });
    const before = counted();
    const linter = new Linter({ configType: 'flat', cwd: p.root });
    const messages = linter.verify(READ, [...config, { settings: { credentials: { envFiles: false } } }], { filename: p.path('components/Pay.tsx') });
    expect(messages).toEqual([]);
    expect(since(before)).toEqual({ stats: 0, reads: 0, parses: 0 });
  });
});
