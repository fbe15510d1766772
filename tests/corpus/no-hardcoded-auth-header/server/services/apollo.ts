import { ApolloClient, InMemoryCache, createHttpLink } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';

const httpLink = createHttpLink({ uri: 'https://api.github.com/graphql' });

const authLink = setContext((_, { headers }) => ({
  headers: {
    ...headers,
    authorization: 'Bearer __FAKE_githubToken_3__', // expect: hardcoded
  },
}));

export const client = new ApolloClient({ link: authLink.concat(httpLink), cache: new InMemoryCache() });
