// What a caller sees of a review catalogue: versions with their state on a date, rules in words with the cited
// articles, and what the caller may do next.
import type { ArticleRefView } from '../../../../contracts/law';
import {
  describeReviewCondition,
  type CatalogueVersionState,
  type CatalogueVersionSummary,
  type CatalogueVersionView,
  type ReviewRuleView,
} from '../../../../contracts/review-catalogue';
import type { Executor } from '../../platform/db/client';
import { describeArticles } from '../laws/law-citation.service';
import type { CatalogueRuleRow, CatalogueVersionRow } from './review-catalogue.repository';

export interface VersionWithCounts {
  version: CatalogueVersionRow;
  ruleCount: number;
  demo: boolean;
}

/**
 * The state of each version on `today`: the published version with the latest effective date not after today is
 * in force, later ones are scheduled, earlier ones superseded.
 */
export function versionStates(
  versions: readonly CatalogueVersionRow[],
  today: string,
): Map<string, CatalogueVersionState> {
  const states = new Map<string, CatalogueVersionState>();
  const published = versions
    .filter((v) => v.status === 'published')
    .sort((a, b) =>
      a.effectiveFrom! < b.effectiveFrom! ? -1 : a.effectiveFrom! > b.effectiveFrom! ? 1 : a.versionNo - b.versionNo,
    );
  const inForce = [...published].reverse().find((v) => v.effectiveFrom! <= today);
  for (const v of versions) {
    if (v.status === 'draft') states.set(v.id, 'draft');
    else if (v === inForce) states.set(v.id, 'in_force');
    else states.set(v.id, v.effectiveFrom! > today ? 'scheduled' : 'superseded');
  }
  return states;
}

export function presentVersionSummary(v: VersionWithCounts, state: CatalogueVersionState): CatalogueVersionSummary {
  return {
    versionNo: v.version.versionNo,
    state,
    effectiveFrom: v.version.effectiveFrom,
    publishedAt: v.version.publishedAt?.toISOString() ?? null,
    publishedBy: v.version.publishedByName,
    note: v.version.note,
    ruleCount: v.ruleCount,
    demo: v.demo,
  };
}

const refKey = (r: { versionId: string; articleSeq: number; detail?: string }) =>
  `${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`;

/** The rules with their cited articles described (one query for all of them). */
export async function presentRules(ex: Executor, rules: readonly CatalogueRuleRow[]): Promise<ReviewRuleView[]> {
  const views = await describeArticles(
    ex,
    rules.flatMap((r) => r.basisRefs),
  );
  const byKey = new Map<string, ArticleRefView>(views.map((v) => [refKey(v), v]));
  return rules.map((r) => ({
    ruleId: r.ruleId,
    position: r.position,
    title: r.title,
    condition: r.condition,
    basisText: r.basisText,
    basis: r.basisRefs.flatMap((ref) => byKey.get(refKey(ref)) ?? []),
    demo: r.demo,
    summary: describeReviewCondition(r.condition),
  }));
}

export async function presentVersion(
  ex: Executor,
  v: VersionWithCounts,
  state: CatalogueVersionState,
  rules: readonly CatalogueRuleRow[],
): Promise<CatalogueVersionView> {
  return { ...presentVersionSummary(v, state), rules: await presentRules(ex, rules) };
}
