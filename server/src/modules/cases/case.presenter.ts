// What a caller sees of a case: list items (parties' names masked for natural persons), and the case page with its
// deadlines and their explanations, the timeline, the documents and the actions the caller may take now (with the
// reasons the others are blocked), so the web enables buttons from the server's answer.
import { maskName } from '../../../../contracts/identifiers';
import type { CaseActionView, CaseDeadlineView, CaseListItem, CaseView } from '../../../../contracts/case';
import type { DeadlineRuleId, ProcedureDefinition } from '../../../../contracts/procedure';
import { can } from '../../platform/auth/policy';
import type { Text } from '../../platform/i18n/i18n';
import { DEADLINE_RULES } from '../deadlines/deadline-rules';
import { procedureDefinition, transitionsFrom } from '../procedures/procedure-catalogue';
import type { CaseFacts } from './case-context';
import { checkGuards } from './case-guards';
import { surchargeOf, type RemedyPeriod } from './case-surcharge';
import { PARTY_SLOTS } from './case-transition';
import type { CaseDeadlineRow, CasePartyRow, CaseWithAgency } from './case.repository';

/** Guards a payload can satisfy are not checked in advance (they would block an action the form can fix). */
const PAYLOAD_GUARDS = new Set(['within_limitation', 'summary_limits', 'proposal_within_benchmark']);

export function stateLabel(def: ProcedureDefinition, state: string): Text {
  return def.steps.find((s) => s.code === state)?.label ?? { zh: state, en: state };
}

export function presentDeadline(d: CaseDeadlineRow, today: string): CaseDeadlineView {
  const rule = DEADLINE_RULES[d.ruleId as DeadlineRuleId];
  return {
    slot: d.slot,
    rule: d.ruleId as DeadlineRuleId,
    title: rule?.title ?? { zh: d.ruleId, en: d.ruleId },
    basis: rule?.basis ?? '',
    startOn: d.startOn,
    dueOn: d.dueOn,
    dueAt: d.dueAt ? d.dueAt.toISOString() : null,
    status: d.status as CaseDeadlineView['status'],
    metOn: d.metOn,
    late: d.status === 'met' ? (d.metOn ?? '') > d.dueOn : d.status === 'running' && today > d.dueOn,
    provisional: d.provisional,
    flags: (d.flags as string[]) ?? [],
    calendarVersion: d.calendarVersion,
    explanation: d.explanation,
  };
}

const partyName = (p: CasePartyRow) => (p.type === 'natural_person' ? maskName(p.name) : p.name);

/** The agency's running deadlines (not the party's windows), nearest first. */
function agencyDeadlines(deadlines: CaseDeadlineRow[]): CaseDeadlineRow[] {
  return deadlines
    .filter((d) => d.status === 'running' && !PARTY_SLOTS.has(d.slot))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
}

export function presentListItem(
  found: CaseWithAgency,
  parties: CasePartyRow[],
  handlerNames: string[],
  deadlines: CaseDeadlineRow[],
  today: string,
): CaseListItem {
  const row = found.case;
  const def = procedureDefinition(row.procedureCode, row.procedureVersion);
  const next = agencyDeadlines(deadlines)[0] ?? null;
  return {
    id: row.id,
    tenantId: row.tenantId,
    number: row.number,
    title: row.title,
    agency: { id: found.agency.id, name: found.agency.name },
    procedure: { code: def.code, version: def.version, label: def.label },
    kind: def.kind,
    state: row.state,
    stateLabel: stateLabel(def, row.state),
    ended: row.ended,
    source: row.source as CaseListItem['source'],
    parties: parties.map(partyName),
    handlers: handlerNames,
    registeredOn: row.registeredOn,
    openedOn: row.openedOn,
    fineFen: row.fineFen,
    referralFlagged: row.referralFlagged,
    nextDeadline: next
      ? {
          slot: next.slot,
          rule: next.ruleId as DeadlineRuleId,
          title: DEADLINE_RULES[next.ruleId as DeadlineRuleId]?.title ?? { zh: next.ruleId, en: next.ruleId },
          dueOn: next.dueOn,
          provisional: next.provisional,
        }
      : null,
    overdue: next !== null && today > next.dueOn,
  };
}

async function presentActions(facts: CaseFacts, today: string): Promise<CaseActionView[]> {
  const row = facts.row;
  if (row.ended) return [];
  const kinds = await facts.actorKinds();
  const out: CaseActionView[] = [];
  for (const r of transitionsFrom(facts.def, row.state, row.previousState)) {
    const t = r.transition;
    const blockedBy: Text[] = [];
    if (!t.actors.some((k) => kinds.has(k))) {
      blockedBy.push({ zh: '您不是可以执行此操作的人员', en: 'You may not take this action' });
    } else {
      const guards = t.guards.filter((g) => !PAYLOAD_GUARDS.has(g));
      blockedBy.push(...(await checkGuards(guards, { facts, date: today, payload: {}, preview: true })));
    }
    out.push({
      action: t.action,
      label: t.label,
      to: r.to,
      allowed: blockedBy.length === 0,
      blockedBy,
      main: !!t.main,
    });
  }
  return out;
}

export async function presentCase(
  facts: CaseFacts,
  today: string,
  documents: CaseView['documents'],
): Promise<CaseView> {
  const row = facts.row;
  const [parties, handlers, deadlines, events, reviews] = [
    await facts.parties(),
    await facts.handlers(),
    await facts.deadlines(),
    await facts.events(),
    await facts.reviews(),
  ];
  const certs = await facts.certificatesOn(today);
  const base = presentListItem(
    facts.found,
    parties,
    handlers.map((h) => h.officer?.name ?? ''),
    deadlines,
    today,
  );
  const lastReview = reviews.at(-1) ?? null;
  const payment = deadlines.find((d) => d.slot === 'payment');
  const fine = row.fineFen ?? 0;
  const surcharge =
    payment && fine > 0 ? surchargeOf(fine, payment.dueOn, today, row.remedies as RemedyPeriod[]) : null;
  return {
    ...base,
    sourceRef: row.sourceRef,
    domain: row.domain as CaseView['domain'],
    powerItem: null,
    actDate: row.actDate,
    harmsLifeHealthFinance: row.harmsLifeHealthFinance,
    limitationNote: row.limitationNote,
    facts: row.facts,
    previousState: row.previousState,
    partiesDetail: parties.map((p) => ({
      id: p.id,
      type: p.type as 'natural_person' | 'organisation',
      name: partyName(p),
      idNumber: p.idNumberMasked,
      legalRepresentative: p.legalRepresentative,
      phone: p.phoneMasked,
      address: p.addressMasked,
    })),
    handlersDetail: handlers.map((h) => ({
      officerId: h.officerId,
      name: h.officer?.name ?? '',
      lead: h.lead,
      certificateNumber: certs.get(h.officerId)?.[0]?.number ?? null,
    })),
    proposal: row.proposal ?? null,
    decision: row.decision ?? null,
    review:
      row.reviewRequired || lastReview
        ? {
            required: row.reviewRequired,
            reasons: (row.reviewReasons as Text[]) ?? [],
            outcome: (lastReview?.outcome as 'agree' | 'agree_with_changes' | 'disagree' | null) ?? null,
            reviewerName: lastReview?.reviewerName ?? null,
            opinion: lastReview?.opinion ?? null,
          }
        : null,
    referral: { flagged: row.referralFlagged, reasons: (row.referralReasons as Text[]) ?? [] },
    hearing: row.hearing ?? null,
    payment:
      row.fineFen !== null && row.fineFen > 0
        ? {
            fineFen: fine,
            paidFen: row.paidFen,
            surchargeFen: row.paidFen >= fine ? 0 : (surcharge?.surchargeFen ?? 0),
            surchargeDays: row.paidFen >= fine ? 0 : (surcharge?.days ?? 0),
          }
        : null,
    deadlines: deadlines.map((d) => presentDeadline(d, today)),
    events: events.map((e) => ({
      seq: e.seq,
      action: e.action,
      label: facts.def.transitions.find((t) => t.action === e.action)?.label ?? { zh: e.action, en: e.action },
      fromState: e.fromState,
      toState: e.toState,
      actorName: e.actorName,
      occurredOn: e.occurredOn,
      recordedAt: e.recordedAt.toISOString(),
      summary: e.summary,
      hash: e.hash,
    })),
    documents,
    actions: await presentActions(facts, today),
    abilities: {
      revealParties: can(facts.actor, 'case.write', { tenantId: row.tenantId, agencyPath: facts.found.agency.path }),
    },
  };
}
