import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client';
import { meQueryKey } from '../lib/auth';

/**
 * When any call finds the session gone (idle timeout, signed out elsewhere), /api/me is asked again; its 401
 * makes the layout send the user to the sign-in page, remembering where they were.
 */
function onSessionLost(error: unknown, queryClient: () => QueryClient, key?: readonly unknown[]) {
  if (!isApiError(error) || error.code !== 'unauthenticated') return;
  if (key && key[0] === meQueryKey[0]) return;
  void queryClient().invalidateQueries({ queryKey: meQueryKey });
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onSessionLost(error, () => client, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionLost(error, () => client) }),
    defaultOptions: {
      queries: {
        // 4xx answers do not change on retry; only network and server errors are tried again.
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 15_000,
      },
    },
  });
  return client;
}
