const { WebClient } = require('@slack/web-api');
const twilio = require('twilio');

const web = new WebClient('__FAKE_slackBot_8__'); // expect: hardcodedSdk
const sms = twilio(process.env.TWILIO_ACCOUNT_SID, '__FAKE_opaque_9__'); // expect: hardcodedSdk
const smsFromEnv = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

module.exports = { web, sms, smsFromEnv };
