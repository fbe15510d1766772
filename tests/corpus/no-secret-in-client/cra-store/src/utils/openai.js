import OpenAI from 'openai'; // expect: serverSdk

const openai = new OpenAI({
  apiKey: process.env.REACT_APP_OPENAI_API_KEY, // expect: publicPrefixSecret
  dangerouslyAllowBrowser: true,
});

export async function describeProduct(name) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Describe ${name} in one sentence.` }],
  });
  return completion.choices[0].message.content;
}
