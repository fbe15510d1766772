/**
 * Runs a vitest project on the ESLint installed under the alias named by `ESLINT_PACKAGE` (`eslint-v9`,
 * `eslint-v9-floor`): CommonJS dependencies (rule-tester, typescript-eslint's utils) `require('eslint')`
 * directly, which vite's alias does not reach, so their resolution is pointed at the alias here.
 * tests/eslint-version.test.ts checks that it worked.
 */
import Module from 'node:module';

interface ResolvableModule {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
}

const alias = process.env.ESLINT_PACKAGE;
if (alias === undefined || !/^eslint-v\d+(?:-[a-z]+)?$/u.test(alias)) throw new Error(`ESLINT_PACKAGE must name an ESLint alias, got ${String(alias)}`);

const moduleWithResolver = Module as unknown as ResolvableModule; // Node's internal, untyped resolver hook
const original = moduleWithResolver._resolveFilename.bind(Module);
moduleWithResolver._resolveFilename = (request, ...rest) => {
  const redirected = request === 'eslint' || request.startsWith('eslint/') ? `${alias}${request.slice('eslint'.length)}` : request;
  return original(redirected, ...rest);
};
