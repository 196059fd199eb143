// The rules of leaders' court appearances as pure functions. Basis: 《中华人民共和国行政诉讼法》第三条第三款 — 被诉行政
// 机关负责人应当出庭应诉。不能出庭的，应当委托行政机关相应的工作人员出庭; 《最高人民法院关于行政机关负责人出庭应诉若干
// 问题的规定》(法释〔2020〕3号) 第二条 (负责人: 正职、副职及其他参与分管的负责人), 第八条 (不能出庭的正当理由, 应向法院
// 说明), 第十条 (应当就实质性争议发表意见: 出庭且出声).

export interface AppearanceFacts {
  appeared: boolean;
  appearedName?: string | null;
  appearedPost?: string | null;
  appearedRank?: string | null;
  spoke?: boolean;
  absenceReason?: string | null;
  delegateName?: string | null;
  delegatePost?: string | null;
  hearingDate: string;
  outcome?: string;
  outcomeDate?: string | null;
}

export type AppearanceProblem =
  | 'leader_appeared_required'
  | 'leader_absence_reason_required'
  | 'leader_delegate_required'
  | 'leader_spoke_without_appearing'
  | 'leader_outcome_date_needs_outcome'
  | 'leader_outcome_before_hearing';

/** The fields that do not fit together, keyed by field name; empty when the record is complete. */
export function appearanceProblems(a: AppearanceFacts): Record<string, AppearanceProblem> {
  const out: Record<string, AppearanceProblem> = {};
  if (a.appeared) {
    if (!a.appearedName) out.appearedName = 'leader_appeared_required';
    if (!a.appearedPost) out.appearedPost = 'leader_appeared_required';
    if (!a.appearedRank) out.appearedRank = 'leader_appeared_required';
  } else {
    if (!a.absenceReason) out.absenceReason = 'leader_absence_reason_required';
    if (!a.delegateName) out.delegateName = 'leader_delegate_required';
    if (!a.delegatePost) out.delegatePost = 'leader_delegate_required';
    if (a.spoke) out.spoke = 'leader_spoke_without_appearing';
  }
  if (a.outcomeDate) {
    if (!a.outcome || a.outcome === 'pending') out.outcomeDate = 'leader_outcome_date_needs_outcome';
    else if (a.outcomeDate < a.hearingDate) out.outcomeDate = 'leader_outcome_before_hearing';
  }
  return out;
}

/** Appearance rate in percent with one decimal (appeared / hearings); null when there were no hearings. */
export function appearanceRate(hearings: number, appeared: number): number | null {
  if (hearings === 0) return null;
  return Math.round((appeared / hearings) * 1000) / 10;
}
