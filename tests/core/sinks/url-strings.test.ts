import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { UrlEvidence, isPublicKeyHost, isRoot } from '../../../src/core/sinks/url-evidence.js';
import { hostOf } from '../../../src/core/values/url.js';
import { UrlStrings } from '../../../src/core/sinks/url-strings.js';
import type { StringPart } from '../../../src/core/values/static.js';
import { valuesOf } from '../../../src/core/values/resolver.js';
import { lintProbe } from '../probe.js';

/** What `UrlStrings.read` gives at each string root of `code`, every parameter kept: `name=value …; spliced N; sink`. */
function reads(code: string): string[] {
  const out: string[] = [];
  lintProbe(code, (context) => {
    const strings = new UrlStrings<string>(context.sourceCode, valuesOf(context), {
      text: (name, text) => `${name}=${text}`,
      param: (param) => `${param.name}=${param.value.map((p) => (p.kind === 'text' ? p.value : '<hole>')).join('')}`,
    });
    const check = (node: TSESTree.Node): void => {
      if (!isRoot(node)) return;
      const read = strings.read(node);
      if (read) out.push(`${read.kept.join(' ')}; spliced ${String(read.spliced.length)}; ${read.sink()?.name ?? 'no sink'}${read.startInQuery ? '; in query' : ''}`);
    };
    return {
      Literal: (node) => {
        if (typeof node.value === 'string') check(node);
      },
      TemplateLiteral: check,
      BinaryExpression: (node) => {
        if (node.operator === '+') check(node);
      },
    };
  });
  return out;
}

const text = (value: string): StringPart => ({ kind: 'text', value, node: { type: AST_NODE_TYPES.Literal } as TSESTree.Node });

describe('UrlStrings', () => {
  it('reads the query of strings with holes and of known text, and where the URL goes', () => {
    expect(reads("fetch('https://api.example.com/me?access_token=' + token + '&page=2');")).toEqual(['access_token=<hole> page=2; spliced 0; fetch']);
    expect(reads("const BASE = 'https://api.example.com/v1';\nconst URL_1 = BASE + '/me?api_key=K1';\naxios.get(URL_1 + '&x=1');")).toEqual([
      'api_key=K1; spliced 0; axios.get', // through URL_1 to its use
      'api_key=K1 x=1; spliced 0; axios.get',
    ]);
  });

  it('reports query objects spliced after ? or &', () => {
    expect(reads("fetch(url + '?' + new URLSearchParams(params));")).toEqual(['; spliced 1; fetch']);
  });

  it('leaves out what is no URL: a URLSearchParams argument, form bodies, unevidenced & strings, public-key hosts', () => {
    expect(reads("new URLSearchParams('access_token=' + t);")).toEqual([]);
    expect(reads("const body = '&client_secret=' + secret;\nconst x = '&api_key=' + key;")).toEqual([]);
    expect(reads("let url = base;\nurl += '&api_key=' + key;")).toEqual(['api_key=<hole>; spliced 0; no sink']);
    expect(reads("fetch(`https://api.mapbox.com/styles/v1?access_token=${token}`);")).toEqual([]);
  });

  it('reads a string that starts inside a query (url.search, a branch after ?)', () => {
    expect(reads("u.search = 'api_key=' + key;")).toEqual(['api_key=<hole>; spliced 0; no sink; in query']);
    expect(reads('fetch(`/x?page=${p}${token ? `&access_token=${token}` : ""}`);')).toEqual([
      'page=<hole><hole>; spliced 0; fetch',
      'access_token=<hole>; spliced 0; fetch; in query',
    ]);
  });

  it('reads a conditional between ? and & as a separator', () => {
    expect(reads("fetch(url + (url.includes('?') ? '&' : '?') + 'access_token=' + t);")).toEqual(['access_token=<hole>; spliced 0; fetch']);
  });
});

describe('url evidence', () => {
  it('takes a string root where a string is built, not where it is compared, logged or thrown', () => {
    const roots: string[] = [];
    lintProbe("a === 'x=1';\nconsole.log('x=' + y);\nthrow new Error('x=' + y);\nfetch('x=' + y);\nconst o = { ['k=1']: 1, v: 'k=2' };", (context) => ({
      Literal: (node) => {
        if (typeof node.value === 'string' && isRoot(node)) roots.push(context.sourceCode.getText(node));
      },
      BinaryExpression: (node) => {
        if (node.operator === '+' && isRoot(node)) roots.push(context.sourceCode.getText(node));
      },
    }));
    expect(roots).toEqual(["'x=' + y", "'k=2'"]);
  });

  it('tells a form body from a URL in an implicit (&) query', () => {
    const verdicts: boolean[] = [];
    lintProbe("const form = '&a=' + x;\nlet link = '&a=' + x;\nconst s = '&a=' + x;\nxhr.send(s);\nconst t = '&a=' + x;\nfetch(t);", (context) => {
      const values = valuesOf(context);
      const evidence = new UrlEvidence(context.sourceCode, values);
      return {
        BinaryExpression: (node) => {
          if (isRoot(node)) verdicts.push(evidence.isNotUrl(node, values.parts(node), () => undefined));
        },
      };
    });
    expect(verdicts).toEqual([true, false, true, true]);
  });

  it('reads the host of a URL of known scheme and host', () => {
    expect(hostOf([text('https://API.MercadoPago.com:443/v1?x')])).toBe('api.mercadopago.com');
    expect(hostOf([text('/v1/x')])).toBeUndefined();
    expect(isPublicKeyHost([text('https://api.mapbox.com/styles')])).toBe(true);
    expect(isPublicKeyHost([text('https://notmapbox.com/styles')])).toBe(false);
  });

  it('takes the map APIs\' script loaders, Leaflet subdomain templates and tile templates for public-key URLs', () => {
    const hole: StringPart = { kind: 'hole', node: { type: AST_NODE_TYPES.Identifier, name: 'TILES' } as TSESTree.Identifier };
    expect(isPublicKeyHost([text('https://{s}.tile.thunderforest.com/cycle/{z}/{x}/{y}.png?apikey=k')])).toBe(true);
    expect(isPublicKeyHost([text('https://webapi.amap.com/maps?v=2.0&key=k')])).toBe(true);
    expect(isPublicKeyHost([text('https://map.qq.com/api/gljs?v=1.exp&key=k')])).toBe(true);
    // AMap's web service API takes server keys
    expect(isPublicKeyHost([text('https://restapi.amap.com/v3/weather/weatherInfo?key=k')])).toBe(false);
    expect(isPublicKeyHost([text('https://tile.jawg.io/jawg-streets/{z}/{x}/{y}.png?access-token=k')])).toBe(true);
    expect(isPublicKeyHost([hole, text('/{z}/{x}/{-y}.png?key=k')])).toBe(true);
    // the template in the query, or one coordinate missing: no tile URL
    expect(isPublicKeyHost([text('https://api.example.com/v1?path={z}/{x}/{y}&key=k')])).toBe(false);
    expect(isPublicKeyHost([text('https://api.example.com/'), hole, text('?path={z}/{x}/{y}')])).toBe(false);
    expect(isPublicKeyHost([text('https://api.example.com/{z}/{x}.png?key=k')])).toBe(false);
  });
});
