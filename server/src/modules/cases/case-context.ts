// What a step of a case needs to know, loaded once per transition and only when asked: handlers and their
// certificates, deadlines, events, reviews, suspensions, the tenant's calendar and deadline settings, and which
// kinds of case actor the signed-in user is on this case.
import type { CaseActorKind, ProcedureDefinition } from '../../../../contracts/procedure';
import { can, type Actor } from '../../platform/auth/policy';
import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { certificatesValidOn } from '../certificates/certificate-status.service';
import { loadDeadlineSettings } from '../deadlines/deadline.service';
import { getOfficerBriefs, officerForAccount, type OfficerBrief } from '../personnel/officer-lookup.service';
import {
  deadlinesOf,
  eventsOf,
  handlersOf,
  partiesOf,
  reviewsOf,
  suspensionsOf,
  type CaseDeadlineRow,
  type CaseEventRow,
  type CasePartyRow,
  type CaseReviewRow,
  type CaseSuspensionRow,
  type CaseWithAgency,
} from './case.repository';

type Settings = Awaited<ReturnType<typeof loadDeadlineSettings>>;

export interface HandlerFacts {
  officerId: string;
  lead: boolean;
  officer: OfficerBrief | null;
}

/** Lazily loaded facts of one case, shared by the guards, the effects and the presenter within one request. */
export class CaseFacts {
  private cache = new Map<string, Promise<unknown>>();

  constructor(
    readonly ex: Executor,
    readonly app: AppContext,
    readonly actor: Actor,
    readonly found: CaseWithAgency,
    readonly def: ProcedureDefinition,
  ) {}

  get row() {
    return this.found.case;
  }

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.cache.set(key, p);
    }
    return p;
  }

  /** The same facts over the case row as it is after a step (what the step did not change is not read again). */
  withFound(found: CaseWithAgency): CaseFacts {
    const next = new CaseFacts(this.ex, this.app, this.actor, found, this.def);
    for (const [k, v] of this.cache) next.cache.set(k, v);
    return next;
  }

  /** Forget what a write has changed (deadlines, events…), so the presenter reads it afresh. */
  forget(...keys: string[]): void {
    for (const k of keys) this.cache.delete(k);
  }

  handlers(): Promise<HandlerFacts[]> {
    return this.once('handlers', async () => {
      const rows = await handlersOf(this.ex, this.row.tenantId, [this.row.id]);
      const briefs = await getOfficerBriefs(
        this.ex,
        this.row.tenantId,
        rows.map((r) => r.officerId),
      );
      const byId = new Map(briefs.map((b) => [b.id, b]));
      return rows.map((r) => ({ officerId: r.officerId, lead: r.lead, officer: byId.get(r.officerId) ?? null }));
    });
  }

  /** Each handler's certificates valid on a date. */
  certificatesOn(date: string): Promise<Map<string, Array<{ number: string; domains: string[] }>>> {
    return this.once(`certificates:${date}`, async () => {
      const hs = await this.handlers();
      return certificatesValidOn(
        this.ex,
        this.row.tenantId,
        date,
        hs.map((h) => h.officerId),
      );
    });
  }

  parties(): Promise<CasePartyRow[]> {
    return this.once('parties', () => partiesOf(this.ex, this.row.tenantId, [this.row.id]));
  }

  deadlines(): Promise<CaseDeadlineRow[]> {
    return this.once('deadlines', () => deadlinesOf(this.ex, this.row.tenantId, [this.row.id]));
  }

  async deadline(slot: string): Promise<CaseDeadlineRow | null> {
    return (await this.deadlines()).find((d) => d.slot === slot) ?? null;
  }

  events(): Promise<CaseEventRow[]> {
    return this.once('events', () => eventsOf(this.ex, this.row.tenantId, this.row.id));
  }

  reviews(): Promise<CaseReviewRow[]> {
    return this.once('reviews', () => reviewsOf(this.ex, this.row.tenantId, this.row.id));
  }

  suspensions(): Promise<CaseSuspensionRow[]> {
    return this.once('suspensions', () => suspensionsOf(this.ex, this.row.tenantId, this.row.id));
  }

  calendar(): Promise<WorkingCalendar> {
    return this.once('calendar', () => loadWorkingCalendar(this.ex, this.row.tenantId));
  }

  deadlineSettings(): Promise<Settings> {
    return this.once('settings', () => loadDeadlineSettings(this.ex, this.row.tenantId, this.row.agencyId));
  }

  /** The officer record of the signed-in account, if any. */
  actorOfficer(): Promise<OfficerBrief | null> {
    return this.once('actorOfficer', () =>
      this.actor.tenantId === this.row.tenantId
        ? officerForAccount(this.ex, this.row.tenantId, this.actor.accountId)
        : Promise.resolve(null),
    );
  }

  /** Which kinds of case actor the user is here: a handler, a reviewer (never a handler), a leader, a legal office. */
  actorKinds(): Promise<Set<CaseActorKind>> {
    return this.once('actorKinds', async () => {
      const subject = { tenantId: this.row.tenantId, agencyPath: this.found.agency.path };
      const kinds = new Set<CaseActorKind>();
      const officer = await this.actorOfficer();
      const handlers = await this.handlers();
      const isHandler = officer !== null && handlers.some((h) => h.officerId === officer.id);
      if (isHandler && can(this.actor, 'case.write', subject)) kinds.add('handler');
      if (!isHandler && can(this.actor, 'case.review', subject)) kinds.add('reviewer');
      if (can(this.actor, 'case.approve', subject)) kinds.add('leader');
      if (can(this.actor, 'case.approve', subject) && can(this.actor, 'case.review', subject))
        kinds.add('legal_office');
      return kinds;
    });
  }
}
