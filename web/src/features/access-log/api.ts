// 访问日志 calls: the filtered, paginated log and its CSV export.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccessLogEntry, AccessOutcome } from '../../../../contracts/access-log';
import { requestRaw, api, type QueryParams } from '../../lib/api-client';

export interface AccessLogFilters {
  /** ISO timestamps with offset. */
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  outcome?: AccessOutcome;
  ip?: string;
  record?: string;
}

export interface AccessLogPage {
  items: AccessLogEntry[];
  total: number;
}

const asQuery = (filters: AccessLogFilters): QueryParams => ({ ...filters });

export const fetchAccessLog = (filters: AccessLogFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<AccessLogPage>('/api/access-log', { ...asQuery(filters), page, pageSize }, signal);

export function useAccessLog(filters: AccessLogFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['access-log', filters, page, pageSize],
    queryFn: ({ signal }) => fetchAccessLog(filters, page, pageSize, signal),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Fetches the CSV (so errors come back as messages, not as a page) and hands it to the browser as a download. */
export async function downloadAccessLogCsv(filters: AccessLogFilters): Promise<void> {
  const response = await requestRaw('GET', '/api/access-log.csv', { query: asQuery(filters) });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const filename = named
    ? decodeURIComponent(named[1] ?? named[2])
    : `access-log-${new Date().toISOString().slice(0, 10)}.csv`;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
