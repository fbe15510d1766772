#!/usr/bin/env node
/**
 * The real-code smoke run (`npm run smoke`, issue 7): lints every source file of the pinned smoke
 * corpus (scripts/corpus.mjs: the benchmark packages plus Vue SFC, TSX and payment-SDK packages),
 * one file at a time, with every rule of the built plugin on and the `strict` preset's options.
 * Each package is linted from its own root (so `components/`, `server/`… classify files as they would
 * in that project). Fails on any crash; prints every report for review, and the files the parsers
 * could not read (not the plugin's concern, but listed so nothing is silently skipped).
 *
 * Not part of `npm test`: it downloads about 20 MB of packages on its first run and lints 400k+ lines.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import vueParser from 'vue-eslint-parser';
import plugin from '../dist/index.mjs';
import { ensureCorpus } from './corpus.mjs';

const started = Date.now();
const { root, files, lines, packages } = await ensureCorpus('smoke');
console.log(`smoke: ${String(files.length)} files, ${String(lines)} lines from ${String(packages.length)} packages`);
for (const p of packages) console.log(`  ${p.name}@${p.version}: ${String(p.files)} files, ${String(p.lines)} lines`);

const js = { parser: espree, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
const ts = { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
const tsNoJsx = { parser: tsParser, sourceType: 'module' }; // `<T>x` assertions in .ts files
const vue = { parser: vueParser, sourceType: 'module', parserOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } };
const rules = plugin.configs.strict.rules;
// Inline `eslint-disable` comments would silence rules (and name the packages' own rules): ignore them.
const config = [
  { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: js },
  { files: ['**/*.{ts,mts,cts}'], languageOptions: tsNoJsx },
  { files: ['**/*.tsx'], languageOptions: ts },
  { files: ['**/*.vue'], languageOptions: vue },
  { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'], plugins: { credentials: plugin }, rules, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
];

/** The package root a corpus file belongs to (`<root>/<name>` or `<root>/@scope/<name>`). */
function packageRoot(file) {
  const [first, second] = path.relative(root, file).split(path.sep);
  return first?.startsWith('@') ? path.join(root, first, second ?? '') : path.join(root, first ?? '');
}

// Canary: a file that every rule must report, so that a silent run means clean code, not idle rules.
// The secret is random at run time (never written to the repo).
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const randomBody = Array.from(crypto.getRandomValues(new Uint8Array(48)), (b) => ALNUM[b % ALNUM.length]).join('');
const canarySecret = ['s', 'k_live_', randomBody].join('');
const canary = [
  "'use client';",
  `const key = '${canarySecret}';`,
  "export const load = (token) => fetch('https://api.mercadopago.com/v1/payments/search?access_token=' + token);",
  `export const pay = () => fetch('https://api.stripe.com/v1/charges', { headers: { Authorization: 'Bearer ${canarySecret}' } });`,
  'export { key };',
].join('\n');
const canaryFindings = new Linter({ configType: 'flat', cwd: root }).verify(canary, config, { filename: path.join(root, 'canary/src/components/Pay.jsx') });
for (const name of Object.keys(plugin.rules)) {
  if (!canaryFindings.some((m) => m.ruleId === `credentials/${name}`)) {
    console.error(`smoke: credentials/${name} does not report the canary file; the run would prove nothing.`, canaryFindings);
    process.exit(1);
  }
}
if (JSON.stringify(canaryFindings).includes(randomBody.slice(8, 24))) {
  console.error('smoke: a report on the canary file prints its secret.');
  process.exit(1);
}
console.log(`smoke: canary file reported by every rule (${String(canaryFindings.length)} reports)`);

const linters = new Map();
const reports = [];
const crashes = [];
const unparsed = [];
let linted = 0;
for (const file of files) {
  const cwd = packageRoot(file);
  let linter = linters.get(cwd);
  if (!linter) {
    linter = new Linter({ configType: 'flat', cwd });
    linters.set(cwd, linter);
  }
  const code = fs.readFileSync(file, 'utf8');
  const shown = path.relative(root, file);
  try {
    const messages = linter.verify(code, config, { filename: file });
    linted++;
    for (const m of messages) {
      if (m.fatal) unparsed.push(`${shown}:${String(m.line)}:${String(m.column)} ${m.message}`);
      else if (m.ruleId?.startsWith('credentials/')) reports.push({ file: shown, ...m });
      // else: ESLint's note that an inline directive is ignored (noInlineConfig)
    }
  } catch (error) {
    crashes.push(`${shown}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nsmoke: linted ${String(linted)} of ${String(files.length)} files (${String(lines)} lines) in ${seconds} s with the strict preset`);
const byRule = {};
for (const r of reports) byRule[r.ruleId ?? 'none'] = (byRule[r.ruleId ?? 'none'] ?? 0) + 1;
console.log(`smoke: ${String(crashes.length)} crashes, ${String(reports.length)} reports, ${String(unparsed.length)} files the parsers could not read`);
for (const [rule, n] of Object.entries(byRule).sort()) console.log(`  ${rule}: ${String(n)}`);
if (reports.length > 0) {
  console.log('\nReports (for review):');
  for (const r of reports) console.log(`  ${r.file}:${String(r.line)}:${String(r.column)}  ${r.ruleId ?? ''}  ${r.message}`);
}
if (unparsed.length > 0) {
  console.log('\nNot parsed (parser errors, not linted):');
  for (const u of unparsed) console.log(`  ${u}`);
}
if (crashes.length > 0) {
  console.error('\nCRASHES:');
  for (const c of crashes) console.error(`  ${c}`);
  process.exit(1);
}
