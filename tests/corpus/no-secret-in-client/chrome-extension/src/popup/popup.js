const OPENAI_KEY = '__FAKE_openaiProject_16__'; // expect: privateLiteral

document.getElementById('summarize').addEventListener('click', async () => {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const response = await fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { Authorization: `Bearer ${OPENAI_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: tab.url }] }),
  });
  document.getElementById('out').textContent = (await response.json()).choices[0].message.content;
});
