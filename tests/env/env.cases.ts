/**
 * no-secret-in-client with the project's env files (#20): a public variable whose value, in an env file
 * the framework reads, is a private credential is reported where client code reads it; a public key
 * there confirms an ambiguous name; each framework's files and their order; the setting. The projects
 * are made when this module loads (tests/env/rule.test.ts runs the cases, tests/redaction.test.ts
 * lints the invalid ones again); the importer removes them (`removeProjects`).
 */
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { MessageIds, Options } from '../../src/rules/no-secret-in-client.js';
import type { Project } from '../fixtures/modules/project.js';
import { fp } from '../fixtures/fake.js';
import { lang } from '../fixtures/languages.js';
import { envProject, secrets as s } from './project.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;

const USE_CLIENT = "this file starts with 'use client'";
const READS = (prefix: string): string => `this file reads '${prefix}' variables, which only a browser build provides`;

/** The project root of each case's file (the working directory to lint it in). */
export const rootOf = new Map<string, string>();

/** The case of `file` in project `p` (written to disk: the project lookup needs it), parsed by its extension. */
function at(p: Project, file: string, code: string, extra: Partial<Valid> = {}): Valid & { filename: string } {
  p.write(file, code);
  rootOf.set(p.path(file), p.root);
  const language = file.endsWith('.vue') ? lang.vue : file.endsWith('.tsx') ? lang.tsx : lang.ts;
  return { ...language, ...extra, filename: p.path(file), code };
}

/** The report of `name` read at `column` of line `line` (a member of `width` characters). */
function read(
  name: string,
  value: string,
  file: string,
  reason: string,
  [line, column, width]: readonly [number, number, number],
): Invalid['errors'][number] {
  return { messageId: 'envPrivateValue', data: { name, credential: fp(value), file, reason }, line, column, endLine: line, endColumn: column + width };
}

// --- Next.js: .env.[mode].local > .env.local > .env.[mode] > .env
const next = envProject(['next', 'react'], {
  '.env': `NEXT_PUBLIC_STRIPE_KEY=${s.stripe3}\nNEXT_PUBLIC_PK=${s.publishable}\n`,
  '.env.local': `# local overrides\nNEXT_PUBLIC_STRIPE_KEY="${s.stripe}"\nNEXT_PUBLIC_API_KEY=${s.publishable2}\nNEXT_PUBLIC_STRIPE_SECRET_KEY=${s.publishable2}\nAPI_KEY=${s.mpPublic}\n`,
  '.env.production': `NEXT_PUBLIC_STRIPE_KEY=${s.stripe2}\nNEXT_PUBLIC_ONLY_PROD=${s.stripe2}\n`,
  '.env.production.local': `NEXT_PUBLIC_PROD_LOCAL=${s.openai}\n`,
  '.env.development.local': `NEXT_PUBLIC_PROD_LOCAL=${s.github}\n`,
  '.env.test': `NEXT_PUBLIC_TEST_ONLY=${s.stripe}\n`,
  '.env.staging': `NEXT_PUBLIC_STAGING=${s.stripe}\n`,
  '.env.example': `NEXT_PUBLIC_EXAMPLE=${s.stripe}\n`,
});
const NEXT_READ = "'use client';\nexport const key = process.env.NEXT_PUBLIC_STRIPE_KEY;";

// --- Vite: .env.[mode].local > .env.[mode] > .env.local > .env (the same files, another order)
const vite = envProject(['vite', 'react'], {
  '.env.local': `VITE_STRIPE_KEY=${s.stripe}\nVITE_MP_TOKEN=${s.mpPublic}\n`,
  '.env.production': `VITE_STRIPE_KEY=${s.stripe2}\n`,
  '.env': `VITE_MP_TOKEN=${s.mp}\nVITE_EMPTY=\nVITE_MONGODB_URI=${s.database}\n`,
});

// --- Create React App and Expo read Next.js's files; Nuxt reads .env only; Gatsby its two mode files
const cra = envProject(['react-scripts', 'react'], { '.env.development.local': `REACT_APP_PAY=${s.mp}\n`, '.env': `REACT_APP_PAY=${s.stripe}\n` });
const expo = envProject(['expo', 'react-native'], { '.env.local': `EXPO_PUBLIC_PAY=${s.stripe}\n`, '.env.development': `EXPO_PUBLIC_PAY=${s.stripe2}\n` });
const nuxt = envProject(['nuxt', 'vue'], { '.env': `NUXT_PUBLIC_PAY=${s.stripe}\n`, '.env.local': `NUXT_PUBLIC_LOCAL=${s.stripe}\n` });
const gatsby = envProject(['gatsby', 'react'], { '.env.production': `GATSBY_PAY=${s.stripe}\n`, '.env': `GATSBY_DEFAULT=${s.stripe}\n` });
const svelte = envProject(['@sveltejs/kit', 'svelte'], { '.env.development': `PUBLIC_PAY=${s.mp}\n` });
// a library with no framework: the variable's prefix decides (VITE_ like Vite, NEXT_PUBLIC_ like Next.js)
const bare = envProject([], { '.env.local': `VITE_PAY=${s.stripe}\nNEXT_PUBLIC_PAY=${s.stripe}\n`, '.env.production': `VITE_PAY=${s.stripe2}\n` });
// env files that hold nothing a reader can use
const broken = envProject(['next'], { '.env': '\u0000\u0001 garbage without equals\n=novalue\n', '.env.local/keep': '' });
const missing = envProject(['next'], {});

const VITE_VUE = `<script setup lang="ts">\nconst key = import.meta.env.VITE_STRIPE_KEY;\n</script>\n\n<template>\n  <div>{{ key }}</div>\n</template>\n`;

export const valid: Valid[] = [
  // a public key in the env files
  at(next, 'components/Pk.tsx', "'use client';\nexport const pk = process.env.NEXT_PUBLIC_PK;"),
  // server code (a Next.js server component) may read it: the bundle does not ship it from there
  at(next, 'app/page.tsx', 'export const key = process.env.NEXT_PUBLIC_STRIPE_KEY;'),
  // env files turned off
  at(next, 'components/Off.tsx', NEXT_READ, { settings: { credentials: { envFiles: false } } }),
  // files the framework does not read: the test mode, a custom mode, the example file
  at(next, 'components/Other.tsx', "'use client';\nexport const keys = [process.env.NEXT_PUBLIC_TEST_ONLY, process.env.NEXT_PUBLIC_STAGING, process.env.NEXT_PUBLIC_EXAMPLE];"),
  // a test file never ships
  at(next, 'components/Pay.test.tsx', NEXT_READ),
  // an ambiguous name whose env values are public keys only: confirmed public, even in strict mode
  at(next, 'components/Api.tsx', "'use client';\nexport const key = process.env.NEXT_PUBLIC_API_KEY;", { options: [{ reportAmbiguousNames: true }] }),
  // the same for a name with no public prefix (secretEnv) and for a bundler setting (bundlerExposes)
  at(next, 'components/Plain.tsx', "'use client';\nexport const key = process.env.API_KEY;", { options: [{ reportAmbiguousNames: true }] }),
  at(next, 'next.config.js', 'module.exports = { env: { API_KEY: process.env.API_KEY } };', { options: [{ reportAmbiguousNames: true }] }),
  // an empty value says nothing; Nuxt reads .env only, Gatsby not .env at all
  at(vite, 'src/Empty.tsx', 'export const e = import.meta.env.VITE_EMPTY;'),
  at(nuxt, 'components/Local.vue', '<script setup>\nconst key = useRuntimeConfig().public.local;\nconst raw = process.env.NUXT_PUBLIC_LOCAL;\n</script>\n'),
  at(gatsby, 'src/components/Default.tsx', 'export const key = process.env.GATSBY_DEFAULT;'),
  // a malformed env file, a directory where an env file would be, no env files at all
  at(broken, 'components/Broken.tsx', NEXT_READ),
  at(missing, 'components/None.tsx', NEXT_READ),
  // a file that names another variable
  at(next, 'components/Unrelated.tsx', "'use client';\nexport const url = process.env.NEXT_PUBLIC_SITE_URL;"),
];

export const invalid: Invalid[] = [
  {
    // .env.local wins over .env.production and .env in Next.js
    ...at(next, 'components/Pay.tsx', NEXT_READ),
    errors: [read('NEXT_PUBLIC_STRIPE_KEY', s.stripe, '.env.local', USE_CLIENT, [2, 20, 34])],
  },
  {
    // .env.production.local first; a value in one mode's file only
    ...at(next, 'components/Modes.tsx', "'use client';\nexport const a = process.env.NEXT_PUBLIC_PROD_LOCAL;\nexport const b = process.env.NEXT_PUBLIC_ONLY_PROD;"),
    errors: [
      read('NEXT_PUBLIC_PROD_LOCAL', s.openai, '.env.production.local', USE_CLIENT, [2, 18, 34]),
      read('NEXT_PUBLIC_ONLY_PROD', s.stripe2, '.env.production', USE_CLIENT, [3, 18, 33]),
    ],
  },
  {
    // the name says secret and the value is a public key: the name still decides (the deployed value is not here)
    ...at(next, 'components/Named.tsx', "'use client';\nexport const key = process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY;"),
    errors: [{ messageId: 'publicPrefixSecret', data: { name: 'NEXT_PUBLIC_STRIPE_SECRET_KEY', prefix: 'NEXT_PUBLIC_' }, line: 2, column: 20, endLine: 2, endColumn: 61 }],
  },
  {
    // an ambiguous name the env files say nothing about: the name decides, as without env files
    ...at(next, 'components/Token.tsx', "'use client';\nexport const key = process.env.API_TOKEN;", { options: [{ reportAmbiguousNames: true }] }),
    errors: [{ messageId: 'secretEnv', data: { name: 'API_TOKEN', reason: USE_CLIENT }, line: 2, column: 20, endLine: 2, endColumn: 41 }],
  },
  {
    // the setting names the files: .env.staging, which no framework reads by default
    ...at(next, 'components/Staging.tsx', "'use client';\nexport const key = process.env.NEXT_PUBLIC_STAGING;", { settings: { credentials: { envFiles: ['.env.staging'] } } }),
    errors: [read('NEXT_PUBLIC_STAGING', s.stripe, '.env.staging', USE_CLIENT, [2, 20, 31])],
  },
  {
    // Vite: the mode file wins over .env.local; a Vue SFC reads it
    ...at(vite, 'src/components/Pay.vue', VITE_VUE),
    errors: [read('VITE_STRIPE_KEY', s.stripe2, '.env.production', 'this is a Vue single-file component', [2, 13, 31])],
  },
  {
    // Vite: a public key in .env.local and an access token in .env: any file's private value is reported
    ...at(vite, 'src/components/Mp.ts', 'export const token = import.meta.env.VITE_MP_TOKEN;'),
    errors: [read('VITE_MP_TOKEN', s.mp, '.env', READS('VITE_'), [1, 22, 29])],
  },
  {
    // Vite: a database URL with a password, which some pages query the database with
    ...at(vite, 'src/db.ts', 'export const uri = import.meta.env.VITE_MONGODB_URI;'),
    errors: [read('VITE_MONGODB_URI', s.database, '.env', READS('VITE_'), [1, 20, 32])],
  },
  {
    // Create React App: .env.development.local before .env; destructured from process.env
    ...at(cra, 'src/Pay.tsx', 'export const { REACT_APP_PAY } = process.env;'),
    errors: [read('REACT_APP_PAY', s.mp, '.env.development.local', 'the file is under src/ of a Create React App project', [1, 16, 13])],
  },
  {
    // Expo: .env.local before .env.development
    ...at(expo, 'app/pay.tsx', 'export const key = process.env.EXPO_PUBLIC_PAY;'),
    errors: [read('EXPO_PUBLIC_PAY', s.stripe, '.env.local', READS('EXPO_PUBLIC_'), [1, 20, 27])],
  },
  {
    // Nuxt: .env
    ...at(nuxt, 'components/Pay.vue', '<script setup>\nconst key = process.env.NUXT_PUBLIC_PAY;\n</script>\n'),
    errors: [read('NUXT_PUBLIC_PAY', s.stripe, '.env', 'this is a Vue single-file component', [2, 13, 27])],
  },
  {
    // Gatsby: .env.production
    ...at(gatsby, 'src/components/Pay.tsx', 'export const key = process.env.GATSBY_PAY;'),
    errors: [read('GATSBY_PAY', s.stripe, '.env.production', 'the file is under src/ of a Gatsby project', [1, 20, 22])],
  },
  {
    // SvelteKit: a universal load file imports it from $env/static/public
    ...at(svelte, 'src/routes/+page.ts', "import { PUBLIC_PAY } from '$env/static/public';\nexport const load = () => ({ key: PUBLIC_PAY });"),
    errors: [
      read('PUBLIC_PAY', s.mp, '.env.development', "this is a SvelteKit universal load file ('+page.ts'), which also runs in the browser", [1, 10, 10]),
    ],
  },
  {
    // no framework: the prefix picks the files and their order (VITE_: the mode file first; NEXT_PUBLIC_: .env.local)
    ...at(bare, 'src/components/Pay.ts', 'export const keys = [import.meta.env.VITE_PAY, process.env.NEXT_PUBLIC_PAY];'),
    errors: [read('VITE_PAY', s.stripe2, '.env.production', READS('VITE_'), [1, 22, 24]), read('NEXT_PUBLIC_PAY', s.stripe, '.env.local', READS('VITE_'), [1, 48, 27])],
  },
  {
    // a bundler setting that copies a variable whose name says nothing
    ...at(next, 'next.config.mjs', 'export default { env: { STRIPE: process.env.NEXT_PUBLIC_STRIPE_KEY } };'),
    errors: [
      {
        messageId: 'bundlerExposesValue',
        data: { setting: "next.config 'env'", name: 'NEXT_PUBLIC_STRIPE_KEY', credential: fp(s.stripe), file: '.env.local' },
        line: 1,
        column: 25,
        endLine: 1,
        endColumn: 31,
      },
    ],
  },
];

