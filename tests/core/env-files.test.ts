import { describe, expect, it } from 'vitest';
import { identify } from '../../src/core/credentials/catalogue.js';
import { isPlaceholder } from '../../src/core/credentials/placeholders.js';
import { DOTENV_FLOW, VITE, envFileNames, envVerdict } from '../../src/core/files/env-files.js';
import { fake } from '../fixtures/fake.js';

describe('envFileNames: the files a framework reads, highest priority first', () => {
  it.each([
    ['Next.js', 'NEXT_PUBLIC_X', DOTENV_FLOW],
    ['Create React App', 'REACT_APP_X', DOTENV_FLOW],
    ['Expo', 'EXPO_PUBLIC_X', DOTENV_FLOW],
    ['Vite', 'VITE_X', VITE],
    ['SvelteKit', 'PUBLIC_X', VITE],
    ['Astro', 'PUBLIC_X', VITE],
    ['Vue CLI', 'VUE_APP_X', VITE],
    ['Nuxt', 'NUXT_PUBLIC_X', ['.env']],
    ['Gatsby', 'GATSBY_X', ['.env.production', '.env.development']],
    ['Angular', 'NG_APP_X', []],
    // no tool that says: the prefix decides, then the Next.js list
    ['', 'VITE_X', VITE],
    ['webpack', 'NUXT_PUBLIC_X', ['.env']],
    ['', 'GATSBY_X', ['.env.production', '.env.development']],
    ['express', 'STRIPE_KEY', DOTENV_FLOW],
  ] as const)('%s, %s', (tool, name, expected) => {
    expect(envFileNames({ tool }, name, undefined)).toEqual(expected);
  });

  it('orders the mode files against .env.local as each tool does', () => {
    // Next.js: .env.local before .env.production; Vite: .env.production before .env.local
    expect(DOTENV_FLOW.indexOf('.env.local')).toBeLessThan(DOTENV_FLOW.indexOf('.env.production'));
    expect(VITE.indexOf('.env.production')).toBeLessThan(VITE.indexOf('.env.local'));
    for (const list of [DOTENV_FLOW, VITE]) {
      expect(list[0]).toBe('.env.production.local');
      expect(list.at(-1)).toBe('.env');
      expect(list).not.toContain('.env.test');
    }
  });

  it('takes the setting as it is', () => {
    expect(envFileNames({ tool: 'Next.js' }, 'NEXT_PUBLIC_X', ['.env.staging', '.env'])).toEqual(['.env.staging', '.env']);
  });
});

describe('envVerdict', () => {
  const reportable = (value: string): boolean => !isPlaceholder(value);
  const sk = fake.stripeSecret(301);
  const pk = fake.stripePublishable(302);
  const mpPublic = fake.mpPublicKey(303);

  it('names the first private value by priority', () => {
    const verdict = envVerdict(
      [
        { file: '.env.local', value: pk },
        { file: '.env.production', value: sk },
        { file: '.env', value: fake.stripeSecret(304) },
      ],
      identify,
      reportable,
    );
    expect(verdict?.kind === 'private' ? [verdict.file, verdict.match.value] : verdict).toEqual(['.env.production', sk]);
  });

  it('confirms public only when every value that counts is a public key', () => {
    expect(envVerdict([{ file: '.env', value: pk }, { file: '.env.local', value: mpPublic }, { file: '.env.production', value: '' }], identify, reportable)).toEqual({
      kind: 'public',
    });
    expect(envVerdict([{ file: '.env', value: pk }, { file: '.env.local', value: 'some-other-value-1234' }], identify, reportable)).toBeUndefined();
    expect(envVerdict([{ file: '.env', value: '' }], identify, reportable)).toBeUndefined();
    expect(envVerdict([], identify, reportable)).toBeUndefined();
  });

  it('skips placeholders', () => {
    expect(envVerdict([{ file: '.env', value: 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx' }], identify, reportable)).toBeUndefined();
  });
});
