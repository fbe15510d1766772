const memo = new Map<string, string>();
memo.set('Authorization', 'Bearer __FAKE_opaque_16__');

export function remember(params: URLSearchParams) {
  params.set('apikey', '__FAKE_opaque_17__');
  return params;
}

export const user = { name: 'Ada', Authorization: 'admin' };
