export function usePayments() {
  const config = useRuntimeConfig();
  const secret = config.mpAccessToken; // expect: secretEnv
  return useFetch('/api/payments', { headers: { 'X-Public': config.public.apiBase }, key: secret ? 'auth' : 'anon' });
}
