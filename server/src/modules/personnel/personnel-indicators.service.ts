// Per-agency personnel indicators (队伍建设指标) over the agencies the reader reaches: share of officers in post
// holding a valid certificate (行政处罚法第四十二条: enforcement only by certified officers), legal reviewers among
// officers (target 5 %, configurable), officers who met the yearly training hours, and the exam pass rate.
// Officers in post are the denominator: seconded, suspended, transferred and retired officers do not enforce.
import { and, asc, eq } from 'drizzle-orm';
import type { PersonnelIndicatorsView } from '../../../../contracts/personnel';
import { scopesFor, type Actor } from '../../platform/auth/policy';
import { agencyScopeWhere } from '../../platform/auth/scope-sql';
import type { Executor } from '../../platform/db/client';
import { shanghaiDate } from '../../platform/legal-date';
import { agencies } from '../agencies/agency.schema';
import { officersWithValidCertificate } from '../certificates/certificate-status.service';
import { examTallyByAgency } from '../exams/exam-result.service';
import { trainingHoursByOfficer } from '../training/training-hours.service';
import { officers } from './officer.schema';
import { indicatorsOf, sumCounts, type AgencyCounts } from './personnel-indicators';
import { getPersonnelSettings } from './personnel-settings.service';

export async function personnelIndicators(
  db: Executor,
  actor: Actor,
  query: { year?: number },
  now: Date,
): Promise<PersonnelIndicatorsView> {
  const today = shanghaiDate(now);
  const year = query.year ?? Number(today.slice(0, 4));
  // Certificates are counted as valid today for the current year, and on the year's last day for a past year.
  const on = year === Number(today.slice(0, 4)) ? today : `${year}-12-31`;
  const tenantId = actor.tenantId;
  const settings = await getPersonnelSettings(db, tenantId);
  const scope = agencyScopeWhere(scopesFor(actor, 'personnel.read'), {
    tenantId: agencies.tenantId,
    agencyId: agencies.id,
    path: agencies.path,
  });
  const reached = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), scope))
    .orderBy(asc(agencies.sortOrder), asc(agencies.name));
  const inPost = await db
    .select({ id: officers.id, agencyId: officers.agencyId, legalReviewer: officers.legalReviewer })
    .from(officers)
    .innerJoin(agencies, and(eq(agencies.tenantId, officers.tenantId), eq(agencies.id, officers.agencyId)))
    .where(and(eq(officers.tenantId, tenantId), eq(officers.status, 'in_post'), scope));
  const ids = inPost.map((o) => o.id);
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const [valid, hours, exams] = [
    await officersWithValidCertificate(db, tenantId, on, ids),
    await trainingHoursByOfficer(db, tenantId, ids, period),
    await examTallyByAgency(db, tenantId, period),
  ];
  const counts = new Map<string, AgencyCounts>(
    reached.map((a) => [
      a.id,
      {
        agencyId: a.id,
        agencyName: a.name,
        officersInPost: 0,
        withValidCertificate: 0,
        legalReviewers: 0,
        trainingHoursMet: 0,
        examSat: 0,
        examPassed: 0,
      },
    ]),
  );
  for (const o of inPost) {
    const c = counts.get(o.agencyId);
    if (!c) continue;
    c.officersInPost++;
    if (valid.has(o.id)) c.withValidCertificate++;
    if (o.legalReviewer) c.legalReviewers++;
    if ((hours.get(o.id) ?? 0) >= settings.trainingHoursPerYear) c.trainingHoursMet++;
  }
  for (const t of exams) {
    const c = counts.get(t.agencyId);
    if (!c) continue;
    c.examSat += t.sat;
    c.examPassed += t.passed;
  }
  // Agencies without officers (e.g. a bureau's internal offices) would only add empty rows.
  const rows = [...counts.values()].filter((c) => c.officersInPost > 0 || c.examSat > 0);
  const target = settings.legalReviewerTargetPercent;
  return {
    year,
    on,
    trainingHoursPerYear: settings.trainingHoursPerYear,
    legalReviewerTargetPercent: target,
    agencies: rows.map((c) => indicatorsOf(c, target)),
    total: indicatorsOf(sumCounts(rows, '合计'), target),
  };
}
