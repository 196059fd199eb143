// Use cases on change requests (备案申请) before the decision: draft one, edit it, read it, list them. The
// changes are checked as a whole (an item changed twice, two items given one code, a modify that changes
// nothing) and each proposed content is normalised with its legal basis resolved to articles.
import { randomUUID } from 'node:crypto';
import { and, ne, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  PowerChangeInput,
  PowerRequestDetail,
  PowerRequestView,
  powerChangeInput,
  powerRequestCreateBody,
  powerRequestListQuery,
  powerRequestUpdateBody,
} from '../../../../contracts/power';
import { can, scopesFor, tenantsReachable, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { forbidden, invalidInput, notFound, type FieldError } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { findAgency } from '../agencies/agency.repository';
import { describeArticles } from '../laws/law-citation.service';
import { agencyLookup, comparableOf, prepareContent } from './power-content';
import { uniqueRefs } from './power-item.service';
import { sameContent } from './power-diff';
import { countsOf, presentChange, presentEvent, presentRequest } from './power.presenter';
import {
  agenciesByIds,
  changeCounts,
  changesOf,
  eventsOf,
  findRequest,
  insertEvent,
  insertRequest,
  itemsByIds,
  itemsOfAgency,
  listRequests as listRequestRows,
  lockRequest,
  ownAgencyCols,
  replaceChanges,
  updateRequest as updateRequestRow,
  versionsByIds,
  type PowerChangeInsert,
  type RequestWithAgency,
} from './power.repository';
import { powerChangeRequests, type StoredPowerContent } from './power.schema';
import { nextState } from './power-filing.machine';
import { invalidTransition } from './power-errors';

type ChangeInput = z.output<typeof powerChangeInput>;

/** Where a request belongs. */
export interface RequestPlace {
  tenantId: string;
  agencyId: string;
  agencyPath: string;
}

export interface PreparedChange {
  kind: ChangeInput['kind'];
  itemId: string | null;
  baseVersionId: string | null;
  reason: ChangeInput['reason'];
  reasonText: string;
  content: StoredPowerContent | null;
}

/**
 * Checks the changes of one request against the agency's list as it stands today. Returns each change prepared
 * (or null where it is wrong) and the field errors, keyed `changes.<i>.…`.
 */
export async function checkChanges(
  ex: Executor,
  place: RequestPlace,
  changes: readonly ChangeInput[],
  now: Date,
): Promise<{ prepared: (PreparedChange | null)[]; errors: Record<string, FieldError> }> {
  const errors: Record<string, FieldError> = {};
  const today = shanghaiDate(now);
  const targetIds = changes.flatMap((c) => (c.kind === 'add' ? [] : [c.itemId]));
  const items = new Map((await itemsByIds(ex, place.tenantId, targetIds)).map((i) => [i.id, i]));
  const bases = new Map(
    (
      await versionsByIds(
        ex,
        place.tenantId,
        [...items.values()].map((i) => i.latestVersionId),
      )
    ).map((v) => [v.id, v]),
  );
  const agencies = await agencyLookup(
    ex,
    place.tenantId,
    changes.map((c) => (c.kind === 'cancel' ? null : c.content)),
  );
  const cx = { tenantId: place.tenantId, agencyId: place.agencyId, agencies, on: today, now };

  const seenItems = new Set<string>();
  const prepared: (PreparedChange | null)[] = [];
  for (const [i, c] of changes.entries()) {
    const p = `changes.${i}`;
    let itemId: string | null = null;
    let baseVersionId: string | null = null;
    let ok = true;
    if (c.kind !== 'add') {
      const item = items.get(c.itemId);
      if (!item || item.agencyId !== place.agencyId) {
        errors[`${p}.itemId`] = { key: 'power_item_not_found' };
        ok = false;
      } else if (item.cancelledOn) {
        errors[`${p}.itemId`] = { key: 'power_item_cancelled', params: { date: item.cancelledOn } };
        ok = false;
      } else if (seenItems.has(item.id)) {
        errors[`${p}.itemId`] = { key: 'power_item_twice' };
        ok = false;
      } else {
        seenItems.add(item.id);
        itemId = item.id;
        baseVersionId = item.latestVersionId;
      }
    }
    let content: StoredPowerContent | null = null;
    if (c.kind !== 'cancel') {
      content = await prepareContent(ex, c.content, cx, `${p}.content`, errors);
      if (!content) ok = false;
      const base = baseVersionId ? bases.get(baseVersionId) : undefined;
      if (content && base && sameContent(comparableOf(content), comparableOf(base))) {
        errors[`${p}.content`] = { key: 'power_no_difference' };
        ok = false;
      }
    }
    prepared.push(
      ok ? { kind: c.kind, itemId, baseVersionId, reason: c.reason, reasonText: c.reasonText, content } : null,
    );
  }

  // Codes: unique within the request, and not held by another item of the agency that stays in the list.
  const leaving = new Set<string>();
  for (const c of prepared) {
    if (c?.kind === 'cancel' && c.itemId) leaving.add(c.itemId);
    if (c?.kind === 'modify' && c.itemId) leaving.add(c.itemId);
  }
  const holders = new Map<string, string[]>();
  for (const item of await itemsOfAgency(ex, place.tenantId, place.agencyId, today)) {
    if (!leaving.has(item.id)) holders.set(item.code, [...(holders.get(item.code) ?? []), item.id]);
  }
  const claimed = new Map<string, number>();
  for (const [i, c] of changes.entries()) {
    if (c.kind === 'cancel') continue;
    const code = c.content.code.trim();
    const itemId = c.kind === 'modify' ? c.itemId : null;
    if (claimed.has(code)) {
      errors[`changes.${i}.content.code`] = { key: 'power_code_twice', params: { code } };
      prepared[i] = null;
      continue;
    }
    claimed.set(code, i);
    if (holders.get(code)?.some((id) => id !== itemId)) {
      errors[`changes.${i}.content.code`] = { key: 'power_code_taken', params: { code } };
      prepared[i] = null;
    }
  }
  return { prepared, errors };
}

function changeRows(place: RequestPlace, requestId: string, prepared: readonly PreparedChange[]): PowerChangeInsert[] {
  return prepared.map((c, i) => ({
    tenantId: place.tenantId,
    id: randomUUID(),
    requestId,
    agencyId: place.agencyId,
    seq: i + 1,
    kind: c.kind,
    itemId: c.itemId,
    baseVersionId: c.baseVersionId,
    reason: c.reason,
    reasonText: c.reasonText,
    content: c.content,
  }));
}

/** The agency a new request is for: written by the actor (else 403 if they read it, or not found). */
export async function placeForWrite(ex: Executor, actor: Actor, agencyId: string): Promise<RequestPlace> {
  for (const tenantId of tenantsReachable(actor, 'power.read')) {
    const agency = await findAgency(ex, tenantId, agencyId);
    if (!agency) continue;
    const subject = { tenantId, agencyPath: agency.path };
    if (can(actor, 'power.write', subject) && agency.status === 'active') {
      return { tenantId, agencyId, agencyPath: agency.path };
    }
    if (can(actor, 'power.read', subject)) throw forbidden('out_of_scope');
  }
  throw invalidInput({ agencyId: 'agency_not_found' });
}

export async function createRequest(
  tx: Tx,
  actor: Actor,
  body: z.output<typeof powerRequestCreateBody>,
  now: Date,
  source: { kind: 'manual' | 'import'; file?: string } = { kind: 'manual' },
): Promise<WriteResult<PowerRequestDetail>> {
  const place = await placeForWrite(tx, actor, body.agencyId);
  const { prepared, errors } = await checkChanges(tx, place, body.changes, now);
  if (Object.keys(errors).length) throw invalidInput(errors);
  return writeNewRequest(tx, actor, place, body.title, prepared as PreparedChange[], now, source);
}

/** Writes a draft with changes already checked (the import checks them row by row). */
export async function writeNewRequest(
  tx: Tx,
  actor: Actor,
  place: RequestPlace,
  title: string,
  prepared: readonly PreparedChange[],
  now: Date,
  source: { kind: 'manual' | 'import'; file?: string },
): Promise<WriteResult<PowerRequestDetail>> {
  const id = randomUUID();
  await insertRequest(tx, {
    tenantId: place.tenantId,
    id,
    agencyId: place.agencyId,
    title,
    state: 'draft',
    source: source.kind,
    sourceFile: source.file ?? null,
    createdBy: actor.accountId,
    createdByName: actor.displayName,
    createdAt: now,
    updatedAt: now,
  });
  await replaceChanges(tx, place.tenantId, id, changeRows(place, id, prepared));
  await insertEvent(tx, {
    tenantId: place.tenantId,
    id: randomUUID(),
    requestId: id,
    action: 'create',
    fromState: null,
    toState: 'draft',
    actorId: actor.accountId,
    actorName: actor.displayName,
    comments: source.file ? source.file : null,
    at: now,
  });
  const found = (await findRequest(tx, [place.tenantId], id))!;
  return {
    result: await requestDetail(tx, actor, found),
    recordIds: [id],
    tenantId: place.tenantId,
    detail: { agencyId: place.agencyId, changes: prepared.length, source: source.kind },
  };
}

/** Visible to readers of the agency once submitted; a draft only to those who write the agency's list. */
function readable(actor: Actor, found: RequestWithAgency): boolean {
  const subject = { tenantId: found.request.tenantId, agencyPath: found.agencyPath };
  if (!can(actor, 'power.read', subject)) return false;
  return found.request.state !== 'draft' || can(actor, 'power.write', subject);
}

export async function findReadableRequest(ex: Executor, actor: Actor, id: string): Promise<RequestWithAgency> {
  const found = await findRequest(ex, tenantsReachable(actor, 'power.read'), id);
  if (!found || !readable(actor, found)) throw notFound('power_request_not_found');
  return found;
}

export async function requestDetail(ex: Executor, actor: Actor, found: RequestWithAgency): Promise<PowerRequestDetail> {
  const r = found.request;
  const changes = await changesOf(ex, r.tenantId, r.id);
  const bases = new Map(
    (
      await versionsByIds(
        ex,
        r.tenantId,
        changes.flatMap((c) => (c.baseVersionId ? [c.baseVersionId] : [])),
      )
    ).map((v) => [v.id, v]),
  );
  const items = new Map(
    (
      await itemsByIds(
        ex,
        r.tenantId,
        changes.flatMap((c) => (c.itemId ? [c.itemId] : [])),
      )
    ).map((i) => [i.id, i]),
  );
  const open = r.state === 'draft' || r.state === 'submitted' || r.state === 'returned';
  const views = changes.map((c) =>
    presentChange(
      c,
      c.baseVersionId ? (bases.get(c.baseVersionId) ?? null) : null,
      c.itemId ? (items.get(c.itemId)?.latestVersionId ?? null) : null,
      open,
    ),
  );
  const agencyIds = views.flatMap((v) =>
    [v.content, v.before].flatMap((c) =>
      c ? [...(c.delegatedFromAgencyId ? [c.delegatedFromAgencyId] : []), ...c.delegatedToTownshipIds] : [],
    ),
  );
  const names = await agenciesByIds(ex, r.tenantId, agencyIds);
  const events = await eventsOf(ex, r.tenantId, r.id);
  return {
    ...presentRequest(
      r,
      { name: found.agencyName, path: found.agencyPath },
      countsOf(changes.map((c) => ({ kind: c.kind, n: 1 }))),
      actor,
    ),
    changes: views,
    events: events.map(presentEvent),
    agencies: names.map((a) => ({ id: a.id, name: a.name })),
    articles: await describeArticles(
      ex,
      uniqueRefs(views.flatMap((v) => [...(v.content?.basisRefs ?? []), ...(v.before?.basisRefs ?? [])])),
    ),
  };
}

export async function getRequest(ex: Executor, actor: Actor, id: string): Promise<PowerRequestDetail> {
  return requestDetail(ex, actor, await findReadableRequest(ex, actor, id));
}

export async function listRequests(
  ex: Executor,
  actor: Actor,
  q: z.output<typeof powerRequestListQuery>,
): Promise<{ items: PowerRequestView[]; total: number }> {
  const tenantId = q.tenant ?? actor.tenantId;
  const readScope = agencyScopeWhere(scopesFor(actor, 'power.read'), ownAgencyCols);
  const writeScope = agencyScopeWhere(scopesFor(actor, 'power.write'), ownAgencyCols);
  const reach: SQL = and(readScope, or(ne(powerChangeRequests.state, 'draft'), writeScope))!;
  const { rows, total } = await listRequestRows(ex, {
    reach,
    tenantId,
    agencyId: q.agencyId,
    state: q.state,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const counts = await changeCounts(
    ex,
    tenantId,
    rows.map((r) => r.request.id),
  );
  return {
    items: rows.map((r) =>
      presentRequest(
        r.request,
        { name: r.agencyName, path: r.agencyPath },
        countsOf(counts.filter((c) => c.requestId === r.request.id)),
        actor,
      ),
    ),
    total,
  };
}

/** Replaces the title and changes of a draft or returned request (the agency edits before submitting again). */
export async function updateRequest(
  tx: Tx,
  actor: Actor,
  id: string,
  body: z.output<typeof powerRequestUpdateBody>,
  now: Date,
): Promise<WriteResult<PowerRequestDetail>> {
  const found = await findReadableRequest(tx, actor, id);
  const r = found.request;
  if (!can(actor, 'power.write', { tenantId: r.tenantId, agencyPath: found.agencyPath })) {
    throw forbidden('out_of_scope');
  }
  const locked = (await lockRequest(tx, r.tenantId, r.id))!;
  if (nextState(locked.state as PowerRequestView['state'], 'edit') === null) {
    throw invalidTransition(locked.state as PowerRequestView['state'], 'edit');
  }
  const place = { tenantId: r.tenantId, agencyId: r.agencyId, agencyPath: found.agencyPath };
  const { prepared, errors } = await checkChanges(tx, place, body.changes, now);
  if (Object.keys(errors).length) throw invalidInput(errors);
  await replaceChanges(tx, r.tenantId, r.id, changeRows(place, r.id, prepared as PreparedChange[]));
  await updateRequestRow(tx, r.tenantId, r.id, { title: body.title, updatedAt: now });
  await insertEvent(tx, {
    tenantId: r.tenantId,
    id: randomUUID(),
    requestId: r.id,
    action: 'edit',
    fromState: locked.state,
    toState: locked.state,
    actorId: actor.accountId,
    actorName: actor.displayName,
    comments: null,
    at: now,
  });
  const again = (await findRequest(tx, [r.tenantId], r.id))!;
  return {
    result: await requestDetail(tx, actor, again),
    recordIds: [r.id],
    tenantId: r.tenantId,
    detail: { changes: prepared.length },
  };
}

export type { PowerChangeInput };
