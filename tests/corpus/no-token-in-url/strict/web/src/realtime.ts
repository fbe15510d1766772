export function connect(token: string) {
  const ws = new WebSocket(`wss://stream.example.com/v1/live?access_token=${token}`); // expect: tokenInSocketUrl
  ws.onmessage = (e) => console.log(e.data);
  return ws;
}

export function events(key: string) {
  const url = '/api/events?api_key=' + key; // expect: tokenInSocketUrl
  return new EventSource(url);
}

export function connectWithTicket(ticket: string) {
  return new WebSocket(`wss://stream.example.com/v1/live?ticket=${ticket}`);
}
