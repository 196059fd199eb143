// The filing (备案) transitions of a change request: submit, withdraw, return with comments, accept with an
// effective date. Each goes through `transition`: find the request in scope, check who may act, lock it, ask the
// machine, apply the action's effect, then write the new state and the event (the route's runWrite adds the
// access-log row in the same transaction).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { filingAcceptBody, FilingState, PowerRequestDetail } from '../../../../contracts/power';
import { can, type Actor } from '../../platform/auth/policy';
import type { Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, type FieldError } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { resolveWrittenCitationPartly } from '../laws/law-citation.service';
import { invalidTransition } from './power-errors';
import { ACTION_PERMISSION, isDecision, nextState, type RequestAction } from './power-filing.machine';
import { syncItemCitations } from './power-item.service';
import { findReadableRequest, requestDetail } from './power-request.service';
import {
  changesOf,
  endVersion,
  findRequest,
  insertEvent,
  insertItem,
  insertVersion,
  itemsWithCode,
  lockItem,
  lockRequest,
  setChangeItem,
  updateItem,
  updateRequest,
  versionsByIds,
  type PowerChangeRow,
  type PowerRequestRow,
} from './power.repository';
import type { StoredPowerContent } from './power.schema';

interface Step {
  /** Extra columns of the request to write with the new state. */
  set?: Partial<PowerRequestRow>;
  comments?: string | null;
  /** Records the action touched besides the request (items created or changed). */
  recordIds?: string[];
}

async function transition(
  tx: Tx,
  actor: Actor,
  id: string,
  action: RequestAction,
  now: Date,
  effect: (request: PowerRequestRow, changes: PowerChangeRow[]) => Promise<Step>,
): Promise<WriteResult<PowerRequestDetail>> {
  const found = await findReadableRequest(tx, actor, id);
  const subject = { tenantId: found.request.tenantId, agencyPath: found.agencyPath };
  if (!can(actor, ACTION_PERMISSION[action], subject)) throw forbidden('out_of_scope');
  const request = (await lockRequest(tx, subject.tenantId, id))!;
  const from = request.state as FilingState;
  const to = nextState(from, action);
  if (to === null) throw invalidTransition(from, action);
  const changes = await changesOf(tx, request.tenantId, request.id);
  const step = await effect(request, changes);
  const who = { id: actor.accountId, name: actor.displayName };
  await updateRequest(tx, request.tenantId, request.id, {
    state: to,
    updatedAt: now,
    ...(action === 'submit'
      ? { submittedAt: now, submittedBy: who.id, submittedByName: who.name, revision: request.revision + 1 }
      : {}),
    ...(isDecision(action) ? { decidedAt: now, decidedBy: who.id, decidedByName: who.name } : {}),
    ...step.set,
  });
  await insertEvent(tx, {
    tenantId: request.tenantId,
    id: randomUUID(),
    requestId: request.id,
    action,
    fromState: from,
    toState: to,
    actorId: who.id,
    actorName: who.name,
    comments: step.comments ?? null,
    at: now,
  });
  const again = (await findRequest(tx, [request.tenantId], request.id))!;
  return {
    result: await requestDetail(tx, actor, again),
    recordIds: [request.id, ...(step.recordIds ?? [])],
    tenantId: request.tenantId,
    detail: { action, from, to },
  };
}

/** The changes still written against each item's latest version: otherwise the agency must edit and save again. */
async function checkNotStale(tx: Tx, tenantId: string, changes: readonly PowerChangeRow[]): Promise<void> {
  const errors: Record<string, FieldError> = {};
  for (const [i, c] of changes.entries()) {
    if (c.kind === 'add' || !c.itemId) continue;
    const item = await lockItem(tx, tenantId, c.itemId);
    if (!item || item.latestVersionId !== c.baseVersionId) errors[`changes.${i}.itemId`] = { key: 'power_base_stale' };
    else if (item.cancelledOn)
      errors[`changes.${i}.itemId`] = { key: 'power_item_cancelled', params: { date: item.cancelledOn } };
  }
  if (Object.keys(errors).length) throw conflict(errors, 'power_request_stale');
}

export function submitRequest(tx: Tx, actor: Actor, id: string, now: Date) {
  return transition(tx, actor, id, 'submit', now, async (request, changes) => {
    if (changes.length === 0) throw invalidInput({ changes: 'power_request_empty' });
    await checkNotStale(tx, request.tenantId, changes);
    return { set: { reviewComments: null } };
  });
}

export function withdrawRequest(tx: Tx, actor: Actor, id: string, comments: string | undefined, now: Date) {
  return transition(tx, actor, id, 'withdraw', now, async () => ({ comments: comments || null }));
}

export function returnRequest(tx: Tx, actor: Actor, id: string, comments: string, now: Date) {
  return transition(tx, actor, id, 'return', now, async () => ({ set: { reviewComments: comments }, comments }));
}

/**
 * Accepts the filing: every change takes effect on `effectiveDate` (not before today unless a reason is given,
 * and never before a version already accepted for the same item). Adds create items; modifies end the latest
 * version on that date (versions run [from, to)) and start a new one; cancels end it. A basis written as text is resolved again against
 * the laws in force on the effective date. Citations are registered for every item touched.
 */
export function acceptRequest(tx: Tx, actor: Actor, id: string, body: z.output<typeof filingAcceptBody>, now: Date) {
  return transition(tx, actor, id, 'accept', now, async (request, changes) => {
    const today = shanghaiDate(now);
    const on = body.effectiveDate;
    if (on < today && !body.backdateReason) {
      throw invalidInput({ effectiveDate: { key: 'power_effective_date_past', params: { today } } });
    }
    if (changes.length === 0) throw invalidInput({ changes: 'power_request_empty' });
    await checkNotStale(tx, request.tenantId, changes);
    const bases = new Map(
      (
        await versionsByIds(
          tx,
          request.tenantId,
          changes.flatMap((c) => (c.baseVersionId ? [c.baseVersionId] : [])),
        )
      ).map((v) => [v.id, v]),
    );
    for (const base of bases.values()) {
      if (base.effectiveFrom > on) {
        throw invalidInput({
          effectiveDate: {
            key: 'power_effective_before_latest',
            params: { code: base.code, date: base.effectiveFrom },
          },
        });
      }
    }
    // The items the request cancels or recodes leave their codes free for the others.
    const leaving = new Set(changes.flatMap((c) => (c.kind !== 'add' && c.itemId ? [c.itemId] : [])));
    const touched: string[] = [];
    for (const [i, c] of changes.entries()) {
      const tenantId = request.tenantId;
      if (c.kind !== 'cancel') {
        const holders = await itemsWithCode(tx, {
          tenantId,
          agencyId: request.agencyId,
          code: c.content!.code,
          on,
          exceptId: c.itemId,
        });
        if (holders.some((h) => !leaving.has(h.id))) {
          throw conflict({
            [`changes.${i}.content.code`]: { key: 'power_code_taken', params: { code: c.content!.code } },
          });
        }
      }
      const content = c.content ? await contentOn(tx, c.content, on, now) : null;
      if (c.kind === 'add') {
        const itemId = randomUUID();
        const versionId = randomUUID();
        await insertItem(tx, {
          tenantId,
          id: itemId,
          agencyId: request.agencyId,
          code: content!.code,
          latestVersionId: versionId,
          delegatedFromAgencyId: content!.delegatedFromAgencyId,
          createdAt: now,
          updatedAt: now,
        });
        await insertVersion(tx, versionRow(request, c, itemId, versionId, 1, content!, on));
        await setChangeItem(tx, tenantId, c.id, itemId);
        touched.push(itemId);
        continue;
      }
      const base = bases.get(c.baseVersionId!)!;
      await endVersion(tx, tenantId, base.id, on);
      if (c.kind === 'modify') {
        const versionId = randomUUID();
        await insertVersion(tx, versionRow(request, c, c.itemId!, versionId, base.versionNo + 1, content!, on));
        await updateItem(tx, tenantId, c.itemId!, {
          code: content!.code,
          latestVersionId: versionId,
          delegatedFromAgencyId: content!.delegatedFromAgencyId,
          updatedAt: now,
        });
      } else {
        await updateItem(tx, tenantId, c.itemId!, { cancelledOn: on, cancelChangeId: c.id, updatedAt: now });
      }
      touched.push(c.itemId!);
    }
    for (const itemId of touched) {
      const item = (await lockItem(tx, request.tenantId, itemId))!;
      await syncItemCitations(tx, item, today);
    }
    return {
      set: {
        effectiveDate: on,
        reviewComments: body.comments || null,
        backdateReason: on < today ? body.backdateReason! : null,
      },
      comments: [body.comments, on < today ? `${body.backdateReason}` : null].filter(Boolean).join('\n') || null,
      recordIds: touched,
    };
  });
}

/** The content as it takes effect: a basis written as text is resolved on the effective date. */
async function contentOn(tx: Tx, c: StoredPowerContent, on: string, now: Date): Promise<StoredPowerContent> {
  if (c.basisRefsExplicit) return c;
  const resolved = await resolveWrittenCitationPartly(tx, c.basisText, { on, now });
  return { ...c, basisRefs: resolved.refs, basisProblems: resolved.problems };
}

function versionRow(
  request: PowerRequestRow,
  change: PowerChangeRow,
  itemId: string,
  id: string,
  versionNo: number,
  c: StoredPowerContent,
  on: string,
) {
  return {
    tenantId: request.tenantId,
    id,
    itemId,
    agencyId: request.agencyId,
    versionNo,
    code: c.code,
    name: c.name,
    category: c.category,
    subItems: c.subItems,
    basisText: c.basisText,
    basisRefs: c.basisRefs,
    basisProblems: c.basisProblems,
    duty: c.duty,
    accountability: c.accountability,
    level: c.level,
    delegatedFromAgencyId: c.delegatedFromAgencyId,
    delegatedToTownshipIds: c.delegatedToTownshipIds,
    remarks: c.remarks,
    effectiveFrom: on,
    effectiveTo: null,
    requestId: request.id,
    changeId: change.id,
  };
}
