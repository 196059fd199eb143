// 文书模板: the tenant's effective template of each document kind, replacement uploads, restore, the field list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DocumentFieldsView,
  DocumentKind,
  DocumentTemplateListView,
  DocumentTemplateView,
} from '../../../../contracts/document';
import { api, requestRaw } from '../../lib/api-client';

const BASE = '/api/document-templates';
const all = ['document-templates'] as const;

export function useDocumentTemplates() {
  return useQuery({
    queryKey: [...all, 'list'],
    queryFn: ({ signal }) => api.get<DocumentTemplateListView>(BASE, undefined, signal),
  });
}

export function useDocumentFields() {
  return useQuery({
    queryKey: [...all, 'fields'],
    queryFn: ({ signal }) => api.get<DocumentFieldsView>(`${BASE}/fields`, undefined, signal),
    staleTime: Infinity,
  });
}

/** A file the user picked, as base64 for the JSON upload body. */
async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function useReplaceTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file, note }: { kind: DocumentKind; file: File; note?: string }) =>
      api.put<DocumentTemplateView>(`${BASE}/${kind}`, {
        fileName: file.name,
        contentBase64: await fileToBase64(file),
        ...(note ? { note } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: all }),
  });
}

export function useRestoreTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind: DocumentKind) => api.delete<DocumentTemplateView>(`${BASE}/${kind}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: all }),
  });
}

/** Downloads the template in use (errors come back as messages). */
export async function downloadTemplate(kind: DocumentKind, fileName: string): Promise<void> {
  const response = await requestRaw('GET', `${BASE}/${kind}/download`);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
