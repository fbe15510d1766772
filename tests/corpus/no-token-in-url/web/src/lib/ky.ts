import ky from 'ky';

export const api = ky.create({ prefixUrl: '/api' });

export function stocks(symbol: string, key: string) {
  return ky.get('https://www.alphavantage.co/query', { searchParams: { function: 'GLOBAL_QUOTE', symbol, apikey: key } }).json(); // expect: tokenInQuery
}

export function me(token: string) {
  return api.get('me', { headers: { Authorization: `Bearer ${token}` } }).json();
}
