// Test fixtures: a catalogue written straight to the database (for the authorisation matrix and other tests).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { reviewCatalogueRules, reviewCatalogueVersions } from './review-catalogue.schema';

export interface CatalogueFixture {
  versionId: string;
  versionNo: number;
  /** A fine threshold (natural person, 10,000 yuan) and a tickable free-text item. */
  fineRuleId: string;
  tickRuleId: string;
}

/** A version of an agency's catalogue with two rules: published (in force since 2020-01-01) or a draft. */
export async function insertCatalogueFixture(
  ex: Executor,
  agency: { tenantId: string; id: string },
  status: 'published' | 'draft' = 'published',
): Promise<CatalogueFixture> {
  const versionId = randomUUID();
  const [fineRuleId, tickRuleId] = [randomUUID(), randomUUID()];
  await ex.insert(reviewCatalogueVersions).values({
    tenantId: agency.tenantId,
    id: versionId,
    agencyId: agency.id,
    versionNo: 1,
    status,
    effectiveFrom: status === 'published' ? '2020-01-01' : null,
    publishedAt: status === 'published' ? new Date('2019-12-20T01:00:00Z') : null,
    publishedByName: status === 'published' ? '测试' : null,
  });
  await ex.insert(reviewCatalogueRules).values([
    {
      tenantId: agency.tenantId,
      versionId,
      ruleId: fineRuleId,
      agencyId: agency.id,
      position: 10,
      title: '拟对公民处以一万元以上罚款的',
      condition: { kind: 'fine_threshold', partyType: 'natural_person', minFineFen: 1_000_000 },
    },
    {
      tenantId: agency.tenantId,
      versionId,
      ruleId: tickRuleId,
      agencyId: agency.id,
      position: 20,
      title: '社会影响较大的',
      condition: { kind: 'free_text' },
    },
  ]);
  return { versionId, versionNo: 1, fineRuleId, tickRuleId };
}

const published = new Map<string, Promise<CatalogueFixture>>();

/** One published catalogue per agency, made on first use; `onCreate` sees its ids once. */
export function publishedCatalogueOf(
  ex: Executor,
  agency: { tenantId: string; id: string },
  onCreate?: (ids: string[]) => void,
): Promise<CatalogueFixture> {
  if (!published.has(agency.id)) {
    published.set(
      agency.id,
      insertCatalogueFixture(ex, agency).then((f) => {
        onCreate?.([f.versionId, f.fineRuleId, f.tickRuleId]);
        return f;
      }),
    );
  }
  return published.get(agency.id)!;
}

/** Everything of an agency's catalogue, to compare before and after a refused write. */
export async function catalogueSnapshot(ex: Executor, agency: { tenantId: string; id: string }) {
  const versions = await ex
    .select()
    .from(reviewCatalogueVersions)
    .where(and(eq(reviewCatalogueVersions.tenantId, agency.tenantId), eq(reviewCatalogueVersions.agencyId, agency.id)));
  const rules = await ex
    .select()
    .from(reviewCatalogueRules)
    .where(and(eq(reviewCatalogueRules.tenantId, agency.tenantId), eq(reviewCatalogueRules.agencyId, agency.id)));
  const order = (a: { ruleId?: string; id?: string }, b: { ruleId?: string; id?: string }) =>
    String(a.ruleId ?? a.id).localeCompare(String(b.ruleId ?? b.id));
  return { versions: versions.sort(order), rules: rules.sort(order) };
}
