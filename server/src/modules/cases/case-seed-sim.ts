// A case replayed in memory for the demo seed: each step does to the rows exactly what the one transition function
// (case-transition.ts) does to the database — the procedure's transition table is checked, the action's columns are
// set as case-effects.ts sets them, deadlines are started, met, suspended, resumed, extended and cancelled with the
// real deadline engine on the tenant's calendar, and each event is hashed onto the one before with `eventHash` — so
// that thousands of histories can be written with a few multi-row inserts instead of one request per step.
import type { DeadlineRuleId, ProcedureDefinition } from '../../../../contracts/procedure';
import type { Text } from '../../platform/i18n/i18n';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { computeDeadline, type DeadlineResult, type DeadlineSettings } from '../deadlines/deadline-compute';
import { DEADLINE_RULES } from '../deadlines/deadline-rules';
import { creationTransition, findTransition } from '../procedures/procedure-catalogue';
import { summaryOf, type EffectInput } from './case-effects';
import type { RemedyPeriod } from './case-surcharge';
import {
  deadlineColumns,
  eventHash,
  GENESIS_HASH,
  NUMBERED_ON_OPEN,
  parsePayload,
  PARTY_SLOTS,
} from './case-transition';
import type { caseDeadlines, caseEvents, caseReviews, cases, caseSuspensions } from './case.schema';

export type CaseInsert = typeof cases.$inferInsert;
export type EventInsert = typeof caseEvents.$inferInsert;
export type DeadlineInsert = typeof caseDeadlines.$inferInsert;
export type ReviewInsert = typeof caseReviews.$inferInsert;
export type SuspensionInsert = typeof caseSuspensions.$inferInsert;

type Extension = { amount: number; approvedOn: string; reason: string };

/** What every simulated case of one run shares: the calendar, each agency's deadline settings, a result memo. */
export class SeedEnvironment {
  private memo = new Map<string, DeadlineResult>();
  constructor(
    readonly calendar: WorkingCalendar,
    readonly settingsOf: (agencyId: string) => Partial<Record<DeadlineRuleId, DeadlineSettings>>,
    /** Parse payloads with the actions' schemas (the demo); the benchmark scale run trusts its own payloads. */
    readonly validatePayloads: boolean,
  ) {}

  /** The deadline engine, memoised: most starts repeat (same rule, day, settings, no suspension or extension). */
  compute(input: {
    rule: DeadlineRuleId;
    start: string;
    settings: DeadlineSettings | undefined;
    suspensions: Array<{ from: string; to: string | null; reason: string }>;
    extensions: Extension[];
    asOf: string;
  }): DeadlineResult {
    const open = input.suspensions.some((s) => s.to === null);
    const key = JSON.stringify([
      input.rule,
      input.start,
      input.settings ?? null,
      input.suspensions,
      input.extensions,
      open ? input.asOf : null,
    ]);
    let hit = this.memo.get(key);
    if (!hit) {
      hit = computeDeadline({ ...input, calendar: this.calendar });
      this.memo.set(key, hit);
    }
    return hit;
  }
}

export interface SeedActor {
  accountId: string | null;
  name: string;
  officerId?: string | null;
}

/** What the effects look up for themselves: review and referral reasons of a proposal, the hearing host's name. */
export interface StepExtras {
  reviewReasons?: Text[];
  referralReasons?: Text[];
  hostName?: string;
}

export class InvalidSeedStep extends Error {}

export class CaseSim {
  readonly row: CaseInsert;
  readonly events: EventInsert[] = [];
  readonly deadlines = new Map<string, DeadlineInsert & { extensions: Extension[] }>();
  readonly suspensions: Array<SuspensionInsert & { toOn: string | null }> = [];
  readonly reviews: ReviewInsert[] = [];
  private readonly actors: SeedActor[] = [];
  private readonly reviewActors: Array<SeedActor | null> = [];
  /** The date the case takes its number (registration, or opening for the general procedure). */
  numberOn: string | null = null;

  constructor(
    private readonly env: SeedEnvironment,
    readonly def: ProcedureDefinition,
    base: Omit<
      CaseInsert,
      'state' | 'eventCount' | 'lastEventOn' | 'lastHash' | 'procedureCode' | 'procedureVersion' | 'kind'
    >,
    creator: SeedActor,
  ) {
    const create = creationTransition(def);
    this.row = {
      ...base,
      procedureCode: def.code,
      procedureVersion: def.version,
      kind: def.kind,
      state: create.to,
      eventCount: 0,
      lastEventOn: base.registeredOn,
      lastHash: GENESIS_HASH,
    };
    if (!NUMBERED_ON_OPEN.has(def.code)) this.numberOn = base.registeredOn;
    // The creation event as createCase writes it: payload {title, source}, hashed onto the genesis hash.
    this.record(
      create.action,
      null,
      create.to,
      base.registeredOn,
      { title: base.title, source: base.source },
      creator,
      base.title,
    );
    for (const s of create.startsDeadlines)
      this.startDeadline(s.slot, s.rule, base.registeredOn, this.events[0].recordedAt);
  }

  get state(): string {
    return this.row.state;
  }
  get lastEventOn(): string {
    return this.row.lastEventOn;
  }
  get ended(): boolean {
    return this.row.ended === true;
  }

  /** Whether the procedure offers `action` from the current state. */
  offers(action: string): boolean {
    return findTransition(this.def, this.row.state, action, this.row.previousState) !== null;
  }

  deadline(slot: string) {
    return this.deadlines.get(slot) ?? null;
  }

  private recordedAt(date: string): Date {
    // A plausible office hour of the day, later for each step (the legal date is what counts).
    const minutes = 8 * 60 + 30 + ((this.events.length * 23) % 480);
    return new Date(
      `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`,
    );
  }

  private record(
    action: string,
    from: string | null,
    to: string,
    date: string,
    payload: Record<string, unknown>,
    actor: SeedActor,
    summary: string | null,
  ): void {
    const seq = this.events.length + 1;
    this.events.push({
      tenantId: this.row.tenantId,
      caseId: this.row.id,
      seq,
      id: '',
      action,
      fromState: from,
      toState: to,
      actorAccountId: null,
      actorName: null,
      occurredOn: date,
      recordedAt: this.recordedAt(date),
      payload,
      summary,
      hash: '',
    });
    this.actors.push(actor);
    this.row.eventCount = seq;
    this.row.lastEventOn = date;
  }

  /**
   * Names the actors and seals the events: who handled a case is chosen once its dates are known (certificates must
   * be valid on them), so the hashes — which cover the actor — are computed here, in order, onto the genesis hash.
   */
  finalize(): void {
    let previous = GENESIS_HASH;
    this.events.forEach((e, i) => {
      const actor = this.actors[i];
      e.actorAccountId = actor.accountId;
      e.actorName = actor.name;
      e.hash = eventHash(previous, {
        caseId: this.row.id,
        seq: e.seq,
        action: e.action,
        from: e.fromState,
        to: e.toState,
        occurredOn: e.occurredOn,
        recordedAt: e.recordedAt.toISOString(),
        actor: actor.accountId,
        payload: e.payload,
      });
      previous = e.hash;
    });
    this.row.lastHash = previous;
    this.reviews.forEach((r, i) => {
      const actor = this.reviewActors[i];
      if (!actor || !r.outcome) return;
      r.reviewerAccountId = actor.accountId;
      r.reviewerOfficerId = actor.officerId ?? null;
      r.reviewerName = actor.name;
    });
  }

  private compute(rule: DeadlineRuleId, start: string, extensions: Extension[], asOf: string): DeadlineResult {
    const r = DEADLINE_RULES[rule];
    const suspensions = r.suspensionsAllowed
      ? this.suspensions
          .map((s) => ({ from: s.fromOn, to: s.toOn, reason: s.reason }))
          .filter((s) => s.from >= start || s.to === null || s.to > start)
      : [];
    return this.env.compute({
      rule,
      start,
      settings: this.env.settingsOf(this.row.agencyId)[rule],
      suspensions,
      extensions,
      asOf,
    });
  }

  private startDeadline(slot: string, rule: DeadlineRuleId, date: string, at: Date): void {
    const hours = DEADLINE_RULES[rule].unit === 'hours';
    const r = this.compute(rule, hours ? at.toISOString() : date, [], date);
    this.deadlines.set(slot, {
      tenantId: this.row.tenantId,
      caseId: this.row.id,
      slot,
      ...deadlineColumns(r),
      startOn: date,
      startAt: hours ? at : null,
      status: 'running',
      metOn: null,
      extensions: [],
    });
  }

  /**
   * Takes one step as transitionCase would: refuses an action the state does not offer and a date before the last
   * step. `extras` carries what the effects would look up (prepareProposal's verdicts, the host's name).
   */
  step(action: string, date: string, raw: Record<string, unknown>, actor: SeedActor, extras: StepExtras = {}): void {
    const resolved = findTransition(this.def, this.row.state, action, this.row.previousState);
    if (!resolved) throw new InvalidSeedStep(`${this.def.code}: ${action} is not offered in ${this.row.state}`);
    if (date < this.row.lastEventOn)
      throw new InvalidSeedStep(`${action} on ${date} is before ${this.row.lastEventOn}`);
    const payload = this.env.validatePayloads ? parsePayload(action, { ...raw, date }) : { ...raw, date };
    const t = resolved.transition;
    const from = this.row.state;
    this.apply(action, date, payload, actor, extras);
    if (NUMBERED_ON_OPEN.has(this.def.code) && action === 'open' && !this.numberOn) this.numberOn = date;
    if (t.suspends) this.row.previousState = from;
    if (t.resumes) this.row.previousState = null;
    const toStep = this.def.steps.find((s) => s.code === resolved.to)!;
    if (toStep.kind === 'end') this.row.ended = true;

    const at = this.recordedAt(date);
    // writeDeadlines (case-transition.ts), in its order.
    const snapshot = [...this.deadlines.values()].map((d) => ({ ...d }));
    for (const slot of t.stopsDeadlines) {
      const d = this.deadlines.get(slot);
      if (d && d.status === 'running') Object.assign(d, { status: 'met', metOn: date });
    }
    if (t.suspends) {
      this.suspensions.push({
        tenantId: this.row.tenantId,
        caseId: this.row.id,
        seq: this.suspensions.length + 1,
        fromOn: date,
        toOn: null,
        reason: String(payload.reason ?? ''),
      });
    }
    if (t.resumes) {
      const open = this.suspensions.find((s) => s.toOn === null);
      if (open) open.toOn = date;
      for (const s of snapshot) {
        const rule = DEADLINE_RULES[s.ruleId as DeadlineRuleId];
        if (s.status !== 'running' || !rule.suspensionsAllowed || rule.unit === 'hours') continue;
        const r = this.compute(s.ruleId as DeadlineRuleId, s.startOn, s.extensions, date);
        Object.assign(this.deadlines.get(s.slot)!, deadlineColumns(r));
      }
    }
    if (action === 'extend_decision_period' || action === 'extend_review' || action === 'extend_measure') {
      const slot = action === 'extend_measure' ? 'measure' : 'decision';
      const d = this.deadlines.get(slot);
      if (!d || d.status !== 'running') throw new InvalidSeedStep(`${action}: nothing to extend`);
      const rule = DEADLINE_RULES[d.ruleId as DeadlineRuleId];
      const max =
        this.env.settingsOf(this.row.agencyId)[d.ruleId as DeadlineRuleId]?.extensionMax ?? rule.extension?.max ?? 0;
      const amount = (payload.amount as number | undefined) ?? max;
      d.extensions = [...d.extensions, { amount, approvedOn: date, reason: String(payload.reason) }];
      Object.assign(d, deadlineColumns(this.compute(d.ruleId as DeadlineRuleId, d.startOn, d.extensions, date)));
    }
    for (const s of t.startsDeadlines) this.startDeadline(s.slot, s.rule, date, at);
    if (toStep.kind === 'end') {
      for (const s of snapshot) {
        if (s.status === 'running' && !t.stopsDeadlines.includes(s.slot) && !PARTY_SLOTS.has(s.slot)) {
          this.deadlines.get(s.slot)!.status = 'cancelled';
        }
      }
    }

    const input = { facts: undefined, date, payload } as unknown as EffectInput;
    const stored = Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('__')));
    this.row.state = resolved.to;
    this.record(action, from, resolved.to, date, stored, actor, summaryOf(action, input));
  }

  /** The columns each action sets (case-effects.ts `apply`), on the in-memory row. */
  private apply(action: string, date: string, p: Record<string, unknown>, actor: SeedActor, extras: StepExtras): void {
    const row = this.row;
    switch (action) {
      case 'open':
        row.openedOn = date;
        row.limitationNote = (p.limitationReason as string | undefined) ?? row.limitationNote ?? null;
        return;
      case 'propose': {
        const reasons = extras.reviewReasons ?? [];
        const referral = extras.referralReasons ?? [];
        row.facts = p.factsText as string;
        row.proposal = {
          factsText: p.factsText,
          violatedArticles: p.violatedArticles,
          appliedArticles: p.appliedArticles,
          penaltyKinds: p.penaltyKinds,
          fineFen: p.fineFen,
          confiscationFen: p.confiscationFen,
          noPenalty: p.noPenalty,
          benchmarkId: p.benchmarkId ?? null,
          benchmark: null,
          outsideRangeReason: p.outsideRangeReason ?? null,
          proposedOn: date,
        };
        row.reviewRequired = reasons.length > 0;
        row.reviewReasons = reasons;
        row.reviewOutcome = null;
        row.collectiveDiscussionRequired = p.complexOrSerious as boolean;
        row.referralFlagged = referral.length > 0;
        row.referralReasons = referral;
        return;
      }
      case 'submit_review':
        if (!row.reviewRequired) throw new InvalidSeedStep('submit_review: review not required');
        this.reviews.push({ tenantId: row.tenantId, caseId: row.id, seq: this.reviews.length + 1, submittedOn: date });
        return;
      case 'review_agree':
      case 'review_agree_with_changes':
      case 'review_disagree': {
        const last = this.reviews.at(-1);
        if (!last || last.outcome) throw new InvalidSeedStep(`${action}: no pending review`);
        const outcome =
          action === 'review_agree' ? 'agree' : action === 'review_disagree' ? 'disagree' : 'agree_with_changes';
        this.reviewActors[this.reviews.length - 1] = actor;
        Object.assign(last, {
          outcome,
          opinion: String(p.opinion),
          decidedOn: date,
        });
        row.reviewOutcome = outcome;
        const changes = p.changes as { penaltyKinds?: string[]; fineFen?: number } | undefined;
        if (outcome === 'agree_with_changes' && changes) {
          const proposal = { ...(row.proposal as Record<string, unknown>) };
          if (changes.penaltyKinds) proposal.penaltyKinds = changes.penaltyKinds;
          if (changes.fineFen !== undefined) proposal.fineFen = changes.fineFen;
          proposal.changedByReview = true;
          row.proposal = proposal;
        }
        return;
      }
      case 'notify': {
        const prop = row.proposal as Record<string, unknown>;
        row.notifiedPenalty = {
          penaltyKinds: prop.penaltyKinds,
          fineFen: prop.fineFen,
          confiscationFen: prop.confiscationFen ?? 0,
          noPenalty: prop.noPenalty ?? false,
        };
        return;
      }
      case 'request_hearing':
        row.hearing = { requestedOn: date };
        return;
      case 'schedule_hearing':
        row.hearing = {
          ...((row.hearing as object) ?? {}),
          noticeOn: date,
          hearingOn: p.hearingOn,
          place: p.place,
          hostOfficerId: p.hostOfficerId,
          hostName: extras.hostName ?? null,
        };
        return;
      case 'record_hearing':
        row.hearing = { ...((row.hearing as object) ?? {}), heldOn: date, summary: p.summary };
        return;
      case 'decide':
        row.decidedOn = date;
        row.decision = { ...p, overdueReason: p.overdueReason ?? null, decidedOn: date };
        row.fineFen = p.noPenalty ? 0 : (p.fineFen as number);
        return;
      case 'decide_on_spot':
        row.openedOn = date;
        row.decidedOn = date;
        row.facts = p.factsText as string;
        row.proposal = { ...p, proposedOn: date };
        row.notifiedPenalty = { penaltyKinds: p.penaltyKinds, fineFen: p.fineFen, confiscationFen: 0 };
        row.decision = {
          penaltyKinds: p.penaltyKinds,
          fineFen: p.fineFen,
          confiscationFen: 0,
          noPenalty: false,
          decidedOn: date,
        };
        row.fineFen = p.fineFen as number;
        return;
      case 'serve':
        row.servedOn = date;
        row.service = {
          method: p.method,
          recipient: p.recipient,
          place: p.place ?? null,
          consentRef: p.consentRef ?? null,
          servedOn: date,
        };
        return;
      case 'record_payment':
        row.paidFen = (row.paidFen ?? 0) + (p.amountFen as number);
        return;
      case 'start_remedy':
        row.remedies = [...this.remedies, { kind: p.kind as RemedyPeriod['kind'], from: date, to: null }];
        return;
      case 'end_remedy':
        row.remedies = this.remedies.map((r) => (r.to === null ? { ...r, to: date } : r));
        return;
      case 'refer_criminal':
        row.referralFlagged = true;
        row.referralReasons = [
          ...((row.referralReasons as Text[]) ?? []),
          { zh: `移送${p.police}：${p.opinion}`, en: `Referred to ${p.police}` },
        ];
        return;
      case 'close':
        row.closedOn = date;
        return;
    }
  }

  get remedies(): RemedyPeriod[] {
    return (this.row.remedies as RemedyPeriod[] | undefined) ?? [];
  }
}
