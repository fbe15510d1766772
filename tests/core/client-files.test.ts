import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import vueParser from 'vue-eslint-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyFile, type FileClassification } from '../../src/core/files/client-files.js';
import { ALL_FILES } from '../fixtures/files.js';

interface Probe {
  classification?: FileClassification;
  serverOnly: string[];
  clientOnly: string[];
}

/** Lints `code` as `filename` with a probe rule that records the classification, and which string literals are server-only. */
function classify(filename: string, code: string, settings: Record<string, unknown> = {}, cwd?: string): Probe {
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
  const linter = new Linter({ configType: 'flat', ...(cwd === undefined ? {} : { cwd }) });
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
    // Expo Router's server files, Angular's environment files, the static files a backend serves (issue 16)
    ['app/api/checkout+api.ts', 'export function POST() {}', ['server', 'framework', "this is an Expo Router API route ('checkout+api.ts')"]],
    ['app/+html.tsx', '', ['server', 'framework', "this is the Expo Router HTML template ('+html.tsx'), rendered at build time"]],
    ['src/environments/environment.prod.ts', 'export const environment = { production: true };', ['client', 'framework', "this is an Angular environment file ('environment.prod.ts'), compiled into the browser bundle"]],
    ['apps/shop/src/environments/environment.development.ts', '', ['client', 'framework', "this is an Angular environment file ('environment.development.ts'), compiled into the browser bundle"]],
    ['src/environments/config.ts', '', ['client', 'path', "the path has a 'environments/' folder"]],
    ['wwwroot/js/site.js', '', ['client', 'framework', "the file is under 'wwwroot/', the static files an ASP.NET app serves to browsers"]],
    ['src/main/resources/static/js/checkout.js', '', ['client', 'framework', "the file is under 'src/main/resources/static/', the static files a Spring Boot app serves to browsers"]],
    ['assets/js/cart.js', '', ['client', 'framework', "the file is under 'assets/js/', the site's browser scripts"]],
    ['app/assets/javascripts/cart.js', '', ['client', 'framework', "the file is under 'assets/javascripts/', the site's browser scripts"]],
    ['app/javascript/controllers/checkout_controller.js', '', ['client', 'framework', "the file is under 'app/javascript/', the browser scripts of a Rails app"]],
    ['resources/js/app.js', '', ['client', 'framework', "the file is under 'resources/js/', the browser scripts of a Laravel app"]],
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
    ['src/server.ts', "import { AngularNodeAppEngine } from '@angular/ssr/node';\nimport express from 'express';", ['server', 'import', "this file imports '@angular/ssr/node'"]],
    ['plugins/withStripe.js', "const { withAndroidManifest } = require('expo/config-plugins');", ['server', 'import', "this file imports 'expo/config-plugins'"]],
    ['src/push.ts', "import { Expo } from 'expo-server-sdk';", ['server', 'import', "this file imports 'expo-server-sdk'"]],
    ['src/setupProxy.js', "const { createProxyMiddleware } = require('http-proxy-middleware');", ['server', 'import', "this file imports 'http-proxy-middleware'"]],
    // test helpers and entries never ship, whatever else they import (a server import still says server)
    ['src/test-utils.tsx', "import { render } from '@testing-library/react';\nimport { useState } from 'react';", ['unknown', 'test', "this file imports '@testing-library/react', a test library: test code does not ship"]],
    ['src/test.ts', "import 'zone.js/testing';\nimport { getTestBed } from '@angular/core/testing';", ['unknown', 'test', "this file imports 'zone.js/testing', a test library: test code does not ship"]],
    ['src/msw.ts', "import { setupServer } from 'msw/node';\nimport { readFileSync } from 'node:fs';", ['server', 'import', "this file imports 'node:fs'"]],
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
    // a browser extension's scripts; jQuery in a page script
    ['userscripts/helper.user.js', "GM_xmlhttpRequest({ method: 'GET', url });", ['client', 'code', "this file uses the browser global 'GM_xmlhttpRequest'"]],
    ['extension/content.js', "chrome.storage.local.get(['user'], show);", ['client', 'code', "this file uses the browser extension API 'chrome.storage'"]],
    ['extension/bg.js', 'browser.runtime.onMessage.addListener(handle);', ['client', 'code', "this file uses the browser extension API 'browser.runtime'"]],
    ['js/app.js', '$(function () { init(); });', ['client', 'code', "this file uses jQuery ('$')"]],
    ['js/app.js', "jQuery('#pay').on('click', pay);", ['client', 'code', "this file uses jQuery ('jQuery')"]],
    ['js/app.js', "$.ajax({ url: '/api' });", ['client', 'code', "this file uses jQuery ('$')"]],
    ['js/app.js', 'function show() { $(this).show(); }', ['client', 'code', "this file uses jQuery ('$')"]],
    ['js/app.js', "import $ from 'jquery';\n$(init);", ['client', 'import', "this file imports 'jquery'"]],
    ['src/app.ts', "import { Capacitor } from '@capacitor/core';", ['client', 'import', "this file imports '@capacitor/core'"]],
    // look-alikes: WebdriverIO's and Nightwatch's \`browser\`, zx's \`$\`, cheerio's \`$\`, a local \`chrome\`, an unknown chrome API
    ['lib/login.js', "browser.url('/login');\nbrowser.cookies.get();\nbrowser.windows;", ['unknown', 'none', 'no signal says where this file runs']],
    ['deploy.mjs', "await $`git push`;\n$.verbose = true;\nconst cd = $({ cwd: dir });\n$(opts);", ['unknown', 'none', 'no signal says where this file runs']],
    ['lib/scrape.js', "const $ = load(html);\n$('a').each(visit);\nconst chrome = launch();\nchrome.runtime;", ['unknown', 'none', 'no signal says where this file runs']],
    ['lib/launch.js', 'chrome.kill();\nchrome.port;', ['unknown', 'none', 'no signal says where this file runs']],
    ['src/util.js', 'export const u = process.env.VUE_APP_API;', ['client', 'code', "this file reads 'VUE_APP_' variables, which only a browser build provides"]],
    ['src/util.js', 'export const u = [process.env.API, process.env, process.env[key]];', ['unknown', 'none', 'no signal says where this file runs']],
    ['src/util.ts', "export const u = import.meta.env['EXPO_PUBLIC_X'];", ['client', 'code', "this file reads 'EXPO_PUBLIC_' variables, which only a browser build provides"]],
    ['src/util.ts', "const s = 'import.meta.env.VITE_X';\nexport const u = [import.meta.env.MODE, import.meta.url];", ['unknown', 'none', 'no signal says where this file runs']],
    // Angular classes, whose decorators may come through a barrel; NestJS and Stencil decorators look alike
    ['src/app/checkout/checkout.component.ts', "import { Component } from '../shared';\n@Component({ selector: 'app-checkout', templateUrl: './checkout.component.html' })\nexport class CheckoutComponent {}", ['client', 'code', 'this file declares an Angular component (@Component)']],
    ['libs/checkout/pay.ts', "import { Component } from '../shared';\n@Component({ selector: 'app-pay', template: '' })\nexport class PayComponent {}", ['client', 'code', 'this file declares an Angular component (@Component)']],
    ['libs/checkout/cart.ts', "import { Injectable } from '../shared';\n@Injectable({ providedIn: 'root' })\nexport class CartService {}", ['client', 'code', 'this file declares an Angular service (@Injectable)']],
    ['libs/checkout/money.ts', "@Pipe({ name: 'money', standalone: true })\nexport default class MoneyPipe {}", ['client', 'code', 'this file declares an Angular pipe (@Pipe)']],
    ['libs/checkout/module.ts', '@Other()\n@NgModule({ declarations: [] })\nclass CheckoutModule {}', ['client', 'code', 'this file declares an Angular module (@NgModule)']],
    ['libs/checkout/focus.ts', "@Directive({ selector: '[appFocus]' })\nexport class FocusDirective {}", ['client', 'code', 'this file declares an Angular directive (@Directive)']],
    ['src/lib/cart.js', 'class Cart {}\nexport default class Order {}\nexport class Line {}', ['unknown', 'none', 'no signal says where this file runs']],
    ['src/orders/orders.repo.ts', "@Injectable({ scope: Scope.REQUEST })\nexport class OrdersRepo {}\n@Component({ tag: 'my-pay' })\nexport class MyPay {}\n@Component\nclass Bare {}\n@Component({ ['selector']: 'x', ...rest })\nclass Computed {}\n@ns.Component({ selector: 'x' })\nclass Member {}", ['unknown', 'none', 'no signal says where this file runs']],
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

describe('classifyFile: server evidence beats assume (issue 19)', () => {
  const client = { credentials: { assume: 'client' } };

  it('reads a node built-in through the interop helpers of TypeScript, Babel, SWC and esbuild', () => {
    const reason = "this file imports 'crypto'";
    for (const load of [
      'const crypto_1 = __importDefault(require("crypto"));',
      'const crypto_1 = tslib_1.__importDefault(require("crypto"));',
      'const crypto_1 = (0, tslib_1.__importStar)(require("crypto"));',
      'var _crypto = _interopRequireDefault(require("crypto"));',
      'var _crypto = (0, _interopRequireDefault.default)(require("crypto"));',
      'var _crypto = _interop_require_wildcard(require("crypto"));',
      'var import_crypto = __toESM(require("crypto"), 1);',
    ]) {
      // strong evidence: it beats a client path segment too
      expect(side('lib/webhooks/client/webhooks.js', load, client)).toEqual(['server', 'import', reason]);
    }
    // any other wrapper is not an interop helper
    expect(side('lib/webhooks/hooks.js', 'const crypto_1 = wrap(require("crypto"));', client)).toEqual(['client', 'assume', "settings.credentials.assume is 'client'"]);
  });

  it('takes a server SDK import as server evidence only where no signal says client', () => {
    const sdk = "const { Client } = require('@sendgrid/client');\nmodule.exports = { Client };";
    expect(side('src/classes/mail-service.js', sdk, client)).toEqual([
      'server',
      'import',
      "this file imports '@sendgrid/client', a server SDK, and nothing marks it as client code",
    ]);
    expect(side('build/clients/affiliate.js', "import { JanusClient } from '@vtex/api/clients';", client)[0]).toBe('server');
    // client evidence wins: a client path, a React hook, a browser global
    expect(side('src/components/Pay.jsx', "import Stripe from 'stripe';", client)).toEqual(['client', 'path', "the path has a 'components/' folder"]);
    expect(side('src/lib/pay.ts', "import Stripe from 'stripe';\nimport { useState } from 'react';", client)[0]).toBe('client');
    expect(side('src/lib/pay.js', "import Stripe from 'stripe';\nwindow.pay = () => {};", client)[0]).toBe('client');
    // a type-only import of the SDK brings nothing
    expect(side('src/lib/pay.ts', "import type Stripe from 'stripe';", client)[0]).toBe('client');
  });

  it('takes a type from a server package as server evidence', () => {
    const code = "import type { NextRequest } from 'next/server';\nexport const read = (req: NextRequest) => req.cookies;";
    expect(side('src/jwt/index.ts', code, client)).toEqual(['server', 'import', "this file takes types from 'next/server', a server package"]);
    // a type from a browser package, or from the project's own modules, says nothing
    expect(side('src/jwt/index.ts', "import type { Router } from 'vue-router';", client)[0]).toBe('client');
    expect(side('src/trpc.ts', "import type { AppRouter } from '../server/router';", client)[0]).toBe('client');
  });

  it('takes a CommonJS module with no browser build around it as server evidence', () => {
    const reason = 'this file is a CommonJS module (module.exports, exports.x) of a package with no browser build';
    expect(side('samples/Common/payPalClient.js', 'function client() {}\nmodule.exports = { client };', client)).toEqual(['server', 'code', reason]);
    expect(side('build/src/auth/supplier.js', 'Object.defineProperty(exports, "__esModule", { value: true });', client)).toEqual(['server', 'code', reason]);
    expect(side('build/src/auth/supplier.js', 'exports.A = exports.B = void 0;', client)).toEqual(['server', 'code', reason]);
    expect(side('lib/index.js', 'module.exports.handler = () => {};', client)).toEqual(['server', 'code', reason]);
    // an ES module, or CommonJS in a client folder, is not
    expect(side('lib/index.js', 'export const handler = () => {};', client)[0]).toBe('client');
    expect(side('public/js/app.js', 'module.exports = {};', client)[0]).toBe('client');
    // a local `exports` object assigned whole is not CommonJS
    expect(side('lib/index.js', 'let exports;\nexports = {};', client)[0]).toBe('client');
  });

  it('only changes unknown files into server files without assume', () => {
    expect(side('samples/Common/payPalClient.js', 'module.exports = {};')[0]).toBe('server');
    expect(side('lib/index.js', 'export const x = 1;')).toEqual(['unknown', 'none', 'no signal says where this file runs']);
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

describe('classifyFile: the project around the file (its nearest package.json)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'credentials-projects-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  /** Writes `files` (empty modules: the code under test is linted from the test) and a package.json, when given, under `root/name`. */
  function project(name: string, manifest: unknown, files: readonly string[]): void {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    if (manifest !== undefined) writeFileSync(path.join(dir, 'package.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
    for (const file of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), 'export {};\n');
    }
  }

  /** Classifies `root/file` linted from `root`, as ESLint run at the top of a repository would. */
  const sideIn = (file: string, code = 'export const x = 1;'): [string, string, string] => {
    const { classification } = classify(path.join(root, file), code, {}, root);
    if (!classification) throw new Error('not classified, or not cached');
    return [classification.side, classification.signal, classification.reason];
  };

  const deps = (...names: string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, '*']));

  project('ng-shop', { dependencies: deps('@angular/core', '@angular/ssr', 'express') }, [
    'src/app/checkout/checkout.component.ts',
    'src/app/services/payment.service.ts',
    'src/app/models/order.ts',
    'src/environments/environment.prod.ts',
    'src/main.server.ts',
    'src/server.ts',
    'server.ts',
    'src/test.ts',
    'src/app/app.config.ts',
    'projects/admin/src/app/admin.ts',
    'tools/release.ts',
  ]);
  project('nx', { devDependencies: deps('@angular/core', '@nestjs/core', 'nx') }, [
    'apps/shop/src/app/cart.component.ts',
    'apps/orders/src/app/orders.service.ts',
    'libs/shared/src/lib/money.ts',
  ]);
  project('vite-shop', { dependencies: deps('react', 'react-dom'), devDependencies: deps('vite', '@vitejs/plugin-react') }, [
    'legacy/widget.js',
    'src/lib/payments.ts',
    'src/app/store.ts',
    'src/pages/Checkout.tsx',
    'src/deep/er/still.ts',
    'src/scripts/seed.ts',
    'src/server/api.ts',
    'src/entry-server.tsx',
    'src/worker.ts',
    'main.ts',
    'sub/src/cut.ts',
    'sub/eslint.config.js',
    'packages/broken/src/x.ts',
  ]);
  project('vite-shop/packages/broken', '{ "dependencies": { "vite": ', []);
  project('vite-vanilla', { devDependencies: deps('vite') }, ['index.html', 'src/counter.ts']);
  project('vite-node-lib', { devDependencies: deps('vite', 'vitest'), dependencies: deps('commander') }, ['src/cli.ts']);
  project('fullstack', { dependencies: deps('react', 'express'), devDependencies: deps('vite') }, ['src/lib/pay.ts', 'src/client/pay.ts']);
  project('cf-app', { dependencies: deps('react'), devDependencies: deps('vite', 'wrangler') }, ['src/worker/index.ts', 'src/App.tsx']);
  project('cra', { dependencies: deps('react', 'react-scripts') }, ['src/services/github.js', 'src/setupProxy.js']);
  project('gatsby', { dependencies: deps('gatsby', 'react') }, ['src/api/checkout.js', 'src/templates/product.js']);
  project('vue-cli', { devDependencies: deps('@vue/cli-service') }, ['src/api/payments.js']);
  project('parcel-app', { devDependencies: deps('parcel') }, ['src/index.html', 'src/pay.js']);
  project('webpack-app', { devDependencies: deps('webpack', 'html-webpack-plugin') }, ['src/pay.js']);
  project('webpack-lib', { devDependencies: deps('webpack') }, ['src/pay.js']);
  project('webpack-ssr', { dependencies: deps('react', 'react-dom'), devDependencies: deps('webpack') }, ['src/pay.js']);
  project('expo-app', { dependencies: deps('expo', 'react-native', 'react') }, [
    'App.tsx',
    'app/(tabs)/index.tsx',
    'app/api/pay+api.ts',
    'app.config.ts',
    'plugins/withPay.js',
    'scripts/reset-project.js',
    'constants/Keys.ts',
  ]);
  project('rn-app', { dependencies: deps('react-native') }, ['src/api/client.ts']);
  project('next-app', { dependencies: deps('next', 'react') }, ['app/page.tsx', 'src/lib/pay.ts']);
  project('sveltekit', { devDependencies: deps('@sveltejs/kit', 'vite', 'svelte') }, ['src/lib/pay.ts']);
  project('electron-app', { dependencies: deps('electron', 'react'), devDependencies: deps('vite') }, ['src/main/index.ts']);
  project('gateway/packages/client', { name: '@acme/client', dependencies: deps('fastify', 'graphql-request') }, [
    'src/client.ts',
    'client/index.ts',
    'public/js/checkout.js',
    'src/public/app.js',
    'src/routes/public/orders.ts',
    'src/environments/environment.ts',
  ]);
  project('no-manifest', undefined, ['src/lib/pay.ts']);

  const server = (dependency: string): [string, string, string] => ['server', 'project', `the package is a server: its package.json depends on '${dependency}' and on no browser build`];

  it.each([
    // Angular: src/** and its file kinds, but not its server entries and test entry
    ['ng-shop/src/app/checkout/checkout.component.ts', ['client', 'project', "this is an Angular component ('checkout.component.ts') of an Angular project"]],
    ['ng-shop/src/app/services/payment.service.ts', ['client', 'project', "this is an Angular service ('payment.service.ts') of an Angular project"]],
    ['ng-shop/src/app/models/order.ts', ['client', 'project', 'the file is under src/ of an Angular project']],
    ['ng-shop/src/app/app.config.ts', ['client', 'project', 'the file is under src/ of an Angular project']],
    ['ng-shop/projects/admin/src/app/admin.ts', ['client', 'project', 'the file is under src/ of an Angular project']],
    ['ng-shop/tools/release.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['ng-shop/src/environments/environment.prod.ts', ['client', 'framework', "this is an Angular environment file ('environment.prod.ts'), compiled into the browser bundle"]],
    ['ng-shop/src/main.server.ts', ['server', 'framework', "this is a server module ('main.server.ts')"]],
    ['ng-shop/src/server.ts', ['server', 'project', "this is a server entry ('server.ts') of an Angular project"]],
    ['ng-shop/server.ts', ['server', 'project', "this is a server entry ('server.ts') of an Angular project"]],
    // an Nx workspace with NestJS too: only the file kinds NestJS does not share
    ['nx/apps/shop/src/app/cart.component.ts', ['client', 'project', "this is an Angular component ('cart.component.ts') of an Angular project"]],
    ['nx/apps/orders/src/app/orders.service.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['nx/libs/shared/src/lib/money.ts', ['unknown', 'none', 'no signal says where this file runs']],
    // Vite: src/** unless a server convention says otherwise; the nearest package.json, up to the config file's folder
    ['vite-shop/src/lib/payments.ts', ['client', 'project', 'the file is under src/ of a Vite project']],
    ['vite-shop/src/app/store.ts', ['client', 'project', 'the file is under src/ of a Vite project']],
    ['vite-shop/src/pages/Checkout.tsx', ['client', 'project', 'the file is under src/ of a Vite project']],
    ['vite-shop/src/deep/er/still.ts', ['client', 'project', 'the file is under src/ of a Vite project']],
    ['vite-shop/src/scripts/seed.ts', ['server', 'path', "the path has a 'scripts/' folder"]],
    ['vite-shop/src/server/api.ts', ['server', 'framework', "the path has a 'server/' folder"]],
    ['vite-shop/src/entry-server.tsx', ['server', 'project', "this is a server entry ('entry-server.tsx') of a Vite project"]],
    ['vite-shop/main.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['vite-shop/sub/src/cut.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['vite-shop/packages/broken/src/x.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['vite-shop/src/ghost.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['vite-vanilla/src/counter.ts', ['client', 'project', 'the file is under src/ of a Vite project']],
    ['vite-node-lib/src/cli.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['fullstack/src/lib/pay.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['fullstack/src/client/pay.ts', ['client', 'path', "the path has a 'client/' folder"]],
    ['cf-app/src/worker/index.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['cf-app/src/App.tsx', ['client', 'project', 'the file is under src/ of a Vite project']],
    // the other browser builds
    ['cra/src/services/github.js', ['client', 'project', 'the file is under src/ of a Create React App project']],
    ['cra/src/setupProxy.js', ['server', 'project', "this is the development proxy ('setupProxy.js'), which runs in Node"]],
    ['gatsby/src/templates/product.js', ['client', 'project', 'the file is under src/ of a Gatsby project']],
    ['gatsby/src/api/checkout.js', ['server', 'project', 'this is a Gatsby Function (src/api/), which runs on the server']],
    ['vue-cli/src/api/payments.js', ['client', 'project', 'the file is under src/ of a Vue CLI project']],
    ['parcel-app/src/pay.js', ['client', 'project', 'the file is under src/ of a Parcel project']],
    ['webpack-app/src/pay.js', ['client', 'project', 'the file is under src/ of a webpack project']],
    ['webpack-lib/src/pay.js', ['unknown', 'none', 'no signal says where this file runs']],
    ['webpack-ssr/src/pay.js', ['unknown', 'none', 'no signal says where this file runs']],
    // Expo and React Native: every file of the app, but its server routes, build configuration and scripts
    ['expo-app/App.tsx', ['client', 'project', 'this file is part of an Expo app']],
    ['expo-app/app/(tabs)/index.tsx', ['client', 'project', 'this file is part of an Expo app']],
    ['expo-app/constants/Keys.ts', ['client', 'project', 'this file is part of an Expo app']],
    ['expo-app/app/api/pay+api.ts', ['server', 'framework', "this is an Expo Router API route ('pay+api.ts')"]],
    ['expo-app/app.config.ts', ['server', 'framework', "this is a build configuration file ('app.config.ts')"]],
    ['expo-app/plugins/withPay.js', ['server', 'project', "the path has a 'plugins/' folder at the app root: config plugins, which run at build time"]],
    ['expo-app/scripts/reset-project.js', ['server', 'path', "the path has a 'scripts/' folder"]],
    ['rn-app/src/api/client.ts', ['client', 'project', 'this file is part of a React Native app']],
    // frameworks with conventions of their own, and Electron: the project adds nothing
    ['next-app/app/page.tsx', ['server', 'framework', "this is a Next.js server component (under app/ without 'use client')"]],
    ['next-app/src/lib/pay.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['sveltekit/src/lib/pay.ts', ['unknown', 'none', 'no signal says where this file runs']],
    ['electron-app/src/main/index.ts', ['unknown', 'none', 'no signal says where this file runs']],
    // a server package (issue 19, class 6): its client/ folders are not browser code; its public/ files are
    ['gateway/packages/client/src/client.ts', server('fastify')],
    ['gateway/packages/client/client/index.ts', server('fastify')],
    ['gateway/packages/client/src/routes/public/orders.ts', server('fastify')],
    ['gateway/packages/client/src/environments/environment.ts', server('fastify')],
    ['gateway/packages/client/public/js/checkout.js', ['client', 'project', "the file is under 'public/', which the 'fastify' server hands to browsers as it is"]],
    ['gateway/packages/client/src/public/app.js', ['client', 'project', "the file is under 'src/public/', which the 'fastify' server hands to browsers as it is"]],
    ['no-manifest/src/lib/pay.ts', ['unknown', 'none', 'no signal says where this file runs']],
  ] as const)('%s', (file, expected) => {
    expect(sideIn(file)).toEqual(expected);
  });

  it('lets stronger signals decide first: imports, code, directives', () => {
    expect(sideIn('vite-shop/src/lib/payments.ts', "import Stripe from 'stripe';\nimport { Pool } from 'pg';")).toEqual(['server', 'import', "this file imports 'pg'"]);
    expect(sideIn('gateway/packages/client/public/js/checkout.js', "document.querySelector('#pay');")).toEqual(['client', 'code', "this file uses the browser global 'document'"]);
    expect(sideIn('gateway/packages/client/src/client.ts', "'use client';")).toEqual(['client', 'directive', "this file starts with 'use client'"]);
    expect(sideIn('vite-shop/src/lib/payments.ts', "import { render } from '@testing-library/react';")[1]).toBe('test');
    // an Expo app's build configuration reads EXPO_PUBLIC_ variables for the manifest: still build time
    expect(sideIn('expo-app/app.config.ts', 'export default { extra: { api: process.env.EXPO_PUBLIC_API_URL } };')).toEqual([
      'server',
      'framework',
      "this is a build configuration file ('app.config.ts')",
    ]);
  });

  it('takes CommonJS for server evidence against assume only in a package with no browser build (issue 19)', () => {
    const assumeClient = (file: string, code: string): string | undefined => classify(path.join(root, file), code, { credentials: { assume: 'client' } }, root).classification?.side;
    // a Vite app's file outside src/: its bundle may take CommonJS
    expect(assumeClient('vite-shop/legacy/widget.js', 'module.exports = { mount() {} };')).toBe('client');
    expect(assumeClient('no-manifest/src/lib/pay.ts', 'module.exports = { mount() {} };')).toBe('server');
  });

  it('with assume client, reads the project modules a file imports for a server import of theirs (issue 19)', () => {
    const dir = path.join(root, 'node-lib/credentials');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'certificate.js'), "import { readFile } from 'node:fs/promises';\nexport const load = (p) => readFile(p);\n");
    writeFileSync(path.join(dir, 'secret.js'), "import { logger } from './logging.js';\nexport const make = (s) => ({ s, logger });\n");
    writeFileSync(path.join(dir, 'logging.js'), "const { hostname } = require('os');\nexport const logger = hostname;\n");
    const code = "import { load } from './certificate.js';\nexport const secret = process.env.ACME_CLIENT_SECRET;";
    writeFileSync(path.join(dir, 'environment.js'), code);
    const file = path.join(dir, 'environment.js');
    const assumeClient = (source: string): FileClassification | undefined => classify(file, source, { credentials: { assume: 'client' } }, root).classification;
    expect(assumeClient(code)).toMatchObject({ side: 'server', signal: 'import', reason: "this file imports './certificate.js', which imports 'node:fs/promises'" });
    // one hop only, and a module that loads no server package says nothing
    expect(assumeClient("import { make } from './secret.js';\nexport const x = make(1);")).toMatchObject({ side: 'client', signal: 'assume' });
    // a module that is not there, or a package, is not read
    expect(assumeClient("import { a } from './missing.js';\nimport b from 'acme-sdk';\nexport const x = [a, b];")).toMatchObject({ side: 'client', signal: 'assume' });
    // without assume the imports are not read: the file is not client code either way
    expect(classify(file, code, {}, root).classification).toMatchObject({ side: 'unknown', signal: 'none' });
  });

  it('sees a package.json that changed, appeared or went away, by its mtime and its folder’s', () => {
    project('moving', { dependencies: deps('react'), devDependencies: deps('vite') }, ['src/pay.ts', 'shop/src/pay.ts']);
    const manifest = path.join(root, 'moving/package.json');
    expect(sideIn('moving/src/pay.ts')).toEqual(['client', 'project', 'the file is under src/ of a Vite project']);
    expect(sideIn('moving/shop/src/pay.ts')).toEqual(['unknown', 'none', 'no signal says where this file runs']);
    // the same size and a new mtime: read again
    writeFileSync(manifest, JSON.stringify({ dependencies: deps('koa') }).padEnd(JSON.stringify({ dependencies: deps('react'), devDependencies: deps('vite') }).length));
    utimesSync(manifest, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(sideIn('moving/src/pay.ts')).toEqual(server('koa'));
    expect(sideIn('moving/shop/src/pay.ts')).toEqual(server('koa'));
    // a package.json appears in a folder that had none
    writeFileSync(path.join(root, 'moving/shop/package.json'), JSON.stringify({ dependencies: deps('react-scripts') }));
    utimesSync(path.join(root, 'moving/shop'), new Date(2002, 1, 1), new Date(2002, 1, 1));
    expect(sideIn('moving/shop/src/pay.ts')).toEqual(['client', 'project', 'the file is under src/ of a Create React App project']);
    // and goes away: the parent's counts again
    rmSync(path.join(root, 'moving/shop/package.json'));
    expect(sideIn('moving/shop/src/pay.ts')).toEqual(server('koa'));
    // a folder that went away has no project
    rmSync(path.join(root, 'moving'), { recursive: true });
    expect(sideIn('moving/src/pay.ts')).toEqual(['unknown', 'none', 'no signal says where this file runs']);
  });
});
