/**
 * `no-secret-in-client`'s pre-check of a JSON document (issue #20, `@eslint/json`'s languages): a
 * finding there needs a private credential's shape where a string starts (`privateShapesWith`, the scan
 * code files get), or a secret word (`namesPrecheck`, as for code) and a string of 16 or more
 * credential characters. Asked before the file is classified, which may read a `package.json`.
 */
import { privateShapesWith } from '../credentials/catalogue.js';
import { CREDENTIAL_PARAMS } from '../credentials/vocabulary.js';
import type { CredentialsSettings } from '../files/settings.js';
import { PairCache } from '../../utils/cache.js';
import { namesPrecheck } from './names.js';
import type { OptionFacts } from './secret-in-client.js';
import { textMentions, type ScannedSource } from './text.js';

/** A string of 16 or more credential characters (as for code: core/prechecks/secret-in-client.ts). */
const LONG_STRING = /['"`][\w+/=.~-]{16}/u;

const names = new PairCache<OptionFacts, CredentialsSettings, RegExp>();

/**
 * Whether the JSON text can hold a finding; every file is checked when a custom private format of
 * `settings.credentials.formats` has no prefix (`privateShapesWith`).
 */
export function mayHoldJsonFinding(sourceCode: ScannedSource, facts: OptionFacts, settings: CredentialsSettings): boolean {
  const shapes = privateShapesWith(settings.formats);
  if (shapes === undefined) return true;
  if (textMentions(sourceCode, shapes)) return true;
  const secretWords = names.get(facts, settings, () => namesPrecheck([...CREDENTIAL_PARAMS, ...settings.params], [], facts.secretPhrases));
  return textMentions(sourceCode, secretWords) && textMentions(sourceCode, LONG_STRING);
}
