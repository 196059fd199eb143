// 执法证 calls: the list and one certificate with its history, expiry alerts, the officers a certificate may be
// issued to (with their eligibility), issue / renew / suspend / reinstate / revoke, the .xlsx import, and the
// public verification.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CertificateAlerts,
  CertificateDetail,
  CertificateImportBody,
  CertificateImportReport,
  CertificateList,
  CertificateStatus,
  CertificateOfficerView,
  IssueCertificateBody,
  PublicVerifyResult,
  RenewCertificateBody,
} from '../../../../contracts/certificate';
import type { AgencyView } from '../../../../contracts/agency';
import { api, requestRaw } from '../../lib/api-client';

export const certificateKeys = {
  all: ['certificates'] as const,
  list: (q: CertificateFilter) => ['certificates', 'list', q] as const,
  one: (id: string) => ['certificates', 'one', id] as const,
  alerts: ['certificates', 'alerts'] as const,
  officers: (q: string, on: string) => ['certificates', 'officers', q, on] as const,
};

export interface CertificateFilter {
  q?: string;
  status?: CertificateStatus;
  domain?: string;
  agencyId?: string;
  officerId?: string;
  page: number;
  pageSize: number;
}

export function useCertificates(query: CertificateFilter) {
  return useQuery({
    queryKey: certificateKeys.list(query),
    queryFn: ({ signal }) => api.get<CertificateList>('/api/certificates', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCertificate(id: string | null) {
  return useQuery({
    queryKey: certificateKeys.one(id ?? ''),
    queryFn: ({ signal }) => api.get<CertificateDetail>(`/api/certificates/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function useCertificateAlerts() {
  return useQuery({
    queryKey: certificateKeys.alerts,
    queryFn: ({ signal }) => api.get<CertificateAlerts>('/api/certificates/alerts', undefined, signal),
  });
}

/** Officers in the caller's write scope matching `q`, with their eligibility for an issue on `on`. */
export function useCertificateOfficers(q: string, on: string, enabled: boolean) {
  return useQuery<CertificateOfficerView[]>({
    queryKey: certificateKeys.officers(q, on),
    queryFn: ({ signal }) =>
      api
        .get<{ items: CertificateOfficerView[] }>('/api/certificates/officers', { q: q || undefined, on }, signal)
        .then((r) => r.items),
    enabled,
    placeholderData: keepPreviousData,
  });
}

function useCertificateMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.all }),
  });
}

export const useIssueCertificate = () =>
  useCertificateMutation((body: IssueCertificateBody) => api.post<CertificateDetail>('/api/certificates', body));

export const useRenewCertificate = () =>
  useCertificateMutation((input: { id: string; body: RenewCertificateBody }) =>
    api.post<CertificateDetail>(`/api/certificates/${input.id}/renew`, input.body),
  );

export const useChangeCertificateStatus = () =>
  useCertificateMutation((input: { id: string; action: 'suspend' | 'reinstate' | 'revoke'; reason: string }) =>
    api.post<CertificateDetail>(`/api/certificates/${input.id}/${input.action}`, { reason: input.reason }),
  );

export const useImportCertificates = () =>
  useCertificateMutation((body: CertificateImportBody) =>
    api.post<CertificateImportReport>('/api/certificates/import', body),
  );

export async function downloadCertificateTemplate(): Promise<void> {
  const response = await requestRaw('GET', '/api/certificates/template.xlsx');
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = '执法证导入模板.xlsx';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Public verification by number (in a region) or by the QR code's token. */
export function usePublicVerify(query: { tenant: string; number?: string; t?: string } | null) {
  return useQuery({
    queryKey: ['public-certificate-verify', query],
    queryFn: ({ signal }) => api.get<PublicVerifyResult>('/api/public/certificates/verify', { ...query }, signal),
    enabled: !!query && !!(query.number || query.t),
    retry: false,
  });
}

/** The agencies the user may filter by (the tree in their scope). */
export function useAgencyChoices() {
  return useQuery({
    queryKey: ['certificates', 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ items: AgencyView[] }>('/api/agencies', { status: 'active' }, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}
