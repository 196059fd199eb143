// Tables of the training module (执法人员培训): courses, attendance (学时记录) and agencies' annual training plans.
// Hours are stored as integer tenths of an hour (a 1.5-hour session is 15), so sums are exact; the API speaks hours.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const trainingCourses = pgTable(
  'training_courses',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** The organising agency: its scope governs who may edit the course. */
    agencyId: uuid('agency_id').notNull(),
    title: text('title').notNull(),
    hoursTenths: integer('hours_tenths').notNull(),
    /** Who teaches or delivers it (主办/承办单位, e.g. 州委党校). */
    provider: text('provider').notNull(),
    kind: text('kind').notNull(),
    domains: text('domains')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    online: boolean('online').notNull().default(false),
    maxParticipants: integer('max_participants'),
    /** A tenant-wide course of the justice bureau: every agency's officers may attend and agencies record them. */
    openToAll: boolean('open_to_all').notNull().default(false),
    /** The line of the organiser's annual plan this course delivers, if any. */
    planItemId: uuid('plan_item_id'),
    note: text('note'),
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('training_courses_agency_idx').on(t.tenantId, t.agencyId),
    index('training_courses_end_idx').on(t.tenantId, t.endDate),
    check('training_courses_kind_ck', sql`${t.kind} in ('public_law','professional','new_officer','other')`),
    check('training_courses_hours_ck', sql`${t.hoursTenths} > 0 and ${t.hoursTenths} <= 2000`),
    check('training_courses_dates_ck', sql`${t.endDate} >= ${t.startDate}`),
    check('training_courses_max_ck', sql`${t.maxParticipants} is null or ${t.maxParticipants} > 0`),
  ],
);

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    courseId: uuid('course_id').notNull(),
    officerId: uuid('officer_id').notNull(),
    status: text('status').notNull(),
    /** Hours credited; only 'attended' rows count. Less than the course's hours needs `reason`. */
    hoursTenths: integer('hours_tenths').notNull(),
    reason: text('reason'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('training_attendance_course_officer_uq').on(t.tenantId, t.courseId, t.officerId),
    index('training_attendance_officer_idx').on(t.tenantId, t.officerId),
    check('training_attendance_status_ck', sql`${t.status} in ('registered','attended','absent')`),
    check('training_attendance_hours_ck', sql`${t.hoursTenths} >= 0`),
  ],
);

/** An agency's annual training plan (年度培训计划). */
export const trainingPlans = pgTable(
  'training_plans',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    status: text('status').notNull().default('draft'),
    note: text('note'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('training_plans_agency_year_uq').on(t.tenantId, t.agencyId, t.year),
    check('training_plans_status_ck', sql`${t.status} in ('draft','published')`),
  ],
);

export const trainingPlanItems = pgTable(
  'training_plan_items',
  {
    tenantId: text('tenant_id').notNull(),
    id: uuid('id').notNull(),
    planId: uuid('plan_id').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    plannedMonth: integer('planned_month').notNull(),
    hoursTenths: integer('hours_tenths').notNull(),
    audience: text('audience').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('training_plan_items_plan_idx').on(t.tenantId, t.planId),
    check('training_plan_items_month_ck', sql`${t.plannedMonth} between 1 and 12`),
    check('training_plan_items_hours_ck', sql`${t.hoursTenths} > 0`),
  ],
);
