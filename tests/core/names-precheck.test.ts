import { describe, expect, it } from 'vitest';
import { namesPrecheck } from '../../src/core/prechecks/names.js';
import { CREDENTIAL_PARAMS, SECRET_NAME_PATTERNS } from '../../src/core/credentials/vocabulary.js';
import { LITERAL_SECRET_PHRASES } from '../../src/core/credentials/generic-secret.js';

const words = (name: string): string[] => name.replaceAll(/([a-z\d])([A-Z])/gu, '$1 $2').split(/[\s._-]+/u).filter(Boolean);
const spellings = (name: string): string[] => {
  const w = words(name);
  return [w.join('_').toLowerCase(), w.join('-').toUpperCase(), w.map((x, i) => (i === 0 ? x.toLowerCase() : x.charAt(0).toUpperCase() + x.slice(1).toLowerCase())).join('')];
};

describe('namesPrecheck', () => {
  const pattern = namesPrecheck(CREDENTIAL_PARAMS);

  it.each(CREDENTIAL_PARAMS.flatMap((name) => spellings(name).map((s) => [s])))('finds the credential parameter spelled %s', (spelling) => {
    expect(pattern.test(`url + '?${spelling}=' + value`)).toBe(true);
  });

  it.each([...SECRET_NAME_PATTERNS, 'api key', 'token', 'jwt', 'bearer'].map((p) => [p]))('finds the secret words "%s" in a name', (phrase) => {
    const name = phrase.split(' ').map((w) => w.toUpperCase()).join('_');
    expect(pattern.test(`process.env.MY_${name}`)).toBe(true);
  });

  it.each(LITERAL_SECRET_PHRASES.map((p) => [p]))('finds the literal names\' phrase "%s" in a name', (phrase) => {
    const name = phrase.split(' ').map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
    expect(pattern.test(`const ${name} = 'x';`)).toBe(true);
  });

  it('finds apikey through api[^\\da-z]*key, with no alternative of its own', () => {
    expect(pattern.test('const apikey = 1;')).toBe(true);
    expect(pattern.test('const API__KEY = 1;')).toBe(true);
    // one of the words before the separator run before `key`, in the one lookbehind of the keys (`anchoredSource`)
    expect(pattern.source).toMatch(/\(\?:(?:[a-z]+\|)*api(?:\|[a-z]+)*\)\[\^\\da-z\]\*/u);
    expect(pattern.source).not.toMatch(/[(|]api\[k\\u212A\]ey/u);
  });

  it('finds a name that holds a secret phrase inside a word (hapikey) through the phrase, with no alternative of its own', () => {
    expect(pattern.test("url + '?hapikey=' + key")).toBe(true);
    expect(pattern.test('HAPIKEY')).toBe(true);
    expect(pattern.source).not.toMatch(/hapi/iu);
    // a word that holds only part of a phrase keeps its own alternative
    expect(namesPrecheck(['hapik']).test('x.hapik')).toBe(true);
  });

  it('finds nothing in code that names no credential', () => {
    expect(pattern.test('export const sum = (a, b) => a + b; // keyboard, monkey, apiary')).toBe(false);
  });

  it('answers the same RegExp for the same configuration, another for another', () => {
    expect(namesPrecheck([...CREDENTIAL_PARAMS])).toBe(pattern);
    const custom = namesPrecheck([...CREDENTIAL_PARAMS, 'sid'], [], [['shop', 'pass']]);
    expect(custom).not.toBe(pattern);
    expect(custom.test('?sid=1')).toBe(true);
    expect(custom.test('SHOP_PASS')).toBe(true);
    expect(pattern.test('?sid=1')).toBe(false);
  });

  it('leaves out allowed names', () => {
    const allowed = namesPrecheck(['session_id'], ['session_id']);
    expect(allowed.test('?session_id=1')).toBe(false);
    expect(namesPrecheck(['session_id']).test('?session_id=1')).toBe(true);
  });
});
