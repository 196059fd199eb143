// DEMO DATA for the case history of 香格里拉市 (case.seed.ts): what each agency's cases are about (案由), the articles
// violated and applied, realistic fines in fen, and generators of SYNTHETIC parties — organisations with valid USCCs
// of region 533401 (GB 32100) and natural persons with valid resident IDs (GB 11643). No party is a real one.
import { orgCodeCheckChar, usccCheckChar, USCC_CHARSET } from '../../../../contracts/identifiers';
import type { PenaltyKind } from '../../../../contracts/benchmark';
import type { EnforcementDomain, Sex } from '../../../../contracts/personnel';
import type { ProcedureCode } from '../../../../contracts/procedure';
import { demoName, demoPhone, demoResidentId } from '../personnel/officer.demo-data';

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const between = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
export function weighted<T>(r: Rand, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}

/** What kind of party a case is about: a company, a sole trader (个体工商户), a cooperative, or a person. */
export type PartyShape = 'company' | 'sole_trader' | 'cooperative' | 'person';

export interface PenaltyTemplate {
  /** 案由 without the party: 销售超过保质期的食品. */
  cause: string;
  violated: string;
  applied: string;
  /** The fine range in yuan (general procedure), or null for a warning only. */
  fineYuan: [number, number] | null;
  /** Other kinds given with the fine (没收违法所得…). */
  extraKinds?: PenaltyKind[];
  parties: PartyShape[];
  /** The trade the party is in (for its name): 餐饮, 商贸, 运输… */
  trade: string[];
  /** Facts, with {party} and {amount} filled in. */
  facts: string;
  /** The power item code of the agency's list (only the agencies whose list is seeded). */
  power?: string;
  /** A summary-procedure version exists (warning, or small fine on the spot). */
  summary?: { fineYuan: [number, number] | null };
  harms?: boolean;
  /** Facts that may meet a criminal referral threshold (amount measure, yuan above the demo threshold). */
  referral?: {
    measure: 'sales_amount' | 'goods_value' | 'illegal_gains' | 'wildlife_value' | 'direct_economic_loss';
    yuan: number;
  };
  weight: number;
}

export interface OtherTemplate {
  procedure: Exclude<ProcedureCode, 'penalty_general' | 'penalty_summary'>;
  /** The title with {party}. */
  title: string;
  parties: PartyShape[];
  trade: string[];
  /** Levy: the amount in yuan. */
  amountYuan?: [number, number];
  /** Items for seal-up, seizure, freeze. */
  items?: string;
  weight: number;
}

export interface AgencyCaseProfile {
  /** Agency key of shangri-la.data.ts; 'squad' stands for every township squad. */
  agency: string;
  domain: EnforcementDomain;
  /** Share of the tenant's cases. */
  weight: number;
  penalties: PenaltyTemplate[];
  others: OtherTemplate[];
  /** Share of penalty cases (general + summary); the rest split by the others' weights. */
  penaltyShare: number;
}

const FOOD = ['餐饮', '小吃', '火锅', '食品', '超市', '商贸'];
const SHOPS = ['商贸', '超市', '百货', '便利店', '批发部'];

export const CASE_PROFILES: AgencyCaseProfile[] = [
  {
    agency: 'scjg',
    domain: 'market_regulation',
    weight: 30,
    penaltyShare: 0.72,
    penalties: [
      {
        cause: '经营超过保质期的食品',
        violated: '《中华人民共和国食品安全法》第三十四条第（十）项',
        applied: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
        fineYuan: [5_000, 50_000],
        extraKinds: ['confiscate_property'],
        parties: ['company', 'sole_trader'],
        trade: SHOPS,
        facts: '执法人员检查发现，{party}货架上陈列销售的预包装食品中有多个品种已超过保质期，货值金额{amount}元。',
        power: 'SCJG-CF-002',
        summary: { fineYuan: null },
        referral: { measure: 'goods_value', yuan: 180_000 },
        weight: 8,
      },
      {
        cause: '未取得食品经营许可从事食品经营活动',
        violated: '《中华人民共和国食品安全法》第三十五条第一款',
        applied: '《中华人民共和国食品安全法》第一百二十二条第一款',
        fineYuan: [5_000, 30_000],
        extraKinds: ['confiscate_gains'],
        parties: ['sole_trader', 'person'],
        trade: FOOD,
        facts: '{party}未取得食品经营许可证，在经营场所从事餐饮服务活动，违法所得{amount}元。',
        power: 'SCJG-CF-001',
        weight: 6,
      },
      {
        cause: '使用未经清洗消毒的餐具',
        violated: '《中华人民共和国食品安全法》第五十六条第二款',
        applied: '《中华人民共和国食品安全法》第一百二十六条第一款第（五）项',
        fineYuan: [5_000, 20_000],
        parties: ['company', 'sole_trader'],
        trade: ['餐饮', '火锅', '酒店'],
        facts:
          '执法人员检查发现，{party}后厨备餐间存放的已标示“已消毒”的餐具经快速检测表面残留物不合格，经责令改正拒不改正。',
        power: 'SCJG-CF-002',
        summary: { fineYuan: null },
        weight: 5,
      },
      {
        cause: '未按规定查验进货凭证、记录进货信息',
        violated: '《中华人民共和国食品安全法》第五十三条第一款',
        applied: '《中华人民共和国食品安全法》第一百二十六条第一款第（三）项',
        fineYuan: [5_000, 15_000],
        parties: ['company', 'sole_trader'],
        trade: SHOPS,
        facts: '{party}未建立食品进货查验记录制度，无法提供所售牦牛肉干等食品的供货者许可证和合格证明文件。',
        power: 'SCJG-CF-003',
        summary: { fineYuan: [1_000, 3_000] },
        weight: 5,
      },
      {
        cause: '销售不合格产品',
        violated: '《中华人民共和国产品质量法》第三十九条',
        applied: '《中华人民共和国产品质量法》第五十条',
        fineYuan: [10_000, 150_000],
        extraKinds: ['confiscate_gains', 'confiscate_property'],
        parties: ['company'],
        trade: ['建材', '五金', '商贸', '电器'],
        facts: '经抽样检验，{party}销售的电线电缆导体电阻项目不合格，销售金额{amount}元。',
        power: 'SCJG-CF-005',
        referral: { measure: 'sales_amount', yuan: 62_000 },
        weight: 3,
      },
      {
        cause: '发布虚假广告',
        violated: '《中华人民共和国广告法》第二十八条',
        applied: '《中华人民共和国广告法》第五十五条第一款',
        fineYuan: [20_000, 200_000],
        parties: ['company'],
        trade: ['旅游服务', '文化传媒', '藏药保健品', '商贸'],
        facts: '{party}在微信公众号发布宣传“藏式保健品包治百病”的广告，广告费用{amount}元。',
        power: 'SCJG-CF-006',
        referral: { measure: 'illegal_gains', yuan: 120_000 },
        weight: 2,
      },
      {
        cause: '价格违法（不明码标价）',
        violated: '《中华人民共和国价格法》第十三条第一款',
        applied: '《明码标价和禁止价格欺诈规定》第二十一条',
        fineYuan: [500, 5_000],
        parties: ['sole_trader', 'company'],
        trade: ['客栈', '旅游服务', '商贸', '餐饮'],
        facts: '{party}在独克宗古城经营场所销售商品、提供服务未按规定明码标价。',
        summary: { fineYuan: [200, 2_000] },
        weight: 4,
      },
    ],
    others: [
      {
        procedure: 'licence',
        title: '{party}食品经营许可申请',
        parties: ['company', 'sole_trader'],
        trade: FOOD,
        weight: 6,
      },
      {
        procedure: 'inspection',
        title: '{party}食品经营监督检查',
        parties: ['company', 'sole_trader'],
        trade: FOOD,
        weight: 8,
      },
      {
        procedure: 'inspection',
        title: '{party}产品质量监督抽查',
        parties: ['company'],
        trade: ['建材', '电器'],
        weight: 2,
      },
      {
        procedure: 'coercion_seal_seize',
        title: '扣押{party}涉嫌不符合食品安全标准的食品',
        parties: ['company', 'sole_trader'],
        trade: SHOPS,
        items: '过期牦牛肉干、青稞饼干等预包装食品',
        weight: 3,
      },
      {
        procedure: 'coercion_freeze',
        title: '冻结{party}涉案存款',
        parties: ['company'],
        trade: ['商贸', '文化传媒'],
        items: '银行存款',
        weight: 0.4,
      },
    ],
  },
  {
    agency: 'cgj',
    domain: 'comprehensive',
    weight: 12,
    penaltyShare: 0.85,
    penalties: [
      {
        cause: '占道经营',
        violated: '《城市市容和环境卫生管理条例》第十四条',
        applied: '《城市市容和环境卫生管理条例》第三十六条第（一）项',
        fineYuan: [200, 2_000],
        parties: ['person', 'sole_trader'],
        trade: ['水果店', '小吃', '商贸'],
        facts: '{party}在长征大道人行道上摆摊设点经营，影响市容和通行，经劝阻拒不改正。',
        summary: { fineYuan: [50, 200] },
        weight: 9,
      },
      {
        cause: '未经批准擅自设置户外广告',
        violated: '《城市市容和环境卫生管理条例》第十一条',
        applied: '《城市市容和环境卫生管理条例》第三十六条第（三）项',
        fineYuan: [1_000, 5_000],
        parties: ['company', 'sole_trader'],
        trade: ['商贸', '文化传媒', '酒店'],
        facts: '{party}未经批准在建塘镇团结路临街外墙擅自设置大型户外广告牌。',
        summary: { fineYuan: [500, 2_000] },
        weight: 3,
      },
      {
        cause: '未按规定处置建筑垃圾',
        violated: '《城市建筑垃圾管理规定》第十四条',
        applied: '《城市建筑垃圾管理规定》第二十六条',
        fineYuan: [5_000, 50_000],
        parties: ['company'],
        trade: ['建筑工程', '运输'],
        facts: '{party}运输车辆在夜间沿途倾倒建筑垃圾约{amount}立方米。',
        weight: 3,
      },
      {
        cause: '违法建设',
        violated: '《中华人民共和国城乡规划法》第四十条第一款',
        applied: '《中华人民共和国城乡规划法》第六十四条',
        fineYuan: [20_000, 200_000],
        extraKinds: ['other'],
        parties: ['company', 'person'],
        trade: ['房地产开发', '建筑工程', '客栈'],
        facts: '{party}未取得建设工程规划许可证，在城区擅自建设三层砖混结构建筑，工程造价{amount}元。',
        weight: 2,
      },
    ],
    others: [
      {
        procedure: 'inspection',
        title: '{party}市容环境卫生责任区检查',
        parties: ['sole_trader', 'company'],
        trade: SHOPS,
        weight: 3,
      },
      {
        procedure: 'coercion_seal_seize',
        title: '扣押{party}占道经营物品',
        parties: ['person'],
        trade: ['小吃'],
        items: '三轮车一辆、遮阳伞两把',
        weight: 2,
      },
    ],
  },
  {
    agency: 'jtys',
    domain: 'transport',
    weight: 8,
    penaltyShare: 0.78,
    penalties: [
      {
        cause: '车辆超限运输',
        violated: '《公路安全保护条例》第三十条',
        applied: '《公路安全保护条例》第六十四条',
        fineYuan: [3_000, 30_000],
        parties: ['company', 'person'],
        trade: ['运输', '物流', '建材'],
        facts: '{party}所属重型货车在214国道香格里拉超限检测站经检测车货总重超过限值{amount}吨。',
        weight: 7,
      },
      {
        cause: '未取得道路运输经营许可擅自从事道路运输经营（非法营运）',
        violated: '《中华人民共和国道路运输条例》第十条',
        applied: '《中华人民共和国道路运输条例》第六十三条',
        fineYuan: [10_000, 50_000],
        extraKinds: ['confiscate_gains'],
        parties: ['person'],
        trade: ['运输'],
        facts:
          '{party}驾驶小型客车，未取得道路运输经营许可，在香格里拉机场至独克宗古城之间载客收费，违法所得{amount}元。',
        weight: 5,
      },
      {
        cause: '客运车辆不按批准的客运站点停靠',
        violated: '《中华人民共和国道路运输条例》第三十五条',
        applied: '《中华人民共和国道路运输条例》第七十条第二款',
        fineYuan: [1_000, 3_000],
        parties: ['company', 'person'],
        trade: ['客运', '旅游运输'],
        facts: '{party}班线客车未按批准的站点停靠，沿途揽客。',
        summary: { fineYuan: [200, 2_000] },
        weight: 3,
      },
    ],
    others: [
      {
        procedure: 'licence',
        title: '{party}道路运输经营许可申请',
        parties: ['company'],
        trade: ['运输', '旅游运输'],
        weight: 4,
      },
      {
        procedure: 'inspection',
        title: '{party}道路运输安全生产检查',
        parties: ['company'],
        trade: ['客运', '运输'],
        weight: 3,
      },
      {
        procedure: 'coercion_seal_seize',
        title: '扣押{party}非法营运车辆',
        parties: ['person'],
        trade: ['运输'],
        items: '小型普通客车一辆',
        weight: 2,
      },
    ],
  },
  {
    agency: 'zrzy',
    domain: 'natural_resources',
    weight: 6,
    penaltyShare: 0.65,
    penalties: [
      {
        cause: '非法占用土地',
        violated: '《中华人民共和国土地管理法》第四十四条第一款',
        applied: '《中华人民共和国土地管理法》第七十七条第一款',
        fineYuan: [10_000, 300_000],
        extraKinds: ['other'],
        parties: ['company', 'person'],
        trade: ['农业开发', '建筑工程', '客栈'],
        facts: '{party}未经批准擅自占用集体土地{amount}平方米修建房屋及硬化场地。',
        weight: 6,
      },
      {
        cause: '未取得采矿许可证擅自采矿',
        violated: '《中华人民共和国矿产资源法》第三条第三款',
        applied: '《中华人民共和国矿产资源法》第三十九条第一款',
        fineYuan: [20_000, 200_000],
        extraKinds: ['confiscate_gains', 'confiscate_property'],
        parties: ['company', 'person'],
        trade: ['砂石', '矿业', '建材'],
        facts: '{party}未取得采矿许可证，在金沙江沿岸擅自开采砂石，开采量约{amount}立方米。',
        weight: 3,
      },
    ],
    others: [
      {
        procedure: 'inspection',
        title: '{party}土地利用动态巡查',
        parties: ['company', 'cooperative'],
        trade: ['农业开发'],
        weight: 3,
      },
      {
        procedure: 'levy',
        title: '{party}土地复垦费征收',
        parties: ['company'],
        trade: ['矿业', '建筑工程'],
        amountYuan: [20_000, 400_000],
        weight: 1,
      },
      {
        procedure: 'confirmation',
        title: '{party}不动产权属争议确认',
        parties: ['person', 'cooperative'],
        trade: ['农业开发'],
        weight: 1,
      },
    ],
  },
  {
    agency: 'lcj',
    domain: 'forestry_grassland',
    weight: 7,
    penaltyShare: 0.75,
    penalties: [
      {
        cause: '滥伐林木',
        violated: '《中华人民共和国森林法》第五十六条第一款',
        applied: '《中华人民共和国森林法》第七十六条第二款',
        fineYuan: [3_000, 60_000],
        extraKinds: ['other'],
        parties: ['person'],
        trade: ['木业'],
        facts: '{party}未取得林木采伐许可证，在自家承包林地内采伐云南松{amount}株，蓄积量约18立方米。',
        weight: 6,
      },
      {
        cause: '非法开垦草原',
        violated: '《中华人民共和国草原法》第四十六条',
        applied: '《中华人民共和国草原法》第六十六条',
        fineYuan: [2_000, 30_000],
        parties: ['person', 'cooperative'],
        trade: ['农业开发', '种植'],
        facts: '{party}擅自开垦天然草原约{amount}亩种植青稞。',
        weight: 3,
      },
      {
        cause: '非法收购、出售国家重点保护野生动物制品',
        violated: '《中华人民共和国野生动物保护法》第二十八条第一款',
        applied: '《中华人民共和国野生动物保护法》第五十二条',
        fineYuan: [20_000, 200_000],
        extraKinds: ['confiscate_property'],
        parties: ['person', 'sole_trader'],
        trade: ['工艺品', '藏药'],
        facts: '{party}在古城商铺出售疑似国家重点保护野生动物制品，经鉴定价值{amount}元。',
        referral: { measure: 'wildlife_value', yuan: 48_000 },
        weight: 1,
      },
      {
        cause: '在幼林地砍柴、毁苗、放牧',
        violated: '《中华人民共和国森林法》第三十九条第三款',
        applied: '《中华人民共和国森林法》第七十四条第二款',
        fineYuan: [500, 5_000],
        parties: ['person'],
        trade: ['种植'],
        facts: '{party}在退耕还林幼林地内放牧牦牛，致使幼树被毁坏{amount}株。',
        summary: { fineYuan: [50, 200] },
        weight: 3,
      },
    ],
    others: [
      {
        procedure: 'licence',
        title: '{party}林木采伐许可申请',
        parties: ['person', 'cooperative'],
        trade: ['种植'],
        weight: 4,
      },
      {
        procedure: 'inspection',
        title: '{party}森林草原防火检查',
        parties: ['company', 'sole_trader'],
        trade: ['客栈', '旅游服务'],
        weight: 3,
      },
      {
        procedure: 'coercion_seal_seize',
        title: '扣押{party}非法运输的木材',
        parties: ['person'],
        trade: ['木业'],
        items: '云南松原木12根及运输车辆一辆',
        weight: 1,
      },
      {
        procedure: 'confirmation',
        title: '{party}林木林地权属确认',
        parties: ['person', 'cooperative'],
        trade: ['种植'],
        weight: 1,
      },
    ],
  },
  {
    agency: 'sthj',
    domain: 'ecology_environment',
    weight: 4,
    penaltyShare: 0.7,
    penalties: [
      {
        cause: '未批先建（未依法报批建设项目环境影响评价文件擅自开工建设）',
        violated: '《中华人民共和国环境影响评价法》第二十五条',
        applied: '《中华人民共和国环境影响评价法》第三十一条第一款',
        fineYuan: [50_000, 500_000],
        parties: ['company'],
        trade: ['酒店', '建筑工程', '旅游开发'],
        facts: '{party}建设项目环境影响报告表未经批准即开工建设，项目总投资{amount}元。',
        weight: 3,
      },
      {
        cause: '超标排放水污染物',
        violated: '《中华人民共和国水污染防治法》第十条',
        applied: '《中华人民共和国水污染防治法》第八十三条第（二）项',
        fineYuan: [100_000, 1_000_000],
        extraKinds: ['restrict_operations'],
        parties: ['company'],
        trade: ['酒店', '食品', '洗涤'],
        facts: '经监测，{party}污水总排口化学需氧量浓度超过排放标准{amount}倍。',
        weight: 2,
      },
    ],
    others: [
      {
        procedure: 'inspection',
        title: '{party}排污许可执行情况检查',
        parties: ['company'],
        trade: ['酒店', '食品'],
        weight: 3,
      },
      {
        procedure: 'coercion_seal_seize',
        title: '查封{party}违法排放污染物的设施',
        parties: ['company'],
        trade: ['洗涤', '食品'],
        items: '污水排放泵及管道',
        weight: 1,
      },
    ],
  },
  {
    agency: 'nync',
    domain: 'agriculture',
    weight: 3,
    penaltyShare: 0.7,
    penalties: [
      {
        cause: '经营假农药',
        violated: '《农药管理条例》第四十四条',
        applied: '《农药管理条例》第五十五条第一款',
        fineYuan: [5_000, 50_000],
        extraKinds: ['confiscate_property', 'confiscate_gains'],
        parties: ['sole_trader', 'company'],
        trade: ['农资'],
        facts: '{party}经营的除草剂经检验有效成分含量不合格，货值金额{amount}元。',
        weight: 3,
      },
      {
        cause: '未按规定实施动物检疫（经营未经检疫的动物产品）',
        violated: '《中华人民共和国动物防疫法》第二十九条',
        applied: '《中华人民共和国动物防疫法》第九十七条',
        fineYuan: [3_000, 30_000],
        parties: ['person', 'sole_trader'],
        trade: ['牛羊肉', '肉食'],
        facts: '{party}在农贸市场销售未附检疫证明的牦牛肉{amount}公斤。',
        weight: 2,
      },
    ],
    others: [
      {
        procedure: 'inspection',
        title: '{party}农资经营监督检查',
        parties: ['sole_trader'],
        trade: ['农资'],
        weight: 3,
      },
    ],
  },
  {
    agency: 'whlv',
    domain: 'culture_tourism',
    weight: 3,
    penaltyShare: 0.7,
    penalties: [
      {
        cause: '未经许可经营旅行社业务',
        violated: '《中华人民共和国旅游法》第二十八条',
        applied: '《中华人民共和国旅游法》第九十五条第一款',
        fineYuan: [10_000, 100_000],
        extraKinds: ['confiscate_gains'],
        parties: ['company', 'person'],
        trade: ['旅游服务', '文化传媒'],
        facts: '{party}未取得旅行社业务经营许可，招徕组织游客前往普达措、巴拉格宗等景区旅游，违法所得{amount}元。',
        weight: 3,
      },
      {
        cause: '导游私自承揽导游业务',
        violated: '《中华人民共和国旅游法》第四十条',
        applied: '《中华人民共和国旅游法》第一百零二条第二款',
        fineYuan: [1_000, 10_000],
        parties: ['person'],
        trade: ['旅游服务'],
        facts: '{party}未经旅行社委派，私自承揽导游业务。',
        summary: { fineYuan: null },
        weight: 2,
      },
    ],
    others: [
      {
        procedure: 'licence',
        title: '{party}娱乐场所经营许可申请',
        parties: ['company'],
        trade: ['文化传媒', '酒店'],
        weight: 2,
      },
      {
        procedure: 'inspection',
        title: '{party}文化市场综合执法检查',
        parties: ['company', 'sole_trader'],
        trade: ['文化传媒', '酒吧'],
        weight: 3,
      },
    ],
  },
  {
    agency: 'wjj',
    domain: 'health',
    weight: 3,
    penaltyShare: 0.7,
    penalties: [
      {
        cause: '未取得医疗机构执业许可证擅自执业',
        violated: '《医疗机构管理条例》第十四条',
        applied: '《医疗机构管理条例》第四十三条',
        fineYuan: [50_000, 100_000],
        extraKinds: ['confiscate_gains', 'confiscate_property'],
        parties: ['person'],
        trade: ['诊所'],
        facts: '{party}未取得医疗机构执业许可证，在建塘镇出租屋内开展诊疗活动，违法所得{amount}元。',
        weight: 2,
      },
      {
        cause: '公共场所未按规定取得健康合格证明的从业人员上岗',
        violated: '《公共场所卫生管理条例实施细则》第十条',
        applied: '《公共场所卫生管理条例实施细则》第三十八条',
        fineYuan: [500, 5_000],
        parties: ['company', 'sole_trader'],
        trade: ['酒店', '客栈', '美容美发'],
        facts: '{party}安排未获得有效健康合格证明的从业人员从事直接为顾客服务的工作。',
        summary: { fineYuan: [500, 2_000] },
        weight: 3,
      },
    ],
    others: [
      {
        procedure: 'licence',
        title: '{party}公共场所卫生许可申请',
        parties: ['company', 'sole_trader'],
        trade: ['酒店', '客栈'],
        weight: 3,
      },
      {
        procedure: 'inspection',
        title: '{party}公共场所卫生监督检查',
        parties: ['company'],
        trade: ['酒店', '客栈'],
        weight: 2,
      },
    ],
  },
  {
    agency: 'yjj',
    domain: 'emergency_management',
    weight: 3,
    penaltyShare: 0.65,
    penalties: [
      {
        cause: '未按规定对从业人员进行安全生产教育和培训',
        violated: '《中华人民共和国安全生产法》第二十八条',
        applied: '《中华人民共和国安全生产法》第九十七条第（三）项',
        fineYuan: [10_000, 100_000],
        parties: ['company'],
        trade: ['矿业', '建筑工程', '加油站'],
        facts: '{party}未按规定对新招用的从业人员进行安全生产教育和培训即安排上岗作业。',
        weight: 3,
      },
      {
        cause: '生产安全事故（一般事故）',
        violated: '《中华人民共和国安全生产法》第四条',
        applied: '《中华人民共和国安全生产法》第一百一十四条第一款第（一）项',
        fineYuan: [300_000, 1_000_000],
        parties: ['company'],
        trade: ['矿业', '建筑工程'],
        facts: '{party}施工现场发生高处坠落事故，造成一人死亡，直接经济损失{amount}元。',
        harms: true,
        referral: { measure: 'direct_economic_loss', yuan: 1_300_000 },
        weight: 1,
      },
    ],
    others: [
      {
        procedure: 'inspection',
        title: '{party}安全生产执法检查',
        parties: ['company'],
        trade: ['矿业', '加油站', '建筑工程'],
        weight: 4,
      },
    ],
  },
  {
    agency: 'zjj',
    domain: 'housing_urban',
    weight: 2,
    penaltyShare: 0.6,
    penalties: [
      {
        cause: '施工单位未取得施工许可证擅自施工',
        violated: '《建筑工程施工许可管理办法》第三条',
        applied: '《建筑工程施工许可管理办法》第十二条',
        fineYuan: [10_000, 30_000],
        parties: ['company'],
        trade: ['建筑工程', '房地产开发'],
        facts: '{party}承建的项目未取得建筑工程施工许可证即擅自开工，合同价款{amount}元。',
        weight: 3,
      },
    ],
    others: [
      {
        procedure: 'levy',
        title: '{party}城市基础设施配套费征收',
        parties: ['company'],
        trade: ['房地产开发'],
        amountYuan: [50_000, 800_000],
        weight: 1,
      },
      {
        procedure: 'inspection',
        title: '{party}建筑施工安全检查',
        parties: ['company'],
        trade: ['建筑工程'],
        weight: 2,
      },
    ],
  },
  {
    agency: 'swj',
    domain: 'water',
    weight: 1.5,
    penaltyShare: 0.6,
    penalties: [
      {
        cause: '未经批准擅自取水',
        violated: '《中华人民共和国水法》第四十八条第一款',
        applied: '《中华人民共和国水法》第六十九条第（一）项',
        fineYuan: [20_000, 100_000],
        parties: ['company'],
        trade: ['饮用水', '酒店', '水电'],
        facts: '{party}未取得取水许可，擅自从纳帕海周边河道取水，取水量约{amount}立方米。',
        weight: 3,
      },
    ],
    others: [
      {
        procedure: 'levy',
        title: '{party}水土保持补偿费征收',
        parties: ['company'],
        trade: ['建筑工程', '矿业'],
        amountYuan: [10_000, 300_000],
        weight: 2,
      },
      {
        procedure: 'licence',
        title: '{party}取水许可申请',
        parties: ['company'],
        trade: ['饮用水', '水电'],
        weight: 1,
      },
    ],
  },
  {
    agency: 'tax',
    domain: 'other',
    weight: 1,
    penaltyShare: 0.5,
    penalties: [
      {
        cause: '未按期办理纳税申报',
        violated: '《中华人民共和国税收征收管理法》第二十五条',
        applied: '《中华人民共和国税收征收管理法》第六十二条',
        fineYuan: [200, 2_000],
        parties: ['company', 'sole_trader'],
        trade: SHOPS,
        facts: '{party}未按照规定的期限办理纳税申报和报送纳税资料。',
        summary: { fineYuan: [200, 1_000] },
        weight: 3,
      },
    ],
    others: [
      {
        procedure: 'coercion_freeze',
        title: '冻结{party}银行存款（税收保全）',
        parties: ['company'],
        trade: ['商贸', '建筑工程'],
        items: '银行存款',
        weight: 2,
      },
    ],
  },
  {
    agency: 'mzj',
    domain: 'civil_affairs',
    weight: 1,
    penaltyShare: 0,
    penalties: [],
    others: [{ procedure: 'benefit', title: '{party}临时救助申请', parties: ['person'], trade: [], weight: 1 }],
  },
  {
    agency: 'rsj',
    domain: 'human_resources',
    weight: 1.2,
    penaltyShare: 0.4,
    penalties: [
      {
        cause: '拖欠劳动者工资',
        violated: '《保障农民工工资支付条例》第三条',
        applied: '《保障农民工工资支付条例》第五十七条',
        fineYuan: [10_000, 50_000],
        parties: ['company'],
        trade: ['建筑工程', '劳务'],
        facts: '{party}拖欠农民工工资{amount}元，经责令限期支付逾期未支付。',
        weight: 3,
      },
    ],
    others: [
      { procedure: 'confirmation', title: '{party}工伤认定申请', parties: ['person'], trade: [], weight: 2 },
      { procedure: 'benefit', title: '{party}就业困难人员社会保险补贴申请', parties: ['person'], trade: [], weight: 1 },
    ],
  },
  {
    agency: 'squad',
    domain: 'comprehensive',
    weight: 16,
    penaltyShare: 0.8,
    penalties: [
      {
        cause: '占道经营',
        violated: '《城市市容和环境卫生管理条例》第十四条',
        applied: '《城市市容和环境卫生管理条例》第三十六条第（一）项',
        fineYuan: [200, 2_000],
        parties: ['person', 'sole_trader'],
        trade: ['小吃', '水果店'],
        facts: '{party}在集镇主街道摆摊经营，影响通行，经劝阻拒不改正。',
        summary: { fineYuan: [50, 200] },
        weight: 6,
      },
      {
        cause: '农村村民未经批准非法占用土地建住宅',
        violated: '《中华人民共和国土地管理法》第六十二条第四款',
        applied: '《中华人民共和国土地管理法》第七十八条',
        fineYuan: null,
        extraKinds: ['other'],
        parties: ['person'],
        trade: [],
        facts: '{party}未经批准占用本村集体土地{amount}平方米建设住宅。',
        weight: 3,
      },
      {
        cause: '在幼林地砍柴、毁苗、放牧',
        violated: '《中华人民共和国森林法》第三十九条第三款',
        applied: '《中华人民共和国森林法》第七十四条第二款',
        fineYuan: [500, 3_000],
        parties: ['person'],
        trade: [],
        facts: '{party}在幼林地内放牧，致使幼树被毁坏{amount}株。',
        summary: { fineYuan: [50, 200] },
        weight: 3,
      },
      {
        cause: '焚烧秸秆、垃圾',
        violated: '《中华人民共和国大气污染防治法》第七十七条',
        applied: '《中华人民共和国大气污染防治法》第一百一十九条第一款',
        fineYuan: [500, 2_000],
        parties: ['person'],
        trade: [],
        facts: '{party}在村庄周边露天焚烧秸秆和生活垃圾。',
        summary: { fineYuan: [50, 200] },
        weight: 2,
      },
    ],
    others: [
      {
        procedure: 'inspection',
        title: '{party}安全生产和消防安全检查',
        parties: ['sole_trader', 'company'],
        trade: ['客栈', '商贸'],
        weight: 4,
      },
      {
        procedure: 'coercion_seal_seize',
        title: '扣押{party}占道经营物品',
        parties: ['person'],
        trade: [],
        items: '货架两组、遮阳棚一顶',
        weight: 1,
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Parties

const BRANDS = [
  '格桑',
  '雪域',
  '梅里',
  '纳帕',
  '吉祥',
  '独克宗',
  '松赞',
  '巴拉',
  '普达',
  '月光',
  '哈巴',
  '白马',
  '卡瓦',
  '高原',
  '藏韵',
  '香巴拉',
  '云岭',
  '金沙',
  '虎跳',
  '石卡',
  '尼汝',
  '建塘',
  '依拉',
  '达娃',
  '康巴',
  '扎西',
  '央金',
  '德吉',
  '神川',
  '迪庆',
  '碧塔',
  '属都',
  '千湖',
  '仁安',
  '尼西',
  '洛吉',
  '东旺',
  '小中甸',
  '天生桥',
  '翁水',
];
const VILLAGES = [
  '建塘镇尼旺宗村',
  '建塘镇解放村',
  '建塘镇红坡村',
  '小中甸镇和平村',
  '小中甸镇团结村',
  '虎跳峡镇桥头村',
  '金江镇车轴村',
  '上江乡良美村',
  '五境乡仓觉村',
  '尼西乡汤满村',
  '洛吉乡九龙村',
  '格咱乡翁水村',
  '东旺乡胜利村',
  '三坝纳西族乡白地村',
  '建塘镇金龙社区',
  '建塘镇北门社区',
  '建塘镇仓房社区',
];
const STREETS = ['长征大道', '团结路', '池慈卡街', '香巴拉大道', '金龙街', '建塘东路', '康珠大道', '向阳路'];

export interface SeedParty {
  type: 'natural_person' | 'organisation';
  name: string;
  /** USCC or resident ID. */
  idNumber: string;
  legalRepresentative: string | null;
  phone: string | null;
  address: string | null;
}

/** A valid synthetic USCC: category (91 company, 92 sole trader, 93 cooperative), region 533401, 'MA' + 6 + check. */
export function seedUscc(r: Rand, category: '91' | '92' | '93', used: Set<string>): string {
  for (;;) {
    let org8 = 'MA';
    for (let i = 0; i < 6; i++) org8 += USCC_CHARSET[Math.floor(r() * 31)];
    const orgCheck = orgCodeCheckChar(org8);
    if (!orgCheck) continue;
    const first17 = `${category}533401${org8}${orgCheck}`;
    const check = usccCheckChar(first17);
    if (!check) continue;
    const uscc = first17 + check;
    if (used.has(uscc)) continue;
    used.add(uscc);
    return uscc;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function person(r: Rand, used: Set<string>): { name: string; residentId: string; phone: string; address: string } {
  const sex: Sex = r() < 0.62 ? 'male' : 'female';
  const { name } = demoName(r, sex);
  const birth = `${between(r, 1958, 2002)}-${pad(between(r, 1, 12))}-${pad(between(r, 1, 28))}`;
  let residentId = demoResidentId(r, birth, sex);
  while (used.has(residentId)) residentId = demoResidentId(r, birth, sex);
  used.add(residentId);
  return {
    name,
    residentId,
    phone: demoPhone(r),
    address: `云南省迪庆藏族自治州香格里拉市${pick(r, VILLAGES)}${between(r, 1, 12)}组${between(r, 1, 80)}号`,
  };
}

/** A party of the given shape, in the trade; `used` keeps identifiers unique within a run. */
export function seedParty(r: Rand, shape: PartyShape, trade: string[], used: Set<string>): SeedParty {
  if (shape === 'person') {
    const p = person(r, used);
    return {
      type: 'natural_person',
      name: p.name,
      idNumber: p.residentId,
      legalRepresentative: null,
      phone: p.phone,
      address: p.address,
    };
  }
  const t = trade.length ? pick(r, trade) : '商贸';
  const brand = pick(r, BRANDS);
  const owner = person(r, used);
  const address = `云南省迪庆藏族自治州香格里拉市建塘镇${pick(r, STREETS)}${between(r, 1, 300)}号`;
  if (shape === 'sole_trader') {
    const suffix = /店|部$/.test(t) ? '' : r() < 0.5 ? '店' : '经营部';
    return {
      type: 'organisation',
      name: `香格里拉市${brand}${t}${suffix}`,
      idNumber: seedUscc(r, '92', used),
      legalRepresentative: owner.name,
      phone: owner.phone,
      address,
    };
  }
  if (shape === 'cooperative') {
    return {
      type: 'organisation',
      name: `香格里拉市${pick(r, VILLAGES).replace(/^.*[镇乡]/, '')}${brand}${pick(r, ['种植', '养殖', '农牧'])}农民专业合作社`,
      idNumber: seedUscc(r, '93', used),
      legalRepresentative: owner.name,
      phone: owner.phone,
      address,
    };
  }
  return {
    type: 'organisation',
    name: `香格里拉${brand}${t}${r() < 0.7 ? '有限公司' : '有限责任公司'}`,
    idNumber: seedUscc(r, '91', used),
    legalRepresentative: owner.name,
    phone: `0887-${between(r, 8200000, 8899999)}`,
    address,
  };
}
