// Use cases on items: the list in force on a date, one item with its history, the version a case used, guidance
// notes on delegated items, and keeping the law-citation register in step with an item's versions.
import { randomUUID } from 'node:crypto';
import { and, isNotNull, or } from 'drizzle-orm';
import type {
  GuidanceNoteView,
  PowerChangeReason,
  PowerItemDetail,
  PowerItemListView,
  PowerVersionView,
  powerItemListQuery,
} from '../../../../contracts/power';
import type { z } from 'zod';
import type { ArticleRef } from '../../../../contracts/law';
import { can, scopesFor, tenantsReachable, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { forbidden, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { clearCitations, describeArticles, replaceCitations } from '../laws/law-citation.service';
import { contentView } from './power-content';
import { diffPowerContent } from './power-diff';
import { presentItem, type AgencyNames } from './power.presenter';
import {
  agenciesByIds,
  delegatingAgencyCols,
  findChange,
  findItem,
  guidanceNotesOf,
  insertGuidanceNote,
  listItemsInForce,
  liveVersions,
  ownAgencyCols,
  versionHistory,
  versionInForce,
  versionsByIds,
  type PowerItemRow,
  type PowerVersionRow,
} from './power.repository';
import { powerItems } from './power.schema';

type ListQuery = z.output<typeof powerItemListQuery>;

async function namesFor(ex: Executor, tenantId: string, versions: readonly PowerVersionRow[]): Promise<AgencyNames> {
  const ids = versions.flatMap((v) => [
    ...(v.delegatedFromAgencyId ? [v.delegatedFromAgencyId] : []),
    ...v.delegatedToTownshipIds,
  ]);
  return new Map((await agenciesByIds(ex, tenantId, ids)).map((a) => [a.id, a.name]));
}

/** The items in force on a date that the actor reads: its agencies' items, and items delegated by them. */
export async function listItems(ex: Executor, actor: Actor, q: ListQuery, now: Date): Promise<PowerItemListView> {
  const tenantId = q.tenant ?? actor.tenantId;
  const on = q.on ?? shanghaiDate(now);
  const scopes = scopesFor(actor, 'power.read');
  const own = agencyScopeWhere(scopes, ownAgencyCols);
  const delegated = and(isNotNull(powerItems.delegatedFromAgencyId), agencyScopeWhere(scopes, delegatingAgencyCols))!;
  const reach = q.view === 'own' ? own : q.view === 'delegated' ? delegated : or(own, delegated)!;
  const { rows, total } = await listItemsInForce(ex, {
    reach,
    tenantId,
    on,
    agencyId: q.agencyId,
    category: q.category,
    q: q.q || undefined,
    unlinked: q.basis === 'unlinked',
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const names = await namesFor(
    ex,
    tenantId,
    rows.map((r) => r.version),
  );
  return { items: rows.map((r) => presentItem(r, actor, names)), total, on };
}

/** Finds an item the actor reads (through its agency or the department that delegated it), or 404. */
export async function findReadableItem(ex: Executor, actor: Actor, id: string) {
  const found = await findItem(ex, tenantsReachable(actor, 'power.read'), id);
  if (!found) throw notFound('power_item_not_found');
  const tenantId = found.item.tenantId;
  const readable =
    can(actor, 'power.read', { tenantId, agencyPath: found.agencyPath }) ||
    (!!found.delegatingPath && can(actor, 'power.read', { tenantId, agencyPath: found.delegatingPath }));
  if (!readable) throw notFound('power_item_not_found');
  return found;
}

export async function getItem(
  ex: Executor,
  actor: Actor,
  id: string,
  opts: { on?: string },
  now: Date,
): Promise<PowerItemDetail> {
  const found = await findReadableItem(ex, actor, id);
  const { item } = found;
  const on = opts.on ?? shanghaiDate(now);
  const history = await versionHistory(ex, item.tenantId, item.id);
  const shown =
    (await versionInForce(ex, item.tenantId, item.id, on)) ??
    history.find((h) => h.version.id === item.latestVersionId)!.version;
  const names = await namesFor(
    ex,
    item.tenantId,
    history.map((h) => h.version),
  );
  const view = presentItem({ ...found, version: shown }, actor, names);
  const versions: PowerVersionView[] = history.map((h, i) => ({
    id: h.version.id,
    versionNo: h.version.versionNo,
    effectiveFrom: h.version.effectiveFrom,
    effectiveTo: h.version.effectiveTo,
    content: contentView(h.version),
    diff: diffPowerContent(i > 0 ? contentView(history[i - 1].version) : null, contentView(h.version)),
    change:
      h.changeKind && h.reason && h.requestTitle !== null
        ? {
            requestId: h.version.requestId,
            requestTitle: h.requestTitle,
            kind: h.changeKind as 'add' | 'modify' | 'cancel',
            reason: h.reason as PowerChangeReason,
            reasonText: h.reasonText ?? '',
          }
        : null,
  }));
  let cancellation: PowerItemDetail['cancellation'] = null;
  if (item.cancelledOn && item.cancelChangeId) {
    const c = await findChange(ex, item.tenantId, item.cancelChangeId);
    if (c) {
      cancellation = {
        on: item.cancelledOn,
        requestId: c.change.requestId,
        requestTitle: c.requestTitle,
        reason: c.change.reason as PowerChangeReason,
        reasonText: c.change.reasonText,
      };
    }
  }
  const notes = await guidanceNotesOf(ex, item.tenantId, item.id);
  return {
    ...view,
    basis: await describeArticles(ex, shown.basisRefs),
    versions,
    cancellation,
    guidance: notes.map((n): GuidanceNoteView => ({
      id: n.note.id,
      authorAgencyId: n.note.authorAgencyId,
      authorAgencyName: n.authorAgencyName,
      authorName: n.note.authorName,
      text: n.note.text,
      createdAt: n.note.createdAt.toISOString(),
    })),
    agencies: [...names].map(([id, name]) => ({ id, name })),
    articles: await describeArticles(ex, uniqueRefs(history.flatMap((h) => h.version.basisRefs))),
  };
}

/** 指导意见: the department that delegated the power writes to the township that holds it. */
export async function addGuidance(
  tx: Tx,
  actor: Actor,
  itemId: string,
  text: string,
  now: Date,
): Promise<WriteResult<GuidanceNoteView>> {
  const found = await findReadableItem(tx, actor, itemId);
  const { item } = found;
  if (
    !item.delegatedFromAgencyId ||
    !found.delegatingPath ||
    !can(actor, 'power.write', { tenantId: item.tenantId, agencyPath: found.delegatingPath })
  ) {
    throw forbidden('power_guidance_not_delegator');
  }
  const id = randomUUID();
  await insertGuidanceNote(tx, {
    tenantId: item.tenantId,
    id,
    itemId: item.id,
    agencyId: item.agencyId,
    authorAgencyId: item.delegatedFromAgencyId,
    authorId: actor.accountId,
    authorName: actor.displayName,
    text,
    createdAt: now,
  });
  return {
    result: {
      id,
      authorAgencyId: item.delegatedFromAgencyId,
      authorAgencyName: found.delegatingName ?? '',
      authorName: actor.displayName,
      text,
      createdAt: now.toISOString(),
    },
    recordIds: [id, item.id],
    tenantId: item.tenantId,
  };
}

/** The version of an item a case relies on: the one in force on the case's date (Asia/Shanghai), or null. */
export interface PowerVersionInForce {
  itemId: string;
  versionId: string;
  versionNo: number;
  agencyId: string;
  code: string;
  name: string;
  category: string;
  basisText: string;
  basisRefs: ArticleRef[];
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Townships the power is delegated down to (赋权乡镇): they may exercise it too. */
  delegatedToTownshipIds: string[];
}

export async function powerVersionInForce(
  ex: Executor,
  tenantId: string,
  itemId: string,
  onDate: string,
): Promise<PowerVersionInForce | null> {
  const v = await versionInForce(ex, tenantId, itemId, onDate);
  if (!v) return null;
  return {
    itemId: v.itemId,
    versionId: v.id,
    versionNo: v.versionNo,
    agencyId: v.agencyId,
    code: v.code,
    name: v.name,
    category: v.category,
    basisText: v.basisText,
    basisRefs: v.basisRefs,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    delegatedToTownshipIds: v.delegatedToTownshipIds ?? [],
  };
}

/**
 * Registers what an item cites (role 'basis'): the articles of every version in force today or taking effect
 * later, so that a law change finds the item both before and after a pending version starts. Cancelled items
 * whose cancellation has taken effect cite nothing.
 */
export async function syncItemCitations(tx: Tx, item: PowerItemRow, today: string): Promise<void> {
  const live = await liveVersions(tx, item.tenantId, item.id, today);
  const subject = { tenantId: item.tenantId, agencyId: item.agencyId, kind: 'power_item' as const, id: item.id };
  const refs = live.flatMap((v) => v.basisRefs);
  if (refs.length === 0) {
    await clearCitations(tx, subject);
    return;
  }
  const latest = live.reduce((a, b) => (a.versionNo > b.versionNo ? a : b));
  await replaceCitations(
    tx,
    { ...subject, label: `${latest.code} ${latest.name}` },
    { basis: refs },
    () => 'basisRefs',
  );
}

/** References without repeats (the same article of the same version and paragraph once). */
export function uniqueRefs(refs: readonly ArticleRef[]): ArticleRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { versionsByIds };
