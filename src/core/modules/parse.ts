/**
 * Parsing an imported file with the parser of the file being linted.
 *
 * The linted file's parser (`context.languageOptions.parser`, any object with `parse` or
 * `parseForESLint`) is asked first, with the linted file's parser options minus the ones that make a
 * typed program (`project`, `projectService`, `programs`: building a TypeScript program for a file
 * read on the side would cost seconds), and with `filePath` set to the imported file, `range`/`loc`
 * on, `ecmaVersion: 'latest'`, `sourceType: 'module'` (then `'commonjs'` for a JavaScript file that
 * does not parse as a module), JSX on for `.jsx`/`.tsx`.
 *
 * A `.ts` file imported from a `.js` file linted with espree does not parse with espree. Then
 * `@typescript-eslint/parser` is used, when it can be resolved from the linted file's directory or
 * the working directory (`createRequire`; it is a peer most TypeScript users have, never a dependency
 * of this package); otherwise that module is unreadable, like any other parse failure.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { counters } from './counters.js';

/** What ESLint accepts as `languageOptions.parser`. */
export interface ParserLike {
  readonly parse?: (code: string, options?: Record<string, unknown>) => unknown;
  readonly parseForESLint?: (code: string, options?: Record<string, unknown>) => { readonly ast: unknown };
}

const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);
const JSX_EXTENSIONS = new Set(['.jsx', '.tsx']);
/** Options that make @typescript-eslint/parser build a typed program. */
const PROGRAM_OPTIONS = new Set(['project', 'projectService', 'programs', 'EXPERIMENTAL_useProjectService']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProgram(value: unknown): value is TSESTree.Program {
  return isRecord(value) && value.type === AST_NODE_TYPES.Program && Array.isArray(value.body);
}

function optionsFor(file: string, base: Readonly<Record<string, unknown>> | undefined, sourceType: 'module' | 'commonjs'): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base ?? {})) if (!PROGRAM_OPTIONS.has(key)) options[key] = value;
  const extension = path.extname(file);
  const ecmaFeatures = isRecord(options.ecmaFeatures) ? { ...options.ecmaFeatures } : {};
  if (JSX_EXTENSIONS.has(extension)) ecmaFeatures.jsx = true;
  else if (TYPESCRIPT_EXTENSIONS.has(extension)) ecmaFeatures.jsx = false;
  return { ...options, ecmaFeatures, ecmaVersion: 'latest', sourceType, filePath: file, range: true, loc: true, tokens: false, comment: false };
}

function callParser(parser: ParserLike, code: string, options: Record<string, unknown>): TSESTree.Program | undefined {
  counters.parses += 1;
  try {
    const result = parser.parse ? parser.parse(code, options) : parser.parseForESLint?.(code, options).ast;
    return isProgram(result) ? result : undefined;
  } catch {
    return undefined;
  }
}

/** `@typescript-eslint/parser` as seen from a directory (`null`: not installed there), by directory. */
const fallbacks = new Map<string, ParserLike | null>();

function typescriptParser(directories: readonly string[]): ParserLike | undefined {
  for (const directory of directories) {
    let parser = fallbacks.get(directory);
    if (parser === undefined) {
      parser = null;
      try {
        const required: unknown = createRequire(path.join(directory, 'noop.js'))('@typescript-eslint/parser');
        if (isRecord(required) && (typeof required.parseForESLint === 'function' || typeof required.parse === 'function')) {
          // An object with a parse function: what ParserLike describes (its members are called in a try).
          parser = required;
        }
      } catch {
        parser = null;
      }
      fallbacks.set(directory, parser);
    }
    if (parser) return parser;
  }
  return undefined;
}

export interface ParseRequest {
  readonly file: string;
  readonly code: string;
  readonly parser: ParserLike;
  readonly parserOptions: Readonly<Record<string, unknown>> | undefined;
  /** Where `@typescript-eslint/parser` may be resolved from (the linted file's directory, the cwd). */
  readonly fallbackFrom: readonly string[];
}

/** The program of an imported file, or `undefined` when no parser available reads it. */
export function parseModule({ file, code, parser, parserOptions, fallbackFrom }: ParseRequest): TSESTree.Program | undefined {
  const typescript = TYPESCRIPT_EXTENSIONS.has(path.extname(file));
  const program = callParser(parser, code, optionsFor(file, parserOptions, 'module'));
  if (program) return program;
  if (!typescript) return callParser(parser, code, optionsFor(file, parserOptions, 'commonjs'));
  const fallback = typescriptParser(fallbackFrom);
  if (!fallback || fallback === parser) return undefined;
  counters.fallbackParses += 1;
  return callParser(fallback, code, optionsFor(file, parserOptions, 'module'));
}
