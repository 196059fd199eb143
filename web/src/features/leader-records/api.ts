// 领导干部学法 and 负责人出庭应诉 calls: lists per year and agency, create/update/delete, materials, the yearly summary.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyView } from '../../../../contracts/agency';
import type {
  CourtAppearanceBody,
  CourtAppearanceUpdateBody,
  CourtAppearanceView,
  LeaderSummaryView,
  StudySessionBody,
  StudySessionUpdateBody,
  StudySessionView,
} from '../../../../contracts/leader-record';
import { api, requestRaw } from '../../lib/api-client';

export interface RecordFilter {
  year: number;
  agencyId?: string;
}

const SESSIONS = '/api/leader-records/study-sessions';
const HEARINGS = '/api/leader-records/court-appearances';
const all = ['leader-records'] as const;

export function useStudySessions(f: RecordFilter) {
  return useQuery({
    queryKey: [...all, 'sessions', f],
    queryFn: ({ signal }) => api.get<{ items: StudySessionView[] }>(SESSIONS, { ...f }, signal).then((r) => r.items),
  });
}

export function useCourtAppearances(f: RecordFilter) {
  return useQuery({
    queryKey: [...all, 'hearings', f],
    queryFn: ({ signal }) => api.get<{ items: CourtAppearanceView[] }>(HEARINGS, { ...f }, signal).then((r) => r.items),
  });
}

export function useLeaderSummary(year: number) {
  return useQuery({
    queryKey: [...all, 'summary', year],
    queryFn: ({ signal }) => api.get<LeaderSummaryView>('/api/leader-records/summary', { year }, signal),
  });
}

export function useAgencyChoices() {
  return useQuery({
    queryKey: [...all, 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

function useRecordMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: all }) });
}

export const useSaveSession = () =>
  useRecordMutation(
    (input: { id: string; body: StudySessionUpdateBody } | { id?: undefined; body: StudySessionBody }) =>
      input.id
        ? api.patch<StudySessionView>(`${SESSIONS}/${input.id}`, input.body)
        : api.post<StudySessionView>(SESSIONS, input.body),
  );
export const useDeleteSession = () => useRecordMutation((id: string) => api.delete<void>(`${SESSIONS}/${id}`));
export const useUploadSessionDocument = () =>
  useRecordMutation(async ({ id, file }: { id: string; file: File }) =>
    api.post<StudySessionView>(`${SESSIONS}/${id}/documents`, {
      fileName: file.name,
      contentBase64: await fileToBase64(file),
    }),
  );

export const useSaveAppearance = () =>
  useRecordMutation(
    (input: { id: string; body: CourtAppearanceUpdateBody } | { id?: undefined; body: CourtAppearanceBody }) =>
      input.id
        ? api.patch<CourtAppearanceView>(`${HEARINGS}/${input.id}`, input.body)
        : api.post<CourtAppearanceView>(HEARINGS, input.body),
  );
export const useDeleteAppearance = () => useRecordMutation((id: string) => api.delete<void>(`${HEARINGS}/${id}`));

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function downloadSessionDocument(sessionId: string, fileId: string, fileName: string): Promise<void> {
  const response = await requestRaw('GET', `${SESSIONS}/${sessionId}/documents/${fileId}`);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
