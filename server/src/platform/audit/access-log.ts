// Writes access-log entries. A successful write is logged inside its own transaction (runWrite), so a change
// is never committed without its log row; failures and denied requests are logged after the rollback.
import type { AccessOutcome } from '../../../../contracts/access-log';
import type { Executor } from '../db/client';
import { accessLog } from './access-log.schema';

export interface AccessEntry {
  tenantId: string;
  actorId: string | null;
  actorUsername: string | null;
  actorTenantId: string | null;
  ip: string | null;
  userAgent: string | null;
  method: string;
  route: string;
  action: string;
  recordIds: string[];
  outcome: AccessOutcome;
  statusCode: number;
  requestId: string | null;
  detail: Record<string, unknown> | null;
}

export async function recordAccess(executor: Executor, entry: AccessEntry): Promise<void> {
  await executor.insert(accessLog).values({
    ...entry,
    userAgent: entry.userAgent?.slice(0, 500) ?? null,
    recordIds: entry.recordIds.slice(0, 100),
  });
}

export function outcomeOf(statusCode: number): AccessOutcome {
  if (statusCode < 400) return 'success';
  if (statusCode === 401 || statusCode === 403 || statusCode === 423 || statusCode === 429) return 'denied';
  if (statusCode >= 500) return 'error';
  return 'failed';
}

/** A change made from the command line by the server's operator: logged like a request, the OS user as actor. */
export async function recordCliAccess(
  executor: Executor,
  e: { tenantId: string; command: string; action: string; recordIds: string[]; detail?: Record<string, unknown> },
): Promise<void> {
  const { userInfo } = await import('node:os');
  await recordAccess(executor, {
    tenantId: e.tenantId,
    actorId: null,
    actorUsername: `cli:${userInfo().username}`,
    actorTenantId: null,
    ip: null,
    userAgent: 'xzzf cli',
    method: 'CLI',
    route: e.command,
    action: e.action,
    recordIds: e.recordIds,
    outcome: 'success',
    statusCode: 200,
    requestId: null,
    detail: e.detail ?? null,
  });
}
