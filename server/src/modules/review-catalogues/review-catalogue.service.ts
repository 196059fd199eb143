// Use cases on review catalogues (重大执法决定法制审核目录): read an agency's catalogue and its versions, edit the
// draft rule by rule (the first edit after a publication starts a new draft from it), publish with an effective
// date, compare versions, and evaluate a proposed decision against the version in force on its date.
import { randomUUID } from 'node:crypto';
import type { ArticleRef } from '../../../../contracts/law';
import {
  describeReviewCondition,
  type CatalogueDiffView,
  type CatalogueEvaluationView,
  type CatalogueVersionView,
  type EvaluateCatalogueBody,
  type PublicCatalogueView,
  type PublishCatalogueBody,
  type ReviewCatalogueListItem,
  type ReviewCatalogueView,
  type ReviewRuleBody,
  type ReviewRuleUpdateBody,
} from '../../../../contracts/review-catalogue';
import { can, scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor, Tx } from '../../platform/db/client';
import { AppError, conflict, forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import {
  checkArticleRefs,
  clearCitations,
  describeArticles,
  replaceCitations,
  resolveWrittenCitation,
} from '../laws/law-citation.service';
import { findTenant } from '../tenants/tenant.repository';
import { diffRules } from './review-catalogue.diff';
import { evaluateCatalogue, type CatalogueRule } from './review-catalogue.evaluate';
import {
  presentRules,
  presentVersion,
  presentVersionSummary,
  versionStates,
  type VersionWithCounts,
} from './review-catalogue.presenter';
import {
  deleteRule,
  deleteVersion,
  findAgencyById,
  findAgencyInScope,
  findDraft,
  findInForce,
  findLatestPublished,
  insertRules,
  insertVersion,
  listAgenciesWithCatalogues,
  listInForceForTenant,
  listVersionsOf,
  maxVersionNo,
  ruleCopies,
  ruleIdsOfAgency,
  rulesOf,
  rulesOfVersions,
  updateRule as updateRuleRow,
  updateVersion,
  type CatalogueAgencyRow,
  type CatalogueRuleRow,
  type CatalogueVersionRow,
} from './review-catalogue.repository';

const cols = { tenantId: agencies.tenantId, agencyId: agencies.id, path: agencies.path };

async function agencyForRead(ex: Executor, actor: Actor, agencyId: string): Promise<CatalogueAgencyRow> {
  const row = await findAgencyInScope(ex, agencyScopeWhere(scopesFor(actor, 'review_catalogue.read'), cols), agencyId);
  if (!row) throw notFound('agency_not_found');
  return row;
}

/** Within write scope; readable but not writable is forbidden; not readable is not found (no existence leak). */
async function agencyForWrite(ex: Executor, actor: Actor, agencyId: string): Promise<CatalogueAgencyRow> {
  const row = await findAgencyInScope(ex, agencyScopeWhere(scopesFor(actor, 'review_catalogue.write'), cols), agencyId);
  if (!row) {
    await agencyForRead(ex, actor, agencyId);
    throw forbidden('out_of_scope');
  }
  if (row.status !== 'active') throw conflict({ agencyId: 'agency_abolished' });
  return row;
}

const canWrite = (actor: Actor, a: CatalogueAgencyRow) =>
  a.status === 'active' && can(actor, 'review_catalogue.write', { tenantId: a.tenantId, agencyPath: a.path });

const agencyRef = (a: CatalogueAgencyRow) => ({ id: a.id, name: a.name, tenantId: a.tenantId });

async function versionsWithCounts(ex: Executor, a: CatalogueAgencyRow): Promise<VersionWithCounts[]> {
  return listVersionsOf(ex, a.tenantId, [a.id]);
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

export async function listCatalogues(
  ex: Executor,
  actor: Actor,
  filter: { tenant?: string },
  now: Date,
): Promise<ReviewCatalogueListItem[]> {
  const tenantId = filter.tenant ?? actor.tenantId;
  const scope = agencyScopeWhere(scopesFor(actor, 'review_catalogue.read'), cols);
  const found = await listAgenciesWithCatalogues(ex, scope, tenantId);
  const versions = await listVersionsOf(
    ex,
    tenantId,
    found.map((a) => a.id),
  );
  const today = shanghaiDate(now);
  return found.map((a) => {
    const mine = versions.filter((v) => v.version.agencyId === a.id);
    const states = versionStates(
      mine.map((v) => v.version),
      today,
    );
    const pick = (state: string) => {
      const v = mine.find((x) => states.get(x.version.id) === state);
      return v ? presentVersionSummary(v, states.get(v.version.id)!) : null;
    };
    return { agency: agencyRef(a), inForce: pick('in_force'), draft: pick('draft'), versionCount: mine.length };
  });
}

export async function getCatalogue(
  ex: Executor,
  actor: Actor,
  agencyId: string,
  opts: { on?: string },
  now: Date,
): Promise<ReviewCatalogueView> {
  const a = await agencyForRead(ex, actor, agencyId);
  const today = shanghaiDate(now);
  const on = opts.on ?? today;
  const all = await versionsWithCounts(ex, a);
  const states = versionStates(
    all.map((v) => v.version),
    today,
  );
  const inForceRow = await findInForce(ex, a.tenantId, a.id, on);
  const inForce = all.find((v) => v.version.id === inForceRow?.id);
  const draft = all.find((v) => v.version.status === 'draft');
  const writable = canWrite(actor, a);
  return {
    agency: agencyRef(a),
    on,
    inForce: inForce
      ? await presentVersion(
          ex,
          inForce,
          states.get(inForce.version.id)!,
          await rulesOf(ex, a.tenantId, inForce.version.id),
        )
      : null,
    draft: draft ? await presentVersion(ex, draft, 'draft', await rulesOf(ex, a.tenantId, draft.version.id)) : null,
    versions: all.map((v) => presentVersionSummary(v, states.get(v.version.id)!)),
    abilities: {
      edit: writable,
      publish: writable && !!draft && draft.ruleCount > 0,
      discardDraft: writable && !!draft,
    },
  };
}

async function versionByNo(ex: Executor, a: CatalogueAgencyRow, versionNo: number, field: string, now: Date) {
  const all = await versionsWithCounts(ex, a);
  const v = all.find((x) => x.version.versionNo === versionNo);
  if (!v) throw notFound('catalogue_version_not_found', { versionNo, field });
  const states = versionStates(
    all.map((x) => x.version),
    shanghaiDate(now),
  );
  return { v, state: states.get(v.version.id)! };
}

export async function getVersion(
  ex: Executor,
  actor: Actor,
  agencyId: string,
  versionNo: number,
  now: Date,
): Promise<CatalogueVersionView> {
  const a = await agencyForRead(ex, actor, agencyId);
  const { v, state } = await versionByNo(ex, a, versionNo, 'versionNo', now);
  return presentVersion(ex, v, state, await rulesOf(ex, a.tenantId, v.version.id));
}

export async function diffVersions(
  ex: Executor,
  actor: Actor,
  agencyId: string,
  q: { from: number; to: number },
  now: Date,
): Promise<CatalogueDiffView> {
  const a = await agencyForRead(ex, actor, agencyId);
  const from = await versionByNo(ex, a, q.from, 'from', now);
  const to = await versionByNo(ex, a, q.to, 'to', now);
  const [fromRules, toRules] = await Promise.all([
    rulesOf(ex, a.tenantId, from.v.version.id),
    rulesOf(ex, a.tenantId, to.v.version.id),
  ]);
  const d = diffRules(fromRules, toRules);
  const views = new Map<CatalogueRuleRow, Awaited<ReturnType<typeof presentRules>>[number]>();
  const all = [...fromRules, ...toRules];
  (await presentRules(ex, all)).forEach((view, i) => views.set(all[i], view));
  return {
    from: presentVersionSummary(from.v, from.state),
    to: presentVersionSummary(to.v, to.state),
    added: d.added.map((r) => views.get(r)!),
    removed: d.removed.map((r) => views.get(r)!),
    changed: d.changed.map((c) => ({
      ruleId: c.ruleId,
      before: views.get(c.before)!,
      after: views.get(c.after)!,
      fields: c.fields,
    })),
    unchanged: d.unchanged,
  };
}

/** For cases: the version of an agency's catalogue in force on a date (Asia/Shanghai), with its rules; or null. */
export async function reviewCatalogueInForce(
  ex: Executor,
  tenantId: string,
  agencyId: string,
  onDate: string,
): Promise<{ versionId: string; versionNo: number; effectiveFrom: string; rules: CatalogueRule[] } | null> {
  const v = await findInForce(ex, tenantId, agencyId, onDate);
  if (!v) return null;
  const rules = await rulesOf(ex, tenantId, v.id);
  return {
    versionId: v.id,
    versionNo: v.versionNo,
    effectiveFrom: v.effectiveFrom!,
    rules: rules.map((r) => ({ ruleId: r.ruleId, title: r.title, condition: r.condition })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

/** The agency's draft; when there is none, a new one copying the latest published version. */
async function ensureDraft(tx: Tx, a: CatalogueAgencyRow, now: Date): Promise<CatalogueVersionRow> {
  const existing = await findDraft(tx, a.tenantId, a.id);
  if (existing) return existing;
  const base = await findLatestPublished(tx, a.tenantId, a.id);
  const draft = await insertVersion(tx, {
    tenantId: a.tenantId,
    id: randomUUID(),
    agencyId: a.id,
    versionNo: (await maxVersionNo(tx, a.tenantId, a.id)) + 1,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  });
  if (base) {
    const rules = await rulesOf(tx, a.tenantId, base.id);
    await insertRules(
      tx,
      rules.map((r) => ({ ...r, versionId: draft.id, createdAt: now })),
    );
  }
  return draft;
}

/** The basis of a rule: cited articles as given, or resolved from the written form (errors name the field). */
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

/**
 * Registers what each rule cites (law_citations, kind 'review_rule', the stable rule id): the union of its copies in
 * the draft, the version in force today and any scheduled version — the content that is or will be applied. A rule
 * in none of them is cleared. A version that comes into force without a write is picked up at the next write.
 */
async function refreshCitations(tx: Tx, a: CatalogueAgencyRow, ruleIds: readonly string[], now: Date) {
  if (ruleIds.length === 0) return;
  const today = shanghaiDate(now);
  const versions = (await listVersionsOf(tx, a.tenantId, [a.id])).map((v) => v.version);
  const states = versionStates(versions, today);
  const live = versions.filter((v) => states.get(v.id) !== 'superseded');
  const copies = await ruleCopies(
    tx,
    a.tenantId,
    live.map((v) => v.id),
    ruleIds,
  );
  const newestFirst = new Map(live.map((v) => [v.id, v.versionNo]));
  for (const ruleId of ruleIds) {
    const mine = copies
      .filter((c) => c.ruleId === ruleId)
      .sort((x, y) => newestFirst.get(y.versionId)! - newestFirst.get(x.versionId)!);
    const subject = { tenantId: a.tenantId, agencyId: a.id, kind: 'review_rule' as const, id: ruleId };
    if (mine.length === 0) {
      await clearCitations(tx, subject);
      continue;
    }
    await replaceCitations(
      tx,
      { ...subject, label: `${a.name} 法制审核目录：${mine[0].title}` },
      { basis: mine.flatMap((c) => c.basisRefs) },
      () => 'basis',
    );
  }
}

/** Re-registers the citations of every rule of an agency's catalogue (after their references were linked). */
export async function relinkCatalogueCitations(tx: Tx, tenantId: string, agencyId: string, now: Date): Promise<void> {
  const a = await findAgencyById(tx, tenantId, agencyId);
  if (a) await refreshCitations(tx, a, await ruleIdsOfAgency(tx, tenantId, agencyId), now);
}

async function draftView(tx: Tx, a: CatalogueAgencyRow, draft: CatalogueVersionRow): Promise<CatalogueVersionView> {
  const rules = await rulesOf(tx, a.tenantId, draft.id);
  return presentVersion(
    tx,
    { version: draft, ruleCount: rules.length, demo: rules.some((r) => r.demo) },
    'draft',
    rules,
  );
}

export async function addRule(
  tx: Tx,
  actor: Actor,
  agencyId: string,
  body: ReviewRuleBody,
  now: Date,
): Promise<WriteResult<CatalogueVersionView>> {
  const a = await agencyForWrite(tx, actor, agencyId);
  const basis = await resolveBasis(tx, body, now);
  const draft = await ensureDraft(tx, a, now);
  const existing = await rulesOf(tx, a.tenantId, draft.id);
  const ruleId = randomUUID();
  await insertRules(tx, [
    {
      tenantId: a.tenantId,
      versionId: draft.id,
      ruleId,
      agencyId: a.id,
      position: body.position ?? Math.max(0, ...existing.map((r) => r.position)) + 10,
      title: body.title,
      condition: body.condition,
      ...basis,
      demo: false,
      createdAt: now,
    },
  ]);
  await updateVersion(tx, a.tenantId, draft.id, { updatedAt: now });
  await refreshCitations(tx, a, [ruleId], now);
  return {
    result: await draftView(tx, a, draft),
    recordIds: [ruleId, draft.id],
    tenantId: a.tenantId,
    detail: { agencyId: a.id, versionNo: draft.versionNo, title: body.title },
  };
}

export async function updateRule(
  tx: Tx,
  actor: Actor,
  agencyId: string,
  ruleId: string,
  body: ReviewRuleUpdateBody,
  now: Date,
): Promise<WriteResult<CatalogueVersionView>> {
  const a = await agencyForWrite(tx, actor, agencyId);
  const draft = await ensureDraft(tx, a, now);
  const current = (await rulesOf(tx, a.tenantId, draft.id)).find((r) => r.ruleId === ruleId);
  if (!current) throw notFound('catalogue_rule_not_found');
  const set: Parameters<typeof updateRuleRow>[4] = {};
  const changed: string[] = [];
  if (body.title !== undefined && body.title !== current.title) {
    set.title = body.title;
    changed.push('title');
  }
  if (body.condition !== undefined && JSON.stringify(body.condition) !== JSON.stringify(current.condition)) {
    set.condition = body.condition;
    changed.push('condition');
  }
  if (body.position !== undefined && body.position !== current.position) {
    set.position = body.position;
    changed.push('position');
  }
  if (body.basis !== undefined || body.basisText !== undefined) {
    const basis = await resolveBasis(
      tx,
      { basisText: body.basisText === undefined ? current.basisText : body.basisText, basis: body.basis },
      now,
    );
    Object.assign(set, basis);
    changed.push('basis');
  }
  // The agency made the rule its own: it is no longer seeded demo content.
  if (changed.length) set.demo = false;
  await updateRuleRow(tx, a.tenantId, draft.id, ruleId, set);
  await updateVersion(tx, a.tenantId, draft.id, { updatedAt: now });
  await refreshCitations(tx, a, [ruleId], now);
  return {
    result: await draftView(tx, a, draft),
    recordIds: [ruleId, draft.id],
    tenantId: a.tenantId,
    detail: { agencyId: a.id, versionNo: draft.versionNo, changed },
  };
}

export async function removeRule(
  tx: Tx,
  actor: Actor,
  agencyId: string,
  ruleId: string,
  now: Date,
): Promise<WriteResult<CatalogueVersionView>> {
  const a = await agencyForWrite(tx, actor, agencyId);
  const draft = await ensureDraft(tx, a, now);
  const removed = await deleteRule(tx, a.tenantId, draft.id, ruleId);
  if (!removed) throw notFound('catalogue_rule_not_found');
  await updateVersion(tx, a.tenantId, draft.id, { updatedAt: now });
  await refreshCitations(tx, a, [ruleId], now);
  return {
    result: await draftView(tx, a, draft),
    recordIds: [ruleId, draft.id],
    tenantId: a.tenantId,
    detail: { agencyId: a.id, versionNo: draft.versionNo, title: removed.title },
  };
}

export async function discardDraft(tx: Tx, actor: Actor, agencyId: string, now: Date): Promise<WriteResult<null>> {
  const a = await agencyForWrite(tx, actor, agencyId);
  const draft = await findDraft(tx, a.tenantId, a.id);
  if (!draft) throw conflict({}, 'catalogue_no_draft');
  const ruleIds = await ruleIdsOfAgency(tx, a.tenantId, a.id);
  await deleteVersion(tx, a.tenantId, draft.id);
  await refreshCitations(tx, a, ruleIds, now);
  return {
    result: null,
    recordIds: [draft.id],
    tenantId: a.tenantId,
    detail: { agencyId: a.id, versionNo: draft.versionNo },
  };
}

export async function publishDraft(
  tx: Tx,
  actor: Actor,
  agencyId: string,
  body: PublishCatalogueBody,
  now: Date,
): Promise<WriteResult<CatalogueVersionView>> {
  const a = await agencyForWrite(tx, actor, agencyId);
  const draft = await findDraft(tx, a.tenantId, a.id);
  if (!draft) throw conflict({}, 'catalogue_no_draft');
  const rules = await rulesOf(tx, a.tenantId, draft.id);
  if (rules.length === 0) throw conflict({}, 'catalogue_draft_empty');
  const today = shanghaiDate(now);
  // No retroactive publication: a decision already made was reviewed (or not) under the catalogue then in force.
  if (body.effectiveFrom < today)
    throw invalidInput({ effectiveFrom: { key: 'catalogue_effective_in_past', params: { today } } });
  const previous = await findLatestPublished(tx, a.tenantId, a.id);
  if (previous && body.effectiveFrom < previous.effectiveFrom!)
    throw invalidInput({
      effectiveFrom: {
        key: 'catalogue_effective_before_previous',
        params: { date: previous.effectiveFrom, versionNo: previous.versionNo },
      },
    });
  const published = await updateVersion(tx, a.tenantId, draft.id, {
    status: 'published',
    effectiveFrom: body.effectiveFrom,
    publishedAt: now,
    publishedBy: actor.accountId,
    publishedByName: actor.displayName,
    note: body.note ?? null,
    updatedAt: now,
  });
  await refreshCitations(tx, a, await ruleIdsOfAgency(tx, a.tenantId, a.id), now);
  const states = versionStates([published, ...(previous ? [previous] : [])], today);
  return {
    result: await presentVersion(
      tx,
      { version: published, ruleCount: rules.length, demo: rules.some((r) => r.demo) },
      states.get(published.id)!,
      rules,
    ),
    recordIds: [published.id],
    tenantId: a.tenantId,
    detail: { agencyId: a.id, versionNo: published.versionNo, effectiveFrom: body.effectiveFrom },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation and disclosure

export async function evaluateDecision(
  ex: Executor,
  actor: Actor,
  agencyId: string,
  body: EvaluateCatalogueBody,
  now: Date,
): Promise<CatalogueEvaluationView> {
  const a = await agencyForRead(ex, actor, agencyId);
  const on = body.on ?? shanghaiDate(now);
  const row = body.draft ? await findDraft(ex, a.tenantId, a.id) : await findInForce(ex, a.tenantId, a.id, on);
  if (!row) {
    throw body.draft
      ? conflict({ draft: 'catalogue_no_draft' }, 'catalogue_no_draft')
      : new AppError(
          'conflict',
          409,
          'catalogue_not_in_force',
          { on, agency: a.name },
          {
            on: { key: 'catalogue_not_in_force_on', params: { on } },
          },
        );
  }
  const rules = await rulesOf(ex, a.tenantId, row.id);
  const freeText = new Set(rules.filter((r) => r.condition.kind === 'free_text').map((r) => r.ruleId));
  const decision = body.decision;
  const unknown = decision.tickedRuleIds.findIndex((id) => !freeText.has(id));
  if (unknown >= 0) throw invalidInput({ [`decision.tickedRuleIds.${unknown}`]: 'catalogue_ticked_unknown' });
  const all = await versionsWithCounts(ex, a);
  const states = versionStates(
    all.map((v) => v.version),
    shanghaiDate(now),
  );
  const counts = all.find((v) => v.version.id === row.id)!;
  const out = evaluateCatalogue(
    rules.map((r) => ({ ruleId: r.ruleId, title: r.title, condition: r.condition })),
    decision,
  );
  return {
    agency: agencyRef(a),
    version: presentVersionSummary(counts, states.get(row.id)!),
    major: out.major,
    results: out.results,
  };
}

/** The catalogues in force today for every agency of a tenant: what the public may read (disclosure). */
export async function listPublicCatalogues(
  ex: Executor,
  tenantCode: string,
  now: Date,
): Promise<PublicCatalogueView[]> {
  if (!(await findTenant(ex, tenantCode))) throw notFound('tenant_not_found');
  const rows = await listInForceForTenant(ex, tenantCode, shanghaiDate(now));
  rows.sort((x, y) => x.sortOrder - y.sortOrder || x.agencyName.localeCompare(y.agencyName, 'zh'));
  const rules = await rulesOfVersions(
    ex,
    tenantCode,
    rows.map((r) => r.version.id),
  );
  return rows.map((r) => {
    const mine = rules.filter((x) => x.versionId === r.version.id);
    return {
      agency: { id: r.version.agencyId, name: r.agencyName },
      versionNo: r.version.versionNo,
      effectiveFrom: r.version.effectiveFrom!,
      demo: mine.some((x) => x.demo),
      rules: mine.map((x) => ({
        title: x.title,
        kind: x.condition.kind,
        summary: describeReviewCondition(x.condition),
        basisText: x.basisText,
      })),
    };
  });
}
