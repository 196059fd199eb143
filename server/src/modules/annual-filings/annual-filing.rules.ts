// The rules of annual filings as pure functions: who must file what (by agency kind), when a filing is due, and
// whether it was filed on time. Basis: the 迪庆州 notice of 2024-06-26 — each enforcement agency files its yearly
// enforcement work plan and training plan with the justice bureau in the first quarter; township governments,
// which enforce through their comprehensive squads (赋权乡镇), also file the squad's training plan.
import type { AgencyKind } from '../../../../contracts/agency';
import type { AnnualFilingKind, Timeliness } from '../../../../contracts/annual-filing';
import { shanghaiDate } from '../../platform/legal-date';

/**
 * The day a year's filings are due: the last day of the first quarter (第一季度), as a month-day. A documented
 * constant rather than a setting: the notice fixes the quarter for every agency alike.
 */
export const FILING_DUE_MONTH_DAY = '03-31';

export const dueDateOf = (year: number): string => `${year}-${FILING_DUE_MONTH_DAY}`;

/**
 * The kinds an agency must file each year. Bodies that enforce in their own name file the work plan and the
 * training plan: city departments, vertical branches, authorised organisations and the justice bureau itself (it
 * is an enforcement body too). Township governments also file their squad's training plan. Squads (内设队伍) and
 * entrusted organisations act in another body's name: that body's plans cover them, so they file nothing.
 * An abolished agency files nothing.
 */
export function requiredFilingKinds(agency: { kind: string; status?: string }): AnnualFilingKind[] {
  if (agency.status && agency.status !== 'active') return [];
  switch (agency.kind as AgencyKind) {
    case 'township_government':
      return ['enforcement_work_plan', 'training_plan', 'squad_training_plan'];
    case 'justice_bureau':
    case 'city_department':
    case 'vertical_branch':
    case 'authorised_organisation':
      return ['enforcement_work_plan', 'training_plan'];
    case 'squad':
    case 'entrusted_organisation':
      return [];
    default:
      return [];
  }
}

/**
 * Timeliness of a filing of `year`. Judged by the FIRST submission, on the Asia/Shanghai calendar: submitted on or
 * before 31 March is on time even if the bureau later returned it and the agency resubmitted after the day (the
 * reading that protects the agency: it met the deadline, the return asks for corrections). Never submitted: overdue
 * once the day has passed, otherwise pending.
 */
export function timelinessOf(year: number, firstSubmittedAt: Date | null, now: Date): Timeliness {
  const due = dueDateOf(year);
  if (firstSubmittedAt) return shanghaiDate(firstSubmittedAt) <= due ? 'on_time' : 'late';
  return shanghaiDate(now) > due ? 'overdue' : 'pending';
}
