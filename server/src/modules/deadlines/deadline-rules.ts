// The deadline rule catalogue (法定期限规则): every statutory period the platform computes, as data — statute and
// article, unit, the statute's counting convention, whether a last day on a rest day rolls forward, extensions and
// what a tenant may configure. Each rule's `note` states the reading taken where the law leaves room; the reasons
// are collected in docs/deadlines.md.
import type { DeadlineRuleId } from '../../../../contracts/procedure';
import type { DeadlineUnit } from '../../../../contracts/deadline';
import type { Text } from '../../platform/i18n/i18n';

export interface DeadlineRule {
  id: DeadlineRuleId;
  statute: Text;
  /** The article setting the period, written so that the law library resolves it: 《…》第六十条. */
  basis: string;
  /** The article that makes the period working days, or applies the civil-procedure rules on periods. */
  countingBasis: string;
  title: Text;
  /** What the start date is (the day is not counted). For `before` rules: the event the period precedes. */
  startEvent: Text;
  unit: DeadlineUnit;
  amount: number;
  /**
   * A calendar-day (or month) period whose last day is a rest day ends on the next working day (民事诉讼法第八十五条).
   * Only where the statute applies that rule, or the party is the one who must act (the reading that protects it).
   */
  rollForward: boolean;
  /** 'before': the period precedes the start event (the hearing); the due date is the latest day to act. */
  direction: 'after' | 'before';
  /** Time that does not count (中止, testing, expert review…) can be excluded. */
  suspensionsAllowed: boolean;
  /** An extension with approval, in `unit`, at most `max` in total. */
  extension: { unit: DeadlineUnit; max: number; approver: Text } | null;
  /** What a tenant (or, with perAgency, an agency) may set, and the allowed ranges. */
  configurable: {
    amount: { min: number; max: number } | null;
    extensionMax: { min: number; max: number } | null;
    perAgency: boolean;
  } | null;
  note: Text;
}

const XZCF: Text = { zh: '行政处罚法', en: 'Administrative Penalty Law' };
const XZXK: Text = { zh: '行政许可法', en: 'Administrative Licensing Law' };
const XZQZ: Text = { zh: '行政强制法', en: 'Administrative Coercion Law' };
const XZFY: Text = { zh: '行政复议法', en: 'Administrative Reconsideration Law' };
const XZSS: Text = { zh: '行政诉讼法', en: 'Administrative Litigation Law' };
const YS: Text = {
  zh: '行政执法机关移送涉嫌犯罪案件的规定',
  en: 'Provisions on the Transfer of Suspected Criminal Cases by Administrative Law-Enforcement Organs',
};
const SANXIANG: Text = { zh: '国办发〔2018〕118号', en: 'State Council General Office Opinion No. 118 (2018)' };

const CF = (article: string) => `《中华人民共和国行政处罚法》${article}`;
const XK = (article: string) => `《中华人民共和国行政许可法》${article}`;
const QZ = (article: string) => `《中华人民共和国行政强制法》${article}`;
const FY = (article: string) => `《中华人民共和国行政复议法》${article}`;
const SS = (article: string) => `《中华人民共和国行政诉讼法》${article}`;
const YSG = (article: string) => `《行政执法机关移送涉嫌犯罪案件的规定》${article}`;
const OPINION =
  '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）';

const WD_CF = CF('第八十五条');
const WD_XK = XK('第八十二条');
const WD_QZ = QZ('第六十九条');
const FY_88 = FY('第八十八条');
const SS_101 = SS('第一百零一条');
const CIVIL = '《中华人民共和国民事诉讼法》第八十五条';

const HEAD: Text = { zh: '行政机关负责人', en: 'the head of the agency' };

const rules: DeadlineRule[] = [
  // ---- 行政处罚法 ------------------------------------------------------------------------------------------
  {
    id: 'XZCF-48',
    statute: XZCF,
    basis: CF('第四十八条'),
    countingBasis: WD_CF,
    title: { zh: '撤回已公开的行政处罚决定信息', en: 'Withdraw a published penalty decision' },
    startEvent: {
      zh: '公开的处罚决定被变更、撤销、确认违法或者确认无效之日',
      en: 'the day the published decision was changed, revoked, or found unlawful or void',
    },
    unit: 'working_days',
    amount: 3,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '“三日”依第八十五条为工作日。',
      en: '“Three days” are working days under Art. 85.',
    },
  },
  {
    id: 'XZCF-56',
    statute: XZCF,
    basis: CF('第五十六条'),
    countingBasis: WD_CF,
    title: { zh: '先行登记保存后作出处理决定', en: 'Decide on evidence registered and preserved' },
    startEvent: { zh: '先行登记保存之日', en: 'the day the evidence was registered and preserved' },
    unit: 'working_days',
    amount: 7,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: { zh: '“七日”依第八十五条为工作日。', en: '“Seven days” are working days under Art. 85.' },
  },
  {
    id: 'XZCF-60',
    statute: XZCF,
    basis: CF('第六十条'),
    countingBasis: CF('第六十条'),
    title: { zh: '作出行政处罚决定', en: 'Make the penalty decision' },
    startEvent: { zh: '立案之日', en: 'the day the case was opened' },
    unit: 'calendar_days',
    amount: 90,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: true,
    extension: { unit: 'calendar_days', max: 30, approver: HEAD },
    configurable: { amount: { min: 30, max: 180 }, extensionMax: { min: 0, max: 60 }, perAgency: false },
    note: {
      zh: '九十日为自然日（第八十五条只把二、三、五、七日定为工作日）。处罚法未规定期满日遇节假日顺延，本期限约束行政机关，不顺延对当事人更有利。中止期间（如检测、鉴定、听证）不计入。“法律、法规、规章另有规定的，从其规定”：期限和经批准可延长的天数由本行政区划按部门规章设定（默认延长不超过三十日）。',
      en: 'Ninety calendar days (Art. 85 makes only 2, 3, 5 and 7 days working days). The law does not roll a last day on a holiday forward; the period binds the agency, so not rolling forward favours the party. Suspended time (testing, appraisal, hearing) does not count. Sector rules may set the period and an approved extension (default at most 30 days): configurable per tenant.',
    },
  },
  {
    id: 'XZCF-61',
    statute: XZCF,
    basis: CF('第六十一条'),
    countingBasis: WD_CF,
    title: { zh: '送达行政处罚决定书', en: 'Serve the penalty decision' },
    startEvent: { zh: '宣告行政处罚决定之日（当事人不在场）', en: 'the day the decision was announced (party absent)' },
    unit: 'working_days',
    amount: 7,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: { zh: '“七日”依第八十五条为工作日。', en: '“Seven days” are working days under Art. 85.' },
  },
  {
    id: 'XZCF-64-REQUEST',
    statute: XZCF,
    basis: CF('第六十四条第一项'),
    countingBasis: WD_CF,
    title: { zh: '当事人要求听证', en: 'The party requests a hearing' },
    startEvent: { zh: '行政机关告知听证权利之日', en: 'the day the party was told of the right to a hearing' },
    unit: 'working_days',
    amount: 5,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '“五日”依第八十五条为工作日，自告知（送达）次日起算。',
      en: '“Five days” are working days under Art. 85, counted from the day after the notice.',
    },
  },
  {
    id: 'XZCF-64-NOTICE',
    statute: XZCF,
    basis: CF('第六十四条第二项'),
    countingBasis: WD_CF,
    title: { zh: '举行听证七日前通知', en: 'Notify the hearing seven working days ahead' },
    startEvent: { zh: '举行听证之日', en: 'the day of the hearing' },
    unit: 'working_days',
    amount: 7,
    rollForward: false,
    direction: 'before',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '逆向期限：起算日为听证日，结果为最迟通知日。“七日前”依第八十五条为工作日；通知日和听证日都不计入，二者之间须有完整的七个工作日，即从听证日前一日往前数七个工作日，再前一日为最迟通知日。这一读法给当事人的准备时间最长。',
      en: 'A backwards period: the start is the hearing day and the result the latest day to notify. “Seven days before” are working days under Art. 85; neither the notice day nor the hearing day counts, so seven whole working days lie between them: count seven working days back from the day before the hearing; the day before the seventh is the latest notice day. This reading gives the party the most time to prepare.',
    },
  },
  {
    id: 'XZCF-67',
    statute: XZCF,
    basis: CF('第六十七条第三款'),
    countingBasis: CIVIL,
    title: { zh: '当事人缴纳罚款', en: 'The party pays the fine' },
    startEvent: { zh: '当事人收到行政处罚决定书之日', en: 'the day the party received the decision' },
    unit: 'calendar_days',
    amount: 15,
    rollForward: true,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '十五日为自然日。处罚法未规定期满日遇节假日如何处理；本期限约束当事人，逾期即加处罚款（第七十二条），故参照民事诉讼法第八十五条，期满日为节假日的顺延至节后第一个工作日，对当事人更有利（送达依第六十一条适用民事诉讼法）。',
      en: 'Fifteen calendar days. The law is silent on a last day falling on a holiday; the period binds the party and late payment draws a surcharge (Art. 72), so the civil-procedure rule (Art. 85) is followed: a last day on a rest day moves to the next working day, which favours the party (service itself follows the Civil Procedure Law, Art. 61).',
    },
  },
  // ---- 行政许可法 ------------------------------------------------------------------------------------------
  {
    id: 'XZXK-32',
    statute: XZXK,
    basis: XK('第三十二条第一款第四项'),
    countingBasis: WD_XK,
    title: { zh: '一次告知需要补正的全部内容', en: 'Tell all missing items of an application' },
    startEvent: { zh: '收到申请材料之日', en: 'the day the application materials were received' },
    unit: 'working_days',
    amount: 5,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '许可法的期限均为工作日（第八十二条）。逾期不告知的，自收到申请材料之日起即为受理。',
      en: 'All periods of the Licensing Law are working days (Art. 82). If not told in time, the application counts as accepted on receipt.',
    },
  },
  {
    id: 'XZXK-42',
    statute: XZXK,
    basis: XK('第四十二条第一款'),
    countingBasis: WD_XK,
    title: { zh: '作出行政许可决定', en: 'Decide on the licence' },
    startEvent: { zh: '受理行政许可申请之日', en: 'the day the application was accepted' },
    unit: 'working_days',
    amount: 20,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: true,
    extension: { unit: 'working_days', max: 10, approver: HEAD },
    configurable: null,
    note: {
      zh: '二十个工作日；经本行政机关负责人批准可延长十个工作日并告知申请人理由。听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的时间不计入（第四十五条），作为中止期间扣除。',
      en: 'Twenty working days; the head of the agency may extend by ten, telling the applicant why. Time for hearings, tenders, auctions, testing, inspection, quarantine, appraisal and expert review does not count (Art. 45): entered as suspensions.',
    },
  },
  {
    id: 'XZXK-42-EXT',
    statute: XZXK,
    basis: XK('第四十二条第一款'),
    countingBasis: WD_XK,
    title: { zh: '延长后的行政许可决定期限', en: 'Licence decision, extended period' },
    startEvent: {
      zh: '原二十个工作日期限的最后一日',
      en: 'the last day of the original twenty-working-day period',
    },
    unit: 'working_days',
    amount: 10,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: true,
    extension: null,
    configurable: null,
    note: {
      zh: '延长的十个工作日接续原期限计算：起算日为原期限的最后一日（不计入）。也可以在 XZXK-42 上登记一次批准的延长，结果相同。',
      en: 'The ten extra working days follow the original period: the start is its last day (not counted). Recording the approved extension on XZXK-42 gives the same date.',
    },
  },
  {
    id: 'XZXK-42-JOINT',
    statute: XZXK,
    basis: XK('第四十二条第二款'),
    countingBasis: WD_XK,
    title: { zh: '统一办理、联合办理、集中办理的许可决定', en: 'Licence decided by joint or centralised handling' },
    startEvent: { zh: '受理行政许可申请之日', en: 'the day the application was accepted' },
    unit: 'working_days',
    amount: 45,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: true,
    extension: {
      unit: 'working_days',
      max: 15,
      approver: { zh: '本级人民政府负责人', en: 'the head of the government at the same level' },
    },
    configurable: null,
    note: {
      zh: '四十五个工作日；经本级人民政府负责人批准可延长十五个工作日。',
      en: 'Forty-five working days; the head of the government at the same level may extend by fifteen.',
    },
  },
  {
    id: 'XZXK-44',
    statute: XZXK,
    basis: XK('第四十四条'),
    countingBasis: WD_XK,
    title: { zh: '颁发、送达行政许可证件', en: 'Issue and deliver the licence' },
    startEvent: { zh: '作出准予行政许可决定之日', en: 'the day the licence was granted' },
    unit: 'working_days',
    amount: 10,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: { zh: '十个工作日（第八十二条）。', en: 'Ten working days (Art. 82).' },
  },
  {
    id: 'XZXK-47',
    statute: XZXK,
    basis: XK('第四十七条第一款'),
    countingBasis: WD_XK,
    title: { zh: '申请人、利害关系人申请听证', en: 'Request a licensing hearing' },
    startEvent: { zh: '被告知听证权利之日', en: 'the day the right to a hearing was notified' },
    unit: 'working_days',
    amount: 5,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: { zh: '五个工作日（第八十二条）。', en: 'Five working days (Art. 82).' },
  },
  {
    id: 'XZXK-48',
    statute: XZXK,
    basis: XK('第四十七条第一款'),
    countingBasis: WD_XK,
    title: { zh: '组织许可听证', en: 'Hold the licensing hearing' },
    startEvent: { zh: '收到听证申请之日', en: 'the day the hearing request was received' },
    unit: 'working_days',
    amount: 20,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '二十个工作日（第八十二条）。期限规定在第四十七条；第四十八条规定听证程序（七日前通知）。',
      en: 'Twenty working days (Art. 82). The period is in Art. 47; Art. 48 sets the hearing procedure (notice seven days ahead).',
    },
  },
  // ---- 行政强制法 ------------------------------------------------------------------------------------------
  {
    id: 'XZQZ-19',
    statute: XZQZ,
    basis: QZ('第十九条'),
    countingBasis: QZ('第十九条'),
    title: { zh: '当场实施强制措施后报告并补办批准', en: 'Report an emergency measure and obtain approval' },
    startEvent: { zh: '当场实施行政强制措施的时刻', en: 'the moment the emergency measure was taken' },
    unit: 'hours',
    amount: 24,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '二十四小时按钟点计算，自实施时刻起，不因节假日顺延。',
      en: 'Twenty-four clock hours from the moment of the measure; holidays do not extend it.',
    },
  },
  {
    id: 'XZQZ-25',
    statute: XZQZ,
    basis: QZ('第二十五条'),
    countingBasis: WD_QZ,
    title: { zh: '查封、扣押期限', en: 'Seal-up or seizure period' },
    startEvent: { zh: '实施查封、扣押之日', en: 'the day of the seal-up or seizure' },
    unit: 'calendar_days',
    amount: 30,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: true,
    extension: { unit: 'calendar_days', max: 30, approver: HEAD },
    configurable: null,
    note: {
      zh: '三十日超过十日，按自然日计算（第六十九条只把十日以内的期限定为工作日）。期满日不顺延：财物被限制的每一天都由当事人承担。检测、检验、检疫、技术鉴定期间不计入（第二十五条第三款），作为中止期间扣除；情况复杂的经负责人批准可延长，不超过三十日。',
      en: 'Thirty days exceed ten, so they are calendar days (Art. 69 makes only periods of ten days or less working days). No roll-forward: every day of the restraint falls on the party. Testing, inspection, quarantine and appraisal time does not count (Art. 25(3)), entered as suspensions; complex cases may be extended with approval by at most thirty days.',
    },
  },
  {
    id: 'XZQZ-25-EXT',
    statute: XZQZ,
    basis: QZ('第二十五条第一款'),
    countingBasis: WD_QZ,
    title: { zh: '延长后的查封、扣押期限', en: 'Seal-up or seizure, extended period' },
    startEvent: { zh: '原三十日期限的最后一日', en: 'the last day of the original thirty-day period' },
    unit: 'calendar_days',
    amount: 30,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: true,
    extension: null,
    configurable: null,
    note: {
      zh: '延长不超过三十日，接续原期限计算：起算日为原期限的最后一日（不计入）；也可以在 XZQZ-25 上登记批准的延长天数。',
      en: 'At most thirty more days following the original period: the start is its last day (not counted); or record the approved days on XZQZ-25.',
    },
  },
  {
    id: 'XZQZ-31',
    statute: XZQZ,
    basis: QZ('第三十一条'),
    countingBasis: WD_QZ,
    title: { zh: '交付冻结决定书', en: 'Deliver the freeze decision' },
    startEvent: { zh: '冻结存款、汇款之日', en: 'the day of the freeze' },
    unit: 'working_days',
    amount: 3,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: { zh: '三日在十日以内，为工作日（第六十九条）。', en: 'Three days (ten or less): working days (Art. 69).' },
  },
  {
    id: 'XZQZ-32',
    statute: XZQZ,
    basis: QZ('第三十二条'),
    countingBasis: WD_QZ,
    title: { zh: '冻结后作出处理决定或解除冻结', en: 'Decide on frozen funds or release them' },
    startEvent: { zh: '冻结存款、汇款之日', en: 'the day of the freeze' },
    unit: 'calendar_days',
    amount: 30,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: { unit: 'calendar_days', max: 30, approver: HEAD },
    configurable: null,
    note: {
      zh: '三十日为自然日，期满日不顺延（同查封、扣押）；情况复杂的经负责人批准可延长，不超过三十日。',
      en: 'Thirty calendar days, no roll-forward (as for seizure); complex cases may be extended with approval by at most thirty days.',
    },
  },
  {
    id: 'XZQZ-54',
    statute: XZQZ,
    basis: QZ('第五十三条'),
    countingBasis: QZ('第五十三条'),
    title: { zh: '申请人民法院强制执行', en: 'Apply to the court for enforcement' },
    startEvent: {
      zh: '当事人申请复议、提起诉讼的法定期限届满之日',
      en: 'the day the party’s periods for review and litigation ended',
    },
    unit: 'months',
    amount: 3,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '三个月按月计算：到期月份的对应日，无对应日的为该月最后一日。三个月的申请期限规定在第五十三条（第五十四条规定申请前的催告，催告书送达十个工作日后方可申请）。强制法未规定期满日顺延，本期限约束行政机关，不顺延。',
      en: 'Three months: the same day of the month three months later, or that month’s last day. The three-month window is in Art. 53 (Art. 54 requires the demand to have been served ten working days before applying). The law does not roll a last day forward and the period binds the agency: no roll-forward.',
    },
  },
  // ---- 行政复议法 ------------------------------------------------------------------------------------------
  {
    id: 'XZFY-20',
    statute: XZFY,
    basis: FY('第二十条第一款'),
    countingBasis: FY_88,
    title: { zh: '申请行政复议', en: 'Apply for administrative review' },
    startEvent: { zh: '知道或者应当知道行政行为之日', en: 'the day the party knew or should have known of the act' },
    unit: 'calendar_days',
    amount: 60,
    rollForward: true,
    direction: 'after',
    suspensionsAllowed: true,
    extension: null,
    configurable: null,
    note: {
      zh: '六十日为自然日（第八十八条只把三、五、七、十日定为工作日），其余依第八十八条适用民事诉讼法关于期间的规定：期满日为节假日的顺延。因不可抗力等耽误的，自障碍消除之日起继续计算（第二十条第二款），作为中止期间扣除。',
      en: 'Sixty calendar days (Art. 88 makes only 3, 5, 7 and 10 days working days); otherwise Art. 88 applies the civil-procedure rules on periods: a last day on a rest day rolls forward. Time lost to force majeure resumes when the obstacle ends (Art. 20(2)): entered as a suspension.',
    },
  },
  {
    id: 'XZFY-48',
    statute: XZFY,
    basis: FY('第四十八条'),
    countingBasis: FY_88,
    title: { zh: '被申请人提出书面答复', en: 'The respondent replies in writing' },
    startEvent: {
      zh: '收到复议申请书副本或申请笔录复印件之日',
      en: 'the day the respondent received the copy of the application',
    },
    unit: 'working_days',
    amount: 10,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: { zh: '“十日”依第八十八条为工作日。', en: '“Ten days” are working days under Art. 88.' },
  },
  {
    id: 'XZFY-62',
    statute: XZFY,
    basis: FY('第六十二条第一款'),
    countingBasis: FY_88,
    title: { zh: '作出行政复议决定（普通程序）', en: 'Review decision (ordinary procedure)' },
    startEvent: { zh: '受理复议申请之日', en: 'the day the application was accepted' },
    unit: 'calendar_days',
    amount: 60,
    rollForward: true,
    direction: 'after',
    suspensionsAllowed: true,
    extension: {
      unit: 'calendar_days',
      max: 30,
      approver: { zh: '行政复议机构的负责人', en: 'the head of the review body' },
    },
    configurable: null,
    note: {
      zh: '六十日为自然日，依第八十八条适用民事诉讼法：期满日为节假日的顺延。复议中止（第三十九条）的期间不计入；经复议机构负责人批准可延长，最多三十日。',
      en: 'Sixty calendar days; Art. 88 applies the civil-procedure rules, so a last day on a rest day rolls forward. Suspended review (Art. 39) does not count; the head of the review body may extend by at most thirty days.',
    },
  },
  {
    id: 'XZFY-76',
    statute: XZFY,
    basis: FY('第七十六条'),
    countingBasis: FY_88,
    title: { zh: '报送纠正情况（复议意见书）', en: 'Report the correction (review opinion letter)' },
    startEvent: { zh: '收到行政复议意见书之日', en: 'the day the opinion letter was received' },
    unit: 'calendar_days',
    amount: 60,
    rollForward: true,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '六十日为自然日，依第八十八条适用民事诉讼法关于期间的规定，期满日为节假日的顺延。',
      en: 'Sixty calendar days; Art. 88 applies the civil-procedure rules on periods: a last day on a rest day rolls forward.',
    },
  },
  // ---- 行政诉讼法 ------------------------------------------------------------------------------------------
  {
    id: 'XZSS-45',
    statute: XZSS,
    basis: SS('第四十五条'),
    countingBasis: SS_101,
    title: { zh: '不服复议决定提起诉讼', en: 'Sue after a review decision' },
    startEvent: { zh: '收到复议决定书之日', en: 'the day the review decision was received' },
    unit: 'calendar_days',
    amount: 15,
    rollForward: true,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '行政诉讼法没有工作日的规定，十五日为自然日；期间依第一百零一条适用民事诉讼法第八十五条，期满日为节假日的顺延。',
      en: 'The Litigation Law has no working-day rule: fifteen calendar days; under Art. 101 the Civil Procedure Law (Art. 85) governs periods, so a last day on a rest day rolls forward.',
    },
  },
  {
    id: 'XZSS-46',
    statute: XZSS,
    basis: SS('第四十六条第一款'),
    countingBasis: SS_101,
    title: { zh: '直接提起行政诉讼', en: 'Sue directly' },
    startEvent: {
      zh: '知道或者应当知道作出行政行为之日',
      en: 'the day the party knew or should have known of the act',
    },
    unit: 'months',
    amount: 6,
    rollForward: true,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '六个月按月计算：到期月份的对应日，无对应日的为该月最后一日；依第一百零一条适用民事诉讼法第八十五条，期满日为节假日的顺延。',
      en: 'Six months: the same day of the month six months later, or that month’s last day; under Art. 101 the civil-procedure rule rolls a last day on a rest day forward.',
    },
  },
  // ---- 行刑衔接 --------------------------------------------------------------------------------------------
  {
    id: 'YS-5-DECIDE',
    statute: YS,
    basis: YSG('第五条第二款'),
    countingBasis: YSG('第五条第二款'),
    title: { zh: '负责人决定是否批准移送', en: 'The head decides whether to transfer' },
    startEvent: { zh: '接到移送涉嫌犯罪案件书面报告之日', en: 'the day the written report was received' },
    unit: 'calendar_days',
    amount: 3,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '该规定没有把期间定为工作日，也没有期满顺延的规定，按自然日计算、不顺延。三日约束的是行政机关，制度目的是防止以罚代刑，较短的读法更能督促及时移送。',
      en: 'The regulation defines no working days and no roll-forward: three calendar days, not rolled forward. The period binds the agency, and the regulation aims to stop fines replacing prosecution; the shorter reading keeps referrals prompt.',
    },
  },
  {
    id: 'YS-5-TRANSFER',
    statute: YS,
    basis: YSG('第五条第二款'),
    countingBasis: YSG('第五条第二款'),
    title: { zh: '批准后向公安机关移送', en: 'Transfer to the police after approval' },
    startEvent: { zh: '批准移送的时刻', en: 'the moment the transfer was approved' },
    unit: 'hours',
    amount: 24,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '二十四小时按钟点计算，自批准时刻起。',
      en: 'Twenty-four clock hours from the approval.',
    },
  },
  {
    id: 'YS-8',
    statute: YS,
    basis: YSG('第八条'),
    countingBasis: YSG('第八条'),
    title: { zh: '公安机关审查决定是否立案', en: 'The police decide whether to open a criminal case' },
    startEvent: { zh: '公安机关接受移送案件之日', en: 'the day the police accepted the transfer' },
    unit: 'calendar_days',
    amount: 3,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '同第五条：按自然日计算，不顺延。',
      en: 'As for Art. 5: calendar days, not rolled forward.',
    },
  },
  // ---- 三项制度 --------------------------------------------------------------------------------------------
  {
    id: 'DISCLOSE-7',
    statute: SANXIANG,
    basis: OPINION,
    countingBasis: OPINION,
    title: { zh: '公开行政许可、行政处罚决定信息', en: 'Publish licence and penalty decisions' },
    startEvent: { zh: '作出执法决定之日', en: 'the day the decision was made' },
    unit: 'working_days',
    amount: 7,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '指导意见明确为“7个工作日内”，法律、行政法规另有规定的除外。',
      en: 'The opinion says “within 7 working days”, unless a law or administrative regulation provides otherwise.',
    },
  },
  {
    id: 'DISCLOSE-20',
    statute: SANXIANG,
    basis: OPINION,
    countingBasis: OPINION,
    title: { zh: '公开其他执法决定信息', en: 'Publish other enforcement decisions' },
    startEvent: { zh: '作出执法决定之日', en: 'the day the decision was made' },
    unit: 'working_days',
    amount: 20,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: false,
    extension: null,
    configurable: null,
    note: {
      zh: '指导意见明确为“20个工作日内”。',
      en: 'The opinion says “within 20 working days”.',
    },
  },
  {
    id: 'LEGAL-REVIEW',
    statute: SANXIANG,
    basis: CF('第五十八条'),
    countingBasis: OPINION,
    title: { zh: '法制审核时限', en: 'Legal review time limit' },
    startEvent: { zh: '提交法制审核之日', en: 'the day the case was submitted for legal review' },
    unit: 'working_days',
    amount: 5,
    rollForward: false,
    direction: 'after',
    suspensionsAllowed: true,
    extension: null,
    configurable: { amount: { min: 3, max: 10 }, extensionMax: null, perAgency: true },
    note: {
      zh: '处罚法第五十八条要求重大决定前进行法制审核，未规定时限；依国办发〔2018〕118号，审核时限由各地各部门规定（一般三至十个工作日）。本行政区划可设定默认值，各执法单位可设定自己的时限（默认五个工作日）。退回补充材料的期间作为中止期间扣除。',
      en: 'Art. 58 requires legal review before major decisions but sets no time; under Opinion No. 118 (2018) each locality or department sets it (usually 3–10 working days). The tenant sets a default and each agency may set its own (default 5 working days). Time for the handler to supply materials counts as a suspension.',
    },
  },
];

export const DEADLINE_RULES: Record<DeadlineRuleId, DeadlineRule> = Object.fromEntries(
  rules.map((r) => [r.id, r]),
) as Record<DeadlineRuleId, DeadlineRule>;

export function isDeadlineRuleId(id: string): id is DeadlineRuleId {
  return Object.prototype.hasOwnProperty.call(DEADLINE_RULES, id);
}
