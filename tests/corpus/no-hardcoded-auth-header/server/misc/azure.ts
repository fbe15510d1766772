export async function translate(text: string) {
  return fetch('https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&to=es', {
    method: 'POST',
    headers: {
      'Ocp-Apim-Subscription-Key': '__FAKE_opaque_20__', // expect: hardcoded
      'Ocp-Apim-Subscription-Region': 'brazilsouth',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify([{ text }]),
  });
}
