/**
 * Every code example in docs/rules/*.md is linted with its rule: each block under "### ❌ Incorrect"
 * must be reported at least once, each block under "### ✅ Correct" must not be. A block's leading
 * comment lines may set `filename:` (the path the rule sees) and `options:` (JSON rule options);
 * `<!-- filename: … -->` does the same in Vue blocks. `jsonc` blocks (JSON files, whose comments hold
 * the directives) are linted under @eslint/json's `json/jsonc` language.
 */
import { readFileSync } from 'node:fs';
import jsonPlugin from '@eslint/json';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ALL_FILES } from './fixtures/files.js';
import { languageOptionsFor } from './fixtures/languages.js';
import plugin from '../src/index.js';

interface Block {
  rule: string;
  kind: 'incorrect' | 'correct';
  lang: string;
  code: string;
  line: number;
}

export function extractBlocks(rule: string, markdown: string): Block[] {
  const blocks: Block[] = [];
  let kind: Block['kind'] | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.startsWith('#')) {
      if (/^###\s.*Incorrect/u.test(line)) kind = 'incorrect';
      else if (/^###\s.*Correct/u.test(line)) kind = 'correct';
      else kind = undefined;
      continue;
    }
    const fence = /^```(\w+)/u.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !(lines[i] ?? '').startsWith('```'); i += 1) body.push(lines[i] ?? '');
    const lang = fence[1] ?? '';
    if (kind && ['js', 'jsx', 'ts', 'tsx', 'vue', 'javascript', 'typescript', 'jsonc'].includes(lang)) {
      blocks.push({ rule, kind, lang, code: body.join('\n'), line: start + 1 });
    }
  }
  return blocks;
}

const DIRECTIVE = /^\s*(?:\/\/|<!--)\s*(filename|options):(.*)$/u;

function lintBlock(block: Block): Linter.LintMessage[] {
  let filename = `example.${block.lang === 'javascript' ? 'js' : block.lang === 'typescript' ? 'ts' : block.lang}`;
  let options: unknown[] = [];
  for (const line of block.code.split('\n')) {
    const directive = DIRECTIVE.exec(line);
    if (!directive) break;
    const value = (directive[2] ?? '').replace(/-->\s*$/u, '').trim();
    if (directive[1] === 'filename') filename = value;
    else options = [JSON.parse(value) as unknown];
  }
  const linter = new Linter({ configType: 'flat' });
  // a JSON example (its comments hold the directives) under @eslint/json's JSONC language
  if (block.lang === 'jsonc') {
    const json: Linter.Config = { files: ['**/*.json', '**/*.jsonc'], language: 'json/jsonc', plugins: { json: jsonPlugin, credentials: plugin } };
    return linter.verify(block.code, [{ ...json, rules: { [`credentials/${block.rule}`]: ['error', ...options] as Linter.RuleEntry } }], { filename });
  }
  const config: Linter.Config[] = [
    {
      files: ALL_FILES,
      plugins: { credentials: plugin },
      rules: { [`credentials/${block.rule}`]: ['error', ...options] as Linter.RuleEntry },
      languageOptions: languageOptionsFor(filename),
    },
  ];
  return linter.verify(block.code, config, { filename });
}

const names = Object.keys(plugin.rules);

describe.each(names)('docs/rules/%s.md examples', (rule) => {
  const blocks = extractBlocks(rule, readFileSync(new URL(`../docs/rules/${rule}.md`, import.meta.url), 'utf8'));

  it('has incorrect and correct examples', () => {
    expect(blocks.filter((b) => b.kind === 'incorrect').length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.kind === 'correct').length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b) => [`${b.kind} block at line ${String(b.line)}`, b] as const))('%s', (_, block) => {
    const messages = lintBlock(block);
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
    const own = messages.filter((m) => m.ruleId === `credentials/${rule}`);
    if (block.kind === 'incorrect') expect(own.length).toBeGreaterThan(0);
    else expect(own).toEqual([]);
  });
});
