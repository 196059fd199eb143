// Hours per officer per year against the tenant's threshold (学时统计), with the officers behind: those below the
// threshold, and those below the pro-rata figure expected by today (a warning while there is time to catch up).
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AgencyHoursView, HoursView, OfficerHoursView } from '../../../../contracts/training';
import { hoursQuery } from '../../../../contracts/training';
import type { Actor } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import { getPersonnelSettings } from '../personnel/personnel-settings.service';
import { trainingHoursByOfficer } from './training-hours.service';
import { hoursStanding, percent, yearProgress } from './training-hours.rules';
import { readScope } from './training-course.service';
import { activeOfficers, findAgencyInScope } from './training.repository';

const round1 = (n: number) => Math.round(n * 10) / 10;

function summarise(agencyId: string | null, agencyName: string, rows: OfficerHoursView[]): AgencyHoursView {
  const met = rows.filter((r) => r.met).length;
  return {
    agencyId,
    agencyName,
    officers: rows.length,
    met,
    notMet: rows.length - met,
    behindSchedule: rows.filter((r) => r.behindSchedule).length,
    metPercent: percent(met, rows.length),
    averageHours: rows.length ? round1(rows.reduce((s, r) => s + r.hours, 0) / rows.length) : 0,
  };
}

export async function hoursReport(
  ex: Executor,
  actor: Actor,
  q: z.output<typeof hoursQuery>,
  now: Date,
): Promise<HoursView> {
  const today = shanghaiDate(now);
  const year = q.year ?? Number(today.slice(0, 4));
  const tenantId = q.tenant ?? actor.tenantId;
  let agencyPath: string | undefined;
  if (q.agencyId) {
    const agency = await findAgencyInScope(ex, and(eq(agencies.tenantId, tenantId))!, q.agencyId);
    if (!agency) throw notFound('not_found', { what: '执法单位' });
    agencyPath = agency.path;
  }
  const threshold = (await getPersonnelSettings(ex, tenantId)).trainingHoursPerYear;
  const { elapsedShare, daysLeft } = yearProgress(year, today);
  const officers = await activeOfficers(ex, { scopeWhere: readScope(actor), tenantId, agencyPath, q: q.q });
  const hours = await trainingHoursByOfficer(
    ex,
    tenantId,
    officers.map((o) => o.id),
    { from: `${year}-01-01`, to: `${year}-12-31` },
  );
  const all: OfficerHoursView[] = officers.map((o) => {
    const h = hours.get(o.id) ?? 0;
    return {
      officerId: o.id,
      name: o.name,
      agencyId: o.agencyId,
      agencyName: o.agencyName,
      hours: h,
      threshold,
      ...hoursStanding(h, threshold, elapsedShare),
    };
  });
  const byAgency = new Map<string, OfficerHoursView[]>();
  for (const r of all) {
    const list = byAgency.get(r.agencyId);
    if (list) list.push(r);
    else byAgency.set(r.agencyId, [r]);
  }
  const shown =
    q.filter === 'not_met'
      ? all.filter((r) => !r.met)
      : q.filter === 'behind_schedule'
        ? all.filter((r) => r.behindSchedule)
        : all;
  return {
    year,
    on: today,
    threshold,
    elapsedShare: Math.round(elapsedShare * 1000) / 1000,
    daysLeft,
    expectedByNow: round1(threshold * elapsedShare),
    officers: shown,
    agencies: [...byAgency.values()].map((rows) => summarise(rows[0].agencyId, rows[0].agencyName, rows)),
    total: summarise(null, '合计', all),
  };
}
