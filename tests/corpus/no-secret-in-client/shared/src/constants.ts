export const CURRENCY = 'ARS';
export const SANDBOX_ACCESS_TOKEN = '__FAKE_mpTestAccessToken_22__'; // miss: a shared module with no signal; where it runs depends on who imports it
export const MAX_INSTALLMENTS = 12;
