// ❌ The Mercado Pago Node SDK needs the access token: it must never be bundled for the browser.
import { MercadoPagoConfig, Payment } from 'mercadopago';

export function paymentsClient(accessToken: string): Payment {
  return new Payment(new MercadoPagoConfig({ accessToken }));
}
