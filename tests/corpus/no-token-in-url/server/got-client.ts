import got from 'got';

const client = got.extend({
  prefixUrl: 'https://api.example-crm.com/v2',
  searchParams: { api_key: process.env.CRM_API_KEY }, // expect: tokenInQuery
});

export const contacts = (page: number) => client.get('contacts', { searchParams: { page } }).json();

export const deals = () =>
  got('https://api.example-crm.com/v2/deals', {
    headers: { authorization: `Bearer ${process.env.CRM_TOKEN}` },
    searchParams: { status: 'open', pageToken: '' },
  }).json();
