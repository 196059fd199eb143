// 法定期限 calls: the rule catalogue (with the tenant's settings), the compute endpoint with its explanation, and
// the settings of configurable rules (the tenant's, an agency's legal-review limit).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgencyDeadlineSettingBody,
  DeadlineResultView,
  DeadlineRulesView,
  DeadlineSettingBody,
  DeadlineSettingsView,
} from '../../../../contracts/deadline';
import { api } from '../../lib/api-client';

export const deadlineKeys = {
  all: ['deadlines'] as const,
  rules: (agency?: string) => ['deadlines', 'rules', agency ?? ''] as const,
  settings: (agency?: string) => ['deadlines', 'settings', agency ?? ''] as const,
  compute: (q: DeadlineComputeParams) => ['deadlines', 'compute', q] as const,
};

export interface DeadlineComputeParams {
  rule: string;
  start: string;
  agency?: string;
  /** from..to,from..to (to empty while still suspended). */
  suspensions?: string;
  extension?: number;
  extensionApprovedOn?: string;
}

export function useDeadlineRules(agency?: string) {
  return useQuery({
    queryKey: deadlineKeys.rules(agency),
    queryFn: ({ signal }) => api.get<DeadlineRulesView>('/api/deadlines/rules', { agency }, signal),
    staleTime: 60_000,
  });
}

export function useDeadlineCompute(params: DeadlineComputeParams | null) {
  return useQuery({
    queryKey: deadlineKeys.compute(params ?? { rule: '', start: '' }),
    queryFn: ({ signal }) => api.get<DeadlineResultView>('/api/deadlines/compute', { ...params }, signal),
    enabled: !!params,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useDeadlineSettings(agency?: string) {
  return useQuery({
    queryKey: deadlineKeys.settings(agency),
    queryFn: ({ signal }) => api.get<DeadlineSettingsView>('/api/deadlines/settings', { agency }, signal),
  });
}

export function useSetTenantDeadline() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DeadlineSettingBody) => api.put<DeadlineSettingsView>('/api/deadlines/settings', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: deadlineKeys.all }),
  });
}

export function useSetAgencyDeadline(agencyId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AgencyDeadlineSettingBody) =>
      api.put<DeadlineSettingsView>(`/api/deadlines/settings/agencies/${agencyId}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: deadlineKeys.all }),
  });
}
