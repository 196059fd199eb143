// 加处罚款 (行政处罚法 第七十二条第一款第（一）项, 行政强制法 第四十五条): when a fine is not paid by its due date, 3 % of
// the fine is added for each day, the total never above the fine itself; days while an administrative review or a
// lawsuit is pending do not count (处罚法 第七十三条第三款). Pure: money in fen, dates YYYY-MM-DD.
import { addCalendarDays, daysBetween } from '../calendar/working-calendar';

export interface RemedyPeriod {
  kind: 'review' | 'litigation';
  from: string;
  /** null while still pending. */
  to: string | null;
}

export interface Surcharge {
  days: number;
  surchargeFen: number;
}

/**
 * Days late are the days after `dueOn` up to and including `asOf`, less the days inside a remedy period (from its
 * first day up to and including its last). Integer arithmetic: 3 % of the fine per day, rounded down to the fen, then
 * capped at the fine.
 */
export function surchargeOf(
  fineFen: number,
  dueOn: string,
  asOf: string,
  remedies: readonly RemedyPeriod[],
): Surcharge {
  if (fineFen <= 0 || asOf <= dueOn) return { days: 0, surchargeFen: 0 };
  let days = 0;
  for (let d = addCalendarDays(dueOn, 1); d <= asOf; d = addCalendarDays(d, 1)) {
    if (!remedies.some((r) => d >= r.from && (r.to === null || d <= r.to))) days += 1;
    // The cap is reached after 34 days (34 × 3 % ≥ 100 %): no need to walk a long period day by day.
    if (days >= 34 && remedies.every((r) => r.to !== null && r.to < d)) {
      days += daysBetween(d, asOf);
      break;
    }
  }
  const raw = Number((BigInt(fineFen) * 3n * BigInt(days)) / 100n);
  return { days, surchargeFen: Math.min(raw, fineFen) };
}
