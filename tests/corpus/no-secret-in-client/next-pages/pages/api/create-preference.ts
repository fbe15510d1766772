import type { NextApiRequest, NextApiResponse } from 'next';
import mercadopago from 'mercadopago';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const response = await fetch('https://api.mercadopago.com/checkout/preferences', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.MP_ACCESS_TOKEN}` },
    body: JSON.stringify(req.body),
  });
  res.status(200).json({ ...(await response.json()), sdk: typeof mercadopago });
}
