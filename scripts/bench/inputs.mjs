/**
 * Generated inputs for the benchmark and tests/perf: pathological files (200 KB URLs, tokens and header
 * values, deep concatenations, 20,000 headers in one object), a typical file repeated 1x/10x/100x, and
 * an import graph of 10/100/1,000 modules.
 * Every generated value is plainly fake: runs of one letter or of a counter, never a real credential.
 * Each file starts with 'use client' so that every rule treats it as browser code and does its full work.
 */

export const KB = 1024;

/** `count` characters from a repeating alphabet (a fake token body: letters and digits, no placeholder words). */
function filler(count, alphabet = 'AbCdEfGhJkMnPqRsTuVwXyZ23456789') {
  return alphabet.repeat(Math.ceil(count / alphabet.length)).slice(0, count);
}

/** A query string of `size` characters with many parameters (`p0=v0&p1=v1…`). */
function longQuery(size) {
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${i === 0 ? '' : '&'}p${i}=v${i}`;
  return out;
}

const HEADER = "'use client';\nimport { token, userId, region } from './session';\n\n";

/**
 * @typedef {{ name: string, what: string, filename: string, code: string }} GeneratedInput
 */

/** @param {{ size?: number, depth?: number, headers?: number }} [scale] @returns {GeneratedInput[]} */
export function pathologicalInputs({ size = 200 * KB, depth = 2_000, headers = 20_000 } = {}) {
  const kb = Math.round(size / KB);
  /** @type {GeneratedInput[]} */
  const inputs = [
    {
      name: `url-${kb}kb-literal`,
      what: `one ${kb} KB URL literal with thousands of query parameters, passed to fetch()`,
      code: `fetch('https://api.example.com/v1/items?${longQuery(size)}');\n`,
    },
    {
      name: `url-${kb}kb-template`,
      what: `a ${kb} KB URL template literal with a credential-named parameter and a hole at the end`,
      code: `fetch(\`https://api.example.com/v1/items?${longQuery(size)}&access_token=\${token}\`);\n`,
    },
    {
      name: `url-${kb}kb-param-value`,
      what: `a URL whose access_token value is a ${kb} KB literal`,
      code: `const url = 'https://api.example.com/v1/me?access_token=${filler(size)}';\nfetch(url);\n`,
    },
    {
      name: `token-${kb}kb-prefixed`,
      what: `a ${kb} KB literal that starts like a Stripe secret key, in a secret-named constant`,
      code: `export const STRIPE_SECRET_KEY = 'sk_live_${filler(size)}';\n`,
    },
    {
      name: `token-${kb}kb-jwt-like`,
      what: `a ${kb} KB JWT-shaped literal (eyJ… . eyJ… . …)`,
      code: `export const accessToken = 'eyJ${filler(size / 2)}.eyJ${filler(size / 2 - 8)}.${filler(64)}';\n`,
    },
    {
      name: `token-${kb}kb-upper`,
      what: `a ${kb} KB run of upper-case letters (the VTEX app token alphabet)`,
      code: `export const appToken = '${'Q'.repeat(size)}';\n`,
    },
    {
      name: `header-${kb}kb-bearer`,
      what: `an Authorization header whose value is 'Bearer ' + ${kb} KB`,
      code: `fetch('https://api.example.com/v1/me', { headers: { Authorization: 'Bearer ${filler(size)}' } });\n`,
    },
    {
      name: `header-${kb}kb-spaces`,
      what: `a header value of ${kb} KB of spaces and 'Bearer' words (trimming and splitting)`,
      code: `fetch('https://api.example.com/v1/me', { headers: { Authorization: '${'Bearer '.repeat(Math.floor(size / 7))}x' } });\n`,
    },
    {
      // JavaScript: typescript-estree's converter itself overflows the stack at about 1,000 levels.
      name: `concat-${depth}-url`,
      what: `a URL built by ${depth} nested '+' concatenations, with a credential-named parameter (JS)`,
      ext: 'js',
      code: `fetch('https://api.example.com/v1/items?region=' + region${Array.from({ length: depth / 2 }, (_, i) => ` + '&p${i}=' + userId`).join('')} + '&access_token=' + token);\n`,
    },
    {
      name: `concat-${depth}-header`,
      what: `an Authorization header built by ${depth} nested '+' concatenations (JS)`,
      ext: 'js',
      code: `fetch('https://api.example.com/v1/me', { headers: { Authorization: 'Bearer ' + token${Array.from({ length: depth / 2 }, (_, i) => ` + '.${i}' + userId`).join('')} } });\n`,
    },
    {
      name: `concat-${depth}-consts`,
      what: `a chain of ${depth} const bindings, each the previous one plus a literal, used as a URL`,
      code: `const c0 = 'https://api.example.com/v1/items?a=1';\n${Array.from({ length: depth }, (_, i) => `const c${i + 1} = c${i} + '&p${i}=v';\n`).join('')}fetch(c${depth} + '&access_token=' + token);\n`,
    },
    {
      name: `concat-${depth}-templates`,
      what: `a chain of ${depth} const template literals, each the previous one plus a parameter whose value is a variable, used as a URL`,
      code: `const c0 = 'https://api.example.com/v1/items?a=1';\n${Array.from({ length: depth }, (_, i) => `const c${i + 1} = \`\${c${i}}&p${i}=\${v${i}}\`;\n`).join('')}fetch(\`\${c${depth}}&access_token=\${token}\`);\n`,
    },
    {
      name: `headers-${headers}`,
      what: `one headers object with ${headers.toLocaleString('en-US')} entries (literals, env reads, one Authorization)`,
      code: `fetch('https://api.example.com/v1/items', {\n  headers: {\n    Authorization: \`Bearer \${token}\`,\n${Array.from(
        { length: headers },
        (_, i) => (i % 10 === 0 ? `    'x-env-${i}': process.env.HEADER_${i},\n` : `    'x-custom-${i}': 'value-${i}',\n`),
      ).join('')}  },\n});\n`,
    },
    {
      name: `headers-${headers}-set`,
      what: `${headers.toLocaleString('en-US')} headers.set() calls on one Headers object`,
      code: `const headers = new Headers();\n${Array.from({ length: headers }, (_, i) => `headers.set('x-custom-${i}', 'value-${i}');\n`).join('')}fetch('https://api.example.com/v1/items', { headers });\n`,
    },
  ];
  return inputs.map(({ ext = 'ts', ...input }) => ({ ...input, filename: `src/components/pathological/${input.name}.${ext}`, code: HEADER + input.code }));
}

/**
 * One block of ordinary client code: API calls with URLs, query strings and headers, env reads,
 * string literals, object literals and a component. Repeating it (with renamed functions) gives a
 * file of any size with the same mix of nodes.
 * @param {number} i
 */
function typicalBlock(i) {
  return `
export interface Order${i} { id: string; total: number; currency: 'BRL' | 'USD'; items: readonly string[] }

const API_BASE_${i} = import.meta.env.VITE_API_BASE ?? 'https://api.example.com';

export async function loadOrders${i}(page: number, status = 'open'): Promise<Order${i}[]> {
  const url = \`\${API_BASE_${i}}/v1/orders?page=\${page}&status=\${encodeURIComponent(status)}&limit=50\`;
  const response = await fetch(url, { headers: { Accept: 'application/json', 'Content-Type': 'application/json' } });
  if (!response.ok) throw new Error(\`Could not load orders (\${response.status})\`);
  return (await response.json()) as Order${i}[];
}

export function formatTotal${i}(order: Order${i}, locale = 'pt-BR'): string {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: order.currency });
  return order.items.length > 0 ? formatter.format(order.total / 100) : '—';
}

export const ordersTable${i} = {
  columns: [
    { key: 'id', label: 'Order', width: 120 },
    { key: 'total', label: 'Total', align: 'right' },
    { key: 'status', label: 'Status', filter: ['open', 'paid', 'refunded'] },
  ],
  emptyMessage: 'No orders yet',
  pageSizes: [10, 25, 50],
};

export function searchLink${i}(term: string, sort: 'asc' | 'desc'): string {
  const params = new URLSearchParams({ q: term, sort, tab: 'orders' });
  return '/search?' + params.toString();
}

export function Badge${i}({ status }: { status: string }) {
  const tone = status === 'paid' ? 'success' : status === 'refunded' ? 'warning' : 'neutral';
  return <span className={\`badge badge-\${tone}\`} data-testid="order-status" title={status.toUpperCase()}>{status}</span>;
}
`;
}

/** The typical file: about the median size of a corpus file (2.7 KB: two blocks), `times` times over. */
export function typicalFile(times) {
  const blocks = Array.from({ length: 2 * times }, (_, i) => typicalBlock(i)).join('');
  return { name: `typical-${times}x`, filename: `src/components/orders/typical-${times}x.tsx`, code: `'use client';\n${blocks}` };
}

export const GROWTH_FACTORS = [1, 10, 100];

/**
 * An import graph of `modules` project files (values from other modules, #18) and one client file that
 * imports from every one of them: each module `m<i>` imports the base URL of its parent in a binary
 * tree (`m<(i - 1) >> 1>`) and extends it, and exports an environment read and an options object; the
 * linted file sends one request per module, with the module's URL, options and token in a header. Every
 * rule reads the other modules (the header value, the URL, the secret-named imports): each module is
 * parsed once per process, each answer follows at most `MAX_HOPS` modules, so the time grows with the
 * number of modules, linearly. `files` are written to disk before the input is linted.
 * @param {number} modules
 */
export function importGraph(modules) {
  const dir = `src/graph-${modules}`;
  /** @type {Record<string, string>} */
  const files = { [`${dir}/package.json`]: '{ "private": true, "type": "module" }\n' };
  for (let i = 0; i < modules; i++) {
    const parent = (i - 1) >> 1;
    const base = i === 0 ? "export const BASE_0 = 'https://api.example.com';\n" : `import { BASE_${parent} } from './m${parent}';\n\nexport const BASE_${i} = BASE_${parent} + '/v${i}';\n`;
    files[`${dir}/modules/m${i}.ts`] =
      `${base}export const TOKEN_${i} = process.env.API_TOKEN_${i};\nexport const OPTIONS_${i} = { timeout: ${1000 + i}, headers: { Accept: 'application/json' } };\n`;
  }
  const imports = Array.from({ length: modules }, (_, i) => `import { BASE_${i}, OPTIONS_${i}, TOKEN_${i} } from './modules/m${i}';\n`).join('');
  const calls = Array.from(
    { length: modules },
    (_, i) => `export const load${i} = (page: number) => fetch(\`\${BASE_${i}}/items?page=\${page}\`, { ...OPTIONS_${i}, headers: { Authorization: \`Bearer \${TOKEN_${i}}\` } });\n`,
  ).join('');
  return {
    name: `import-graph-${modules}`,
    what: `a client file importing from ${modules.toLocaleString('en-US')} project modules (a binary tree of imports)`,
    filename: `${dir}/entry.tsx`,
    code: `'use client';\n${imports}\n${calls}`,
    files,
  };
}

export const GRAPH_SIZES = [10, 100, 1000];
