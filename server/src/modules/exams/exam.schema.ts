// Tables of the exams module (执法资格考试): the tenant's question bank, blueprints (组卷规则), exams, sittings and
// the questions drawn for each sitting (a snapshot of the question, the officer's answer and its grade).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ArticleRef } from '../../../../contracts/law';

export interface QuestionOption {
  key: string;
  text: string;
}

export interface BlueprintRule {
  domain: string;
  kind: string;
  count: number;
  points: number;
}

/** What the officer sees of one drawn question, fixed when the paper is drawn (a later edit changes nothing). */
export interface DrawnQuestionSnapshot {
  kind: string;
  domain: string;
  stem: string;
  /** Options in the order shown; `key` is the bank's letter, the shown letter is the position (A, B, …). */
  options: QuestionOption[];
  /** The bank's letters of the correct options. */
  correct: string[];
  explanation: string;
  basisText: string | null;
}

export const examQuestions = pgTable(
  'exam_questions',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    domain: text('domain').notNull(),
    stem: text('stem').notNull(),
    options: jsonb('options').$type<QuestionOption[]>().notNull(),
    correct: text('correct').array().notNull(),
    explanation: text('explanation').notNull(),
    basisText: text('basis_text'),
    basisRefs: jsonb('basis_refs')
      .$type<ArticleRef[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The written basis names a law not (yet) in the law library: kept as written, shown flagged. */
    basisUnlinked: boolean('basis_unlinked').notNull().default(false),
    difficulty: integer('difficulty').notNull().default(2),
    status: text('status').notNull().default('active'),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('exam_questions_domain_kind_idx').on(t.tenantId, t.domain, t.kind, t.status),
    check('exam_questions_kind_ck', sql`${t.kind} in ('single','multiple','true_false')`),
    check('exam_questions_status_ck', sql`${t.status} in ('active','retired')`),
    check('exam_questions_difficulty_ck', sql`${t.difficulty} between 1 and 3`),
  ],
);

export const examBlueprints = pgTable(
  'exam_blueprints',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    rules: jsonb('rules').$type<BlueprintRule[]>().notNull(),
    passMark: integer('pass_mark').notNull(),
    timeLimitMinutes: integer('time_limit_minutes').notNull(),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const exams = pgTable(
  'exams',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    blueprintId: uuid('blueprint_id').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    /** Agencies whose officers may sit it; empty = every officer of the tenant. */
    agencyIds: uuid('agency_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    attemptsAllowed: integer('attempts_allowed').notNull().default(1),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('exams_window_idx').on(t.tenantId, t.closesAt),
    check('exams_window_ck', sql`${t.closesAt} > ${t.opensAt}`),
  ],
);

export const examSittings = pgTable(
  'exam_sittings',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    examId: uuid('exam_id').notNull(),
    officerId: uuid('officer_id').notNull(),
    accountId: uuid('account_id'),
    attemptNo: integer('attempt_no').notNull(),
    /** The seed the paper was drawn with (recorded so the draw can be explained). */
    seed: integer('seed').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    gradedAt: timestamp('graded_at', { withTimezone: true }),
    score: integer('score'),
    maxScore: integer('max_score').notNull(),
    passMark: integer('pass_mark').notNull(),
    passed: boolean('passed'),
    status: text('status').notNull().default('in_progress'),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('exam_sittings_attempt_uq').on(t.tenantId, t.examId, t.officerId, t.attemptNo),
    index('exam_sittings_officer_idx').on(t.tenantId, t.officerId, t.gradedAt),
    index('exam_sittings_deadline_idx').on(t.tenantId, t.status, t.deadlineAt),
    check('exam_sittings_status_ck', sql`${t.status} in ('in_progress','graded')`),
  ],
);

/** One question of a sitting's paper: what was drawn, the officer's latest answer (by sequence number), the grade. */
export const examSittingQuestions = pgTable(
  'exam_sitting_questions',
  {
    tenantId: text('tenant_id').notNull(),
    sittingId: uuid('sitting_id').notNull(),
    questionNo: integer('question_no').notNull(),
    questionId: uuid('question_id').notNull(),
    points: integer('points').notNull(),
    snapshot: jsonb('snapshot').$type<DrawnQuestionSnapshot>().notNull(),
    /** The bank's letters the officer chose; null = not answered. */
    answer: text('answer').array(),
    /** The client's sequence number of the stored answer: an older (smaller) one never overwrites it. */
    answerSeq: integer('answer_seq').notNull().default(0),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    correct: boolean('correct'),
    awarded: integer('awarded'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.sittingId, t.questionNo] }),
    index('exam_sitting_questions_question_idx').on(t.tenantId, t.questionId),
  ],
);
