import type { Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.apiToken = env.API_TOKEN;
  return resolve(event);
};
