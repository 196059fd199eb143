// Test fixtures of the transfers module, written straight to the database (for the authorisation matrix).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { TransferPlanState } from '../../../../contracts/transfer';
import type { AppContext } from '../../platform/context';
import { makeOfficer } from '../../testing/factories';
import {
  agencyStaffingMinimums,
  secondments,
  transferPlans,
  transferSettings,
  type StoredTransferItem,
} from './transfer.schema';

type Agency = { tenantId: string; id: string };

/** A plan in the given state with one due item (a new front-line recruit, so that it touches no officer). */
export async function insertPlanFixture(
  ctx: AppContext,
  agency: Agency,
  state: TransferPlanState,
  title = `矩阵调动计划${randomUUID().slice(0, 8)}`,
): Promise<string> {
  const id = randomUUID();
  const item: StoredTransferItem = {
    id: randomUUID(),
    kind: 'in',
    officerId: null,
    officerName: null,
    officerAgencyId: null,
    officerFrontLine: null,
    destinationAgencyId: null,
    destinationName: null,
    newPersonName: '矩阵新进人员',
    post: '执法队员',
    frontLine: true,
    effectiveDate: '2020-01-01',
    reason: '补充',
    executedAt: null,
    outcome: null,
  };
  await ctx.db.insert(transferPlans).values({
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    title,
    year: 2026,
    state,
    items: [item],
    submittedAt: state === 'draft' ? null : new Date(),
  });
  return id;
}

export const planSnapshot = (ctx: AppContext, tenantId: string, id: string) => () =>
  ctx.db
    .select()
    .from(transferPlans)
    .where(and(eq(transferPlans.tenantId, tenantId), eq(transferPlans.id, id)));

export const plansTitled = (ctx: AppContext, tenantId: string, title: string) => () =>
  ctx.db
    .select()
    .from(transferPlans)
    .where(and(eq(transferPlans.tenantId, tenantId), eq(transferPlans.title, title)));

/** An active secondment, past its expected end (flagged), of a fresh seconded officer of the agency. */
export async function insertSecondmentFixture(ctx: AppContext, agency: Agency) {
  const officer = await makeOfficer(ctx, agency, { status: 'seconded' });
  const id = randomUUID();
  await ctx.db.insert(secondments).values({
    tenantId: agency.tenantId,
    id,
    officerId: officer.id,
    agencyId: agency.id,
    destination: '矩阵借调去向',
    startDate: '2020-01-01',
    expectedEndDate: '2020-06-30',
    reason: '矩阵',
    approvalDocNo: '矩阵文号',
  });
  return { id, officerId: officer.id };
}

export const secondmentSnapshot = (ctx: AppContext, tenantId: string, id: string) => () =>
  ctx.db
    .select()
    .from(secondments)
    .where(and(eq(secondments.tenantId, tenantId), eq(secondments.id, id)));

export const secondmentsOfOfficer = (ctx: AppContext, tenantId: string, officerId: string) => () =>
  ctx.db
    .select()
    .from(secondments)
    .where(and(eq(secondments.tenantId, tenantId), eq(secondments.officerId, officerId)));

export const minimumSnapshot = (ctx: AppContext, tenantId: string, agencyId: string) => () =>
  ctx.db
    .select()
    .from(agencyStaffingMinimums)
    .where(and(eq(agencyStaffingMinimums.tenantId, tenantId), eq(agencyStaffingMinimums.agencyId, agencyId)));

export const transferSettingsSnapshot = (ctx: AppContext, tenantId: string) => () =>
  ctx.db.select().from(transferSettings).where(eq(transferSettings.tenantId, tenantId));

/** A front-line officer in post of the agency. */
export const officerFixture = (ctx: AppContext, agency: Agency) => makeOfficer(ctx, agency);
