/**
 * The editor proof. vscode-eslint's language server (the one VS Code runs, published on npm in
 * `vscode-langservers-extracted` for Neovim, Helix, Zed and other LSP clients) is started over stdio
 * and driven the way an editor drives it: `initialize`, answers to `workspace/configuration`,
 * `didOpen` of files from examples/ (JS, TS, TSX and a Vue SFC), diagnostics, a `codeAction` request,
 * the plugin's suggestion run as a quick fix (`workspace/executeCommand` → the server's
 * `workspace/applyEdit`), `didChange`, and the diagnostic gone.
 *
 * This server version pulls diagnostics (LSP 3.17 `textDocument/diagnostic`, which VS Code, Neovim
 * 0.10+, Helix and Zed all send) and never pushes `publishDiagnostics`, so the test pulls them too.
 *
 * It runs twice: with ESLint 10 on examples/ itself, and with ESLint 9 on a copy of examples/ whose
 * node_modules resolves `eslint` to the `eslint-v9` alias (the server loads the workspace's ESLint).
 * It loads the plugin from dist/ (examples/eslint.config.js imports `eslint-plugin-credentials`), so
 * `npm run build` first; `npm test` does.
 *
 * A monorepo in a temp dir, opened on one package, checks that the file settings of the root config
 * (`clientFiles`, a `files` block with `side`) still apply when the server runs in that package.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake, fp } from '../fixtures/fake.js';
import { ruleMessage } from '../fixtures/messages.js';
import pkg from '../../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = path.join(root, 'examples');
const serverBin = path.join(root, 'node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server');
const DOCS = `https://github.com/eslint-plugin-credentials/eslint-plugin-credentials/blob/v${pkg.version}/docs/rules/`;

// ---------------------------------------------------------------------------------------------
// The few LSP types the test needs.

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  source?: string;
  code?: string | number;
  codeDescription?: { href: string };
}
interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  command?: Command;
  edit?: WorkspaceEdit;
}
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
}
interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

// ---------------------------------------------------------------------------------------------
// A minimal LSP client: Content-Length framing over the server's stdio, requests both ways.

type RequestHandler = (method: string, params: unknown) => unknown;

class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  /** Every message the server sent (for failure messages). */
  readonly received: Message[] = [];

  constructor(
    private readonly proc: ChildProcessWithoutNullStreams,
    private readonly onRequest: RequestHandler,
  ) {
    proc.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
  }

  private drain(): void {
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/iu.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(start + length);
      this.received.push(message);
      void this.dispatch(message);
    }
  }

  private async dispatch(message: Message): Promise<void> {
    if (message.method !== undefined && message.id !== undefined) {
      const result = await this.onRequest(message.method, message.params);
      this.write({ jsonrpc: '2.0', id: message.id, result: result ?? null });
    } else if (message.method === undefined && typeof message.id === 'number') {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${String(message.error.code)}: ${message.error.message}`));
      else waiter?.resolve(message.result);
    }
  }

  private write(message: Message): void {
    const body = JSON.stringify(message);
    this.proc.stdin.write(`Content-Length: ${String(Buffer.byteLength(body, 'utf8'))}\r\n\r\n${body}`);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    this.nextId += 1;
    const id = this.nextId;
    const promise = new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    this.write({ jsonrpc: '2.0', id, method, params });
    return promise as Promise<T>;
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }
}

// ---------------------------------------------------------------------------------------------
// Open documents, kept by the "editor" the way an editor keeps its buffers.

interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

function offsetAt(text: string, { line, character }: Position): number {
  let offset = 0;
  for (let l = 0; l < line; l += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + character; // LSP characters are UTF-16 code units, like JS string indices
}

function textAt(doc: OpenDocument, range: Range): string {
  return doc.text.slice(offsetAt(doc.text, range.start), offsetAt(doc.text, range.end));
}

const LANGUAGE_IDS: Record<string, string> = { '.js': 'javascript', '.ts': 'typescript', '.tsx': 'typescriptreact', '.vue': 'vue' };

/** The settings VS Code's ESLint extension sends for a document (vscode-eslint's defaults, flat config). */
function settingsFor(workspace: string): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental: {},
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { enable: false, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'auto' },
    workspaceFolder: { uri: pathToFileURL(workspace).href, name: path.basename(workspace) },
  };
}

/** A copy of examples/ whose node_modules points `eslint` at ESLint 9 and the rest at this repo. */
function eslint9Workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'credentials-lsp-eslint9-'));
  cpSync(examples, dir, { recursive: true, filter: (src) => !/company-(?:preset|app)/u.test(path.relative(examples, src)) });
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  symlinkSync(path.join(root, 'node_modules/eslint-v9'), path.join(modules, 'eslint'), 'dir');
  symlinkSync(root, path.join(modules, 'eslint-plugin-credentials'), 'dir');
  symlinkSync(path.join(root, 'node_modules/@typescript-eslint'), path.join(modules, '@typescript-eslint'), 'dir');
  symlinkSync(path.join(root, 'node_modules/vue-eslint-parser'), path.join(modules, 'vue-eslint-parser'), 'dir');
  return dir;
}

// ---------------------------------------------------------------------------------------------

/** The files opened in the editor: one of each language, holding findings of all three rules. */
const FILES = [
  'server/lib/vtex.js',
  'server/lib/mercadolibre.js',
  'web/src/api/shop.ts',
  'web/src/components/Checkout.tsx',
  'web/src/admin/OrdersPanel.vue',
];

/** The example files' credential-shaped literals: none may appear in anything the server sends. */
function exampleSecrets(workspace: string): string[] {
  const secrets = new Set<string>();
  for (const file of FILES) {
    const text = readFileSync(path.join(workspace, file), 'utf8');
    for (const [value] of text.matchAll(/\b(?:(?:APP_USR|TEST)-\d[\w-]+|sk_test_\w+|FAKEVTEX\w+|ghp_\w+)/gu)) secrets.add(value);
  }
  return [...secrets];
}

/** 8-character runs of a secret, past the prefix a fingerprint may show. */
function secretRuns(secret: string): string[] {
  const shown = /^(?:APP_USR-|TEST-|sk_test_|ghp_)/u.exec(secret)?.[0].length ?? 0;
  const runs: string[] = [];
  for (let i = shown; i + 8 <= secret.length; i += 1) runs.push(secret.slice(i, i + 8));
  return runs;
}

const VERSIONS = [
  { major: 10, ESLint: ESLint10, workspace: (): string => examples },
  { major: 9, ESLint: ESLint9, workspace: eslint9Workspace },
] as const;

describe.each(VERSIONS)('vscode-eslint language server with ESLint $major', ({ major, ESLint, workspace: makeWorkspace }) => {
  let workspace = '';
  let proc: ChildProcessWithoutNullStreams;
  let client: LspClient;
  const docs = new Map<string, OpenDocument>();
  const diagnostics = new Map<string, Diagnostic[]>();
  const logs: string[] = [];
  const applied: WorkspaceEdit[] = [];

  function applyEdits(uri: string, edits: TextEdit[]): void {
    const doc = docs.get(uri);
    if (!doc) throw new Error(`edit for a document that is not open: ${uri}`);
    // Apply from the end so earlier offsets stay valid, and tell the server as an incremental change.
    const sorted = [...edits].sort((a, b) => offsetAt(doc.text, b.range.start) - offsetAt(doc.text, a.range.start));
    for (const edit of sorted) {
      doc.text = doc.text.slice(0, offsetAt(doc.text, edit.range.start)) + edit.newText + doc.text.slice(offsetAt(doc.text, edit.range.end));
    }
    doc.version += 1;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
  }

  function onRequest(method: string, params: unknown): unknown {
    switch (method) {
      case 'workspace/configuration':
        return (params as { items: unknown[] }).items.map(() => settingsFor(workspace));
      case 'workspace/applyEdit': {
        const { edit } = params as { edit: WorkspaceEdit };
        applied.push(edit);
        for (const change of edit.documentChanges ?? []) applyEdits(change.textDocument.uri, change.edits);
        for (const [uri, edits] of Object.entries(edit.changes ?? {})) applyEdits(uri, edits);
        return { applied: true };
      }
      default:
        // client/registerCapability, window/workDoneProgress/create, eslint/* requests: acknowledge.
        return null;
    }
  }

  async function pull(uri: string): Promise<Diagnostic[]> {
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    diagnostics.set(uri, report.items);
    return report.items;
  }

  const uriOf = (file: string): string => pathToFileURL(path.join(workspace, file)).href;
  const docOf = (file: string): OpenDocument => {
    const doc = docs.get(uriOf(file));
    if (!doc) throw new Error(`not open: ${file}`);
    return doc;
  };
  const ruleOf = (d: Diagnostic): string => String(d.code);

  beforeAll(async () => {
    workspace = makeWorkspace();
    proc = spawn(process.execPath, [serverBin, '--stdio'], { cwd: workspace, stdio: 'pipe' });
    proc.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString('utf8')));
    client = new LspClient(proc, onRequest);
    const folder = { uri: pathToFileURL(workspace).href, name: path.basename(workspace) };
    await client.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'credentials-lsp-test', version: '1.0.0' },
      rootUri: folder.uri,
      workspaceFolders: [folder],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll.eslint'] } } },
        },
      },
    });
    client.notify('initialized', {});
    for (const file of FILES) {
      const doc: OpenDocument = {
        uri: uriOf(file),
        languageId: LANGUAGE_IDS[path.extname(file)] ?? 'javascript',
        version: 1,
        text: readFileSync(path.join(workspace, file), 'utf8'),
      };
      docs.set(doc.uri, doc);
      client.notify('textDocument/didOpen', { textDocument: { ...doc } });
    }
    for (const file of FILES) await pull(uriOf(file));
  }, 60_000);

  afterAll(async () => {
    if (proc.exitCode === null) {
      await client.request('shutdown', null).catch(() => undefined);
      client.notify('exit', null);
      await new Promise((resolve) => setTimeout(resolve, 200));
      proc.kill(); // a no-op once the server has exited on `exit`
    }
    if (workspace !== examples) rmSync(workspace, { recursive: true, force: true });
  });

  it('loads the workspace ESLint and reports all three rules across JS, TS, TSX and Vue', () => {
    const loaded = client.received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
    const library = loaded.find((m) => m.startsWith('ESLint library loaded from'));
    expect(library, loaded.join('\n')).toContain(major === 9 ? 'eslint-v9' : `${path.sep}node_modules${path.sep}eslint${path.sep}`);
    const rules = new Set([...diagnostics.values()].flat().map(ruleOf));
    expect([...rules].sort(), `${loaded.join('\n')}\n${logs.join('')}`).toEqual([
      'credentials/no-hardcoded-auth-header',
      'credentials/no-secret-in-client',
      'credentials/no-token-in-url',
    ]);
    for (const file of FILES) expect(diagnostics.get(uriOf(file))?.length, file).toBeGreaterThan(0);
  });

  it('matches the ESLint Node API finding for finding: rule, message and range (1-based → 0-based)', async () => {
    const eslint = new ESLint({ cwd: workspace });
    for (const file of FILES) {
      const [result] = await eslint.lintFiles([path.join(workspace, file)]);
      const expected = (result?.messages ?? []).map((m) => ({
        code: m.ruleId,
        message: m.message,
        range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column) - 1 } },
      }));
      const actual = (diagnostics.get(uriOf(file)) ?? []).map((d) => ({ code: d.code, message: d.message, range: d.range }));
      expect(actual, file).toEqual(expected);
    }
  });

  it('gives every diagnostic a docs link, a one-line message and no secret', () => {
    const secrets = exampleSecrets(workspace);
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    for (const diagnostic of [...diagnostics.values()].flat()) {
      const rule = ruleOf(diagnostic);
      expect(diagnostic.source).toBe('eslint');
      expect(diagnostic.severity).toBe(1);
      expect(diagnostic.codeDescription?.href).toBe(`${DOCS}${rule.replace('credentials/', '')}.md`);
      expect(diagnostic.message).not.toMatch(/[\n\r]/u);
      for (const secret of secrets) {
        for (const run of secretRuns(secret)) expect(diagnostic.message, `${rule}: ${diagnostic.message}`).not.toContain(run);
      }
    }
  });

  it.each([
    // [file, rule, the exact source text the diagnostic's range covers]
    ['server/lib/vtex.js', 'credentials/no-hardcoded-auth-header', "'FAKEVTEXAPPTOKENJUSTFORTHEDEMOQWZFAKEVTEXAPPTOKENJUSTFORTHEDEMOQWZFAKEVTEXAPPTOKENJUSTFORTHEDEMOQWZF'"],
    ['server/lib/vtex.js', 'credentials/no-token-in-url', '`${VTEX_API}/oms/pvt/orders?X-VTEX-API-AppKey=${appKey}&X-VTEX-API-AppToken=${appToken}`'],
    ['web/src/api/shop.ts', 'credentials/no-hardcoded-auth-header', "'Bearer APP_USR-5050505050505050-240101-c0ffeedeadbeefc0ffeedeadbeefc0ff-303030303'"],
    ['web/src/api/shop.ts', 'credentials/no-token-in-url', '`/api/orders/${orderId}/invoice.pdf?access_token=${session.accessToken}`'],
    ['web/src/components/Checkout.tsx', 'credentials/no-secret-in-client', 'import.meta.env.VITE_MP_ACCESS_TOKEN'],
    ['web/src/components/Checkout.tsx', 'credentials/no-secret-in-client', "'APP_USR-7070707070707070-240101-deadbeefc0ffeedeadbeefc0ffeedead-606060606'"],
    ['web/src/admin/OrdersPanel.vue', 'credentials/no-secret-in-client', 'import.meta.env.VITE_VTEX_APP_TOKEN'],
  ])('%s: %s has the right range', (file, rule, text) => {
    const doc = docOf(file);
    const found = (diagnostics.get(doc.uri) ?? []).filter((d) => ruleOf(d) === rule).map((d) => textAt(doc, d.range));
    expect(found).toContain(text);
  });

  /** Runs a code action as an editor does: its own edit, or its command (the server then sends `workspace/applyEdit`). */
  async function run(action: CodeAction): Promise<void> {
    if (action.edit) onRequest('workspace/applyEdit', { edit: action.edit });
    if (action.command) await client.request('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
  }

  /** The quick fixes the server offers for one diagnostic, as an editor asks for them. */
  function quickFixes(uri: string, target: Diagnostic): Promise<CodeAction[]> {
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'], triggerKind: 1 },
    });
  }

  it('offers the plugin suggestion as a quick fix, applies it, and the diagnostic goes away', async () => {
    const doc = docOf('server/lib/vtex.js');
    const target = (diagnostics.get(doc.uri) ?? []).find(
      (d) => ruleOf(d) === 'credentials/no-hardcoded-auth-header' && textAt(doc, d.range).startsWith("'FAKEVTEX"),
    );
    expect(target).toBeDefined();
    if (!target) return;
    const actions = await quickFixes(doc.uri, target);
    const titles = actions.map((a) => a.title);
    // The rule's own suggestion, then ESLint's disable-comment and docs actions.
    const fix = actions.find((a) => a.command?.command === 'eslint.applySuggestion');
    expect(fix?.title, titles.join('\n')).toContain('process.env.VTEX_APP_TOKEN');
    expect(titles).toContain('Show documentation for credentials/no-hardcoded-auth-header');
    if (!fix?.command) return;

    const before = applied.length;
    await run(fix);
    expect(applied.length).toBe(before + 1);
    expect(doc.text).toContain("'X-VTEX-API-AppToken': process.env.VTEX_APP_TOKEN,");
    expect(doc.text).not.toContain('FAKEVTEXAPPTOKENJUST');

    const after = await pull(doc.uri);
    const stillThere = after.filter((d) => ruleOf(d) === 'credentials/no-hardcoded-auth-header' && d.range.start.line === target.range.start.line);
    expect(stillThere).toEqual([]);
    // The other findings in the file stay.
    expect(after.some((d) => ruleOf(d) === 'credentials/no-token-in-url')).toBe(true);
  });

  it('offers a suggestion in a TSX file too: the access token passed to initMercadoPago becomes the public key', async () => {
    const doc = docOf('web/src/components/Checkout.tsx');
    const target = (diagnostics.get(doc.uri) ?? []).find((d) => textAt(doc, d.range) === 'import.meta.env.VITE_MP_ACCESS_TOKEN');
    expect(target).toBeDefined();
    if (!target) return;
    const actions = await quickFixes(doc.uri, target);
    const fix = actions.find((a) => a.command?.command === 'eslint.applySuggestion');
    expect(fix?.title).toBe("Read the public key from 'VITE_MP_PUBLIC_KEY' instead. (credentials/no-secret-in-client)");
    if (!fix) return;
    await run(fix);
    expect(doc.text.split('\n')[target.range.start.line]).toBe('initMercadoPago(import.meta.env.VITE_MP_PUBLIC_KEY);');
    const after = await pull(doc.uri);
    expect(after.filter((d) => d.range.start.line === target.range.start.line)).toEqual([]);
    expect(after.map(ruleOf)).toEqual(['credentials/no-secret-in-client']); // the literal token on line 14 stays
  });

  it('applies the autofix on save (source.fixAll.eslint): tokens move from the query to the header', async () => {
    const doc = docOf('server/lib/mercadolibre.js');
    const before = diagnostics.get(doc.uri) ?? [];
    expect(before.map((d) => d.range.start.line + 1)).toEqual([10, 25, 42]);
    const end = { line: doc.text.split('\n').length, character: 0 };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: { start: { line: 0, character: 0 }, end },
      context: { diagnostics: [], only: ['source.fixAll.eslint'], triggerKind: 2 },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.eslint']);
    const [fixAll] = actions;
    if (!fixAll) return;
    await run(fixAll);
    expect(doc.text).not.toContain('?access_token=');
    expect(doc.text).not.toContain('params: { access_token');
    const after = await pull(doc.uri);
    // Only the URL object built across statements is left: its fix is not safe to apply automatically.
    expect(after.map((d) => [ruleOf(d), textAt(doc, d.range)])).toEqual([['credentials/no-token-in-url', "url.searchParams.set('access_token', accessToken)"]]);
  });

  it('re-lints as the user types: a new hard-coded header shows up after didChange', async () => {
    const doc = docOf('web/src/api/shop.ts');
    const end = { line: doc.text.split('\n').length - 1, character: 0 };
    const added = "\nexport const debugHeaders = { Authorization: 'Bearer APP_USR-5050505050505050-240101-c0ffeedeadbeefc0ffeedeadbeefc0ff-303030303' };\n";
    doc.text += added;
    doc.version += 1;
    client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ range: { start: end, end }, text: added }] });
    const after = await pull(doc.uri);
    expect(after.filter((d) => ruleOf(d) === 'credentials/no-hardcoded-auth-header' && d.range.start.line === end.line + 1)).toHaveLength(1);
  });
});

/**
 * Starts a server in `workspace` (its cwd and only workspace folder) with `settings`, opens `files`,
 * pulls their diagnostics, shuts the server down.
 */
async function diagnose(workspace: string, settings: Record<string, unknown>, files: readonly string[]): Promise<{ items: Diagnostic[][]; log: string[] }> {
  const proc = spawn(process.execPath, [serverBin, '--stdio'], { cwd: workspace, stdio: 'pipe' });
  const client = new LspClient(proc, (method, params) =>
    method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => settings) : null,
  );
  try {
    const folder = { uri: pathToFileURL(workspace).href, name: path.basename(workspace) };
    await client.request('initialize', { processId: process.pid, rootUri: folder.uri, workspaceFolders: [folder], capabilities: { workspace: { configuration: true } } });
    client.notify('initialized', {});
    const items: Diagnostic[][] = [];
    for (const file of files) {
      const uri = pathToFileURL(path.join(workspace, file)).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: readFileSync(path.join(workspace, file), 'utf8') } });
      items.push((await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items);
    }
    const log = client.received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
    await client.request('shutdown', null);
    client.notify('exit', null);
    return { items, log };
  } finally {
    setTimeout(() => proc.kill(), 200);
  }
}

/** Starts a server with `settings`, opens one file, pulls its diagnostics, shuts the server down. */
async function diagnoseOnce(workspace: string, settings: Record<string, unknown>, file: string): Promise<{ items: Diagnostic[]; log: string[] }> {
  const { items, log } = await diagnose(workspace, settings, [file]);
  return { items: items[0] ?? [], log };
}

/**
 * A monorepo with one root eslint.config.js whose file settings name `packages/web/…`, and the editor
 * opened on `packages/web` (its workspace folder, so the server's working directory): the settings
 * follow the config file, as ESLint's own `files` globs do, not the working directory (#14).
 */
function monorepo(eslintDir: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'credentials-lsp-monorepo-'));
  const files: Record<string, string> = {
    'package.json': '{ "private": true, "type": "module", "workspaces": ["packages/*"] }\n',
    'eslint.config.js': [
      "import credentials from 'eslint-plugin-credentials';",
      '',
      'export default [',
      '  credentials.configs.recommended,',
      "  { settings: { credentials: { clientFiles: ['packages/web/src/**'] } } },",
      "  { files: ['packages/web/lib/**'], settings: { credentials: { side: 'client' } } },",
      '];',
      '',
    ].join('\n'),
    'packages/web/package.json': '{ "name": "web", "private": true, "type": "module" }\n',
    'packages/web/src/keys.js': MONOREPO_LITERAL,
    'packages/web/lib/keys.js': MONOREPO_LITERAL,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(eslintDir, path.join(dir, 'node_modules/eslint'), 'dir');
  symlinkSync(root, path.join(dir, 'node_modules/eslint-plugin-credentials'), 'dir');
  return dir;
}

const MONOREPO_KEY = fake.stripeSecret(42);
const MONOREPO_LITERAL = `export const key = '${MONOREPO_KEY}';\n`;

describe.each([
  { major: 10, eslintDir: path.join(root, 'node_modules/eslint') },
  { major: 9, eslintDir: path.join(root, 'node_modules/eslint-v9') },
])('a monorepo opened on one package, with ESLint $major', ({ major, eslintDir }) => {
  let dir = '';
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it("matches the root config's clientFiles and files block, not the package-relative path", async () => {
    dir = monorepo(eslintDir);
    const web = path.join(dir, 'packages/web');
    const { items, log } = await diagnose(web, settingsFor(web), ['src/keys.js', 'lib/keys.js']);
    expect(log.find((m) => m.startsWith('ESLint library loaded from')), log.join('\n')).toContain(major === 9 ? 'eslint-v9' : `${path.sep}eslint${path.sep}`);
    const expected = (reason: string): unknown[] => [
      {
        code: 'credentials/no-secret-in-client',
        message: ruleMessage('no-secret-in-client', 'privateLiteral', { credential: fp(MONOREPO_KEY), reason }),
        range: { start: { line: 0, character: 19 }, end: { line: 0, character: 21 + MONOREPO_KEY.length } },
      },
    ];
    const [src, lib] = items.map((list) => list.map((d) => ({ code: d.code, message: d.message, range: d.range })));
    expect(src, log.join('\n')).toEqual(expected('the file matches settings.credentials.clientFiles'));
    expect(lib, log.join('\n')).toEqual(expected("settings.credentials.side is 'client' for this file"));
  }, 60_000);
});

describe('Neovim: nvim-lspconfig settings with ESLint 10', () => {
  // nvim-lspconfig's lsp/eslint.lua sends these settings, and its before_init sets
  // `experimental.useFlatConfig = true` when the root has an eslint.config.* file. That makes the
  // server load `FlatESLint` from `eslint/use-at-your-own-risk`, which ESLint 10 no longer exports:
  // the README's Neovim setup turns it back off.
  const lspconfig = (useFlatConfig: boolean): Record<string, unknown> => ({
    validate: 'on',
    useESLintClass: false,
    experimental: { useFlatConfig },
    codeActionOnSave: { enable: false, mode: 'all' },
    format: true,
    quiet: false,
    onIgnoredFiles: 'off',
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: '',
    workingDirectory: { mode: 'location' },
    codeAction: { disableRuleComment: { enable: true, location: 'separateLine' }, showDocumentation: { enable: true } },
    workspaceFolder: { uri: pathToFileURL(examples).href, name: 'examples' },
  });

  it('reports nothing with experimental.useFlatConfig = true (the server finds no FlatESLint)', async () => {
    const { items, log } = await diagnoseOnce(examples, lspconfig(true), 'server/lib/vtex.js');
    expect(items).toEqual([]);
    expect(log.join('\n')).toContain("doesn't export a FlatESLint class");
  }, 30_000);

  it('reports the findings with the README setup (experimental.useFlatConfig = false)', async () => {
    const { items } = await diagnoseOnce(examples, lspconfig(false), 'server/lib/vtex.js');
    expect(new Set(items.map((d) => d.code))).toEqual(new Set(['credentials/no-hardcoded-auth-header', 'credentials/no-token-in-url']));
  }, 30_000);
});

/**
 * Values from other modules (#18) in a long-running editor server: a file that imports a token is
 * clean while the other module reads the environment, shows a finding once that module is saved with a
 * literal, and is clean again once the literal is taken out. The server re-lints the open file on each
 * pull (the module reader sees the saved file by its modification time); nothing is restarted.
 */
describe('values from another module, edited while the server runs (ESLint 10)', () => {
  const token = fake.githubToken(193);
  const ENV = 'export const TOKEN = process.env.GITHUB_TOKEN;\n';
  const LITERAL = `// pasted while debugging\nexport const TOKEN = '${token}';\n`;
  const USE = "import { TOKEN } from './config.js';\n\nexport const me = () => fetch('https://api.github.com/user', { headers: { Authorization: `token ${TOKEN}` } });\n";
  const LATER = `export const HEADERS = { Authorization: 'token ${token}' };\n`;
  const LATER_USE = "import { HEADERS } from './later.js';\n\nexport const me = () => fetch('https://api.github.com/user', { headers: HEADERS });\n";
  let dir = '';
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('shows the finding after the imported module is saved with a literal, and clears it when the literal is taken out; reads a module created after the first lint, and forgets it once deleted', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'credentials-lsp-modules-'));
    const files: Record<string, string> = {
      'package.json': '{ "private": true, "type": "module" }\n',
      'eslint.config.js': "import credentials from 'eslint-plugin-credentials';\n\nexport default [credentials.configs.recommended];\n",
      'src/config.js': ENV,
      'src/api.js': USE,
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(path.join(root, 'node_modules/eslint'), path.join(dir, 'node_modules/eslint'), 'dir');
    symlinkSync(root, path.join(dir, 'node_modules/eslint-plugin-credentials'), 'dir');
    const proc = spawn(process.execPath, [serverBin, '--stdio'], { cwd: dir, stdio: 'pipe' });
    const client = new LspClient(proc, (method, params) => (method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => settingsFor(dir)) : null));
    try {
      const folder = { uri: pathToFileURL(dir).href, name: path.basename(dir) };
      await client.request('initialize', { processId: process.pid, rootUri: folder.uri, workspaceFolders: [folder], capabilities: { workspace: { configuration: true } } });
      client.notify('initialized', {});
      const uri = pathToFileURL(path.join(dir, 'src/api.js')).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: USE } });
      const pull = async (): Promise<unknown[]> =>
        (await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items.map((d) => ({ code: d.code, message: d.message, range: d.range }));
      expect(await pull()).toEqual([]);
      writeFileSync(path.join(dir, 'src/config.js'), LITERAL);
      const data = { header: 'Authorization', scheme: 'token', fingerprint: fp(token), name: 'TOKEN', file: 'src/config.js', line: '2' };
      expect(await pull()).toEqual([
        {
          code: 'credentials/no-hardcoded-auth-header',
          message: ruleMessage('no-hardcoded-auth-header', 'hardcodedImported', data),
          range: { start: { line: 2, character: 89 }, end: { line: 2, character: 105 } }, // `token ${TOKEN}`
        },
      ]);
      writeFileSync(path.join(dir, 'src/config.js'), ENV);
      expect(await pull()).toEqual([]);
      // a module missing at the first lint, created (a headers object used whole), then deleted
      const laterUri = pathToFileURL(path.join(dir, 'src/later-use.js')).href;
      client.notify('textDocument/didOpen', { textDocument: { uri: laterUri, languageId: 'javascript', version: 1, text: LATER_USE } });
      const pullLater = async (): Promise<unknown[]> =>
        (await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: laterUri } })).items.map((d) => ({ code: d.code, message: d.message, range: d.range }));
      expect(await pullLater()).toEqual([]);
      writeFileSync(path.join(dir, 'src/later.js'), LATER);
      const headerData = { header: 'Authorization', scheme: 'token', fingerprint: fp(token), name: 'HEADERS.Authorization', file: 'src/later.js', line: '1' };
      expect(await pullLater()).toEqual([
        {
          code: 'credentials/no-hardcoded-auth-header',
          message: ruleMessage('no-hardcoded-auth-header', 'hardcodedImported', headerData),
          range: { start: { line: 2, character: 72 }, end: { line: 2, character: 79 } }, // `HEADERS`
        },
      ]);
      rmSync(path.join(dir, 'src/later.js'));
      expect(await pullLater()).toEqual([]);
      await client.request('shutdown', null);
      client.notify('exit', null);
    } finally {
      setTimeout(() => proc.kill(), 200);
    }
  }, 60_000);
});
