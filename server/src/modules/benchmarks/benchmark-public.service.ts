// The public page of benchmarks (行政处罚法 第三十四条: 行政处罚裁量基准应当向社会公布): every agency's benchmark
// versions in force today and the exemption entries in force, without drafts, versions to come or anything else.
import type { PublicBenchmarks } from '../../../../contracts/benchmark';
import type { Executor } from '../../platform/db/client';
import { shanghaiDate } from '../../platform/legal-date';
import { articleViews, presentContent } from './benchmark.presenter';
import { listExemptionsInForce, listVersionsInForce } from './benchmark.repository';

export async function publicBenchmarks(ex: Executor, tenantId: string, now: Date): Promise<PublicBenchmarks> {
  const on = shanghaiDate(now);
  const versions = (await listVersionsInForce(ex, tenantId, on)).sort(
    (a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code),
  );
  const views = await articleViews(
    ex,
    versions.flatMap((v) => [...v.version.content.violatedRefs, ...v.version.content.penaltyRefs]),
  );
  const exemptions = await listExemptionsInForce(ex, tenantId, on);
  return {
    tenantId,
    on,
    benchmarks: versions.map((v) => ({
      id: v.version.benchmarkId,
      agencyName: v.agencyName,
      code: v.code,
      versionNo: v.version.versionNo,
      effectiveFrom: v.version.effectiveFrom!,
      content: presentContent(v.version.content, views),
    })),
    exemptions: exemptions.map(({ exemption: e, agencyName }) => ({
      id: e.id,
      agencyName,
      kind: e.kind as 'no_penalty' | 'first_violation',
      code: e.code,
      violation: e.violation,
      conditionsText: e.conditionsText,
      basisText: e.basisText,
      measures: e.measures,
      effectiveFrom: e.effectiveFrom!,
    })),
  };
}
