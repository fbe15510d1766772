// Calling an Azure Functions app: its key belongs in the x-functions-key header
const FUNCTIONS_BASE = 'https://orders-fn.azurewebsites.net/api';
const FUNCTION_KEY = '__FAKE_azureFunctionKey_580__';

export async function createOrder(order) {
  const res = await fetch(`${FUNCTIONS_BASE}/CreateOrder?code=${FUNCTION_KEY}`, { method: 'POST', body: JSON.stringify(order) }); // expect: credentialInUrl
  return res.json();
}

export async function finishLogin(code) {
  // the OAuth callback's one-time code, passed on to the login function
  return fetch(`${FUNCTIONS_BASE}/Login?code=${encodeURIComponent(code)}`);
}

export const health = () => fetch(`${FUNCTIONS_BASE}/Health`, { headers: { 'x-functions-key': process.env.FUNCTION_KEY } });
