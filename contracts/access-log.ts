// Access log (访问日志) contracts: filters and entries.
import { z } from 'zod';
import { tenantCode } from './tenant';

export const ACCESS_OUTCOMES = ['success', 'denied', 'failed', 'error'] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];

export const accessLogQuery = z.strictObject({
  tenant: tenantCode.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  outcome: z.enum(ACCESS_OUTCOMES).optional(),
  ip: z.string().trim().max(64).optional(),
  record: z.string().trim().max(64).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AccessLogQuery = z.infer<typeof accessLogQuery>;

export const accessLogEntry = z.object({
  id: z.string(),
  tenantId: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  method: z.string(),
  route: z.string(),
  action: z.string(),
  recordIds: z.array(z.string()),
  outcome: z.enum(ACCESS_OUTCOMES),
  statusCode: z.number(),
  requestId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntry>;
