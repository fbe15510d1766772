import { Client } from '@stomp/stompjs';
import { io } from 'socket.io-client';
import api from './client';

export function listInvoices(serviceToken: string) {
  return fetch(`/api/invoices?token=${serviceToken}`); // expect: tokenInQuery
}

export function exportInvoices(params: { from: string; to: string }, sessionToken: string) {
  const query = `${new URLSearchParams({ ...params, session_token: sessionToken })}`;
  return api.get(`/api/invoices/export?${query}`);
}

export function nextPage(nextPageToken: string, csrfToken: string) {
  return api({ url: '/api/invoices', params: { page_token: nextPageToken, csrf_token: csrfToken } });
}

export function searchInvoices(q: string, refreshToken: string) {
  return api('/api/invoices/search', { params: { q, refreshToken } }); // expect: tokenInQuery
}

export function mailInvoice(to: string, id: string) {
  window.location.href = `mailto:${to}?subject=Invoice%20${id}`;
}

export function liveInvoices(accessToken: string) {
  const stomp = new Client({ brokerURL: `wss://push.example.com/ws?access_token=${accessToken}` });
  const socket = io('https://push.example.com', { query: { access_token: accessToken } });
  return { stomp, socket };
}
