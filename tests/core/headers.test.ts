import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { ESLintUtils } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { ALL_FILES } from '../fixtures/files.js';
import { headerIndex, headerNamePieces, headerNamesPattern, headerWriteListeners, isHeadersName, reportableHeadersPattern } from '../../src/core/sinks/headers.js';
import { CREDENTIAL_HEADERS, type HeaderInfo } from '../../src/core/credentials/vocabulary.js';

/** Every header write in `code`, as `via name=value` (value as source text). */
function writes(code: string, headers: readonly HeaderInfo[] = CREDENTIAL_HEADERS, headerMaps = false): string[] {
  const found: string[] = [];
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], defaultOptions: [], messages: {} },
    create(context) {
      return headerWriteListeners(context, headers, (write) => {
        found.push(`${write.via} ${write.name}=${context.sourceCode.getText(write.value)} [${write.info.name}] @${context.sourceCode.getText(write.nameNode)}`);
      }, { headerMaps });
    },
  });
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ALL_FILES,
        plugins: { t: { rules: { a: rule as unknown as import('eslint').Rule.RuleModule } } }, // RuleCreator-shaped rules are ESLint rules at run time
        rules: { 't/a': 'error' },
        languageOptions: { parser: tsParser },
      },
    ],
    { filename: 'src/app.ts' },
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return found;
}

const short = (list: string[]): string[] => list.map((w) => w.replace(/ \[.*$/u, ''));

describe('headerIndex / isHeadersName', () => {
  it('indexes names case-insensitively, first entry wins', () => {
    const index = headerIndex([{ name: 'X-Key', kind: 'secret' }, { name: ' x-key ', kind: 'identifier' }]);
    expect(index.get('x-key')?.kind).toBe('secret');
    expect(index.size).toBe(1);
  });
  it.each([
    ['headers', true], ['Headers', true], ['authHeaders', true], ['DEFAULT_HEADERS', true], ['setHeaders', true],
    ['reqheaders', false], ['expectedHeaders', false], ['responseHeaders', false], ['header', false], ['rawHeaders', false],
  ])('%s names headers being sent: %s', (name, expected) => {
    expect(isHeadersName(name)).toBe(expected);
  });
});

describe('headerNamePieces', () => {
  it('keeps the last `-` part of each name, the names with none whole, lower-cased, each piece once', () => {
    expect(headerNamePieces(['Authorization', 'X-API-Key', 'API-Key', ' X-VTEX-API-AppToken ', 'X-Auth-Token', 'apikey'])).toEqual([
      'authorization',
      '-key',
      '-apptoken',
      '-token',
      'apikey',
    ]);
  });

  it('drops a piece that holds another one', () => {
    expect(headerNamePieces(['X-Service-Token', 'token', 'X-Key'])).toEqual(['token', '-key']);
  });
});

describe('headerNamesPattern', () => {
  const pattern = headerNamesPattern(['Authorization', 'X-API-Key']);

  it('finds a `-` piece where a header name ends: before a quote, a backtick or `:`', () => {
    expect(pattern.test("headers: { 'X-API-Key': k }")).toBe(true);
    expect(pattern.test('headers: { "x-api-key": k }')).toBe(true);
    expect(pattern.test('const name = `${prefix}-Key`;')).toBe(true);
    expect(pattern.test("xhr.send('X-API-Key: ' + k)")).toBe(true);
    expect(pattern.test("headers: { 'X-API-\u212Aey': k }")).toBe(true);
  });

  it('does not take a `-` piece inside a longer word, a JSX attribute or a comment', () => {
    expect(pattern.test('<li data-key={id} />')).toBe(false);
    expect(pattern.test('// tslint:disable:no-var-keyword')).toBe(false);
    expect(pattern.test('<Field key="custom-key-2" />')).toBe(false);
  });

  it('takes a name without `-` anywhere, identifiers included', () => {
    expect(pattern.test('headers: { Authorization: auth }')).toBe(true);
  });

  it('is one RegExp per set of pieces, whatever the names and their order', () => {
    expect(headerNamesPattern(['X-Auth-Key', 'authorization'])).toBe(pattern);
    expect(headerNamesPattern(['X-API-Token'])).not.toBe(pattern);
    expect(headerNamesPattern([]).test('Authorization')).toBe(false);
  });
});

describe('reportableHeadersPattern', () => {
  it('leaves identifiers out and is the pattern of the other names, one RegExp per list', () => {
    const headers: HeaderInfo[] = [
      { name: 'X-Shop-Id', kind: 'identifier' },
      { name: 'X-Shop-Secret', kind: 'secret' },
    ];
    const pattern = reportableHeadersPattern(headers);
    expect(pattern).toBe(headerNamesPattern(['X-Shop-Secret']));
    expect(pattern.test("headers: { 'X-Shop-Id': id }")).toBe(false);
    expect(pattern.test("headers: { 'X-Shop-Secret': s }")).toBe(true);
  });
});

describe('headerWriteListeners', () => {
  it('does nothing without headers', () => {
    expect(writes("fetch(u, { headers: { Authorization: 'x' } });", [])).toEqual([]);
  });

  it('finds object headers in request options, case-insensitively', () => {
    expect(
      writes(`
        fetch(url, { method: 'POST', headers: { authorization: a, 'Content-Type': 'json', 'X-API-KEY': b } });
        axios.get(url, { headers: { Authorization: c } as Record<string, string> });
        const api = axios.create({ baseURL, headers: { common: { 'Private-Token': d }, post: { apikey: e }, nested: { 'x-api-key': no } } });
        https.request({ host, headers: { 'x-auth-token': f } });
        const o = { [AUTH]: g, Authorization() {}, get Authorization() { return h; } };
        const AUTH = 'Authorization';
        got(url, { headers: { [AUTH]: i } });
      `),
    ).toEqual([
      'object authorization=a [Authorization] @authorization',
      "object X-API-KEY=b [X-API-Key] @'X-API-KEY'",
      'object Authorization=c [Authorization] @Authorization',
      "object Private-Token=d [Private-Token] @'Private-Token'",
      'object apikey=e [apikey] @apikey',
      "object x-auth-token=f [X-Auth-Token] @'x-auth-token'",
      'object Authorization=i [Authorization] @AUTH',
    ]);
  });

  it('follows constants, spreads, conditionals and shorthand', () => {
    expect(
      short(
        writes(`
          const BASE = { 'X-Api-Key': k1 };
          const AUTH = { Authorization: k2, ...BASE };
          const other = { Authorization: notHeaders };
          fetch(u, { headers: { ...AUTH, Accept: 'x' } });
          fetch(u, { headers: AUTH });
          const h = cond ? { Authorization: k3 } : other2 || { 'x-api-key': k4 };
          ky.post(u, { headers: h });
          const headers = { Authorization: k5 };
          request({ url, headers });
          let mutable = { Authorization: k6 }; mutable = {};
          fetch(u, { headers: mutable });
          fetch(u, { headers: { ...getHeaders(), ...{ 'X-Auth-Token': k7 } } });
        `),
      ),
    ).toEqual([
      'object Authorization=k2',
      'object X-Api-Key=k1',
      'object Authorization=k3',
      "object x-api-key=k4",
      'object Authorization=k5',
      'object X-Auth-Token=k7',
    ]);
  });

  it('finds Headers constructors, init arrays and set/append', () => {
    expect(
      short(
        writes(`
          const a = new Headers({ Authorization: v1 });
          const b = new Headers([['Authorization', v2], ['Accept', 'x'], ...PAIRS, [k], 'x', , [...x, y]]);
          const PAIRS = [['x-api-key', v3]];
          const h = new Headers();
          h.set('Authorization', v4);
          h.append('X-Api-Key', v5);
          myHeaders.append('authorization', v6);
          this.headers.set('Private-Token', v7);
          new HttpHeaders().set('Authorization', v8).set('x-api-key', v9);
          const hh = new HttpHeaders({ 'X-Auth-Token': v10 });
          fetch(u, { headers: [['Authorization', v11]] });
          new Headers(...args);
          new Other({ Authorization: no1 });
        `),
      ),
    ).toEqual([
      'object Authorization=v1',
      'headers-init-array Authorization=v2',
      'headers-init-array x-api-key=v3',
      'headers-set Authorization=v4',
      'headers-set X-Api-Key=v5',
      'headers-set authorization=v6',
      'headers-set Private-Token=v7',
      'headers-set x-api-key=v9',
      'headers-set Authorization=v8',
      'object X-Auth-Token=v10',
      'headers-init-array Authorization=v11',
    ]);
  });

  it('finds setRequestHeader, setHeader, header and superagent set', () => {
    expect(
      short(
        writes(`
          xhr.setRequestHeader('Authorization', v1);
          req.setHeader('x-api-key', v2);
          res.header('X-Auth-Token', v3);
          request.get(url).set('Authorization', v4).set({ 'X-Api-Key': v5, Accept: 'x' });
          request(app).post('/x').send(body).set('authorization', v6);
          const r = superagent.put(url);
          r.set('Private-Token', v7);
          const api = supertest(app);
          api.get('/me').set('X-Auth-Token', v8);
          this.request.del(u).set('apikey', v9);
          chai.request(app).get('/').set('authorization', v10);
          redis.get(key).set('Authorization', no9);
          other.get().set('Authorization', no10);
          params.set('apikey', no1);
          url.searchParams.set('api-key', no2);
          map.set('Authorization', no3);
          cache.get(key).set('Authorization', no4);
          store.set({ Authorization: no5 });
          form.append('apikey', no6);
          xhr.setRequestHeader('Accept', no7);
          xhr.setRequestHeader(...args);
          xhr.setRequestHeader('Authorization', ...rest);
          request.get(url).set(...rest);
          xhr.setRequestHeader(name, no8);
          obj['set'](k, v);
          fn(a, b);
        `),
      ),
    ).toEqual([
      'set-request-header Authorization=v1',
      'headers-set x-api-key=v2',
      'headers-set X-Auth-Token=v3',
      'superagent-set X-Api-Key=v5',
      'superagent-set Authorization=v4',
      'superagent-set authorization=v6',
      'superagent-set Private-Token=v7',
      'superagent-set X-Auth-Token=v8',
      'superagent-set apikey=v9',
      'superagent-set authorization=v10',
    ]);
  });

  it('finds defaults and member assignments into headers', () => {
    expect(
      short(
        writes(`
          axios.defaults.headers.common['Authorization'] = v1;
          axios.defaults.headers.Authorization = v2;
          api.defaults.headers.common.authorization = v3;
          config.headers['x-api-key'] = v4;
          headers.apikey ??= v5;
          axios.defaults.headers.common = { Authorization: v6 };
          this.headers = { 'X-Auth-Token': v7 };
          defaultHeaders = { 'Private-Token': v8 };
          instance.defaults.headers.post = { Authorization: v9 };
          req.headers.authorization += no1;
          obj.Authorization = no2;
          obj.common.Authorization = no3;
          a.b = c;
          x[k] = no4;
          other = { Authorization: no5 };
          [a] = b;
        `),
      ),
    ).toEqual([
      'defaults Authorization=v1',
      'defaults Authorization=v2',
      'defaults authorization=v3',
      'defaults x-api-key=v4',
      'defaults apikey=v5',
      'object Authorization=v6',
      'object X-Auth-Token=v7',
      'object Private-Token=v8',
      'object Authorization=v9',
    ]);
  });

  it('finds Object.assign into headers, class fields and header functions', () => {
    expect(
      short(
        writes(`
          Object.assign(headers, { Authorization: v1 }, ...more, EXTRA);
          const EXTRA = { 'x-api-key': v2 };
          Object.assign(config.headers, { 'X-Auth-Token': v3 });
          Object.assign(target, { Authorization: no1 });
          Object.assign(...all);
          class Client {
            private headers = { Authorization: v4 };
            static defaultHeaders: Record<string, string> = { 'Private-Token': v5 };
            other = { Authorization: no2 };
            declared?: string;
            getHeaders() { return { 'X-Api-Key': v6 }; }
            get authHeaders() { return cond ? { apikey: v7 } : {}; }
          }
          function authHeader() { if (!user) return; return { Authorization: v8 }; }
          const buildHeaders = () => ({ Authorization: v9 });
          const obj = { authHeader: function () { return { 'X-Auth-Token': v10 }; } };
          function getUser() { return { Authorization: no3 }; }
          const noName = [() => ({ Authorization: no4 })];
          export default function () { return { Authorization: no5 }; }
          const { a } = () => 1;
          [0].map(function authHeader() { const inner = () => { return { Authorization: no6 }; }; return inner; });
        `),
      ),
    ).toEqual([
      'object-assign Authorization=v1',
      'object-assign x-api-key=v2',
      'object-assign X-Auth-Token=v3',
      'object Authorization=v4',
      'object Private-Token=v5',
      'object X-Api-Key=v6',
      'object apikey=v7',
      'object Authorization=v8',
      'object Authorization=v9',
      'object X-Auth-Token=v10',
    ]);
  });

  it('skips assertions, expectations and reads', () => {
    expect(
      writes(`
        expect(req.headers).toEqual({ authorization: 'Bearer x' });
        expect(fetch).toHaveBeenCalledWith(url, expect.objectContaining({ headers: { Authorization: 'Bearer x' } }));
        expect(fetch).toHaveBeenCalledWith(url, { headers: new Headers({ Authorization: 'Bearer x' }) });
        assert.deepStrictEqual(opts, { headers: { 'x-api-key': 'k' } });
        sinon.assert.calledWith(stub, sinon.match({ headers: { Authorization: 'x' } }));
        expect(calls).toContainEqual(expect.arrayContaining([{ headers: { Authorization: 'x' } }]));
        expect(calls).custom(expect.anything({ headers: { Authorization: 'x' } }));
        sinon.assert.calledWith(stub, sinon.match.has('opts', { headers: { Authorization: 'x' } }));
        spy.calledWith(url, { headers: { Authorization: 'x' } });
        should(opts).have.properties({ headers: { Authorization: 'x' } });
        nock(api, { reqheaders: { authorization: 'Bearer x' } });
        const expectedHeaders = { Authorization: 'Bearer x' };
        if (req.headers.authorization === 'Bearer x') {}
        const token = headers.get('Authorization');
        h.startsWith('Bearer ');
        wrap({ headers: { Authorization: 'x' } }.headers);
        call(helper({ headers: { Authorization: 'x' } }));
      `),
    ).toEqual([
      "object Authorization='x' [Authorization] @Authorization",
      "object Authorization='x' [Authorization] @Authorization",
    ]);
  });

  it('reads plain, literal and computed keys alike, and skips private names', () => {
    expect(
      short(
        writes(`
          const KEY = 'x-api-key';
          fetch(u, { 'headers': { [KEY]: a } });
          class C {
            #headers = { Authorization: b };
            'authHeaders' = { Authorization: c };
            m() { this.#headers.Authorization = d; }
          }
        `),
      ),
    ).toEqual(['object x-api-key=a', 'object Authorization=c']);
  });

  it('caches the index per header list', () => {
    const list: HeaderInfo[] = [{ name: 'X-Key', kind: 'secret' }];
    expect(headerIndex(list)).toBe(headerIndex(list));
  });

  it('reports a constant reached twice once', () => {
    expect(
      short(
        writes(`
          const H = { Authorization: v };
          fetch(a, { headers: H });
          fetch(b, { headers: H });
          fetch(c, { headers: { ...H } });
        `),
      ),
    ).toEqual(['object Authorization=v']);
  });
});

describe('header maps (headerMaps: true)', () => {
  const maps = (code: string): string[] => short(writes(code, CREDENTIAL_HEADERS, true));

  it('emits an Authorization key or a listed `-` header of an object literal anywhere, once, at the end of the file', () => {
    expect(maps("export const API = { Authorization: a, 'X-API-Key': k, [`Proxy-Authorization`]: p };")).toEqual([
      'header-map Authorization=a',
      'header-map X-API-Key=k',
      'header-map Proxy-Authorization=p',
    ]);
    expect(maps("axios.get(url, { Authorization: a });\nlog({ 'x-auth-token': t });")).toEqual(['header-map Authorization=a', 'header-map x-auth-token=t']);
  });

  it('leaves a key a headers position reaches to that position, whichever comes first in the file', () => {
    expect(maps('const AUTH = { Authorization: a };\nfetch(url, { headers: AUTH });')).toEqual(['object Authorization=a']);
    expect(maps("fetch(url, { headers: { Authorization: a } });")).toEqual(['object Authorization=a']);
  });

  it('skips one-word names, identifiers, queries, bodies, headers not sent and assertions', () => {
    expect(maps("const o = { apikey: k, 'X-VTEX-API-AppKey': i, Accept: j };")).toEqual([]);
    expect(maps("axios.get(url, { params: { 'api-key': k } });\nconst body = { 'X-API-Key': k };\nx.data = { Authorization: a };")).toEqual([]);
    expect(maps("new URLSearchParams({ 'X-API-Key': k });\nconst responseHeaders = { 'X-Auth-Token': t } as const;")).toEqual([]);
    expect(maps('expect(sent).toEqual({ Authorization: a });')).toEqual([]);
  });

  it('is off unless asked for', () => {
    expect(short(writes('export const API = { Authorization: a };'))).toEqual([]);
  });
});
