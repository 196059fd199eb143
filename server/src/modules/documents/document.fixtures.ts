// Sample data for the documents tests and for looking at the generated documents: a 香格里拉市市场监督管理局
// food-safety case (餐具未经清洗消毒, 拒不改正; 食品安全法 56, 126) against a restaurant company, fine 20,000 元.
import {
  chineseDate,
  chineseUpperAmount,
  DOCUMENT_EXTRA_FIELDS,
  yuanText,
  type CaseDocumentInput,
  type DocumentKind,
} from '../../../../contracts/document';

const FINE_FEN = 2_000_000n;

export const SAMPLE_CASE_INPUT: CaseDocumentInput = {
  issuedOn: '2026-03-18',
  agency: {
    name: '香格里拉市市场监督管理局',
    shortName: '市场监管局',
    address: '香格里拉市建塘镇池慈卡街12号',
    phone: '0887-8221208',
    postcode: '674400',
  },
  case: {
    number: '香市监立〔2026〕35号',
    title: '香格里拉市某某餐饮有限公司使用未经清洗消毒的餐具案',
    procedureLabel: '行政处罚普通程序',
    sourceLabel: '监督检查',
    openedOn: '2026年1月12日',
    cause: '使用未经清洗消毒的餐具',
    facts:
      '2026年1月9日，本局执法人员在对当事人经营场所进行监督检查时发现，当事人后厨备餐间碗柜内存放的已标示“已消毒”的' +
      '餐具共计126件，经现场快速检测，其中48件表面残留物检测不合格，当事人未能提供当日餐具清洗消毒记录。' +
      '本局于2025年11月20日曾就同一问题责令当事人改正，当事人拒不改正。',
    evidence: [
      { name: '当事人营业执照、食品经营许可证复印件', description: '证明当事人的主体资格和经营范围' },
      { name: '现场检查笔录及现场照片12张', description: '证明当事人后厨餐具存放及清洗消毒的情况' },
      { name: '餐具表面洁净度快速检测报告', description: '证明48件餐具清洗消毒不合格' },
      { name: '《责令改正通知书》（香市监责改〔2025〕88号）及送达回证', description: '证明当事人经责令改正拒不改正' },
      { name: '对当事人法定代表人张某某的询问笔录', description: '证明当事人对违法事实的陈述' },
    ],
    articlesViolated: '《中华人民共和国食品安全法》第五十六条第二款',
    articlesApplied: '《中华人民共和国食品安全法》第一百二十六条第一款第（五）项',
    discretion: {
      level: '一般',
      reason:
        '当事人经责令改正拒不改正，但违法行为持续时间较短，未造成食源性疾病等危害后果，且在调查中如实陈述违法事实，' +
        '依照《云南省市场监督管理行政处罚裁量基准》，在五千元以上五万元以下的幅度内处以中间偏下的罚款',
    },
    penalty: {
      kindsText: '罚款',
      fineYuan: yuanText(FINE_FEN),
      fineUpper: chineseUpperAmount(FINE_FEN),
      summaryText: `罚款人民币${yuanText(FINE_FEN)}元（${chineseUpperAmount(FINE_FEN)}）。`,
    },
    decisionDate: '2026年3月18日',
    paymentDeadlineText: '自收到本决定书之日起十五日内',
    closingSummary: '当事人已于2026年3月25日缴清全部罚款。',
  },
  parties: [
    {
      typeLabel: '法人',
      name: '香格里拉市某某餐饮有限公司',
      idLabel: '统一社会信用代码',
      idNumber: '91533401MA6K8L2Q3X',
      legalRepresentative: '张某某',
      address: '云南省迪庆藏族自治州香格里拉市建塘镇长征路88号',
      phone: '13908871234',
    },
  ],
  officers: [
    { name: '和某某', certificateNumber: '53340120230012' },
    { name: '李某某', certificateNumber: '53340120230013' },
  ],
  reviewer: {
    name: '杨某某',
    opinion: '本案执法主体适格，事实清楚，证据确实充分，适用法律正确，程序合法，裁量适当。同意承办机构的处理意见。',
    outcomeLabel: '同意',
    date: '2026年2月26日',
  },
  hearing: {
    date: '2026年3月5日',
    time: '上午9时30分',
    place: '香格里拉市市场监督管理局三楼听证室',
    host: '王某某',
    clerk: '赵某某',
    requestedOn: '2026年2月28日',
    participants: '当事人委托代理人陈某某',
    summary:
      '调查人员陈述了当事人违法的事实、证据、处罚依据和处罚建议；当事人委托代理人对违法事实无异议，' +
      '请求从轻处罚；双方进行了质证和辩论，当事人作了最后陈述。',
  },
  discussion: {
    date: '2026年3月12日',
    place: '本局二楼会议室',
    host: '局长 格某某',
    attendees: '格某某、和某某（副局长）、杨某某（法规股股长）、马某某（食品经营监管股股长）',
    recorder: '赵某某',
    summary: '与会人员听取了承办人员的汇报和法制审核意见，认为本案事实清楚、证据充分，处罚幅度适当。',
    conclusion: '同意对当事人罚款人民币20,000.00元。',
  },
  service: {
    methodLabel: '直接送达',
    date: '2026年3月19日',
    place: '香格里拉市建塘镇长征路88号当事人经营场所',
    recipient: '张某某',
    documentTitle: '行政处罚决定书',
    documentNumber: '香市监罚决〔2026〕12号',
  },
  remedy: { reviewBody: '香格里拉市人民政府', court: '香格里拉市人民法院' },
  payment: {
    payee: '香格里拉市财政局',
    bank: '中国农业银行香格里拉市支行',
    account: '2425 0101 0400 0123 4',
    place: '中国农业银行香格里拉市支行各营业网点',
  },
  items: [
    { name: '不锈钢餐盘', spec: '直径24厘米', quantity: '30件', note: '检测不合格' },
    { name: '陶瓷汤碗', spec: '直径15厘米', quantity: '18件', note: '检测不合格' },
  ],
  extra: {},
};

/** Realistic values for each kind's own fields (extra.*). */
const SAMPLE_EXTRA: Partial<Record<DocumentKind, Record<string, string>>> = {
  case_opening_approval: {
    clueSummary:
      '2026年1月9日执法人员在监督检查中发现当事人使用未经清洗消毒的餐具，此前已责令改正，涉嫌违反《中华人民共和国食品安全法》第五十六条第二款，' +
      '依照《市场监督管理行政处罚程序规定》第二十条，符合立案条件。',
    handlerOpinion: '建议立案调查。',
    departmentOpinion: '同意立案。',
    leaderOpinion: '同意。',
  },
  inspection_record: {
    startTime: '2026年1月9日10时20分',
    endTime: '11时05分',
    place: '香格里拉市建塘镇长征路88号',
    present: '张某某（法定代表人）',
    content:
      '当事人后厨备餐间碗柜内存放标示“已消毒”的餐具126件，现场抽检48件表面残留物不合格；消毒柜未通电，无当日清洗消毒记录。',
  },
  inquiry_record: {
    startTime: '2026年1月15日9时00分',
    endTime: '9时50分',
    place: '香格里拉市市场监督管理局询问室',
    interviewee: '张某某',
    intervieweeId: '533421198005120017',
    relation: '当事人法定代表人',
    content:
      '答：不申请回避。\n问：1月9日执法人员检查时发现的餐具是否经过清洗消毒？\n答：当天消毒柜坏了，只用清水冲洗过。',
  },
  preservation_notice: { reason: '相关餐具可能被清洗或者转移，', storagePlace: '当事人经营场所后厨', period: '七日' },
  preservation_decision: { decision: '对先行登记保存的餐具解除先行登记保存，退还当事人，责令其清洗消毒后使用。' },
  penalty_prior_notice: { statementDays: '五个工作日', hearingDays: '五个工作日' },
  hearing_notice: { caseSummary: '（拟罚款人民币20,000.00元）' },
  hearing_record: { startTime: '9时30分', endTime: '11时10分', content: '' },
  legal_review_opinion: { submittedOn: '2026年2月20日', matters: '拟作出较大数额罚款的行政处罚决定' },
  penalty_decision: {
    noticeDate: '2026年2月27日',
    statementHandling:
      '当事人于2026年2月28日要求听证，本局于2026年3月5日依法举行了听证。当事人提出的从轻处罚请求，本局在裁量中已予考虑。',
  },
  summary_penalty_decision: {
    place: '香格里拉市建塘镇长征路88号',
    time: '2026年3月18日10时',
    statement: '未提出陈述、申辩',
  },
  service_receipt: { server: '和某某、李某某', note: '' },
  payment_demand: {
    decisionNumber: '香市监罚决〔2026〕12号',
    fineOutstanding: '人民币20,000.00元',
    surcharge: '人民币6,000.00元',
    dueDays: '十日',
  },
  enforcement_application: {
    decisionNumber: '香市监罚决〔2026〕12号',
    demandDate: '2026年4月20日',
    court: '香格里拉市人民法院',
    executionItems: '强制被申请人缴纳罚款人民币20,000.00元及加处罚款人民币20,000.00元。',
    performance: '',
  },
  case_closing_report: {
    decisionNumber: '香市监罚决〔2026〕12号',
    closingReason: '行政处罚决定已执行完毕',
    execution: '',
  },
  licence_acceptance_notice: {
    item: '食品经营许可（新办）',
    applicationDate: '2026年3月2日',
    dueDate: '2026年3月30日',
  },
  licence_supplement_notice: {
    item: '食品经营许可（新办）',
    applicationDate: '2026年3月2日',
    materials: '1. 食品安全自查制度文本；2. 经营场所平面布局图。',
  },
  licence_extension_notice: {
    item: '食品经营许可（新办）',
    applicationDate: '2026年3月2日',
    reason: '需对经营场所进行现场核查',
    newDueDate: '2026年4月14日',
  },
  licence_decision: {
    item: '食品经营许可（新办）',
    applicationDate: '2026年3月2日',
    granted: '是',
    content: '准予从事预包装食品销售、热食类食品制售',
    validity: '五年',
    refusalReason: '',
  },
  coercion_decision: {
    measure: '扣押',
    reason: '有证据证明当事人存放的餐具不符合食品安全标准',
    basis: '《中华人民共和国食品安全法》第一百一十条第（四）项',
    place: '本局涉案物品保管室',
    period: '三十日（2026年1月9日至2026年2月7日）',
  },
  coercion_record: {
    measure: '扣押',
    startTime: '2026年1月9日11时10分',
    endTime: '11时40分',
    place: '当事人后厨',
    content: '当事人在场，对扣押物品清点无异议。',
  },
  coercion_extension_notice: {
    measure: '扣押',
    originalNumber: '香市监强措决〔2026〕3号',
    reason: '需要等待检验结果',
    newPeriod: '三十日',
  },
  coercion_release_decision: {
    measure: '扣押',
    originalNumber: '香市监强措决〔2026〕3号',
    reason: '检验结果表明物品符合要求',
  },
  freeze_decision: {
    amount: '人民币20,000.00元',
    bank: '中国农业银行香格里拉市支行',
    account: '2425 0101 0400 0999 9',
    reason: '当事人有转移违法所得的可能',
    basis: '法律规定的冻结依据',
    period: '三十日',
  },
  freeze_release_decision: {
    originalNumber: '香市监冻决〔2026〕1号',
    amount: '人民币20,000.00元',
    reason: '当事人已履行',
  },
  inspection_result: {
    place: '香格里拉市建塘镇长征路88号',
    result: '未发现违法行为。',
    requirement: '完善餐具清洗消毒记录。',
  },
  general_decision: {
    subject: '食品经营许可证注销',
    content: '注销当事人的食品经营许可证。',
    basis: '《中华人民共和国行政许可法》第七十条',
  },
};

export function sampleInputFor(kind: DocumentKind): CaseDocumentInput {
  const extra = { ...SAMPLE_EXTRA[kind] };
  for (const key of Object.keys(DOCUMENT_EXTRA_FIELDS[kind])) extra[key] ??= '';
  return { ...SAMPLE_CASE_INPUT, extra };
}

export const SAMPLE_ISSUED_ON = chineseDate(SAMPLE_CASE_INPUT.issuedOn!);
