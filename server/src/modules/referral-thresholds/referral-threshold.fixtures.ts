// Test fixtures: a referral threshold written straight to the database (for the authorisation matrix).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { referralThresholds } from './referral-threshold.schema';

export interface ThresholdFixture {
  id: string;
  violationType: string;
}

/** A pending demo threshold (滥伐林木: ten cubic metres) of the agency. */
export async function insertThresholdFixture(
  ex: Executor,
  agency: { tenantId: string; id: string },
  violationType = `滥伐林木${randomUUID().slice(0, 8)}`,
): Promise<ThresholdFixture> {
  const id = randomUUID();
  await ex.insert(referralThresholds).values({
    tenantId: agency.tenantId,
    id,
    agencyId: agency.id,
    sector: 'forestry_grassland',
    violationType,
    offence: '滥伐林木罪',
    criminalBasis: '《中华人民共和国刑法》第三百四十五条第二款',
    match: 'any',
    conditions: [{ id: randomUUID(), kind: 'quantity', measure: 'timber_volume', min: 10 }],
    demo: true,
  });
  return { id, violationType };
}

const memo = new Map<string, Promise<ThresholdFixture>>();

/** One threshold per agency, made on first use; `onCreate` sees its id once. */
export function thresholdOf(
  ex: Executor,
  agency: { tenantId: string; id: string },
  onCreate?: (ids: string[]) => void,
): Promise<ThresholdFixture> {
  if (!memo.has(agency.id)) {
    memo.set(
      agency.id,
      insertThresholdFixture(ex, agency).then((f) => {
        onCreate?.([f.id]);
        return f;
      }),
    );
  }
  return memo.get(agency.id)!;
}

export const thresholdRow = (ex: Executor, t: { tenantId: string; id: string }) =>
  ex
    .select()
    .from(referralThresholds)
    .where(and(eq(referralThresholds.tenantId, t.tenantId), eq(referralThresholds.id, t.id)));

export const thresholdsNamed = (ex: Executor, tenantId: string, violationType: string) =>
  ex
    .select()
    .from(referralThresholds)
    .where(and(eq(referralThresholds.tenantId, tenantId), eq(referralThresholds.violationType, violationType)));
