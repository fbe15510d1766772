import { GraphQLClient } from 'graphql-request';

export function makeClient(token: string) {
  return new GraphQLClient('https://api.example.com/graphql', {
    headers: { authorization: `Bearer ${token}` },
  });
}
