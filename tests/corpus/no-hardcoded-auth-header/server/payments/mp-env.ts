import axios from 'axios';
import { config } from '../config';

export const mp = axios.create({
  baseURL: 'https://api.mercadopago.com',
  headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` },
});

export const mpWithConfig = axios.create({
  baseURL: config.mercadoPago.baseUrl,
  headers: { Authorization: `Bearer ${config.mercadoPago.accessToken}` },
});
