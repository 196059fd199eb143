// 执法人员 calls: the paged list, one officer with history, create/edit, status change, the logged reveals of the
// full resident ID and phone, the photo, the officer's certificates, and the tenant's personnel settings.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyView } from '../../../../contracts/agency';
import type { CertificateView } from '../../../../contracts/certificate';
import type {
  OfficerCreateBody,
  OfficerDetailView,
  OfficerListView,
  OfficerStatusBody,
  OfficerUpdateBody,
  OfficerView,
} from '../../../../contracts/officer';
import type { PersonnelSettingsView } from '../../../../contracts/personnel';
import { api } from '../../lib/api-client';

export interface OfficerFilter {
  agencyId?: string;
  status?: string;
  domain?: string;
  legalReviewer?: 'true' | 'false';
  q?: string;
  page: number;
  pageSize: number;
}

export const officerKeys = {
  all: ['officers'] as const,
  list: (f: OfficerFilter) => ['officers', 'list', f] as const,
  one: (id: string) => ['officers', 'one', id] as const,
};

export function useOfficers(filter: OfficerFilter) {
  return useQuery({
    queryKey: officerKeys.list(filter),
    queryFn: ({ signal }) => api.get<OfficerListView>('/api/officers', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOfficer(id: string) {
  return useQuery({
    queryKey: officerKeys.one(id),
    queryFn: ({ signal }) => api.get<OfficerDetailView>(`/api/officers/${id}`, undefined, signal),
  });
}

/** The agencies the user may pick (the active tree in their scope). */
export function useOfficerAgencies() {
  return useQuery({
    queryKey: ['officers', 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

function useOfficerMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officerKeys.all }),
  });
}

export const useCreateOfficer = () =>
  useOfficerMutation((body: OfficerCreateBody) => api.post<OfficerView>('/api/officers', body));

export const useUpdateOfficer = () =>
  useOfficerMutation((input: { id: string; body: OfficerUpdateBody }) =>
    api.patch<OfficerView>(`/api/officers/${input.id}`, input.body),
  );

export const useChangeOfficerStatus = () =>
  useOfficerMutation((input: { id: string; body: OfficerStatusBody }) =>
    api.post<OfficerView>(`/api/officers/${input.id}/status`, input.body),
  );

export const useUploadOfficerPhoto = () =>
  useOfficerMutation((input: { id: string; fileName: string; contentBase64: string }) =>
    api.put<OfficerView>(`/api/officers/${input.id}/photo`, {
      fileName: input.fileName,
      contentBase64: input.contentBase64,
    }),
  );

/** Each call is written to the access log on the server. */
export const revealResidentId = (id: string) =>
  api.get<{ residentId: string }>(`/api/officers/${id}/resident-id`).then((r) => r.residentId);
export const revealOfficerPhone = (id: string) =>
  api.get<{ phone: string | null }>(`/api/officers/${id}/phone`).then((r) => r.phone);

/** The officer's certificates (the certificates module); an empty list when that call fails. */
export function useOfficerCertificates(officerId: string) {
  return useQuery({
    queryKey: ['officers', 'certificates', officerId],
    queryFn: ({ signal }) =>
      api
        .get<{ items: CertificateView[] }>('/api/certificates', { officerId }, signal)
        .then((r) => r.items ?? [])
        .catch(() => [] as CertificateView[]),
  });
}

export const personnelSettingsKey = ['personnel-settings'] as const;

export function usePersonnelSettings(enabled: boolean) {
  return useQuery({
    queryKey: personnelSettingsKey,
    queryFn: ({ signal }) => api.get<PersonnelSettingsView>('/api/personnel-settings', undefined, signal),
    enabled,
  });
}

export function useSavePersonnelSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<PersonnelSettingsView>) =>
      api.put<PersonnelSettingsView>('/api/personnel-settings', body),
    onSuccess: (data) => queryClient.setQueryData(personnelSettingsKey, data),
  });
}

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
