import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import { classifyFile, type FileClassification } from '../../src/core/files/client-files.js';
import { ALL_FILES } from '../fixtures/files.js';

interface Probe {
  classification?: FileClassification;
  serverOnly: string[];
  clientOnly: string[];
}

/** Lints `code` as `filename` with a probe rule that records the classification, and which string literals are server-only. */
function classify(filename: string, code: string, settings: Record<string, unknown> = {}): Probe {
  const probe: Probe = { serverOnly: [], clientOnly: [] };
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
    create(context) {
      const classification = classifyFile(context);
      // a second call is served from the cache
      probe.classification = classifyFile(context) === classification ? classification : undefined;
      return {
        Literal(node: TSESTree.Literal) {
          if (typeof node.value !== 'string' || !node.value.startsWith('@')) return;
          (classification.isServerOnly(node) ? probe.serverOnly : probe.clientOnly).push(node.value);
        },
      };
    },
  });
  const isVue = filename.endsWith('.vue');
  const isTs = /\.[cm]?tsx?$/u.test(filename);
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: [...ALL_FILES, '**/*.svelte', '**/*.astro'],
        plugins: { probe: { rules: { probe: rule as unknown as import('eslint').Rule.RuleModule } } }, // RuleCreator-shaped rules are ESLint rules at run time
        rules: { 'probe/probe': 'error' },
        settings,
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: 'module',
          ...(isVue
            ? { parser: vueParser, parserOptions: { parser: tsParser } }
            : isTs
              ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: filename.endsWith('x') } } }
              : { parserOptions: { ecmaFeatures: { jsx: true } } }),
        },
      },
    ],
    { filename },
  );
  expect(messages).toEqual([]);
  return probe;
}

function side(filename: string, code = 'export const x = 1;', settings: Record<string, unknown> = {}): [string, string, string] {
  const { classification } = classify(filename, code, settings);
  if (!classification) throw new Error('not classified, or not cached');
  return [classification.side, classification.signal, classification.reason];
}

describe('classifyFile: each signal, strongest first', () => {
  it.each([
    // 0. tests and declarations never ship
    ['src/components/Pay.test.tsx', "'use client';", ['unknown', 'test', 'this is a test file']],
    ['cypress/e2e/pay.js', '', ['unknown', 'test', 'this is a test file']],
    ['src/components/env.d.ts', '', ['unknown', 'test', 'this is a type declaration file']],
    // 2. directives
    ['app/pay/Button.tsx', "'use client';", ['client', 'directive', "this file starts with 'use client'"]],
    ['src/components/actions.ts', '"use server";', ['server', 'directive', "this file starts with 'use server'"]],
    ['src/components/strict.js', "'use strict';\nexport const x = 1;", ['client', 'path', "the path has a 'components/' folder"]],
    // 3. single-file components
    ['server/views/Pay.vue', '<script setup>\nconst x = 1;\n</script>', ['client', 'sfc', 'this is a Vue single-file component']],
    ['src/lib/server/Pay.svelte', 'export const x = 1;', ['client', 'sfc', 'this is a Svelte component']],
    ['src/components/Pricing.astro', 'const key = import.meta.env.STRIPE_SECRET_KEY;', ['server', 'sfc', 'the frontmatter of an Astro component runs on the server']],
    ['src/components/Pricing.astro/0_0.ts', 'document.title = "x";', ['client', 'code', "this file uses the browser global 'document'"]],
    // 4. framework conventions
    ['next.config.mjs', '', ['server', 'framework', "this is a build configuration file ('next.config.mjs')"]],
    ['apps/web/vite.config.ts', '', ['server', 'framework', "this is a build configuration file ('vite.config.ts')"]],
    ['src/firebase.config.js', '', ['unknown', 'none', 'no signal says where this file runs']],
    ['app/routes/pay.server.ts', '', ['server', 'framework', "this is a server module ('pay.server.ts')"]],
    ['src/routes/api/+server.ts', '', ['server', 'framework', "this is a server module ('+server.ts')"]],
    ['src/routes/+layout.server.js', '', ['server', 'framework', "this is a server module ('+layout.server.js')"]],
    ['app/entry.client.tsx', '', ['client', 'framework', "this is a client module ('entry.client.tsx')"]],
    ['src/clients/stripe.client.ts', "import https from 'node:https';", ['server', 'import', "this file imports 'node:https'"]],
    ['src/routes/+layout.ts', '', ['client', 'framework', "this is a SvelteKit universal load file ('+layout.ts'), which also runs in the browser"]],
    ['src/middleware.ts', '', ['server', 'framework', "this is a server module ('middleware.ts')"]],
    ['app/.server/db.ts', '', ['server', 'framework', "the path has a '.server/' folder"]],
    ['app/.client/pay.ts', '', ['client', 'framework', "the path has a '.client/' folder"]],
    ['server/api/pay.post.ts', '', ['server', 'framework', "the path has a 'server/' folder"]],
    ['src/lib/server/mp.ts', '', ['server', 'framework', "the path has a 'server/' folder"]],
    ['api/pay.js', '', ['server', 'framework', "the path has an 'api/' folder at a project root"]],
    ['apps/api/src/main.ts', '', ['server', 'framework', "the path has an 'api/' folder at a project root"]],
    ['src/api/payments.ts', '', ['unknown', 'none', 'no signal says where this file runs']],
    ['pages/api/pay.ts', '', ['server', 'framework', 'this is a Next.js API route (pages/api)']],
    ['src/pages/_document.tsx', '', ['server', 'framework', 'this is the Next.js document (pages/_document), rendered on the server only']],
    ['src/pages/feed.ts', 'export const GET = () => new Response();', ['server', 'framework', 'this page exports HTTP handlers (an endpoint)']],
    ['src/pages/feed.ts', 'const POST = () => 1;\nexport { POST };', ['server', 'framework', 'this page exports HTTP handlers (an endpoint)']],
    ['pages/checkout.tsx', 'export default function Page() { return null; }', ['client', 'framework', 'this is a Next.js page (pages/)']],
    ['src/views/pages/Home.tsx', '', ['unknown', 'none', 'no signal says where this file runs']],
    ['app/page.tsx', '', ['server', 'framework', "this is a Next.js server component (under app/ without 'use client')"]],
    ['apps/shop/src/app/api/pay/route.ts', '', ['server', 'framework', 'this is a Next.js route handler (app/**/route)']],
    ['src/components/app/Header.tsx', '', ['client', 'path', "the path has a 'components/' folder"]],
    ['src/app/app.component.ts', "import { Component } from '@angular/core';", ['client', 'import', "this file imports '@angular/core'"]],
    // 5. imports and code
    ['src/index.js', "import express from 'express';\nimport { useState } from 'react';", ['server', 'import', "this file imports 'express'"]],
    ['src/index.js', "const { Hono } = require('hono');", ['server', 'import', "this file imports 'hono'"]],
    ['src/index.js', "require('dotenv').config();", ['server', 'import', "this file imports 'dotenv'"]],
    ['src/index.js', "const config = await require('./config')();", ['unknown', 'none', 'no signal says where this file runs']],
    ['src/pages/feed.ts', 'let handler;\nexport class GET {}\nexport type POST = string;', ['client', 'framework', 'this is a Next.js page (pages/)']],
    ['src/index.js', 'const dynamic = require(name);', ['unknown', 'none', 'no signal says where this file runs']],
    ['src/rpc.ts', "import { hc } from 'hono/client';", ['unknown', 'none', 'no signal says where this file runs']],
    ['src/email.tsx', "import { renderToString } from 'react-dom/server';", ['server', 'import', "this file imports 'react-dom/server'"]],
    ['src/ssr.ts', "import { renderToString } from 'vue/server-renderer';", ['server', 'import', "this file imports 'vue/server-renderer'"]],
    ['src/db.ts', "import { PrismaClient } from '@prisma/client';", ['server', 'import', "this file imports '@prisma/client'"]],
    ['src/main.tsx', "import ReactDOM from 'react-dom';", ['client', 'import', "this file imports 'react-dom'"]],
    ['src/store.ts', "import { defineStore } from 'pinia';", ['client', 'import', "this file imports 'pinia'"]],
    ['src/app.ts', "import { Camera } from 'expo-camera';", ['client', 'import', "this file imports 'expo-camera'"]],
    ['src/types.ts', "import type { Stripe } from '@stripe/stripe-js';", ['unknown', 'none', 'no signal says where this file runs']],
    ['src/hooks.ts', "import { useOptimistic as useOpt } from 'react';", ['client', 'code', "this file uses the React hook 'useOptimistic'"]],
    ['src/hooks.ts', "import { 'useRef' as useR } from 'react';", ['client', 'code', "this file uses the React hook 'useRef'"]],
    ['src/hooks.ts', "import * as React from 'react';\nReact.useLayoutEffect(f);", ['client', 'code', "this file uses the React hook 'useLayoutEffect'"]],
    ['src/hooks.ts', "import React, { cache } from 'react';\nReact.memo(f);\nReact['useId'];", ['unknown', 'none', 'no signal says where this file runs']],
    ['src/pay.js', "const stripe = Stripe('pk');", ['client', 'code', "this file uses the browser global 'Stripe'"]],
    ['src/pay.ts', 'export type Session = Stripe.Checkout.Session;', ['unknown', 'none', 'no signal says where this file runs']],
    ['components/Pricing.tsx', "import { useId } from 'react';\nexport default async function Pricing() { return <p />; }", ['server', 'code', "this file exports the async component 'Pricing', a React Server Component"]],
    ['components/Plans.tsx', 'export const Plans = async function () { return null; };', ['server', 'code', "this file exports the async component 'Plans', a React Server Component"]],
    ['components/Plans.tsx', 'export const cards = async () => null;\nexport const load = async () => null;\nexport async function fetchPlans() {}\nexport default async function () {}\nexport const [A] = list;\nexport const B = () => null;', ['client', 'path', "the path has a 'components/' folder"]],
    ['src/util.js', 'sessionStorage.clear();', ['client', 'code', "this file uses the browser global 'sessionStorage'"]],
    ['src/util.js', "if (typeof document === 'undefined') throw new Error('browser only');", ['unknown', 'none', 'no signal says where this file runs']],
    ['src/util.js', 'export const u = process.env.VUE_APP_API;', ['client', 'code', "this file reads 'VUE_APP_' variables, which only a browser build provides"]],
    ['src/util.js', 'export const u = [process.env.API, process.env, process.env[key]];', ['unknown', 'none', 'no signal says where this file runs']],
    ['src/util.ts', "export const u = import.meta.env['EXPO_PUBLIC_X'];", ['client', 'code', "this file reads 'EXPO_PUBLIC_' variables, which only a browser build provides"]],
    ['src/util.ts', "const s = 'import.meta.env.VITE_X';\nexport const u = [import.meta.env.MODE, import.meta.url];", ['unknown', 'none', 'no signal says where this file runs']],
    // 6. path segments, outermost first
    ['client/server/index.js', '', ['server', 'framework', "the path has a 'server/' folder"]],
    ['client/src/server.js', '', ['client', 'path', "the path has a 'client/' folder"]],
    ['frontend/src/scripts/pay.js', '', ['client', 'path', "the path has a 'frontend/' folder"]],
    ['scripts/frontend/seed.js', '', ['server', 'path', "the path has a 'scripts/' folder"]],
    ['apps/web/src/lib/pay.ts', '', ['unknown', 'none', 'no signal says where this file runs']],
    ['static/js/pay.js', '', ['client', 'path', "the path has a 'static/' folder"]],
    ['src/browser/pay.js', '', ['client', 'path', "the path has a 'browser/' folder"]],
    ['lambda/pay.js', '', ['server', 'path', "the path has a 'lambda/' folder"]],
  ] as const)('%s', (filename, code, expected) => {
    expect(side(filename, code)).toEqual(expected);
  });
});

describe('classifyFile: settings', () => {
  it('takes clientFiles and serverFiles first, serverFiles winning', () => {
    const settings = { credentials: { clientFiles: ['apps/web/src/**'], serverFiles: ['apps/web/src/server/**'] } };
    expect(side('apps/web/src/pay.ts', "import express from 'express';", settings)).toEqual([
      'client',
      'settings',
      'the file matches settings.credentials.clientFiles',
    ]);
    expect(side('apps/web/src/server/pay.ts', "'use client';", settings)).toEqual([
      'server',
      'settings',
      'the file matches settings.credentials.serverFiles',
    ]);
  });

  it('takes settings.credentials.side (a config block with files) as strongly as the globs', () => {
    const client = { credentials: { side: 'client' } };
    const server = { credentials: { side: 'server' } };
    const reason = (value: string): string => `settings.credentials.side is '${value}' for this file`;
    // beats a directive, a server import and the Next.js app/ convention
    expect(side('app/_components/keys.ts', "'use server';\nimport express from 'express';", client)).toEqual(['client', 'settings', reason('client')]);
    expect(side('src/components/Pay.tsx', "'use client';\nimport { useState } from 'react';", server)).toEqual(['server', 'settings', reason('server')]);
    // test files and declarations still never ship
    expect(side('app/_components/keys.test.ts', '', client)).toEqual(['unknown', 'test', 'this is a test file']);
    expect(side('app/_components/env.d.ts', '', client)).toEqual(['unknown', 'test', 'this is a type declaration file']);
  });

  it('lets server win when side and the globs disagree, as between serverFiles and clientFiles', () => {
    expect(side('apps/web/src/server/pay.ts', '', { credentials: { side: 'client', serverFiles: ['apps/web/src/server/**'] } })).toEqual([
      'server',
      'settings',
      'the file matches settings.credentials.serverFiles',
    ]);
    expect(side('apps/web/src/pay.ts', '', { credentials: { side: 'server', clientFiles: ['apps/web/src/**'] } })).toEqual([
      'server',
      'settings',
      "settings.credentials.side is 'server' for this file",
    ]);
    expect(side('apps/web/src/pay.ts', '', { credentials: { side: 'client', clientFiles: ['apps/web/src/**'] } })).toEqual([
      'client',
      'settings',
      "settings.credentials.side is 'client' for this file",
    ]);
  });

  it('lets testFiles replace the test convention', () => {
    expect(side('src/components/Pay.test.tsx', '', { credentials: { testFiles: ['qa/**'] } })[0]).toBe('client');
    expect(side('qa/components/Pay.tsx', '', { credentials: { testFiles: ['qa/**'] } })[0]).toBe('unknown');
  });

  it('applies assume only to files no signal classifies', () => {
    expect(side('src/lib/pay.ts', '', { credentials: { assume: 'client' } })).toEqual(['client', 'assume', "settings.credentials.assume is 'client'"]);
    expect(side('src/lib/pay.ts', '', { credentials: { assume: 'server' } })).toEqual(['server', 'assume', "settings.credentials.assume is 'server'"]);
    expect(side('src/lib/pay.ts', "import express from 'express';", { credentials: { assume: 'client' } })[0]).toBe('server');
  });
});

describe('classifyFile: server-only code in a Next.js page', () => {
  it('covers the data functions and the top-level code and imports only they use', () => {
    const probe = classify(
      'pages/shop/[id].tsx',
      [
        "import Stripe from 'stripe';",
        "import { format } from 'date-fns';",
        "import type { GetServerSideProps } from 'next';",
        "const stripe = new Stripe('@stripe-key');",
        "const shared = '@shared';",
        "async function load(id: string) { return stripe.products.retrieve(id + '@load'); }",
        "function unused() { return '@unused'; }",
        "export default function Page() { return <p>{format(new Date(), '@client')}{shared}</p>; }",
        "export const getServerSideProps: GetServerSideProps = async ({ params }) => ({ props: { p: await load('@gssp'), s: shared } });",
        "export async function getStaticPaths() { return { paths: ['@paths'], fallback: false }; }",
      ].join('\n'),
    );
    expect(probe.classification?.side).toBe('client');
    expect(probe.serverOnly).toEqual(['@stripe-key', '@load', '@gssp', '@paths']);
    expect(probe.clientOnly).toEqual(['@shared', '@unused', '@client']);
  });

  it('has no server-only code when the page has no data function', () => {
    const probe = classify('pages/about.jsx', "export default function About() { return '@about'; }\nexport const getInitialProps = () => '@initial';");
    expect(probe.serverOnly).toEqual([]);
    expect(probe.clientOnly).toEqual(['@about', '@initial']);
  });

  it('ignores re-exported data functions and exports with no local declaration', () => {
    const probe = classify('pages/other.js', "export { getStaticProps } from '../lib/props';\nimport { helper } from '../lib/helper';\nexport { helper as getServerSideProps };\nexport default () => '@page';");
    expect(probe.serverOnly).toEqual([]);
    expect(probe.clientOnly).toEqual(['@page']);
  });

  it('never marks code server-only outside a Next.js page', () => {
    const probe = classify('src/components/Pay.tsx', "export async function getServerSideProps() { return '@x'; }");
    expect(probe.serverOnly).toEqual([]);
  });
});
