// 法律法规库 calls: the law list, one version's full text, the article search and the Markdown import.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LawImportReport, LawSearchHit, LawVersionView, LawView } from '../../../../contracts/law';
import type { ImpactView, LawChangeView } from '../../../../contracts/law-change';
import { api } from '../../lib/api-client';

export const lawKeys = {
  all: ['laws'] as const,
  list: ['laws', 'list'] as const,
  version: (id: string) => ['laws', 'version', id] as const,
  search: (q: string, limit: number) => ['laws', 'search', q, limit] as const,
};

export const fetchLaws = (signal?: AbortSignal) =>
  api.get<{ items: LawView[] }>('/api/laws', undefined, signal).then((r) => r.items);

export function useLaws() {
  return useQuery({ queryKey: lawKeys.list, queryFn: ({ signal }) => fetchLaws(signal) });
}

export const fetchLawVersion = (versionId: string, signal?: AbortSignal) =>
  api.get<LawVersionView>(`/api/laws/versions/${encodeURIComponent(versionId)}`, undefined, signal);

export function useLawVersion(versionId: string | null) {
  return useQuery({
    queryKey: lawKeys.version(versionId ?? ''),
    queryFn: ({ signal }) => fetchLawVersion(versionId!, signal),
    enabled: !!versionId,
    // A version's text does not change once imported.
    staleTime: 10 * 60_000,
  });
}

export interface LawSearchResult {
  items: LawSearchHit[];
  total: number;
}

export const searchLaws = (q: string, limit: number, signal?: AbortSignal) =>
  api.get<LawSearchResult>('/api/laws/search', { q, limit }, signal);

export function useLawSearch(q: string, limit = 50) {
  return useQuery({
    queryKey: lawKeys.search(q, limit),
    queryFn: ({ signal }) => searchLaws(q, limit, signal),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}

export const importLaw = (body: { fileName: string; content?: string; contentBase64?: string }) =>
  api.post<LawImportReport>('/api/laws/import', body);

export function useImportLaw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLaw,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lawKeys.all }),
  });
}

// 立改废: what marking a version (or some of its articles) changed would touch, and recording it.
export interface LawChangeInput {
  kind: 'amended' | 'repealed';
  articleSeqs: number[];
  effectiveDate: string;
  note?: string;
}

export function useLawImpact(versionId: string | null, articleSeqs: number[], enabled: boolean) {
  const articles = articleSeqs.join(',');
  return useQuery({
    queryKey: ['laws', 'impact', versionId ?? '', articles],
    queryFn: ({ signal }) =>
      api.get<ImpactView>(
        `/api/laws/versions/${encodeURIComponent(versionId!)}/impact`,
        { articles: articles || undefined },
        signal,
      ),
    enabled: enabled && !!versionId,
  });
}

export function useRecordLawChange(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LawChangeInput) =>
      api.post<LawChangeView>(`/api/laws/versions/${encodeURIComponent(versionId)}/changes`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lawKeys.all }),
  });
}

export function useUpdateLawMeta(lawId: string, versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: {
      law: { level?: string; issuingBody?: string | null };
      version: { documentNumber?: string | null; adoptedDate?: string | null; effectiveDate?: string | null };
    }) => {
      await api.patch(`/api/laws/${encodeURIComponent(lawId)}`, v.law);
      return api.patch<LawVersionView>(`/api/laws/versions/${encodeURIComponent(versionId)}`, v.version);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lawKeys.all }),
  });
}
