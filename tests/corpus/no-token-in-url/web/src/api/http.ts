import axios from 'axios';

export const http = axios.create({ baseURL: import.meta.env.VITE_API_URL });

http.interceptors.request.use((config) => {
  config.params = { ...config.params, api_key: import.meta.env.VITE_API_KEY }; // expect: tokenInQuery
  return config;
});

http.interceptors.request.use((config) => {
  const token = localStorage.getItem('token');
  if (token) config.headers.Authorization = `Bearer ${token}`;
  return config;
});
