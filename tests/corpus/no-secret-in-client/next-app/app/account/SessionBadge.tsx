'use client';

import { useSession } from 'next-auth/react';

export function SessionBadge() {
  const { data } = useSession();
  const accessToken = data?.accessToken;
  async function loadProfile() {
    return fetch('/api/profile', { headers: { Authorization: `Bearer ${accessToken}` } });
  }
  return <button onClick={loadProfile}>{data?.user?.name}</button>;
}
