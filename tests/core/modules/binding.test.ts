/**
 * The bridge from a linted file to `readExport`, end to end through ESLint's `Linter`: a probe rule
 * asks `importedBinding` about the argument of every `probe(…)` call and reads the export with the
 * reader context `readerContextOf(context)` builds from the real rule context.
 */
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import { ESLintUtils, type TSESTree, AST_NODE_TYPES } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';
import { importedBinding, readerContextOf, type ImportedBinding } from '../../../src/core/modules/binding.js';
import { readExport, type ExportedValue } from '../../../src/core/modules/read-export.js';
import { fake } from '../../fixtures/fake.js';
import { project, removeProjects, typescriptParser } from '../../fixtures/modules/project.js';

afterAll(removeProjects);

const MP = fake.mpAccessToken(7);

interface Probe {
  readonly binding: ImportedBinding | undefined;
  readonly value: ExportedValue | undefined;
}

/** Lints `file` (read from disk, in the project at `cwd`) and answers for each `probe(…)` argument. */
function probe(cwd: string, file: string, options: { typescript?: boolean; filename?: string; aliases?: Record<string, string> } = {}): Probe[] {
  const out: Probe[] = [];
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
    create(context) {
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const [arg] = node.arguments;
          if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe' || !arg) return;
          const binding = importedBinding(arg, context.sourceCode.getScope(node));
          const from = readerContextOf(context, options.aliases);
          out.push({ binding, value: binding && from ? readExport(from, binding.specifier, binding.name, binding.members) : undefined });
        },
      };
    },
  });
  const linter = new Linter({ configType: 'flat', cwd });
  const messages = linter.verify(
    readFileSync(file, 'utf8'),
    [
      {
        files: ['**/*.js', '**/*.ts'],
        plugins: { t: { rules: { probe: rule as unknown as import('eslint').Rule.RuleModule } } }, // RuleCreator-shaped rule, an ESLint rule at run time
        rules: { 't/probe': 'error' },
        ...(options.typescript ? { languageOptions: { parser: typescriptParser } } : {}),
      },
    ],
    { filename: options.filename ?? file },
  );
  expect(messages).toEqual([]);
  return out;
}

describe('importedBinding and readerContextOf', () => {
  const p = project({
    'src/config/payments.js': `export const PAYMENTS = { accessToken: '${MP}' };\nexport default { nested: { key: 'default-key' } };\n`,
    'src/config/legacy.js': "module.exports = { LEGACY: { key: 'legacy-key' } };\n",
    'src/esm.js': [
      "import { PAYMENTS, PAYMENTS as RENAMED } from './config/payments.js';",
      "import defaults from './config/payments.js';",
      "import * as config from './config/payments.js';",
      'const P = config.PAYMENTS;',
      'const { accessToken } = PAYMENTS;',
      "const mod = await import('./config/payments.js');",
      'probe(PAYMENTS.accessToken);',
      'probe(RENAMED["accessToken"]);',
      'probe(defaults.nested.key);',
      'probe(config.PAYMENTS.accessToken);',
      'probe(P.accessToken);',
      'probe(accessToken);',
      'probe(mod.PAYMENTS?.accessToken);',
      'probe(PAYMENTS[key()]);',
    ].join('\n'),
    'src/cjs.js': [
      "const legacy = require('./config/legacy');",
      "const { LEGACY: { key } } = require('./config/legacy');",
      "let reassigned = require('./config/legacy');",
      "reassigned = {};",
      "const { LEGACY: withDefault = {} } = require('./config/legacy');",
      "probe(legacy.LEGACY.key);",
      'probe(key);',
      "probe(require('./config/legacy').LEGACY.key);",
      'probe(reassigned.LEGACY);',
      'probe(withDefault);',
      "function local(require) { probe(require('./config/legacy')); }",
    ].join('\n'),
    'src/types.ts': [
      "import type { PAYMENTS } from './config/payments.js';",
      "import { type PAYMENTS as P2 } from './config/payments.js';",
      "import legacy = require('./config/legacy');",
      'probe(PAYMENTS);',
      'probe(P2);',
      'probe(legacy.LEGACY.key);',
    ].join('\n'),
    'src/alias.js': "import { PAYMENTS } from '@/config/payments.js';\nprobe(PAYMENTS.accessToken);\n",
  });
  const token = { kind: 'text', text: MP, where: { file: 'src/config/payments.js', line: 1, column: 40, name: 'PAYMENTS.accessToken' } };
  const legacyKey = { kind: 'text', text: 'legacy-key', where: { file: 'src/config/legacy.js', line: 1, column: 35, name: 'module.exports.LEGACY.key' } };
  const payments = (name: string, ...members: string[]): ImportedBinding => ({ specifier: './config/payments.js', name, members });
  const legacy = (...members: string[]): ImportedBinding => ({ specifier: './config/legacy', name: '*', members });

  it('maps ES import bindings, aliases of them and dynamic imports to readExport calls', () => {
    expect(probe(p.root, p.path('src/esm.js'))).toEqual([
      { binding: payments('PAYMENTS', 'accessToken'), value: token },
      { binding: payments('PAYMENTS', 'accessToken'), value: token },
      {
        binding: payments('default', 'nested', 'key'),
        value: { kind: 'text', text: 'default-key', where: { file: 'src/config/payments.js', line: 2, column: 33, name: 'default.nested.key' } },
      },
      { binding: payments('*', 'PAYMENTS', 'accessToken'), value: token },
      { binding: payments('*', 'PAYMENTS', 'accessToken'), value: token },
      { binding: payments('PAYMENTS', 'accessToken'), value: token },
      { binding: payments('*', 'PAYMENTS', 'accessToken'), value: token },
      { binding: undefined, value: undefined },
    ]);
  });

  it('maps require bindings, destructured or not; not reassigned ones, defaults or a local require', () => {
    expect(probe(p.root, p.path('src/cjs.js'))).toEqual([
      { binding: legacy('LEGACY', 'key'), value: legacyKey },
      { binding: legacy('LEGACY', 'key'), value: legacyKey },
      { binding: legacy('LEGACY', 'key'), value: legacyKey },
      { binding: undefined, value: undefined },
      { binding: undefined, value: undefined },
      { binding: undefined, value: undefined },
    ]);
  });

  it('skips type-only imports and maps `import x = require()`', () => {
    expect(probe(p.root, p.path('src/types.ts'), { typescript: true })).toEqual([
      { binding: undefined, value: undefined },
      { binding: undefined, value: undefined },
      { binding: legacy('LEGACY', 'key'), value: legacyKey },
    ]);
  });

  it('passes the alias map, and reads nothing for a file that is not on disk', () => {
    expect(probe(p.root, p.path('src/alias.js'), { aliases: { '@/': 'src/' } })).toEqual([
      { binding: { specifier: '@/config/payments.js', name: 'PAYMENTS', members: ['accessToken'] }, value: token },
    ]);
    expect(probe(p.root, p.path('src/alias.js'))).toEqual([{ binding: { specifier: '@/config/payments.js', name: 'PAYMENTS', members: ['accessToken'] }, value: undefined }]);
    expect(probe(p.root, p.path('src/esm.js'), { filename: 'virtual.js' })[0]).toEqual({ binding: payments('PAYMENTS', 'accessToken'), value: undefined });
  });
});
