// 执法资格考试 calls: the bank, blueprints and exams (justice bureau), my exams and sittings (officers).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyView } from '../../../../contracts/agency';
import type {
  AnswerView,
  BlueprintBody,
  BlueprintView,
  ExamBody,
  ExamStatsView,
  ExamView,
  QuestionBody,
  QuestionImportView,
  QuestionUpdateBody,
  QuestionView,
  SittingView,
} from '../../../../contracts/exam';
import { api } from '../../lib/api-client';

export const examKeys = {
  all: ['exams'] as const,
  mine: ['exams', 'mine'] as const,
  list: ['exams', 'list'] as const,
  questions: (f: object) => ['exams', 'questions', f] as const,
  blueprints: ['exams', 'blueprints'] as const,
  stats: (id: string) => ['exams', 'stats', id] as const,
  sitting: (id: string) => ['exams', 'sitting', id] as const,
};

export function useMyExams(enabled: boolean) {
  return useQuery({
    queryKey: examKeys.mine,
    enabled,
    queryFn: ({ signal }) => api.get<{ items: ExamView[]; linked: boolean }>('/api/exams/mine', undefined, signal),
  });
}

export function useExams(enabled: boolean) {
  return useQuery({
    queryKey: examKeys.list,
    enabled,
    queryFn: ({ signal }) => api.get<{ items: ExamView[] }>('/api/exams', undefined, signal).then((r) => r.items),
  });
}

export interface QuestionFilter {
  domain?: string;
  kind?: string;
  status?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function useQuestions(filter: QuestionFilter, enabled: boolean) {
  return useQuery({
    queryKey: examKeys.questions(filter),
    enabled,
    queryFn: ({ signal }) =>
      api.get<{
        items: QuestionView[];
        total: number;
        available: { domain: string; kind: string; count: number }[];
        abilities: { create: boolean };
      }>('/api/exam-questions', { ...filter }, signal),
  });
}

export function useBlueprints(enabled: boolean) {
  return useQuery({
    queryKey: examKeys.blueprints,
    enabled,
    queryFn: ({ signal }) =>
      api.get<{ items: BlueprintView[] }>('/api/exam-blueprints', undefined, signal).then((r) => r.items),
  });
}

export function useExamStats(id: string | null) {
  return useQuery({
    queryKey: examKeys.stats(id ?? ''),
    enabled: Boolean(id),
    queryFn: ({ signal }) => api.get<ExamStatsView>(`/api/exams/${id}/stats`, undefined, signal),
  });
}

export function useAgencyChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['exams', 'agencies'],
    enabled,
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

function useExamMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: examKeys.all }),
  });
}

export const useSaveQuestion = () =>
  useExamMutation((input: { id?: string; body: QuestionBody | QuestionUpdateBody }) =>
    input.id
      ? api.patch<QuestionView>(`/api/exam-questions/${input.id}`, input.body)
      : api.post<QuestionView>('/api/exam-questions', input.body),
  );
export const useImportQuestions = () =>
  useExamMutation((body: { file: string; mode: 'all_or_nothing' | 'valid_rows' }) =>
    api.post<QuestionImportView>('/api/exam-questions/import', body),
  );
export const useCreateBlueprint = () =>
  useExamMutation((body: BlueprintBody) => api.post<BlueprintView>('/api/exam-blueprints', body));
export const useCreateExam = () => useExamMutation((body: ExamBody) => api.post<ExamView>('/api/exams', body));
export const useStartSitting = () =>
  useExamMutation((examId: string) => api.post<SittingView>(`/api/exams/${examId}/sittings`));

export function useSitting(id: string) {
  return useQuery({
    queryKey: examKeys.sitting(id),
    queryFn: ({ signal }) => api.get<SittingView>(`/api/exams/sittings/${id}`, undefined, signal),
    refetchOnWindowFocus: false,
    retry: 1,
  });
}

export const saveAnswer = (sittingId: string, no: number, answer: string[], seq: number) =>
  api.put<AnswerView>(`/api/exams/sittings/${sittingId}/answers/${no}`, { answer, seq });

export const submitSitting = (sittingId: string) => api.post<SittingView>(`/api/exams/sittings/${sittingId}/submit`);
