// What a caller sees of the working-day calendar: the notice a year came from, its entries, the tenant's local
// entries, and what the caller may do (abilities).
import type {
  CalendarAbilities,
  CalendarNoticeView,
  LocalEntryView,
  NationalEntryView,
} from '../../../../contracts/calendar';
import { can, hasPermission, tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import { PACKAGE_SOURCE_NOTE } from './calendar.package';
import type { CalendarEntryRow, CalendarYearRow, LocalEntryRow } from './calendar.repository';

/**
 * The national calendar is system reference data: kept by the system administrator, or by a supervisor holding the
 * calendar over a whole tenant (the justice bureau). A part-of-tenant scope is not enough.
 */
export function canEditNational(actor: Actor): boolean {
  if (!hasPermission(actor, 'calendar.write')) return false;
  return actor.grants.some((g) => g.role === 'sysadmin') || tenantsWithWholeScope(actor, 'calendar.write').length > 0;
}

/** A tenant's local holidays: calendar.write over the whole tenant (its justice bureau, its system administrator). */
export function canEditLocal(actor: Actor, tenantId: string): boolean {
  return can(actor, 'calendar.write', { tenantId });
}

export function abilitiesFor(actor: Actor, tenantId: string): CalendarAbilities {
  return { editNational: canEditNational(actor), editLocal: canEditLocal(actor, tenantId) };
}

export function presentNotice(y: CalendarYearRow): CalendarNoticeView {
  return {
    title: y.noticeTitle,
    number: y.noticeNumber,
    publishedOn: y.publishedOn,
    source: y.source as CalendarNoticeView['source'],
    updatedAt: y.updatedAt.toISOString(),
    updatedBy: y.updatedByName,
  };
}

export function presentNationalEntry(e: CalendarEntryRow): NationalEntryView {
  return { date: e.date, kind: e.kind as NationalEntryView['kind'], name: e.name, note: e.note };
}

export function presentLocalEntry(e: LocalEntryRow): LocalEntryView {
  return {
    date: e.date,
    kind: e.kind as LocalEntryView['kind'],
    name: e.name,
    basis: e.basis,
    createdAt: e.createdAt.toISOString(),
    createdBy: e.createdByName,
  };
}

/** How a national entry's source reads in a deadline's explanation: the notice's number, else its title. */
export function noticeSource(y: CalendarYearRow): string {
  if (!y.noticeNumber) return y.noticeTitle;
  if (y.noticeNumber === PACKAGE_SOURCE_NOTE) return `${y.noticeTitle}（${PACKAGE_SOURCE_NOTE}）`;
  return y.noticeNumber;
}
