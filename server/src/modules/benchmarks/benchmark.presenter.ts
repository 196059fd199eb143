// What a caller sees of a benchmark, its versions and the exemption entries, and what they may do next.
import type {
  BenchmarkContent,
  BenchmarkContentView,
  BenchmarkSummary,
  BenchmarkVersionSummary,
  ExemptionView,
} from '../../../../contracts/benchmark';
import { describeGroup } from '../../../../contracts/benchmark';
import type { ArticleRef, ArticleRefView } from '../../../../contracts/law';
import { can, type Actor } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/client';
import { describeArticles } from '../laws/law-citation.service';
import type { AgencyOfRow, BenchmarkRow, BenchmarkVersionRow, ExemptionRow } from './benchmark.repository';

/** Describes every reference of several contents in one query. */
export async function articleViews(ex: Executor, refs: readonly ArticleRef[]): Promise<Map<string, ArticleRefView>> {
  const views = await describeArticles(ex, refs);
  return new Map(views.map((v) => [`${v.versionId}:${v.articleSeq}:${v.detail ?? ''}`, v]));
}
const viewsOf = (refs: readonly ArticleRef[], views: Map<string, ArticleRefView>) =>
  refs.flatMap((r) => views.get(`${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`) ?? []);

export function presentContent(content: BenchmarkContent, views: Map<string, ArticleRefView>): BenchmarkContentView {
  return {
    violation: content.violation,
    violatedText: content.violatedText,
    violatedRefs: viewsOf(content.violatedRefs, views),
    penaltyText: content.penaltyText,
    penaltyRefs: viewsOf(content.penaltyRefs, views),
    notes: content.notes,
    levels: content.levels.map((l) => ({
      key: l.key,
      name: l.name,
      conditionsText: l.conditionsText,
      conditions: l.conditions,
      conditionsDsl: describeGroup(l.conditions),
      penalties: l.penalties,
    })),
  };
}

export async function presentContentAlone(ex: Executor, content: BenchmarkContent): Promise<BenchmarkContentView> {
  return presentContent(content, await articleViews(ex, [...content.violatedRefs, ...content.penaltyRefs]));
}

/** Which published version is in force on `today`, and which one is scheduled next. */
export function versionStates(versions: readonly BenchmarkVersionRow[], today: string) {
  const published = versions
    .filter((v) => v.status === 'published')
    .sort((a, b) => b.effectiveFrom!.localeCompare(a.effectiveFrom!) || b.versionNo - a.versionNo);
  const inForce = published.find((v) => v.effectiveFrom! <= today) ?? null;
  const scheduled =
    published.filter((v) => v.effectiveFrom! > today && (!inForce || v.versionNo > inForce.versionNo)).at(-1) ?? null;
  return { inForce, scheduled };
}

export function presentVersionSummary(
  v: BenchmarkVersionRow,
  inForce: BenchmarkVersionRow | null,
  today: string,
): BenchmarkVersionSummary {
  const state: BenchmarkVersionSummary['state'] =
    v.status === 'draft'
      ? 'draft'
      : v.effectiveFrom! > today
        ? 'scheduled'
        : v.versionNo === inForce?.versionNo
          ? 'in_force'
          : 'superseded';
  return {
    versionNo: v.versionNo,
    status: v.status as BenchmarkVersionSummary['status'],
    effectiveFrom: v.effectiveFrom,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    publishedBy: v.publishedBy,
    updatedAt: v.updatedAt.toISOString(),
    state,
  };
}

export function presentSummary(
  row: BenchmarkRow,
  agency: AgencyOfRow,
  versions: readonly BenchmarkVersionRow[],
  actor: Actor,
  today: string,
): BenchmarkSummary {
  const writable = can(actor, 'benchmark.write', { tenantId: row.tenantId, agencyPath: agency.path });
  const { inForce, scheduled } = versionStates(versions, today);
  const latest = versions.reduce<BenchmarkVersionRow | null>((a, v) => (!a || v.versionNo > a.versionNo ? v : a), null);
  return {
    id: row.id,
    tenantId: row.tenantId,
    agencyId: row.agencyId,
    agencyName: agency.name,
    code: row.code,
    violation: row.violation,
    levelNames: latest?.content.levels.map((l) => l.name.zh) ?? [],
    draftVersionNo: row.draftVersion,
    inForceVersionNo: inForce?.versionNo ?? null,
    inForceFrom: inForce?.effectiveFrom ?? null,
    scheduledVersionNo: scheduled?.versionNo ?? null,
    updatedAt: row.updatedAt.toISOString(),
    abilities: {
      edit: writable,
      publish: writable && row.draftVersion !== null,
      discardDraft: writable && row.draftVersion !== null,
    },
  };
}

export function presentExemption(
  row: ExemptionRow,
  agency: AgencyOfRow,
  views: Map<string, ArticleRefView>,
  actor: Actor,
): ExemptionView {
  const writable = can(actor, 'benchmark.write', { tenantId: row.tenantId, agencyPath: agency.path });
  return {
    id: row.id,
    tenantId: row.tenantId,
    agencyId: row.agencyId,
    agencyName: agency.name,
    kind: row.kind as ExemptionView['kind'],
    code: row.code,
    violation: row.violation,
    benchmarkId: row.benchmarkId,
    conditionsText: row.conditionsText,
    conditions: row.conditions ?? null,
    conditionsDsl: describeGroup(row.conditions ?? null),
    basisText: row.basisText,
    basisRefs: viewsOf(row.basisRefs, views),
    measures: row.measures,
    status: row.status as ExemptionView['status'],
    effectiveFrom: row.effectiveFrom,
    withdrawnOn: row.withdrawnOn,
    updatedAt: row.updatedAt.toISOString(),
    abilities: {
      edit: writable && row.status === 'draft',
      publish: writable && row.status === 'draft',
      withdraw: writable && row.status === 'published',
      delete: writable && row.status === 'draft',
    },
  };
}
