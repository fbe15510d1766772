import { describe, expect, it } from 'vitest';
import { HeaderInsertion, headerPropertyText, tokenExpression } from '../../../src/core/fixes/header-insertion.js';
import { describeCall } from '../../../src/core/sinks/http.js';
import { QueryEntries } from '../../../src/core/sinks/query-entries.js';
import { unwrap } from '../../../src/core/values/static.js';
import { parseQuery } from '../../../src/core/values/url.js';
import { valuesOf } from '../../../src/core/values/resolver.js';
import { applied, lintProbe } from '../probe.js';

const HEADER = 'Authorization';

/**
 * For every request in `code`: its URL's first parameter with a hole moved to the Authorization
 * header (`fromUrl`), and every entry of its `params` option moved (`fromParams`). Each move gives
 * the code after it, and the host it reports.
 */
function moves(code: string): { output: string; host: string | undefined }[] {
  const messages = lintProbe(code, (context) => {
    const values = valuesOf(context);
    const fixes = new HeaderInsertion(context.sourceCode, values);
    const queries = new QueryEntries(context.sourceCode, values);
    return {
      CallExpression(call) {
        const scope = context.sourceCode.getScope(call);
        const described = describeCall(call, scope);
        if (!described) return;
        const url = call.arguments[described.urlIndex];
        const param = url ? parseQuery(values.parts(url)).params.find((p) => p.value.some((v) => v.kind === 'hole')) : undefined;
        const sink = { name: described.name, kind: described.kind, client: described.client, call };
        const fromUrl = url && param ? fixes.fromUrl(unwrap(url), param, HEADER, sink) : undefined;
        if (fromUrl) context.report({ node: call, messageId: 'probe', data: { text: fromUrl.host ?? '-' }, fix: fromUrl.apply });
        for (const { entries, client } of queries.ofClientCall(call, described, scope)) {
          for (const entry of entries.filter((e) => e.name === 'access_token')) {
            const move = client && fixes.fromParams(client.call, client.described, client.config, entry, HEADER);
            if (move) context.report({ node: entry.node, messageId: 'probe', data: { text: move.host ?? '-' }, fix: move.apply });
          }
        }
      },
    };
  });
  return messages.map((m) => ({ output: applied(code, m.fix), host: m.message === '-' ? undefined : m.message }));
}

describe('HeaderInsertion', () => {
  it('moves a URL parameter of fetch into a new options argument, and says the host', () => {
    expect(moves('fetch(`https://api.mercadopago.com/v1/me?access_token=${encodeURIComponent(token)}&page=2`);')).toEqual([
      // the URL is rebuilt from its own syntax, a header value is not URL-encoded
      { output: "fetch('https://api.mercadopago.com/v1/me?page=2', { headers: { Authorization: `Bearer ${token}` } });", host: 'api.mercadopago.com' },
    ]);
  });

  it("adds the header to the call's options: into headers, a new headers, after the body, or after an undefined body", () => {
    expect(moves("fetch(url + '?access_token=' + t, { method: 'GET', headers: { Accept: 'x' } });")[0]?.output).toBe(
      "fetch(`${url}`, { method: 'GET', headers: { Accept: 'x', Authorization: `Bearer ${t}` } });",
    );
    expect(moves("import axios from 'axios';\naxios.get(`/me?access_token=${t}`, {});")[0]?.output).toBe(
      "import axios from 'axios';\naxios.get('/me', { headers: { Authorization: `Bearer ${t}` } });",
    );
    expect(moves("import axios from 'axios';\naxios.post(`/me?access_token=${t}`, body);")[0]?.output).toBe(
      "import axios from 'axios';\naxios.post('/me', body, { headers: { Authorization: `Bearer ${t}` } });",
    );
    expect(moves("import axios from 'axios';\naxios.post(`/me?access_token=${t}`);")[0]?.output).toBe(
      "import axios from 'axios';\naxios.post('/me', undefined, { headers: { Authorization: `Bearer ${t}` } });",
    );
  });

  it('makes no edit it cannot make safely: a spread or computed options object, a header already there, a URL not written in place', () => {
    expect(moves("fetch(url + '?access_token=' + t, { ...init });")).toEqual([]);
    expect(moves("fetch(url + '?access_token=' + t, { headers: { authorization: 'x' } });")).toEqual([]);
    expect(moves("fetch(url + '?access_token=' + t, init);")).toEqual([]);
    expect(moves("const u = url + '?access_token=' + t;\nfetch(u);")).toEqual([]);
  });

  it('moves an axios params entry into headers, removing it with its comma or leaving {}', () => {
    const last = "import axios from 'axios';\naxios.get('https://api.mercadolibre.com/x', { params: { page: 2, access_token: token }, headers: {} });";
    expect(moves(last)).toEqual([
      { output: "import axios from 'axios';\naxios.get('https://api.mercadolibre.com/x', { params: { page: 2 }, headers: { Authorization: `Bearer ${token}` } });", host: 'api.mercadolibre.com' },
    ]);
    const first = "import axios from 'axios';\naxios.get(url, { params: { access_token: token, /* next */ page: 2 } });";
    expect(moves(first).map((m) => m.output)).toEqual([
      "import axios from 'axios';\naxios.get(url, { params: { /* next */ page: 2 }, headers: { Authorization: `Bearer ${token}` } });",
    ]);
    expect(moves("import axios from 'axios';\naxios({ url: `https://api.mercadolibre.com/x`, params: { access_token: token } });")).toEqual([
      { output: "import axios from 'axios';\naxios({ url: `https://api.mercadolibre.com/x`, params: {}, headers: { Authorization: `Bearer ${token}` } });", host: 'api.mercadolibre.com' },
    ]);
  });

  it('writes header properties and header values', () => {
    expect(headerPropertyText('Authorization', 'tok')).toBe('Authorization: `Bearer ${tok}`');
    expect(headerPropertyText('X-API-Key', 'key')).toBe("'X-API-Key': key");
    lintProbe('f(encodeURIComponent(a), encodeURIComponent(...b), a);', (context) => ({
      CallExpression(node) {
        if (node.arguments.length !== 3) return;
        expect(node.arguments.map((arg) => context.sourceCode.getText(tokenExpression(arg)))).toEqual(['a', 'encodeURIComponent(...b)', 'a']);
      },
    }));
  });
});
