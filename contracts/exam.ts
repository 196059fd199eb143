// Enforcement qualification exams (执法资格考试): the question bank, blueprints (组卷规则), exams, sittings and their
// results. The bank and exams are the justice bureau's (exam.write); officers sit them (exam.take). Correct answers
// and explanations never reach the client before a sitting is graded.
import { z } from 'zod';
import { DOMAIN_LABELS, enforcementDomain, type EnforcementDomain } from './personnel';

type Label = { zh: string; en: string };

export const QUESTION_KINDS = ['single', 'multiple', 'true_false'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTION_KIND_LABELS: Record<QuestionKind, Label> = {
  single: { zh: '单选题', en: 'Single choice' },
  multiple: { zh: '多选题', en: 'Multiple choice' },
  true_false: { zh: '判断题', en: 'True / false' },
};
export const questionKind = z.enum(QUESTION_KINDS);

export const QUESTION_STATUSES = ['active', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const QUESTION_STATUS_LABELS: Record<QuestionStatus, Label> = {
  active: { zh: '在用', en: 'Active' },
  retired: { zh: '停用', en: 'Retired' },
};

/** Option letters a question may use, in order. */
export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** The fixed options of a true/false question. */
export const TRUE_FALSE_OPTIONS = [
  { key: 'A', text: '正确' },
  { key: 'B', text: '错误' },
] as const;

/** 'comprehensive' in the question bank means public law knowledge (公共法律知识). */
export const questionDomainLabel = (d: string): Label =>
  d === 'comprehensive'
    ? { zh: '公共法律知识', en: 'Public law knowledge' }
    : (DOMAIN_LABELS[d as EnforcementDomain] ?? { zh: d, en: d });

const optionText = z.string().trim().min(1).max(500);
export const questionOption = z.strictObject({ key: z.enum(OPTION_KEYS), text: optionText });
export type QuestionOptionInput = z.infer<typeof questionOption>;

export const questionBody = z.strictObject({
  kind: questionKind,
  domain: enforcementDomain,
  stem: z.string().trim().min(4).max(2000),
  /** Ignored for true/false (its options are fixed: A 正确, B 错误). */
  options: z.array(questionOption).max(6).default([]),
  /** Letters of the correct option(s). */
  correct: z.array(z.enum(OPTION_KEYS)).min(1).max(6),
  explanation: z.string().trim().min(2).max(4000),
  /** The article the question rests on, as written: 《中华人民共和国行政处罚法》第三十六条. */
  basis: z.string().trim().min(3).max(500),
  difficulty: z.number().int().min(1).max(3).default(2),
});
export type QuestionBody = z.infer<typeof questionBody>;

/** A change: only the fields sent (no defaults, so an absent field keeps its value). */
export const questionUpdateBody = z.strictObject({
  kind: questionKind.optional(),
  domain: enforcementDomain.optional(),
  stem: questionBody.shape.stem.optional(),
  options: z.array(questionOption).max(6).optional(),
  correct: questionBody.shape.correct.optional(),
  explanation: questionBody.shape.explanation.optional(),
  basis: questionBody.shape.basis.optional(),
  difficulty: z.number().int().min(1).max(3).optional(),
  status: z.enum(QUESTION_STATUSES).optional(),
});
export type QuestionUpdateBody = z.infer<typeof questionUpdateBody>;

export const questionView = z.object({
  id: z.string(),
  kind: questionKind,
  domain: enforcementDomain,
  stem: z.string(),
  options: z.array(z.object({ key: z.string(), text: z.string() })),
  correct: z.array(z.string()),
  explanation: z.string(),
  basis: z.string().nullable(),
  /** The basis names a law not in the law library yet: kept as written. */
  basisUnlinked: z.boolean(),
  basisArticles: z.array(z.object({ lawTitle: z.string(), label: z.string(), citation: z.string() })),
  difficulty: z.number(),
  status: z.enum(QUESTION_STATUSES),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean() }),
});
export type QuestionView = z.infer<typeof questionView>;

export const questionListQuery = z.strictObject({
  domain: enforcementDomain.optional(),
  kind: questionKind.optional(),
  status: z.enum(QUESTION_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type QuestionListQuery = z.infer<typeof questionListQuery>;

export const questionListView = z.object({
  items: z.array(questionView),
  total: z.number(),
  /** Active questions per domain and kind, for writing blueprints. */
  available: z.array(z.object({ domain: z.string(), kind: z.string(), count: z.number() })),
  abilities: z.object({ create: z.boolean() }),
});

export const questionImportBody = z.strictObject({
  /** The .xlsx file, base64. */
  file: z.string().min(1).max(14_000_000),
  /** all_or_nothing (default): any wrong row → nothing imported. valid_rows: import the good rows, report the rest. */
  mode: z.enum(['all_or_nothing', 'valid_rows']).default('all_or_nothing'),
});
export const importProblem = z.object({ row: z.number(), column: z.string(), message: z.string() });
export const questionImportView = z.object({
  imported: z.number(),
  rejected: z.number(),
  problems: z.array(importProblem),
});
export type QuestionImportView = z.infer<typeof questionImportView>;

// --- blueprints (组卷规则) ---
export const blueprintRule = z.strictObject({
  domain: enforcementDomain,
  kind: questionKind,
  count: z.number().int().min(1).max(200),
  points: z.number().int().min(1).max(100),
});
export type BlueprintRuleInput = z.infer<typeof blueprintRule>;

export const blueprintBody = z.strictObject({
  title: z.string().trim().min(2).max(100),
  rules: z.array(blueprintRule).min(1).max(40),
  passMark: z.number().int().min(1).max(1000),
  timeLimitMinutes: z.number().int().min(5).max(600),
});
export type BlueprintBody = z.infer<typeof blueprintBody>;

export const blueprintView = z.object({
  id: z.string(),
  title: z.string(),
  rules: z.array(z.object({ domain: z.string(), kind: z.string(), count: z.number(), points: z.number() })),
  passMark: z.number(),
  timeLimitMinutes: z.number(),
  questionCount: z.number(),
  maxScore: z.number(),
});
export type BlueprintView = z.infer<typeof blueprintView>;

// --- exams (考试) ---
export const examBody = z.strictObject({
  title: z.string().trim().min(2).max(100),
  blueprintId: z.uuid(),
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  /** Agencies whose officers may sit it; empty = every officer of the region. */
  agencyIds: z.array(z.uuid()).max(500).default([]),
  attemptsAllowed: z.number().int().min(1).max(10).default(1),
});
export type ExamBody = z.infer<typeof examBody>;

export const EXAM_STATES = ['upcoming', 'open', 'closed'] as const;
export type ExamState = (typeof EXAM_STATES)[number];
export const EXAM_STATE_LABELS: Record<ExamState, Label> = {
  upcoming: { zh: '未开始', en: 'Upcoming' },
  open: { zh: '进行中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
};

export const sittingBrief = z.object({
  id: z.string(),
  attemptNo: z.number(),
  status: z.enum(['in_progress', 'graded']),
  startedAt: z.string(),
  deadlineAt: z.string(),
  gradedAt: z.string().nullable(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
});
export type SittingBrief = z.infer<typeof sittingBrief>;

export const examView = z.object({
  id: z.string(),
  title: z.string(),
  blueprintId: z.string(),
  blueprintTitle: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  state: z.enum(EXAM_STATES),
  timeLimitMinutes: z.number(),
  questionCount: z.number(),
  maxScore: z.number(),
  passMark: z.number(),
  attemptsAllowed: z.number(),
  agencyIds: z.array(z.string()),
  agencyNames: z.array(z.string()),
  /** For the justice bureau's list: distinct officers who sat (graded) / passed. */
  sat: z.number().optional(),
  passed: z.number().optional(),
  /** For an officer: their sittings of this exam. */
  sittings: z.array(sittingBrief).optional(),
  abilities: z.object({ start: z.boolean(), resumeSittingId: z.string().nullable(), stats: z.boolean() }),
});
export type ExamView = z.infer<typeof examView>;

// --- sittings (答卷) ---
export const sittingQuestionView = z.object({
  no: z.number(),
  kind: questionKind,
  domain: z.string(),
  stem: z.string(),
  /** Letters as shown on this paper (A, B, … in the shuffled order). */
  options: z.array(z.object({ key: z.string(), text: z.string() })),
  points: z.number(),
  answer: z.array(z.string()).nullable(),
  answerSeq: z.number(),
  /** Only after grading. */
  review: z
    .object({
      correct: z.array(z.string()),
      isCorrect: z.boolean(),
      awarded: z.number(),
      explanation: z.string(),
      basis: z.string().nullable(),
    })
    .optional(),
});
export type SittingQuestionView = z.infer<typeof sittingQuestionView>;

export const sittingView = z.object({
  id: z.string(),
  examId: z.string(),
  examTitle: z.string(),
  officerName: z.string(),
  attemptNo: z.number(),
  status: z.enum(['in_progress', 'graded']),
  startedAt: z.string(),
  deadlineAt: z.string(),
  /** The server's clock when this was read: the client counts down from deadlineAt − serverNow. */
  serverNow: z.string(),
  submittedAt: z.string().nullable(),
  gradedAt: z.string().nullable(),
  score: z.number().nullable(),
  maxScore: z.number(),
  passMark: z.number(),
  passed: z.boolean().nullable(),
  questions: z.array(sittingQuestionView),
  abilities: z.object({ answer: z.boolean(), submit: z.boolean() }),
});
export type SittingView = z.infer<typeof sittingView>;

export const answerParams = z.strictObject({ id: z.uuid(), questionNo: z.coerce.number().int().min(1).max(1000) });
export const answerBody = z.strictObject({
  /** Shown letters chosen; [] clears the answer. */
  answer: z.array(z.enum(OPTION_KEYS)).max(6),
  /** The client's increasing sequence number: a late retry with a smaller one never overwrites a newer answer. */
  seq: z.number().int().min(1).max(2_000_000_000),
});
export type AnswerBody = z.infer<typeof answerBody>;
export const answerView = z.object({
  questionNo: z.number(),
  answer: z.array(z.string()).nullable(),
  answerSeq: z.number(),
  /** false when the sent answer was older than the stored one (or the same one again). */
  applied: z.boolean(),
  savedAt: z.string().nullable(),
});
export type AnswerView = z.infer<typeof answerView>;

// --- statistics ---
export const examStatsView = z.object({
  examId: z.string(),
  title: z.string(),
  sat: z.number(),
  passed: z.number(),
  sittings: z.number(),
  average: z.number().nullable(),
  maxScore: z.number(),
  passMark: z.number(),
  /** Score bands of graded sittings: [0,10%), [10%,20%), … of the maximum. */
  distribution: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
  questions: z.array(
    z.object({
      questionId: z.string(),
      stem: z.string(),
      kind: questionKind,
      domain: z.string(),
      drawn: z.number(),
      correctRate: z.number().nullable(),
      /** Choices per bank letter, counted over graded sittings. */
      options: z.array(z.object({ key: z.string(), text: z.string(), count: z.number(), correct: z.boolean() })),
    }),
  ),
});
export type ExamStatsView = z.infer<typeof examStatsView>;
