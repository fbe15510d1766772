// `npm run demo`: lints examples/ (a React + Vue web app and an express backend, with the mistakes
// the rules catch next to their correct counterparts) with the plugin's `recommended` preset, through
// the ESLint Node API, and prints the findings. The config is examples/eslint.config.js: the preset
// plus @typescript-eslint/parser for TS/TSX and vue-eslint-parser for .vue files.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');

if (!existsSync(path.join(root, 'dist', 'index.mjs'))) {
  console.error('dist/ is missing: run `npm run build` first (`npm run demo` does it for you).');
  process.exit(1);
}

const eslint = new ESLint({ cwd: examples, overrideConfigFile: path.join(examples, 'eslint.config.js') });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const meta = eslint.getRulesMetaForResults(results);

console.log(`eslint-plugin-credentials demo: ESLint ${ESLint.version}, credentials.configs.recommended on examples/\n`);
process.stdout.write(await formatter.format(results, { cwd: examples, rulesMeta: meta }));

const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${path.relative(examples, r.filePath)}: ${m.message}`));
if (fatal.length > 0) {
  console.error(`\nThe examples did not parse:\n${fatal.join('\n')}`);
  process.exit(1);
}

const { default: credentials } = await import('eslint-plugin-credentials');
console.log('\nSummary');
for (const [name, ruleModule] of Object.entries(credentials.rules)) {
  const rule = `credentials/${name}`;
  const files = new Set();
  let count = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId !== rule) continue;
      count += 1;
      files.add(result.filePath);
    }
  }
  const docs = ruleModule.meta?.docs?.url ?? '';
  console.log(`  ${rule.padEnd(42)} ${String(count).padStart(3)} finding${count === 1 ? ' ' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}  ${docs}`);
}
console.log(`\n${results.length} files linted. Every ❌ comment in examples/ marks a line a rule should report; ✅ marks its fixed counterpart.`);
