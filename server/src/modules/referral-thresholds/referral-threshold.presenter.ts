// What a caller sees of a referral threshold: the conditions in words, the cited articles, who confirmed it, and
// what the caller may do next.
import type { ArticleRefView } from '../../../../contracts/law';
import {
  describeReferralCondition,
  type ReferralMatch,
  type ReferralSector,
  type ReferralStatus,
  type ReferralThresholdView,
} from '../../../../contracts/referral-threshold';
import { can, type Actor } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/client';
import { describeArticles } from '../laws/law-citation.service';
import type { ThresholdAgency, ThresholdRow } from './referral-threshold.repository';

const refKey = (r: { versionId: string; articleSeq: number; detail?: string }) =>
  `${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`;

export async function presentThresholds(
  ex: Executor,
  rows: readonly { threshold: ThresholdRow; agency: ThresholdAgency }[],
  actor: Actor,
): Promise<ReferralThresholdView[]> {
  const views = await describeArticles(
    ex,
    rows.flatMap((r) => r.threshold.basisRefs),
  );
  const byKey = new Map<string, ArticleRefView>(views.map((v) => [refKey(v), v]));
  return rows.map(({ threshold: t, agency: a }) => {
    const writable =
      a.status === 'active' && can(actor, 'referral_threshold.write', { tenantId: a.tenantId, agencyPath: a.path });
    return {
      id: t.id,
      agency: { id: a.id, name: a.name, tenantId: a.tenantId },
      sector: t.sector as ReferralSector,
      violationType: t.violationType,
      offence: t.offence,
      criminalBasis: t.criminalBasis,
      basisText: t.basisText,
      basis: t.basisRefs.flatMap((ref) => byKey.get(refKey(ref)) ?? []),
      match: t.match as ReferralMatch,
      conditions: t.conditions.map((c) => ({ ...c, summary: describeReferralCondition(c) })),
      demo: t.demo,
      status: t.status as ReferralStatus,
      confirmedAt: t.confirmedAt?.toISOString() ?? null,
      confirmedBy: t.confirmedByName,
      note: t.note,
      sortOrder: t.sortOrder,
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
      abilities: { update: writable, delete: writable, confirm: writable && t.status === 'pending' },
    };
  });
}
