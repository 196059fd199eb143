// Do the facts of a case meet a criminal referral threshold (涉嫌犯罪移送标准)? Pure: thresholds and facts in, each
// threshold's outcome and each condition's reason (zh + en) out. Every condition asks for "at least" an amount,
// a quantity, a harm or a count of earlier penalties, or a ticked circumstance, so more of any fact never
// un-meets a threshold, whether its conditions combine with any or all.
import {
  AMOUNT_MEASURE_LABELS,
  HARM_MEASURE_LABELS,
  QUANTITY_MEASURE_LABELS,
  type ReferralCondition,
  type ReferralFacts,
  type ReferralMatch,
} from '../../../../contracts/referral-threshold';
import { formatYuan } from '../../../../contracts/review-catalogue';

export interface EvaluableThreshold {
  id: string;
  violationType: string;
  offence: string;
  match: ReferralMatch;
  conditions: readonly ReferralCondition[];
}

type Reason = { zh: string; en: string };

export interface ConditionOutcome {
  conditionId: string;
  met: boolean;
  reason: Reason;
}

export interface ThresholdOutcome {
  thresholdId: string;
  met: boolean;
  reason: Reason;
  conditions: ConditionOutcome[];
}

export interface ReferralEvaluation {
  suspected: boolean;
  met: string[];
  results: ThresholdOutcome[];
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);
const reached = (met: boolean): Reason => (met ? { zh: '达到', en: 'reaches' } : { zh: '未达到', en: 'is below' });

/** The date `months` calendar months before `date` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total % 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function judge(c: ReferralCondition, f: ReferralFacts): { met: boolean; reason: Reason } {
  switch (c.kind) {
    case 'amount': {
      const label = AMOUNT_MEASURE_LABELS[c.measure];
      const v = f.amounts[c.measure];
      if (v === undefined) return { met: false, reason: { zh: `未填写${label.zh}`, en: `${label.en} not given` } };
      const met = v >= c.minFen;
      const r = reached(met);
      return {
        met,
        reason: {
          zh: `${label.zh} ${formatYuan(v)} 元，${r.zh} ${formatYuan(c.minFen)} 元`,
          en: `${label.en} ¥${formatYuan(v)} ${r.en} ¥${formatYuan(c.minFen)}`,
        },
      };
    }
    case 'amount_sum': {
      const sum = c.terms.reduce((s, t) => s + t.factor * (f.amounts[t.measure] ?? 0), 0);
      const zhTerms = c.terms
        .map((t) => `${t.factor === 1 ? '' : `${t.factor}×`}${AMOUNT_MEASURE_LABELS[t.measure].zh}`)
        .join(' + ');
      const enTerms = c.terms
        .map((t) => `${t.factor === 1 ? '' : `${t.factor}×`}${AMOUNT_MEASURE_LABELS[t.measure].en.toLowerCase()}`)
        .join(' + ');
      const met = sum >= c.minFen;
      const r = reached(met);
      return {
        met,
        reason: {
          zh: `${zhTerms} 合计 ${formatYuan(sum)} 元，${r.zh} ${formatYuan(c.minFen)} 元`,
          en: `${enTerms} = ¥${formatYuan(sum)} ${r.en} ¥${formatYuan(c.minFen)}`,
        },
      };
    }
    case 'quantity': {
      const m = QUANTITY_MEASURE_LABELS[c.measure];
      const v = f.quantities[c.measure];
      if (v === undefined) return { met: false, reason: { zh: `未填写${m.zh}数量`, en: `${m.en} not given` } };
      const met = v >= c.min;
      const r = reached(met);
      return {
        met,
        reason: {
          zh: `${m.zh} ${num(v)} ${m.unit.zh}，${r.zh} ${num(c.min)} ${m.unit.zh}`,
          en: `${m.en} ${num(v)} ${m.unit.en} ${r.en} ${num(c.min)} ${m.unit.en}`,
        },
      };
    }
    case 'harm': {
      const label = HARM_MEASURE_LABELS[c.measure];
      const v = f.harm[c.measure] ?? 0;
      const met = v >= c.min;
      const r = reached(met);
      return {
        met,
        reason: { zh: `${label.zh} ${v} 人，${r.zh} ${c.min} 人`, en: `${label.en}: ${v} ${r.en} ${c.min}` },
      };
    }
    case 'repetition': {
      if (!f.actDate)
        return {
          met: false,
          reason: { zh: '未填写本次违法行为日期，无法计算', en: 'The date of this act is not given' },
        };
      const from = monthsBefore(f.actDate, c.withinMonths);
      const count = f.priorPenaltyDates.filter((d) => d >= from && d <= f.actDate!).length;
      const met = count >= c.minPriorPenalties;
      return {
        met,
        reason: {
          zh: `${from} 至 ${f.actDate} 受过 ${count} 次行政处罚，${met ? '达到' : '未达到'} ${c.minPriorPenalties} 次`,
          en: `${count} penalties from ${from} to ${f.actDate} ${met ? 'reaches' : 'is below'} ${c.minPriorPenalties}`,
        },
      };
    }
    case 'circumstance':
      return f.circumstances.includes(c.id)
        ? { met: true, reason: { zh: `存在情节：${c.text}`, en: `Circumstance present: ${c.text}` } }
        : { met: false, reason: { zh: `未勾选：${c.text}`, en: `Not ticked: ${c.text}` } };
  }
}

export function evaluateReferral(thresholds: readonly EvaluableThreshold[], facts: ReferralFacts): ReferralEvaluation {
  const results = thresholds.map((t): ThresholdOutcome => {
    const conditions = t.conditions.map((c) => ({ conditionId: c.id, ...judge(c, facts) }));
    const metConditions = conditions.filter((c) => c.met);
    const met = t.match === 'all' ? metConditions.length === conditions.length : metConditions.length > 0;
    const because = (list: ConditionOutcome[], lang: 'zh' | 'en') =>
      list.map((c) => c.reason[lang]).join(lang === 'zh' ? '；' : '; ');
    const reason: Reason = met
      ? {
          zh: `涉嫌${t.offence}，达到移送标准：${because(t.match === 'all' ? conditions : metConditions, 'zh')}`,
          en: `Suspected ${t.offence}: meets the threshold (${because(t.match === 'all' ? conditions : metConditions, 'en')})`,
        }
      : t.match === 'all'
        ? {
            zh: `未达到${t.offence}移送标准（须同时满足全部条件）：${because(
              conditions.filter((c) => !c.met),
              'zh',
            )}`,
            en: `Below the ${t.offence} threshold (all conditions needed): ${because(
              conditions.filter((c) => !c.met),
              'en',
            )}`,
          }
        : {
            zh: `未达到${t.offence}移送标准（任一条件均未满足）`,
            en: `Below the ${t.offence} threshold (no condition met)`,
          };
    return { thresholdId: t.id, met, reason, conditions };
  });
  const met = results.filter((r) => r.met).map((r) => r.thresholdId);
  return { suspected: met.length > 0, met, results };
}
