export function connect(token: string) {
  const ws = new WebSocket(`wss://stream.example.com/v1/live?access_token=${token}`);
  ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', token }));
  return ws;
}

export function events(key: string) {
  return new EventSource('/api/events?api_key=' + key);
}
