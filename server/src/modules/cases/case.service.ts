// Use cases on cases: register, read (list, page, workbench), take a step (through the one transition function),
// reveal a party's full ID number (logged), and set an agency's case-number pattern.
import { randomUUID } from 'node:crypto';
import { and, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import {
  type CaseCreateBody,
  type CaseListItem,
  type CaseListQuery,
  type CaseView,
  type CaseWorkbenchView,
} from '../../../../contracts/case';
import { explainUscc, maskPhone, maskResidentId } from '../../../../contracts/identifiers';
import { residentIdProblem } from '../../../../contracts/officer';
import type { CaseKind } from '../../../../contracts/procedure';
import { can, scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { AppContext } from '../../platform/context';
import { decryptPersonal, encryptPersonal } from '../../platform/crypto/personal-data';
import type { Executor, Tx } from '../../platform/db/client';
import { forbidden, invalidInput, notFound } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { shanghaiDate } from '../../platform/legal-date';
import { findAgencyBriefInScope } from '../agencies/agency.repository';
import { documentFileFor, listCaseDocuments } from '../documents/document.service';
import type { Download } from '../../platform/http/download';
import { agencies } from '../agencies/agency.schema';
import { addCalendarDays } from '../calendar/working-calendar';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import { getOfficerBriefs, officerForAccount, residentIdDigest } from '../personnel/officer-lookup.service';
import { powerVersionInForce } from '../powers/power-item.service';
import { creationTransition, currentProcedure, procedureDefinition } from '../procedures/procedure-catalogue';
import { CaseFacts } from './case-context';
import { caseNumberPatternOf, setCaseNumberPattern, takeCaseNumber } from './case-number';
import { presentCase, presentListItem } from './case.presenter';
import {
  caseScopeColumns,
  deadlinesOf,
  findCaseInScope,
  handlersOf,
  insertCase,
  insertEvent,
  insertHandlers,
  insertParties,
  listCaseRows,
  lockCaseInScope,
  partiesOf,
  upsertDeadline,
  type CaseDeadlineRow,
  type CasePartyRow,
  type CaseWithAgency,
} from './case.repository';
import { caseDeadlines, caseHandlers, caseParties, caseReviews, cases } from './case.schema';
import {
  computeCaseDeadline,
  deadlineColumns,
  eventHash,
  GENESIS_HASH,
  NUMBERED_ON_OPEN,
  PARTY_SLOTS,
  transitionCase,
} from './case-transition';

const readScope = (actor: Actor) => agencyScopeWhere(scopesFor(actor, 'case.read'), caseScopeColumns);

async function readable(ex: Executor, actor: Actor, id: string): Promise<CaseWithAgency> {
  const found = await findCaseInScope(ex, readScope(actor), id);
  if (!found) throw notFound('case_not_found');
  return found;
}

function factsOf(ex: Executor, app: AppContext, actor: Actor, found: CaseWithAgency): CaseFacts {
  return new CaseFacts(
    ex,
    app,
    actor,
    found,
    procedureDefinition(found.case.procedureCode, found.case.procedureVersion),
  );
}

async function view(ex: Executor, app: AppContext, actor: Actor, facts: CaseFacts, now: Date): Promise<CaseView> {
  const out = await presentCase(
    facts,
    shanghaiDate(now),
    await listCaseDocuments(ex, facts.row.tenantId, facts.row.id),
  );
  const row = facts.row;
  if (row.powerItemId) {
    const v = await powerVersionInForce(ex, row.tenantId, row.powerItemId, row.openedOn ?? row.registeredOn);
    if (v) out.powerItem = { id: v.itemId, code: v.code, name: v.name, versionNo: v.versionNo };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Register (登记)

export async function createCase(
  tx: Tx,
  app: AppContext,
  actor: Actor,
  body: CaseCreateBody,
  now: Date,
): Promise<WriteResult<CaseView>> {
  const agency = await findAgencyBriefInScope(
    tx,
    agencyScopeWhere(scopesFor(actor, 'case.read'), {
      tenantId: agencies.tenantId,
      agencyId: agencies.id,
      path: agencies.path,
    }),
    body.agencyId,
  );
  if (!agency) throw notFound('agency_not_found');
  if (!can(actor, 'case.write', { tenantId: agency.tenantId, agencyPath: agency.path })) {
    throw forbidden('case_agency_not_writable');
  }
  const today = shanghaiDate(now);
  const registeredOn = body.registeredOn ?? today;
  if (registeredOn > today) throw invalidInput({ registeredOn: 'case_registered_in_future' });
  if (body.actDate && body.actDate > registeredOn) throw invalidInput({ actDate: 'case_act_after_registration' });
  const def = currentProcedure(body.procedure, registeredOn);

  const fields: Record<string, string | { key: string; params?: Record<string, unknown> }> = {};
  body.parties.forEach((p, i) => {
    if (p.type === 'natural_person') {
      const problem = residentIdProblem(p.residentId.toUpperCase(), now);
      if (problem) fields[`parties.${i}.residentId`] = `resident_id_${problem}`;
    } else {
      const problem = explainUscc(p.uscc.toUpperCase());
      if (problem) fields[`parties.${i}.uscc`] = problem === 'check_char' ? 'uscc_check' : `uscc_${problem}`;
    }
  });
  const officers = await getOfficerBriefs(tx, agency.tenantId, body.handlerOfficerIds);
  const byId = new Map(officers.map((o) => [o.id, o]));
  const agencyPaths = await agencyPathsOf(
    tx,
    agency.tenantId,
    officers.map((o) => o.agencyId),
  );
  body.handlerOfficerIds.forEach((id, i) => {
    const o = byId.get(id);
    const key = `handlerOfficerIds.${i}`;
    if (body.handlerOfficerIds.indexOf(id) !== i) fields[key] = 'case_officer_duplicate';
    else if (!o) fields[key] = 'case_officer_unknown';
    else if (!(agencyPaths.get(o.agencyId) ?? '').startsWith(agency.path)) fields[key] = 'case_officer_not_in_agency';
    else if (o.status !== 'in_post') fields[key] = 'case_officer_not_in_post';
  });
  if (body.powerItemId && !(await powerVersionInForce(tx, agency.tenantId, body.powerItemId, registeredOn))) {
    fields.powerItemId = 'case_power_not_found';
  }
  if (Object.keys(fields).length) throw invalidInput(fields as Parameters<typeof invalidInput>[0]);

  const id = randomUUID();
  const create = creationTransition(def);
  let number: { number: string; year: number; seq: number } | null = null;
  if (!NUMBERED_ON_OPEN.has(def.code)) {
    number = await takeCaseNumber(tx, agency.tenantId, agency, def.kind, Number(registeredOn.slice(0, 4)));
  }
  const hashed = {
    caseId: id,
    seq: 1,
    action: create.action,
    from: null,
    to: create.to,
    occurredOn: registeredOn,
    recordedAt: now.toISOString(),
    actor: actor.accountId,
    payload: { title: body.title, source: body.source },
  };
  const hash = eventHash(GENESIS_HASH, hashed);
  await insertCase(tx, {
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    procedureCode: def.code,
    procedureVersion: def.version,
    kind: def.kind,
    state: create.to,
    number: number?.number ?? null,
    numberYear: number?.year ?? null,
    numberSeq: number?.seq ?? null,
    title: body.title,
    source: body.source,
    sourceRef: body.sourceRef ?? null,
    domain: body.domain,
    powerItemId: body.powerItemId ?? null,
    actDate: body.actDate ?? null,
    harmsLifeHealthFinance: body.harmsLifeHealthFinance,
    facts: body.facts ?? null,
    registeredOn,
    eventCount: 1,
    lastEventOn: registeredOn,
    lastHash: hash,
    createdBy: actor.accountId,
  });
  await insertParties(
    tx,
    body.parties.map((p, i) => partyRow(app, agency.tenantId, id, i + 1, p)),
  );
  await insertHandlers(
    tx,
    body.handlerOfficerIds.map((officerId, i) => ({
      tenantId: agency.tenantId,
      caseId: id,
      officerId,
      lead: i === 0,
      seq: i + 1,
    })),
  );
  await insertEvent(tx, {
    tenantId: agency.tenantId,
    caseId: id,
    seq: 1,
    id: randomUUID(),
    action: create.action,
    fromState: null,
    toState: create.to,
    actorAccountId: actor.accountId,
    actorName: actor.displayName,
    occurredOn: registeredOn,
    recordedAt: now,
    payload: hashed.payload,
    summary: body.title,
    hash,
  });
  const found = (await findCaseInScope(tx, sql`true`, id))!;
  const facts = factsOf(tx, app, actor, found);
  for (const s of create.startsDeadlines) {
    const r = await computeCaseDeadline({ facts, rule: s.rule, start: registeredOn, asOf: today });
    await upsertDeadline(tx, {
      tenantId: agency.tenantId,
      caseId: id,
      slot: s.slot,
      ...deadlineColumns(r),
      startOn: registeredOn,
      status: 'running',
    });
  }
  facts.forget('deadlines');
  return { result: await view(tx, app, actor, facts, now), recordIds: [id], tenantId: agency.tenantId };
}

async function agencyPathsOf(ex: Executor, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ id: agencies.id, path: agencies.path })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), inArray(agencies.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.path]));
}

function partyRow(
  app: AppContext,
  tenantId: string,
  caseId: string,
  seq: number,
  p: CaseCreateBody['parties'][number],
) {
  const idNumber = (p.type === 'natural_person' ? p.residentId : p.uscc).toUpperCase();
  const personal = p.type === 'natural_person';
  return {
    tenantId,
    caseId,
    id: randomUUID(),
    seq,
    type: p.type,
    name: p.name,
    idNumberEnc: personal ? encryptPersonal(app.dataKey, idNumber) : null,
    idNumberMasked: personal ? maskResidentId(idNumber) : idNumber,
    idNumberDigest: personal ? residentIdDigest(app.dataKey, idNumber) : idNumber,
    legalRepresentative: p.type === 'organisation' ? (p.legalRepresentative ?? null) : null,
    phoneEnc: p.phone ? encryptPersonal(app.dataKey, p.phone) : null,
    phoneMasked: p.phone ? maskPhone(p.phone) : null,
    // An organisation's registered address is public; a natural person's is personal data.
    addressEnc: p.address && personal ? encryptPersonal(app.dataKey, p.address) : null,
    addressMasked: p.address ? (personal ? `${[...p.address].slice(0, 6).join('')}****` : p.address) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Read

export async function getCase(ex: Executor, app: AppContext, actor: Actor, id: string, now: Date): Promise<CaseView> {
  const found = await readable(ex, actor, id);
  return view(ex, app, actor, factsOf(ex, app, actor, found), now);
}

export async function takeStep(
  tx: Tx,
  app: AppContext,
  actor: Actor,
  id: string,
  body: { action: string; payload: Record<string, unknown> },
  now: Date,
): Promise<WriteResult<{ case: CaseView; event: CaseView['events'][number] }>> {
  const found = await lockCaseInScope(tx, readScope(actor), id);
  if (!found) throw notFound('case_not_found');
  const out = await transitionCase(tx, app, actor, found, body.action, body.payload, now);
  const v = await view(tx, app, actor, out.facts.withFound((await findCaseInScope(tx, sql`true`, id))!), now);
  return {
    result: { case: v, event: v.events.find((e) => e.seq === out.event.seq)! },
    recordIds: [id, out.event.id, ...out.documentIds],
    tenantId: found.case.tenantId,
    detail: { action: body.action },
  };
}

/** The full ID number of a natural-person party (logged by the route); the case's actors only. */
export async function revealPartyIdNumber(
  ex: Executor,
  app: AppContext,
  actor: Actor,
  caseId: string,
  partyId: string,
): Promise<{ idNumber: string; tenantId: string }> {
  const found = await readable(ex, actor, caseId);
  // The agency's own case staff (who may handle its cases) see the whole number; readers elsewhere see it masked.
  if (!can(actor, 'case.write', { tenantId: found.case.tenantId, agencyPath: found.agency.path })) throw forbidden();
  const party = (await partiesOf(ex, found.case.tenantId, [caseId])).find((p) => p.id === partyId);
  if (!party) throw notFound('case_party_not_found');
  return {
    idNumber: party.idNumberEnc ? decryptPersonal(app.dataKey, party.idNumberEnc) : party.idNumberMasked,
    tenantId: found.case.tenantId,
  };
}

function listWhere(actor: Actor, q: CaseListQuery, officerId: string | null, today: string, soonUntil: string): SQL {
  const conds: SQL[] = [readScope(actor)];
  if (q.tenant) conds.push(eq(cases.tenantId, q.tenant));
  if (q.agencyId) conds.push(eq(cases.agencyId, q.agencyId));
  if (q.procedure) conds.push(eq(cases.procedureCode, q.procedure));
  if (q.kind) conds.push(eq(cases.kind, q.kind));
  if (q.state) conds.push(eq(cases.state, q.state));
  if (q.status === 'active') conds.push(eq(cases.ended, false));
  if (q.status === 'ended') conds.push(eq(cases.ended, true));
  if (q.referral) conds.push(eq(cases.referralFlagged, true));
  if (q.openedFrom) conds.push(gte(cases.registeredOn, q.openedFrom));
  if (q.openedTo) conds.push(lte(cases.registeredOn, q.openedTo));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(
      or(
        ilike(cases.title, like),
        ilike(cases.number, like),
        sql`exists (select 1 from ${caseParties} where ${caseParties.tenantId} = ${cases.tenantId} and ${caseParties.caseId} = ${cases.id} and ${caseParties.type} = 'organisation' and (${caseParties.name} ilike ${like} or ${caseParties.idNumberDigest} = ${q.q.toUpperCase()}))`,
      )!,
    );
  }
  if (q.mine) {
    conds.push(
      officerId
        ? sql`exists (select 1 from ${caseHandlers} where ${caseHandlers.tenantId} = ${cases.tenantId} and ${caseHandlers.caseId} = ${cases.id} and ${caseHandlers.officerId} = ${officerId})`
        : sql`false`,
    );
  }
  if (q.due) {
    const bound =
      q.due === 'overdue'
        ? sql`${caseDeadlines.dueOn} < ${today}`
        : sql`${caseDeadlines.dueOn} between ${today} and ${soonUntil}`;
    conds.push(
      sql`exists (select 1 from ${caseDeadlines} where ${caseDeadlines.tenantId} = ${cases.tenantId} and ${caseDeadlines.caseId} = ${cases.id} and ${caseDeadlines.status} = 'running' and ${caseDeadlines.slot} not in (${sql.join(
        [...PARTY_SLOTS].map((s) => sql`${s}`),
        sql`, `,
      )}) and ${bound})`,
    );
  }
  return and(...conds)!;
}

/** Today plus three working days on the tenant's calendar (the "due soon" horizon). */
async function soonHorizon(ex: Executor, tenantId: string, today: string): Promise<string> {
  const calendar = await loadWorkingCalendar(ex, tenantId);
  let day = today;
  for (let n = 0; n < 3;) {
    day = addCalendarDays(day, 1);
    if (calendar.isWorkingDay(day)) n += 1;
  }
  return day;
}

async function presentRows(ex: Executor, rows: CaseWithAgency[], today: string): Promise<CaseListItem[]> {
  const byTenant = new Map<string, string[]>();
  for (const r of rows) byTenant.set(r.case.tenantId, [...(byTenant.get(r.case.tenantId) ?? []), r.case.id]);
  const parties: CasePartyRow[] = [];
  const handlers: Awaited<ReturnType<typeof handlersOf>> = [];
  const deadlines: CaseDeadlineRow[] = [];
  for (const [tenantId, ids] of byTenant) {
    parties.push(...(await partiesOf(ex, tenantId, ids)));
    handlers.push(...(await handlersOf(ex, tenantId, ids)));
    deadlines.push(...(await deadlinesOf(ex, tenantId, ids)));
  }
  const officers = new Map<string, string>();
  for (const [tenantId] of byTenant) {
    const ids = handlers.filter((h) => h.tenantId === tenantId).map((h) => h.officerId);
    for (const o of await getOfficerBriefs(ex, tenantId, ids)) officers.set(o.id, o.name);
  }
  return rows.map((r) =>
    presentListItem(
      r,
      parties.filter((p) => p.caseId === r.case.id),
      handlers.filter((h) => h.caseId === r.case.id).map((h) => officers.get(h.officerId) ?? ''),
      deadlines.filter((d) => d.caseId === r.case.id),
      today,
    ),
  );
}

export async function listCases(
  ex: Executor,
  actor: Actor,
  q: CaseListQuery,
  now: Date,
): Promise<{ items: CaseListItem[]; total: number }> {
  const today = shanghaiDate(now);
  const officer = await officerForAccount(ex, actor.tenantId, actor.accountId);
  const soon = q.due === 'soon' ? await soonHorizon(ex, q.tenant ?? actor.tenantId, today) : today;
  const { rows, total } = await listCaseRows(ex, {
    where: listWhere(actor, q, officer?.id ?? null, today, soon),
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: await presentRows(ex, rows, today), total };
}

/** Cases waiting for a legal review the actor may give: in its review scope, pending, not one it handles. */
async function reviewQueueWhere(ex: Executor, actor: Actor): Promise<SQL> {
  const officer = await officerForAccount(ex, actor.tenantId, actor.accountId);
  const scopes = scopesFor(actor, 'case.review');
  if (!officer || scopes.length === 0) return sql`false`;
  return and(
    agencyScopeWhere(scopes, caseScopeColumns),
    eq(cases.state, 'in_review'),
    sql`exists (select 1 from ${caseReviews} where ${caseReviews.tenantId} = ${cases.tenantId} and ${caseReviews.caseId} = ${cases.id} and ${caseReviews.outcome} is null)`,
    sql`not exists (select 1 from ${caseHandlers} where ${caseHandlers.tenantId} = ${cases.tenantId} and ${caseHandlers.caseId} = ${cases.id} and ${caseHandlers.officerId} = ${officer.id})`,
  )!;
}

async function section(ex: Executor, where: SQL, today: string, limit: number) {
  const { rows, total } = await listCaseRows(ex, { where, limit, offset: 0 });
  return { total, items: await presentRows(ex, rows, today) };
}

/** 待审核: the legal reviews waiting for the actor. */
export async function reviewQueue(ex: Executor, actor: Actor, now: Date) {
  return section(ex, await reviewQueueWhere(ex, actor), shanghaiDate(now), 200);
}

export async function caseWorkbench(ex: Executor, actor: Actor, now: Date): Promise<CaseWorkbenchView> {
  const today = shanghaiDate(now);
  const officer = await officerForAccount(ex, actor.tenantId, actor.accountId);
  const soon = await soonHorizon(ex, actor.tenantId, today);
  const base = { status: 'active', page: 1, pageSize: 10 } as CaseListQuery;
  const where = (q: Partial<CaseListQuery>) => listWhere(actor, { ...base, ...q }, officer?.id ?? null, today, soon);
  return {
    mine: await section(ex, where({ mine: true }), today, 10),
    dueSoon: await section(ex, where({ due: 'soon' }), today, 10),
    overdue: await section(ex, where({ due: 'overdue' }), today, 10),
    awaitingMyReview: await section(ex, await reviewQueueWhere(ex, actor), today, 10),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Case-number patterns

export async function getCaseNumberPatterns(ex: Executor, actor: Actor, agencyId: string) {
  const agency = await findAgencyBriefInScope(
    ex,
    agencyScopeWhere(scopesFor(actor, 'case.read'), {
      tenantId: agencies.tenantId,
      agencyId: agencies.id,
      path: agencies.path,
    }),
    agencyId,
  );
  if (!agency) throw notFound('agency_not_found');
  const kinds: CaseKind[] = ['penalty', 'licence', 'coercion', 'inspection', 'levy', 'benefit', 'confirmation'];
  const items = [];
  for (const kind of kinds) items.push({ kind, ...(await caseNumberPatternOf(ex, agency.tenantId, agency, kind)) });
  return { agencyId, items };
}

export async function putCaseNumberPattern(
  tx: Tx,
  actor: Actor,
  agencyId: string,
  body: { kind: CaseKind; pattern: string },
): Promise<WriteResult<Awaited<ReturnType<typeof getCaseNumberPatterns>>>> {
  const agency = await findAgencyBriefInScope(
    tx,
    agencyScopeWhere(scopesFor(actor, 'case.read'), {
      tenantId: agencies.tenantId,
      agencyId: agencies.id,
      path: agencies.path,
    }),
    agencyId,
  );
  if (!agency) throw notFound('agency_not_found');
  if (!can(actor, 'case.approve', { tenantId: agency.tenantId, agencyPath: agency.path })) throw forbidden();
  await setCaseNumberPattern(tx, agency.tenantId, agency.id, body.kind, body.pattern);
  return { result: await getCaseNumberPatterns(tx, actor, agencyId), recordIds: [agencyId], tenantId: agency.tenantId };
}

/** A document of a case as a download (the .docx), within the reader's scope. */
export async function downloadCaseDocument(
  ex: Executor,
  app: AppContext,
  actor: Actor,
  caseId: string,
  documentId: string,
): Promise<Download & { tenantId: string }> {
  const found = await readable(ex, actor, caseId);
  const file = await documentFileFor(ex, app.config.dataDir, found.case.tenantId, caseId, documentId);
  return { ...file, tenantId: found.case.tenantId };
}
