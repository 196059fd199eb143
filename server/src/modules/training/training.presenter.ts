// What a caller sees of courses, attendance and plans, with what the caller may do next (abilities).
import type {
  AttendanceStatus,
  AttendanceView,
  CourseView,
  PlanStatus,
  PlanView,
  TrainingKind,
} from '../../../../contracts/training';
import type { EnforcementDomain } from '../../../../contracts/personnel';
import { can, scopesFor, type Actor } from '../../platform/auth/policy';
import { toHours } from './training-hours.rules';
import type { AgencyBrief, AttendanceJoined, CourseRow, PlanItemRow, PlanRow } from './training.repository';

const writes = (actor: Actor, a: { tenantId: string; path: string }) =>
  can(actor, 'training.write', { tenantId: a.tenantId, agencyPath: a.path });

export function presentCourse(
  actor: Actor,
  c: CourseRow,
  a: AgencyBrief,
  counts: Record<string, number> = {},
): CourseView {
  const writable = a.status === 'active' && writes(actor, a);
  const total = (counts.registered ?? 0) + (counts.attended ?? 0) + (counts.absent ?? 0);
  return {
    id: c.id,
    agency: { id: a.id, name: a.name },
    title: c.title,
    hours: toHours(c.hoursTenths),
    provider: c.provider,
    kind: c.kind as TrainingKind,
    domains: c.domains as EnforcementDomain[],
    startDate: c.startDate,
    endDate: c.endDate,
    online: c.online,
    maxParticipants: c.maxParticipants,
    openToAll: c.openToAll,
    planItemId: c.planItemId,
    note: c.note,
    demo: c.demo,
    counts: { registered: counts.registered ?? 0, attended: counts.attended ?? 0, absent: counts.absent ?? 0 },
    abilities: {
      update: writable,
      delete: writable && total === 0,
      // Any training.write grant in the tenant may record its own officers on a course it can see.
      recordAttendance: scopesFor(actor, 'training.write').length > 0,
    },
  };
}

export function presentAttendance(actor: Actor, r: AttendanceJoined): AttendanceView {
  const writable = writes(actor, { tenantId: r.officer.tenantId, path: r.officer.agencyPath });
  return {
    id: r.attendance.id,
    course: {
      id: r.course.id,
      title: r.course.title,
      hours: toHours(r.course.hoursTenths),
      kind: r.course.kind as TrainingKind,
      startDate: r.course.startDate,
      endDate: r.course.endDate,
      agencyName: r.courseAgencyName,
    },
    officer: { id: r.officer.id, name: r.officer.name, agencyId: r.officer.agencyId, agencyName: r.officer.agencyName },
    status: r.attendance.status as AttendanceStatus,
    hours: r.attendance.status === 'attended' ? toHours(r.attendance.hoursTenths) : 0,
    reason: r.attendance.reason,
    recordedAt: r.attendance.recordedAt.toISOString(),
    abilities: { update: writable, delete: writable },
  };
}

export interface PlanCourse {
  id: string;
  agencyId: string;
  title: string;
  endDate: string;
  hoursTenths: number;
  planItemId: string | null;
}

export function presentPlan(
  actor: Actor,
  p: PlanRow,
  a: AgencyBrief,
  items: PlanItemRow[],
  courses: PlanCourse[],
  today: string,
): PlanView {
  const writable = a.status === 'active' && writes(actor, a);
  const ended = courses.filter((c) => c.endDate <= today);
  const itemViews = items.map((i) => {
    const linked = courses.filter((c) => c.planItemId === i.id);
    return {
      id: i.id,
      title: i.title,
      kind: i.kind as TrainingKind,
      plannedMonth: i.plannedMonth,
      hours: toHours(i.hoursTenths),
      audience: i.audience,
      courses: linked.map((c) => ({ id: c.id, title: c.title, endDate: c.endDate, hours: toHours(c.hoursTenths) })),
      delivered: linked.some((c) => c.endDate <= today),
    };
  });
  return {
    id: p.id,
    agency: { id: a.id, name: a.name },
    year: p.year,
    status: p.status as PlanStatus,
    note: p.note,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    demo: p.demo,
    items: itemViews,
    progress: {
      plannedHours: toHours(items.reduce((s, i) => s + i.hoursTenths, 0)),
      plannedItems: items.length,
      deliveredItems: itemViews.filter((i) => i.delivered).length,
      deliveredHours: toHours(ended.reduce((s, c) => s + c.hoursTenths, 0)),
      deliveredCourses: ended.length,
    },
    abilities: {
      update: writable && p.status === 'draft',
      publish: writable && p.status === 'draft',
      delete: writable && p.status === 'draft',
    },
  };
}
