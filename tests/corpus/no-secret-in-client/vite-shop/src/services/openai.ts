import OpenAI from 'openai'; // expect: serverSdk

const OPENAI_API_KEY = '__FAKE_openaiProject_67__'; // expect: privateLiteral

const client = new OpenAI({ apiKey: OPENAI_API_KEY, dangerouslyAllowBrowser: true });

export async function suggestProducts(query: string) {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Suggest products for: ${query}` }],
  });
  return completion.choices[0].message.content;
}
