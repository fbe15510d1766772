import express from 'express';

// server code: the client secret belongs here
const clientSecret = '__FAKE_opaque_86__';
export const router = express.Router();
router.post('/oauth/token', (req, res) => res.json({ client_id: '5120938475612093', secretLength: clientSecret.length }));
