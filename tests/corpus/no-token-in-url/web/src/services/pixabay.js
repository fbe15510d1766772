const API_KEY = import.meta.env.VITE_PIXABAY_KEY;
const BASE_URL = 'https://pixabay.com/api/';

// Pixabay's parameter is `key`, a generic name: its value, named as an API key, makes it a credential in a request
export function searchImages(q, page = 1) {
  const params = new URLSearchParams({ key: API_KEY, q, image_type: 'photo', page: String(page) }); // expect: tokenInQuery
  return fetch(`${BASE_URL}?${params}`).then((r) => r.json());
}
