// Leaders' records, shared by server and web: legal study sessions of leading cadres (领导干部学法: 专题学法,
// 集中学法, 会前学法) and court appearances of agency heads (负责人出庭应诉), kept for the yearly evaluation.
// Court appearances rest on 《中华人民共和国行政诉讼法》第三条第三款 (被诉行政机关负责人应当出庭应诉。不能出庭的，
// 应当委托行政机关相应的工作人员出庭) and 《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》(法释〔2020〕3号).
import { z } from 'zod';
import { articleRefView } from './law';
import { tenantCode } from './tenant';
import { storedDocumentView } from './annual-filing';

type Label = { zh: string; en: string };

export const LEADER_APPEARANCE_BASIS = {
  zh: '《中华人民共和国行政诉讼法》第三条第三款：被诉行政机关负责人应当出庭应诉。不能出庭的，应当委托行政机关相应的工作人员出庭。《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第二条：行政机关负责人包括正职、副职负责人以及其他参与分管的负责人。',
  en: 'Administrative Litigation Law Art. 3(3): the head of the sued agency shall appear in court; one who cannot shall entrust an appropriate official. SPC Provisions on Heads Appearing in Court Art. 2: heads include the principal, deputies and other leaders in charge.',
};

export const STUDY_KINDS = ['special_topic', 'centralised', 'pre_meeting', 'other'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];
export const STUDY_KIND_LABELS: Record<StudyKind, Label> = {
  special_topic: { zh: '专题学法', en: 'Special-topic study' },
  centralised: { zh: '集中学法', en: 'Centralised study' },
  pre_meeting: { zh: '会前学法', en: 'Pre-meeting study' },
  other: { zh: '其他', en: 'Other' },
};

/** 正职 / 副职 (incl. other leaders in charge, SPC Provisions Art. 2). */
export const LEADER_RANKS = ['principal', 'deputy'] as const;
export type LeaderRank = (typeof LEADER_RANKS)[number];
export const LEADER_RANK_LABELS: Record<LeaderRank, Label> = {
  principal: { zh: '正职负责人', en: 'Principal head' },
  deputy: { zh: '副职负责人', en: 'Deputy head' },
};

export const CASE_OUTCOMES = [
  'pending',
  'upheld',
  'dismissed',
  'revoked',
  'changed',
  'confirmed_unlawful',
  'ordered_to_perform',
  'withdrawn',
  'mediated',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const CASE_OUTCOME_LABELS: Record<CaseOutcome, Label> = {
  pending: { zh: '尚未裁判', en: 'Pending' },
  upheld: { zh: '驳回诉讼请求（维持）', en: 'Claim rejected (upheld)' },
  dismissed: { zh: '驳回起诉', en: 'Suit dismissed' },
  revoked: { zh: '撤销', en: 'Revoked' },
  changed: { zh: '变更', en: 'Changed' },
  confirmed_unlawful: { zh: '确认违法', en: 'Confirmed unlawful' },
  ordered_to_perform: { zh: '责令履行', en: 'Ordered to perform' },
  withdrawn: { zh: '原告撤诉', en: 'Withdrawn by plaintiff' },
  mediated: { zh: '调解结案', en: 'Mediated' },
};

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const participant = z.strictObject({
  name: text(50),
  post: text(100),
  officerId: z.uuid().nullable().optional(),
});
export type Participant = z.infer<typeof participant>;

export const studySessionBody = z.strictObject({
  /** Null: a session of the government itself (e.g. 市政府常务会议会前学法), kept by the justice bureau. */
  agencyId: z.uuid().nullable(),
  kind: z.enum(STUDY_KINDS),
  date: z.iso.date(),
  topic: text(200),
  /** Laws studied as written citations (《…》 or 《…》第X条); linked to the law library where the law is there. */
  lawsText: optionalText(2000),
  lecturer: optionalText(100),
  participants: z.array(participant).min(1).max(200),
  hours: z.number().min(0.5).max(24),
  note: optionalText(2000),
});
export type StudySessionBody = z.infer<typeof studySessionBody>;
export const studySessionUpdateBody = studySessionBody.omit({ agencyId: true }).partial().strict();
export type StudySessionUpdateBody = z.infer<typeof studySessionUpdateBody>;

export const recordListQuery = z.strictObject({
  tenant: tenantCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  agencyId: z.uuid().optional(),
});

export const studySessionView = z.object({
  id: z.string(),
  tenantId: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }).nullable(),
  kind: z.enum(STUDY_KINDS),
  date: z.string(),
  topic: z.string(),
  lawsText: z.string().nullable(),
  laws: z.array(articleRefView),
  /** Parts of lawsText the library could not link (a law not imported, an article missing). */
  lawProblems: z.array(z.object({ zh: z.string(), en: z.string() })),
  lecturer: z.string().nullable(),
  participants: z.array(participant),
  hours: z.number(),
  note: z.string().nullable(),
  documents: z.array(storedDocumentView),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type StudySessionView = z.infer<typeof studySessionView>;

/** A case number as courts write it: （2026）云3401行初12号 (ASCII brackets are accepted and normalised). */
export const CASE_NUMBER_RE =
  /^（\d{4}）[\u4e00-\u9fa5]{1,3}\d{2,6}[\u4e00-\u9fa5]{1,4}\d{1,6}号(之[一二三四五六七八九十\d]+)?$/;
export const caseNumber = z
  .string()
  .trim()
  .transform((s) => s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/\s+/g, ''))
  .pipe(z.string().regex(CASE_NUMBER_RE, { error: 'leader_case_number_format' }));

const appearanceFields = {
  agencyId: z.uuid(),
  court: text(100),
  caseNumber,
  /** 案由, e.g. 行政处罚 / 行政强制. */
  cause: text(200),
  plaintiff: optionalText(200),
  hearingDate: z.iso.date(),
  appeared: z.boolean(),
  appearedName: optionalText(50),
  appearedPost: optionalText(100),
  appearedRank: z.enum(LEADER_RANKS).nullable().optional(),
  /** 出庭出声: the head spoke in court (statement, debate, final statement). */
  spoke: z.boolean().optional(),
  absenceReason: optionalText(500),
  delegateName: optionalText(50),
  delegatePost: optionalText(100),
  outcome: z.enum(CASE_OUTCOMES).optional(),
  outcomeDate: z.iso.date().nullable().optional(),
  note: optionalText(2000),
};
export const courtAppearanceBody = z.strictObject(appearanceFields);
export type CourtAppearanceBody = z.infer<typeof courtAppearanceBody>;
const { agencyId: _omitAgency, ...updatable } = appearanceFields;
export const courtAppearanceUpdateBody = z.strictObject(updatable).partial();
export type CourtAppearanceUpdateBody = z.infer<typeof courtAppearanceUpdateBody>;

export const courtAppearanceView = z.object({
  id: z.string(),
  tenantId: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  court: z.string(),
  caseNumber: z.string(),
  cause: z.string(),
  plaintiff: z.string().nullable(),
  hearingDate: z.string(),
  appeared: z.boolean(),
  appearedName: z.string().nullable(),
  appearedPost: z.string().nullable(),
  appearedRank: z.enum(LEADER_RANKS).nullable(),
  spoke: z.boolean(),
  absenceReason: z.string().nullable(),
  delegateName: z.string().nullable(),
  delegatePost: z.string().nullable(),
  outcome: z.enum(CASE_OUTCOMES),
  outcomeDate: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type CourtAppearanceView = z.infer<typeof courtAppearanceView>;

export const leaderSummaryQuery = z.strictObject({
  tenant: tenantCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const leaderSummaryRow = z.object({
  /** Null: the government's own (tenant-level) study sessions. */
  agency: z.object({ id: z.string(), name: z.string() }).nullable(),
  sessions: z.number(),
  hours: z.number(),
  hearings: z.number(),
  appeared: z.number(),
  principalAppeared: z.number(),
  spoke: z.number(),
  /** appeared / hearings in percent, one decimal; null with no hearings. */
  appearanceRate: z.number().nullable(),
});
export type LeaderSummaryRow = z.infer<typeof leaderSummaryRow>;
export const leaderSummaryView = z.object({
  year: z.number(),
  rows: z.array(leaderSummaryRow),
  totals: leaderSummaryRow.omit({ agency: true }),
});
export type LeaderSummaryView = z.infer<typeof leaderSummaryView>;
