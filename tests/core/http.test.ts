import { Linter, type Rule } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { describeCall, urlSinkOf, type HttpCall, type UrlSink } from '../../src/core/sinks/http.js';

interface Seen {
  calls: (Pick<HttpCall, 'client' | 'name' | 'kind' | 'urlIndex' | 'configIndex'> | undefined)[];
  sinks: (Pick<UrlSink, 'name' | 'kind'> | undefined)[];
}

/** Lints `code`, describing every call followed by a `call` comment and the sink of every `URL` string literal. */
function seen(code: string): Seen {
  const out: Seen = { calls: [], sinks: [] };
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
    create(context) {
      const marked = (node: TSESTree.Node): boolean =>
        context.sourceCode.getCommentsAfter(node).some((c) => c.value.trim() === 'call');
      const call = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
        if (!marked(node)) return;
        const d = describeCall(node, context.sourceCode.getScope(node));
        out.calls.push(d && { client: d.client, name: d.name, kind: d.kind, urlIndex: d.urlIndex, configIndex: d.configIndex });
      };
      return {
        CallExpression: call,
        NewExpression: call,
        Literal(node: TSESTree.Literal) {
          if (node.value !== 'URL') return;
          const sink = urlSinkOf(node, context.sourceCode.getScope(node));
          out.sinks.push(sink && { name: sink.name, kind: sink.kind });
        },
      };
    },
  });
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [
    {
      files: ['**/*.ts'],
      plugins: { t: { rules: { probe: rule as unknown as Rule.RuleModule } } }, // RuleCreator-shaped rule, an ESLint rule at run time
      rules: { 't/probe': 'error' },
      languageOptions: { parser: tsParser as unknown as Linter.Parser }, // the TS parser is a Linter parser at run time
    },
  ], { filename: 'probe.ts' });
  expect(messages).toEqual([]);
  return out;
}

const req = (client: HttpCall['client'], name: string, urlIndex = 0, configIndex = 1): Seen['calls'][number] => ({ client, name, kind: 'request', urlIndex, configIndex });
const nav = (name: string, urlIndex = 0): Seen['calls'][number] => ({ client: 'navigation', name, kind: 'navigation', urlIndex, configIndex: -1 });

describe('describeCall', () => {
  it('recognises request, needle, undici and the app\'s own clients (issue 17)', () => {
    const { calls } = seen(`
      import request from 'request';
      import needle from 'needle';
      import { request as send, fetch as undiciFetch } from 'undici';
      import * as undici from 'undici';
      import api from './api';
      import { httpClient } from '@/lib/http';
      import { format } from './format';
      import apiFromPackage from 'some-api';
      request({ url: u, qs }) /* call */;
      needle('get', u, data) /* call */;
      needle.request('get', u, data, options) /* call */;
      needle.get(u, options) /* call */;
      needle.post(u, data, options) /* call */;
      send(u, { query }) /* call */;
      undiciFetch(u) /* call */;
      undici.request(u, { query }) /* call */;
      api({ url: u, params }) /* call */;
      api(u, { params }) /* call */;
      httpClient(u, { params }) /* call */;
      format(u, { params }) /* call */;
      apiFromPackage(u, { params }) /* call */;
    `);
    expect(calls).toEqual([
      req('superagent', 'request'),
      req('needle', 'needle', 1, 2),
      req('needle', 'needle.request', 1, 2),
      req('needle', 'needle.get', 0, -1),
      req('needle', 'needle.post', 0, 1),
      req('undici', 'send'),
      req('fetch', 'undiciFetch'),
      req('undici', 'undici.request'),
      req('generic', 'api', -1, 0),
      req('generic', 'api'),
      req('generic', 'httpClient'),
      undefined,
      undefined,
    ]);
  });

  it('recognises clients by import, require, factory and conventional name', () => {
    const { calls } = seen(`
      import axios from 'axios';
      import { ofetch } from 'ofetch';
      import ky from 'ky';
      const got = require('got');
      const api = axios.create({});
      const again = api.create();
      axios(u) /* call */;
      axios({ url: u }) /* call */;
      axios.post(u, body) /* call */;
      api.get(u) /* call */;
      again.delete(u) /* call */;
      got.post(u, {}) /* call */;
      ky.extend({}) /* call */;
      ofetch(u) /* call */;
      ofetch.create({}) /* call */;
      fetch(u) /* call */;
      window.fetch(u) /* call */;
      $fetch(u) /* call */;
      client.request({ url: u }) /* call */;
      client.request(u, {}) /* call */;
      this.http.put(u, body, {}) /* call */;
      navigator.sendBeacon(u) /* call */;
      new Request(u) /* call */;
    `);
    expect(calls).toEqual([
      req('axios', 'axios'),
      req('axios', 'axios', -1, 0),
      req('axios', 'axios.post', 0, 2),
      req('axios', 'api.get'),
      req('axios', 'again.delete'),
      req('got', 'got.post'),
      undefined,
      req('ofetch', 'ofetch'),
      undefined,
      req('fetch', 'fetch'),
      req('fetch', 'window.fetch'),
      req('ofetch', '$fetch'),
      req('generic', 'client.request', -1, 0),
      req('generic', 'client.request'),
      req('angular', 'this.http.put', 0, 2),
      req('fetch', 'navigator.sendBeacon', 0, -1),
      req('fetch', 'Request'),
    ]);
  });

  it('recognises jQuery, node http, XHR and leaves local look-alikes alone', () => {
    const { calls } = seen(`
      import https from 'node:https';
      import $ from 'jquery';
      $.ajax({ url: u }) /* call */;
      $.ajax(u, {}) /* call */;
      $.getJSON(u) /* call */;
      $.each(list) /* call */;
      $(sel) /* call */;
      https.get(u) /* call */;
      https.createServer() /* call */;
      http.request(u) /* call */;
      xhr.open('GET', u) /* call */;
      xhr.open(u) /* call */;
      dialog.open('modal', opts) /* call */;
      function local(fetch: (u: string) => void) { fetch(u) /* call */; }
      map.set(u, 1) /* call */;
      a.b.c.d.get(u) /* call */;
      (factory()).get(u) /* call */;
      obj[method](u) /* call */;
    `);
    expect(calls).toEqual([
      { client: 'jquery', name: '$.ajax', kind: 'request', urlIndex: -1, configIndex: 0 },
      { client: 'jquery', name: '$.ajax', kind: 'request', urlIndex: 0, configIndex: 1 },
      { client: 'jquery', name: '$.getJSON', kind: 'request', urlIndex: 0, configIndex: -1 },
      undefined,
      undefined,
      req('node-http', 'https.get'),
      undefined,
      req('node-http', 'http.request'),
      req('xhr', 'XMLHttpRequest.open', 1, -1),
      undefined,
      undefined,
      undefined,
      undefined,
      req('generic', '….d.get'),
      req('generic', 'get'),
      undefined,
    ]);
  });

  it('recognises navigations and sockets', () => {
    const { calls } = seen(`
      import { useRouter } from 'vue-router';
      location.assign(u) /* call */;
      window.location.replace(u) /* call */;
      window.open(u) /* call */;
      history.pushState(null, '', u) /* call */;
      router.push(u) /* call */;
      this.$router.replace(u) /* call */;
      useRouter().push(u) /* call */;
      navigate(u) /* call */;
      res.redirect(302, u) /* call */;
      NextResponse.redirect(u) /* call */;
      list.push(u) /* call */;
      new WebSocket(u) /* call */;
      new EventSource(u) /* call */;
      io(u, {}) /* call */;
      new Map() /* call */;
      new ns.WebSocket(u) /* call */;
    `);
    expect(calls).toEqual([
      nav('location.assign'),
      nav('window.location.replace'),
      nav('window.open'),
      nav('history.pushState', 2),
      nav('router.push'),
      nav('this.$router.replace'),
      nav('push'),
      nav('navigate'),
      nav('res.redirect', 1),
      nav('NextResponse.redirect'),
      undefined,
      { client: 'socket', name: 'WebSocket', kind: 'socket', urlIndex: 0, configIndex: 1 },
      { client: 'socket', name: 'EventSource', kind: 'socket', urlIndex: 0, configIndex: 1 },
      { client: 'socket', name: 'io', kind: 'socket', urlIndex: 0, configIndex: 1 },
      undefined,
      undefined,
    ]);
  });
});

describe('urlSinkOf', () => {
  it('follows wrappers, URL objects, config properties, assignments and variables', () => {
    const { sinks } = seen(`
      fetch('URL' as string);
      fetch(new URL('URL', base).toString());
      fetch(String(new URL('URL')).href);
      await axios({ url: 'URL' });
      location.href = 'URL';
      window.location = 'URL';
      img.src = 'URL';
      link.href = 'URL';
      const u = 'URL';
      new WebSocket(u);
      fetch(u);
      let v;
      v = 'URL';
      window.open(v);
      const w = cond ? 'URL' : other;
      fetch(w ?? 'URL');
      const jsx = 1;
      const x = 'URL';
      const unused = x;
      track({ url: 'URL' });
      const bag = { url: 'URL' };
      fetch('a', 'URL');
      new URL(base, 'URL');
      if ('URL' === s) {}
      const t = cond2 ? s : 'URL';
      fetch(t);
      x2.y = 'URL';
      fetch(\`\${'URL'}\`);
      fetch(- 'URL');
      fetch(('URL').length);
      fetch(('URL').toString);
    `);
    expect(sinks).toEqual([
      { name: 'fetch', kind: 'request' },
      { name: 'fetch', kind: 'request' },
      { name: 'fetch', kind: 'request' },
      { name: 'axios', kind: 'request' },
      { name: 'location.href', kind: 'navigation' },
      { name: 'location', kind: 'navigation' },
      { name: 'img.src', kind: 'request' },
      { name: 'link.href', kind: 'navigation' },
      { name: 'fetch', kind: 'request' },
      { name: 'window.open', kind: 'navigation' },
      { name: 'fetch', kind: 'request' },
      { name: 'fetch', kind: 'request' },
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      { name: 'fetch', kind: 'request' },
      undefined,
      { name: 'fetch', kind: 'request' },
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('names JSX sinks and keeps a socket when nothing else uses the URL', () => {
    const out: (string | undefined)[] = [];
    const rule = ESLintUtils.RuleCreator.withoutDocs({
      meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
      create(context) {
        return {
          Literal(node: TSESTree.Literal) {
            if (node.value === 'URL') out.push(urlSinkOf(node, context.sourceCode.getScope(node))?.name);
          },
          TemplateLiteral(node: TSESTree.TemplateLiteral) {
            if (node.parent.type === AST_NODE_TYPES.JSXExpressionContainer) out.push(urlSinkOf(node, context.sourceCode.getScope(node))?.name);
          },
        };
      },
    });
    const linter = new Linter({ configType: 'flat' });
    linter.verify(
      `const s = 'URL'; new WebSocket(s);\nconst a = <a href="URL" />;\nconst b = <img src={\`x\`} />;\nconst c = <div title={\`x\`} />;\nconst d = <Link to={\`x\`} />;\nconst e = <a {...p} data-x={\`y\`} />;`,
      [
        {
          files: ['**/*.tsx'],
          plugins: { t: { rules: { probe: rule as unknown as Rule.RuleModule } } }, // RuleCreator-shaped rule, an ESLint rule at run time
          rules: { 't/probe': 'error' },
          languageOptions: { parser: tsParser as unknown as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } }, // a Linter parser at run time
        },
      ],
      { filename: 'probe.tsx' },
    );
    expect(out).toEqual(['WebSocket', 'href attribute', 'src attribute', undefined, 'to attribute', undefined]);
  });
});
