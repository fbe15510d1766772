// The GraphQL playground page the gateway serves at /playground
const DEMO_TOKEN = '__FAKE_githubToken_73__'; // expect: privateLiteral

fetch('/graphql', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-Demo-Token': DEMO_TOKEN },
  body: JSON.stringify({ query: '{ productCount }' }),
}).then((r) => r.json());
