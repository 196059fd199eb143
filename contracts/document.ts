// Case documents (执法文书): the data every template is filled with, the titles and number abbreviations of each
// kind, the catalogue of placeholders an administrator may use in a replacement template, and the API views.
// Amounts and dates are already written out as they appear on paper (the templates do no arithmetic).
import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind } from './procedure';

export { DOCUMENT_KINDS, type DocumentKind };

/** The printed title of each kind (the heading under the agency's name). */
export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  case_opening_approval: '立案审批表',
  inspection_record: '现场检查笔录',
  inquiry_record: '询问笔录',
  preservation_notice: '先行登记保存通知书',
  preservation_decision: '先行登记保存物品处理决定书',
  penalty_prior_notice: '行政处罚事先告知书',
  hearing_notice: '听证通知书',
  hearing_record: '听证笔录',
  legal_review_opinion: '法制审核意见书',
  collective_discussion_record: '重大案件集体讨论记录',
  penalty_decision: '行政处罚决定书',
  summary_penalty_decision: '当场行政处罚决定书',
  service_receipt: '送达回证',
  payment_demand: '催告书',
  enforcement_application: '强制执行申请书',
  case_closing_report: '结案报告',
  licence_acceptance_notice: '行政许可受理通知书',
  licence_supplement_notice: '行政许可申请材料补正通知书',
  licence_extension_notice: '延长行政许可审查期限告知书',
  licence_decision: '行政许可决定书',
  coercion_decision: '查封（扣押）决定书',
  coercion_record: '查封（扣押）现场笔录',
  coercion_extension_notice: '延长查封（扣押）期限通知书',
  coercion_release_decision: '解除查封（扣押）决定书',
  freeze_decision: '冻结决定书',
  freeze_release_decision: '解除冻结决定书',
  inspection_result: '行政检查结果告知书',
  general_decision: '行政决定书',
};

/**
 * The abbreviation of each kind in a document number (文书编号), after the agency's prefix:
 * 香市监 + 罚决 + 〔2026〕12号. Unique across kinds, so that two kinds never share a number series.
 */
export const DOCUMENT_NUMBER_ABBREVIATIONS: Record<DocumentKind, string> = {
  case_opening_approval: '立审',
  inspection_record: '检录',
  inquiry_record: '询录',
  preservation_notice: '先保通',
  preservation_decision: '先保决',
  penalty_prior_notice: '罚告',
  hearing_notice: '听通',
  hearing_record: '听录',
  legal_review_opinion: '法审',
  collective_discussion_record: '集讨',
  penalty_decision: '罚决',
  summary_penalty_decision: '简罚',
  service_receipt: '送达',
  payment_demand: '催告',
  enforcement_application: '强执申',
  case_closing_report: '结案',
  licence_acceptance_notice: '许受',
  licence_supplement_notice: '许补',
  licence_extension_notice: '许延',
  licence_decision: '许决',
  coercion_decision: '强措决',
  coercion_record: '强措录',
  coercion_extension_notice: '强措延',
  coercion_release_decision: '解强措',
  freeze_decision: '冻决',
  freeze_release_decision: '解冻',
  inspection_result: '检告',
  general_decision: '决',
};

// ---- The data a template is filled with ----------------------------------------------------------------------

export interface DocumentParty {
  /** 法人 / 其他组织 / 个体工商户 / 自然人 */
  typeLabel: string;
  name: string;
  /** '统一社会信用代码' or '公民身份号码' (the label printed before idNumber). */
  idLabel: string;
  /** In full: the document is a legal instrument served on the party. */
  idNumber: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
}

export interface DocumentOfficer {
  name: string;
  certificateNumber: string;
}

export interface DocumentEvidence {
  name: string;
  /** What it shows, where it came from. */
  description?: string;
}

/** An item sealed up, seized, preserved or frozen (强制法 24: 查封、扣押场所、设施或者财物的名称、数量等). */
export interface DocumentItem {
  name: string;
  spec?: string;
  quantity?: string;
  note?: string;
}

export interface CaseDocumentData {
  agency: {
    name: string;
    shortName?: string;
    address?: string;
    phone?: string;
    postcode?: string;
    /** 机关代字 for document numbers (香市监); derived from the name when not given (see docs/documents.md). */
    documentPrefix?: string;
  };
  /** Filled in by the generator: kind, title, number, version; date defaults to the day of generation. */
  document: {
    kind: DocumentKind;
    title: string;
    number: string;
    /** 2026年3月5日 */
    date: string;
    version: string;
  };
  case: {
    number: string;
    title: string;
    procedureLabel: string;
    /** 案件来源: 监督检查 / 投诉举报 / 上级交办 / 移送… */
    sourceLabel?: string;
    openedOn?: string;
    /** 案由 */
    cause: string;
    facts?: string;
    evidence?: DocumentEvidence[];
    /** Written citations of the articles violated, e.g. 《中华人民共和国食品安全法》第三十四条第（二）项 */
    articlesViolated?: string;
    articlesApplied?: string;
    discretion?: { level: string; reason: string };
    penalty?: {
      /** 罚款 / 警告、罚款 / 没收违法所得、罚款 */
      kindsText: string;
      /** 20,000.00 */
      fineYuan?: string;
      /** 贰万元整 */
      fineUpper?: string;
      confiscationText?: string;
      /** The whole of the penalty as one sentence: 罚款人民币20,000.00元（贰万元整）。 */
      summaryText?: string;
    };
    decisionDate?: string;
    /** 自收到本决定书之日起十五日内 */
    paymentDeadlineText?: string;
    closingSummary?: string;
  };
  parties: DocumentParty[];
  officers: DocumentOfficer[];
  reviewer?: { name: string; opinion: string; outcomeLabel: string; date?: string };
  hearing?: {
    date?: string;
    time?: string;
    place?: string;
    host?: string;
    clerk?: string;
    requestedOn?: string;
    participants?: string;
    summary?: string;
  };
  discussion?: {
    date?: string;
    place?: string;
    host?: string;
    attendees?: string;
    recorder?: string;
    summary?: string;
    conclusion?: string;
  };
  service?: {
    /** 直接送达 / 留置送达 / 邮寄送达 / 电子送达 / 公告送达 */
    methodLabel: string;
    date?: string;
    place?: string;
    recipient?: string;
    /** The document served (for 送达回证): its title and number. */
    documentTitle?: string;
    documentNumber?: string;
  };
  /** Where the review and the suit go (处罚法 59(五); 强制法 24(六)). */
  remedy?: { reviewBody: string; court: string };
  /** Where the fine is paid (处罚法 67). */
  payment?: { payee?: string; bank?: string; account?: string; place?: string };
  /** Items of 先行登记保存, 查封, 扣押 or 冻结. */
  items?: DocumentItem[];
  /** Kind-specific fields (see DOCUMENT_EXTRA_FIELDS). */
  extra: Record<string, string>;
}

/** What the case module passes: everything but the numbering, which the generator assigns. */
export type CaseDocumentInput = Omit<CaseDocumentData, 'document'> & {
  /** The document's date, YYYY-MM-DD (Asia/Shanghai); defaults to the day of generation. */
  issuedOn?: string;
};

// ---- The placeholders an administrator may use ----------------------------------------------------------------

export type FieldNode =
  | { kind: 'text'; label: string }
  | { kind: 'object'; label: string; fields: Record<string, FieldNode> }
  | { kind: 'list'; label: string; item: Record<string, FieldNode> }
  /** `extra`: any key. */
  | { kind: 'map'; label: string };

const t = (label: string): FieldNode => ({ kind: 'text', label });
const o = (label: string, fields: Record<string, FieldNode>): FieldNode => ({ kind: 'object', label, fields });
const l = (label: string, item: Record<string, FieldNode>): FieldNode => ({ kind: 'list', label, item });

/** The tree of CaseDocumentData as templates see it (the generator's check of uploaded templates reads it). */
export const DOCUMENT_FIELDS: Record<string, FieldNode> = {
  agency: o('执法主体', {
    name: t('执法主体名称'),
    shortName: t('简称'),
    address: t('地址'),
    phone: t('联系电话'),
    postcode: t('邮政编码'),
    documentPrefix: t('机关代字'),
  }),
  document: o('本文书', {
    kind: t('文书种类代码'),
    title: t('文书名称'),
    number: t('文书编号'),
    date: t('文书日期'),
    version: t('版本'),
  }),
  case: o('案件', {
    number: t('案件编号'),
    title: t('案件名称'),
    procedureLabel: t('程序'),
    sourceLabel: t('案件来源'),
    openedOn: t('立案日期'),
    cause: t('案由'),
    facts: t('违法事实'),
    evidence: l('证据', { name: t('证据名称'), description: t('证明内容') }),
    articlesViolated: t('违反的条款'),
    articlesApplied: t('处罚依据'),
    discretion: o('裁量', { level: t('裁量阶次'), reason: t('裁量理由') }),
    penalty: o('处罚', {
      kindsText: t('处罚种类'),
      fineYuan: t('罚款金额（元）'),
      fineUpper: t('罚款金额（大写）'),
      confiscationText: t('没收内容'),
      summaryText: t('处罚内容'),
    }),
    decisionDate: t('决定日期'),
    paymentDeadlineText: t('缴款期限'),
    closingSummary: t('执行情况'),
  }),
  parties: l('当事人', {
    typeLabel: t('当事人类型'),
    name: t('名称或姓名'),
    idLabel: t('证件名称'),
    idNumber: t('证件号码'),
    legalRepresentative: t('法定代表人（负责人）'),
    address: t('住所（住址）'),
    phone: t('联系电话'),
  }),
  officers: l('执法人员', { name: t('姓名'), certificateNumber: t('执法证号') }),
  reviewer: o('法制审核', {
    name: t('审核人员'),
    opinion: t('审核意见'),
    outcomeLabel: t('审核结论'),
    date: t('审核日期'),
  }),
  hearing: o('听证', {
    date: t('听证日期'),
    time: t('听证时间'),
    place: t('听证地点'),
    host: t('主持人'),
    clerk: t('记录人'),
    requestedOn: t('申请日期'),
    participants: t('参加人员'),
    summary: t('听证经过'),
  }),
  discussion: o('集体讨论', {
    date: t('讨论日期'),
    place: t('地点'),
    host: t('主持人'),
    attendees: t('出席人员'),
    recorder: t('记录人'),
    summary: t('讨论情况'),
    conclusion: t('讨论决定'),
  }),
  service: o('送达', {
    methodLabel: t('送达方式'),
    date: t('送达日期'),
    place: t('送达地点'),
    recipient: t('受送达人'),
    documentTitle: t('送达文书名称'),
    documentNumber: t('送达文书编号'),
  }),
  remedy: o('救济途径', { reviewBody: t('行政复议机关'), court: t('人民法院') }),
  payment: o('缴款', { payee: t('收款单位'), bank: t('开户银行'), account: t('账号'), place: t('缴款地点') }),
  items: l('物品（场所、设施、财物）', {
    name: t('名称'),
    spec: t('规格'),
    quantity: t('数量'),
    note: t('备注'),
  }),
  extra: { kind: 'map', label: '文书专用字段' },
};

/** The kind-specific fields each template reads from `extra` (documented for administrators). */
export const DOCUMENT_EXTRA_FIELDS: Record<DocumentKind, Record<string, string>> = {
  case_opening_approval: {
    clueSummary: '案件线索及立案理由',
    handlerOpinion: '承办人意见',
    departmentOpinion: '承办机构负责人意见',
    leaderOpinion: '机关负责人意见',
  },
  inspection_record: {
    startTime: '检查开始时间',
    endTime: '检查结束时间',
    place: '检查地点',
    present: '在场人员',
    content: '检查情况',
  },
  inquiry_record: {
    startTime: '询问开始时间',
    endTime: '询问结束时间',
    place: '询问地点',
    interviewee: '被询问人',
    intervieweeId: '被询问人身份证件号码',
    relation: '与案件关系',
    content: '询问内容（问答）',
  },
  preservation_notice: { reason: '先行登记保存的理由', storagePlace: '保存地点', period: '保存期限' },
  preservation_decision: { decision: '处理决定' },
  penalty_prior_notice: { statementDays: '陈述申辩期限', hearingDays: '听证申请期限' },
  hearing_notice: { caseSummary: '拟作出的行政处罚' },
  hearing_record: { startTime: '开始时间', endTime: '结束时间', content: '听证经过' },
  legal_review_opinion: { submittedOn: '送审日期', matters: '审核事项' },
  collective_discussion_record: {},
  penalty_decision: { noticeDate: '事先告知书送达日期', statementHandling: '陈述申辩（听证）情况及采纳情况' },
  summary_penalty_decision: { place: '违法行为地点', time: '违法行为时间', statement: '当事人陈述申辩情况' },
  service_receipt: { server: '送达人', note: '备注' },
  payment_demand: {
    decisionNumber: '处罚决定书文号',
    fineOutstanding: '未缴罚款',
    surcharge: '加处罚款',
    dueDays: '履行期限',
  },
  enforcement_application: {
    decisionNumber: '处罚决定书文号',
    demandDate: '催告日期',
    court: '申请执行的人民法院',
    executionItems: '申请执行事项',
    performance: '履行情况',
  },
  case_closing_report: { decisionNumber: '处罚决定书文号', closingReason: '结案理由', execution: '执行情况' },
  licence_acceptance_notice: { item: '许可事项', applicationDate: '申请日期', dueDate: '作出决定的期限' },
  licence_supplement_notice: { item: '许可事项', applicationDate: '申请日期', materials: '需要补正的材料' },
  licence_extension_notice: {
    item: '许可事项',
    applicationDate: '申请日期',
    reason: '延长理由',
    newDueDate: '延长后的期限',
  },
  licence_decision: {
    item: '许可事项',
    applicationDate: '申请日期',
    granted: '准予（非空）或不予（空）',
    content: '许可内容',
    validity: '有效期限',
    refusalReason: '不予许可的理由',
  },
  coercion_decision: { measure: '查封或扣押', reason: '理由', basis: '依据', place: '场所', period: '期限' },
  coercion_record: {
    measure: '查封或扣押',
    startTime: '开始时间',
    endTime: '结束时间',
    place: '地点',
    content: '现场情况',
  },
  coercion_extension_notice: {
    measure: '查封或扣押',
    originalNumber: '原决定书编号',
    reason: '延长理由',
    newPeriod: '延长期限',
  },
  coercion_release_decision: { measure: '查封或扣押', originalNumber: '原决定书编号', reason: '解除理由' },
  freeze_decision: {
    amount: '冻结金额',
    bank: '金融机构',
    account: '账户',
    reason: '理由',
    basis: '依据',
    period: '期限',
  },
  freeze_release_decision: { originalNumber: '原决定书编号', amount: '解除冻结金额', reason: '解除理由' },
  inspection_result: { place: '检查地点', result: '检查结果', requirement: '整改要求' },
  general_decision: { subject: '决定事项', content: '决定内容', basis: '依据' },
};

// ---- Helpers for the case module: amounts and dates as they are printed --------------------------------------

/** 2026-03-05 → 2026年3月5日 (GB/T 9704: Arabic numerals, no leading zeros). */
export function chineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** 2000000 fen → '20,000.00' */
export function yuanText(fen: bigint | number): string {
  const f = BigInt(fen);
  const neg = f < 0n;
  const abs = neg ? -f : f;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${yuan}.${(abs % 100n).toString().padStart(2, '0')}`;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** 2000000 fen → '贰万元整'; 1234567 → '壹万贰仟叁佰肆拾伍元陆角柒分' (the capital amount on Chinese financial papers). */
export function chineseUpperAmount(fen: bigint | number): string {
  const f = BigInt(fen);
  if (f < 0n) throw new Error('negative amount');
  const yuan = f / 100n;
  const jiao = Number((f % 100n) / 10n);
  const fenDigit = Number(f % 10n);
  let out = '';
  if (yuan > 0n) {
    const groups: number[] = [];
    for (let y = yuan; y > 0n; y /= 10000n) groups.push(Number(y % 10000n));
    let zeroPending = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g];
      if (group === 0) {
        zeroPending = out.length > 0;
        continue;
      }
      if (out.length > 0 && (zeroPending || group < 1000)) out += '零';
      zeroPending = false;
      let groupText = '';
      let zero = false;
      for (let i = 3; i >= 0; i--) {
        const d = Math.floor(group / 10 ** i) % 10;
        if (d === 0) {
          zero = groupText.length > 0;
          continue;
        }
        if (zero) groupText += '零';
        zero = false;
        groupText += DIGITS[d] + SMALL_UNITS[i];
      }
      out += groupText + BIG_UNITS[g];
    }
    out += '元';
  }
  if (jiao === 0 && fenDigit === 0) return (out || '零元') + '整';
  if (jiao > 0) out += DIGITS[jiao] + '角';
  else if (yuan > 0n) out += '零';
  if (fenDigit > 0) out += DIGITS[fenDigit] + '分';
  else out += '整';
  return out;
}

// ---- API views -------------------------------------------------------------------------------------------------

export const documentKindParam = z.enum(DOCUMENT_KINDS);

export const documentTemplateView = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  status: z.enum(['default', 'replaced']),
  fileName: z.string(),
  uploadedAt: z.string().nullable(),
  uploadedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  note: z.string().nullable(),
  abilities: z.object({ replace: z.boolean(), restore: z.boolean() }),
});
export type DocumentTemplateView = z.infer<typeof documentTemplateView>;

export const documentTemplateListView = z.object({ tenantId: z.string(), items: z.array(documentTemplateView) });
export type DocumentTemplateListView = z.infer<typeof documentTemplateListView>;

export const documentTemplateQuery = z.strictObject({
  tenant: z
    .string()
    .trim()
    .regex(/^\d{6}$/)
    .optional(),
});

export const documentTemplateUploadBody = z.strictObject({
  tenant: z
    .string()
    .trim()
    .regex(/^\d{6}$/)
    .optional(),
  fileName: z.string().trim().min(1).max(200),
  /** The .docx, base64-encoded, at most 5 MB. */
  contentBase64: z.string().min(1).max(7_000_000),
  note: z.string().trim().max(200).optional(),
});
export type DocumentTemplateUploadBody = z.infer<typeof documentTemplateUploadBody>;

export const documentFieldView = z.object({
  /** The placeholder as written in a template: {case.cause}, {#parties}, {extra.place}. */
  tag: z.string(),
  label: z.string(),
  /** A loop (list) or a condition (object): written {#tag}…{/tag}. */
  section: z.boolean(),
});
export const documentFieldsView = z.object({
  common: z.array(documentFieldView),
  kinds: z.array(z.object({ kind: z.enum(DOCUMENT_KINDS), title: z.string(), extra: z.array(documentFieldView) })),
});
export type DocumentFieldsView = z.infer<typeof documentFieldsView>;

/** A generated document as the case page lists it. */
export const caseDocumentView = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  instance: z.string(),
  number: z.string(),
  version: z.number().int(),
  fileId: z.string(),
  fileName: z.string(),
  sm3: z.string(),
  generatedAt: z.string(),
  generatedBy: z.string().nullable(),
  superseded: z.boolean(),
});
export type CaseDocumentView = z.infer<typeof caseDocumentView>;
