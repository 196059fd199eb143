// 账号管理 calls: accounts, their role grants and API tokens, and the agency list the forms pick from.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccountCreateBody,
  AccountView,
  ApiTokenView,
  GrantCreateBody,
  GrantView,
} from '../../../../contracts/account';
import type { AgencyView } from '../../../../contracts/agency';
import type { TenantView } from '../../../../contracts/tenant';
import type { TOKEN_PERMISSIONS } from '../../../../contracts/roles';
import { api } from '../../lib/api-client';

// ---- accounts

export interface AccountListParams {
  agencyId?: string;
  q?: string;
  status?: 'active' | 'disabled';
}

export interface AccountUpdateInput {
  displayName?: string;
  agencyId?: string;
  phone?: string | null;
  status?: 'active' | 'disabled';
}

export const accountKeys = {
  all: ['accounts'] as const,
  list: (params: AccountListParams) => ['accounts', params] as const,
};

export const fetchAccounts = (params: AccountListParams, signal?: AbortSignal) =>
  api.get<{ items: AccountView[] }>('/api/accounts', { ...params }, signal).then((r) => r.items);

export function useAccounts(params: AccountListParams, enabled = true) {
  return useQuery({
    queryKey: accountKeys.list(params),
    queryFn: ({ signal }) => fetchAccounts(params, signal),
    enabled,
  });
}

export const createAccount = (body: AccountCreateBody) => api.post<AccountView>('/api/accounts', body);
export const updateAccount = (id: string, body: AccountUpdateInput) =>
  api.patch<AccountView>(`/api/accounts/${id}`, body);
export const unlockAccount = (id: string) => api.post<AccountView>(`/api/accounts/${id}/unlock`);
export const resetAccountPassword = (id: string, password: string) =>
  api.post<unknown>(`/api/accounts/${id}/reset-password`, { password });
/** The full phone number; the server writes this read to the access log. */
export const revealAccountPhone = (id: string) => api.get<{ phone: string | null }>(`/api/accounts/${id}/phone`);

function useAccountMutation<TInput, TOutput>(fn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }) });
}

export const useCreateAccount = () => useAccountMutation(createAccount);
export const useUpdateAccount = () =>
  useAccountMutation((i: { id: string; body: AccountUpdateInput }) => updateAccount(i.id, i.body));
export const useUnlockAccount = () => useAccountMutation(unlockAccount);
export const useResetAccountPassword = () =>
  useAccountMutation((i: { id: string; password: string }) => resetAccountPassword(i.id, i.password));

// ---- role grants

export const grantKeys = {
  all: ['grants'] as const,
  forAccount: (accountId: string) => ['grants', { accountId }] as const,
};

export const fetchGrants = (accountId: string, signal?: AbortSignal) =>
  api.get<{ items: GrantView[] }>('/api/grants', { accountId }, signal).then((r) => r.items);

export function useGrants(accountId: string | null) {
  return useQuery({
    queryKey: grantKeys.forAccount(accountId ?? ''),
    queryFn: ({ signal }) => fetchGrants(accountId!, signal),
    enabled: !!accountId,
  });
}

export const createGrant = (body: GrantCreateBody) => api.post<GrantView>('/api/grants', body);
export const revokeGrant = (id: string) => api.delete<unknown>(`/api/grants/${id}`);

function useGrantMutation<TInput, TOutput>(fn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Roles show in the account list too, and the user's own /api/me if they changed their own grants.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: grantKeys.all }),
        queryClient.invalidateQueries({ queryKey: accountKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]),
  });
}

export const useCreateGrant = () => useGrantMutation(createGrant);
export const useRevokeGrant = () => useGrantMutation(revokeGrant);

// ---- API tokens

export type TokenPermission = (typeof TOKEN_PERMISSIONS)[number];

export interface ApiTokenCreateInput {
  accountId: string;
  name: string;
  permissions: TokenPermission[];
  /** 'YYYY-MM-DD' */
  expiresAt: string;
}

export const fetchApiTokens = (signal?: AbortSignal) =>
  api.get<{ items: ApiTokenView[] }>('/api/api-tokens', undefined, signal).then((r) => r.items);

export function useApiTokens() {
  return useQuery({ queryKey: ['api-tokens'], queryFn: ({ signal }) => fetchApiTokens(signal) });
}

export const createApiToken = (body: ApiTokenCreateInput) =>
  api.post<{ token: string; item: ApiTokenView }>('/api/api-tokens', body);
export const revokeApiToken = (id: string) => api.delete<unknown>(`/api/api-tokens/${id}`);

function useTokenMutation<TInput, TOutput>(fn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] }) });
}

export const useCreateApiToken = () => useTokenMutation(createApiToken);
export const useRevokeApiToken = () => useTokenMutation(revokeApiToken);

// ---- pick lists (agencies and tenants), read only when the user may read them

export function useAgencyOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['agencies', {}],
    queryFn: ({ signal }) => api.get<{ items: AgencyView[] }>('/api/agencies', undefined, signal).then((r) => r.items),
    enabled,
  });
}

export function useTenantOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['tenants'],
    queryFn: ({ signal }) => api.get<{ items: TenantView[] }>('/api/tenants', undefined, signal).then((r) => r.items),
    enabled,
    staleTime: 5 * 60_000,
  });
}
