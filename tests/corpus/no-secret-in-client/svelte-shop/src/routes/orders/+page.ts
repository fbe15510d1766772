import { MP_ACCESS_TOKEN } from '$env/static/private'; // expect: privateEnvModule
import { PUBLIC_API_URL } from '$env/static/public';

export async function load({ fetch }) {
  const response = await fetch(`${PUBLIC_API_URL}/orders`, { headers: { Authorization: `Bearer ${MP_ACCESS_TOKEN}` } });
  return { orders: await response.json() };
}
