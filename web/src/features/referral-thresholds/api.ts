// 涉嫌犯罪移送标准 calls: the thresholds in scope, create/update/delete, confirm, and the "is it a suspected crime"
// trial.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyView } from '../../../../contracts/agency';
import type {
  EvaluateReferralInput,
  ReferralEvaluationView,
  ReferralThresholdCreateBody,
  ReferralThresholdUpdateBody,
  ReferralThresholdView,
} from '../../../../contracts/referral-threshold';
import { api } from '../../lib/api-client';

export interface ThresholdFilter {
  agencyId?: string;
  sector?: string;
  status?: string;
}

export const thresholdKeys = {
  all: ['referral-thresholds'] as const,
  list: (f: ThresholdFilter) => ['referral-thresholds', 'list', f] as const,
};

export function useThresholds(filter: ThresholdFilter) {
  return useQuery({
    queryKey: thresholdKeys.list(filter),
    queryFn: ({ signal }) =>
      api
        .get<{ items: ReferralThresholdView[] }>('/api/referral-thresholds', { ...filter }, signal)
        .then((r) => r.items),
  });
}

/** The agencies the user may pick (the tree in their scope). */
export function useAgencyChoices() {
  return useQuery({
    queryKey: ['referral-thresholds', 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

function useThresholdMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: thresholdKeys.all }),
  });
}

export const useSaveThreshold = () =>
  useThresholdMutation(
    (
      input: { id: string; body: ReferralThresholdUpdateBody } | { id?: undefined; body: ReferralThresholdCreateBody },
    ) =>
      input.id
        ? api.patch<ReferralThresholdView>(`/api/referral-thresholds/${input.id}`, input.body)
        : api.post<ReferralThresholdView>('/api/referral-thresholds', input.body),
  );

export const useDeleteThreshold = () =>
  useThresholdMutation((id: string) => api.delete<void>(`/api/referral-thresholds/${id}`));

export const useConfirmThreshold = () =>
  useThresholdMutation((id: string) => api.post<ReferralThresholdView>(`/api/referral-thresholds/${id}/confirm`, {}));

export function useEvaluateFacts() {
  return useMutation({
    mutationFn: (body: EvaluateReferralInput) =>
      api.post<ReferralEvaluationView>('/api/referral-thresholds/evaluate', body),
  });
}
