/**
 * Every rule under every parser (issue 7): the same programs are linted with every rule on
 * (`recommended` and `strict`) under espree (JS, JSX), @typescript-eslint/parser (TS, TSX; without
 * type information, with `parserOptions.project` and with `parserOptions.projectService`) and
 * vue-eslint-parser (`<script>` and `<script setup>`, JS and TS). No parser may crash a rule, and
 * where the code is the same the findings must be the same: rule, message, position (relative to the
 * script), fix and suggestions. Files are classified by `settings.credentials` globs so that every
 * parser sees the same client or server file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Linter } from 'eslint';
import { Linter as LinterClass } from 'eslint';
import dedent from 'dedent';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { fake } from './fixtures/fake.js';
import { languageOptionsFor } from './fuzz/lint.js';

const typedRoot = fileURLToPath(new URL('fuzz/typed/', import.meta.url));
// Different base names: TypeScript drops `Widget.tsx` from a program that has `Widget.ts`.
const typedFile = (ext: 'ts' | 'tsx'): string => path.join(typedRoot, 'src', 'components', ext === 'ts' ? 'Widget.ts' : 'WidgetView.tsx');

interface Dialect {
  readonly name: string;
  readonly filename: string;
  readonly languageOptions: Linter.LanguageOptions;
  /** Wraps a script into the file's text (a Vue SFC around it). */
  readonly wrap?: (script: string) => string;
}

const tsTyped = (ext: 'ts' | 'tsx', service: boolean): Linter.LanguageOptions => {
  const base = languageOptionsFor(ext);
  return {
    ...base,
    parserOptions: {
      ...(base.parserOptions as Record<string, unknown>),
      tsconfigRootDir: typedRoot,
      // Under CI=true typescript-eslint infers a single CLI run and builds the program once from the
      // files on disk; this test lints changing code under one file name, as an editor does.
      disallowAutomaticSingleRunInference: true,
      ...(service ? { projectService: true } : { project: './tsconfig.json' }),
    },
  };
};

const vueFile = (setup: boolean, ts: boolean) => (script: string) =>
  `<script${setup ? ' setup' : ''}${ts ? ' lang="ts"' : ''}>\n${script}\n</script>\n\n<template>\n  <button @click="pay">Pay</button>\n</template>\n`;

const inTypedRoot = (file: string): string => path.join(typedRoot, 'src', 'components', file);

const ESPREE_JS: Dialect = { name: 'espree (JS)', filename: inTypedRoot('Widget.js'), languageOptions: languageOptionsFor('js') };
const ESPREE_JSX: Dialect = { name: 'espree (JSX)', filename: inTypedRoot('Widget.jsx'), languageOptions: languageOptionsFor('jsx') };
const TS: Dialect = { name: 'typescript-eslint (TS)', filename: inTypedRoot('Widget.ts'), languageOptions: languageOptionsFor('ts') };
const TSX: Dialect = { name: 'typescript-eslint (TSX)', filename: inTypedRoot('WidgetView.tsx'), languageOptions: languageOptionsFor('tsx') };
const TS_PROJECT: Dialect = { name: 'typescript-eslint (TS, typed: project)', filename: typedFile('ts'), languageOptions: tsTyped('ts', false) };
const TSX_PROJECT: Dialect = { name: 'typescript-eslint (TSX, typed: project)', filename: typedFile('tsx'), languageOptions: tsTyped('tsx', false) };
const TS_SERVICE: Dialect = { name: 'typescript-eslint (TS, typed: projectService)', filename: typedFile('ts'), languageOptions: tsTyped('ts', true) };
const TSX_SERVICE: Dialect = { name: 'typescript-eslint (TSX, typed: projectService)', filename: typedFile('tsx'), languageOptions: tsTyped('tsx', true) };
const VUE_JS: Dialect = { name: 'vue-eslint-parser (<script>)', filename: inTypedRoot('Widget.vue'), languageOptions: languageOptionsFor('vue-js'), wrap: vueFile(false, false) };
const VUE_SETUP_JS: Dialect = { name: 'vue-eslint-parser (<script setup>)', filename: inTypedRoot('Widget.vue'), languageOptions: languageOptionsFor('vue-js'), wrap: vueFile(true, false) };
const VUE_TS: Dialect = { name: 'vue-eslint-parser (<script lang="ts">)', filename: inTypedRoot('Widget.vue'), languageOptions: languageOptionsFor('vue-ts'), wrap: vueFile(false, true) };
const VUE_SETUP_TS: Dialect = { name: 'vue-eslint-parser (<script setup lang="ts">)', filename: inTypedRoot('Widget.vue'), languageOptions: languageOptionsFor('vue-ts'), wrap: vueFile(true, true) };

const PLAIN_JS = [ESPREE_JS, ESPREE_JSX, TS, TSX, TS_PROJECT, TSX_PROJECT, TS_SERVICE, TSX_SERVICE, VUE_JS, VUE_SETUP_JS, VUE_TS, VUE_SETUP_TS];
const TS_ONLY = [TS, TS_PROJECT, TS_SERVICE, VUE_TS, VUE_SETUP_TS];
const JSX_ONLY = [ESPREE_JSX, TSX, TSX_PROJECT, TSX_SERVICE];

const MODES = {
  client: { credentials: { clientFiles: ['**/*'] } },
  server: { credentials: { serverFiles: ['**/*'] } },
} as const;

/** Code that every rule reports in client code (and some of it in server code), valid in every dialect. */
const REPORTED = dedent`
  const MP_ACCESS_TOKEN = '${fake.mpAccessToken(41)}';
  const STRIPE_KEY = '${fake.stripeSecret(42)}';

  async function loadPayments(token) {
    const res = await fetch('https://api.mercadopago.com/v1/payments/search?access_token=' + token);
    return res.json();
  }

  function charge(amount) {
    return fetch('https://api.stripe.com/v1/charges', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + STRIPE_KEY, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ amount: String(amount) }),
    });
  }

  const vtexHeaders = new Headers({ 'X-VTEX-API-AppToken': '${fake.vtexAppToken(43)}' });
  const ml = axios.create({ baseURL: 'https://api.mercadolibre.com', params: { access_token: MP_ACCESS_TOKEN } });
  const exposed = process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY;
  const socket = new WebSocket(\`wss://stream.example.com/feed?api_key=\${streamKey}\`);
  location.assign(\`/oauth/done?access_token=\${accessToken}\`);
`;

/** Look-alikes that no rule reports, in any file. */
const CLEAN = dedent`
  const PUBLIC_KEY = '${fake.mpPublicKey(44)}';
  const publishable = '${fake.stripePublishable(45)}';
  const params = new URL(location.href).searchParams;
  const code = params.get('access_token');
  const next = \`/items?pageToken=\${pageToken}&q=access_token\`;
  fetch('https://api.mercadopago.com/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({ client_secret: clientSecret, grant_type: 'authorization_code', code }),
  });
  fetch('/api/me', { headers: { Authorization: \`Bearer \${session.accessToken}\`, Accept: 'application/json' } });
  const placeholder = { Authorization: 'Bearer YOUR_ACCESS_TOKEN' };
  if (req.headers.authorization === 'Bearer ') deny();
  initMercadoPago(PUBLIC_KEY, { locale: 'pt-BR' });
`;

const TS_REPORTED = dedent`
  interface Payment { id: number; status: string }
  const TOKEN = '${fake.mpAccessToken(46)}' as const;
  const key = ('${fake.stripeSecret(47)}' as string);
  export async function search(client: AxiosInstance, userToken: string): Promise<Payment[]> {
    const { data } = await client.get<Payment[]>('https://api.mercadopago.com/v1/payments/search', { params: { access_token: userToken } });
    return data;
  }
  const headers: Record<string, string> = { Authorization: \`Bearer \${TOKEN}\` };
  const h2 = new Headers({ 'x-api-key': key satisfies string });
`;

const JSX_REPORTED = dedent`
  const SECRET = '${fake.stripeSecret(48)}';
  export function Checkout({ token }) {
    return (
      <form>
        <a href={'https://api.mercadolibre.com/users/me?access_token=' + token}>me</a>
        <Elements stripe={loadStripe(SECRET)} />
        <Payment initialization={{ amount: 100 }} onSubmit={() => fetch('/api/pay', { headers: { Authorization: 'Bearer ' + SECRET } })} />
      </form>
    );
  }
`;

interface Finding {
  ruleId: string | null;
  messageId: string | undefined;
  message: string;
  line: number;
  column: number;
  endLine: number | undefined;
  endColumn: number | undefined;
  fix: { range: readonly number[]; text: string } | undefined;
  suggestions: { desc: string; range: readonly number[]; text: string }[];
}

const linter = new LinterClass({ configType: 'flat', cwd: typedRoot });

function lint(dialect: Dialect, script: string, preset: 'recommended' | 'strict', mode: keyof typeof MODES): Finding[] {
  const code = dialect.wrap ? dialect.wrap(script) : script;
  const offset = code.indexOf(script);
  const lineOffset = code.slice(0, offset).split('\n').length - 1;
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,jsx,ts,tsx,vue}'],
      plugins: { credentials: plugin },
      rules: plugin.configs[preset].rules ?? {},
      languageOptions: dialect.languageOptions,
      settings: MODES[mode],
    },
  ];
  const messages = linter.verify(code, config, { filename: dialect.filename });
  const fatal = messages.find((m) => m.fatal === true);
  if (fatal) throw new Error(`${dialect.name} could not parse the program: ${fatal.message} (line ${String(fatal.line)})\n${code}`);
  const shift = (range: readonly [number, number]): number[] => [range[0] - offset, range[1] - offset];
  return messages.map((m) => ({
    ruleId: m.ruleId,
    messageId: m.messageId,
    // messages that point at a declaration name its line in the file, which a Vue SFC shifts
    message: m.message.replaceAll(/\bline (\d+)/gu, (_, n: string) => `line ${String(Number(n) - lineOffset)}`),
    line: m.line - lineOffset,
    column: m.column,
    endLine: m.endLine === undefined ? undefined : m.endLine - lineOffset,
    endColumn: m.endColumn,
    fix: m.fix ? { range: shift(m.fix.range), text: m.fix.text } : undefined,
    suggestions: (m.suggestions ?? []).map((s) => ({ desc: s.desc, range: shift(s.fix.range), text: s.fix.text })),
  }));
}

const rulesOf = (findings: readonly Finding[]): string[] => [...new Set(findings.map((f) => f.ruleId ?? ''))].sort();
const ALL_RULES = Object.keys(plugin.rules).map((n) => `credentials/${n}`).sort();

describe.each(['recommended', 'strict'] as const)('every rule under every parser (%s)', (preset) => {
  beforeAll(() => {
    // type information: the first typed lint builds the program; later ones reuse it
    lint(TS_PROJECT, 'export {};', preset, 'client');
  });

  describe.each(['client', 'server'] as const)('in a %s file', (mode) => {
    it('reports the same findings for the same JS under every parser', () => {
      const baseline = lint(ESPREE_JS, REPORTED, preset, mode);
      if (mode === 'client') expect(rulesOf(baseline)).toEqual(ALL_RULES);
      else expect(baseline.length).toBeGreaterThan(0);
      for (const dialect of PLAIN_JS.slice(1)) expect(lint(dialect, REPORTED, preset, mode), dialect.name).toEqual(baseline);
    });

    it('stays silent on the same look-alikes under every parser', () => {
      for (const dialect of PLAIN_JS) expect(lint(dialect, CLEAN, preset, mode), dialect.name).toEqual([]);
    });

    it('reports the same findings for the same TS under every TS parser, typed or not', () => {
      const baseline = lint(TS, TS_REPORTED, preset, mode);
      expect(baseline.length).toBeGreaterThan(0);
      for (const dialect of TS_ONLY.slice(1)) expect(lint(dialect, TS_REPORTED, preset, mode), dialect.name).toEqual(baseline);
    });

    it('reports the same findings for the same JSX under espree and typescript-eslint, typed or not', () => {
      const baseline = lint(ESPREE_JSX, JSX_REPORTED, preset, mode);
      expect(baseline.length).toBeGreaterThan(0);
      for (const dialect of JSX_ONLY.slice(1)) expect(lint(dialect, JSX_REPORTED, preset, mode), dialect.name).toEqual(baseline);
    });
  });

  it('classifies by file name and markers without settings, under every parser, without crashing', () => {
    const noSettings = (dialect: Dialect, script: string): void => {
      const code = dialect.wrap ? dialect.wrap(script) : script;
      const config: Linter.Config[] = [
        { files: ['**/*.{js,jsx,ts,tsx,vue}'], plugins: { credentials: plugin }, rules: plugin.configs[preset].rules ?? {}, languageOptions: dialect.languageOptions },
      ];
      const messages = linter.verify(code, config, { filename: dialect.filename });
      expect(messages.filter((m) => m.fatal === true)).toEqual([]);
      expect(rulesOf(messages as unknown as Finding[])).toEqual(ALL_RULES); // under components/: client code
    };
    for (const dialect of PLAIN_JS) noSettings(dialect, REPORTED);
  });
});
