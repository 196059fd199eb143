// Use cases on referral thresholds (涉嫌犯罪移送标准): list and read within scope (liaisons and the justice bureau
// read across agencies), create, change and remove an agency's own, confirm them (待确认 → 已确认), and evaluate
// the facts of a case against an agency's thresholds.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ArticleRef } from '../../../../contracts/law';
import type {
  EvaluateReferralBody,
  ReferralCondition,
  ReferralConditionInput,
  ReferralEvaluationView,
  ReferralMatch,
  ReferralStatus,
  ReferralThresholdCreateBody,
  ReferralThresholdUpdateBody,
  ReferralThresholdView,
  ReferralFacts,
} from '../../../../contracts/referral-threshold';
import { scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { agencies } from '../agencies/agency.schema';
import {
  checkArticleRefs,
  clearCitations,
  describeArticles,
  replaceCitations,
  resolveWrittenCitation,
} from '../laws/law-citation.service';
import { evaluateReferral } from './referral-threshold.evaluate';
import { presentThresholds } from './referral-threshold.presenter';
import {
  deleteThresholdRow,
  findAgencyInScope,
  findThresholdInScope,
  insertThreshold,
  listThresholds as listThresholdRows,
  updateThresholdRow,
  type ThresholdAgency,
  type ThresholdRow,
} from './referral-threshold.repository';

const cols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };
const readScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'referral_threshold.read'), cols);
const writeScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'referral_threshold.write'), cols);

export async function listThresholds(
  ex: Executor,
  actor: Actor,
  filter: { tenant?: string; agencyId?: string; sector?: string; status?: string },
): Promise<ReferralThresholdView[]> {
  const rows = await listThresholdRows(ex, {
    scopeWhere: readScope(actor),
    tenantId: filter.tenant ?? actor.tenantId,
    agencyId: filter.agencyId,
    sector: filter.sector,
    status: filter.status,
  });
  return presentThresholds(ex, rows, actor);
}

export async function getThreshold(ex: Executor, actor: Actor, id: string): Promise<ReferralThresholdView> {
  const row = await findThresholdInScope(ex, readScope(actor), id);
  if (!row) throw notFound('referral_threshold_not_found');
  return (await presentThresholds(ex, [row], actor))[0];
}

/** The threshold within write scope; readable but not writable is forbidden, unreadable is not found. */
async function thresholdForWrite(tx: Tx, actor: Actor, id: string) {
  const row = await findThresholdInScope(tx, writeScope(actor), id);
  if (!row) {
    if (await findThresholdInScope(tx, readScope(actor), id)) throw forbidden('out_of_scope');
    throw notFound('referral_threshold_not_found');
  }
  if (row.agency.status !== 'active') throw conflict({ agencyId: 'agency_abolished' });
  return row;
}

/** Gives every condition an id (kept when sent, so ticked circumstances stay valid across edits). */
function withIds(conditions: readonly ReferralConditionInput[]): ReferralCondition[] {
  const seen = new Set<string>();
  return conditions.map((c, i) => {
    const id = c.id ?? randomUUID();
    if (seen.has(id)) throw invalidInput({ [`conditions.${i}.id`]: 'referral_condition_id_duplicate' });
    seen.add(id);
    return { ...c, id } as ReferralCondition;
  });
}

async function resolveBasis(
  ex: Executor,
  body: { basisText?: string | null; basis?: ArticleRef[] },
  now: Date,
): Promise<{ basisText: string | null; basisRefs: ArticleRef[] }> {
  const text = body.basisText?.trim() || null;
  if (body.basis !== undefined) {
    await checkArticleRefs(ex, body.basis, 'basis');
    const written = text ?? ((await describeArticles(ex, body.basis)).map((v) => v.citation).join('；') || null);
    return { basisText: written, basisRefs: body.basis };
  }
  if (text) return { basisText: text, basisRefs: await resolveWrittenCitation(ex, text, { field: 'basisText', now }) };
  return { basisText: null, basisRefs: [] };
}

async function registerCitations(tx: Tx, a: ThresholdAgency, t: ThresholdRow) {
  await replaceCitations(
    tx,
    {
      tenantId: a.tenantId,
      agencyId: a.id,
      kind: 'referral_threshold',
      id: t.id,
      label: `${a.name} 移送标准：${t.violationType}（${t.offence}）`,
    },
    { basis: t.basisRefs },
    () => 'basis',
  );
}

export async function createThreshold(
  tx: Tx,
  actor: Actor,
  body: ReferralThresholdCreateBody,
  now: Date,
): Promise<WriteResult<ReferralThresholdView>> {
  const a = await findAgencyInScope(tx, writeScope(actor), body.agencyId);
  if (!a) {
    // An agency outside the write scope is "not found" in the body; readable but not writable is forbidden.
    if (await findAgencyInScope(tx, readScope(actor), body.agencyId)) throw forbidden('out_of_scope');
    throw invalidInput({ agencyId: 'agency_not_found' });
  }
  if (a.status !== 'active') throw invalidInput({ agencyId: 'agency_abolished' });
  const basis = await resolveBasis(tx, body, now);
  const row = await insertThreshold(tx, {
    tenantId: a.tenantId,
    id: randomUUID(),
    agencyId: a.id,
    sector: body.sector,
    violationType: body.violationType,
    offence: body.offence,
    criminalBasis: body.criminalBasis,
    ...basis,
    match: body.match,
    conditions: withIds(body.conditions),
    demo: body.demo ?? false,
    status: 'pending',
    note: body.note ?? null,
    sortOrder: body.sortOrder ?? 0,
    createdAt: now,
    updatedAt: now,
  });
  await registerCitations(tx, a, row);
  return {
    result: (await presentThresholds(tx, [{ threshold: row, agency: a }], actor))[0],
    recordIds: [row.id],
    tenantId: a.tenantId,
    detail: { agencyId: a.id, offence: row.offence },
  };
}

const CONTENT_FIELDS = [
  'sector',
  'violationType',
  'offence',
  'criminalBasis',
  'match',
  'conditions',
  'basisText',
  'basisRefs',
] as const;

export async function updateThreshold(
  tx: Tx,
  actor: Actor,
  id: string,
  body: ReferralThresholdUpdateBody,
  now: Date,
): Promise<WriteResult<ReferralThresholdView>> {
  const { threshold: current, agency: a } = await thresholdForWrite(tx, actor, id);
  const next: Partial<ThresholdRow> = {};
  for (const k of ['sector', 'violationType', 'offence', 'criminalBasis', 'match', 'demo', 'sortOrder'] as const) {
    if (body[k] !== undefined) (next as Record<string, unknown>)[k] = body[k];
  }
  if (body.note !== undefined) next.note = body.note;
  if (body.conditions !== undefined) next.conditions = withIds(body.conditions);
  if (body.basis !== undefined || body.basisText !== undefined) {
    Object.assign(
      next,
      await resolveBasis(
        tx,
        { basisText: body.basisText === undefined ? current.basisText : body.basisText, basis: body.basis },
        now,
      ),
    );
  }
  const changed = (Object.keys(next) as (keyof ThresholdRow)[]).filter(
    (k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]),
  );
  const set: Partial<ThresholdRow> = Object.fromEntries(changed.map((k) => [k, next[k]]));
  // A confirmed threshold whose content changes must be confirmed again.
  const reopened =
    current.status === 'confirmed' && changed.some((k) => (CONTENT_FIELDS as readonly string[]).includes(k));
  if (reopened) Object.assign(set, { status: 'pending', confirmedAt: null, confirmedBy: null, confirmedByName: null });
  const row = changed.length ? await updateThresholdRow(tx, a.tenantId, id, { ...set, updatedAt: now }) : current;
  await registerCitations(tx, a, row);
  return {
    result: (await presentThresholds(tx, [{ threshold: row, agency: a }], actor))[0],
    recordIds: [id],
    tenantId: a.tenantId,
    detail: { changed, reopened },
  };
}

export async function deleteThreshold(tx: Tx, actor: Actor, id: string): Promise<WriteResult<null>> {
  const { threshold: t, agency: a } = await thresholdForWrite(tx, actor, id);
  await deleteThresholdRow(tx, a.tenantId, id);
  await clearCitations(tx, { tenantId: a.tenantId, kind: 'referral_threshold', id });
  return {
    result: null,
    recordIds: [id],
    tenantId: a.tenantId,
    detail: { agencyId: a.id, offence: t.offence, violationType: t.violationType },
  };
}

export async function confirmThreshold(
  tx: Tx,
  actor: Actor,
  id: string,
  body: { note?: string },
  now: Date,
): Promise<WriteResult<ReferralThresholdView>> {
  const { threshold: t, agency: a } = await thresholdForWrite(tx, actor, id);
  if ((t.status as ReferralStatus) === 'confirmed') {
    throw conflict({
      status: {
        key: 'referral_threshold_confirmed',
        params: { by: t.confirmedByName ?? '', at: t.confirmedAt?.toISOString().slice(0, 10) ?? '' },
      },
    });
  }
  const row = await updateThresholdRow(tx, a.tenantId, id, {
    status: 'confirmed',
    confirmedAt: now,
    confirmedBy: actor.accountId,
    confirmedByName: actor.displayName,
    updatedAt: now,
  });
  return {
    result: (await presentThresholds(tx, [{ threshold: row, agency: a }], actor))[0],
    recordIds: [id],
    tenantId: a.tenantId,
    detail: { agencyId: a.id, offence: t.offence, ...(body.note ? { note: body.note } : {}) },
  };
}

export async function evaluateFacts(
  ex: Executor,
  actor: Actor,
  body: EvaluateReferralBody,
): Promise<ReferralEvaluationView> {
  const a = await findAgencyInScope(ex, readScope(actor), body.agencyId);
  if (!a) throw notFound('agency_not_found');
  let rows = await listThresholdRows(ex, { scopeWhere: readScope(actor), tenantId: a.tenantId, agencyId: a.id });
  if (body.thresholdIds) {
    const known = new Set(rows.map((r) => r.threshold.id));
    const unknown = body.thresholdIds.findIndex((tid) => !known.has(tid));
    if (unknown >= 0) throw invalidInput({ [`thresholdIds.${unknown}`]: 'referral_threshold_unknown' });
    const wanted = new Set(body.thresholdIds);
    rows = rows.filter((r) => wanted.has(r.threshold.id));
  }
  const thresholds = rows.map((r) => r.threshold);
  const circumstances = new Set(
    thresholds.flatMap((t) => t.conditions.filter((c) => c.kind === 'circumstance').map((c) => c.id)),
  );
  const stray = body.facts.circumstances.findIndex((cid) => !circumstances.has(cid));
  if (stray >= 0) throw invalidInput({ [`facts.circumstances.${stray}`]: 'referral_circumstance_unknown' });
  const out = evaluateReferral(
    thresholds.map((t) => ({ ...t, match: t.match as ReferralMatch })),
    body.facts,
  );
  const byId = new Map(thresholds.map((t) => [t.id, t]));
  return {
    agency: { id: a.id, name: a.name, tenantId: a.tenantId },
    suspected: out.suspected,
    met: out.met,
    results: out.results.map((r) => {
      const t = byId.get(r.thresholdId)!;
      return {
        ...r,
        violationType: t.violationType,
        offence: t.offence,
        demo: t.demo,
        status: t.status as ReferralStatus,
        match: t.match as ReferralMatch,
      };
    }),
  };
}

/**
 * For cases: do a case's facts meet one of its agency's referral thresholds? The reasons of those met, each naming
 * the offence (empty: not suspected). No scope check: the case service has checked its own.
 */
export async function evaluateReferralForCase(
  ex: Executor,
  tenantId: string,
  agencyId: string,
  facts: ReferralFacts,
): Promise<{ reasons: Array<{ zh: string; en: string }> }> {
  const rows = await listThresholdRows(ex, { scopeWhere: sql`true`, tenantId, agencyId });
  const thresholds = rows.map((r) => r.threshold);
  const out = evaluateReferral(
    thresholds.map((t) => ({ ...t, match: t.match as ReferralMatch })),
    facts,
  );
  const byId = new Map(thresholds.map((t) => [t.id, t]));
  return {
    reasons: out.results
      .filter((r) => r.met)
      .map((r) => {
        const t = byId.get(r.thresholdId)!;
        return {
          zh: `涉嫌${t.offence}（${t.violationType}）：${r.reason.zh}`,
          en: `Suspected ${t.offence}: ${r.reason.en}`,
        };
      }),
  };
}
