// Demo review catalogues for 香格里拉市: the market regulation bureau (two published versions, to show history and
// a diff) and the 建塘镇 government. DEMO DATA: the thresholds follow the common pattern of Yunnan agencies'
// published catalogues (较大数额罚款 个人一万元、单位十万元), not any agency's adopted catalogue; every rule is marked
// demo until the agency edits it.
import { randomUUID } from 'node:crypto';
import type { ArticleRef } from '../../../../contracts/law';
import type { ReviewRuleCondition } from '../../../../contracts/review-catalogue';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { replaceCitations, resolveWrittenCitationPartly } from '../laws/law-citation.service';
import { insertRules, insertVersion, updateRule } from './review-catalogue.repository';
import { reviewCatalogueRules, reviewCatalogueVersions } from './review-catalogue.schema';
import { relinkCatalogueCitations } from './review-catalogue.service';

const YUAN = 100;
const XZCF = '《中华人民共和国行政处罚法》';

interface SeedRule {
  key: string;
  title: string;
  condition: ReviewRuleCondition;
  basisText: string;
}

const MARKET_V1: SeedRule[] = [
  {
    key: 'fine_person',
    title: '拟对公民处以一万元以上罚款的',
    condition: { kind: 'fine_threshold', partyType: 'natural_person', minFineFen: 10_000 * YUAN },
    basisText: `${XZCF}第六十三条第一款第（一）项`,
  },
  {
    key: 'fine_org',
    title: '拟对法人或者其他组织处以十万元以上罚款的',
    condition: { kind: 'fine_threshold', partyType: 'organisation', minFineFen: 100_000 * YUAN },
    basisText: `${XZCF}第六十三条第一款第（一）项`,
  },
  {
    key: 'confiscation',
    title: '拟没收违法所得和非法财物价值合计五万元以上的',
    condition: { kind: 'confiscation_threshold', minValueFen: 50_000 * YUAN },
    basisText: `${XZCF}第六十三条第一款第（二）项`,
  },
  {
    key: 'revoke',
    title: '拟吊销许可证件的',
    condition: { kind: 'licence_revocation' },
    basisText: `${XZCF}第六十三条第一款第（三）项`,
  },
  {
    key: 'qualification',
    title: '拟降低资质等级、限制从业的',
    condition: { kind: 'penalty_kind', kinds: ['lower_qualification', 'restrict_practice'] },
    basisText: `${XZCF}第六十三条第一款`,
  },
  {
    key: 'stop_close',
    title: '拟责令停产停业、责令关闭的',
    condition: { kind: 'stop_or_close' },
    basisText: `${XZCF}第六十三条第一款第（四）项`,
  },
  {
    key: 'hearing',
    title: '直接关系当事人或者第三人重大权益，经过听证程序的',
    condition: { kind: 'hearing_held' },
    basisText: `${XZCF}第五十八条第一款第（二）项`,
  },
  {
    key: 'relations',
    title: '案件情况疑难复杂、涉及多个法律关系的',
    condition: { kind: 'multiple_legal_relations' },
    basisText: `${XZCF}第五十八条第一款第（三）项`,
  },
  {
    key: 'public_interest',
    title: '涉及重大公共利益或者食品药品安全，可能造成重大社会影响的',
    condition: { kind: 'sector', sectors: ['涉及重大公共利益', '食品药品安全'] },
    basisText: `${XZCF}第五十八条第一款第（一）项`,
  },
  {
    key: 'other_law',
    title: '法律、法规规定应当进行法制审核的其他情形',
    condition: { kind: 'free_text' },
    basisText: `${XZCF}第五十八条第一款第（四）项`,
  },
];

/** Version 2: the sectors widen to 生态环境保护, and a tickable item on suspected crimes is added. */
const MARKET_V2: SeedRule[] = MARKET_V1.map((r): SeedRule =>
  r.key === 'public_interest'
    ? {
        ...r,
        title: '涉及重大公共利益、食品药品安全或者生态环境保护，可能造成重大社会影响的',
        condition: { kind: 'sector', sectors: ['涉及重大公共利益', '食品药品安全', '生态环境保护'] },
      }
    : r,
).concat([
  {
    key: 'crime',
    title: '违法行为可能涉嫌犯罪，需要决定是否移送司法机关的',
    condition: { kind: 'free_text' },
    basisText: `${XZCF}第二十七条第一款；《行政执法机关移送涉嫌犯罪案件的规定》第三条`,
  },
]);

const TOWNSHIP: SeedRule[] = [
  {
    key: 'fine_person',
    title: '拟对公民处以一万元以上罚款的',
    condition: { kind: 'fine_threshold', partyType: 'natural_person', minFineFen: 10_000 * YUAN },
    basisText: `${XZCF}第六十三条第一款第（一）项`,
  },
  {
    key: 'fine_org',
    title: '拟对法人或者其他组织处以十万元以上罚款的',
    condition: { kind: 'fine_threshold', partyType: 'organisation', minFineFen: 100_000 * YUAN },
    basisText: `${XZCF}第六十三条第一款第（一）项`,
  },
  {
    key: 'stop_close',
    title: '拟责令停产停业、责令关闭的',
    condition: { kind: 'stop_or_close' },
    basisText: `${XZCF}第六十三条第一款第（四）项`,
  },
  {
    key: 'hearing',
    title: '经过听证程序的',
    condition: { kind: 'hearing_held' },
    basisText: `${XZCF}第五十八条第一款第（二）项`,
  },
  {
    key: 'land',
    title: '涉及违法占地、违法建设等群众切身利益，可能引发矛盾纠纷的',
    condition: { kind: 'free_text' },
    basisText: `${XZCF}第五十八条第一款第（一）项`,
  },
];

/**
 * Resolves each 《…》 part of a written basis on its own, keeping what the library has: seeding may run before
 * the statutes are imported, and a missing one must not stop the seed (the written text is kept either way).
 */
export async function resolveSeedBasis(tx: Tx, text: string, now: Date, on?: string): Promise<ArticleRef[]> {
  return (await resolveWrittenCitationPartly(tx, text, { now, on })).refs;
}

async function seedCatalogue(
  tx: Tx,
  s: { tenantId: string; agencyId: string; agencyName: string; now: Date },
  versions: { effectiveFrom: string; publishedAt: string; note: string; rules: SeedRule[] }[],
) {
  const ruleIds = new Map<string, string>();
  const refsByKey = new Map<string, ArticleRef[]>();
  let versionNo = 0;
  for (const v of versions) {
    const versionId = randomUUID();
    await insertVersion(tx, {
      tenantId: s.tenantId,
      id: versionId,
      agencyId: s.agencyId,
      versionNo: ++versionNo,
      status: 'published',
      effectiveFrom: v.effectiveFrom,
      publishedAt: new Date(`${v.publishedAt}T09:00:00+08:00`),
      publishedByName: '演示数据',
      note: v.note,
      createdAt: s.now,
      updatedAt: s.now,
    });
    const rows = [];
    for (const [i, r] of v.rules.entries()) {
      if (!ruleIds.has(r.key)) ruleIds.set(r.key, randomUUID());
      const basisRefs = await resolveSeedBasis(tx, r.basisText, s.now, v.effectiveFrom);
      refsByKey.set(r.key, basisRefs);
      rows.push({
        tenantId: s.tenantId,
        versionId,
        ruleId: ruleIds.get(r.key)!,
        agencyId: s.agencyId,
        position: (i + 1) * 10,
        title: r.title,
        condition: r.condition,
        basisText: r.basisText,
        basisRefs,
        demo: true,
        createdAt: s.now,
      });
    }
    await insertRules(tx, rows);
  }
  const latest = versions[versions.length - 1].rules;
  for (const r of latest) {
    await replaceCitations(
      tx,
      {
        tenantId: s.tenantId,
        agencyId: s.agencyId,
        kind: 'review_rule',
        id: ruleIds.get(r.key)!,
        label: `${s.agencyName} 法制审核目录：${r.title}`,
      },
      { basis: refsByKey.get(r.key) ?? [] },
    );
  }
}

/** Seeds the demo catalogues; `agencies` maps the seed keys (shangri-la.data.ts) to the agencies made. */
export async function seedReviewCatalogues(
  tx: Tx,
  s: { tenantId: string; agencies: Map<string, { id: string; name: string }>; now: Date },
): Promise<void> {
  const market = s.agencies.get('scjg');
  if (market) {
    await seedCatalogue(tx, { tenantId: s.tenantId, agencyId: market.id, agencyName: market.name, now: s.now }, [
      {
        effectiveFrom: '2024-07-01',
        publishedAt: '2024-06-20',
        note: '演示数据：首次公布',
        rules: MARKET_V1,
      },
      {
        effectiveFrom: '2025-03-01',
        publishedAt: '2025-02-18',
        note: '演示数据：增加生态环境保护领域和涉嫌犯罪移送情形',
        rules: MARKET_V2,
      },
    ]);
  }
  const township = s.agencies.get('jiantang');
  if (township) {
    await seedCatalogue(tx, { tenantId: s.tenantId, agencyId: township.id, agencyName: township.name, now: s.now }, [
      { effectiveFrom: '2025-01-01', publishedAt: '2024-12-20', note: '演示数据', rules: TOWNSHIP },
    ]);
  }
}

/**
 * Links seeded rules whose written basis could not be resolved when they were seeded (the demo tenant is seeded
 * before any statute is imported): call it after importing the statutes. Resolves against the version in force on
 * the rule's effective date and registers the citations; changes nothing else. Idempotent. Returns the rules linked.
 */
export async function linkSeededCatalogueCitations(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ rule: reviewCatalogueRules, effectiveFrom: reviewCatalogueVersions.effectiveFrom })
      .from(reviewCatalogueRules)
      .innerJoin(
        reviewCatalogueVersions,
        and(
          eq(reviewCatalogueVersions.tenantId, reviewCatalogueRules.tenantId),
          eq(reviewCatalogueVersions.id, reviewCatalogueRules.versionId),
        ),
      )
      .where(
        and(
          eq(reviewCatalogueRules.demo, true),
          isNotNull(reviewCatalogueRules.basisText),
          sql`${reviewCatalogueRules.basisRefs} = '[]'::jsonb`,
        ),
      );
    const agencies = new Map<string, { tenantId: string; agencyId: string }>();
    let linked = 0;
    for (const { rule, effectiveFrom } of rows) {
      const refs = await resolveSeedBasis(tx, rule.basisText!, now, effectiveFrom ?? undefined);
      if (refs.length === 0) continue;
      await updateRule(tx, rule.tenantId, rule.versionId, rule.ruleId, { basisRefs: refs });
      agencies.set(`${rule.tenantId}:${rule.agencyId}`, { tenantId: rule.tenantId, agencyId: rule.agencyId });
      linked++;
    }
    for (const a of agencies.values()) await relinkCatalogueCitations(tx, a.tenantId, a.agencyId, now);
    return linked;
  });
}
