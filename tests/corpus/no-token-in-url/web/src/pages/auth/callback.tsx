import { useEffect } from 'react';
import { useRouter } from 'next/router';

export default function Callback() {
  const router = useRouter();
  useEffect(() => {
    const params = new URLSearchParams(window.location.hash.slice(1));
    const token = params.get('access_token');
    if (!token) return;
    localStorage.setItem('token', token);
    router.replace('/dashboard?access_token=' + token); // expect: tokenInNavigation
  }, [router]);
  return <p>Signing you in…</p>;
}
