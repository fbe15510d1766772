const axios = require('axios');
const request = require('request');
const needle = require('needle');
const { request: undiciRequest } = require('undici');

const QUOTES_TOKEN = '__FAKE_opaque_41__';

exports.latest = async (symbol) => {
  const { data } = await axios.get(`https://quotes.example/api/v2/latest?symbol=${symbol}&token=${QUOTES_TOKEN}`); // expect: credentialInUrl
  return data;
};

exports.history = (symbol, cb) => {
  request({ url: 'https://quotes.example/api/v2/history', qs: { symbol, api_key: process.env.QUOTES_KEY } }, cb); // expect: tokenInQuery
};

exports.login = (user, cb) => {
  // a password in a GET's data is in the query
  needle('get', 'https://legacy.example/login', { user: user.name, password: user.password }, cb); // expect: tokenInQuery
};

exports.refresh = async (refreshToken) => {
  // the token request goes in a POST body: fine
  const { data } = await axios({ method: 'post', url: 'https://auth.example/oauth/token', data: { grant_type: 'refresh_token', refresh_token: refreshToken, client_secret: process.env.CLIENT_SECRET } });
  return data;
};

exports.page = async (pageToken) => {
  const { body } = await undiciRequest('https://quotes.example/api/v2/list', { query: { pageToken, page_size: 50 } });
  return body.json();
};

exports.resetLink = (resetToken) => `${process.env.APP_URL}/reset-password?token=${resetToken}`;

exports.totpUri = (issuer, account, secret) => `otpauth://totp/${issuer}:${account}?secret=${secret}&issuer=${issuer}`;
