// Example taken from the provider's quick start; fill in your own credentials.
export function example() {
  return fetch('https://api.example.com/v1/items', {
    headers: {
      Authorization: 'Bearer YOUR_ACCESS_TOKEN',
      'x-api-key': '<your-api-key>',
      'X-Auth-Token': 'xxxxxxxxxxxxxxxxxxxxxxxx',
    },
  });
}

export function basicSample() {
  return fetch('https://api.example.com/v1/items', {
    headers: { Authorization: 'Basic ' + btoa('username:password') },
  });
}
