const express = require('express');
const passport = require('passport');
const jwt = require('jsonwebtoken');

const router = express.Router();
const CLIENT_URL = process.env.CLIENT_URL;

router.get('/google/callback', passport.authenticate('google', { session: false }), (req, res) => {
  const accessToken = jwt.sign({ id: req.user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
  res.redirect(`${CLIENT_URL}/oauth/success?token=${accessToken}`); // expect: tokenInNavigation
});

router.get('/github/callback', passport.authenticate('github', { session: false }), (req, res) => {
  const token = jwt.sign({ id: req.user.id }, process.env.JWT_SECRET);
  res.cookie('jwt', token, { httpOnly: true, secure: true });
  res.redirect(`${CLIENT_URL}/oauth/success?provider=github`);
});

router.post('/forgot', async (req, res) => {
  const resetToken = await createResetToken(req.body.email);
  await sendMail(req.body.email, `${CLIENT_URL}/reset-password?token=${resetToken}`);
  res.sendStatus(204);
});

router.post('/invite', async (req, res) => {
  const token = await createInvite(req.body.email);
  await sendMail(req.body.email, `${CLIENT_URL}/accept-invite?token=${token}&team=${req.body.team}`);
  res.sendStatus(204);
});

module.exports = router;
