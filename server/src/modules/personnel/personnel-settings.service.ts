// The tenant's personnel settings (training hours, certificate alerts and number format, eligibility window,
// legal-reviewer target): defaults until the justice bureau changes them. Other personnel modules read them here.
import { eq } from 'drizzle-orm';
import type { PersonnelSettingsView } from '../../../../contracts/personnel';
import type { Executor } from '../../platform/db/client';
import type { WriteResult } from '../../platform/http/request';
import { forbidden, invalidInput } from '../../platform/errors';
import { tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import { personnelSettings } from './officer.schema';

export const DEFAULT_PERSONNEL_SETTINGS: PersonnelSettingsView = {
  trainingHoursPerYear: 60,
  certificateAlertDays: [90, 30],
  certificateNumberPattern: null,
  eligibilityWindowMonths: 12,
  legalReviewerTargetPercent: 5,
};

export async function getPersonnelSettings(db: Executor, tenantId: string): Promise<PersonnelSettingsView> {
  const [row] = await db.select().from(personnelSettings).where(eq(personnelSettings.tenantId, tenantId));
  if (!row) return { ...DEFAULT_PERSONNEL_SETTINGS };
  return {
    trainingHoursPerYear: row.trainingHoursPerYear,
    certificateAlertDays: row.certificateAlertDays,
    certificateNumberPattern: row.certificateNumberPattern,
    eligibilityWindowMonths: row.eligibilityWindowMonths,
    legalReviewerTargetPercent: row.legalReviewerTargetPercent,
  };
}

/** Changes the settings of a tenant the actor reaches as a whole (the justice bureau's tenant-wide grant). */
export async function updatePersonnelSettings(
  tx: Executor,
  actor: Actor,
  tenantId: string,
  body: Partial<PersonnelSettingsView>,
  now: Date,
): Promise<WriteResult<PersonnelSettingsView>> {
  if (!tenantsWithWholeScope(actor, 'personnel.configure').includes(tenantId)) throw forbidden();
  if (body.certificateNumberPattern != null) {
    try {
      new RegExp(`^(?:${body.certificateNumberPattern})$`, 'u');
    } catch {
      throw invalidInput({ certificateNumberPattern: 'certificate_pattern_invalid' });
    }
  }
  const next = { ...(await getPersonnelSettings(tx, tenantId)), ...body };
  next.certificateAlertDays = [...new Set(next.certificateAlertDays)].sort((a, b) => b - a);
  const values = { ...next, updatedAt: now, updatedBy: actor.accountId };
  await tx
    .insert(personnelSettings)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: personnelSettings.tenantId, set: values });
  return { result: next, recordIds: [tenantId], tenantId };
}
