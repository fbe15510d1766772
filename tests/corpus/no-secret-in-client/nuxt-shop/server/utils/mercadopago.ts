import { MercadoPagoConfig } from 'mercadopago';

export const mpClient = () => new MercadoPagoConfig({ accessToken: useRuntimeConfig().mpAccessToken });
