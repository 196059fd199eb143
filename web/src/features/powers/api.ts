// 权责清单 calls: items in force on a date, one item with its history, change requests and their filing (备案),
// guidance notes, .xlsx import/export, and the public list (no sign-in).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyView } from '../../../../contracts/agency';
import type {
  FilingAcceptBody,
  FilingState,
  GuidanceNoteView,
  PowerCategory,
  PowerImportBody,
  PowerImportReport,
  PowerItemDetail,
  PowerItemListView,
  PowerRequestCreateBody,
  PowerRequestDetail,
  PowerRequestUpdateBody,
  PowerRequestView,
  PublicAgencyPowers,
  PublicPowersIndex,
} from '../../../../contracts/power';
import { api, requestRaw, type QueryParams } from '../../lib/api-client';

export interface PowerItemFilters {
  agencyId?: string;
  category?: PowerCategory;
  q?: string;
  on?: string;
  view?: 'all' | 'own' | 'delegated';
  basis?: 'unlinked';
  page?: number;
  pageSize?: number;
}

export interface PowerRequestFilters {
  agencyId?: string;
  state?: FilingState;
  page?: number;
  pageSize?: number;
}

export const powerKeys = {
  all: ['powers'] as const,
  items: (f: PowerItemFilters) => ['powers', 'items', f] as const,
  item: (id: string, on?: string) => ['powers', 'item', id, on ?? ''] as const,
  requests: (f: PowerRequestFilters) => ['powers', 'requests', f] as const,
  request: (id: string) => ['powers', 'request', id] as const,
  agencies: ['powers', 'agencies'] as const,
  publicIndex: (code: string) => ['public-powers', code] as const,
  publicAgency: (code: string, agencyId: string, f: { category?: string; q?: string }) =>
    ['public-powers', code, agencyId, f] as const,
};

export const fetchPowerItems = (f: PowerItemFilters, signal?: AbortSignal) =>
  api.get<PowerItemListView>('/api/powers/items', { ...f } as QueryParams, signal);

export function usePowerItems(f: PowerItemFilters) {
  return useQuery({
    queryKey: powerKeys.items(f),
    queryFn: ({ signal }) => fetchPowerItems(f, signal),
    placeholderData: keepPreviousData,
  });
}

export const fetchPowerItem = (id: string, on?: string, signal?: AbortSignal) =>
  api.get<PowerItemDetail>(`/api/powers/items/${encodeURIComponent(id)}`, { on }, signal);

export function usePowerItem(id: string | null, on?: string) {
  return useQuery({
    queryKey: powerKeys.item(id ?? '', on),
    queryFn: ({ signal }) => fetchPowerItem(id!, on, signal),
    enabled: !!id,
  });
}

export const fetchPowerRequests = (f: PowerRequestFilters, signal?: AbortSignal) =>
  api.get<{ items: PowerRequestView[]; total: number }>('/api/powers/requests', { ...f } as QueryParams, signal);

export function usePowerRequests(f: PowerRequestFilters) {
  return useQuery({
    queryKey: powerKeys.requests(f),
    queryFn: ({ signal }) => fetchPowerRequests(f, signal),
    placeholderData: keepPreviousData,
  });
}

export const fetchPowerRequest = (id: string, signal?: AbortSignal) =>
  api.get<PowerRequestDetail>(`/api/powers/requests/${encodeURIComponent(id)}`, undefined, signal);

export function usePowerRequest(id: string | null) {
  return useQuery({
    queryKey: powerKeys.request(id ?? ''),
    queryFn: ({ signal }) => fetchPowerRequest(id!, signal),
    enabled: !!id,
  });
}

/** The agencies the user reaches (scoped by the server): the ones whose lists they keep or read. */
export function useScopedAgencies() {
  return useQuery({
    queryKey: powerKeys.agencies,
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

function useInvalidatePowers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: powerKeys.all });
}

export function useSaveRequest() {
  const invalidate = useInvalidatePowers();
  return useMutation({
    mutationFn: (
      input: { id: string; body: PowerRequestUpdateBody } | { id?: undefined; body: PowerRequestCreateBody },
    ) =>
      input.id
        ? api.put<PowerRequestDetail>(`/api/powers/requests/${input.id}`, input.body)
        : api.post<PowerRequestDetail>('/api/powers/requests', input.body),
    onSuccess: () => invalidate(),
  });
}

export type FilingCommand =
  | { action: 'submit' }
  | { action: 'withdraw'; comments?: string }
  | { action: 'return'; comments: string }
  | ({ action: 'accept' } & FilingAcceptBody);

export function useFilingAction(id: string) {
  const invalidate = useInvalidatePowers();
  return useMutation({
    mutationFn: ({ action, ...body }: FilingCommand) =>
      api.post<PowerRequestDetail>(`/api/powers/requests/${id}/${action}`, body),
    onSuccess: () => invalidate(),
  });
}

export function useAddGuidance(itemId: string) {
  const invalidate = useInvalidatePowers();
  return useMutation({
    mutationFn: (text: string) => api.post<GuidanceNoteView>(`/api/powers/items/${itemId}/guidance`, { text }),
    onSuccess: () => invalidate(),
  });
}

export function useImportPowers() {
  const invalidate = useInvalidatePowers();
  return useMutation({
    mutationFn: (body: PowerImportBody) => api.post<PowerImportReport>('/api/powers/import', body),
    onSuccess: () => invalidate(),
  });
}

/** Fetches a spreadsheet (errors come back as messages) and hands it to the browser as a download. */
async function download(path: string, query: QueryParams, fallback: string): Promise<void> {
  const response = await requestRaw('GET', path, { query });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)/i.exec(disposition) ?? /filename="?([^";]+)"?/i.exec(disposition);
  const filename = named ? decodeURIComponent(named[1]) : fallback;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadPowersExport = (agencyId: string, on?: string) =>
  download('/api/powers/export.xlsx', { agencyId, on }, 'powers.xlsx');
export const downloadPowersTemplate = () => download('/api/powers/template.xlsx', {}, 'powers-template.xlsx');

/** Reads a file the user picked as base64 (the import takes the .xlsx as JSON). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// --- public -----------------------------------------------------------------------------------------------------

export function usePublicPowersIndex(code: string | null) {
  return useQuery({
    queryKey: powerKeys.publicIndex(code ?? ''),
    queryFn: ({ signal }) =>
      api.get<PublicPowersIndex>(`/api/public/tenants/${encodeURIComponent(code!)}/powers`, undefined, signal),
    enabled: !!code,
    staleTime: 5 * 60_000,
  });
}

export function usePublicAgencyPowers(
  code: string | null,
  agencyId: string | null,
  f: { category?: string; q?: string },
) {
  return useQuery({
    queryKey: powerKeys.publicAgency(code ?? '', agencyId ?? '', f),
    queryFn: ({ signal }) =>
      api.get<PublicAgencyPowers>(
        `/api/public/tenants/${encodeURIComponent(code!)}/powers/${encodeURIComponent(agencyId!)}`,
        f,
        signal,
      ),
    enabled: !!code && !!agencyId,
    placeholderData: keepPreviousData,
  });
}
