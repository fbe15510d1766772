/**
 * The rules' whole-file text pre-checks (src/core/prechecks/text.ts) only ever skip files that cannot hold a
 * finding. Differential test: each program is linted as it is and again behind a comment that passes
 * every pre-check; the findings must be the same, one line lower. The programs name every default
 * credential parameter in the spellings code uses, every built-in credential header in three cases,
 * and every private catalogue shape in client code.
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { CREDENTIAL_HEADERS, CREDENTIAL_PARAMS } from '../src/core/credentials/vocabulary.js';
import { fake } from './fixtures/fake.js';
import { languageOptionsFor } from './fixtures/languages.js';

/** Words that pass each rule's pre-check: a secret value name, a header name, `env`. */
const OPENER = '/* token authorization env */\n';

const linter = new Linter({ configType: 'flat' });

interface Finding {
  ruleId: string | null;
  messageId: string | undefined;
  line: number;
  column: number;
  message: string;
}

function lint(code: string, filename: string, settings?: Linter.Config['settings']): Finding[] {
  const config: Linter.Config[] = [
    { files: ['**/*.{js,ts,tsx}'], plugins: { credentials: plugin }, rules: plugin.configs.recommended.rules, languageOptions: languageOptionsFor(filename), ...(settings ? { settings } : {}) },
  ];
  return linter.verify(code, config, { filename }).map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column, message: m.message }));
}

/** The findings on `code`, which must be the ones found behind the opener, and there must be some. */
function sameWithoutOpener(code: string, filename: string, settings?: Linter.Config['settings']): Finding[] {
  const opened = lint(OPENER + code, filename, settings).map((f) => ({ ...f, line: f.line - 1, message: f.message.replaceAll(/\bline (\d+)/gu, (_, n: string) => `line ${String(Number(n) - 1)}`) }));
  expect(opened.length, `no finding at all in:\n${code}`).toBeGreaterThan(0);
  const plain = lint(code, filename, settings);
  expect(plain, code).toEqual(opened);
  return plain;
}

const words = (name: string): string[] => name.replaceAll(/([a-z\d])([A-Z])/gu, '$1 $2').split(/[\s._-]+/u).filter(Boolean);
const camel = (name: string): string => words(name).map((w, i) => (i === 0 ? w.toLowerCase() : `${(w[0] ?? '').toUpperCase()}${w.slice(1).toLowerCase()}`)).join('');
const upperSnake = (name: string): string => words(name).join('_').toUpperCase();
const kebab = (name: string): string => words(name).join('-').toLowerCase();

describe('whole-file pre-checks skip only files that cannot hold a finding', () => {
  describe.each(CREDENTIAL_PARAMS.map((p) => [p]))('no-token-in-url: query parameter %s', (param) => {
    it.each([...new Set([param, camel(param), upperSnake(param), kebab(param)])].map((s) => [s]))('spelled %s', (spelling) => {
      const code = `export async function load(value: string) {\n  return fetch('https://api.example.com/v1/items?${spelling}=' + value);\n}\n`;
      const findings = sameWithoutOpener(code, 'src/server/load.ts');
      expect(findings.map((f) => f.ruleId)).toEqual(['credentials/no-token-in-url']);
    });
  });

  const headers = CREDENTIAL_HEADERS.filter((h) => h.kind !== 'identifier');
  describe.each(headers.map((h) => [h.name]))('no-hardcoded-auth-header: header %s', (name) => {
    it.each([name, name.toLowerCase(), name.toUpperCase()].map((n) => [n]))('written %s', (written) => {
      const code = `export const client = {\n  headers: { '${written}': '${fake.opaque(7, 40)}' },\n};\n`;
      const findings = sameWithoutOpener(code, 'src/server/client.ts');
      expect(findings.map((f) => f.ruleId)).toContain('credentials/no-hardcoded-auth-header');
    });
  });

  const shapes: [string, string][] = [
    ['Mercado Pago access token', fake.mpAccessToken(3)],
    ['Mercado Pago refresh token', fake.mpRefreshToken(3)],
    ['Stripe secret key', fake.stripeSecret(3)],
    ['Stripe restricted key', fake.stripeRestricted(3)],
    ['VTEX app token', fake.vtexAppToken(3)],
    ['GitHub token', fake.githubToken(3)],
    ['GitHub fine-grained token', fake.githubFineGrained(3)],
    ['Slack token', fake.slackBot(3)],
    ['OpenAI key', fake.openaiProject(3)],
    ['Anthropic key', fake.anthropic(3)],
    ['Google client secret', fake.googleClientSecret(3)],
    ['PEM private key', fake.pemPrivateKey(3)],
  ];
  it.each(shapes)('no-secret-in-client: a %s literal in client code', (_kind, value) => {
    const code = `'use client';\nexport const config = { value: ${JSON.stringify(value)} };\n`;
    const findings = sameWithoutOpener(code, 'src/components/config.tsx');
    expect(findings.map((f) => f.ruleId)).toEqual(['credentials/no-secret-in-client']);
  });
});

describe('custom formats (settings.credentials.formats): their prefixes join the pre-checks', () => {
  const acme = { id: 'acme-key', provider: 'Acme', label: 'API key', pattern: 'acme_(?:live|test)_[0-9a-f]{32}', prefix: 'acme_(?:live|test)_' };
  const value = `acme_live_${fake.hex(5, 32)}`;
  const withPrefix = { credentials: { formats: [acme] } };

  it('no-secret-in-client: a custom format literal in client code, with and without its prefix given', () => {
    const code = `'use client';\nexport const config = { value: '${value}' };\n`;
    const findings = sameWithoutOpener(code, 'src/components/config.tsx', withPrefix);
    expect(findings).toEqual([
      {
        ruleId: 'credentials/no-secret-in-client',
        messageId: 'privateLiteral',
        line: 2,
        column: 32,
        message: `acme_live_…${value.slice(-3)} (Acme API key, 42 chars) is a private credential in browser code (this file starts with 'use client'); keep it on the server, only public keys belong here.`,
      },
    ]);
    // without a prefix nothing stands for its values: every file is checked, and finds the same literal
    // (its fingerprint then shows no prefix)
    const unprefixed = lint(code, 'src/components/config.tsx', { credentials: { formats: [{ ...acme, prefix: undefined }] } });
    expect(unprefixed.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([['credentials/no-secret-in-client', 'privateLiteral', 2, 32]]);
    expect(unprefixed[0]?.message.startsWith(`…${value.slice(-3)} (Acme API key, 42 chars)`)).toBe(true);
  });

  it('no-token-in-url: a custom format literal in a generic query parameter', () => {
    const code = `export const load = () => fetch('https://api.example.com/v1/items?k=${value}');\n`;
    const findings = sameWithoutOpener(code, 'src/server/load.ts', withPrefix);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([['credentials/no-token-in-url', 'credentialInUrl', 1, 33]]);
  });

  it('a file that names nothing and holds no prefix gets no listeners; one that holds the prefix does', () => {
    const created = (code: string, settings: Linter.Config['settings']): string[] => {
      const live: string[] = [];
      const rules = Object.fromEntries(
        Object.entries(plugin.rules).map(([name, rule]) => [
          name,
          {
            ...rule,
            create(context: Parameters<typeof rule.create>[0]) {
              const listeners = rule.create(context);
              if (Object.keys(listeners).length > 0) live.push(name);
              return listeners;
            },
          },
        ]),
      );
      const config: Linter.Config = { files: ['**/*.tsx'], plugins: { probe: { rules } }, rules: Object.fromEntries(Object.keys(plugin.rules).map((n) => [`probe/${n}`, 'error'])), languageOptions: languageOptionsFor('src/components/a.tsx'), settings };
      linter.verify(code, [config], { filename: 'src/components/a.tsx' });
      return live;
    };
    const quiet = `'use client';\nexport const sum = (a: number, b: number): number => a + b;\n`;
    expect(created(quiet, withPrefix)).toEqual([]);
    expect(created(`${quiet}export const v = '${value}';\n`, withPrefix)).toEqual(['no-secret-in-client', 'no-token-in-url']);
    // a private format without a prefix: no file is skipped by shape
    expect(created(quiet, { credentials: { formats: [{ ...acme, prefix: undefined }] } })).toEqual(['no-secret-in-client', 'no-token-in-url']);
    // nor when the prefixes, each valid alone, make no valid pattern together (one group name twice)
    const named = [
      { ...acme, id: 'a', pattern: '(?<p>acme_)[0-9a-f]{32}', prefix: '(?<p>acme_)' },
      { ...acme, id: 'b', pattern: '(?<p>corp_)[0-9a-f]{32}', prefix: '(?<p>corp_)' },
    ];
    expect(created(quiet, { credentials: { formats: named } })).toEqual(['no-secret-in-client', 'no-token-in-url']);
  });
});
