import axios from 'axios';

const http = axios.create({ baseURL: process.env.VUE_APP_API_URL });

http.defaults.headers.common['X-VTEX-API-AppToken'] = process.env.VUE_APP_VTEX_TOKEN; // expect: secretHeader

export const listOrders = () => http.get('/orders');
