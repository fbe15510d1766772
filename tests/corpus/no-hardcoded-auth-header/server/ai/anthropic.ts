const headers = {
  'x-api-key': '__FAKE_anthropic_1__', // expect: hardcoded
  'anthropic-version': '2023-06-01',
  'content-type': 'application/json',
};

export async function complete(prompt: string) {
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers,
    body: JSON.stringify({ model: 'claude-3-5-haiku-latest', max_tokens: 512, messages: [{ role: 'user', content: prompt }] }),
  });
  return res.json();
}
