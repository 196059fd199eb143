// 裁量基准 calls: benchmarks (list, read, draft, publish, versions, diff, 试算), the exemption lists, the level set,
// spreadsheet import/export, and the agencies the user may pick from.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BenchmarkCreateBody,
  BenchmarkDiff,
  BenchmarkDraftBody,
  BenchmarkImportBody,
  BenchmarkImportReport,
  BenchmarkSummary,
  BenchmarkVersionView,
  BenchmarkView,
  EvaluateBody,
  EvaluationView,
  ExemptionCreateBody,
  ExemptionBody,
  ExemptionView,
  LevelSetBody,
  LevelSetView,
} from '../../../../contracts/benchmark';
import { api, toQueryString } from '../../lib/api-client';

export interface BenchmarkListParams {
  agencyId?: string;
  q?: string;
  state?: 'draft' | 'in_force' | 'unpublished';
}
export interface ExemptionListParams {
  agencyId?: string;
  kind?: 'no_penalty' | 'first_violation';
  status?: 'draft' | 'published' | 'withdrawn';
  inForceOn?: string;
}

export const benchmarkKeys = {
  all: ['benchmarks'] as const,
  list: (p: BenchmarkListParams) => ['benchmarks', 'list', p] as const,
  one: (id: string) => ['benchmarks', 'one', id] as const,
  version: (id: string, no: number) => ['benchmarks', 'version', id, no] as const,
  diff: (id: string, from: number, to: number) => ['benchmarks', 'diff', id, from, to] as const,
  levelSet: ['benchmarks', 'level-set'] as const,
  exemptions: (p: ExemptionListParams) => ['benchmarks', 'exemptions', p] as const,
  agencies: ['benchmarks', 'agencies'] as const,
};

export function useBenchmarks(params: BenchmarkListParams) {
  return useQuery({
    queryKey: benchmarkKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<{ items: BenchmarkSummary[] }>('/api/benchmarks', { ...params }, signal).then((r) => r.items),
  });
}

export function useBenchmark(id: string | undefined) {
  return useQuery({
    queryKey: benchmarkKeys.one(id ?? ''),
    queryFn: ({ signal }) => api.get<BenchmarkView>(`/api/benchmarks/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function useBenchmarkVersion(id: string, versionNo: number | null) {
  return useQuery({
    queryKey: benchmarkKeys.version(id, versionNo ?? 0),
    queryFn: ({ signal }) =>
      api.get<BenchmarkVersionView>(`/api/benchmarks/${id}/versions/${versionNo}`, undefined, signal),
    enabled: versionNo !== null,
  });
}

export function useBenchmarkDiff(id: string, pair: [number, number] | null) {
  return useQuery({
    queryKey: benchmarkKeys.diff(id, pair?.[0] ?? 0, pair?.[1] ?? 0),
    queryFn: ({ signal }) =>
      api.get<BenchmarkDiff>(`/api/benchmarks/${id}/diff`, { from: pair![0], to: pair![1] }, signal),
    enabled: !!pair,
  });
}

export function useLevelSet() {
  return useQuery({
    queryKey: benchmarkKeys.levelSet,
    queryFn: ({ signal }) => api.get<LevelSetView>('/api/benchmark-settings', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/** Sets the tenant's level set (the justice bureau's). Renamed levels reach drafts: everything is refetched. */
export function useSaveLevelSet() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: LevelSetBody) => api.put<LevelSetView>('/api/benchmark-settings', body),
    onSuccess: invalidate,
  });
}

export interface AgencyOption {
  id: string;
  parentId: string | null;
  name: string;
  status?: string;
  sortOrder?: number;
}
/** The agencies the user can see (the server scopes them); for filters and the agency picker. */
export function useAgencyOptions() {
  return useQuery({
    queryKey: benchmarkKeys.agencies,
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyOption[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: benchmarkKeys.all });
}

export function useCreateBenchmark() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: BenchmarkCreateBody) => api.post<BenchmarkView>('/api/benchmarks', body),
    onSuccess: invalidate,
  });
}

export function useSaveDraft(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: BenchmarkDraftBody) => api.put<BenchmarkView>(`/api/benchmarks/${id}/draft`, body),
    onSuccess: invalidate,
  });
}

export function usePublishBenchmark(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (effectiveFrom: string) => api.post<BenchmarkView>(`/api/benchmarks/${id}/publish`, { effectiveFrom }),
    onSuccess: invalidate,
  });
}

export function useDiscardDraft(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => api.delete<{ deleted: boolean; benchmark: BenchmarkView | null }>(`/api/benchmarks/${id}/draft`),
    onSuccess: invalidate,
  });
}

export function useEvaluate(id: string) {
  return useMutation({
    mutationFn: (body: EvaluateBody) => api.post<EvaluationView>(`/api/benchmarks/${id}/evaluate`, body),
  });
}

export function useImportBenchmarks() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: BenchmarkImportBody) => api.post<BenchmarkImportReport>('/api/benchmarks/import', body),
    onSuccess: invalidate,
  });
}

/** The export is a plain link: the browser downloads it with the session cookie. */
export const exportUrl = (agencyId?: string) => `/api/benchmarks.xlsx${toQueryString({ agencyId })}`;

export function useExemptions(params: ExemptionListParams) {
  return useQuery({
    queryKey: benchmarkKeys.exemptions(params),
    queryFn: ({ signal }) =>
      api.get<{ items: ExemptionView[] }>('/api/benchmark-exemptions', { ...params }, signal).then((r) => r.items),
  });
}

export function useSaveExemption() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id?: string; body: ExemptionCreateBody | Partial<ExemptionBody> }) =>
      v.id
        ? api.patch<ExemptionView>(`/api/benchmark-exemptions/${v.id}`, v.body)
        : api.post<ExemptionView>('/api/benchmark-exemptions', v.body),
    onSuccess: invalidate,
  });
}

export function useExemptionAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: string; action: 'publish' | 'withdraw' | 'delete'; date?: string }): Promise<unknown> =>
      v.action === 'delete'
        ? api.delete<void>(`/api/benchmark-exemptions/${v.id}`)
        : api.post<ExemptionView>(
            `/api/benchmark-exemptions/${v.id}/${v.action}`,
            v.action === 'publish' ? { effectiveFrom: v.date } : { withdrawnOn: v.date },
          ),
    onSuccess: invalidate,
  });
}
