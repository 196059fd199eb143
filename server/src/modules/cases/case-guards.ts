// The guards the law imposes on a step (contracts/procedure.ts GUARD_CODES), each implemented once. A guard answers
// with the reasons it fails (empty: it holds), each naming its statute and article, in zh and en.
import type { GuardCode } from '../../../../contracts/procedure';
import { PENALTY_KIND_LABELS, type PenaltyKind } from '../../../../contracts/benchmark';
import { DOMAIN_LABELS, type EnforcementDomain } from '../../../../contracts/personnel';
import { formatYuan } from '../../../../contracts/review-catalogue';
import type { Text } from '../../platform/i18n/i18n';
import { addCalendarDays, addCalendarMonths } from '../calendar/working-calendar';
import { computeDeadline } from '../deadlines/deadline-compute';
import { powerVersionInForce } from '../powers/power-item.service';
import type { CaseFacts } from './case-context';
import { reviewsDecidedBy } from './case.repository';

export interface GuardInput {
  facts: CaseFacts;
  /** The step's legal date (Asia/Shanghai). */
  date: string;
  /** The action's payload as parsed (empty when the guards are checked in advance for the action list). */
  payload: Record<string, unknown>;
  /** True when checking in advance, without a payload: guards that a payload can satisfy pass. */
  preview: boolean;
}

type Guard = (g: GuardInput) => Promise<Text[]>;

const ok: Text[] = [];

export interface PenaltyShape {
  penaltyKinds: PenaltyKind[];
  fineFen: number;
  confiscationFen?: number;
  noPenalty?: boolean;
}

/** 处罚法 第五十一条: warning, or a fine of at most 200 yuan (citizen) / 3,000 yuan (organisation). */
export const SUMMARY_FINE_LIMIT_FEN = { natural_person: 20_000, organisation: 300_000 } as const;

/** Ranks for "heavier than": any kind not in the notified penalty, or a larger amount, is heavier. */
export function heavierThan(decided: PenaltyShape, notified: PenaltyShape): Text[] {
  const out: Text[] = [];
  const extra = decided.penaltyKinds.filter((k) => !notified.penaltyKinds.includes(k));
  if (extra.length) {
    out.push({
      zh: `决定增加了告知时没有的处罚种类：${extra.map((k) => PENALTY_KIND_LABELS[k].zh).join('、')}（处罚法第四十五条）`,
      en: `The decision adds kinds not notified: ${extra.map((k) => PENALTY_KIND_LABELS[k].en).join(', ')} (Art. 45)`,
    });
  }
  if (decided.fineFen > notified.fineFen) {
    out.push({
      zh: `决定罚款 ${formatYuan(decided.fineFen)} 元高于告知的 ${formatYuan(notified.fineFen)} 元：不得因当事人陈述申辩而加重处罚（处罚法第四十五条）`,
      en: `The fine of ${formatYuan(decided.fineFen)} yuan exceeds the notified ${formatYuan(notified.fineFen)} yuan: no heavier penalty because the party defended itself (Art. 45)`,
    });
  }
  if ((decided.confiscationFen ?? 0) > (notified.confiscationFen ?? 0)) {
    out.push({
      zh: '决定没收的数额高于告知的数额（处罚法第四十五条）',
      en: 'The decision confiscates more than notified (Art. 45)',
    });
  }
  return out;
}

export const GUARDS: Record<GuardCode, Guard> = {
  async two_certified_officers({ facts, date }) {
    const handlers = await facts.handlers();
    const certs = await facts.certificatesOn(date);
    const domain = facts.row.domain as EnforcementDomain;
    const domainLabel = DOMAIN_LABELS[domain]?.zh ?? domain;
    const certified = handlers.filter((h) => (certs.get(h.officerId) ?? []).some((c) => c.domains.includes(domain)));
    if (certified.length >= 2) return ok;
    const missing = handlers.filter((h) => !certified.includes(h)).map((h) => h.officer?.name ?? h.officerId);
    return [
      {
        zh: `执法人员不得少于两人且须持有当日有效、覆盖「${domainLabel}」领域的执法证：现有 ${certified.length} 人符合${missing.length ? `；${missing.join('、')} 无有效证件` : ''}（处罚法第四十二条）`,
        en: `At least two officers holding a certificate valid on ${date} for this domain are needed: ${certified.length} qualify${missing.length ? `; no valid certificate: ${missing.join(', ')}` : ''} (Art. 42)`,
      },
    ];
  },

  async within_limitation({ facts, date, payload, preview }) {
    const row = facts.row;
    if (row.kind !== 'penalty') return ok;
    if (!row.actDate) {
      return [
        {
          zh: '须填写违法行为发生（或终了）日期，以判断追责时效（处罚法第三十六条）',
          en: 'Give the date of the act (or its end) to check the limitation period (Art. 36)',
        },
      ];
    }
    const years = row.harmsLifeHealthFinance ? 5 : 2;
    const limit = addCalendarMonths(row.actDate, years * 12);
    if (date <= limit) return ok;
    if (preview || payload.limitationReason || row.limitationNote) return ok;
    return [
      {
        zh: `违法行为发生于 ${row.actDate}，已超过${years === 5 ? '五' : '二'}年追责时效（${limit} 届满）：不再给予行政处罚；如认为时效未届满（如连续或继续状态），须写明理由（处罚法第三十六条）`,
        en: `The act of ${row.actDate} is past the ${years}-year limitation (ended ${limit}); give the reason if the period has not run (continuing act) (Art. 36)`,
      },
    ];
  },

  async power_in_agency_list({ facts, date }) {
    const row = facts.row;
    if (!row.powerItemId) {
      return [{ zh: '须选择本单位权责清单中的职权事项', en: 'Choose a power item from the agency’s powers list' }];
    }
    const v = await powerVersionInForce(facts.ex, row.tenantId, row.powerItemId, date);
    if (!v) {
      return [
        { zh: `该职权事项在 ${date} 不在有效的权责清单中`, en: `The power item is not in a list in force on ${date}` },
      ];
    }
    if (v.agencyId !== row.agencyId && !v.delegatedToTownshipIds.includes(row.agencyId)) {
      return [
        {
          zh: `「${v.name}」不属于本单位的权责清单（也未赋权本乡镇）`,
          en: `“${v.name}” is not in this agency’s list (nor delegated to it)`,
        },
      ];
    }
    if (v.category !== row.kind) {
      return [
        {
          zh: `「${v.name}」的职权类别与本案程序不符`,
          en: `“${v.name}” is of another category than this procedure`,
        },
      ];
    }
    return ok;
  },

  async summary_limits({ facts, payload, preview }) {
    if (preview) return ok;
    const kinds = (payload.penaltyKinds as PenaltyKind[] | undefined) ?? [];
    const fineFen = (payload.fineFen as number | undefined) ?? 0;
    const out: Text[] = [];
    const other = kinds.filter((k) => k !== 'warning' && k !== 'fine');
    if (other.length) {
      out.push({
        zh: `简易程序只能给予警告或者罚款，不能给予${other.map((k) => PENALTY_KIND_LABELS[k].zh).join('、')}（处罚法第五十一条）`,
        en: 'The summary procedure allows only a warning or a fine (Art. 51)',
      });
    }
    const parties = await facts.parties();
    // A case against a citizen and an organisation together takes the citizen's lower limit (protects the party).
    const limit = parties.some((p) => p.type === 'natural_person')
      ? SUMMARY_FINE_LIMIT_FEN.natural_person
      : SUMMARY_FINE_LIMIT_FEN.organisation;
    if (fineFen > limit) {
      out.push({
        zh: `简易程序罚款上限为 ${formatYuan(limit)} 元（公民二百元、法人或者其他组织三千元），拟罚 ${formatYuan(fineFen)} 元须适用普通程序（处罚法第五十一条）`,
        en: `The summary procedure caps the fine at ${formatYuan(limit)} yuan; ${formatYuan(fineFen)} yuan needs the general procedure (Art. 51)`,
      });
    }
    if (kinds.includes('fine') !== fineFen > 0) {
      out.push({ zh: '罚款种类与罚款金额不一致', en: 'The fine kind and the amount disagree' });
    }
    return out;
  },

  async proposal_within_benchmark({ payload, preview }) {
    if (preview) return ok;
    const evaluation = payload.__benchmark as { within: boolean; summary: Text } | undefined;
    if (!evaluation || evaluation.within || payload.outsideRangeReason) return ok;
    return [
      {
        zh: `拟处罚超出裁量基准的档次或幅度（${evaluation.summary.zh}）：须书面说明理由，并进行法制审核（处罚法第三十四条、第五十八条）`,
        en: `The proposal is outside the discretion benchmark (${evaluation.summary.en}): give a written reason; legal review becomes mandatory (Arts. 34, 58)`,
      },
    ];
  },

  async legal_review_passed({ facts }) {
    if (!facts.row.reviewRequired) return ok;
    const last = (await facts.reviews()).at(-1);
    if (last?.outcome === 'agree' || last?.outcome === 'agree_with_changes') return ok;
    return [
      {
        zh: '本案属于重大执法决定（或拟处罚超出裁量基准），未经法制审核或者审核未通过的，不得作出决定（处罚法第五十八条）',
        en: 'A major decision (or one outside the benchmark) needs a passed legal review first (Art. 58)',
      },
    ];
  },

  async reviewer_not_handler({ facts }) {
    const officer = await facts.actorOfficer();
    if (!officer) {
      return [{ zh: '审核人员须是登记在册的法制审核人员', en: 'The reviewer must be a registered legal reviewer' }];
    }
    const handlers = await facts.handlers();
    if (handlers.some((h) => h.officerId === officer.id)) {
      return [
        { zh: '案件承办人员不得审核本案（处罚法第五十八条）', en: 'A handler of the case may not review it (Art. 58)' },
      ];
    }
    const out: Text[] = [];
    if (!officer.legalReviewer) {
      out.push({ zh: `${officer.name} 不是法制审核人员`, en: `${officer.name} is not a legal reviewer` });
    }
    if (!officer.legalQualification && (await reviewsDecidedBy(facts.ex, facts.row.tenantId, officer.id)) === 0) {
      out.push({
        zh: '初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格（处罚法第五十八条第二款）',
        en: 'A first-time reviewer must hold the national legal professional qualification (Art. 58(2))',
      });
    }
    return out;
  },

  async rights_notified({ facts }) {
    if ((await facts.events()).some((e) => e.action === 'notify')) return ok;
    return [
      {
        zh: '作出行政处罚决定前，须告知当事人拟处罚的内容及事实、理由、依据和陈述、申辩、要求听证的权利（处罚法第四十四条、第六十二条）',
        en: 'The party must be told the intended penalty and its rights before the decision (Arts. 44, 62)',
      },
    ];
  },

  async hearing_window_closed({ facts, date }) {
    const events = await facts.events();
    if (events.some((e) => e.action === 'waive_hearing' || e.action === 'record_hearing')) return ok;
    const d = await facts.deadline('hearing_request');
    if (!d || d.status !== 'running' || date > d.dueOn) return ok;
    return [
      {
        zh: `当事人陈述、申辩和要求听证的期限至 ${d.dueOn} 届满（五个工作日），届满前或当事人明确放弃前不得作出决定（处罚法第六十四条）`,
        en: `The party may state, defend and ask for a hearing until ${d.dueOn} (5 working days); no decision before then unless it waives (Art. 64)`,
      },
    ];
  },

  async hearing_request_in_time({ facts, date }) {
    const d = await facts.deadline('hearing_request');
    if (!d || date <= d.dueOn) return ok;
    return [
      {
        zh: `听证申请期限已于 ${d.dueOn} 届满（告知后五个工作日，处罚法第六十四条）`,
        en: `The time to ask for a hearing ended on ${d.dueOn} (5 working days after notice, Art. 64)`,
      },
    ];
  },

  async hearing_notice_in_time({ facts, date, payload, preview }) {
    if (preview || typeof payload.hearingOn !== 'string') return ok;
    const latest = computeDeadline({
      rule: 'XZCF-64-NOTICE',
      start: payload.hearingOn,
      calendar: await facts.calendar(),
    });
    if (date <= latest.due) return ok;
    return [
      {
        zh: `听证定于 ${payload.hearingOn}，最迟应于 ${latest.due} 通知当事人（举行听证七个工作日前，处罚法第六十四条）；请推迟听证日期`,
        en: `For a hearing on ${payload.hearingOn} the party must be notified by ${latest.due} (7 working days before, Art. 64); move the hearing`,
      },
    ];
  },

  async hearing_host_not_investigator({ facts, payload, preview }) {
    if (preview || typeof payload.hostOfficerId !== 'string') return ok;
    const handlers = await facts.handlers();
    if (!handlers.some((h) => h.officerId === payload.hostOfficerId)) return ok;
    return [
      {
        zh: '听证主持人不得是本案调查人员（处罚法第六十四条第四项）',
        en: 'The hearing host may not be an investigator of the case (Art. 64(4))',
      },
    ];
  },

  async no_increase_after_defence({ facts, payload, preview }) {
    if (preview) return ok;
    const notified = facts.row.notifiedPenalty as PenaltyShape | null;
    if (!notified) return ok;
    return heavierThan(
      {
        penaltyKinds: (payload.penaltyKinds as PenaltyKind[]) ?? [],
        fineFen: (payload.fineFen as number) ?? 0,
        confiscationFen: (payload.confiscationFen as number) ?? 0,
      },
      notified,
    );
  },

  async collective_discussion_if_required({ facts }) {
    if (!facts.row.collectiveDiscussionRequired) return ok;
    if ((await facts.events()).some((e) => e.action === 'hold_collective_discussion')) return ok;
    return [
      {
        zh: '情节复杂或者重大违法行为给予行政处罚，须经行政机关负责人集体讨论决定（处罚法第五十七条第二款）',
        en: 'Complex or serious cases are decided by the agency’s leaders collectively (Art. 57(2))',
      },
    ];
  },

  async within_decision_period({ facts, date, payload, preview }) {
    const d = await facts.deadline('decision');
    if (!d || d.status !== 'running' || date <= d.dueOn) return ok;
    const extended = ((d.extensions as unknown[]) ?? []).length > 0;
    if (extended && (preview || payload.overdueReason)) return ok;
    return [
      extended
        ? {
            zh: `已超过延长后的办案期限（${d.dueOn}）：须写明逾期理由，逾期将记入执法监督（处罚法第六十条）`,
            en: `Past the extended period (${d.dueOn}): give the reason for the delay; it is recorded for supervision (Art. 60)`,
          }
        : {
            zh: `已超过作出决定的期限（${d.dueOn}，立案之日起九十日，中止期间不计）：须先经负责人批准延长（处罚法第六十条）`,
            en: `Past the decision period (${d.dueOn}, 90 days from opening, suspensions excluded): an approved extension is needed first (Art. 60)`,
          },
    ];
  },

  async payment_period_over({ facts, date }) {
    const d = await facts.deadline('payment');
    if (d && d.status === 'running' && date > d.dueOn) return ok;
    return [
      {
        zh: d ? `缴款期限至 ${d.dueOn} 届满，届满后方可催告（处罚法第六十七条、第七十二条）` : '尚未开始计算缴款期限',
        en: d ? `The payment period ends on ${d.dueOn}; demand only after it (Arts. 67, 72)` : 'No payment period yet',
      },
    ];
  },

  async demand_served_10_wd({ facts, date }) {
    const demand = (await facts.events()).filter((e) => e.action === 'demand_payment').at(-1);
    if (!demand) return [{ zh: '尚未催告', en: 'No demand yet' }];
    // 行政强制法 第五十四条: the demand served and ten days passed; ten days are working days (第六十九条).
    const calendar = await facts.calendar();
    let counted = 0;
    let day = demand.occurredOn;
    while (counted < 10) {
      day = addCalendarDays(day, 1);
      if (calendar.isWorkingDay(day)) counted += 1;
    }
    if (date > day) return ok;
    return [
      {
        zh: `催告书送达（${demand.occurredOn}）十个工作日后（${day} 之后）当事人仍未履行的，方可申请人民法院强制执行（行政强制法第五十四条）`,
        en: `Apply to the court only after ten working days from the demand (${demand.occurredOn}), i.e. after ${day} (Coercion Law Art. 54)`,
      },
    ];
  },

  async referral_not_fine_only({ facts }) {
    if (!facts.row.referralFlagged) return ok;
    return [
      {
        zh: '案件事实达到涉嫌犯罪移送标准：必须移送司法机关，不得以行政处罚代替刑事处罚（处罚法第二十七条、第八十二条）',
        en: 'The facts meet a criminal referral threshold: the case must be referred; a fine cannot replace prosecution (Arts. 27, 82)',
      },
    ];
  },

  async approval_recorded({ facts, payload, preview }) {
    const kinds = await facts.actorKinds();
    if (!kinds.has('leader')) {
      return [
        {
          zh: '须由行政机关负责人审批（本人无审批权限）',
          en: 'Needs the approval of the agency’s head (you cannot approve)',
        },
      ];
    }
    if (preview || payload.opinion || payload.reason) return ok;
    return [{ zh: '须填写审批意见', en: 'Write the approval opinion' }];
  },

  async reason_given({ payload, preview }) {
    if (preview || payload.reason || payload.opinion) return ok;
    return [{ zh: '须写明理由', en: 'Give the reason' }];
  },

  async application_complete() {
    // Accepting is the officer's finding that the application is complete (许可法 第三十二条); a missing item is
    // handled by request_supplement before it.
    return ok;
  },

  async extension_not_used({ facts }) {
    const slot = facts.def.kind === 'coercion' ? 'measure' : 'decision';
    const d = await facts.deadline(slot);
    if (!d || ((d.extensions as unknown[]) ?? []).length === 0) return ok;
    return [
      {
        zh: '期限已经延长过一次，不得再次延长',
        en: 'The period has been extended once already',
      },
    ];
  },
};

/** Runs the named guards; returns every failure. */
export async function checkGuards(codes: readonly GuardCode[], g: GuardInput): Promise<Text[]> {
  const out: Text[] = [];
  for (const code of codes) out.push(...(await GUARDS[code](g)));
  return out;
}
