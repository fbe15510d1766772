import { signalStore, withState, withMethods, patchState } from '@ngrx/signals';

const OPENAI_KEY = '__FAKE_openaiProject_64__'; // expect: privateLiteral

export const CheckoutStore = signalStore(
  { providedIn: 'root' },
  withState({ summary: '' }),
  withMethods((store) => ({
    async summarize(items: string[]) {
      const response = await fetch('https://api.openai.com/v1/chat/completions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${OPENAI_KEY}` },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: items.join(', ') }] }),
      });
      patchState(store, { summary: (await response.json()).choices[0].message.content });
    },
  })),
);
