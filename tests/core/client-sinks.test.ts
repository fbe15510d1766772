/** The core modules behind no-secret-in-client: the facts they find, before any verdict. */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { publicKeySuggestion } from '../../src/core/fixes/public-key.js';
import { SecretNames, publicPrefix } from '../../src/core/credentials/secret-names.js';
import { BundlerSettings, baseName, isBundlerConfig } from '../../src/core/sinks/bundler-config.js';
import { EnvReads, type EnvRead } from '../../src/core/sinks/env-reads.js';
import { initialiserArgument, initialiserOf, passedValue } from '../../src/core/sinks/initialisers.js';
import { literalListeners } from '../../src/core/sinks/literals.js';
import { importBringsValue, isListedPackage, moduleLoad } from '../../src/core/sinks/server-sdks.js';
import { valuesOf } from '../../src/core/values/resolver.js';
import { probe, type ProbeContext } from './probe.js';

const text = (context: ProbeContext, node: TSESTree.Node): string => context.sourceCode.getText(node);

/** Every env read of `code`, as `source name @node`, in traversal order. */
function envReads(code: string): string[] {
  const out: string[] = [];
  probe(code, (context) => {
    const env = new EnvReads(context.sourceCode, valuesOf(context));
    const onRead = ({ node, name, source }: EnvRead): void => void out.push(`${source} ${name} @${text(context, node)}`);
    return {
      MemberExpression(node) {
        const read = env.member(node);
        if (read) onRead(read);
      },
      VariableDeclarator(node) {
        env.declarator(node, onRead);
      },
      ImportDeclaration(node) {
        env.importDeclaration(node, onRead);
      },
    };
  });
  return out;
}

describe('EnvReads', () => {
  it('reads members of process.env and import.meta.env, not of a local process', () => {
    expect(envReads("process.env.A;\nimport.meta.env['B'];\n{ const process = { env: {} }; process.env.C; }")).toEqual([
      'process.env A @process.env.A',
      "import.meta.env B @import.meta.env['B']",
    ]);
  });

  it('follows aliases and destructuring, and Nuxt runtime config with its public part', () => {
    const code = 'const env = process.env;\nenv.A;\nconst { B, C: c } = import.meta.env;\nconst config = useRuntimeConfig();\nconfig.secret;\nconfig.public.D;\nconst { public: pub, E } = useRuntimeConfig();\npub.F;';
    expect(envReads(code)).toEqual([
      'process.env A @env.A',
      'import.meta.env B @B',
      'import.meta.env C @C',
      'runtime-config secret @config.secret',
      'runtime-config.public D @config.public.D',
      'runtime-config public @config.public',
      'runtime-config E @E',
      'runtime-config.public F @pub.F',
    ]);
  });

  it("reads SvelteKit's static public names, and aliases its dynamic modules", () => {
    const code = "import { PUBLIC_A } from '$env/static/public';\nimport { env } from '$env/dynamic/private';\nenv.B;";
    expect(envReads(code)).toEqual(['$env/dynamic/public PUBLIC_A @PUBLIC_A', '$env/dynamic/private B @env.B']);
  });
});

/** Every exposure the bundler settings of `code` (a file named `filename`) give. */
function exposures(code: string, filename: string): string[] {
  const out: string[] = [];
  probe(
    code,
    (context) => {
      const values = valuesOf(context);
      const settings = new BundlerSettings(values, new EnvReads(context.sourceCode, values), baseName(filename), (e) => {
        out.push(`${e.setting}: ${e.kind === 'all' ? `all via ${e.key}` : e.names.join(' | ')} @${text(context, e.node)}`);
      });
      return {
        NewExpression(node) {
          settings.webpackPlugin(node);
        },
        ...(isBundlerConfig(baseName(filename))
          ? {
              Property(node: TSESTree.Property) {
                settings.configProperty(node);
              },
            }
          : {}),
      };
    },
    filename,
  );
  return out;
}

describe('BundlerSettings', () => {
  it("gives webpack plugins' variables, through a constant, and the whole environment", () => {
    const code =
      "const DEFS = { 'process.env.A': JSON.stringify(process.env.B), 'process.env': JSON.stringify(process.env) };\nnew webpack.DefinePlugin(DEFS);\nnew EnvironmentPlugin(['C', ...rest]);\nnew EnvironmentPlugin({ D: env.E || '' });";
    expect(exposures(code, 'webpack.config.js')).toEqual([
      "webpack DefinePlugin: B | A @'process.env.A'",
      "webpack DefinePlugin: all via process.env @'process.env'",
      "webpack EnvironmentPlugin: C @'C'",
      'webpack EnvironmentPlugin: E | D @D',
    ]);
  });

  it('reads config settings only in the config files they belong to', () => {
    const next = 'export default { env: { A: process.env.A }, publicRuntimeConfig: { B: 1 } };';
    expect(exposures(next, 'next.config.mjs')).toEqual(["next.config 'env': A | A @A", "next.config 'publicRuntimeConfig': B @B"]);
    expect(exposures(next, 'vite.config.ts')).toEqual([]);
    const vite = "export default { define: { 'import.meta.env.K': '1', 'process.env': loadEnv(mode, dir, '') } };";
    expect(exposures(vite, 'vite.config.ts')).toEqual(["Vite 'define': K @'import.meta.env.K'", "Vite 'define': all via process.env @'process.env'"]);
    const nuxt = 'export default { runtimeConfig: { secret: 1, public: { P: 1 } } };';
    expect(exposures(nuxt, 'nuxt.config.ts')).toEqual(['Nuxt runtimeConfig.public: P @P']);
    // Nuxt 2: publicRuntimeConfig and the top-level env; an env nested in another setting is none
    const nuxt2 = 'export default { env: { A: process.env.A }, publicRuntimeConfig: { B: 1 }, privateRuntimeConfig: { C: 1 }, build: { env: { D: 1 } } };';
    expect(exposures(nuxt2, 'nuxt.config.js')).toEqual(["Nuxt 'env': A | A @A", "Nuxt 'publicRuntimeConfig': B @B"]);
    expect(isBundlerConfig('next.config.js') && isBundlerConfig('astro.config.mjs') && !isBundlerConfig('webpack.config.js')).toBe(true);
    expect(baseName('a\\b/c\\next.config.js')).toBe('next.config.js');
  });
});

describe('initialisers', () => {
  /** Each initialiser call of `code`: provider and what its argument passes. */
  function initialisers(code: string): string[] {
    const out: string[] = [];
    probe(code, (context) => {
      const values = valuesOf(context);
      const env = new EnvReads(context.sourceCode, values);
      const check = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
        const argument = initialiserArgument(call);
        const initialiser = argument && initialiserOf(values, call);
        if (!argument || !initialiser) return;
        const passed = passedValue(values, env, call, argument);
        out.push(`${initialiser.provider} ${passed ? `${passed.kind} ${passed.kind === 'text' ? passed.value : passed.name}` : '-'}`);
      };
      return { CallExpression: check, NewExpression: check };
    });
    return out;
  }

  it('knows the SDK imports and the script-tag globals, not look-alikes', () => {
    const code =
      "import { loadStripe } from '@stripe/stripe-js';\nimport { initMercadoPago } from 'elsewhere';\nloadStripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY);\ninitMercadoPago(k);\nnew window.MercadoPago('APP_USR-x');\nStripe(config.secretKey);\nnew Stripe(...args);\nfunction f(Stripe) { Stripe(key); }";
    expect(initialisers(code)).toEqual(['stripe env NEXT_PUBLIC_STRIPE_SECRET_KEY', 'mercadopago text APP_USR-x', 'stripe name secretKey']);
  });
});

describe('server SDK loads and literals', () => {
  it('lists packages, their subpaths and scopes', () => {
    const exact = new Set(['stripe']);
    const scopes = new Set(['@aws-sdk/']);
    expect(['stripe', 'stripe/lib/x', '@aws-sdk/client-s3', 'stripe-js', '@aws-sdkx/y'].map((s) => isListedPackage(s, exact, scopes))).toEqual([true, true, true, false, false]);
  });

  it('tells value imports from type-only ones, and reads require() and import()', () => {
    const out: string[] = [];
    const code = "import type { A } from 'a';\nimport { type B } from 'b';\nimport 'c';\nimport { D } from 'd';\nD();\nrequire('e');\nimport('f');\n{ const require = (x) => x; require('g'); }";
    probe(code, (context) => {
      const values = valuesOf(context);
      const load = (node: TSESTree.CallExpression | TSESTree.ImportExpression): void => {
        const found = moduleLoad(values, node);
        if (found) out.push(`load ${found.source}`);
      };
      return {
        ImportDeclaration(node) {
          out.push(`${node.source.value} ${String(importBringsValue(context.sourceCode, node, 'src/file.ts'))}`);
        },
        CallExpression: load,
        ImportExpression: load,
      };
    });
    expect(out).toEqual(['a false', 'b false', 'c true', 'd true', 'load e', 'load f']);
  });

  it('gives literals written in place, a split literal once from its outermost +', () => {
    const out: string[] = [];
    probe("x('a', `b`, `c${d}`, 'e' + 'f' + 'g', 'h' + i, 1);", () => literalListeners((_, value) => void out.push(value)));
    expect(out).toEqual(['a', 'b', 'efg', 'e', 'f', 'g', 'h']);
  });
});

describe('secret names and the public-key suggestion', () => {
  it('classifies names with the options, after a public prefix', () => {
    const plain = new SecretNames({});
    const strict = new SecretNames({ reportAmbiguousNames: true, secretNames: ['signing salt'], publicNames: ['widget key'] });
    expect([plain.isSecret('API_KEY'), strict.isSecret('API_KEY'), strict.isSurelySecret('API_KEY')]).toEqual([false, true, false]);
    expect([plain.isSecret('SIGNING_SALT'), strict.isSecret('SIGNING_SALT'), strict.isSecret('STRIPE_WIDGET_KEY')]).toEqual([false, true, false]);
    expect([plain.isSecretVariable('NEXT_PUBLIC_MP_ACCESS_TOKEN'), publicPrefix('VITE_'), publicPrefix('VITE_X')]).toEqual([true, undefined, 'VITE_']);
  });

  it('swaps the secret part of a public-prefixed name for the provider public key', () => {
    const out: string[] = [];
    probe("a(process.env.NEXT_PUBLIC_MP_ACCESS_TOKEN, import.meta.env['VITE_STRIPE_SECRET_KEY'], process.env.MP_ACCESS_TOKEN, process.env.NEXT_PUBLIC_mpToken);", () => ({
      'CallExpression > MemberExpression'(node: TSESTree.MemberExpression) {
        const name = node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : String((node.property as TSESTree.Literal).value);
        const suggestion = publicKeySuggestion(name, name.includes('STRIPE') ? 'stripe' : 'mercadopago', node.property);
        const fixer = { replaceText: (_: unknown, replacement: string) => ({ text: replacement }) } as unknown as TSESLint.RuleFixer;
        out.push(suggestion ? `${suggestion.name} ${(suggestion.fix(fixer) as TSESLint.RuleFix).text}` : '-');
      },
    }));
    expect(out).toEqual(['NEXT_PUBLIC_MP_PUBLIC_KEY NEXT_PUBLIC_MP_PUBLIC_KEY', "VITE_STRIPE_PUBLISHABLE_KEY 'VITE_STRIPE_PUBLISHABLE_KEY'", '-', '-']);
  });
});
