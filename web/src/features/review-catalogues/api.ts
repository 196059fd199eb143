// 法制审核目录 calls: the catalogues in scope, one agency's catalogue (in force on a date, draft, versions), a
// version, a diff, rule edits on the draft, publish, discard, and the "is this decision major" trial.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyView } from '../../../../contracts/agency';
import type {
  CatalogueDiffView,
  CatalogueEvaluationView,
  CatalogueVersionView,
  EvaluateCatalogueInput,
  PublishCatalogueBody,
  ReviewCatalogueListItem,
  ReviewCatalogueView,
  ReviewRuleBody,
  ReviewRuleUpdateBody,
} from '../../../../contracts/review-catalogue';
import { api } from '../../lib/api-client';

export const catalogueKeys = {
  all: ['review-catalogues'] as const,
  list: ['review-catalogues', 'list'] as const,
  one: (agencyId: string, on?: string) => ['review-catalogues', agencyId, on ?? 'today'] as const,
  version: (agencyId: string, no: number) => ['review-catalogues', agencyId, 'version', no] as const,
  diff: (agencyId: string, from: number, to: number) => ['review-catalogues', agencyId, 'diff', from, to] as const,
};

export function useCatalogueList() {
  return useQuery({
    queryKey: catalogueKeys.list,
    queryFn: ({ signal }) =>
      api.get<{ items: ReviewCatalogueListItem[] }>('/api/review-catalogues', undefined, signal).then((r) => r.items),
  });
}

/** The agencies the user may pick (the tree in their scope). */
export function useAgencyChoices() {
  return useQuery({
    queryKey: ['review-catalogues', 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

export function useCatalogue(agencyId: string | null, on?: string) {
  return useQuery({
    queryKey: catalogueKeys.one(agencyId ?? '', on),
    queryFn: ({ signal }) => api.get<ReviewCatalogueView>(`/api/review-catalogues/${agencyId}`, { on }, signal),
    enabled: !!agencyId,
  });
}

export function useCatalogueVersion(agencyId: string | null, versionNo: number | null) {
  return useQuery({
    queryKey: catalogueKeys.version(agencyId ?? '', versionNo ?? 0),
    queryFn: ({ signal }) =>
      api.get<CatalogueVersionView>(`/api/review-catalogues/${agencyId}/versions/${versionNo}`, undefined, signal),
    enabled: !!agencyId && !!versionNo,
  });
}

export function useCatalogueDiff(agencyId: string | null, from: number | null, to: number | null) {
  return useQuery({
    queryKey: catalogueKeys.diff(agencyId ?? '', from ?? 0, to ?? 0),
    queryFn: ({ signal }) =>
      api.get<CatalogueDiffView>(`/api/review-catalogues/${agencyId}/diff`, { from, to }, signal),
    enabled: !!agencyId && !!from && !!to,
  });
}

function useCatalogueMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}

export const useSaveRule = (agencyId: string) =>
  useCatalogueMutation((input: { ruleId?: string; body: ReviewRuleBody | ReviewRuleUpdateBody }) =>
    input.ruleId
      ? api.patch<CatalogueVersionView>(`/api/review-catalogues/${agencyId}/draft/rules/${input.ruleId}`, input.body)
      : api.post<CatalogueVersionView>(`/api/review-catalogues/${agencyId}/draft/rules`, input.body),
  );

export const useRemoveRule = (agencyId: string) =>
  useCatalogueMutation((ruleId: string) =>
    api.delete<CatalogueVersionView>(`/api/review-catalogues/${agencyId}/draft/rules/${ruleId}`),
  );

export const usePublish = (agencyId: string) =>
  useCatalogueMutation((body: PublishCatalogueBody) =>
    api.post<CatalogueVersionView>(`/api/review-catalogues/${agencyId}/publish`, body),
  );

export const useDiscardDraft = (agencyId: string) =>
  useCatalogueMutation(() => api.delete<void>(`/api/review-catalogues/${agencyId}/draft`));

export function useEvaluateDecision(agencyId: string) {
  return useMutation({
    mutationFn: (body: EvaluateCatalogueInput) =>
      api.post<CatalogueEvaluationView>(`/api/review-catalogues/${agencyId}/evaluate`, body),
  });
}
