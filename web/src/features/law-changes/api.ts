// 立改废审查 calls: the law changes with their progress, one change with its tasks, the caller's tasks, answering.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LawChangeView, ReviewOutcome, ReviewTaskView } from '../../../../contracts/law-change';
import { api } from '../../lib/api-client';

export const lawChangeKeys = {
  all: ['law-changes'] as const,
  list: ['law-changes', 'list'] as const,
  one: (id: string) => ['law-changes', 'one', id] as const,
  tasks: (status: string) => ['law-changes', 'tasks', status] as const,
};

export function useLawChanges() {
  return useQuery({
    queryKey: lawChangeKeys.list,
    queryFn: ({ signal }) =>
      api.get<{ items: LawChangeView[] }>('/api/law-changes', undefined, signal).then((r) => r.items),
  });
}

export function useLawChange(id: string | null) {
  return useQuery({
    queryKey: lawChangeKeys.one(id ?? ''),
    queryFn: ({ signal }) => api.get<LawChangeView>(`/api/law-changes/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: !!id,
  });
}

export function useReviewTasks(status: 'open' | 'done' | 'all') {
  return useQuery({
    queryKey: lawChangeKeys.tasks(status),
    queryFn: ({ signal }) =>
      api
        .get<{ items: ReviewTaskView[] }>(
          '/api/law-review-tasks',
          { status: status === 'all' ? undefined : status },
          signal,
        )
        .then((r) => r.items),
  });
}

export function useResolveItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { taskId: string; seq: number; outcome: ReviewOutcome; note: string }) =>
      api.post<ReviewTaskView>(`/api/law-review-tasks/${encodeURIComponent(v.taskId)}/items/${v.seq}/resolve`, {
        outcome: v.outcome,
        note: v.note,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lawChangeKeys.all }),
  });
}
