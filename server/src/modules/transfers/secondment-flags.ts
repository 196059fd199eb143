// 借调预警: when secondments hollow out enforcement posts (清理整顿人员随意借调问题, 香格里拉市司法局 2024-06-26 通知 (四)).
// Pure. Three rules: (a) the agency's front-line strength, seconded officers not counted, is below its minimum;
// (b) the seconded share of the agency's enforcement officers exceeds the tenant's threshold (default 10 %);
// (c) an active secondment runs past its expected end, or longer than the tenant's limit (default 6 months).
import type { SecondmentFlag } from '../../../../contracts/transfer';

/** YYYY-MM-DD plus whole months, clamped to the month's last day (2024-08-31 + 6 → 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Rule (c) for one secondment on `today`: only active secondments raise it. */
export function secondmentTimeFlags(
  s: { startDate: string; expectedEndDate: string; endedOn: string | null },
  today: string,
  maxMonths: number,
): SecondmentFlag[] {
  if (s.endedOn !== null) return [];
  const flags: SecondmentFlag[] = [];
  if (today > s.expectedEndDate) flags.push('overdue');
  if (today > addMonths(s.startDate, maxMonths)) flags.push('long_running');
  return flags;
}

export interface AgencySecondmentFigures {
  /** Front-line officers in post (seconded not counted). */
  current: number;
  minimum: number | null;
  /** Active secondments of the agency's officers. */
  seconded: number;
  /** Active secondments of front-line officers. */
  secondedFrontLine: number;
  /** Enforcement officers of the agency (in post or seconded). */
  enforcement: number;
}

/** Rules (a) and (b) for one agency; (a) only when front-line officers are seconded away (they caused the gap). */
export function agencySecondmentFlags(f: AgencySecondmentFigures, sharePercent: number): SecondmentFlag[] {
  const flags: SecondmentFlag[] = [];
  if (f.minimum !== null && f.secondedFrontLine > 0 && f.current < f.minimum) flags.push('below_minimum');
  // Integer arithmetic: seconded / enforcement > percent / 100.
  if (f.enforcement > 0 && f.seconded * 100 > sharePercent * f.enforcement) flags.push('share_exceeded');
  return flags;
}
