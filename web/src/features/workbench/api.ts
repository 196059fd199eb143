// What the workbench reads besides the signed-in user: the certificate expiry alerts in the user's scope.
import { useQuery } from '@tanstack/react-query';
import type { CertificateAlerts } from '../../../../contracts/certificate';
import { api } from '../../lib/api-client';

export function useCertificateAlerts(enabled: boolean) {
  return useQuery({
    queryKey: ['workbench', 'certificate-alerts'],
    queryFn: ({ signal }) => api.get<CertificateAlerts>('/api/certificates/alerts', undefined, signal),
    enabled,
    staleTime: 60_000,
  });
}
