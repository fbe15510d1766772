import { describe, expect, it } from 'vitest';
import { classifyParam } from '../../src/core/credentials/param-names.js';
import { CREDENTIAL_PARAMS, nameSet } from '../../src/core/credentials/vocabulary.js';

const listed = nameSet(CREDENTIAL_PARAMS);
const none = new Set<string>();

describe('classifyParam', () => {
  it.each([
    // listed, in any spelling
    ['access_token', 'credential'],
    ['ACCESS-TOKEN', 'credential'],
    ['appid', 'credential'],
    ['app_key', 'credential'],
    ['api-key', 'credential'],
    ['subscription-key', 'credential'],
    ['Ocp-Apim-Subscription-Key', 'credential'],
    ['x-api-key', 'credential'],
    ['pwd', 'credential'],
    ['passwd', 'credential'],
    ['password', 'credential'],
    // by their words
    ['secret_token', 'credential'],
    ['refreshToken', 'credential'],
    ['new_password', 'credential'],
    ['oauth_token_secret', 'credential'],
    ['clientSecretKey', 'credential'],
    ['bot_token', 'credential'],
    // generic alone
    ['token', 'generic'],
    ['key', 'generic'],
    ['auth', 'generic'],
    ['jwt', 'generic'],
    ['secret', 'generic'],
    // credential words that carry no credential the caller owns: incidental
    ['csrf_token', 'incidental'],
    ['authenticity_token', 'incidental'],
    ['page_token', 'incidental'],
    ['pageToken', 'incidental'],
    ['next_token', 'incidental'],
    ['continuation_token', 'incidental'],
    ['reset_token', 'incidental'],
    ['password_reset_token', 'incidental'],
    ['reset_password', 'incidental'],
    ['invite_token', 'incidental'],
    ['id_token', 'incidental'],
    ['oauth_token', 'incidental'],
    ['request_token', 'incidental'],
    ['X-Amz-Security-Token', 'incidental'],
    ['sessionToken', 'incidental'],
    ['client_token', 'incidental'],
    ['link_token', 'incidental'],
    ['cancelToken', 'incidental'],
    ['segmentToken', 'incidental'],
    ['device_token', 'incidental'],
    ['card_token', 'incidental'],
    // metadata, public, unrelated
    ['token_type', 'none'],
    ['token_type_hint', 'none'],
    ['id_token_hint', 'none'],
    ['access_token_expires_in', 'none'],
    ['token_id', 'none'],
    ['password_hash', 'none'],
    ['max_tokens', 'none'],
    ['tokens', 'none'],
    ['client_id', 'none'],
    ['public_key', 'none'],
    ['state', 'none'],
    ['code', 'none'],
    ['invite', 'none'],
    ['my_api_key_id', 'none'],
  ])('%s is %s', (name, expected) => {
    expect(classifyParam(name, listed, none)).toBe(expected);
  });

  it('says none for an allowed name, whatever the lists say', () => {
    expect(classifyParam('access_token', listed, nameSet(['accessToken']))).toBe('none');
    expect(classifyParam('secret_token', listed, nameSet(['secret_token']))).toBe('none');
    expect(classifyParam('token', listed, nameSet(['token']))).toBe('none');
  });

  it('reads words only when asked (the built-in list is in use)', () => {
    const custom = nameSet(['session_key']);
    expect(classifyParam('secret_token', custom, none, false)).toBe('none');
    expect(classifyParam('reset_token', custom, none, false)).toBe('none');
    expect(classifyParam('reset_token', custom, none, true)).toBe('incidental');
    expect(classifyParam('session_key', custom, none, false)).toBe('credential');
    expect(classifyParam('token', custom, none, false)).toBe('generic');
    expect(classifyParam('secret_token', custom, none, true)).toBe('credential');
  });
});
