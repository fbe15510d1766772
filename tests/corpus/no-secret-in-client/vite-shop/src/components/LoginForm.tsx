import { useState, type FormEvent } from 'react';
import { useAuth } from '../hooks/useAuth';

const TOKEN_STORAGE_KEY = 'access_token';
const PUBLIC_KEY = import.meta.env.VITE_MP_PUBLIC_KEY;
const GOOGLE_CLIENT_ID = import.meta.env.VITE_GOOGLE_CLIENT_ID;
const RECAPTCHA_SITE_KEY = import.meta.env.VITE_RECAPTCHA_SITE_KEY;
const SUPABASE_ANON_KEY = import.meta.env.VITE_SUPABASE_ANON_KEY;

export function LoginForm({ clientSecret }: { clientSecret: string }) {
  const { login, accessToken } = useAuth();
  const [password, setPassword] = useState('');
  const [secretAnswer, setSecretAnswer] = useState('');
  const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    await login('user@example.com', password);
    await fetch('/api/session', {
      method: 'POST',
      headers: { 'X-CSRF-Token': csrfToken, 'X-Auth-Token': accessToken ?? '', Authorization: `Bearer ${localStorage.getItem(TOKEN_STORAGE_KEY)}` },
      body: JSON.stringify({ secretAnswer }),
    });
  }

  const looksSecret = (key: string) => key.startsWith('sk_') || key.startsWith('APP_USR-');
  return (
    <form onSubmit={submit} data-pk={PUBLIC_KEY} data-client={GOOGLE_CLIENT_ID} data-site={RECAPTCHA_SITE_KEY} data-anon={SUPABASE_ANON_KEY}>
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <input value={secretAnswer} onChange={(e) => setSecretAnswer(e.target.value)} />
      <StripeElements clientSecret={clientSecret} placeholder="sk_live_xxxxxxxxxxxxxxxxxxxx" valid={looksSecret('APP_USR-xxxx')} />
    </form>
  );
}
