export const client = (token?: string) =>
  fetch('https://api.acme.dev', {
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      'x-api-key': process.env.ACME_KEY ?? '',
    },
  });
