import { describe, expect, it } from 'vitest';
import { QueryEntries, type QuerySource } from '../../../src/core/sinks/query-entries.js';
import { valuesOf } from '../../../src/core/values/resolver.js';
import { lintProbe } from '../probe.js';

/**
 * Every query source of `code`'s calls, `new` expressions and assignments, as
 * `sink (fallback): name=value-source, … [client]`.
 */
function sources(code: string): string[] {
  const out: string[] = [];
  lintProbe(code, (context) => {
    const queries = new QueryEntries(context.sourceCode, valuesOf(context));
    const record = (found: readonly QuerySource[]): void => {
      for (const { sink, fallbackSink, entries, client } of found) {
        const shown = entries.map((e) => `${e.name}=${e.value ? context.sourceCode.getText(e.value) : (e.parts ?? []).map((p) => (p.kind === 'text' ? p.value : '<hole>')).join('')}`);
        out.push(`${sink?.name ?? '?'} (${fallbackSink}): ${shown.join(', ')}${client ? ' [client]' : ''}`);
      }
    };
    return {
      CallExpression: (node) => {
        record(queries.ofCall(node));
      },
      NewExpression: (node) => {
        record(queries.ofNew(node));
      },
      AssignmentExpression: (node) => {
        record(queries.ofAssignment(node));
      },
    };
  });
  return out;
}

describe('QueryEntries', () => {
  it("reads client options that carry query parameters, through bindings, with the client's call", () => {
    expect(sources("import axios from 'axios';\nconst P = { access_token: t, page: 1 };\naxios.get(url, { params: P });")).toEqual([
      'axios.get (axios.get): access_token=t, page=1 [client]',
    ]);
    expect(sources("import got from 'got';\ngot(url, { searchParams: 'api_key=' + k });")).toEqual(['got (got): api_key=<hole> [client]']);
    expect(sources("import axios from 'axios';\naxios.create({ params: { api_key: k } });")).toEqual(['axios.create (request): api_key=k']);
  });

  it('does not read a member of a larger object as options', () => {
    expect(sources("import axios from 'axios';\nconst CONFIG = { req: { params: { access_token: t } } };\naxios.get(url, CONFIG.req);")).toEqual([]);
  });

  it('reads jQuery data only for GET', () => {
    expect(sources("$.ajax({ url, type: 'POST', data: { api_key: k } });\n$.ajax({ url, data: { api_key: k } });\n$.get(url, { api_key: k });")).toEqual([
      '$.ajax ($.ajax): api_key=k',
      '$.get ($.get): api_key=k',
    ]);
  });

  it('reads superagent .query() on a request chain, not on a nock mock', () => {
    expect(sources("request.get(url).set('x', 1).query({ api_key: k });\nnock(host).get('/x').query({ api_key: k });")).toEqual([
      'request.get().query (request): api_key=k',
    ]);
  });

  it('reads URLSearchParams with the set/append calls on its variable, where it reaches a URL', () => {
    const code = "const sp = new URLSearchParams({ a: '1' });\nsp.set('access_token', t);\nsp.append('k', v);\nconst u = new URL(base);\nu.search = sp.toString();\nfetch(u);";
    expect(sources(code)).toEqual(['fetch (URL.search): a=\'1\', access_token=t, k=v']);
  });

  it('reads url.searchParams.set on a URL that goes to a sink', () => {
    expect(sources("const u = new URL(base);\nu.searchParams.set('api_key', key);\nfetch(u);")).toEqual(['fetch (URL): api_key=key']);
  });

  it('reads request configs by name: config.params = {…}, config.params.key = v', () => {
    expect(sources('axios.defaults.params = { api_key: K };\nconfig.params.access_token = t;\nother.params = { api_key: K };')).toEqual([
      'axios.defaults.params (request): api_key=K',
      'config.params (request): access_token=t',
    ]);
  });

  it('reads the query option of sockets, made with `new` or by a call', () => {
    expect(sources('new WebSocket(url, { query: { token: t } });\nnew Thing(url, { query: { token: t } });')).toEqual(['WebSocket (WebSocket): token=t [client]']);
    expect(sources("import { io } from 'socket.io-client';\nio(url, { query: { token: t } });")).toEqual(['io (io): token=t [client]']);
  });
});
