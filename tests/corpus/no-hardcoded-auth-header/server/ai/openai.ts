type Message = { role: 'system' | 'user' | 'assistant'; content: string };

const OPENAI_URL = 'https://api.openai.com/v1/chat/completions';

export async function chat(messages: Message[]): Promise<string> {
  const response = await fetch(OPENAI_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Bearer __FAKE_openaiProject_1__', // expect: hardcoded
    },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages }),
  });
  const json = (await response.json()) as { choices: Array<{ message: Message }> };
  return json.choices[0]?.message.content ?? '';
}
