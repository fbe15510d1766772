'use client';

import { initializeApp } from 'firebase/app';
import { createClient } from '@supabase/supabase-js';
import mapboxgl from 'mapbox-gl';
import { useSession } from 'next-auth/react';

// public by design: a Firebase web config, a Supabase anon key, a Mapbox public token, an OAuth client id
const firebaseConfig = {
  apiKey: '__FAKE_opaque_84__',
  authDomain: 'shop-2f9c1.firebaseapp.com',
  projectId: 'shop-2f9c1',
  appId: '1:5120938475:web:8d1f0e2a9c3b7f41',
  measurementId: 'G-8D1F0E2A9C',
};
export const firebase = initializeApp(firebaseConfig);
const supabaseAnonKey = '__FAKE_opaque_85__';
export const supabase = createClient('https://xyzcompany.supabase.co', supabaseAnonKey);
mapboxgl.accessToken = 'pk.__FAKE_opaque_89__';
const oauth = { client_id: '__FAKE_hex_90__', publishableKey: '__FAKE_opaque_91__', public_key: '__FAKE_opaque_92__' };

export function Providers({ children }: { children: React.ReactNode }) {
  const { data } = useSession();
  // a CSRF token read from the page and the signed-in user's own session token
  const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
  const sessionToken = data?.accessToken;
  const accessToken = sessionToken ?? '';
  return (
    <div data-csrf={csrfToken} data-signed-in={accessToken !== ''} data-client={oauth.client_id}>
      {children}
    </div>
  );
}
