'use client';

import { useState } from 'react';

const key = process.env.SEARCH_API_KEY; // expect: secretEnv
const searchOnly = process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY;

export function Search() {
  const [q, setQ] = useState('');
  return <input value={q} onChange={(e) => setQ(e.target.value)} data-key={key ?? searchOnly} />;
}
