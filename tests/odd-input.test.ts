/**
 * Odd input (issue 7): empty files, comment-only files, huge minified bundles, sloppy scripts with
 * `eval` and `with`, BOMs, CRLF line endings, non-ASCII identifiers, deep concatenations and huge
 * strings. Every rule is on with the `strict` options, in a client file (where every rule looks):
 * no crash and no false report; where the same code is also written plainly, the same findings at
 * the same positions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Linter } from 'eslint';
import { Linter as LinterClass } from 'eslint';
import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { fake } from './fixtures/fake.js';
import { CWD, languageOptionsFor } from './fuzz/lint.js';
import type { Lang } from './fuzz/programs.js';

const linter = new LinterClass({ configType: 'flat', cwd: CWD });

interface Options {
  lang?: Lang;
  filename?: string;
  sourceType?: 'script' | 'module';
}

function config(lang: Lang, sourceType: 'script' | 'module' | undefined): Linter.Config[] {
  const languageOptions = languageOptionsFor(lang);
  return [
    {
      files: ['**/*.{js,jsx,ts,tsx,vue}'],
      plugins: { credentials: plugin },
      rules: plugin.configs.strict.rules ?? {},
      languageOptions: sourceType ? { ...languageOptions, sourceType } : languageOptions,
      // the rules must survive minified and generated code, so they look at it here (skipped by default)
      settings: { credentials: { vendored: 'check' } },
    },
  ];
}

const EXT: Record<Lang, string> = { js: 'js', jsx: 'jsx', ts: 'ts', tsx: 'tsx', 'vue-ts': 'vue', 'vue-js': 'vue' };

/** Lints with every rule (strict) as a client file; a parse error fails the test (the input must be valid). */
function lint(code: string, { lang = 'js', filename, sourceType }: Options = {}): Linter.LintMessage[] {
  const file = path.join(CWD, filename ?? `src/components/Odd.${EXT[lang]}`);
  const messages = linter.verify(code, config(lang, sourceType), { filename: file });
  const fatal = messages.find((m) => m.fatal === true);
  if (fatal) throw new Error(`the input does not parse: ${fatal.message} at ${String(fatal.line)}:${String(fatal.column)}`);
  return messages;
}

const where = (messages: readonly Linter.LintMessage[]) =>
  messages.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn }));

/** Code that every rule reports in a client file. */
const REPORTED = dedent`
  const STRIPE_KEY = '${fake.stripeSecret(71)}';
  export function load(token) {
    return fetch('https://api.mercadopago.com/v1/payments/search?access_token=' + token);
  }
  export const pay = () =>
    fetch('https://api.stripe.com/v1/charges', {
      headers: { Authorization: \`Bearer \${STRIPE_KEY}\`, 'X-VTEX-API-AppToken': '${fake.vtexAppToken(72)}' },
    });
`;
const ALL_RULES = Object.keys(plugin.rules).map((n) => `credentials/${n}`).sort();

describe('empty and comment-only files', () => {
  it.each(['js', 'jsx', 'ts', 'tsx', 'vue-ts', 'vue-js'] as const)('an empty %s file', (lang) => {
    expect(lint('', { lang })).toEqual([]);
    expect(lint('\n\n   \n', { lang })).toEqual([]);
  });

  it('Vue files with no script, an empty script and an empty script setup', () => {
    expect(lint('<template>\n  <div>{{ token }}</div>\n</template>\n', { lang: 'vue-ts' })).toEqual([]);
    expect(lint('<script setup lang="ts"></script>\n', { lang: 'vue-ts' })).toEqual([]);
    expect(lint('<script>\n</script>\n<template><a href="/me?page=2">me</a></template>\n', { lang: 'vue-js' })).toEqual([]);
  });

  it('files with only comments, directives or a shebang', () => {
    const comments = dedent`
      // curl -H "Authorization: Bearer $MP_ACCESS_TOKEN" "https://api.mercadopago.com/v1/payments?access_token=$TOKEN"
      /* headers: { 'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN } */
      /** @see https://www.mercadopago.com/developers/en/docs/your-integrations/credentials */
    `;
    for (const lang of ['js', 'ts', 'tsx'] as const) expect(lint(comments, { lang })).toEqual([]);
    expect(lint(`#!/usr/bin/env node\n${comments}\n`, { filename: 'bin/cli.js' })).toEqual([]);
    expect(lint("'use client';\n", { lang: 'tsx' })).toEqual([]);
    expect(lint("'use server';\n'use strict';\n", { lang: 'ts' })).toEqual([]);
  });
});

describe('huge minified bundles', () => {
  it('a real 1.1 MB minified library (jschardet) in client code: no crash, no report', () => {
    // installed with @microsoft/eslint-formatter-sarif (a dev dependency); its exports hide dist/, so by path
    const bundle = readFileSync(fileURLToPath(new URL('../node_modules/jschardet/dist/jschardet.min.js', import.meta.url)), 'utf8');
    expect(bundle.length).toBeGreaterThan(1_000_000);
    expect(lint(bundle, { filename: 'public/vendor/jschardet.min.js', sourceType: 'script' })).toEqual([]);
  });

  it('a synthetic minified app bundle full of requests, headers and env reads: no report', () => {
    const chunk = [
      'function a(e,t){return fetch(e+"/v1/items?page="+t.page+"&limit="+t.limit,{headers:{Authorization:"Bearer "+t.session.accessToken,"Content-Type":"application/json"}}).then(function(n){return n.json()})}',
      'var b=new URL(location.href);b.searchParams.set("next_page_token",c.nextPageToken);history.replaceState(null,"",b.toString())',
      'const d=window.__ENV__.NEXT_PUBLIC_MP_PUBLIC_KEY,f=new MercadoPago(d,{locale:"pt-BR"})',
      'axios.get("/api/orders",{params:{state:s,pageToken:p,q:"access_token"}}).catch(console.error)',
      'var g=localStorage.getItem("token");g&&(axios.defaults.headers.common.Authorization="Bearer "+g)',
      'location.href="https://auth.example.com/authorize?client_id="+encodeURIComponent(h)+"&redirect_uri="+encodeURIComponent(r)+"&response_type=code&scope=openid&state="+st',
      'var k="0123456789abcdef0123456789abcdef01234567",l="MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM"',
    ];
    const bundle = Array.from({ length: 1000 }, (_, i) => chunk[i % chunk.length]?.replaceAll(/\b([a-z])(?=[=(,.])/gu, `$1${String(i)}`)).join(';');
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle).not.toContain('\n');
    expect(lint(bundle, { filename: 'dist/assets/index-4f2a9c.js' })).toEqual([]);
  });

  it('a const that aliases itself through another as a webpack plugin argument: no crash', () => {
    expect(lint('const a = b, b = a;\nnew DefinePlugin(a);\nnew EnvironmentPlugin(b);', { filename: 'webpack.config.js' })).toEqual([]);
  });

  // 2,000 terms: ESLint's own scope analysis (esrecurse) overflows the stack near 4,000 in a fresh
  // process, and at 3,000 it did once inside a busy test worker, before any rule ran
  it('a 200 KB URL and a 2,000-term concatenation: no crash, no report', () => {
    const longUrl = `const u = 'https://example.com/search?q=${'a'.repeat(200_000)}&page=2';\nfetch(u);\n`;
    expect(lint(longUrl)).toEqual([]);
    const parts = Array.from({ length: 2000 }, (_, i) => `'p${String(i)}'`).join(' + ');
    const deep = `fetch('/api/items?q=' + ${parts}, { headers: { Authorization: 'Bearer ' + session.token, 'X-Trace': ${parts} } });\n`;
    expect(lint(deep)).toEqual([]);
  });

  it('chains of 3,000 const URL bindings, read before the first of them is visited: no crash, one report each', () => {
    const link = {
      plus: (i: number) => `const c${String(i + 1)} = c${String(i)} + '&p${String(i)}=v';`,
      template: (i: number) => `const c${String(i + 1)} = \`\${c${String(i)}}&p${String(i)}=v\`;`,
    };
    for (const make of Object.values(link)) {
      const chain = [
        "function go() { return fetch(c3000 + '&access_token=' + token); }",
        "const c0 = 'https://api.example.com/v1/items?a=1';",
        ...Array.from({ length: 3000 }, (_, i) => make(i)),
      ].join('\n');
      expect(lint(chain).map((m) => [m.ruleId, m.line, m.column, m.messageId])).toEqual([['credentials/no-token-in-url', 1, 30, 'tokenInQuery']]);
    }
  });
});

describe('sloppy scripts: eval, with, new Function', () => {
  it('no crash and no report on clean sloppy code', () => {
    const sloppy = dedent`
      var config = { base: 'https://api.example.com', page: 2 };
      with (config) {
        fetch(base + '/items?page=' + page, { headers: { Authorization: 'Bearer ' + session.token } });
      }
      eval("var key = 'not a key'; fetch(base + '?access_token=' + key)");
      var call = new Function('token', "return fetch('/api/me', { headers: { Authorization: 'Bearer ' + token } })");
      var octal = 010;
      label: for (var i in window) { if (i) continue label; }
      delete config.page;
      <!-- an HTML-like comment that only scripts allow
      function legacy() { return arguments.callee; }
    `;
    expect(lint(sloppy, { filename: 'public/legacy.js', sourceType: 'script' })).toEqual([]);
  });

  it('still reports inside with and eval-bearing scripts', () => {
    const script = `with (api) {\n${REPORTED.replaceAll('export ', '')}\n}\neval(code);\n`;
    expect([...new Set(lint(script, { sourceType: 'script' }).map((m) => m.ruleId))].sort()).toEqual(ALL_RULES);
  });
});

describe('byte-order marks, line endings and non-ASCII text', () => {
  const plain = lint(REPORTED);

  it('the reported program is reported by every rule', () => {
    expect([...new Set(plain.map((m) => m.ruleId))].sort()).toEqual(ALL_RULES);
  });

  it('a BOM changes nothing: same findings, and fixed output keeps the BOM and parses', () => {
    expect(where(lint(`\uFEFF${REPORTED}`))).toEqual(where(plain));
    expect(lint('\uFEFF')).toEqual([]);
    const fixed = linter.verifyAndFix(`\uFEFF${REPORTED}`, config('js', undefined), { filename: path.join(CWD, 'src/components/Odd.js') });
    expect(fixed.messages.filter((m) => m.fatal === true)).toEqual([]);
    expect(fixed.output.startsWith('\uFEFF')).toBe(true);
  });

  it('CRLF, CR and mixed line endings give the same findings at the same lines and columns', () => {
    expect(where(lint(REPORTED.replaceAll('\n', '\r\n')))).toEqual(where(plain));
    expect(where(lint(REPORTED.replaceAll('\n', '\r')))).toEqual(where(plain));
    const mixed = REPORTED.split('\n').map((line, i) => line + (i % 2 ? '\r\n' : '\n')).join('');
    expect(where(lint(mixed))).toEqual(where(plain));
  });

  it('CRLF in TS, TSX and Vue files', () => {
    for (const lang of ['ts', 'tsx'] as const) expect(where(lint(REPORTED.replaceAll('\n', '\r\n'), { lang }))).toEqual(where(plain));
    const sfc = `<script setup lang="ts">\r\n${REPORTED.replaceAll('\n', '\r\n').replaceAll('export ', '')}\r\n</script>\r\n`;
    expect(lint(sfc, { lang: 'vue-ts' }).length).toBeGreaterThan(0);
  });

  it('astral and non-ASCII characters before a finding keep its columns (UTF-16, like ESLint)', () => {
    const ascii = `const label = 'xxxx';\n${REPORTED}`;
    const astral = `const label = '🔑🔑';\n${REPORTED.replace("const STRIPE_KEY = '", "const STRIPE_KEY = /* clé */ '").replace("= /* clé */ '", "= /* cle */ '")}`;
    expect(where(lint(astral))).toEqual(where(lint(ascii.replace("const STRIPE_KEY = '", "const STRIPE_KEY = /* cle */ '"))));
  });

  it('non-ASCII identifiers and strings: no crash, no report', () => {
    const code = dedent`
      const 令牌 = session.accessToken;
      const señal = new AbortController().signal;
      const ключ = import.meta.env.VITE_MP_PUBLIC_KEY;
      const café = '${fake.stripePublishable(73)}';
      const \u0074oken = await getToken();
      fetch('/api/pedidos?página=2&búsqueda=ñandú', { signal: señal, headers: { Authorization: \`Bearer \${令牌}\`, 'Accept-Language': 'pt-BR' } });
      initMercadoPago(ключ, { locale: 'es-AR' });
      loadStripe(café);
      axios.get('/api/me', { headers: { Authorization: 'Bearer ' + token } });
      const emoji = '🔑 ${'\u2028'} done';
    `;
    for (const lang of ['js', 'ts', 'tsx'] as const) expect(lint(code, { lang })).toEqual([]);
  });
});
