import express from 'express';
import cors from 'cors';
import dotenv from 'dotenv';
import { MercadoPagoConfig, Preference } from 'mercadopago';

dotenv.config();
const app = express();
app.use(cors({ origin: process.env.FRONTEND_URL }));
app.use(express.json());

const client = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN });

app.post('/api/create_preference', async (req, res) => {
  const preference = await new Preference(client).create({ body: { items: req.body.items } });
  res.json({ id: preference.id });
});

app.listen(process.env.PORT ?? 3000);
