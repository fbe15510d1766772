/**
 * `no-hardcoded-auth-header`'s header list (options, settings and the built-in list) and its whole-file
 * pre-check, once per options object and settings object. Kept apart from the rule, which holds the
 * verdicts and the reports.
 */
import type { JSONSchema, TSESLint } from '@typescript-eslint/utils';
import { fileFacts } from '../files/file.js';
import { reportableHeadersPattern } from '../sinks/headers.js';
import { SDK_CREDENTIALS, sdkImportsPattern, type SdkCredential } from '../sinks/sdk-credentials.js';
import { CREDENTIAL_HEADERS, type HeaderInfo, type HeaderKind } from '../credentials/vocabulary.js';
import { PairCache } from '../../utils/cache.js';
import { declareSettingsUnions } from './defaults.js';

/** A `headers` / `extraHeaders` option item: a header name, or a name with its kind and provider. */
export type HeaderOption = string | { name: string; kind?: HeaderKind; provider?: string };

/** The rule's options, as far as the header list reads them. */
export interface HeaderListOptions {
  readonly headers?: readonly HeaderOption[];
  readonly extraHeaders?: readonly HeaderOption[];
  readonly sdks?: readonly SdkCredential[];
}

export const headerItem: JSONSchema.JSONSchema4 = {
  oneOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1, description: 'A `headers` / `extraHeaders` item: the header name (any case).' },
        kind: {
          type: 'string',
          enum: ['authorization', 'secret', 'identifier'],
          description: 'A `headers` / `extraHeaders` item: `authorization` (scheme + credential), `secret` (default) or `identifier` (never reported).',
        },
        provider: { type: 'string', description: 'A `headers` / `extraHeaders` item: the provider, used to name the env variable.' },
      },
    },
  ],
};

function toHeaderInfo(option: HeaderOption): HeaderInfo {
  if (typeof option === 'string') return { name: option, kind: 'secret' };
  return { name: option.name, kind: option.kind ?? 'secret', ...(option.provider === undefined ? {} : { provider: option.provider }) };
}

export interface HeaderList {
  readonly headers: readonly HeaderInfo[];
  /** Matches a file that mentions a header the rule can report (any listed header that is not an identifier). */
  readonly mentions: RegExp;
  /** The SDKs whose credential argument is checked, and the pre-check on their package names (with `AUTH_OPTION`: credentials outside a header). */
  readonly sdks: readonly SdkCredential[];
  readonly sdkMentions: RegExp;
  /**
   * Whether custom credential headers in no list count (`X-Admin-Token`): with the built-in list,
   * whose pre-check pieces (`-token`, `-key`, `-secret`, `apikey`) cover every one of them.
   */
  readonly customHeaders: boolean;
}

/**
 * The header list and the whole-file pre-check, once per options object and settings object. A
 * finding needs a write of a listed header that is not an identifier, and the name of every write the
 * rule sees is in the file's text (a literal key or argument, or the literal of a same-file constant),
 * so a file that mentions none of those names holds no finding.
 */
const headerLists = new PairCache<HeaderListOptions, object, HeaderList>();
const NO_SETTINGS = {};

export function headerList(options: HeaderListOptions, context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): HeaderList {
  // keyed on the raw `settings.credentials` object every file of one configuration shares (ESLint makes
  // a new empty `settings` per file when a configuration has none); parsed, through the per-file facts
  // shared with the other rules, only when it is new
  const raw = context.settings.credentials;
  const settingsKey = typeof raw === 'object' && raw !== null ? raw : NO_SETTINGS;
  return headerLists.last(options, settingsKey) ?? headerLists.get(options, settingsKey, () => {
    const { settings } = fileFacts(context);
    declareSettingsUnions(settings);
    const headers = [
      ...(options.extraHeaders ?? []).map(toHeaderInfo),
      ...settings.headers,
      ...(options.headers ? options.headers.map(toHeaderInfo) : CREDENTIAL_HEADERS),
    ];
    const sdks = [...SDK_CREDENTIALS, ...(options.sdks ?? [])];
    // with the default list, the same RegExp as no-secret-in-client's first header check: one scan
    return { headers, mentions: reportableHeadersPattern(headers), sdks, sdkMentions: sdkImportsPattern(sdks), customHeaders: options.headers === undefined };
  });
}

