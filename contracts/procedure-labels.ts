// The Chinese (and English) names of what a procedure definition refers to by code — guards with the article each
// enforces, standard documents (文书), deadline rules, actors and case kinds — shared by the procedures page, the
// case page and the documents module, so that one name is used everywhere.
import type { CaseActorKind, CaseKind, DeadlineRuleId, DocumentKind, GuardCode, ProcedureCode } from './procedure';

interface Label {
  zh: string;
  en: string;
}

/** A name and the written citation of the article it comes from (《中华人民共和国…法》第X条). */
export interface CitedLabel extends Label {
  article: string;
}

const XZCF = '《中华人民共和国行政处罚法》';
const XZXK = '《中华人民共和国行政许可法》';
const XZQZ = '《中华人民共和国行政强制法》';
const XZFY = '《中华人民共和国行政复议法》';
const XZSS = '《中华人民共和国行政诉讼法》';
const YS = '《行政执法机关移送涉嫌犯罪案件的规定》';
const GB118 =
  '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）';

export const CASE_KIND_LABELS: Record<CaseKind, Label> = {
  penalty: { zh: '行政处罚', en: 'Administrative penalty' },
  licence: { zh: '行政许可', en: 'Administrative licence' },
  coercion: { zh: '行政强制', en: 'Administrative coercion' },
  inspection: { zh: '行政检查', en: 'Administrative inspection' },
  levy: { zh: '行政征收', en: 'Administrative levy' },
  benefit: { zh: '行政给付', en: 'Administrative benefit' },
  confirmation: { zh: '行政确认', en: 'Administrative confirmation' },
};

/** Short names of the procedures, for menus and lists (the definitions carry the full label). */
export const PROCEDURE_CODE_LABELS: Record<ProcedureCode, Label> = {
  penalty_general: { zh: '行政处罚普通程序', en: 'Penalty — general procedure' },
  penalty_summary: { zh: '行政处罚简易程序', en: 'Penalty — summary procedure' },
  licence: { zh: '行政许可', en: 'Licence' },
  coercion_seal_seize: { zh: '查封、扣押', en: 'Seal-up and seizure' },
  coercion_freeze: { zh: '冻结存款、汇款', en: 'Freezing deposits and remittances' },
  inspection: { zh: '行政检查', en: 'Inspection' },
  levy: { zh: '行政征收', en: 'Levy' },
  benefit: { zh: '行政给付', en: 'Benefit' },
  confirmation: { zh: '行政确认', en: 'Confirmation' },
};

export const CASE_ACTOR_KIND_LABELS: Record<CaseActorKind, Label> = {
  handler: { zh: '承办人员', en: 'Handling officer' },
  reviewer: { zh: '法制审核人员', en: 'Legal reviewer' },
  leader: { zh: '机关负责人', en: 'Agency leader' },
  legal_office: { zh: '法制机构', en: 'Legal office' },
};

export const GUARD_LABELS: Record<GuardCode, CitedLabel> = {
  two_certified_officers: {
    zh: '两名以上持有效执法证的执法人员',
    en: 'At least two officers with valid certificates',
    article: `${XZCF}第四十二条`,
  },
  within_limitation: {
    zh: '在追责时效内（二年，涉及生命健康、金融安全的五年）',
    en: 'Within the limitation period (2 years; 5 for life, health or financial safety)',
    article: `${XZCF}第三十六条`,
  },
  power_in_agency_list: {
    zh: '职权事项在本单位权责清单内',
    en: 'The power is in the agency’s powers list',
    article: `${XZCF}第十七条`,
  },
  summary_limits: {
    zh: '符合简易程序条件（警告，或对公民二百元、对法人或其他组织三千元以下罚款）',
    en: 'Within the summary limits (warning; ≤ 200 yuan citizen, ≤ 3,000 yuan organisation)',
    article: `${XZCF}第五十一条`,
  },
  proposal_within_benchmark: {
    zh: '处理意见在裁量基准范围内，或已写明理由',
    en: 'Proposal within the discretion benchmark, or a written reason',
    article: `${XZCF}第三十四条`,
  },
  legal_review_passed: {
    zh: '属于法制审核目录的，已经法制审核同意',
    en: 'Legal review passed where the catalogue requires it',
    article: `${XZCF}第五十八条`,
  },
  reviewer_not_handler: {
    zh: '审核人员具备资格且不是本案承办人员',
    en: 'Qualified reviewer who is not a handler of the case',
    article: `${XZCF}第五十八条`,
  },
  rights_notified: {
    zh: '已事先告知拟处罚内容及陈述、申辩、听证权利',
    en: 'Party notified of the intended penalty and its rights',
    article: `${XZCF}第四十四条、第六十二条`,
  },
  hearing_window_closed: {
    zh: '听证申请期限已届满，或当事人放弃，或已举行听证',
    en: 'Hearing window over, waived, or hearing held',
    article: `${XZCF}第六十四条`,
  },
  hearing_request_in_time: {
    zh: '在被告知后五个工作日内提出听证申请',
    en: 'Hearing requested within 5 working days of notice',
    article: `${XZCF}第六十四条第（一）项`,
  },
  hearing_notice_in_time: {
    zh: '听证七个工作日前通知当事人',
    en: 'Hearing notice 7 working days before the hearing',
    article: `${XZCF}第六十四条第（二）项`,
  },
  hearing_host_not_investigator: {
    zh: '听证主持人非本案调查人员',
    en: 'Hearing host did not investigate the case',
    article: `${XZCF}第六十四条第（四）项`,
  },
  no_increase_after_defence: {
    zh: '不因当事人陈述、申辩而给予更重的处罚',
    en: 'No heavier penalty because the party defended itself',
    article: `${XZCF}第四十五条`,
  },
  collective_discussion_if_required: {
    zh: '情节复杂或重大违法的，经负责人集体讨论',
    en: 'Collective discussion by leaders for complex or serious cases',
    article: `${XZCF}第五十七条第二款`,
  },
  within_decision_period: {
    zh: '自立案之日起九十日内作出决定（扣除中止期间，另加批准的延期）',
    en: 'Decision within 90 days of opening (suspensions excluded, approved extensions added)',
    article: `${XZCF}第六十条`,
  },
  payment_period_over: {
    zh: '十五日缴款期限届满仍未缴纳',
    en: 'The 15-day payment period has passed unpaid',
    article: `${XZCF}第六十七条、第七十二条`,
  },
  demand_served_10_wd: {
    zh: '催告书送达已满十个工作日',
    en: 'Demand served 10 working days ago',
    article: `${XZQZ}第五十四条`,
  },
  referral_not_fine_only: {
    zh: '涉嫌犯罪的案件不得以罚代刑，应当移送',
    en: 'A case meeting a criminal threshold is referred, not closed on a fine',
    article: `${XZCF}第二十七条、第八十二条`,
  },
  approval_recorded: {
    zh: '已记录行政机关负责人批准',
    en: 'The agency leader’s approval is recorded',
    article: `${XZQZ}第十八条；${XZXK}第四十二条；${XZCF}第五十四条`,
  },
  reason_given: {
    zh: '已写明理由',
    en: 'A written reason is given',
    article: `${XZCF}第五十七条`,
  },
  application_complete: {
    zh: '申请材料齐全、符合法定形式',
    en: 'The application is complete and in the legal form',
    article: `${XZXK}第三十二条`,
  },
  extension_not_used: {
    zh: '尚未延长过期限（只可延长一次）',
    en: 'The period has not been extended before (once only)',
    article: `${XZXK}第四十二条；${XZQZ}第二十五条`,
  },
};

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, Label> = {
  case_opening_approval: { zh: '立案审批表', en: 'Case opening approval form' },
  inspection_record: { zh: '现场检查笔录', en: 'On-site inspection record' },
  inquiry_record: { zh: '询问笔录', en: 'Inquiry record' },
  preservation_notice: { zh: '先行登记保存通知书', en: 'Notice of registration and preservation of evidence' },
  preservation_decision: { zh: '先行登记保存处理决定书', en: 'Decision on preserved evidence' },
  penalty_prior_notice: { zh: '行政处罚事先告知书', en: 'Prior notice of administrative penalty' },
  hearing_notice: { zh: '听证通知书', en: 'Hearing notice' },
  hearing_record: { zh: '听证笔录', en: 'Hearing record' },
  legal_review_opinion: { zh: '法制审核意见书', en: 'Legal review opinion' },
  collective_discussion_record: { zh: '集体讨论记录', en: 'Collective discussion record' },
  penalty_decision: { zh: '行政处罚决定书', en: 'Administrative penalty decision' },
  summary_penalty_decision: { zh: '当场行政处罚决定书', en: 'On-the-spot penalty decision' },
  service_receipt: { zh: '送达回证', en: 'Proof of service' },
  payment_demand: { zh: '催告书', en: 'Payment demand' },
  enforcement_application: { zh: '强制执行申请书', en: 'Application for compulsory execution' },
  case_closing_report: { zh: '结案报告', en: 'Case closing report' },
  licence_acceptance_notice: { zh: '受理通知书', en: 'Notice of acceptance' },
  licence_supplement_notice: { zh: '补正材料通知书', en: 'Notice to supplement materials' },
  licence_extension_notice: { zh: '延长审查期限告知书', en: 'Notice of extended review period' },
  licence_decision: { zh: '准予（不予）行政许可决定书', en: 'Licence decision (granted or refused)' },
  coercion_decision: { zh: '查封（扣押）决定书', en: 'Seal-up (seizure) decision' },
  coercion_record: { zh: '查封（扣押）现场笔录', en: 'Seal-up (seizure) on-site record' },
  coercion_extension_notice: { zh: '延长查封（扣押）期限通知书', en: 'Notice of extended seal-up (seizure)' },
  coercion_release_decision: { zh: '解除查封（扣押）决定书', en: 'Release of seal-up (seizure) decision' },
  freeze_decision: { zh: '冻结决定书', en: 'Freeze decision' },
  freeze_release_decision: { zh: '解除冻结决定书', en: 'Release of freeze decision' },
  inspection_result: { zh: '检查结果告知书', en: 'Notice of inspection result' },
  general_decision: { zh: '决定书', en: 'Decision' },
};

/** What each deadline rule is, with its article (the deadline engine holds the periods and counting). */
export const DEADLINE_RULE_LABELS: Record<DeadlineRuleId, CitedLabel> = {
  'XZCF-48': {
    zh: '撤回公开的处罚决定（三个工作日）',
    en: 'Withdraw a disclosed decision (3 WD)',
    article: `${XZCF}第四十八条`,
  },
  'XZCF-56': {
    zh: '先行登记保存处理决定（七个工作日）',
    en: 'Decide on preserved evidence (7 WD)',
    article: `${XZCF}第五十六条`,
  },
  'XZCF-60': {
    zh: '作出处罚决定（立案之日起九十日）',
    en: 'Penalty decision (90 days from opening)',
    article: `${XZCF}第六十条`,
  },
  'XZCF-61': { zh: '送达处罚决定书（七个工作日）', en: 'Serve the decision (7 WD)', article: `${XZCF}第六十一条` },
  'XZCF-64-REQUEST': {
    zh: '申请听证（告知后五个工作日）',
    en: 'Request a hearing (5 WD after notice)',
    article: `${XZCF}第六十四条`,
  },
  'XZCF-64-NOTICE': {
    zh: '听证通知（听证七个工作日前）',
    en: 'Hearing notice (7 WD before)',
    article: `${XZCF}第六十四条`,
  },
  'XZCF-67': { zh: '缴纳罚款（收到决定书之日起十五日）', en: 'Pay the fine (15 days)', article: `${XZCF}第六十七条` },
  'XZXK-32': {
    zh: '受理或告知补正（五个工作日）',
    en: 'Accept or ask to supplement (5 WD)',
    article: `${XZXK}第三十二条`,
  },
  'XZXK-42': {
    zh: '作出许可决定（受理之日起二十个工作日）',
    en: 'Licence decision (20 WD from acceptance)',
    article: `${XZXK}第四十二条`,
  },
  'XZXK-42-EXT': {
    zh: '经批准延长许可审查期限（十个工作日）',
    en: 'Approved extension of the review (10 WD)',
    article: `${XZXK}第四十二条`,
  },
  'XZXK-42-JOINT': {
    zh: '联合、集中办理（四十五个工作日）',
    en: 'Joint or centralised handling (45 WD)',
    article: `${XZXK}第四十二条第二款`,
  },
  'XZXK-44': { zh: '颁发、送达许可证件（十个工作日）', en: 'Issue the licence (10 WD)', article: `${XZXK}第四十四条` },
  'XZXK-47': {
    zh: '申请许可听证（告知后五个工作日）',
    en: 'Request a licence hearing (5 WD)',
    article: `${XZXK}第四十七条`,
  },
  'XZXK-48': {
    zh: '组织许可听证（二十个工作日）',
    en: 'Hold the licence hearing (20 WD)',
    article: `${XZXK}第四十八条`,
  },
  'XZQZ-19': {
    zh: '紧急情况下报告负责人（二十四小时）',
    en: 'Report an emergency measure (24 h)',
    article: `${XZQZ}第十九条`,
  },
  'XZQZ-25': { zh: '查封、扣押期限（三十日）', en: 'Seal-up / seizure period (30 days)', article: `${XZQZ}第二十五条` },
  'XZQZ-25-EXT': {
    zh: '查封、扣押延长期限（三十日）',
    en: 'Seal-up / seizure extension (30 days)',
    article: `${XZQZ}第二十五条`,
  },
  'XZQZ-31': {
    zh: '交付冻结决定书（三个工作日）',
    en: 'Deliver the freeze decision (3 WD)',
    article: `${XZQZ}第三十一条`,
  },
  'XZQZ-32': {
    zh: '冻结后作出处理决定（三十日）',
    en: 'Decide after freezing (30 days)',
    article: `${XZQZ}第三十二条`,
  },
  'XZQZ-54': {
    zh: '催告后申请法院强制执行（十个工作日）',
    en: 'Apply to the court after the demand (10 WD)',
    article: `${XZQZ}第五十四条`,
  },
  'XZFY-20': {
    zh: '申请行政复议（六十日）',
    en: 'Apply for administrative review (60 days)',
    article: `${XZFY}第二十条`,
  },
  'XZFY-48': { zh: '行政复议答复（十个工作日）', en: 'Reply to the review (10 WD)', article: `${XZFY}第四十八条` },
  'XZFY-62': { zh: '行政复议决定（六十日）', en: 'Review decision (60 days)', article: `${XZFY}第六十二条` },
  'XZFY-76': {
    zh: '复议意见书整改报告（六十日）',
    en: 'Report on a review opinion letter (60 days)',
    article: `${XZFY}第七十六条`,
  },
  'XZSS-45': { zh: '复议后起诉（十五日）', en: 'Sue after a review decision (15 days)', article: `${XZSS}第四十五条` },
  'XZSS-46': { zh: '提起行政诉讼（六个月）', en: 'Sue (6 months)', article: `${XZSS}第四十六条` },
  'YS-5-DECIDE': { zh: '负责人决定是否移送（三日）', en: 'Decide whether to refer (3 days)', article: `${YS}第五条` },
  'YS-5-TRANSFER': {
    zh: '批准后移送公安机关（二十四小时）',
    en: 'Transfer to the police (24 h)',
    article: `${YS}第五条`,
  },
  'YS-8': { zh: '公安机关决定是否立案（三日）', en: 'Police decide whether to open (3 days)', article: `${YS}第八条` },
  'DISCLOSE-7': {
    zh: '公开处罚、许可决定（七个工作日）',
    en: 'Disclose penalty / licence decisions (7 WD)',
    article: GB118,
  },
  'DISCLOSE-20': { zh: '公开其他执法决定（二十个工作日）', en: 'Disclose other decisions (20 WD)', article: GB118 },
  'LEGAL-REVIEW': {
    zh: '法制审核时限（本单位规定）',
    en: 'Legal review time limit (agency setting)',
    article: `${XZCF}第五十八条`,
  },
};

/**
 * The deadline slots the shipped definitions use (a slot is where a running deadline sits on a case). A slot not
 * listed here is shown by its code.
 */
export const DEADLINE_SLOT_LABELS: Record<string, Label> = {
  decision: { zh: '作出决定期限', en: 'Decision' },
  preservation: { zh: '先行登记保存处理期限', en: 'Preserved evidence' },
  review: { zh: '法制审核期限', en: 'Legal review' },
  hearing_request: { zh: '听证申请期限', en: 'Hearing request window' },
  service: { zh: '送达期限', en: 'Service' },
  disclosure: { zh: '公示期限', en: 'Disclosure' },
  payment: { zh: '缴款期限', en: 'Payment' },
  review_window: { zh: '申请行政复议期限', en: 'Administrative review window' },
  litigation_window: { zh: '提起行政诉讼期限', en: 'Litigation window' },
  acceptance: { zh: '受理期限', en: 'Acceptance' },
  issue: { zh: '颁发证件期限', en: 'Issue' },
  measure: { zh: '强制措施期限', en: 'Measure period' },
  emergency_report: { zh: '紧急措施报告期限', en: 'Emergency report' },
  delivery: { zh: '交付决定书期限', en: 'Delivery of the decision' },
};

/** How the tokens of a transition's from / to read. */
export const PROCEDURE_TOKEN_LABELS: Record<'*active' | '$same' | '$previous', Label> = {
  '*active': { zh: '任一办理中环节', en: 'Any active step' },
  $same: { zh: '环节不变', en: 'Same step' },
  $previous: { zh: '中止前的环节', en: 'Step before suspension' },
};
