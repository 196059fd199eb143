// The signed-in user: the /api/me query every part of the app reads, plus sign-in and sign-out calls.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { LoginBody, MeView } from '../../../contracts/account';
import type { Permission } from '../../../contracts/roles';
import { api } from './api-client';

export const meQueryKey = ['me'] as const;

export const fetchMe = (signal?: AbortSignal) => api.get<MeView>('/api/me', undefined, signal);

export function useMeQuery() {
  return useQuery({ queryKey: meQueryKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000 });
}

/** The signed-in user. Only for components below the authenticated layout, which waits for /api/me. */
export function useCurrentUser(): MeView {
  const { data } = useMeQuery();
  if (!data) throw new Error('useCurrentUser before /api/me resolved');
  return data;
}

export function useHasPermission(permission: Permission): boolean {
  const { data } = useMeQuery();
  return !!data?.permissions.includes(permission);
}

/** Signs in; the server answers with the same view as /api/me. */
export const login = (body: LoginBody) => api.post<MeView>('/api/auth/login', body);

export async function logout(queryClient: QueryClient): Promise<void> {
  try {
    await api.post('/api/auth/logout');
  } finally {
    // Drop every cached answer so the next user of this browser sees nothing of this one's data.
    queryClient.clear();
  }
}
