// The powers list (权责清单): items per agency, their versions, change requests filed with the justice bureau (备案),
// guidance notes on delegated items, the .xlsx layout and the public disclosure.
import { z } from 'zod';
import { articleRef, articleRefView } from './law';
import { AGENCY_KINDS } from './agency';
import { tenantCode } from './tenant';

type Label = { zh: string; en: string };

// ---------------------------------------------------------------------------------------------------------------
// Enumerations

export const POWER_CATEGORIES = [
  'penalty',
  'licence',
  'coercion',
  'inspection',
  'levy',
  'benefit',
  'confirmation',
  'reward',
  'adjudication',
  'other',
] as const;
export type PowerCategory = (typeof POWER_CATEGORIES)[number];
export const POWER_CATEGORY_LABELS: Record<PowerCategory, Label> = {
  penalty: { zh: '行政处罚', en: 'Penalty' },
  licence: { zh: '行政许可', en: 'Licence' },
  coercion: { zh: '行政强制', en: 'Coercion' },
  inspection: { zh: '行政检查', en: 'Inspection' },
  levy: { zh: '行政征收', en: 'Levy' },
  benefit: { zh: '行政给付', en: 'Benefit' },
  confirmation: { zh: '行政确认', en: 'Confirmation' },
  reward: { zh: '行政奖励', en: 'Reward' },
  adjudication: { zh: '行政裁决', en: 'Adjudication' },
  other: { zh: '其他行政权力', en: 'Other' },
};

/** The level that exercises a power, as a county-level city's list states it (香格里拉市 is a county-level city). */
export const POWER_LEVELS = ['prefecture', 'county', 'township', 'county_township'] as const;
export type PowerLevel = (typeof POWER_LEVELS)[number];
export const POWER_LEVEL_LABELS: Record<PowerLevel, Label> = {
  prefecture: { zh: '州（市）级', en: 'Prefecture' },
  county: { zh: '县（市）级', en: 'County (city)' },
  township: { zh: '乡镇级', en: 'Township' },
  county_township: { zh: '县（市）、乡镇两级', en: 'County and township' },
};

export const POWER_CHANGE_KINDS = ['add', 'modify', 'cancel'] as const;
export type PowerChangeKind = (typeof POWER_CHANGE_KINDS)[number];
export const POWER_CHANGE_KIND_LABELS: Record<PowerChangeKind, Label> = {
  add: { zh: '新增', en: 'Add' },
  modify: { zh: '调整', en: 'Modify' },
  cancel: { zh: '取消', en: 'Cancel' },
};

export const POWER_CHANGE_REASONS = ['institutional_reform', 'law_change', 'delegation', 'other'] as const;
export type PowerChangeReason = (typeof POWER_CHANGE_REASONS)[number];
export const POWER_CHANGE_REASON_LABELS: Record<PowerChangeReason, Label> = {
  institutional_reform: { zh: '机构改革', en: 'Institutional reform' },
  law_change: { zh: '法律法规立改废', en: 'Law change' },
  delegation: { zh: '职权下沉（赋权乡镇）', en: 'Delegation to townships' },
  other: { zh: '其他', en: 'Other' },
};

/** A change request's states (备案). The transitions are in server/src/modules/powers/power-filing.machine.ts. */
export const FILING_STATES = ['draft', 'submitted', 'returned', 'accepted', 'withdrawn'] as const;
export type FilingState = (typeof FILING_STATES)[number];
export const FILING_STATE_LABELS: Record<FilingState, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待备案', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  accepted: { zh: '已备案', en: 'Accepted' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const FILING_ACTIONS = ['create', 'edit', 'submit', 'return', 'accept', 'withdraw'] as const;
export type FilingAction = (typeof FILING_ACTIONS)[number];
export const FILING_ACTION_LABELS: Record<FilingAction, Label> = {
  create: { zh: '起草', en: 'Drafted' },
  edit: { zh: '修改', en: 'Edited' },
  submit: { zh: '报送备案', en: 'Submitted' },
  return: { zh: '退回', en: 'Returned' },
  accept: { zh: '准予备案', en: 'Accepted' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
};

/** The fields of an item's content, in the order the diff shows them. */
export const POWER_FIELDS = [
  'code',
  'name',
  'category',
  'subItems',
  'basisText',
  'basisRefs',
  'duty',
  'accountability',
  'level',
  'delegatedFromAgencyId',
  'delegatedToTownshipIds',
  'remarks',
] as const;
export type PowerField = (typeof POWER_FIELDS)[number];
export const POWER_FIELD_LABELS: Record<PowerField, Label> = {
  code: { zh: '职权编码', en: 'Code' },
  name: { zh: '职权名称', en: 'Name' },
  category: { zh: '职权类别', en: 'Category' },
  subItems: { zh: '子项', en: 'Sub-items' },
  basisText: { zh: '实施依据', en: 'Legal basis' },
  basisRefs: { zh: '关联条文', en: 'Linked articles' },
  duty: { zh: '责任事项', en: 'Duty' },
  accountability: { zh: '追责情形', en: 'Accountability' },
  level: { zh: '行使层级', en: 'Level' },
  delegatedFromAgencyId: { zh: '委托/下放部门', en: 'Delegated by' },
  delegatedToTownshipIds: { zh: '下放乡镇', en: 'Delegated to townships' },
  remarks: { zh: '备注', en: 'Remarks' },
};

// ---------------------------------------------------------------------------------------------------------------
// The .xlsx layout agencies keep: export writes it, import reads it (headers matched by name, so a sheet whose
// columns are in another order, or that uses a common synonym such as 事项名称 or 设定依据, is read as well).

export const POWER_XLSX_COLUMNS = [
  { key: 'seq', header: '序号', width: 6 },
  { key: 'code', header: '职权编码', width: 18 },
  { key: 'name', header: '职权名称', width: 36 },
  { key: 'subItems', header: '子项', width: 30 },
  { key: 'category', header: '职权类别', width: 12 },
  { key: 'basisText', header: '实施依据', width: 48 },
  { key: 'duty', header: '责任事项', width: 40 },
  { key: 'accountability', header: '追责情形', width: 40 },
  { key: 'level', header: '行使层级', width: 14 },
  { key: 'delegatedTo', header: '下放乡镇', width: 20 },
  { key: 'delegatedFrom', header: '委托/下放部门', width: 22 },
  { key: 'remarks', header: '备注', width: 24 },
] as const;
export type PowerXlsxColumnKey = (typeof POWER_XLSX_COLUMNS)[number]['key'];

// ---------------------------------------------------------------------------------------------------------------
// Content of an item (one version)

const text = (max: number) => z.string().trim().min(1).max(max);
export const powerCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, { error: 'power_code_format' });

export const powerSubItem = z.strictObject({
  code: powerCode.nullable().optional(),
  name: text(300),
});
export type PowerSubItem = z.infer<typeof powerSubItem>;

export const powerContentInput = z.strictObject({
  code: powerCode,
  name: text(300),
  category: z.enum(POWER_CATEGORIES),
  subItems: z.array(powerSubItem).max(100).default([]),
  /** The legal basis as agencies write it: 《中华人民共和国食品安全法》第一百二十二条… */
  basisText: text(4000),
  /** The articles, when the user picked them; otherwise they are resolved from basisText. */
  basisRefs: z.array(articleRef).max(50).optional(),
  duty: text(4000),
  accountability: text(4000),
  level: z.enum(POWER_LEVELS),
  delegatedFromAgencyId: z.uuid().nullable().optional(),
  delegatedToTownshipIds: z.array(z.uuid()).max(60).default([]),
  remarks: z.string().trim().max(1000).nullable().optional(),
});
export type PowerContentInput = z.input<typeof powerContentInput>;

const localized = z.object({ zh: z.string(), en: z.string() });

/** Content as stored and shown: the written basis, the articles it resolved to, and what did not resolve. */
export const powerContentView = z.object({
  code: z.string(),
  name: z.string(),
  category: z.enum(POWER_CATEGORIES),
  subItems: z.array(z.object({ code: z.string().nullable().optional(), name: z.string() })),
  basisText: z.string(),
  basisRefs: z.array(z.object({ versionId: z.string(), articleSeq: z.number(), detail: z.string().optional() })),
  /** True when every citation in basisText is linked to an article of the library (else 依据未关联). */
  basisLinked: z.boolean(),
  basisProblems: z.array(localized),
  duty: z.string(),
  accountability: z.string(),
  level: z.enum(POWER_LEVELS),
  delegatedFromAgencyId: z.string().nullable(),
  delegatedToTownshipIds: z.array(z.string()),
  remarks: z.string().nullable(),
});
export type PowerContentView = z.infer<typeof powerContentView>;

export const agencyRefView = z.object({ id: z.string(), name: z.string() });
export type AgencyRefView = z.infer<typeof agencyRefView>;

// ---------------------------------------------------------------------------------------------------------------
// Items

export const powerItemView = z.object({
  id: z.string(),
  tenantId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  versionId: z.string(),
  versionNo: z.number(),
  /** [effectiveFrom, effectiveTo): Asia/Shanghai calendar dates; effectiveTo null while in force. */
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  cancelledOn: z.string().nullable(),
  content: powerContentView,
  delegatedFrom: agencyRefView.nullable(),
  delegatedTo: z.array(agencyRefView),
  /** 'own': the caller reads it through the item's agency; 'delegated': through the department that delegated it. */
  access: z.enum(['own', 'delegated']),
  abilities: z.object({ proposeChange: z.boolean(), guide: z.boolean() }),
});
export type PowerItemView = z.infer<typeof powerItemView>;

export const fieldDiffView = z.object({
  field: z.enum(POWER_FIELDS),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldDiffView = z.infer<typeof fieldDiffView>;

export const powerVersionView = z.object({
  id: z.string(),
  versionNo: z.number(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  content: powerContentView,
  /** What changed from the version before (every filled field for the first). */
  diff: z.array(fieldDiffView),
  change: z
    .object({
      requestId: z.string(),
      requestTitle: z.string(),
      kind: z.enum(POWER_CHANGE_KINDS),
      reason: z.enum(POWER_CHANGE_REASONS),
      reasonText: z.string(),
    })
    .nullable(),
});
export type PowerVersionView = z.infer<typeof powerVersionView>;

export const guidanceNoteView = z.object({
  id: z.string(),
  authorAgencyId: z.string(),
  authorAgencyName: z.string(),
  authorName: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type GuidanceNoteView = z.infer<typeof guidanceNoteView>;

export const powerItemDetail = powerItemView.extend({
  /** The articles of the shown version, with their text. */
  basis: z.array(articleRefView),
  versions: z.array(powerVersionView),
  cancellation: z
    .object({
      on: z.string(),
      requestId: z.string(),
      requestTitle: z.string(),
      reason: z.enum(POWER_CHANGE_REASONS),
      reasonText: z.string(),
    })
    .nullable(),
  guidance: z.array(guidanceNoteView),
  /** Names of the agencies the versions refer to (delegation), for showing their history. */
  agencies: z.array(agencyRefView),
  /** Every article any version cites, with its text (for the history's differences). */
  articles: z.array(articleRefView),
});
export type PowerItemDetail = z.infer<typeof powerItemDetail>;

export const POWER_LIST_VIEWS = ['all', 'own', 'delegated'] as const;
export const powerItemListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  agencyId: z.uuid().optional(),
  category: z.enum(POWER_CATEGORIES).optional(),
  q: z.string().trim().max(50).optional(),
  /** The list in force on this Asia/Shanghai date; today when absent. */
  on: z.iso.date().optional(),
  /** 'own': items of agencies in scope; 'delegated': township items delegated by agencies in scope. */
  view: z.enum(POWER_LIST_VIEWS).default('all'),
  basis: z.enum(['unlinked']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type PowerItemListQuery = z.input<typeof powerItemListQuery>;

export const powerItemListView = z.object({
  items: z.array(powerItemView),
  total: z.number(),
  on: z.string(),
});
export type PowerItemListView = z.infer<typeof powerItemListView>;

export const powerItemQuery = z.strictObject({ on: z.iso.date().optional() });

export const guidanceCreateBody = z.strictObject({ text: text(2000) });

// ---------------------------------------------------------------------------------------------------------------
// Change requests (备案)

const reasonFields = {
  reason: z.enum(POWER_CHANGE_REASONS),
  reasonText: text(1000),
};
export const powerChangeInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('add'), ...reasonFields, content: powerContentInput }),
  z.strictObject({ kind: z.literal('modify'), itemId: z.uuid(), ...reasonFields, content: powerContentInput }),
  z.strictObject({ kind: z.literal('cancel'), itemId: z.uuid(), ...reasonFields }),
]);
export type PowerChangeInput = z.input<typeof powerChangeInput>;

export const powerRequestCreateBody = z.strictObject({
  agencyId: z.uuid(),
  title: text(200),
  changes: z.array(powerChangeInput).max(1000).default([]),
});
export type PowerRequestCreateBody = z.input<typeof powerRequestCreateBody>;

export const powerRequestUpdateBody = z.strictObject({
  title: text(200),
  changes: z.array(powerChangeInput).max(1000),
});
export type PowerRequestUpdateBody = z.input<typeof powerRequestUpdateBody>;

export const filingReturnBody = z.strictObject({ comments: z.string().trim().min(2).max(2000) });
export const filingAcceptBody = z.strictObject({
  /** The date the accepted changes take effect (Asia/Shanghai). Not before today unless backdateReason says why. */
  effectiveDate: z.iso.date(),
  comments: z.string().trim().max(2000).optional(),
  backdateReason: z.string().trim().min(2).max(1000).optional(),
});
export type FilingAcceptBody = z.infer<typeof filingAcceptBody>;
export const filingNoteBody = z.strictObject({ comments: z.string().trim().max(2000).optional() }).nullish();

export const powerChangeView = z.object({
  id: z.string(),
  seq: z.number(),
  kind: z.enum(POWER_CHANGE_KINDS),
  itemId: z.string().nullable(),
  baseVersionId: z.string().nullable(),
  reason: z.enum(POWER_CHANGE_REASONS),
  reasonText: z.string(),
  /** The proposed content (add, modify); null for a cancellation. */
  content: powerContentView.nullable(),
  /** The articles were picked by the user (kept as they are) rather than resolved from the written basis. */
  basisRefsExplicit: z.boolean(),
  /** The content it changes (modify, cancel): the item's version the change was written against. */
  before: powerContentView.nullable(),
  diff: z.array(fieldDiffView),
  /** The item has changed since this change was written (another request was accepted): edit and save again. */
  stale: z.boolean(),
});
export type PowerChangeView = z.infer<typeof powerChangeView>;

export const powerRequestView = z.object({
  id: z.string(),
  tenantId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  title: z.string(),
  state: z.enum(FILING_STATES),
  source: z.enum(['manual', 'import']),
  sourceFile: z.string().nullable(),
  revision: z.number(),
  counts: z.object({ add: z.number(), modify: z.number(), cancel: z.number() }),
  createdAt: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  reviewComments: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  backdateReason: z.string().nullable(),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    withdraw: z.boolean(),
    return: z.boolean(),
    accept: z.boolean(),
  }),
});
export type PowerRequestView = z.infer<typeof powerRequestView>;

export const filingEventView = z.object({
  id: z.string(),
  action: z.enum(FILING_ACTIONS),
  fromState: z.enum(FILING_STATES).nullable(),
  toState: z.enum(FILING_STATES),
  actorName: z.string(),
  comments: z.string().nullable(),
  at: z.string(),
});
export type FilingEventView = z.infer<typeof filingEventView>;

export const powerRequestDetail = powerRequestView.extend({
  changes: z.array(powerChangeView),
  events: z.array(filingEventView),
  /** Names of the agencies the changes refer to (delegation), for showing the diff. */
  agencies: z.array(agencyRefView),
  /** Every article the changes and the versions they change cite, with its text (for the diff). */
  articles: z.array(articleRefView),
});
export type PowerRequestDetail = z.infer<typeof powerRequestDetail>;

export const powerRequestListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  agencyId: z.uuid().optional(),
  state: z.enum(FILING_STATES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PowerRequestListQuery = z.input<typeof powerRequestListQuery>;

// ---------------------------------------------------------------------------------------------------------------
// Spreadsheets

export const POWER_IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export type PowerImportMode = (typeof POWER_IMPORT_MODES)[number];

export const powerImportBody = z.strictObject({
  agencyId: z.uuid(),
  fileName: z.string().trim().min(1).max(200),
  /** The .xlsx file, base64-encoded. */
  contentBase64: z.string().min(1).max(14_000_000),
  /** 'all_or_nothing' (default): any wrong row writes nothing; 'valid_rows': the valid rows are written. */
  mode: z.enum(POWER_IMPORT_MODES).default('all_or_nothing'),
  title: z.string().trim().min(1).max(200).optional(),
  reason: z.enum(POWER_CHANGE_REASONS).default('other'),
  reasonText: z.string().trim().min(1).max(1000).optional(),
  /** Cancel the items in force that the sheet leaves out (the sheet is the whole list). */
  cancelMissing: z.boolean().default(false),
});
export type PowerImportBody = z.input<typeof powerImportBody>;

/** One problem with a row: Excel's row number, the column letter and header, and the message. */
export const powerImportIssue = z.object({
  row: z.number(),
  column: z.string(),
  header: z.string(),
  message: z.string(),
});
export type PowerImportIssue = z.infer<typeof powerImportIssue>;

export const powerImportReport = z.object({
  /** The draft change request the import created; null when the sheet changes nothing. */
  request: powerRequestView.nullable(),
  rows: z.number(),
  validRows: z.number(),
  counts: z.object({ add: z.number(), modify: z.number(), cancel: z.number(), unchanged: z.number() }),
  /** Rows left out (valid_rows mode): nothing of them was written. */
  rejected: z.array(powerImportIssue),
  /** Written, but worth a look: e.g. a basis that does not link to the law library yet. */
  warnings: z.array(powerImportIssue),
});
export type PowerImportReport = z.infer<typeof powerImportReport>;

export const powerExportQuery = z.strictObject({
  agencyId: z.uuid(),
  on: z.iso.date().optional(),
});

// ---------------------------------------------------------------------------------------------------------------
// Public disclosure (no sign-in): what is in force today, without anyone's personal data.

export const publicPowerAgency = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  itemCount: z.number(),
  categoryCounts: z.partialRecord(z.enum(POWER_CATEGORIES), z.number()),
});
export type PublicPowerAgency = z.infer<typeof publicPowerAgency>;

export const publicPowersIndex = z.object({
  tenant: z.object({ code: z.string(), name: z.string() }),
  on: z.string(),
  agencies: z.array(publicPowerAgency),
});
export type PublicPowersIndex = z.infer<typeof publicPowersIndex>;

export const publicPowerItem = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  category: z.enum(POWER_CATEGORIES),
  subItems: z.array(z.object({ code: z.string().nullable().optional(), name: z.string() })),
  basisText: z.string(),
  basisCitations: z.array(z.string()),
  duty: z.string(),
  accountability: z.string(),
  level: z.enum(POWER_LEVELS),
  delegatedFrom: z.string().nullable(),
  delegatedTo: z.array(z.string()),
  effectiveFrom: z.string(),
});
export type PublicPowerItem = z.infer<typeof publicPowerItem>;

export const publicAgencyPowers = z.object({
  tenant: z.object({ code: z.string(), name: z.string() }),
  agency: z.object({ id: z.string(), name: z.string(), kind: z.enum(AGENCY_KINDS) }),
  on: z.string(),
  items: z.array(publicPowerItem),
});
export type PublicAgencyPowers = z.infer<typeof publicAgencyPowers>;

export const publicPowersQuery = z.strictObject({
  category: z.enum(POWER_CATEGORIES).optional(),
  q: z.string().trim().max(50).optional(),
});
