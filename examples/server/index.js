// The shop's backend: serves the API the web app calls and keeps every private credential.
import express from 'express';
import { payments } from './routes/payments.js';
import { integrations } from './routes/integrations.js';

const app = express();
app.use(express.json());
app.use('/api', payments);
app.use('/api', integrations);

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log('API listening');
});
