import { cookies } from 'next/headers';

export async function GET() {
  const token = (await cookies()).get('session')?.value;
  const res = await fetch('https://api.acme.dev/me', {
    headers: { Authorization: `Bearer ${token}`, 'X-Api-Key': await readKey() },
    cache: 'no-store',
  });
  return Response.json(await res.json());
}

async function readKey() {
  return (await import('node:fs/promises')).readFile('/run/secrets/api_key', 'utf8');
}
