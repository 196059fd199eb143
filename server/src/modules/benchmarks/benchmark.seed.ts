// Seeds the demo benchmarks and exemption entries of 香格里拉市市场监督管理局 (demo data, marked as such), published
// from 2024-07-01. Idempotent: a code already there is left as it is, except that references missing because the
// law library was empty at the first seed are filled in once the laws are there.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { benchmarkDraftBody, exemptionBody, type BenchmarkContent } from '../../../../contracts/benchmark';
import type { ArticleRef } from '../../../../contracts/law';
import type { AppContext } from '../../platform/context';
import type { Executor, Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import { replaceCitations, resolveWrittenCitation } from '../laws/law-citation.service';
import { contentFromDraft, validateBenchmarkContent } from './benchmark-evaluate';
import { levelSetOf } from './benchmark-level-set.service';
import { DEMO_BENCHMARKS, DEMO_EXEMPTIONS } from './benchmark.demo-data';
import { benchmarkExemptions, benchmarks, benchmarkVersions } from './benchmark.schema';

const DEMO_AGENCY = '香格里拉市市场监督管理局';
const DEMO_EFFECTIVE_FROM = '2024-07-01';

async function refsOrNone(ex: Executor, text: string, now: Date): Promise<ArticleRef[]> {
  try {
    return await resolveWrittenCitation(ex, text, { field: 'text', now });
  } catch {
    return []; // the law is not in the library (yet)
  }
}

export async function seedDemoBenchmarks(ctx: AppContext, tenantId: string): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(533402)`);
    const [agency] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(eq(agencies.tenantId, tenantId), eq(agencies.name, DEMO_AGENCY)));
    if (!agency) return;
    const levelSet = await levelSetOf(tx, tenantId);
    const ids = new Map<string, string>();
    for (const demo of DEMO_BENCHMARKS) {
      const draft = benchmarkDraftBody.parse(demo);
      const refs = {
        violatedRefs: await refsOrNone(tx, draft.violatedText, now),
        penaltyRefs: await refsOrNone(tx, draft.penaltyText, now),
      };
      const [existing] = await tx
        .select()
        .from(benchmarks)
        .where(
          and(eq(benchmarks.tenantId, tenantId), eq(benchmarks.agencyId, agency.id), eq(benchmarks.code, draft.code)),
        );
      if (existing) {
        ids.set(draft.code, existing.id);
        await fillMissingRefs(tx, existing, refs);
        continue;
      }
      const content = contentFromDraft(draft, levelSet, refs);
      const problems = validateBenchmarkContent(content, levelSet);
      if (Object.keys(problems).length) throw new Error(`demo benchmark ${draft.code}: ${JSON.stringify(problems)}`);
      const id = randomUUID();
      ids.set(draft.code, id);
      const row = { tenantId, id, agencyId: agency.id, code: draft.code, violation: draft.violation };
      await tx
        .insert(benchmarks)
        .values({ ...row, latestVersion: 1, draftVersion: null, createdAt: now, updatedAt: now });
      await tx.insert(benchmarkVersions).values({
        tenantId,
        benchmarkId: id,
        versionNo: 1,
        status: 'published',
        content,
        effectiveFrom: DEMO_EFFECTIVE_FROM,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await cite(tx, row, content);
    }
    for (const { benchmarkCode, ...demo } of DEMO_EXEMPTIONS) {
      const body = exemptionBody.parse(demo);
      const [existing] = await tx
        .select({ id: benchmarkExemptions.id })
        .from(benchmarkExemptions)
        .where(
          and(
            eq(benchmarkExemptions.tenantId, tenantId),
            eq(benchmarkExemptions.agencyId, agency.id),
            eq(benchmarkExemptions.code, body.code),
          ),
        );
      if (existing) continue;
      const id = randomUUID();
      const basisRefs = await refsOrNone(tx, body.basisText, now);
      await tx.insert(benchmarkExemptions).values({
        tenantId,
        id,
        agencyId: agency.id,
        kind: body.kind,
        code: body.code,
        violation: body.violation,
        benchmarkId: benchmarkCode ? (ids.get(benchmarkCode) ?? null) : null,
        conditionsText: body.conditionsText,
        conditions: body.conditions,
        basisText: body.basisText,
        basisRefs,
        measures: body.measures,
        status: 'published',
        effectiveFrom: DEMO_EFFECTIVE_FROM,
        createdAt: now,
        updatedAt: now,
      });
      if (basisRefs.length) {
        await replaceCitations(
          tx,
          { tenantId, agencyId: agency.id, kind: 'benchmark', id, label: `清单 ${body.code} ${body.violation}` },
          { exemption_basis: basisRefs },
        );
      }
    }
  });
}

async function cite(
  tx: Tx,
  b: { tenantId: string; id: string; agencyId: string; code: string; violation: string },
  content: BenchmarkContent,
) {
  if (!content.violatedRefs.length && !content.penaltyRefs.length) return;
  await replaceCitations(
    tx,
    { tenantId: b.tenantId, agencyId: b.agencyId, kind: 'benchmark', id: b.id, label: `${b.code} ${b.violation}` },
    { violated: content.violatedRefs, penalty: content.penaltyRefs },
  );
}

/** The first seed may have run before the laws were imported: link the demo version to them now. */
async function fillMissingRefs(
  tx: Tx,
  b: typeof benchmarks.$inferSelect,
  refs: { violatedRefs: ArticleRef[]; penaltyRefs: ArticleRef[] },
) {
  const [v] = await tx
    .select()
    .from(benchmarkVersions)
    .where(
      and(
        eq(benchmarkVersions.tenantId, b.tenantId),
        eq(benchmarkVersions.benchmarkId, b.id),
        eq(benchmarkVersions.versionNo, 1),
      ),
    );
  if (!v || v.publishedBy !== null || v.content.violatedRefs.length || v.content.penaltyRefs.length) return;
  if (!refs.violatedRefs.length && !refs.penaltyRefs.length) return;
  const content = { ...v.content, ...refs };
  await tx
    .update(benchmarkVersions)
    .set({ content })
    .where(
      and(
        eq(benchmarkVersions.tenantId, b.tenantId),
        eq(benchmarkVersions.benchmarkId, b.id),
        eq(benchmarkVersions.versionNo, 1),
      ),
    );
  await cite(tx, b, content);
}
