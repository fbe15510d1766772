import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const url = new URL('https://newsapi.org/v2/top-headlines');
  url.searchParams.set('country', String(req.query.country ?? 'us'));
  url.searchParams.set('apiKey', process.env.NEWS_API_KEY!); // expect: tokenInQuery
  const upstream = await fetch(url);
  const incoming = new URL(req.url!, 'http://localhost');
  const debug = incoming.searchParams.get('access_token');
  res.status(upstream.status).json({ debug: Boolean(debug), ...(await upstream.json()) });
}
