// Training of enforcement officers (执法人员培训): courses, attendance and credited hours, hours per officer per year
// against the tenant's threshold (default 60: 每人每年不少于60学时, see docs/training.md for the basis), and each
// agency's annual training plan (年度培训计划). Hours travel as numbers in half-hour steps.
import { z } from 'zod';
import { enforcementDomain } from './personnel';

type Label = { zh: string; en: string };

export const TRAINING_KINDS = ['public_law', 'professional', 'new_officer', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, Label> = {
  public_law: { zh: '公共法律知识', en: 'Public law' },
  professional: { zh: '专业法律知识', en: 'Professional law' },
  new_officer: { zh: '新任执法人员岗前培训', en: 'New-officer induction' },
  other: { zh: '其他', en: 'Other' },
};

export const ATTENDANCE_STATUSES = ['registered', 'attended', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, Label> = {
  registered: { zh: '已报名', en: 'Registered' },
  attended: { zh: '已参训', en: 'Attended' },
  absent: { zh: '缺席', en: 'Absent' },
};

export const PLAN_STATUSES = ['draft', 'published'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
};

/** Hours in half-hour steps (0.5 … 200). */
export const trainingHours = z
  .number()
  .min(0.5)
  .max(200)
  .refine((h) => Number.isInteger(h * 2), { message: 'training_hours_half' });
const isoDate = z.iso.date();
const year = z.coerce.number().int().min(2000).max(2100);
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const pageQuery = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

// ---------------------------------------------------------------------------------------------------------------
// Courses

const courseFields = {
  title: text(2, 200),
  hours: trainingHours,
  provider: text(2, 100),
  kind: z.enum(TRAINING_KINDS),
  domains: z.array(enforcementDomain).max(18).default([]),
  startDate: isoDate,
  endDate: isoDate,
  online: z.boolean().default(false),
  maxParticipants: z.int().min(1).max(10000).nullable().optional(),
  /** Tenant-wide course of the justice bureau, open to every agency's officers (needs a tenant-wide grant). */
  openToAll: z.boolean().default(false),
  planItemId: z.uuid().nullable().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
};

export const courseCreateBody = z.strictObject({ agencyId: z.uuid(), ...courseFields });
export type CourseCreateBody = z.input<typeof courseCreateBody>;

export const courseUpdateBody = z.strictObject({
  title: courseFields.title.optional(),
  hours: trainingHours.optional(),
  provider: courseFields.provider.optional(),
  kind: courseFields.kind.optional(),
  domains: z.array(enforcementDomain).max(18).optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  online: z.boolean().optional(),
  maxParticipants: courseFields.maxParticipants,
  openToAll: z.boolean().optional(),
  planItemId: courseFields.planItemId,
  note: courseFields.note,
});
export type CourseUpdateBody = z.input<typeof courseUpdateBody>;

export const courseListQuery = z.strictObject({
  /** The tenant to list (a multi-tenant scope); the caller's own when absent. */
  tenant: z.string().trim().max(6).optional(),
  /** Courses whose last day falls in this year. */
  year: year.optional(),
  agencyId: z.uuid().optional(),
  kind: z.enum(TRAINING_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
  ...pageQuery,
});
export type CourseListQuery = z.input<typeof courseListQuery>;

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

export const courseView = z.object({
  id: z.uuid(),
  agency: agencyRef,
  title: z.string(),
  hours: z.number(),
  provider: z.string(),
  kind: z.enum(TRAINING_KINDS),
  domains: z.array(enforcementDomain),
  startDate: z.string(),
  endDate: z.string(),
  online: z.boolean(),
  maxParticipants: z.number().int().nullable(),
  openToAll: z.boolean(),
  planItemId: z.uuid().nullable(),
  note: z.string().nullable(),
  demo: z.boolean(),
  /** Attendance rows the caller can see, by status. */
  counts: z.object({ registered: z.number().int(), attended: z.number().int(), absent: z.number().int() }),
  abilities: z.object({ update: z.boolean(), delete: z.boolean(), recordAttendance: z.boolean() }),
});
export type CourseView = z.infer<typeof courseView>;
export const courseListView = z.object({ items: z.array(courseView), total: z.number().int() });
export type CourseListView = z.infer<typeof courseListView>;

// ---------------------------------------------------------------------------------------------------------------
// Attendance

export const attendanceEntry = z.strictObject({
  officerId: z.uuid(),
  status: z.enum(ATTENDANCE_STATUSES),
  /** Hours credited when attended; the course's hours when absent. Fewer needs a reason. */
  hours: trainingHours.optional(),
  reason: z.string().trim().min(2).max(500).nullable().optional(),
});
export type AttendanceEntry = z.input<typeof attendanceEntry>;

/** Records many officers on one course at once: all or nothing. */
export const attendanceBulkBody = z.strictObject({
  courseId: z.uuid(),
  entries: z.array(attendanceEntry).min(1).max(500),
});
export type AttendanceBulkBody = z.input<typeof attendanceBulkBody>;

export const attendanceUpdateBody = z.strictObject({
  status: z.enum(ATTENDANCE_STATUSES).optional(),
  hours: trainingHours.optional(),
  reason: z.string().trim().min(2).max(500).nullable().optional(),
});
export type AttendanceUpdateBody = z.input<typeof attendanceUpdateBody>;

export const attendanceListQuery = z.strictObject({
  /** The tenant to list (a multi-tenant scope); the caller's own when absent. */
  tenant: z.string().trim().max(6).optional(),
  officerId: z.uuid().optional(),
  courseId: z.uuid().optional(),
  /** Courses whose last day falls in this year. */
  year: year.optional(),
  status: z.enum(ATTENDANCE_STATUSES).optional(),
  ...pageQuery,
});
export type AttendanceListQuery = z.input<typeof attendanceListQuery>;

export const attendanceView = z.object({
  id: z.uuid(),
  course: z.object({
    id: z.uuid(),
    title: z.string(),
    hours: z.number(),
    kind: z.enum(TRAINING_KINDS),
    startDate: z.string(),
    endDate: z.string(),
    agencyName: z.string(),
  }),
  officer: z.object({ id: z.uuid(), name: z.string(), agencyId: z.uuid(), agencyName: z.string() }),
  status: z.enum(ATTENDANCE_STATUSES),
  /** Hours credited (0 unless attended). */
  hours: z.number(),
  reason: z.string().nullable(),
  recordedAt: z.string(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type AttendanceView = z.infer<typeof attendanceView>;
export const attendanceListView = z.object({
  items: z.array(attendanceView),
  total: z.number().int(),
  /** Hours credited over all matching rows (not only this page). */
  totalHours: z.number(),
});
export type AttendanceListView = z.infer<typeof attendanceListView>;

export const attendanceCandidatesQuery = z.strictObject({
  q: z.string().trim().max(50).optional(),
  agencyId: z.uuid().optional(),
});
export const attendanceCandidateView = z.object({
  id: z.uuid(),
  name: z.string(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  post: z.string(),
});
export type AttendanceCandidateView = z.infer<typeof attendanceCandidateView>;

// ---------------------------------------------------------------------------------------------------------------
// Hours per officer per year

export const HOURS_FILTERS = ['all', 'not_met', 'behind_schedule'] as const;
export type HoursFilter = (typeof HOURS_FILTERS)[number];

export const hoursQuery = z.strictObject({
  /** The tenant to list (a multi-tenant scope); the caller's own when absent. */
  tenant: z.string().trim().max(6).optional(),
  year: year.optional(),
  agencyId: z.uuid().optional(),
  /** not_met: hours below the threshold; behind_schedule: below the pro-rata figure expected by today. */
  filter: z.enum(HOURS_FILTERS).default('all'),
  q: z.string().trim().max(50).optional(),
});
export type HoursQuery = z.input<typeof hoursQuery>;

export const officerHoursView = z.object({
  officerId: z.uuid(),
  name: z.string(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  hours: z.number(),
  threshold: z.number(),
  met: z.boolean(),
  shortfall: z.number(),
  expectedByNow: z.number(),
  behindSchedule: z.boolean(),
});
export type OfficerHoursView = z.infer<typeof officerHoursView>;

export const agencyHoursView = z.object({
  agencyId: z.uuid().nullable(),
  agencyName: z.string(),
  officers: z.number().int(),
  met: z.number().int(),
  notMet: z.number().int(),
  behindSchedule: z.number().int(),
  /** Percent of officers who met the threshold, one decimal; null with no officers. */
  metPercent: z.number().nullable(),
  averageHours: z.number(),
});
export type AgencyHoursView = z.infer<typeof agencyHoursView>;

export const hoursView = z.object({
  year: z.number().int(),
  /** Today (Asia/Shanghai). */
  on: z.string(),
  threshold: z.number(),
  /** Share of the year elapsed by today (0 … 1): 1 for past years, 0 for future ones. */
  elapsedShare: z.number(),
  daysLeft: z.number().int(),
  expectedByNow: z.number(),
  officers: z.array(officerHoursView),
  agencies: z.array(agencyHoursView),
  total: agencyHoursView,
});
export type HoursView = z.infer<typeof hoursView>;

// ---------------------------------------------------------------------------------------------------------------
// Annual training plans

export const planItemInput = z.strictObject({
  id: z.uuid().optional(),
  title: text(2, 200),
  kind: z.enum(TRAINING_KINDS),
  plannedMonth: z.int().min(1).max(12),
  hours: trainingHours,
  audience: text(2, 200),
});
export type PlanItemInput = z.input<typeof planItemInput>;

export const planCreateBody = z.strictObject({
  agencyId: z.uuid(),
  year: z.int().min(2000).max(2100),
  note: z.string().trim().max(2000).nullable().optional(),
  items: z.array(planItemInput).min(1).max(100),
});
export type PlanCreateBody = z.input<typeof planCreateBody>;

export const planUpdateBody = z.strictObject({
  note: z.string().trim().max(2000).nullable().optional(),
  items: z.array(planItemInput).min(1).max(100).optional(),
});
export type PlanUpdateBody = z.input<typeof planUpdateBody>;

export const planListQuery = z.strictObject({
  /** The tenant to list (a multi-tenant scope); the caller's own when absent. */
  tenant: z.string().trim().max(6).optional(),
  year: year.optional(),
  agencyId: z.uuid().optional(),
});

export const planItemView = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(TRAINING_KINDS),
  plannedMonth: z.number().int(),
  hours: z.number(),
  audience: z.string(),
  /** Courses of the agency linked to this item. */
  courses: z.array(z.object({ id: z.uuid(), title: z.string(), endDate: z.string(), hours: z.number() })),
  /** A linked course has ended by today. */
  delivered: z.boolean(),
});
export type PlanItemView = z.infer<typeof planItemView>;

export const planView = z.object({
  id: z.uuid(),
  agency: agencyRef,
  year: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  note: z.string().nullable(),
  publishedAt: z.string().nullable(),
  demo: z.boolean(),
  items: z.array(planItemView),
  progress: z.object({
    plannedHours: z.number(),
    plannedItems: z.number().int(),
    deliveredItems: z.number().int(),
    /** Hours of the agency's courses in the plan year that have ended by today (linked to the plan or not). */
    deliveredHours: z.number(),
    deliveredCourses: z.number().int(),
  }),
  abilities: z.object({ update: z.boolean(), publish: z.boolean(), delete: z.boolean() }),
});
export type PlanView = z.infer<typeof planView>;
export const planListView = z.object({ items: z.array(planView) });
