// Sign-in page and personal settings calls: public tenant list, password change, TOTP setup.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { meQueryKey } from '../../lib/auth';

export interface PublicTenant {
  code: string;
  name: string;
}

export const DEFAULT_TENANT_CODE = '533401';

export async function fetchPublicTenants(signal?: AbortSignal): Promise<PublicTenant[]> {
  const data = await api.get<PublicTenant[] | { items: PublicTenant[] }>('/api/public/tenants', undefined, signal);
  return Array.isArray(data) ? data : data.items;
}

export function usePublicTenants() {
  return useQuery({
    queryKey: ['public-tenants'],
    queryFn: ({ signal }) => fetchPublicTenants(signal),
    staleTime: 5 * 60_000,
  });
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export const changePassword = (body: ChangePasswordInput) => api.post<unknown>('/api/me/password', body);

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
}

export const startTotpSetup = () => api.post<TotpSetup>('/api/me/totp/setup');
export const enableTotp = (code: string) => api.post<unknown>('/api/me/totp/enable', { totp: code });
export const disableTotp = (code: string) => api.post<unknown>('/api/me/totp/disable', { totp: code });

/** Each of these changes what /api/me says (mustChangePassword, mfa), so it is asked again afterwards. */
function useMeChangingMutation<TInput, TOutput>(fn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export const useChangePassword = () => useMeChangingMutation(changePassword);
export const useEnableTotp = () => useMeChangingMutation(enableTotp);
export const useDisableTotp = () => useMeChangingMutation(disableTotp);
export const useStartTotpSetup = () => useMutation({ mutationFn: startTotpSetup });
