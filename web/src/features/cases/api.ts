// 案件 calls: the list, one case, opening a case, taking a step (transition), the workbench buckets, the logged reveal
// of a party's resident ID, document downloads, the procedure a case follows, and the pick lists the forms need
// (agencies, officers, power items, discretion benchmarks, the working-day calendar). Features do not import each
// other, so the few fetchers of other areas used here are small copies.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyView } from '../../../../contracts/agency';
import type { BenchmarkSummary } from '../../../../contracts/benchmark';
import type { CalendarDaysView } from '../../../../contracts/calendar';
import type {
  CaseCreateBody,
  CaseListItem,
  CaseView,
  CaseWorkbenchView,
  TransitionBody,
} from '../../../../contracts/case';
import type { OfficerView } from '../../../../contracts/officer';
import type { PowerItemListView, PowerItemView } from '../../../../contracts/power';
import type { ProcedureCode, ProcedureDefinitionView } from '../../../../contracts/procedure';
import { api, toQueryString } from '../../lib/api-client';

/** The list filters as the URL and the API take them (caseListQuery). */
export interface CaseFilter {
  agencyId?: string;
  procedure?: ProcedureCode;
  state?: string;
  status?: 'active' | 'ended' | 'all';
  mine?: boolean;
  due?: 'overdue' | 'soon';
  referral?: boolean;
  q?: string;
  openedFrom?: string;
  openedTo?: string;
  page: number;
  pageSize: number;
}

export const caseKeys = {
  all: ['cases'] as const,
  list: (f: CaseFilter) => ['cases', 'list', f] as const,
  one: (id: string) => ['cases', 'one', id] as const,
  workbench: ['cases', 'workbench'] as const,
};

export function useCases(filter: CaseFilter) {
  return useQuery({
    queryKey: caseKeys.list(filter),
    queryFn: ({ signal }) =>
      api.get<{ items: CaseListItem[]; total: number }>(
        '/api/cases',
        { ...filter, mine: filter.mine || undefined, referral: filter.referral || undefined },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.one(id),
    queryFn: ({ signal }) => api.get<CaseView>(`/api/cases/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseCreateBody) => api.post<CaseView>('/api/cases', body),
    onSuccess: (c) => {
      queryClient.setQueryData(caseKeys.one(c.id), c);
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
      void queryClient.invalidateQueries({ queryKey: caseKeys.workbench });
    },
  });
}

export interface TransitionResult {
  case: CaseView;
  event: CaseView['events'][number];
}

/** Takes one step; the answer carries the whole case, which replaces the cached one. */
export function useTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) =>
      api.post<TransitionResult>(`/api/cases/${encodeURIComponent(id)}/transitions`, body),
    onSuccess: (r) => {
      queryClient.setQueryData(caseKeys.one(id), r.case);
      void queryClient.invalidateQueries({ queryKey: caseKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
      void queryClient.invalidateQueries({ queryKey: caseKeys.workbench });
    },
  });
}

export function useCaseWorkbench(enabled = true) {
  return useQuery({
    queryKey: caseKeys.workbench,
    queryFn: ({ signal }) => api.get<CaseWorkbenchView>('/api/cases/workbench', undefined, signal),
    enabled,
    staleTime: 30_000,
  });
}

/** The party's full resident ID; the server logs who read it. */
export const revealPartyIdNumber = (caseId: string, partyId: string) =>
  api
    .get<{ idNumber: string }>(
      `/api/cases/${encodeURIComponent(caseId)}/parties/${encodeURIComponent(partyId)}/id-number`,
    )
    .then((r) => r.idNumber);

/** A plain link: the browser downloads the .docx with the session cookie. */
export const documentDownloadUrl = (caseId: string, documentId: string) =>
  `/api/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}/download`;

export function useProcedureDefinition(code: ProcedureCode | undefined, version?: number) {
  return useQuery({
    queryKey: ['cases', 'procedure', code, version ?? null],
    queryFn: ({ signal }) =>
      api.get<ProcedureDefinitionView>(
        `/api/procedures/${encodeURIComponent(code!)}${toQueryString({ version })}`,
        undefined,
        signal,
      ),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}

// ---- pick lists ------------------------------------------------------------------------------------------------

/** The agencies in the user's scope (the active tree). */
export function useCaseAgencies() {
  return useQuery({
    queryKey: ['cases', 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

/** Officers in post of one agency (and below), for handlers and the hearing host. */
export function useAgencyOfficers(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['cases', 'officers', agencyId],
    queryFn: ({ signal }) =>
      api
        .get<{ items: OfficerView[] }>('/api/officers', { agencyId, status: 'in_post', pageSize: 200 }, signal)
        .then((r) => r.items),
    enabled: !!agencyId,
    staleTime: 60_000,
  });
}

/** The agency's power items in force today (权责清单). */
export function useAgencyPowerItems(agencyId: string | undefined, q: string) {
  return useQuery<PowerItemView[]>({
    queryKey: ['cases', 'powers', agencyId, q],
    queryFn: ({ signal }) =>
      api
        .get<PowerItemListView>('/api/powers/items', { agencyId, q: q || undefined, pageSize: 100 }, signal)
        .then((r) => r.items),
    enabled: !!agencyId,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The agency's discretion benchmarks (裁量基准) in force. */
export function useAgencyBenchmarks(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['cases', 'benchmarks', agencyId],
    queryFn: ({ signal }) =>
      api
        .get<{ items: BenchmarkSummary[] }>('/api/benchmarks', { agencyId, state: 'in_force' }, signal)
        .then((r) => r.items),
    enabled: !!agencyId,
    staleTime: 5 * 60_000,
  });
}

/** The working-day calendar from `from` to `to` (to tell which deadlines fall within 3 working days). */
export function useCalendarDays(from: string, to: string) {
  return useQuery({
    queryKey: ['cases', 'calendar-days', from, to],
    queryFn: ({ signal }) => api.get<CalendarDaysView>('/api/calendar/days', { from, to }, signal),
    staleTime: 60 * 60_000,
    retry: false,
  });
}
