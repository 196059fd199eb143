// 执法主体 calls: the tenant's agency list (flat, with parentId), create and update; tenants for the switcher.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyCreateBody, AgencyUpdateBody, AgencyView } from '../../../../contracts/agency';
import type { TenantView } from '../../../../contracts/tenant';
import { api } from '../../lib/api-client';

export interface AgencyListParams {
  tenant?: string;
  status?: 'active' | 'abolished';
  q?: string;
}

export const agencyKeys = {
  all: ['agencies'] as const,
  list: (params: AgencyListParams) => ['agencies', params] as const,
};

export const fetchAgencies = (params: AgencyListParams, signal?: AbortSignal) =>
  api.get<{ items: AgencyView[] }>('/api/agencies', { ...params }, signal).then((r) => r.items);

export function useAgencies(params: AgencyListParams) {
  return useQuery({ queryKey: agencyKeys.list(params), queryFn: ({ signal }) => fetchAgencies(params, signal) });
}

export const fetchTenants = (signal?: AbortSignal) =>
  api.get<{ items: TenantView[] }>('/api/tenants', undefined, signal).then((r) => r.items);

export function useTenants(enabled: boolean) {
  return useQuery({
    queryKey: ['tenants'],
    queryFn: ({ signal }) => fetchTenants(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export const createAgency = (body: AgencyCreateBody) => api.post<AgencyView>('/api/agencies', body);
export const updateAgency = (id: string, body: AgencyUpdateBody) => api.patch<AgencyView>(`/api/agencies/${id}`, body);

export function useSaveAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: AgencyUpdateBody } | { id?: undefined; body: AgencyCreateBody }) =>
      input.id ? updateAgency(input.id, input.body) : createAgency(input.body as AgencyCreateBody),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agencyKeys.all }),
  });
}
