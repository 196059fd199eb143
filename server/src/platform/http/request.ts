// Per-request state (actor, language, audit facts) and the write helper that logs inside the transaction.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from '../../../../contracts/roles';
import type { Actor } from '../auth/policy';
import { recordAccess, type AccessEntry } from '../audit/access-log';
import type { Tx } from '../db/client';
import type { Lang } from '../i18n/i18n';
import type { AppContext } from '../context';

export type RouteAuth = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: everyone, any signed-in actor, or holders of a permission (scope is checked in services). */
    auth?: RouteAuth;
    /** Name of the action in the access log, e.g. 'agency.create'. */
    action?: string;
    /** The route returns personal data in clear: every call is logged. */
    personalData?: boolean;
    /** Reachable while the actor must still change the password or set up the second factor. */
    allowRestricted?: boolean;
    /** Only a signed-in person may call it, never an API token (own password, second factor). */
    sessionOnly?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    lang: Lang;
    audit: { recordIds: string[]; tenantId: string | null; detail: Record<string, unknown> | null; logged: boolean };
  }
  interface FastifyInstance {
    ctx: AppContext;
  }
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new Error('route reached without an actor: auth config missing');
  return req.actor;
}

export function accessEntryFor(req: FastifyRequest, statusCode: number, outcome: AccessEntry['outcome']): AccessEntry {
  const actor = req.actor;
  return {
    tenantId: req.audit.tenantId ?? actor?.tenantId ?? req.server.ctx.config.defaultTenant,
    actorId: actor?.accountId ?? null,
    actorUsername: actor?.username ?? (req.audit.detail?.username as string | undefined) ?? null,
    actorTenantId: actor?.tenantId ?? null,
    ip: req.ip ?? null,
    userAgent: (req.headers['user-agent'] as string | undefined) ?? null,
    method: req.method,
    route: req.routeOptions.url ?? req.url.split('?')[0],
    action: req.routeOptions.config?.action ?? `${req.method} ${req.routeOptions.url ?? 'unknown'}`,
    recordIds: req.audit.recordIds,
    outcome,
    statusCode,
    requestId: String(req.id),
    detail: req.audit.detail,
  };
}

export interface WriteResult<T> {
  result: T;
  recordIds: string[];
  /** The tenant whose data changed (defaults to the actor's). */
  tenantId?: string;
  detail?: Record<string, unknown>;
}

/**
 * Runs a use case that writes, in one transaction with its access-log row. If anything throws, nothing is
 * written and the failure is logged afterwards by the onSend hook (app.ts).
 */
export async function runWrite<T>(
  req: FastifyRequest,
  work: (tx: Tx) => Promise<WriteResult<T>>,
  successStatus = 200,
): Promise<T> {
  const { db } = req.server.ctx;
  return db.transaction(async (tx) => {
    const out = await work(tx);
    req.audit.recordIds = out.recordIds;
    if (out.tenantId) req.audit.tenantId = out.tenantId;
    if (out.detail) req.audit.detail = { ...(req.audit.detail ?? {}), ...out.detail };
    await recordAccess(tx, accessEntryFor(req, successStatus, 'success'));
    req.audit.logged = true;
    return out.result;
  });
}

/** Note what a read touched (for personal-data reads, logged by the onSend hook). */
export function noteRecords(req: FastifyRequest, recordIds: string[], tenantId?: string): void {
  req.audit.recordIds = recordIds;
  if (tenantId) req.audit.tenantId = tenantId;
}

export type Reply = FastifyReply;
