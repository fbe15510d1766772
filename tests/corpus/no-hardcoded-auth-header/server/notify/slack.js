const axios = require('axios');

const SLACK_BOT_TOKEN = '__FAKE_slackBot_1__';
const TOKEN = SLACK_BOT_TOKEN;

async function postMessage(channel, text) {
  await axios.post(
    'https://slack.com/api/chat.postMessage',
    { channel, text },
    { headers: { Authorization: 'Bearer ' + TOKEN } }, // expect: hardcodedConstant
  );
}

module.exports = { postMessage };
