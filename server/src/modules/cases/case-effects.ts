// What each action records on the case besides its state: the proposal with the benchmark's verdict and whether
// review is required, the review outcome, the notified penalty, the hearing, the decision, service, payment,
// remedies, referral. `prepare` runs before the guards (it works out facts the guards judge), `apply` after them
// and returns the columns to change. Actions without an entry only change the state (and record the event).
import { PENALTY_KIND_LABELS, type PenaltyKind } from '../../../../contracts/benchmark';
import { SERVICE_METHOD_LABELS, type ProposePayload, type ServiceMethod } from '../../../../contracts/case';
import { REVIEW_RULE_KIND_LABELS } from '../../../../contracts/review-catalogue';
import type { Tx } from '../../platform/db/client';
import { invalidInput } from '../../platform/errors';
import type { Text } from '../../platform/i18n/i18n';
import { evaluateProposalForCase } from '../benchmarks/benchmark.service';
import { getOfficerBrief } from '../personnel/officer-lookup.service';
import { evaluateCatalogue } from '../review-catalogues/review-catalogue.evaluate';
import { reviewCatalogueInForce } from '../review-catalogues/review-catalogue.service';
import { evaluateReferralForCase } from '../referral-thresholds/referral-threshold.service';
import type { CaseFacts } from './case-context';
import type { cases } from './case.schema';
import { insertReview, updateReview } from './case.repository';
import type { RemedyPeriod } from './case-surcharge';
import { surchargeOf } from './case-surcharge';

export type CasePatch = Partial<typeof cases.$inferInsert>;

export interface EffectInput {
  facts: CaseFacts;
  date: string;
  payload: Record<string, unknown>;
}

interface Effect {
  prepare?(e: EffectInput): Promise<void>;
  apply?(tx: Tx, e: EffectInput): Promise<CasePatch>;
  /** A one-line summary for the timeline (no personal data). */
  summary?(e: EffectInput): string | null;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

function penaltyText(kinds: readonly PenaltyKind[], fineFen: number, noPenalty: boolean): string {
  if (noPenalty) return '不予行政处罚';
  const parts = kinds.map((k) => (k === 'fine' ? `罚款 ${yuan(fineFen)} 元` : PENALTY_KIND_LABELS[k].zh));
  return parts.join('、') || '—';
}

/** The proposal, its benchmark verdict and what it makes mandatory: review, collective discussion, referral. */
async function prepareProposal(e: EffectInput): Promise<void> {
  const p = e.payload as ProposePayload & Record<string, unknown>;
  const row = e.facts.row;
  if (!p.noPenalty && p.penaltyKinds.length === 0) {
    throw invalidInput({ 'payload.penaltyKinds': 'case_penalty_kinds_required' });
  }
  if (p.penaltyKinds.includes('fine') !== p.fineFen > 0) {
    throw invalidInput({ 'payload.fineFen': 'case_fine_amount_kind' });
  }
  let benchmark: { within: boolean; summary: Text; versionNo: number; level: Text } | null = null;
  if (p.benchmarkId) {
    const ev = await evaluateProposalForCase(e.facts.ex, row.tenantId, p.benchmarkId, e.date, {
      facts: p.benchmarkFacts ?? {},
      levelKey: p.levelKey,
      proposed: { kinds: p.penaltyKinds, fineFen: p.fineFen },
    });
    if (!ev) throw invalidInput({ 'payload.benchmarkId': 'case_benchmark_not_in_force' });
    const findings = ev.proposal?.findings.filter((f) => f.severity === 'outside') ?? [];
    benchmark = {
      within: ev.proposal?.within ?? true,
      versionNo: ev.versionNo,
      level: ev.level.name,
      summary: {
        zh: `${ev.level.name.zh}${findings.length ? `：${findings.map((f) => f.text.zh).join('；')}` : ''}`,
        en: `${ev.level.name.en}${findings.length ? `: ${findings.map((f) => f.text.en).join('; ')}` : ''}`,
      },
    };
  }
  p.__benchmark = benchmark;

  const reasons: Text[] = [];
  if (benchmark && !benchmark.within) {
    reasons.push({ zh: '拟处罚超出裁量基准', en: 'Outside the discretion benchmark' });
  }
  const parties = await e.facts.parties();
  const catalogue = await reviewCatalogueInForce(e.facts.ex, row.tenantId, row.agencyId, e.date);
  if (catalogue) {
    const verdict = evaluateCatalogue(catalogue.rules, {
      partyType: parties.some((x) => x.type === 'organisation') ? 'organisation' : 'natural_person',
      penaltyKinds: p.penaltyKinds,
      fineFen: p.fineFen,
      confiscationValueFen: p.confiscationFen,
      hearingHeld: false,
      licenceRevoked: p.penaltyKinds.includes('revoke_licence'),
      multipleLegalRelations: p.multipleLegalRelations,
      sectors: p.sectors,
      tickedRuleIds: [],
    });
    for (const r of verdict.results.filter((x) => x.matched)) {
      reasons.push({
        zh: `${REVIEW_RULE_KIND_LABELS[r.kind].zh}：${r.title}（${r.reason.zh}）`,
        en: `${REVIEW_RULE_KIND_LABELS[r.kind].en}: ${r.title} (${r.reason.en})`,
      });
    }
  }
  p.__reviewReasons = reasons;

  let referral: Text[] = [];
  if (p.referralFacts) {
    const r = await evaluateReferralForCase(e.facts.ex, row.tenantId, row.agencyId, p.referralFacts);
    referral = r.reasons;
  }
  p.__referralReasons = referral;
}

async function latestReviewSeq(e: EffectInput): Promise<number> {
  const reviews = await e.facts.reviews();
  const last = reviews.at(-1);
  if (!last || last.outcome) throw invalidInput({ action: 'case_no_pending_review' });
  return last.seq;
}

async function recordReview(tx: Tx, e: EffectInput, outcome: 'agree' | 'agree_with_changes' | 'disagree') {
  const seq = await latestReviewSeq(e);
  const officer = await e.facts.actorOfficer();
  await updateReview(
    tx,
    { tenantId: e.facts.row.tenantId, caseId: e.facts.row.id, seq },
    {
      reviewerAccountId: e.facts.actor.accountId,
      reviewerOfficerId: officer?.id ?? null,
      reviewerName: officer?.name ?? e.facts.actor.displayName,
      outcome,
      opinion: String(e.payload.opinion),
      decidedOn: e.date,
    },
  );
  const patch: CasePatch = { reviewOutcome: outcome };
  const changes = e.payload.changes as { penaltyKinds?: PenaltyKind[]; fineFen?: number } | undefined;
  if (outcome === 'agree_with_changes') {
    if (!changes || (changes.penaltyKinds === undefined && changes.fineFen === undefined)) {
      throw invalidInput({ 'payload.changes': 'case_review_changes_required' });
    }
    const proposal = { ...(e.facts.row.proposal as Record<string, unknown>) };
    if (changes.penaltyKinds) proposal.penaltyKinds = changes.penaltyKinds;
    if (changes.fineFen !== undefined) proposal.fineFen = changes.fineFen;
    proposal.changedByReview = true;
    patch.proposal = proposal;
  }
  return patch;
}

const remediesOf = (row: CaseFacts['row']) => (row.remedies as RemedyPeriod[]) ?? [];

export const EFFECTS: Record<string, Effect> = {
  open: {
    async apply(_tx, e) {
      return {
        openedOn: e.date,
        limitationNote: (e.payload.limitationReason as string | undefined) ?? e.facts.row.limitationNote,
      };
    },
  },
  propose: {
    prepare: prepareProposal,
    async apply(_tx, e) {
      const p = e.payload as ProposePayload & Record<string, unknown>;
      const reasons = p.__reviewReasons as Text[];
      const referral = p.__referralReasons as Text[];
      return {
        facts: p.factsText,
        proposal: {
          factsText: p.factsText,
          violatedArticles: p.violatedArticles,
          appliedArticles: p.appliedArticles,
          penaltyKinds: p.penaltyKinds,
          fineFen: p.fineFen,
          confiscationFen: p.confiscationFen,
          noPenalty: p.noPenalty,
          benchmarkId: p.benchmarkId ?? null,
          benchmark: p.__benchmark ?? null,
          outsideRangeReason: p.outsideRangeReason ?? null,
          proposedOn: e.date,
        },
        reviewRequired: reasons.length > 0,
        reviewReasons: reasons,
        reviewOutcome: null,
        collectiveDiscussionRequired: p.complexOrSerious,
        referralFlagged: referral.length > 0,
        referralReasons: referral,
      };
    },
    summary: (e) => {
      const p = e.payload as ProposePayload;
      return `拟：${penaltyText(p.penaltyKinds, p.fineFen, p.noPenalty)}`;
    },
  },
  submit_review: {
    async apply(tx, e) {
      if (!e.facts.row.reviewRequired) throw invalidInput({ action: 'case_review_not_required' });
      const reviews = await e.facts.reviews();
      await insertReview(tx, {
        tenantId: e.facts.row.tenantId,
        caseId: e.facts.row.id,
        seq: reviews.length + 1,
        submittedOn: e.date,
      });
      return {};
    },
  },
  review_agree: { apply: (tx, e) => recordReview(tx, e, 'agree'), summary: (e) => `审核意见：${e.payload.opinion}` },
  review_agree_with_changes: {
    apply: (tx, e) => recordReview(tx, e, 'agree_with_changes'),
    summary: (e) => `审核意见：${e.payload.opinion}`,
  },
  review_disagree: {
    apply: (tx, e) => recordReview(tx, e, 'disagree'),
    summary: (e) => `审核不同意：${e.payload.opinion}`,
  },
  notify: {
    async apply(_tx, e) {
      const p = e.facts.row.proposal as Record<string, unknown> | null;
      if (!p) throw invalidInput({ action: 'case_no_proposal' });
      return {
        notifiedPenalty: {
          penaltyKinds: p.penaltyKinds,
          fineFen: p.fineFen,
          confiscationFen: p.confiscationFen ?? 0,
          noPenalty: p.noPenalty ?? false,
        },
      };
    },
  },
  request_hearing: {
    async apply(_tx, e) {
      return { hearing: { requestedOn: e.date } };
    },
  },
  schedule_hearing: {
    async apply(_tx, e) {
      const host = await getOfficerBrief(e.facts.ex, e.facts.row.tenantId, String(e.payload.hostOfficerId));
      if (!host) throw invalidInput({ 'payload.hostOfficerId': 'case_officer_unknown' });
      if (e.payload.hearingOn! <= e.date) throw invalidInput({ 'payload.hearingOn': 'case_hearing_date_after_notice' });
      return {
        hearing: {
          ...((e.facts.row.hearing as object) ?? {}),
          noticeOn: e.date,
          hearingOn: e.payload.hearingOn,
          place: e.payload.place,
          hostOfficerId: host.id,
          hostName: host.name,
        },
      };
    },
    summary: (e) => `听证定于 ${e.payload.hearingOn}，${e.payload.place}`,
  },
  record_hearing: {
    async apply(_tx, e) {
      const h = (e.facts.row.hearing as Record<string, unknown>) ?? {};
      if (typeof h.hearingOn === 'string' && e.date < h.hearingOn) {
        throw invalidInput({ 'payload.date': 'case_hearing_not_yet' });
      }
      return { hearing: { ...h, heldOn: e.date, summary: e.payload.summary } };
    },
  },
  hold_collective_discussion: { summary: (e) => `集体讨论：${e.payload.conclusion}` },
  decide: {
    async apply(_tx, e) {
      if (e.facts.row.kind !== 'penalty') {
        // Levy, benefit, confirmation: the decision is its written content; no penalty, nothing to pay here.
        return { decidedOn: e.date, decision: { note: e.payload.note ?? null, decidedOn: e.date } };
      }
      const p = e.payload as {
        penaltyKinds: PenaltyKind[];
        fineFen: number;
        confiscationFen: number;
        noPenalty: boolean;
      };
      if (!p.noPenalty && p.penaltyKinds.length === 0) {
        throw invalidInput({ 'payload.penaltyKinds': 'case_penalty_kinds_required' });
      }
      if (p.penaltyKinds.includes('fine') !== p.fineFen > 0) {
        throw invalidInput({ 'payload.fineFen': 'case_fine_amount_kind' });
      }
      return {
        decidedOn: e.date,
        decision: { ...p, overdueReason: e.payload.overdueReason ?? null, decidedOn: e.date },
        fineFen: p.noPenalty ? 0 : p.fineFen,
      };
    },
    summary: (e) => {
      if (e.facts?.row?.kind && e.facts.row.kind !== 'penalty')
        return e.payload.note ? `决定：${e.payload.note}` : null;
      const p = e.payload as { penaltyKinds: PenaltyKind[]; fineFen: number; noPenalty: boolean };
      return `决定：${penaltyText(p.penaltyKinds, p.fineFen, p.noPenalty)}`;
    },
  },
  decide_on_spot: {
    async apply(_tx, e) {
      const p = e.payload as { penaltyKinds: PenaltyKind[]; fineFen: number; factsText: string };
      return {
        openedOn: e.date,
        decidedOn: e.date,
        facts: p.factsText,
        proposal: { ...e.payload, proposedOn: e.date },
        notifiedPenalty: { penaltyKinds: p.penaltyKinds, fineFen: p.fineFen, confiscationFen: 0 },
        decision: {
          penaltyKinds: p.penaltyKinds,
          fineFen: p.fineFen,
          confiscationFen: 0,
          noPenalty: false,
          decidedOn: e.date,
        },
        fineFen: p.fineFen,
      };
    },
    summary: (e) =>
      `当场决定：${penaltyText(e.payload.penaltyKinds as PenaltyKind[], e.payload.fineFen as number, false)}`,
  },
  serve: {
    async apply(_tx, e) {
      if (e.payload.method === 'electronic' && !e.payload.consentRef) {
        throw invalidInput({ 'payload.consentRef': 'case_electronic_consent_required' });
      }
      return {
        servedOn: e.date,
        service: {
          method: e.payload.method,
          recipient: e.payload.recipient,
          place: e.payload.place ?? null,
          consentRef: e.payload.consentRef ?? null,
          servedOn: e.date,
        },
      };
    },
    summary: (e) => `${SERVICE_METHOD_LABELS[e.payload.method as ServiceMethod].zh}，受送达人：${e.payload.recipient}`,
  },
  record_payment: {
    async apply(_tx, e) {
      const row = e.facts.row;
      const fine = row.fineFen ?? 0;
      const payment = await e.facts.deadline('payment');
      const surcharge = payment ? surchargeOf(fine, payment.dueOn, e.date, remediesOf(row)).surchargeFen : 0;
      const owed = fine + surcharge - row.paidFen;
      const amount = e.payload.amountFen as number;
      if (amount < owed) {
        throw invalidInput({
          'payload.amountFen': { key: 'case_payment_short', params: { owed: yuan(owed), surcharge: yuan(surcharge) } },
        });
      }
      return { paidFen: row.paidFen + amount };
    },
    summary: (e) => `缴款 ${yuan(e.payload.amountFen as number)} 元`,
  },
  start_remedy: {
    async apply(_tx, e) {
      const remedies = remediesOf(e.facts.row);
      if (remedies.some((r) => r.to === null)) throw invalidInput({ 'payload.kind': 'case_remedy_pending' });
      return { remedies: [...remedies, { kind: e.payload.kind as RemedyPeriod['kind'], from: e.date, to: null }] };
    },
  },
  end_remedy: {
    async apply(_tx, e) {
      const remedies = remediesOf(e.facts.row);
      const open = remedies.findIndex((r) => r.to === null);
      if (open < 0) throw invalidInput({ 'payload.kind': 'case_remedy_none' });
      return { remedies: remedies.map((r, i) => (i === open ? { ...r, to: e.date } : r)) };
    },
  },
  refer_criminal: {
    async apply(_tx, e) {
      return {
        referralFlagged: true,
        referralReasons: [
          ...((e.facts.row.referralReasons as Text[]) ?? []),
          { zh: `移送${e.payload.police}：${e.payload.opinion}`, en: `Referred to ${e.payload.police}` },
        ],
      };
    },
  },
  close: {
    async apply(_tx, e) {
      const row = e.facts.row;
      const decision = row.decision as { noPenalty?: boolean } | null;
      if (row.kind === 'penalty' && decision && !decision.noPenalty && (row.fineFen ?? 0) > row.paidFen) {
        const events = await e.facts.events();
        if (!events.some((x) => x.action === 'record_court_execution' || x.action === 'apply_court_execution')) {
          throw invalidInput({ action: 'case_close_unpaid' });
        }
      }
      return { closedOn: e.date };
    },
  },
};

/** The timeline's line for an event: the effect's own, or the reason/opinion/note given. */
export function summaryOf(action: string, e: EffectInput): string | null {
  const own = EFFECTS[action]?.summary?.(e);
  if (own) return own.slice(0, 300);
  const text = e.payload.reason ?? e.payload.opinion ?? e.payload.note ?? e.payload.summary;
  return typeof text === 'string' ? text.slice(0, 300) : null;
}
