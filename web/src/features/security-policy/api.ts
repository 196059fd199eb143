// 安全策略 calls: read and replace the tenant's security policy.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SecurityPolicy } from '../../../../contracts/account';
import { api } from '../../lib/api-client';

const key = ['security-policy'] as const;

export const fetchSecurityPolicy = (signal?: AbortSignal) =>
  api.get<SecurityPolicy>('/api/security-policy', undefined, signal);
export const saveSecurityPolicy = (policy: SecurityPolicy) => api.put<SecurityPolicy>('/api/security-policy', policy);

export function useSecurityPolicy() {
  return useQuery({ queryKey: key, queryFn: ({ signal }) => fetchSecurityPolicy(signal) });
}

export function useSaveSecurityPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSecurityPolicy,
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      // The policy decides whether MFA is required of this very user.
      return queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
