import { env } from '$env/dynamic/private';
import { MercadoPagoConfig } from 'mercadopago';

export const mp = new MercadoPagoConfig({ accessToken: env.MP_ACCESS_TOKEN });
