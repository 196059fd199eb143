// Use cases on attendance (参训记录): list by officer or course within the caller's read scope, record many officers
// on one course at once (all or nothing), change or remove a record. Scope is the officer's agency: an agency keeps
// its own officers' records, also on courses others organise. Only 'attended' rows credit hours, once per course.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  AttendanceListView,
  AttendanceStatus,
  AttendanceUpdateBody,
  AttendanceView,
} from '../../../../contracts/training';
import { attendanceBulkBody, attendanceListQuery } from '../../../../contracts/training';
import type { Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { conflict, forbidden, invalidInput, notFound, type FieldError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/legal-date';
import type { WriteResult } from '../../platform/http/request';
import { toHours, toTenths } from './training-hours.rules';
import { courseVisible, readScope, writeScope } from './training-course.service';
import { presentAttendance } from './training.presenter';
import {
  countAttendance,
  deleteAttendanceRow,
  existingAttendance,
  findCourse,
  insertAttendance,
  listAttendance as listAttendanceRows,
  officersInScope,
  updateAttendanceRow,
  type CourseRow,
} from './training.repository';

export async function listAttendance(
  ex: Executor,
  actor: Actor,
  q: z.output<typeof attendanceListQuery>,
): Promise<AttendanceListView> {
  const { rows, total, tenths } = await listAttendanceRows(
    ex,
    {
      scopeWhere: readScope(actor),
      tenantId: q.tenant ?? actor.tenantId,
      officerId: q.officerId,
      courseId: q.courseId,
      year: q.year,
      status: q.status,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: rows.map((r) => presentAttendance(actor, r)), total, totalHours: toHours(tenths) };
}

/**
 * The hours to credit for one entry: the course's hours when attended unless fewer are given with a reason;
 * 0 when registered or absent (only attendance counts towards the yearly hours).
 */
function creditedTenths(
  course: CourseRow,
  entry: { status: AttendanceStatus; hours?: number; reason?: string | null },
  today: string,
  field: (name: string) => string,
): { tenths: number; reason: string | null } {
  if (entry.status !== 'attended') return { tenths: 0, reason: entry.reason ?? null };
  if (course.startDate > today) {
    throw invalidInput({ [field('status')]: { key: 'training_not_started', params: { start: course.startDate } } });
  }
  const tenths = entry.hours !== undefined ? toTenths(entry.hours) : course.hoursTenths;
  if (tenths > course.hoursTenths) {
    throw invalidInput({
      [field('hours')]: { key: 'training_hours_over_course', params: { max: toHours(course.hoursTenths) } },
    });
  }
  const reason = entry.reason?.trim() || null;
  if (tenths < course.hoursTenths && !reason) throw invalidInput({ [field('reason')]: 'training_reason_required' });
  return { tenths, reason: tenths < course.hoursTenths ? reason : null };
}

export async function recordAttendance(
  tx: Tx,
  actor: Actor,
  body: z.output<typeof attendanceBulkBody>,
  now: Date,
): Promise<WriteResult<{ created: number; items: AttendanceView[] }>> {
  const found = await findCourse(tx, courseVisible(actor), body.courseId);
  if (!found) throw notFound('training_course_not_found');
  const course = found.course;
  const today = shanghaiDate(now);

  const ids = body.entries.map((e) => e.officerId);
  const seen = new Map<string, number>();
  const dupes: Record<string, FieldError | 'training_duplicate_officer'> = {};
  ids.forEach((id, i) => {
    if (seen.has(id)) dupes[`entries.${i}.officerId`] = 'training_duplicate_officer';
    seen.set(id, i);
  });
  if (Object.keys(dupes).length) throw invalidInput(dupes);

  const writable = new Map((await officersInScope(tx, writeScope(actor), course.tenantId, ids)).map((o) => [o.id, o]));
  const missing = ids.filter((id) => !writable.has(id));
  if (missing.length) {
    const readable = new Set((await officersInScope(tx, readScope(actor), course.tenantId, missing)).map((o) => o.id));
    if (readable.size) throw forbidden('training_officer_out_of_write_scope');
    throw invalidInput(
      Object.fromEntries(
        missing.map((id) => [`entries.${seen.get(id)}.officerId`, 'training_officer_unknown' as const]),
      ),
    );
  }
  const inactive = ids.filter((id) => !['in_post', 'seconded'].includes(writable.get(id)!.status));
  if (inactive.length) {
    throw invalidInput(
      Object.fromEntries(
        inactive.map((id) => [`entries.${seen.get(id)}.officerId`, 'training_officer_inactive' as const]),
      ),
    );
  }
  const already = await existingAttendance(tx, course.tenantId, course.id, ids);
  if (already.length) {
    throw conflict(
      Object.fromEntries(
        already.map((r) => [`entries.${seen.get(r.officerId)}.officerId`, 'training_duplicate_officer' as const]),
      ),
    );
  }
  if (course.maxParticipants != null) {
    const taking = body.entries.filter((e) => e.status !== 'absent').length;
    const taken = await countAttendance(tx, course.tenantId, course.id, ['registered', 'attended']);
    if (taken + taking > course.maxParticipants) {
      throw conflict({ entries: { key: 'training_course_full', params: { max: course.maxParticipants } } });
    }
  }
  const rows = body.entries.map((e, i) => {
    const { tenths, reason } = creditedTenths(course, e, today, (f) => `entries.${i}.${f}`);
    return {
      tenantId: course.tenantId,
      id: randomUUID(),
      courseId: course.id,
      officerId: e.officerId,
      status: e.status,
      hoursTenths: tenths,
      reason,
      recordedBy: actor.accountId,
      recordedAt: now,
    };
  });
  const inserted = await insertAttendance(tx, rows);
  const items = inserted.map((a) => {
    const o = writable.get(a.officerId)!;
    return presentAttendance(actor, {
      attendance: a,
      course,
      courseAgencyName: found.agency.name,
      officer: o,
    });
  });
  return {
    result: { created: inserted.length, items },
    recordIds: inserted.map((r) => r.id),
    tenantId: course.tenantId,
    detail: { courseId: course.id, officers: ids.length },
  };
}

async function attendanceForWrite(tx: Tx, actor: Actor, id: string) {
  const page = { limit: 1, offset: 0 };
  const [row] = (await listAttendanceRows(tx, { scopeWhere: writeScope(actor), id }, page)).rows;
  if (!row) {
    const readable = (await listAttendanceRows(tx, { scopeWhere: readScope(actor), id }, page)).rows[0];
    if (readable) throw forbidden('out_of_scope');
    throw notFound('training_attendance_not_found');
  }
  return row;
}

export async function updateAttendance(
  tx: Tx,
  actor: Actor,
  id: string,
  body: AttendanceUpdateBody,
  now: Date,
): Promise<WriteResult<AttendanceView>> {
  const row = await attendanceForWrite(tx, actor, id);
  const current = row.attendance;
  const status = body.status ?? (current.status as AttendanceStatus);
  const keepHours = body.hours === undefined && status === 'attended' && current.status === 'attended';
  const { tenths, reason } = creditedTenths(
    row.course,
    {
      status,
      hours: body.hours ?? (keepHours ? toHours(current.hoursTenths) : undefined),
      reason: body.reason !== undefined ? body.reason : current.reason,
    },
    shanghaiDate(now),
    (f) => f,
  );
  if (status !== 'absent' && current.status === 'absent' && row.course.maxParticipants != null) {
    const taken = await countAttendance(tx, row.course.tenantId, row.course.id, ['registered', 'attended']);
    if (taken + 1 > row.course.maxParticipants) {
      throw conflict({ status: { key: 'training_course_full', params: { max: row.course.maxParticipants } } });
    }
  }
  const updated = await updateAttendanceRow(tx, current.tenantId, id, {
    status,
    hoursTenths: tenths,
    reason,
    recordedBy: actor.accountId,
    recordedAt: now,
  });
  return {
    result: presentAttendance(actor, { ...row, attendance: updated }),
    recordIds: [id],
    tenantId: current.tenantId,
    detail: { from: current.status, to: status },
  };
}

export async function deleteAttendance(tx: Tx, actor: Actor, id: string): Promise<WriteResult<null>> {
  const row = await attendanceForWrite(tx, actor, id);
  await deleteAttendanceRow(tx, row.attendance.tenantId, id);
  return {
    result: null,
    recordIds: [id],
    tenantId: row.attendance.tenantId,
    detail: { courseId: row.course.id, officerId: row.officer.id },
  };
}
