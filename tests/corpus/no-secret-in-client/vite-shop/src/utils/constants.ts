export const CURRENCY = 'ARS';
export const MP_PUBLIC_KEY = '__FAKE_mpPublicKey_68__';
export const MP_ACCESS_TOKEN = '__FAKE_mpAccessToken_69__'; // expect: privateLiteral
export const PAGE_SIZE = 24;
