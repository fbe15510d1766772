/**
 * Runs the rule tests on ESLint 9: CommonJS dependencies (rule-tester, typescript-eslint's utils)
 * `require('eslint')` directly, which vite's alias does not reach, so their resolution is pointed at
 * the `eslint-v9` alias here. tests/eslint-version.test.ts checks that it worked.
 */
import Module from 'node:module';

interface ResolvableModule {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
}

const moduleWithResolver = Module as unknown as ResolvableModule; // Node's internal, untyped resolver hook
const original = moduleWithResolver._resolveFilename.bind(Module);
moduleWithResolver._resolveFilename = (request, ...rest) => {
  const redirected = request === 'eslint' || request.startsWith('eslint/') ? `eslint-v9${request.slice('eslint'.length)}` : request;
  return original(redirected, ...rest);
};
