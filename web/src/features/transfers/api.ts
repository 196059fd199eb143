// 调动与借调 calls: transfer plans (list, detail, save, submit, withdraw, accept, return, execute, the organisation
// department's filing, the balance preview), secondments (list, create, end, flags), front-line strength and
// minimums, and the secondment settings.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyView } from '../../../../contracts/agency';
import type { OfficerView } from '../../../../contracts/officer';
import type {
  AgencyStrengthView,
  BalancePreviewBody,
  BalanceView,
  OrgFilingBody,
  SecondmentCreateBody,
  SecondmentEndBody,
  SecondmentFlagView,
  SecondmentListView,
  SecondmentView,
  StaffingMinimumBody,
  StrengthListView,
  TransferPlanCreateBody,
  TransferPlanListView,
  TransferPlanState,
  TransferPlanUpdateBody,
  TransferPlanView,
  TransferSettingsView,
} from '../../../../contracts/transfer';
import { api } from '../../lib/api-client';

export const transferKeys = { all: ['transfers'] as const };

export interface PlanFilter {
  agencyId?: string;
  state?: TransferPlanState;
  year?: number;
  page: number;
  pageSize: number;
}

export function usePlans(filter: PlanFilter) {
  return useQuery({
    queryKey: [...transferKeys.all, 'plans', filter],
    queryFn: ({ signal }) => api.get<TransferPlanListView>('/api/transfer-plans', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string | null) {
  return useQuery({
    queryKey: [...transferKeys.all, 'plan', id],
    queryFn: ({ signal }) => api.get<TransferPlanView>(`/api/transfer-plans/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function useAgencyChoices() {
  return useQuery({
    queryKey: [...transferKeys.all, 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

/** Officers the user may read, by name, optionally of one agency (and below). */
export function useOfficerSearch(q: string, agencyId?: string) {
  return useQuery({
    queryKey: [...transferKeys.all, 'officers', q, agencyId],
    queryFn: ({ signal }) =>
      api
        .get<{ items: OfficerView[] }>('/api/officers', { q: q || undefined, agencyId, pageSize: 30 }, signal)
        .then((r) => r.items),
    staleTime: 30_000,
  });
}

export function useBalancePreview(body: BalancePreviewBody | null) {
  return useQuery({
    queryKey: [...transferKeys.all, 'preview', body],
    queryFn: () => api.post<BalanceView>('/api/transfer-plans/balance-preview', body),
    enabled: !!body,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

function useTransferMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: transferKeys.all }),
  });
}

export const useSavePlan = () =>
  useTransferMutation(
    (input: { id: string; body: TransferPlanUpdateBody } | { id?: undefined; body: TransferPlanCreateBody }) =>
      input.id
        ? api.put<TransferPlanView>(`/api/transfer-plans/${input.id}`, input.body)
        : api.post<TransferPlanView>('/api/transfer-plans', input.body),
  );

export type PlanAction = 'submit' | 'withdraw' | 'accept' | 'return' | 'execute';
export const usePlanAction = () =>
  useTransferMutation((input: { id: string; action: PlanAction; body?: Record<string, unknown> }) =>
    api.post<TransferPlanView>(`/api/transfer-plans/${input.id}/${input.action}`, input.body ?? {}),
  );

export const useOrgFiling = () =>
  useTransferMutation((input: { id: string; body: OrgFilingBody }) =>
    api.put<TransferPlanView>(`/api/transfer-plans/${input.id}/org-filing`, input.body),
  );

export interface SecondmentFilter {
  agencyId?: string;
  active?: 'true' | 'false';
  flagged?: 'true';
  page: number;
  pageSize: number;
}

export function useSecondments(filter: SecondmentFilter) {
  return useQuery({
    queryKey: [...transferKeys.all, 'secondments', filter],
    queryFn: ({ signal }) => api.get<SecondmentListView>('/api/secondments', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSecondmentFlags() {
  return useQuery({
    queryKey: [...transferKeys.all, 'flags'],
    queryFn: ({ signal }) =>
      api.get<{ items: SecondmentFlagView[] }>('/api/secondment-flags', undefined, signal).then((r) => r.items),
  });
}

export const useCreateSecondment = () =>
  useTransferMutation((body: SecondmentCreateBody) => api.post<SecondmentView>('/api/secondments', body));

export const useEndSecondment = () =>
  useTransferMutation((input: { id: string; body: SecondmentEndBody }) =>
    api.post<SecondmentView>(`/api/secondments/${input.id}/end`, input.body),
  );

export function useStrength() {
  return useQuery({
    queryKey: [...transferKeys.all, 'strength'],
    queryFn: ({ signal }) => api.get<StrengthListView>('/api/staffing-strength', undefined, signal),
  });
}

export const useSetMinimum = () =>
  useTransferMutation((input: { agencyId: string; body: StaffingMinimumBody }) =>
    api.put<AgencyStrengthView>(`/api/staffing-minimums/${input.agencyId}`, input.body),
  );

export function useTransferSettings() {
  return useQuery({
    queryKey: [...transferKeys.all, 'settings'],
    queryFn: ({ signal }) => api.get<TransferSettingsView>('/api/transfer-settings', undefined, signal),
  });
}

export const useSaveTransferSettings = () =>
  useTransferMutation((body: Partial<TransferSettingsView>) =>
    api.put<TransferSettingsView>('/api/transfer-settings', body),
  );
