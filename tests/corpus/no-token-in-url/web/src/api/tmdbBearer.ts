import axios from 'axios';

// TMDB v4 read access token, sent the right way
export const tmdb = axios.create({
  baseURL: 'https://api.themoviedb.org/3',
  headers: { Authorization: `Bearer ${import.meta.env.VITE_TMDB_READ_TOKEN}` },
  params: { language: 'en-US', page: 1 },
});

export async function popular(page: number) {
  const { data } = await tmdb.get('/movie/popular', { params: { page } });
  return data.results;
}
