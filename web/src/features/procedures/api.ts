// 办案流程 calls: the list of procedures with their versions, and one definition (current, or a given version).
import { useQuery } from '@tanstack/react-query';
import type { ProcedureDefinitionView } from '../../../../contracts/procedure';
import type { ProcedureListView } from '../../../../contracts/procedure-list';
import { api } from '../../lib/api-client';

export const procedureKeys = {
  list: ['procedures', 'list'] as const,
  one: (code: string, version?: number) => ['procedures', 'one', code, version ?? 'current'] as const,
};

export function useProcedures() {
  return useQuery({
    queryKey: procedureKeys.list,
    queryFn: ({ signal }) => api.get<ProcedureListView>('/api/procedures', undefined, signal),
    staleTime: Infinity, // definitions change only with a release
  });
}

export function useProcedure(code: string | null, version?: number) {
  return useQuery({
    queryKey: procedureKeys.one(code ?? '', version),
    queryFn: ({ signal }) =>
      api.get<ProcedureDefinitionView>(`/api/procedures/${encodeURIComponent(code!)}`, { version }, signal),
    enabled: !!code,
    staleTime: Infinity,
  });
}
