// 年度备案 calls: the overview of a year (who filed by 31 March), a filing with its history, the agency's draft,
// documents and submission, and the justice bureau's accept / return.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnnualFilingCreateBody,
  AnnualFilingOverview,
  AnnualFilingUpdateBody,
  AnnualFilingView,
} from '../../../../contracts/annual-filing';
import { api, requestRaw } from '../../lib/api-client';

export const filingKeys = {
  all: ['annual-filings'] as const,
  overview: (year: number) => ['annual-filings', 'overview', year] as const,
  one: (id: string) => ['annual-filings', 'one', id] as const,
};

export function useFilingOverview(year: number) {
  return useQuery({
    queryKey: filingKeys.overview(year),
    queryFn: ({ signal }) => api.get<AnnualFilingOverview>('/api/annual-filings/overview', { year }, signal),
  });
}

export function useFiling(id: string | null) {
  return useQuery({
    queryKey: filingKeys.one(id ?? ''),
    queryFn: ({ signal }) => api.get<AnnualFilingView>(`/api/annual-filings/${id}`, undefined, signal),
    enabled: !!id,
  });
}

function useFilingMutation<I>(fn: (input: I) => Promise<AnnualFilingView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (view) => {
      queryClient.setQueryData(filingKeys.one(view.id), view);
      void queryClient.invalidateQueries({ queryKey: ['annual-filings', 'overview'] });
    },
  });
}

export const useCreateFiling = () =>
  useFilingMutation((body: AnnualFilingCreateBody) => api.post<AnnualFilingView>('/api/annual-filings', body));

export const useUpdateFiling = () =>
  useFilingMutation(({ id, body }: { id: string; body: AnnualFilingUpdateBody }) =>
    api.patch<AnnualFilingView>(`/api/annual-filings/${id}`, body),
  );

export const useUploadFilingDocument = () =>
  useFilingMutation(async ({ id, file }: { id: string; file: File }) =>
    api.post<AnnualFilingView>(`/api/annual-filings/${id}/documents`, {
      fileName: file.name,
      contentBase64: await fileToBase64(file),
    }),
  );

export const useRemoveFilingDocument = () =>
  useFilingMutation(({ id, fileId }: { id: string; fileId: string }) =>
    api.delete<AnnualFilingView>(`/api/annual-filings/${id}/documents/${fileId}`),
  );

export type FilingStep = 'submit' | 'withdraw' | 'accept' | 'return';
export const useFilingStep = () =>
  useFilingMutation(({ id, step, comments }: { id: string; step: FilingStep; comments?: string }) =>
    api.post<AnnualFilingView>(`/api/annual-filings/${id}/${step}`, comments ? { comments } : {}),
  );

export function useDeleteFiling() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/annual-filings/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: filingKeys.all }),
  });
}

/** A file the user picked, as base64 for the JSON upload body. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Fetches a stored document (errors come back as messages) and hands it to the browser as a download. */
export async function downloadDocument(path: string, fallback: string): Promise<void> {
  const response = await requestRaw('GET', path);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fallback;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
