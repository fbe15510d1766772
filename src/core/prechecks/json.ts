/**
 * `no-secret-in-client`'s pre-check of a JSON document (issue #20, `@eslint/json`'s languages): a
 * finding there needs a private credential's shape where a string starts (`PRIVATE_SHAPES`, the scan
 * code files get), or a secret word (`namesPrecheck`, as for code) and a string of 16 or more
 * credential characters. Asked before the file is classified, which may read a `package.json`.
 */
import { PRIVATE_SHAPES } from '../credentials/catalogue.js';
import { CREDENTIAL_PARAMS } from '../credentials/vocabulary.js';
import type { CredentialsSettings } from '../files/settings.js';
import { PairCache } from '../../utils/cache.js';
import { namesPrecheck } from './names.js';
import type { OptionFacts } from './secret-in-client.js';
import { textMentions, type ScannedSource } from './text.js';

/** A string of 16 or more credential characters (as for code: core/prechecks/secret-in-client.ts). */
const LONG_STRING = /['"`][\w+/=.~-]{16}/u;

const names = new PairCache<OptionFacts, CredentialsSettings, RegExp>();

/** Whether the JSON text can hold a finding; files are always checked when `settings.credentials.formats` is set. */
export function mayHoldJsonFinding(sourceCode: ScannedSource, facts: OptionFacts, settings: CredentialsSettings): boolean {
  if (settings.formats.length > 0 || PRIVATE_SHAPES === undefined) return true;
  if (textMentions(sourceCode, PRIVATE_SHAPES)) return true;
  const secretWords = names.get(facts, settings, () => namesPrecheck([...CREDENTIAL_PARAMS, ...settings.params], [], facts.secretPhrases));
  return textMentions(sourceCode, secretWords) && textMentions(sourceCode, LONG_STRING);
}
