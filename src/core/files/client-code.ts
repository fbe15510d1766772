/**
 * Whether a node runs in the browser, for `no-secret-in-client`'s client-only checks: the file's side
 * (`classifyFile`, asked on the first question only: most files that pass the rule's pre-check hold no
 * candidate finding) and, in a client file, the parts that only run on the server.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifyFile, type FileClassification } from './client-files.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The client code of one file. */
export class ClientCode {
  readonly #context: Context;
  #classification: FileClassification | undefined;

  constructor(context: Context) {
    this.#context = context;
  }

  /** Whether `node` is in client code: a client file, outside its server-only parts. */
  has(node: TSESTree.Node): boolean {
    const { side, isServerOnly } = this.#classified();
    return side === 'client' && !isServerOnly(node);
  }

  /**
   * Whether `node` is in client code that some signal says is client code, not only
   * `settings.credentials.assume`: for findings that are themselves what server code does (a
   * provider's secret header), which a guess about the file must not turn into a report.
   */
  hasEvidence(node: TSESTree.Node): boolean {
    return this.has(node) && this.#classified().signal !== 'assume';
  }

  /** Why the file is client code, for a message: only asked after `has()` said yes. */
  reason(): string {
    return this.#classified().reason;
  }

  #classified(): FileClassification {
    return (this.#classification ??= classifyFile(this.#context));
  }
}
