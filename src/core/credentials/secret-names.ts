/**
 * Which variable names name a secret, for `no-secret-in-client` with its options: the built-in name
 * vocabulary plus the `secretNames` / `publicNames` phrases, ambiguous names (`API_KEY`, `TOKEN`)
 * counted only with `reportAmbiguousNames`, and public env prefixes (`NEXT_PUBLIC_`, `VITE_`, …) taken
 * off before a name is classified.
 */
import { DEFAULT_NAME_VOCABULARY, PUBLIC_ENV_PREFIXES, classifyName, nameWords, type NameVocabulary } from './vocabulary.js';

export interface SecretNameOptions {
  readonly reportAmbiguousNames?: boolean;
  readonly secretNames?: readonly string[];
  readonly publicNames?: readonly string[];
}

/** The public prefix a variable name starts with (`NEXT_PUBLIC_`, `VITE_`, …), when more follows it. */
export function publicPrefix(name: string): string | undefined {
  return PUBLIC_ENV_PREFIXES.find((prefix) => name.startsWith(prefix) && name.length > prefix.length);
}

/** The names the options make secret or public, added to the built-in vocabulary. */
function vocabularyOf(options: SecretNameOptions): NameVocabulary {
  const extraSecret = options.secretNames ?? [];
  const extraPublic = options.publicNames ?? [];
  return extraSecret.length + extraPublic.length === 0
    ? DEFAULT_NAME_VOCABULARY
    : {
        ...DEFAULT_NAME_VOCABULARY,
        secret: [...DEFAULT_NAME_VOCABULARY.secret, ...extraSecret.map(nameWords)],
        public: [...DEFAULT_NAME_VOCABULARY.public, ...extraPublic.map(nameWords)],
      };
}

/** The secret names of one set of options. */
export class SecretNames {
  readonly #vocabulary: NameVocabulary;
  readonly #strict: boolean;

  constructor(options: SecretNameOptions) {
    this.#vocabulary = vocabularyOf(options);
    this.#strict = options.reportAmbiguousNames === true;
  }

  /** A secret name, or an ambiguous one with `reportAmbiguousNames`. */
  readonly isSecret = (name: string): boolean => {
    const kind = classifyName(name, this.#vocabulary);
    return kind === 'secret' || (this.#strict && kind === 'ambiguous');
  };

  /** A secret name (see `isSecret`), once a public env prefix is taken off. */
  readonly isSecretVariable = (name: string): boolean => this.isSecret(name.slice(publicPrefix(name)?.length ?? 0));

  /** A name that is secret whatever `reportAmbiguousNames` says. */
  isSurelySecret(name: string): boolean {
    return classifyName(name, this.#vocabulary) === 'secret';
  }
}
