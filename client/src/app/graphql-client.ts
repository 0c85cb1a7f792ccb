import { persistedExchange } from '@urql/exchange-persisted';
import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { endSession } from '../auth/session';
import { errorCode, SESSION_EXPIRED } from '../ui/errors';

/**
 * Cache policy, chosen on purpose: urql's document cache rather than a normalized one.
 * - Queries run cache-and-network: a screen shows what it already had at once and refreshes
 *   it, because other officers answer in parallel and a monitoring screen must not show
 *   figures from an hour ago.
 * - A mutation invalidates every cached query whose result holds a type the mutation returns
 *   or names in `additionalTypenames` (see the answer form): queries on screen refetch at
 *   once, the others on their next use. Answering a criterion so refreshes the unit's
 *   progress, the commune's colour, the province counts and the heat map without a reload.
 *   A normalized cache (graphcache) would need hand-written update code for each computed
 *   figure to stay correct; refetching costs a few small queries per save and cannot drift.
 */
export function createGraphqlClient(token: string | undefined): Client {
  return new Client({
    url: '/graphql',
    // Apollo Server's CSRF protection refuses queries sent as GET, urql's default.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    exchanges: [
      mapExchange({
        onError(error) {
          // A token that expired or was revoked ends the session; the login page says why.
          if (token && errorCode(error) === 'UNAUTHENTICATED') endSession(SESSION_EXPIRED);
        },
      }),
      cacheExchange,
      // Automatic persisted queries: a query is sent as its SHA-256 hash, and in full only the
      // first time a server has not seen it. POST still, for Apollo's CSRF protection. Without
      // Web Crypto (plain http off localhost) queries go in full, as before.
      persistedExchange({ preferGetForPersistedQueries: false }),
      fetchExchange,
    ],
  });
}
