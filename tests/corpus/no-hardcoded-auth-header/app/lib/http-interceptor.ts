import axios from 'axios';
import { getAccessToken } from './auth';

const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use(async (config) => {
  const token = await getAccessToken();
  if (token) config.headers.Authorization = `Bearer ${token}`;
  config.headers['Content-Type'] = 'application/json';
  return config;
});

export default api;
