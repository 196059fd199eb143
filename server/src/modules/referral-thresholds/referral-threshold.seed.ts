// Demo referral thresholds for the agencies of 香格里拉市. DEMO DATA, TO BE CONFIRMED BY EACH AGENCY: the figures
// follow the 立案追诉标准 (最高人民检察院、公安部《关于公安机关管辖的刑事案件立案追诉标准的规定（一）》2008 and its
// 2017 supplement, 《…（二）》2022) and the judicial interpretations named in each row, as best known when this
// file was written; several have since been revised (notably 法释〔2023〕8号 on forest resources). Every row is
// seeded as demo + pending, and the UI says so, until the agency's legal office checks it and confirms it.
import { randomUUID } from 'node:crypto';
import type { ReferralConditionInput, ReferralMatch, ReferralSector } from '../../../../contracts/referral-threshold';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { agencies } from '../agencies/agency.schema';
import type { ArticleRef } from '../../../../contracts/law';
import { replaceCitations, resolveWrittenCitationPartly } from '../laws/law-citation.service';
import { insertThreshold, updateThresholdRow } from './referral-threshold.repository';
import { referralThresholds } from './referral-threshold.schema';

const YUAN = 100;
const REFERRAL = '《行政执法机关移送涉嫌犯罪案件的规定》第三条';
const STANDARD_1 = '《最高人民检察院 公安部关于公安机关管辖的刑事案件立案追诉标准的规定（一）》（2008年）';
const STANDARD_2 = '《最高人民检察院 公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）》（2022年）';
const CHECK = '演示数据：请本单位法制机构对照现行刑法、司法解释和立案追诉标准核实后确认。';

interface SeedThreshold {
  agency: string;
  sector: ReferralSector;
  violationType: string;
  offence: string;
  criminalBasis: string;
  basisText: string;
  match: ReferralMatch;
  conditions: ReferralConditionInput[];
  note: string;
}

const amount = (
  measure:
    'amount_involved' | 'sales_amount' | 'goods_value' | 'illegal_gains' | 'wildlife_value' | 'direct_economic_loss',
  yuan: number,
): ReferralConditionInput => ({
  kind: 'amount',
  measure,
  minFen: yuan * YUAN,
});
const circumstance = (text: string): ReferralConditionInput => ({ kind: 'circumstance', text });

export const DEMO_THRESHOLDS: SeedThreshold[] = [
  // --- 食品药品 (市场监督管理局) -------------------------------------------------------------------------------
  {
    agency: 'scjg',
    sector: 'food_drug',
    violationType: '生产、销售不符合食品安全标准的食品',
    offence: '生产、销售不符合安全标准的食品罪',
    criminalBasis:
      '《中华人民共和国刑法》第一百四十三条；《最高人民法院 最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释》（法释〔2021〕24号）第一条',
    basisText: `${REFERRAL}；《中华人民共和国食品安全法》第一百二十一条第一款`,
    match: 'any',
    conditions: [
      circumstance(
        '含有严重超出标准限量的致病性微生物、农药残留、兽药残留、生物毒素、重金属等污染物质以及其他严重危害人体健康的物质的',
      ),
      circumstance('属于病死、死因不明或者检验检疫不合格的畜、禽、兽、水产动物肉类及其制品的'),
      circumstance('属于国家为防控疾病等特殊需要明令禁止生产、销售的'),
      circumstance('特殊医学用途配方食品、专供婴幼儿的主辅食品营养成分严重不符合食品安全标准的'),
      { kind: 'harm', measure: 'poisoned', min: 1 },
    ],
    note: `本罪为危险犯，以“足以造成严重食物中毒事故或者其他严重食源性疾病”为要件，不以金额为起点。${CHECK}`,
  },
  {
    agency: 'scjg',
    sector: 'food_drug',
    violationType: '在食品中掺入有毒、有害的非食品原料',
    offence: '生产、销售有毒、有害食品罪',
    criminalBasis:
      '《中华人民共和国刑法》第一百四十四条；《最高人民法院 最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释》（法释〔2021〕24号）第九条',
    basisText: `${REFERRAL}；《中华人民共和国食品安全法》第一百二十一条第一款`,
    match: 'any',
    conditions: [
      circumstance('在生产、销售的食品中掺入有毒、有害的非食品原料，或者销售明知掺有有毒、有害的非食品原料的食品的'),
    ],
    note: `本罪为行为犯，不以金额、后果为起点。${CHECK}`,
  },
  {
    agency: 'scjg',
    sector: 'market',
    violationType: '生产、销售伪劣产品（掺杂掺假、以假充真、以次充好、以不合格产品冒充合格产品）',
    offence: '生产、销售伪劣产品罪',
    criminalBasis: `《中华人民共和国刑法》第一百四十条；${STANDARD_1}第十六条`,
    basisText: `${REFERRAL}；《中华人民共和国产品质量法》第五十条`,
    match: 'any',
    conditions: [
      amount('sales_amount', 50_000),
      amount('goods_value', 150_000),
      {
        kind: 'amount_sum',
        terms: [
          { measure: 'sales_amount', factor: 3 },
          { measure: 'goods_value', factor: 1 },
        ],
        minFen: 150_000 * YUAN,
      },
    ],
    note: `伪劣产品尚未销售、货值金额达到销售金额标准三倍以上的，以未遂论；销售金额不满五万元的，已销售金额乘以三倍后与尚未销售的货值金额合计十五万元以上。${CHECK}`,
  },
  {
    agency: 'scjg',
    sector: 'food_drug',
    violationType: '生产、销售、提供假药',
    offence: '生产、销售、提供假药罪',
    criminalBasis:
      '《中华人民共和国刑法》第一百四十一条（《刑法修正案（十一）》修改）；《最高人民法院 最高人民检察院关于办理危害药品安全刑事案件适用法律若干问题的解释》（法释〔2022〕1号）',
    basisText: REFERRAL,
    match: 'any',
    conditions: [circumstance('生产、销售、提供经认定属于《药品管理法》规定的假药的药品的')],
    note: `本罪不以数额为起点，经认定为假药即应移送。${CHECK}`,
  },
  {
    agency: 'scjg',
    sector: 'food_drug',
    violationType: '生产、销售、提供劣药',
    offence: '生产、销售、提供劣药罪',
    criminalBasis:
      '《中华人民共和国刑法》第一百四十二条；《最高人民法院 最高人民检察院关于办理危害药品安全刑事案件适用法律若干问题的解释》（法释〔2022〕1号）第五条',
    basisText: REFERRAL,
    match: 'any',
    conditions: [
      { kind: 'harm', measure: 'light_injuries', min: 1 },
      { kind: 'harm', measure: 'serious_injuries', min: 1 },
      { kind: 'harm', measure: 'deaths', min: 1 },
      circumstance('造成轻度残疾或者中度残疾、器官组织损伤导致一般功能障碍等对人体健康造成严重危害的'),
    ],
    note: `以“对人体健康造成严重危害”为要件。${CHECK}`,
  },
  {
    agency: 'scjg',
    sector: 'market',
    violationType: '以签订、履行合同为名骗取对方当事人财物',
    offence: '合同诈骗罪',
    criminalBasis: `《中华人民共和国刑法》第二百二十四条；${STANDARD_2}第六十九条`,
    basisText: REFERRAL,
    match: 'any',
    conditions: [amount('amount_involved', 20_000)],
    note: `数额在二万元以上的应予立案追诉。${CHECK}`,
  },
  {
    agency: 'scjg',
    sector: 'market',
    violationType: '利用广告对商品或者服务作虚假宣传',
    offence: '虚假广告罪',
    criminalBasis: `《中华人民共和国刑法》第二百二十二条；${STANDARD_2}第六十七条`,
    basisText: REFERRAL,
    match: 'any',
    conditions: [
      amount('illegal_gains', 100_000),
      { kind: 'repetition', minPriorPenalties: 2, withinMonths: 24 },
      circumstance(
        '假借预防、控制突发事件、传染病防治的名义，利用广告作虚假宣传，致使多人上当受骗，违法所得数额在三万元以上的',
      ),
      circumstance('利用广告对食品、药品作虚假宣传，违法所得数额在三万元以上的'),
      circumstance('造成严重危害后果或者恶劣社会影响的'),
    ],
    note: `“二年内因利用广告作虚假宣传受过二次以上行政处罚，又利用广告作虚假宣传的”按多次违法条件计算。${CHECK}`,
  },
  // --- 林业和草原、野生动物 (林业和草原局) ----------------------------------------------------------------------
  {
    agency: 'lcj',
    sector: 'forestry_grassland',
    violationType: '滥伐林木（无采伐许可证或者违反许可证规定采伐）',
    offence: '滥伐林木罪',
    criminalBasis: `《中华人民共和国刑法》第三百四十五条第二款；${STANDARD_1}第七十三条`,
    basisText: `${REFERRAL}；《中华人民共和国森林法》第八十二条第二款`,
    match: 'any',
    conditions: [
      { kind: 'quantity', measure: 'timber_volume', min: 10 },
      { kind: 'quantity', measure: 'sapling_count', min: 500 },
    ],
    note: `2008年标准为“十至二十立方米以上或者幼树五百至一千株以上”（演示取下限）；《最高人民法院关于审理破坏森林资源刑事案件适用法律若干问题的解释》（法释〔2023〕8号）已另行规定数量标准，请核实。${CHECK}`,
  },
  {
    agency: 'lcj',
    sector: 'forestry_grassland',
    violationType: '盗伐林木',
    offence: '盗伐林木罪',
    criminalBasis: `《中华人民共和国刑法》第三百四十五条第一款；${STANDARD_1}第七十二条`,
    basisText: `${REFERRAL}；《中华人民共和国森林法》第八十二条第二款`,
    match: 'any',
    conditions: [
      { kind: 'quantity', measure: 'timber_volume', min: 2 },
      { kind: 'quantity', measure: 'sapling_count', min: 100 },
    ],
    note: `2008年标准为“二至五立方米以上或者幼树一百至二百株以上”（演示取下限）；法释〔2023〕8号已另行规定，请核实。${CHECK}`,
  },
  {
    agency: 'lcj',
    sector: 'forestry_grassland',
    violationType: '非法占用林地，改变林地用途',
    offence: '非法占用农用地罪',
    criminalBasis: `《中华人民共和国刑法》第三百四十二条；${STANDARD_1}第六十七条`,
    basisText: `${REFERRAL}；《中华人民共和国森林法》第七十三条；《中华人民共和国森林法》第八十二条第二款`,
    match: 'any',
    conditions: [
      { kind: 'quantity', measure: 'protection_forest_land', min: 5 },
      { kind: 'quantity', measure: 'other_forest_land', min: 10 },
      circumstance(
        '非法占用防护林地或者特种用途林地与其他林地，其中一项达到相应标准的百分之六十以上，且两项合计达到该项标准的',
      ),
    ],
    note: `防护林地、特种用途林地五亩以上，其他林地十亩以上，并造成林地大量毁坏。法释〔2023〕8号另有规定，请核实。${CHECK}`,
  },
  {
    agency: 'lcj',
    sector: 'forestry_grassland',
    violationType: '非法占用草原，改变草原用途',
    offence: '非法占用农用地罪',
    criminalBasis:
      '《中华人民共和国刑法》第三百四十二条；《最高人民法院关于审理破坏草原资源刑事案件应用法律若干问题的解释》（法释〔2012〕15号）第二条',
    basisText: `${REFERRAL}；《中华人民共和国草原法》第六十五条`,
    match: 'any',
    conditions: [{ kind: 'quantity', measure: 'grassland', min: 20 }],
    note: `非法占用草原二十亩以上，并造成草原大量毁坏。${CHECK}`,
  },
  {
    agency: 'lcj',
    sector: 'forestry_grassland',
    violationType: '曾因非法占用草原受过行政处罚，三年内又非法占用草原',
    offence: '非法占用农用地罪',
    criminalBasis:
      '《中华人民共和国刑法》第三百四十二条；《最高人民法院关于审理破坏草原资源刑事案件应用法律若干问题的解释》（法释〔2012〕15号）第二条',
    basisText: `${REFERRAL}；《中华人民共和国草原法》第六十五条`,
    match: 'all',
    conditions: [
      { kind: 'repetition', minPriorPenalties: 1, withinMonths: 36 },
      { kind: 'quantity', measure: 'grassland', min: 10 },
    ],
    note: `两个条件须同时满足。${CHECK}`,
  },
  {
    agency: 'lcj',
    sector: 'wildlife',
    violationType: '非法猎捕、杀害、收购、运输、出售国家重点保护野生动物及其制品',
    offence: '危害珍贵、濒危野生动物罪',
    criminalBasis:
      '《中华人民共和国刑法》第三百四十一条第一款；《最高人民法院 最高人民检察院关于办理破坏野生动物资源刑事案件适用法律若干问题的解释》（法释〔2022〕12号）第六条',
    basisText: `${REFERRAL}；《中华人民共和国野生动物保护法》第三十五条`,
    match: 'any',
    conditions: [
      amount('wildlife_value', 20_000),
      circumstance(
        '价值一万元以上不满二万元，且在自然保护地核心保护区内实施、或者对野生动物种群造成严重影响等情节严重的',
      ),
    ],
    note: `涉案动物价值按法释〔2022〕12号及国家林业和草原局规定的价值标准核算。${CHECK}`,
  },
  {
    agency: 'lcj',
    sector: 'wildlife',
    violationType: '在禁猎区、禁猎期或者使用禁用的工具、方法狩猎',
    offence: '非法狩猎罪',
    criminalBasis:
      '《中华人民共和国刑法》第三百四十一条第二款；《最高人民法院 最高人民检察院关于办理破坏野生动物资源刑事案件适用法律若干问题的解释》（法释〔2022〕12号）第七条',
    basisText: `${REFERRAL}；《中华人民共和国野生动物保护法》第三十五条`,
    match: 'any',
    conditions: [
      amount('wildlife_value', 10_000),
      circumstance('在自然保护地核心保护区内非法猎捕的'),
      circumstance('非法猎捕国家重点保护野生动物或者有重要生态、科学、社会价值的陆生野生动物的'),
    ],
    note: CHECK,
  },
  // --- 土地 (自然资源局) -------------------------------------------------------------------------------------
  {
    agency: 'zrzy',
    sector: 'land',
    violationType: '非法占用耕地改作他用',
    offence: '非法占用农用地罪',
    criminalBasis: `《中华人民共和国刑法》第三百四十二条；${STANDARD_1}第六十七条`,
    basisText: REFERRAL,
    match: 'any',
    conditions: [
      { kind: 'quantity', measure: 'basic_farmland', min: 5 },
      { kind: 'quantity', measure: 'other_farmland', min: 10 },
    ],
    note: `永久基本农田五亩以上或者基本农田以外的耕地十亩以上，并造成耕地大量毁坏。${CHECK}`,
  },
  // --- 安全生产 (应急管理局) --------------------------------------------------------------------------------
  {
    agency: 'yjj',
    sector: 'production_safety',
    violationType: '在生产、作业中违反有关安全管理的规定，发生重大伤亡事故或者造成其他严重后果',
    offence: '重大责任事故罪',
    criminalBasis:
      '《中华人民共和国刑法》第一百三十四条第一款；《最高人民法院 最高人民检察院关于办理危害生产安全刑事案件适用法律若干问题的解释》（法释〔2015〕22号）第六条',
    basisText: `${REFERRAL}；《中华人民共和国安全生产法》第九十四条第二款`,
    match: 'any',
    conditions: [
      { kind: 'harm', measure: 'deaths', min: 1 },
      { kind: 'harm', measure: 'serious_injuries', min: 3 },
      amount('direct_economic_loss', 1_000_000),
      circumstance('其他造成严重后果或者重大安全事故的情形'),
    ],
    note: `2008年标准的直接经济损失为五十万元以上，法释〔2015〕22号调整为一百万元以上。${CHECK}`,
  },
  {
    agency: 'yjj',
    sector: 'production_safety',
    violationType: '危险作业（具有发生重大伤亡事故或者其他严重后果的现实危险）',
    offence: '危险作业罪',
    criminalBasis: '《中华人民共和国刑法》第一百三十四条之一（《刑法修正案（十一）》增设）',
    basisText: `${REFERRAL}；《中华人民共和国安全生产法》第九十四条第二款`,
    match: 'all',
    conditions: [
      circumstance(
        '关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息；或者因存在重大事故隐患被依法责令停产停业、停止施工、停止使用或者立即采取排除危险的整改措施而拒不执行；或者未经依法批准或者许可擅自从事高度危险的生产作业活动',
      ),
      circumstance('具有发生重大伤亡事故或者其他严重后果的现实危险'),
    ],
    note: `两项情节须同时具备。${CHECK}`,
  },
];

/** Resolves each 《…》 part on its own, keeping what the library has (seeding may run before any import). */
async function resolveSeedBasis(tx: Tx, text: string, now: Date): Promise<ArticleRef[]> {
  return (await resolveWrittenCitationPartly(tx, text, { now })).refs;
}

/** Seeds the demo thresholds (demo, pending); `agencies` maps the seed keys (shangri-la.data.ts) to the agencies. */
export async function seedReferralThresholds(
  tx: Tx,
  s: { tenantId: string; agencies: Map<string, { id: string; name: string }>; now: Date },
): Promise<void> {
  let order = 0;
  for (const t of DEMO_THRESHOLDS) {
    const agency = s.agencies.get(t.agency);
    if (!agency) continue;
    const basisRefs = await resolveSeedBasis(tx, t.basisText, s.now);
    const row = await insertThreshold(tx, {
      tenantId: s.tenantId,
      id: randomUUID(),
      agencyId: agency.id,
      sector: t.sector,
      violationType: t.violationType,
      offence: t.offence,
      criminalBasis: t.criminalBasis,
      basisText: t.basisText,
      basisRefs,
      match: t.match,
      conditions: t.conditions.map((c) => ({ ...c, id: randomUUID() })),
      demo: true,
      status: 'pending',
      note: t.note,
      sortOrder: (order += 10),
      createdAt: s.now,
      updatedAt: s.now,
    });
    await replaceCitations(
      tx,
      {
        tenantId: s.tenantId,
        agencyId: agency.id,
        kind: 'referral_threshold',
        id: row.id,
        label: `${agency.name} 移送标准：${t.violationType}（${t.offence}）`,
      },
      { basis: basisRefs },
    );
  }
}

/**
 * Links seeded thresholds whose written basis could not be resolved when they were seeded (the demo tenant is
 * seeded before any statute is imported): call it after importing the statutes. Idempotent; returns how many.
 */
export async function linkSeededThresholdCitations(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ threshold: referralThresholds, agencyName: agencies.name })
      .from(referralThresholds)
      .innerJoin(
        agencies,
        and(eq(agencies.tenantId, referralThresholds.tenantId), eq(agencies.id, referralThresholds.agencyId)),
      )
      .where(
        and(
          eq(referralThresholds.demo, true),
          isNotNull(referralThresholds.basisText),
          sql`${referralThresholds.basisRefs} = '[]'::jsonb`,
        ),
      );
    let linked = 0;
    for (const { threshold: t, agencyName } of rows) {
      const refs = await resolveSeedBasis(tx, t.basisText!, now);
      if (refs.length === 0) continue;
      await updateThresholdRow(tx, t.tenantId, t.id, { basisRefs: refs });
      await replaceCitations(
        tx,
        {
          tenantId: t.tenantId,
          agencyId: t.agencyId,
          kind: 'referral_threshold',
          id: t.id,
          label: `${agencyName} 移送标准：${t.violationType}（${t.offence}）`,
        },
        { basis: refs },
      );
      linked++;
    }
    return linked;
  });
}
