/**
 * Per-file facts shared by every rule, computed once per file (cached on the `SourceCode` object):
 * the parsed settings, the file's paths (relative to the working directory for the conventions,
 * relative to the config file's directory for the glob settings), whether the file is a test, and
 * credential identification with the file's context (custom formats, AWS key id pairing).
 */
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { identify, type CredentialMatch } from '../credentials/catalogue.js';
import { configDirectory } from './config-dir.js';
import { isDummy, isPlaceholder } from '../credentials/placeholders.js';
import { getSettings, type CredentialsSettings } from './settings.js';
import { pathUnder } from './vendored.js';

export interface FileFacts {
  readonly settings: CredentialsSettings;
  /** Path relative to ESLint's cwd, with `/` separators: what the built-in conventions read. */
  readonly relativePath: string;
  /**
   * Path relative to the directory of the ESLint config file (`config-dir.ts`), with `/` separators:
   * what the glob settings are matched against, as ESLint matches `files`. Computed on first read,
   * since finding the config file asks the file system: only files that a glob setting is matched
   * against pay for it.
   */
  readonly configRelativePath: string;
  readonly isTestFile: boolean;
  /** The catalogued format of `value`, if any (custom formats first). */
  identify: (value: string) => CredentialMatch | undefined;
  /**
   * Whether `value` should be treated as a credential value at all: not a placeholder anywhere, and
   * not a dummy in a test file. `match` is the value's catalogued format, when known.
   */
  isReportable: (value: string, match: CredentialMatch | undefined) => boolean;
}

/**
 * Test files by convention: test folders, `*.test.*`-style names, and the setup files test runners load
 * before the tests (`setupTests.ts`, `jest.setup.js`, `jest-setup.js`, `vitest.setup.ts`,
 * `test-setup.ts`, `setup-jest.js`). `settings.credentials.testFiles` replaces this.
 */
const TEST_FILE =
  /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|tests?|spec|specs|fixtures?|e2e|cypress|playwright|mocks?)\/|\.(?:test|spec|e2e|cy|stories|story|mocks?)\.[cm]?[jt]sx?$|(?:^|\/)(?:setup-?tests|(?:jest|vitest|test)[.-]setup|setup[.-](?:jest|vitest|tests?))\.[cm]?[jt]sx?$/iu;

const AWS_KEY_ID = /\bA[KS]IA[\dA-Z]{16}\b/u;

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const cache = new WeakMap<object, FileFacts>();

export function fileFacts(context: Context): FileFacts {
  const { sourceCode } = context;
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const settings = getSettings(context);
  const relativePath = pathUnder(context.cwd, context.filename).replaceAll('\\', '/');
  let configRelativePath: string | undefined;
  const getConfigRelativePath = (): string =>
    (configRelativePath ??= path.relative(configDirectory(context), path.resolve(context.cwd, context.filename)).replaceAll('\\', '/'));
  // Read on demand: with settings.testFiles it needs the config file, and a rule's pre-check reads only `settings`
  let isTestFile: boolean | undefined;
  const getIsTestFile = (): boolean =>
    (isTestFile ??= settings.testFiles ? settings.testFiles(getConfigRelativePath()) : TEST_FILE.test(relativePath));
  let hasAwsKeyId: boolean | undefined;
  const identifyOptions = {
    extraFormats: settings.formats,
    hasAwsKeyId: () => (hasAwsKeyId ??= AWS_KEY_ID.test(sourceCode.text)),
  };
  const facts: FileFacts = {
    settings,
    relativePath,
    get configRelativePath() {
      return getConfigRelativePath();
    },
    get isTestFile() {
      return getIsTestFile();
    },
    identify: (value) => identify(value, identifyOptions),
    isReportable: (value, match) => {
      if (isPlaceholder(value)) return false;
      return !getIsTestFile() || !isDummy(value, match?.kind === 'private');
    },
  };
  cache.set(sourceCode, facts);
  return facts;
}
