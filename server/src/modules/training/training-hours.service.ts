// Training hours of officers over a period: what the certificate eligibility check and the indicators read.
// STUB with its final signature: the training module replaces the body.
import type { Executor } from '../../platform/db/client';

/**
 * Hours each officer completed (attendance confirmed) in courses ending within [from, to] (Asia/Shanghai dates,
 * YYYY-MM-DD, inclusive). Officers with no hours are absent from the map.
 */
export async function trainingHoursByOfficer(
  _db: Executor,
  _tenantId: string,
  _officerIds: string[],
  _period: { from: string; to: string },
): Promise<Map<string, number>> {
  return new Map();
}
