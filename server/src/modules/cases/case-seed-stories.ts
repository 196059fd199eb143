// The stories of the demo cases: for each procedure, the steps a realistic case takes and when — most on time, some
// late, some reviewed twice, heard, suspended, extended, demanded, executed by the court, referred as a crime —
// played on a CaseSim up to the end of the demo history (or until the case reaches the state it is pinned to).
import type { PenaltyKind } from '../../../../contracts/benchmark';
import type { Text } from '../../platform/i18n/i18n';
import { addCalendarDays, type WorkingCalendar } from '../calendar/working-calendar';
import { computeDeadline } from '../deadlines/deadline-compute';
import { surchargeOf } from './case-surcharge';
import { between, pick, type OtherTemplate, type PenaltyTemplate, type Rand, type SeedParty } from './case-seed-data';
import type { CaseSim, SeedActor, StepExtras } from './case-seed-sim';

/** Turns in a case's story; drawn per case, or forced so that a pinned case passes through its state. */
export type Fate =
  | 'decline'
  | 'withdraw'
  | 'terminate'
  | 'suspend'
  | 'preserve'
  | 'referral'
  | 'review_disagree'
  | 'review_changes'
  | 'hearing'
  | 'statement'
  | 'waive'
  | 'slow'
  | 'late_service'
  | 'late_disclosure'
  | 'late_payment'
  | 'remedy'
  | 'demand'
  | 'court'
  | 'no_penalty'
  | 'supplement'
  | 'reject'
  | 'refuse'
  | 'extend'
  | 'emergency'
  | 'dispose';

export interface StoryCast {
  /** The handling officers, the lead first. */
  handlers: SeedActor[];
  /** Who approves for the agency (立案, extensions, collective discussion). */
  leader: SeedActor;
  reviewer: (SeedActor & { officerId: string }) | null;
  /** An officer of the agency who did not investigate: hosts hearings. */
  host: (SeedActor & { officerId: string }) | null;
}

export interface StoryInput {
  r: Rand;
  sim: CaseSim;
  calendar: WorkingCalendar;
  cast: StoryCast;
  fate: Set<Fate>;
  /** The end of the history: no step after it. */
  today: string;
  /** Stop as soon as the case enters this state. */
  stopAt: string | null;
  party: SeedParty;
  agencyName: string;
  /** Review reasons for a proposal (the agency's catalogue, or the statute's own criteria). */
  reviewReasons(p: { fineFen: number; kinds: PenaltyKind[]; date: string; multiple: boolean }): Text[];
  /** Referral reasons when the facts meet a threshold (already evaluated for the template). */
  referralReasons: Text[];
}

/** Plays steps until the end of the history or the pinned state. */
/** The calendar's days as an array (2020–2030), so that counting working days is index arithmetic. */
class DayIndex {
  private readonly dates: string[] = [];
  private readonly working: boolean[] = [];
  private readonly at = new Map<string, number>();
  constructor(private readonly calendar: WorkingCalendar) {
    for (let d = '2020-01-01'; d < '2031-01-01'; d = addCalendarDays(d, 1)) {
      this.at.set(d, this.dates.length);
      this.dates.push(d);
      this.working.push(calendar.isWorkingDay(d));
    }
  }

  workingDaysAfter(date: string, n: number): string {
    let i = this.at.get(date);
    if (i === undefined) return this.slow(date, n);
    if (n === 0) {
      while (i < this.dates.length && !this.working[i]) i++;
    } else {
      for (let counted = 0; counted < n && i < this.dates.length;) if (this.working[++i]) counted++;
    }
    return i < this.dates.length ? this.dates[i] : this.slow(date, n);
  }

  private slow(date: string, n: number): string {
    let d = date;
    if (n === 0) {
      while (!this.calendar.isWorkingDay(d)) d = addCalendarDays(d, 1);
      return d;
    }
    for (let counted = 0; counted < n;) {
      d = addCalendarDays(d, 1);
      if (this.calendar.isWorkingDay(d)) counted += 1;
    }
    return d;
  }
}

const indexes = new WeakMap<WorkingCalendar, DayIndex>();
function dayIndex(calendar: WorkingCalendar): DayIndex {
  let idx = indexes.get(calendar);
  if (!idx) {
    idx = new DayIndex(calendar);
    indexes.set(calendar, idx);
  }
  return idx;
}

const EXTENDED_SLOT: Record<string, string> = {
  extend_decision_period: 'decision',
  extend_review: 'decision',
  extend_measure: 'measure',
};

class Teller {
  stopped = false;
  /** Runs before each step (the general procedure extends its decision period before it runs out). */
  beforeStep?: (action: string, day: string) => void;
  constructor(readonly s: StoryInput) {}

  get sim() {
    return this.s.sim;
  }
  get lead() {
    return this.s.cast.handlers[0];
  }
  int(min: number, max: number) {
    return between(this.s.r, min, max);
  }
  chance(p: number) {
    return this.s.r() < p;
  }
  has(f: Fate) {
    return this.s.fate.has(f);
  }

  /** The working day `n` working days after `date` (n = 0: `date` itself if a working day, else the next one). */
  wd(date: string, n: number): string {
    return dayIndex(this.s.calendar).workingDaysAfter(date, n);
  }
  /** `n` calendar days later, on the next working day (officers act on working days). */
  days(date: string, n: number): string {
    return this.wd(addCalendarDays(date, n), 0);
  }
  later(date: string): string {
    return date < this.sim.lastEventOn ? this.sim.lastEventOn : date;
  }

  /** One step; false when the story stops here (past the end of the history, or pinned). */
  go(action: string, date: string, payload: Record<string, unknown>, actor: SeedActor, extras?: StepExtras): boolean {
    if (this.stopped || this.sim.ended) return false;
    const day = this.later(date);
    if (day > this.s.today) {
      this.stopped = true;
      return false;
    }
    // An extension is approved before the period ends (the engine refuses a later one): too late, none is asked.
    const extended = EXTENDED_SLOT[action];
    if (extended) {
      const d = this.sim.deadline(extended);
      if (!d || d.status !== 'running' || d.extensions.length > 0 || day > d.dueOn) return true;
    }
    this.beforeStep?.(action, day);
    if (this.stopped || this.sim.ended) return false;
    this.sim.step(action, day, payload, actor, extras);
    if (this.s.stopAt && this.sim.state === this.s.stopAt) this.stopped = true;
    return !this.stopped;
  }
}

const yuanFen = (yuan: number) => Math.round(yuan) * 100;

function roundFine(r: Rand, [min, max]: [number, number]): number {
  const raw = min + (max - min) * Math.pow(r(), 1.6);
  const unit = raw >= 10_000 ? 1_000 : raw >= 1_000 ? 100 : 10;
  return Math.max(min, Math.round(raw / unit) * unit);
}

const DECLINE = [
  '经核查，违法事实不能成立，不予立案',
  '违法行为轻微并及时改正，没有造成危害后果，依法不予立案',
  '不属于本机关管辖，已告知举报人向有权机关反映',
];
const TERMINATE = [
  '当事人（企业）已依法注销，终止调查',
  '当事人死亡，无其他责任人，依法终止',
  '违法事实不能成立，终止案件调查',
];
const WITHDRAW = ['经复核，立案依据不充分，撤销立案', '同一违法行为已由其他机关立案查处，撤销立案'];
const SUSPEND = [
  '涉案物品需送检验机构检验，中止案件办理',
  '当事人因病住院无法接受调查，中止案件办理',
  '需等待相关案件的处理结果，中止办理',
];
const RESUME = ['检验报告已出具，恢复办理', '中止情形已消除，恢复办理'];
const STATEMENTS = [
  '当事人提出系初次违法，且已积极整改，请求从轻处罚',
  '当事人对违法事实无异议，称经营困难请求减轻处罚',
  '当事人辩称对相关规定不了解',
];
const OPINIONS_AGREE = [
  '执法主体适格，事实清楚，证据确凿，适用法律正确，程序合法，裁量适当，同意',
  '经审核，本案事实清楚，证据充分，同意承办机构的处理意见',
];
const OPINIONS_DISAGREE = [
  '违法所得计算依据不足，退回补充调查',
  '主要证据缺少当事人签字确认，退回补充证据',
  '适用条款不准确，请核实后重新提出处理意见',
];
const PLACES = ['本机关听证室', '本机关三楼会议室', '本机关二楼听证室'];
const SERVICE_METHODS = [
  ['direct', 70],
  ['post', 15],
  ['electronic', 10],
  ['residence', 4],
  ['public_notice', 1],
] as const;

function serviceMethod(t: Teller): string {
  const total = SERVICE_METHODS.reduce((s, [, w]) => s + w, 0);
  let x = t.s.r() * total;
  for (const [m, w] of SERVICE_METHODS) {
    x -= w;
    if (x < 0) return m;
  }
  return 'direct';
}

function servePayload(t: Teller, method = serviceMethod(t)): Record<string, unknown> {
  const p = t.s.party;
  const recipient = p.type === 'organisation' ? (p.legalRepresentative ?? p.name) : p.name;
  const out: Record<string, unknown> = { method, recipient };
  if (method === 'electronic') out.consentRef = `电子送达地址确认书（${t.sim.row.registeredOn}）`;
  if (method !== 'public_notice' && method !== 'electronic' && p.address) out.place = p.address.slice(0, 200);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// 行政处罚普通程序

export function penaltyGeneralStory(input: StoryInput, tpl: PenaltyTemplate): void {
  const t = new Teller(input);
  const { cast } = input;
  const org = input.party.type === 'organisation';
  // 处罚法 第六十条: past 90 days only with an approved extension — asked for a few days before the period ends.
  t.beforeStep = (action, day) => {
    if (action === 'extend_decision_period' || input.sim.ended) return;
    const d = input.sim.deadline('decision');
    if (!d || d.status !== 'running' || d.extensions.length > 0 || day <= d.dueOn) return;
    const on = t.later(t.wd(addCalendarDays(d.dueOn, -t.int(4, 9)), 0));
    if (on > d.dueOn) return;
    t.go('extend_decision_period', on, { reason: '案情复杂，需补充鉴定，报经负责人批准延长办案期限' }, cast.leader);
  };
  let d = t.wd(input.sim.row.registeredOn, t.int(1, 6));
  if (t.has('decline')) {
    t.go('decline_to_open', d, { reason: pick(input.r, DECLINE) }, cast.leader);
    return;
  }
  if (!t.go('open', d, { opinion: '经初步核查，有违法嫌疑，同意立案调查' }, cast.leader)) return;
  d = t.wd(d, t.int(0, 3));
  if (!t.go('record_inspection', d, { note: '现场检查，制作现场检查笔录并拍照取证' }, t.lead)) return;
  if (t.has('preserve')) {
    d = t.wd(d, t.int(0, 2));
    if (!t.go('preserve_evidence', d, { opinion: '证据可能灭失，同意先行登记保存' }, cast.leader)) return;
    const late = t.chance(0.2);
    d = t.wd(d, late ? t.int(8, 12) : t.int(2, 7));
    if (!t.go('decide_preservation', d, { note: '对先行登记保存的物品作出处理决定' }, t.lead)) return;
  }
  d = t.wd(d, t.int(2, 10));
  if (!t.go('record_inquiry', d, { note: '询问当事人，制作询问笔录' }, t.lead)) return;
  if (t.has('withdraw')) {
    t.go('withdraw', t.wd(d, t.int(3, 15)), { reason: pick(input.r, WITHDRAW) }, cast.leader);
    return;
  }
  if (t.has('terminate')) {
    t.go('terminate', t.wd(d, t.int(5, 30)), { reason: pick(input.r, TERMINATE) }, t.lead);
    return;
  }
  if (t.has('suspend')) {
    d = t.wd(d, t.int(2, 15));
    if (!t.go('suspend', d, { reason: pick(input.r, SUSPEND) }, t.lead)) return;
    d = t.days(d, t.int(15, 60));
    if (!t.go('resume', d, { reason: pick(input.r, RESUME) }, t.lead)) return;
  }
  // The proposal.
  const kinds: PenaltyKind[] = [];
  let fineFen = 0;
  let confiscationFen = 0;
  const noPenalty = t.has('no_penalty');
  if (!noPenalty) {
    if (tpl.fineYuan) {
      kinds.push('fine');
      fineFen = yuanFen(
        roundFine(
          input.r,
          t.has('hearing')
            ? [Math.max(tpl.fineYuan[0], org ? 100_000 : 10_000), Math.max(tpl.fineYuan[1], org ? 150_000 : 20_000)]
            : tpl.fineYuan,
        ),
      );
    }
    for (const k of tpl.extraKinds ?? []) if (!tpl.fineYuan || t.chance(0.5)) kinds.push(k);
    if (kinds.length === 0) kinds.push('warning');
    if (kinds.includes('confiscate_gains')) confiscationFen = yuanFen(between(input.r, 5, 200) * 100);
  }
  const amount = String(between(input.r, 3, 90) * (tpl.fineYuan && tpl.fineYuan[1] > 100_000 ? 1_000 : 100));
  const factsText = tpl.facts.replace('{party}', `当事人${input.party.name}`).replace('{amount}', amount);
  const referral = t.has('referral') ? input.referralReasons : [];
  const complex = fineFen >= 5_000_000 || t.has('hearing');
  const propose = (on: string, fine: number) => {
    const payload: Record<string, unknown> = {
      factsText,
      violatedArticles: tpl.violated,
      appliedArticles: tpl.applied,
      penaltyKinds: kinds,
      fineFen: fine,
      confiscationFen,
      noPenalty,
      multipleLegalRelations: false,
      sectors: [],
      complexOrSerious: complex,
    };
    const reasons = input.reviewReasons({ fineFen: fine, kinds, date: on, multiple: false });
    return t.go('propose', on, payload, t.lead, { reviewReasons: reasons, referralReasons: referral });
  };
  d = t.days(d, t.has('slow') ? t.int(75, 100) : t.int(8, 40));
  if (!propose(d, fineFen)) return;
  if (referral.length) {
    t.go(
      'refer_criminal',
      t.wd(d, t.int(1, 4)),
      { opinion: '案件涉嫌犯罪，依法移送公安机关', police: '香格里拉市公安局' },
      cast.leader,
    );
    return;
  }
  if (input.sim.row.reviewRequired && cast.reviewer) {
    const reviewer = cast.reviewer;
    d = t.wd(d, t.int(0, 2));
    if (!t.go('submit_review', d, {}, t.lead)) return;
    if (t.has('review_disagree')) {
      d = t.wd(d, t.int(1, 5));
      if (!t.go('review_disagree', d, { opinion: pick(input.r, OPINIONS_DISAGREE) }, reviewer)) return;
      d = t.wd(d, t.int(4, 15));
      if (!t.go('record_inquiry', d, { note: '根据法制审核意见补充调查取证' }, t.lead)) return;
      d = t.wd(d, t.int(1, 4));
      if (!propose(d, fineFen)) return;
      d = t.wd(d, t.int(0, 2));
      if (!t.go('submit_review', d, {}, t.lead)) return;
    }
    // Most reviews within the agency's limit; one in eight takes longer (the review deadline is missed).
    d = t.wd(d, t.chance(0.12) ? t.int(6, 10) : t.int(1, 5));
    if (t.has('review_changes') && fineFen > 0) {
      fineFen = Math.max(100, Math.round((fineFen * 0.8) / 10_000) * 10_000);
      const ok = t.go(
        'review_agree_with_changes',
        d,
        { opinion: '事实清楚，但裁量偏重，建议按基准下调罚款数额后同意', changes: { fineFen } },
        reviewer,
      );
      if (!ok) return;
    } else if (!t.go('review_agree', d, { opinion: pick(input.r, OPINIONS_AGREE) }, reviewer)) return;
  } else if (input.sim.row.reviewRequired) {
    // No reviewer in the agency: the case waits (it stays proposed, as the law requires).
    return;
  }
  d = t.wd(d, t.int(1, 4));
  if (!t.go('notify', d, {}, t.lead)) return;
  let heard = false;
  if (t.has('hearing') && cast.host) {
    d = t.wd(d, t.int(1, 4));
    if (!t.go('request_hearing', d, {}, t.lead)) return;
    d = t.wd(d, t.int(1, 4));
    const hearingOn = t.wd(d, t.int(8, 12));
    // 处罚法 第六十四条: the notice at least 7 working days before the hearing.
    const latest = computeDeadline({ rule: 'XZCF-64-NOTICE', start: hearingOn, calendar: input.calendar }).due;
    if (d > latest) d = latest;
    const sched = { hearingOn, place: pick(input.r, PLACES), hostOfficerId: cast.host.officerId };
    if (!t.go('schedule_hearing', d, sched, t.lead, { hostName: cast.host.name })) return;
    d = hearingOn;
    if (
      !t.go(
        'record_hearing',
        d,
        { summary: '调查人员陈述了违法事实、证据和处罚建议，当事人进行了申辩和质证，并作最后陈述' },
        t.lead,
      )
    )
      return;
    heard = true;
  } else {
    if (t.has('statement')) {
      d = t.wd(d, t.int(1, 4));
      const payload = {
        statement: pick(input.r, STATEMENTS),
        adopted: t.chance(0.3),
        reply: '经复核，当事人的陈述申辩意见已予考虑',
      };
      if (!t.go('record_statement', d, payload, t.lead)) return;
    }
    if (t.has('waive')) {
      d = t.wd(d, t.int(0, 3));
      if (!t.go('waive_hearing', d, { note: '当事人书面表示放弃听证' }, t.lead)) return;
    } else {
      const window = input.sim.deadline('hearing_request');
      if (window) d = addCalendarDays(window.dueOn, 1);
    }
  }
  if (complex) {
    d = t.wd(d, t.int(1, 6));
    const payload = { participants: `${input.agencyName}局长办公会成员`, conclusion: '同意承办机构的处理意见' };
    if (!t.go('hold_collective_discussion', d, payload, cast.leader)) return;
  }
  // A reduction after the hearing or an adopted statement; never more than notified (处罚法 第四十五条).
  const notified = (input.sim.row.notifiedPenalty as { fineFen: number }).fineFen;
  const decided =
    heard && notified > 0 && t.chance(0.4) ? Math.max(100, Math.round((notified * 0.7) / 10_000) * 10_000) : notified;
  d = t.wd(d, t.int(1, 6));
  const payload: Record<string, unknown> = {
    penaltyKinds: kinds,
    fineFen: noPenalty ? 0 : decided,
    confiscationFen,
    noPenalty,
  };
  // The extension (if the period would run out first) before the decision, so that the decision knows if it is late.
  t.beforeStep?.('decide', t.later(d));
  if (t.stopped || input.sim.ended) return;
  const after = input.sim.deadline('decision');
  if (after && d > after.dueOn) payload.overdueReason = '鉴定意见出具时间较长，延长期限届满后作出决定';
  if (!t.go('decide', d, payload, t.lead)) return;
  const decidedOn = d;
  d = t.wd(d, t.has('late_service') ? t.int(8, 14) : t.int(0, 5));
  if (!t.go('serve', d, servePayload(t), t.lead)) return;
  const servedOn = d;
  d = t.wd(decidedOn, t.has('late_disclosure') ? t.int(8, 14) : t.int(2, 6));
  if (!t.go('disclose', d < servedOn ? servedOn : d, { note: '在政府门户网站公示行政处罚决定信息' }, t.lead)) return;
  const fine = input.sim.row.fineFen ?? 0;
  if (fine > 0) {
    const due = input.sim.deadline('payment')!.dueOn;
    if (t.has('remedy')) {
      d = t.days(servedOn, t.int(10, 45));
      if (!t.go('start_remedy', d, { kind: 'review', note: '当事人向香格里拉市人民政府申请行政复议' }, t.lead)) return;
      d = t.days(d, t.int(35, 60));
      if (!t.go('end_remedy', d, { kind: 'review', note: '复议机关决定维持原行政处罚决定' }, t.lead)) return;
    }
    if (t.has('demand') || t.has('court')) {
      d = t.days(t.later(due), t.int(3, 20));
      if (d <= due) d = t.days(due, 1);
      if (!t.go('demand_payment', d, { note: '当事人逾期未缴纳罚款，依法催告' }, t.lead)) return;
      if (t.has('court')) {
        let after10 = d;
        for (let n = 0; n < 10;) {
          after10 = addCalendarDays(after10, 1);
          if (input.calendar.isWorkingDay(after10)) n += 1;
        }
        d = t.wd(after10, t.int(1, 15));
        if (!t.go('apply_court_execution', d, { court: '香格里拉市人民法院', note: '申请人民法院强制执行' }, t.lead))
          return;
        d = t.days(d, t.int(40, 150));
      } else d = t.days(d, t.int(3, 25));
    } else if (t.has('late_payment') || t.has('remedy')) {
      d = t.has('remedy') ? t.days(t.sim.lastEventOn, t.int(1, 10)) : t.days(due, t.int(1, 20));
    } else {
      d = addCalendarDays(servedOn, t.int(1, 14));
      if (d > due) d = due;
    }
    d = t.later(d);
    const surcharge = surchargeOf(fine, due, d, input.sim.remedies).surchargeFen;
    const pay = {
      amountFen: fine + surcharge - (input.sim.row.paidFen ?? 0),
      onTheSpot: false,
      receiptNumber: `53${d.replaceAll('-', '')}${between(input.r, 1000, 9999)}`,
    };
    if (!t.go('record_payment', d, pay, t.lead)) return;
  }
  t.go('close', t.wd(d, t.int(2, 15)), {}, t.lead);
}

// ---------------------------------------------------------------------------------------------------------------
// 行政处罚简易程序

export function penaltySummaryStory(input: StoryInput, tpl: PenaltyTemplate): void {
  const t = new Teller(input);
  const d = input.sim.row.registeredOn;
  if (t.has('terminate')) {
    t.go('terminate', d, { reason: '当事人身份无法核实，转为普通程序办理' }, t.lead);
    return;
  }
  const range = tpl.summary?.fineYuan ?? null;
  const limit = input.party.type === 'natural_person' ? 200 : 3_000;
  const fineYuan = range ? Math.min(limit, roundFine(input.r, range)) : 0;
  const kinds: PenaltyKind[] = fineYuan > 0 ? ['fine'] : ['warning'];
  const payload = {
    factsText: tpl.facts
      .replace('{party}', `当事人${input.party.name}`)
      .replace('{amount}', String(between(input.r, 1, 20))),
    violatedArticles: tpl.violated,
    appliedArticles: tpl.applied,
    penaltyKinds: kinds,
    fineFen: fineYuan * 100,
  };
  if (!t.go('decide_on_spot', d, payload, t.lead)) return;
  if (!t.go('serve', d, servePayload(t, 'on_the_spot'), t.lead)) return;
  let on = d;
  if (fineYuan > 0) {
    const onTheSpot = fineYuan <= 100 && t.chance(0.6);
    on = onTheSpot ? d : addCalendarDays(d, t.int(1, 14));
    const pay = {
      amountFen: fineYuan * 100,
      onTheSpot,
      receiptNumber: `53${on.replaceAll('-', '')}${between(input.r, 1000, 9999)}`,
    };
    if (!t.go('record_payment', on, pay, t.lead)) return;
  }
  t.go('close', t.wd(on, t.int(1, 5)), { note: '报所属行政机关备案' }, t.lead);
}

// ---------------------------------------------------------------------------------------------------------------
// The other procedures

export function otherStory(input: StoryInput, tpl: OtherTemplate): void {
  const t = new Teller(input);
  const reg = input.sim.row.registeredOn;
  const { cast } = input;
  switch (tpl.procedure) {
    case 'licence': {
      let d = reg;
      if (t.has('supplement')) {
        d = t.wd(d, t.int(1, 4));
        if (!t.go('request_supplement', d, { missingItems: '经营场所平面布局图、食品安全管理制度文本' }, t.lead))
          return;
        d = t.days(d, t.int(5, 20));
      } else d = t.wd(d, t.int(0, 4));
      if (t.has('reject')) {
        t.go('reject_application', d, { reason: '申请事项依法不需要取得行政许可' }, t.lead);
        return;
      }
      if (t.has('withdraw')) {
        t.go('withdraw', t.wd(d, t.int(1, 5)), { reason: '申请人书面申请撤回许可申请' }, t.lead);
        return;
      }
      if (!t.go('accept', d, { note: '申请材料齐全，符合法定形式，予以受理' }, t.lead)) return;
      if (t.has('suspend')) {
        d = t.wd(d, t.int(3, 10));
        if (!t.go('suspend', d, { reason: '需组织专家评审和现场核查，所需时间不计入审查期限' }, t.lead)) return;
        d = t.days(d, t.int(10, 30));
        if (!t.go('resume', d, { reason: '专家评审完毕，恢复审查' }, t.lead)) return;
      }
      if (t.has('extend')) {
        d = t.wd(d, t.int(14, 18));
        if (
          !t.go(
            'extend_review',
            d,
            { reason: '需现场核查，二十个工作日内不能作出决定，经负责人批准延长十个工作日' },
            cast.leader,
          )
        )
          return;
        d = t.wd(d, t.int(2, 8));
      } else d = t.wd(d, t.has('slow') ? t.int(21, 26) : t.int(4, 18));
      if (t.has('refuse')) {
        if (!t.go('refuse', d, { reason: '经现场核查，经营场所不符合食品安全要求' }, t.lead)) return;
      } else {
        if (!t.go('grant', d, { note: '经审查，符合法定条件，准予许可' }, t.lead)) return;
        const granted = d;
        d = t.wd(d, t.int(1, 8));
        const number = `${tpl.title.includes('食品') ? 'JY1533401' : 'XK533401'}${d.slice(0, 4)}${between(input.r, 10000, 99999)}`;
        if (!t.go('issue_licence', d, { licenceNumber: number }, t.lead)) return;
        d = t.wd(granted, t.has('late_disclosure') ? t.int(8, 12) : t.int(1, 6));
        if (!t.go('disclose', t.later(d), { note: '在政府门户网站公示行政许可决定' }, t.lead)) return;
        d = t.sim.lastEventOn;
      }
      t.go('close', t.wd(d, t.int(1, 10)), {}, t.lead);
      return;
    }
    case 'inspection': {
      if (t.has('terminate')) {
        t.go('terminate', t.wd(reg, t.int(1, 5)), { reason: '检查对象已停业，终止检查' }, t.lead);
        return;
      }
      let d = t.wd(reg, t.int(0, 8));
      if (!t.go('start_inspection', d, {}, t.lead)) return;
      if (!t.go('record_inspection', t.wd(d, t.int(0, 1)), { note: '现场检查，制作现场检查笔录' }, t.lead)) return;
      d = t.wd(t.sim.lastEventOn, t.int(1, 8));
      const result = t.chance(0.6) ? 'no_issue' : t.chance(0.75) ? 'rectify' : 'violation_found';
      const summary = {
        no_issue: '未发现违法问题',
        rectify: '发现一般问题，已责令限期整改',
        violation_found: '发现涉嫌违法行为，转入立案调查',
      }[result];
      if (!t.go('finish_inspection', d, { result, summary }, t.lead)) return;
      d = t.wd(d, t.has('late_disclosure') ? t.int(21, 28) : t.int(2, 15));
      if (!t.go('disclose', d, { note: '公示检查结果' }, t.lead)) return;
      t.go('close', t.wd(d, t.int(1, 10)), {}, t.lead);
      return;
    }
    case 'coercion_seal_seize': {
      if (t.has('terminate')) {
        t.go('terminate', t.wd(reg, t.int(0, 2)), { reason: '情况紧急已消除，无需采取强制措施' }, t.lead);
        return;
      }
      let d = reg;
      if (t.has('emergency')) {
        if (!t.go('implement_emergency', d, {}, t.lead)) return;
        // 行政强制法 第十九条: report within 24 hours; a case found on a Friday evening is reported late.
        d = t.chance(0.75) ? addCalendarDays(d, 1) : t.wd(d, 1);
        if (!t.go('report_emergency', d, { opinion: '情况紧急，当场实施扣押，事后补办批准手续' }, cast.leader)) return;
      } else {
        if (!t.go('approve_measure', d, { opinion: '同意依法采取扣押措施' }, cast.leader)) return;
        d = t.wd(d, t.int(0, 1));
        if (!t.go('implement', d, {}, t.lead)) return;
      }
      const implemented = d;
      if (t.has('suspend')) {
        d = t.days(d, t.int(3, 10));
        if (!t.go('suspend', d, { reason: '涉案物品送检验检测，检测期间不计入查封扣押期限' }, t.lead)) return;
        d = t.days(d, t.int(10, 25));
        if (!t.go('resume', d, { reason: '检测报告已出具' }, t.lead)) return;
      }
      if (t.has('extend')) {
        d = t.later(addCalendarDays(implemented, t.int(24, 28)));
        if (!t.go('extend_measure', d, { reason: '案情复杂，经负责人批准延长扣押期限三十日' }, cast.leader)) return;
        d = t.days(d, t.int(10, 25));
      } else d = t.later(addCalendarDays(implemented, t.has('slow') ? t.int(31, 38) : t.int(8, 29)));
      if (t.has('dispose')) {
        if (!t.go('dispose', t.wd(d, 0), { reason: '经检验为不合格食品，依法没收并销毁' }, t.lead)) return;
      } else if (!t.go('release', t.wd(d, 0), { reason: '经检验合格，依法解除扣押并返还当事人' }, t.lead)) return;
      t.go('close', t.wd(t.sim.lastEventOn, t.int(1, 10)), {}, t.lead);
      return;
    }
    case 'coercion_freeze': {
      if (t.has('terminate')) {
        t.go('terminate', t.wd(reg, t.int(0, 2)), { reason: '当事人已主动缴清款项，无需冻结' }, t.lead);
        return;
      }
      let d = reg;
      if (!t.go('approve_measure', d, { opinion: '同意依法冻结当事人存款' }, cast.leader)) return;
      d = t.wd(d, t.int(0, 2));
      if (!t.go('implement', d, {}, t.lead)) return;
      const implemented = d;
      d = t.wd(d, t.chance(0.12) ? t.int(4, 6) : t.int(0, 3));
      if (!t.go('deliver_decision', d, {}, t.lead)) return;
      if (t.has('extend')) {
        d = t.later(addCalendarDays(implemented, t.int(24, 28)));
        if (!t.go('extend_measure', d, { reason: '案情复杂，经负责人批准延长冻结期限' }, cast.leader)) return;
        d = t.days(d, t.int(10, 25));
      } else d = t.later(addCalendarDays(implemented, t.int(10, 29)));
      if (t.has('dispose')) {
        if (!t.go('dispose', t.wd(d, 0), { reason: '当事人逾期未履行，依法划拨冻结存款' }, t.lead)) return;
      } else if (!t.go('release', t.wd(d, 0), { reason: '当事人已履行，依法解除冻结' }, t.lead)) return;
      t.go('close', t.wd(t.sim.lastEventOn, t.int(1, 10)), {}, t.lead);
      return;
    }
    default: {
      // 征收、给付、确认: take up, decide, serve, disclose, close.
      if (t.has('terminate')) {
        t.go('terminate', t.wd(reg, t.int(1, 10)), { reason: '申请人撤回申请，终止办理' }, t.lead);
        return;
      }
      let d = t.wd(reg, t.int(0, 5));
      if (!t.go('accept', d, { note: '予以受理' }, t.lead)) return;
      if (t.has('suspend')) {
        d = t.wd(d, t.int(2, 8));
        if (!t.go('suspend', d, { reason: '需等待相关部门出具核查意见，中止办理' }, t.lead)) return;
        d = t.days(d, t.int(10, 40));
        if (!t.go('resume', d, { reason: '核查意见已出具，恢复办理' }, t.lead)) return;
      }
      d = t.wd(d, t.int(5, 25));
      // The case module's `decide` takes the penalty payload for every procedure; 'other' carries no fine.
      if (!t.go('decide', d, { penaltyKinds: ['other'], fineFen: 0, confiscationFen: 0, noPenalty: false }, t.lead))
        return;
      const decided = d;
      d = t.wd(d, t.int(1, 6));
      if (!t.go('serve', d, servePayload(t), t.lead)) return;
      d = t.wd(decided, t.has('late_disclosure') ? t.int(21, 26) : t.int(2, 15));
      if (!t.go('disclose', t.later(d), { note: '公示决定信息' }, t.lead)) return;
      t.go('close', t.wd(t.sim.lastEventOn, t.int(2, 20)), {}, t.lead);
    }
  }
}
