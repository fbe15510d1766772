import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { shopify } from './client';

const typeDefs = `type Query { productCount: Int }`;
const resolvers = { Query: { productCount: async () => (await shopify.request<{ productsCount: { count: number } }>('{ productsCount { count } }')).productsCount.count } };

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4000) } });
console.log(`gateway at ${url}, signing with ${process.env.GATEWAY_SIGNING_SECRET ? 'a' : 'no'} secret`);
