/**
 * Lints one generated program with every rule of the plugin (through its public shape: `rules` and
 * the `recommended`/`strict` presets) and checks the fuzz properties:
 * - no rule throws;
 * - every autofix output and every suggestion output parses (alone and, for fixes, all together);
 * - applying the fixes twice gives the same code as applying them once;
 * - no message, suggestion description or report `data` holds a generated secret (the whole value or
 *   any 8-character run of it past the public prefix a fingerprint may show).
 * A failure throws an Error that carries the program, so fast-check can shrink and print it.
 */
import path from 'node:path';
import type { ESLint, Linter, Rule } from 'eslint';
import { Linter as LinterClass } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import vueParser from 'vue-eslint-parser';
import { BUILTIN_FORMATS } from '../../src/core/credentials/catalogue.js';
import type { Lang, Program } from './programs.js';
import { SETTINGS, secretsOf } from './programs.js';

type Plugin = ESLint.Plugin & { rules: Record<string, Rule.RuleModule>; configs: Record<'recommended' | 'strict', Linter.Config> };

/** The plugin under test: the sources by default, or any build with the same public shape. */
export interface Target {
  readonly plugin: Plugin;
}

export const CWD = path.resolve('/virtual/app');

const espreeParser = espree as unknown as Linter.Parser; // espree has no types of its own; it is a parser at run time
const typescriptParser = tsParser as unknown as Linter.Parser; // the parser module is an ESLint parser at run time
const vue = vueParser as unknown as Linter.Parser; // idem

export function languageOptionsFor(lang: Lang): Linter.LanguageOptions {
  switch (lang) {
    case 'js':
      return { parser: espreeParser, ecmaVersion: 'latest', sourceType: 'module' };
    case 'jsx':
      return { parser: espreeParser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
    case 'ts':
      return { parser: typescriptParser, sourceType: 'module' };
    case 'tsx':
      return { parser: typescriptParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
    case 'vue-ts':
      return { parser: vue, sourceType: 'module', parserOptions: { parser: typescriptParser, ecmaVersion: 'latest', sourceType: 'module' } };
    case 'vue-js':
      return { parser: vue, sourceType: 'module', parserOptions: { parser: espreeParser, ecmaVersion: 'latest', sourceType: 'module' } };
  }
}

/** Report `data` of the current lint, filled by the recording rules. */
let sink: unknown[] = [];

/** Wraps a rule so that the `data` of each report and suggestion is kept as well. */
function recording(rule: Rule.RuleModule): Rule.RuleModule {
  return {
    ...rule,
    create(context) {
      const report = (descriptor: Rule.ReportDescriptor): void => {
        sink.push(descriptor.data, ...(descriptor.suggest ?? []).map((s) => s.data));
        context.report(descriptor);
      };
      // ESLint 10 freezes the context, so a Proxy over it may not answer `report` differently: the
      // proxy wraps an empty object and forwards every other key to the real context.
      const proxy = new Proxy({} as Rule.RuleContext, {
        get(_target, key) {
          if (key === 'report') return report;
          const value: unknown = Reflect.get(context, key, context);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(context) : value;
        },
        has: (_target, key) => Reflect.has(context, key),
      });
      return rule.create(proxy);
    },
  };
}

const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'];

export interface Linting {
  readonly linter: Linter;
  /** The fixed text of the plugin's messages, each `{{placeholder}}` cut out: what a report prints of its own. */
  readonly wording: string;
  config: (lang: Lang, preset: Program['preset'], settings: Program['settings']) => Linter.Config[];
  parseOnly: (lang: Lang) => Linter.Config[];
}

export function createLinting(target: Target): Linting {
  const { plugin } = target;
  const recorded = { rules: Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, recording(rule)])) };
  const configs = new Map<string, Linter.Config[]>();
  const wording = Object.values(plugin.rules)
    .flatMap((rule) => Object.values(rule.meta?.messages ?? {}))
    .map((message) => message.replaceAll(/\{\{[^{}]*\}\}/gu, '\u0000'))
    .join('\u0000');
  return {
    linter: new LinterClass({ configType: 'flat', cwd: CWD }),
    wording,
    config(lang, preset, settings) {
      const id = `${lang}/${preset}/${settings}`;
      let config = configs.get(id);
      if (!config) {
        config = [
          {
            files: FILES,
            plugins: { credentials: recorded },
            rules: plugin.configs[preset].rules ?? {},
            languageOptions: languageOptionsFor(lang),
            settings: SETTINGS[settings],
          },
        ];
        configs.set(id, config);
      }
      return config;
    },
    parseOnly(lang) {
      const id = `${lang}/parse`;
      let config = configs.get(id);
      if (!config) {
        config = [{ files: FILES, languageOptions: languageOptionsFor(lang) }];
        configs.set(id, config);
      }
      return config;
    },
  };
}

export interface Stats {
  programs: number;
  reports: number;
  fixes: number;
  suggestions: number;
  byRule: Record<string, number>;
}

export const emptyStats = (): Stats => ({ programs: 0, reports: 0, fixes: 0, suggestions: 0, byRule: {} });

/**
 * Public structure anywhere in a value: every format's prefix (`sk_live_`, `APP_USR-`, a PEM header),
 * unanchored and in any case: a near-miss in capitals keeps its prefix's words (`SB_SECRET_…`), which
 * a message may print from a name of the same program (`VITE_STRIPE_SECRET_KEY`).
 */
const PUBLIC_PARTS = BUILTIN_FORMATS.flatMap((f) => (f.prefix ? [new RegExp(f.prefix.source.replace(/^\^/u, ''), 'giu')] : []));

/** The public parts of `value`: what a fingerprint may show, wherever it sits in a (near-miss) value. */
function publicParts(value: string): string[] {
  return PUBLIC_PARTS.flatMap((re) => Array.from(value.matchAll(re), (m) => m[0]));
}

/** Whether the run of `value` at `start` (`WINDOW` long) overlaps one of its public parts. */
function overlapsPublicPart(value: string, start: number): boolean {
  return PUBLIC_PARTS.some((re) => Array.from(value.matchAll(re)).some((m) => m.index < start + WINDOW && start < m.index + m[0].length));
}

const WINDOW = 8;

/**
 * The first part of `secret` that `text` holds, if any: the whole (trimmed) value, or an 8-character
 * run of it that is not public structure (a format prefix, which fingerprints show) of it or of the
 * `others` values linted with it (a near-miss shares its body's prefix with the real value). A run
 * that overlaps a public part is no evidence when `elsewhere` (the program's code with its secrets cut
 * out) holds it too: a message may print it from a name (`SECRET_K` of a capitalised near-miss
 * `SB_SECRET_K…` in `STRIPE_SECRET_KEY`). Runs of the body alone are checked whatever the code holds.
 * Nor is a run that the plugin's own wording holds (`wording`): a near-miss of Midtrans' `Mid-server-…`
 * with its `-` mangled keeps ` server-`, which "holds server-only variables" prints of its own.
 */
export function leakedPart(text: string, secret: string, others: readonly string[] = [], elsewhere = '', wording = ''): string | undefined {
  const value = secret.trim(); // the catalogue trims values before matching
  // what a fingerprint of this value or of another value in the same program may show
  const shown = [value, ...others].flatMap(publicParts);
  if (shown.some((part) => part.includes(value))) return undefined; // a bare prefix (`sk-ant-api03`) is no secret
  if (text.includes(value)) return value;
  for (let i = 0; i + WINDOW <= value.length; i += 1) {
    const run = value.slice(i, i + WINDOW);
    if (!text.includes(run) || shown.some((part) => part.includes(run)) || wording.includes(run)) continue;
    if (elsewhere.includes(run) && overlapsPublicPart(value, i)) continue;
    return run;
  }
  return undefined;
}

/** `code` with every one of `secrets` cut out where it is written as it is. */
function withoutSecrets(code: string, secrets: readonly string[]): string {
  return secrets.reduce((rest, secret) => rest.split(secret.trim()).join('\u0000'), code);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return [String(value)];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

class PropertyError extends Error {
  constructor(problem: string, program: Program, detail = '') {
    super(`${problem}\n--- ${program.filename} (${program.lang}, ${program.preset}, settings: ${program.settings})\n${program.code}${detail ? `\n--- ${detail}` : ''}`);
    this.name = 'PropertyError';
  }
}

function applyFix(code: string, fix: Rule.Fix): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

function fatal(messages: readonly Linter.LintMessage[]): Linter.LintMessage | undefined {
  return messages.find((m) => m.fatal === true);
}

/** Lints `program` with every rule and checks every property; adds what it saw to `stats`. */
export function checkProgram(linting: Linting, program: Program, stats: Stats): void {
  const { linter } = linting;
  const filename = path.join(CWD, program.filename);
  const config = linting.config(program.lang, program.preset, program.settings);
  sink = [];
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(program.code, config, { filename });
  } catch (error) {
    throw new PropertyError(`a rule threw: ${(error as Error).message}`, program, (error as Error).stack ?? '');
  }
  const data = sink;
  const parseError = fatal(messages);
  if (parseError) throw new PropertyError(`the generated program does not parse (a generator bug): ${parseError.message}`, program);
  stats.programs += 1;

  // no secret in messages, suggestion descriptions or data
  const printed = [...messages.flatMap((m) => [m.message, ...(m.suggestions ?? []).map((s) => s.desc)]), ...data.flatMap(strings)];
  const secrets = secretsOf(program);
  const elsewhere = withoutSecrets(program.code, secrets);
  for (const secret of secrets) {
    for (const text of printed) {
      const leaked = leakedPart(text, secret, secrets, elsewhere, linting.wording);
      if (leaked !== undefined) throw new PropertyError(`a report prints ${JSON.stringify(leaked)} of a secret: ${JSON.stringify(text)}`, program);
    }
  }

  const lines = program.code.split(/\r\n|[\n\r\u2028\u2029]/u).length;
  let fixes = 0;
  for (const message of messages) {
    stats.reports += 1;
    const rule = message.ruleId ?? 'none';
    stats.byRule[rule] = (stats.byRule[rule] ?? 0) + 1;
    if (!rule.startsWith('credentials/') || message.messageId === undefined) {
      throw new PropertyError(`unexpected message ${JSON.stringify(message)}`, program);
    }
    if (message.line < 1 || message.line > lines || (message.endLine ?? message.line) > lines) {
      throw new PropertyError(`a report is outside the file: ${JSON.stringify(message)}`, program);
    }
    if (message.fix) {
      fixes += 1;
      const output = applyFix(program.code, message.fix);
      const broken = fatal(linter.verify(output, linting.parseOnly(program.lang), { filename }));
      if (broken) throw new PropertyError(`the autofix of ${rule} does not parse: ${broken.message}`, program, output);
    }
    for (const suggestion of message.suggestions ?? []) {
      stats.suggestions += 1;
      const output = applyFix(program.code, suggestion.fix);
      const broken = fatal(linter.verify(output, linting.parseOnly(program.lang), { filename }));
      if (broken) throw new PropertyError(`the suggestion "${suggestion.desc}" of ${rule} does not parse: ${broken.message}`, program, output);
    }
  }
  stats.fixes += fixes;
  if (fixes === 0) return;

  // all fixes together parse, and fixing again changes nothing
  const once = linter.verifyAndFix(program.code, config, { filename });
  const brokenOnce = fatal(once.messages);
  if (brokenOnce) throw new PropertyError(`the autofixed program does not parse: ${brokenOnce.message}`, program, once.output);
  const twice = linter.verifyAndFix(once.output, config, { filename });
  if (twice.fixed || twice.output !== once.output) {
    throw new PropertyError('applying the fixes twice differs from applying them once', program, `once:\n${once.output}\n--- twice:\n${twice.output}`);
  }
}
