const token = process.env.REACT_APP_NEWS_TOKEN; // expect: publicPrefixSecret
const clientId = process.env.REACT_APP_NEWS_CLIENT_ID;

export const headlines = () => fetch('https://news.example.org/top', { headers: { 'X-Client-Id': clientId, Authorization: `Bearer ${token}` } });
