// 队伍建设指标: the per-agency personnel indicators of a year.
import { useQuery } from '@tanstack/react-query';
import type { PersonnelIndicatorsView } from '../../../../contracts/personnel';
import { api } from '../../lib/api-client';

export function usePersonnelIndicators(year: number) {
  return useQuery({
    queryKey: ['personnel-indicators', year],
    queryFn: ({ signal }) => api.get<PersonnelIndicatorsView>('/api/personnel-indicators', { year }, signal),
  });
}
