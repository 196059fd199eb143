// What the case seed needs to know about a tenant before it writes a history: its agencies (by the demo data's keys),
// officers and their certificates, the working calendar and deadline settings, the review catalogues and referral
// thresholds in force, the powers lists, the case-number patterns and the demo leaders' accounts. Read once.
import { and, eq, inArray } from 'drizzle-orm';
import type { PenaltyKind } from '../../../../contracts/benchmark';
import type { CaseKind, DeadlineRuleId } from '../../../../contracts/procedure';
import type { AppContext } from '../../platform/context';
import type { Text } from '../../platform/i18n/i18n';
import { accounts } from '../accounts/account.schema';
import { agencies } from '../agencies/agency.schema';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { certificates } from '../certificates/certificate.schema';
import type { DeadlineSettings } from '../deadlines/deadline-compute';
import { loadDeadlineSettings } from '../deadlines/deadline.service';
import { officers } from '../personnel/officer.schema';
import { powerItemVersions } from '../powers/power.schema';
import { evaluateReferralForCase } from '../referral-thresholds/referral-threshold.service';
import { evaluateCatalogue, type CatalogueRule } from '../review-catalogues/review-catalogue.evaluate';
import { reviewCatalogueVersions } from '../review-catalogues/review-catalogue.schema';
import { reviewCatalogueInForce } from '../review-catalogues/review-catalogue.service';
import { REVIEW_RULE_KIND_LABELS } from '../../../../contracts/review-catalogue';
import { DEMO_ACCOUNTS } from '../seed/seed';
import { SHANGRI_LA_AGENCIES } from '../seed/shangri-la.data';
import { caseNumberPatternOf } from './case-number';
import { CASE_PROFILES, type AgencyCaseProfile, type PenaltyTemplate } from './case-seed-data';

export interface SeedAgencyInfo {
  key: string;
  id: string;
  name: string;
  shortName: string;
  path: string;
  kind: string;
  parentKey: string | null;
}

export interface SeedOfficer {
  id: string;
  agencyId: string;
  name: string;
  accountId: string | null;
  legalReviewer: boolean;
  legalQualification: boolean;
  /** In post, not a legal reviewer, on the establishment: may handle cases. */
  handles: boolean;
  inPost: boolean;
  certificates: Array<{ domains: string[]; from: string; to: string }>;
}

export interface SeedWorld {
  tenantId: string;
  agencies: SeedAgencyInfo[];
  byKey: Map<string, SeedAgencyInfo>;
  officersOf: Map<string, SeedOfficer[]>;
  /** A valid certificate's number per officer (for the documents). */
  certificateNumbers: Map<string, string>;
  calendar: WorkingCalendar;
  settings: Map<string, Partial<Record<DeadlineRuleId, DeadlineSettings>>>;
  catalogues: Map<string, Array<{ from: string; rules: CatalogueRule[] }>>;
  /** Referral reasons per agency and template cause (the demo thresholds the template's facts meet). */
  referrals: Map<string, Text[]>;
  /** Power items of an agency's list: code → item and the day it came into force. */
  powers: Map<string, Map<string, { itemId: string; from: string }>>;
  patterns: Map<string, string>;
  leaders: Map<string, { accountId: string; name: string }>;
  profiles: Array<{ profile: AgencyCaseProfile; agencies: SeedAgencyInfo[] }>;
}

export const referralKey = (agencyId: string, tpl: PenaltyTemplate) => `${agencyId}|${tpl.cause}`;
export const patternKey = (agencyId: string, kind: CaseKind) => `${agencyId}|${kind}`;

/** Loads the world; null when the tenant has no demo agencies or no demo officers (nothing to seed against). */
export async function loadSeedWorld(ctx: AppContext, tenantId: string): Promise<SeedWorld | null> {
  const db = ctx.db;
  const rows = await db
    .select({
      id: agencies.id,
      name: agencies.name,
      shortName: agencies.shortName,
      path: agencies.path,
      kind: agencies.kind,
      status: agencies.status,
    })
    .from(agencies)
    .where(eq(agencies.tenantId, tenantId));
  const byName = new Map(rows.filter((r) => r.status === 'active').map((r) => [r.name, r]));
  const list: SeedAgencyInfo[] = SHANGRI_LA_AGENCIES.flatMap((a) => {
    const row = byName.get(a.name);
    return row
      ? [
          {
            key: a.key,
            id: row.id,
            name: row.name,
            shortName: row.shortName ?? a.shortName,
            path: row.path,
            kind: a.kind,
            parentKey: a.parentKey,
          },
        ]
      : [];
  });
  if (list.length === 0) return null;
  const byKey = new Map(list.map((a) => [a.key, a]));

  const people = await db
    .select({
      id: officers.id,
      agencyId: officers.agencyId,
      name: officers.name,
      birthDate: officers.birthDate,
      masked: officers.residentIdMasked,
      accountId: officers.accountId,
      legalReviewer: officers.legalReviewer,
      legalQualification: officers.legalQualification,
      status: officers.status,
      staffingType: officers.staffingType,
    })
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), eq(officers.demo, true)));
  if (people.length === 0) return null;
  const certs = await db
    .select({
      officerId: certificates.officerId,
      number: certificates.number,
      domains: certificates.domains,
      from: certificates.issuedOn,
      to: certificates.expiresOn,
    })
    .from(certificates)
    .where(and(eq(certificates.tenantId, tenantId), eq(certificates.status, 'valid')));
  const certsOf = new Map<string, SeedOfficer['certificates']>();
  const certificateNumbers = new Map(certs.map((c) => [c.officerId, c.number]));
  for (const c of certs)
    certsOf.set(c.officerId, [...(certsOf.get(c.officerId) ?? []), { domains: c.domains, from: c.from, to: c.to }]);
  // A stable order that does not depend on the random ids: the same personnel gives the same choices.
  people.sort((a, b) => (a.name + a.birthDate + a.masked < b.name + b.birthDate + b.masked ? -1 : 1));
  const officersOf = new Map<string, SeedOfficer[]>();
  for (const p of people) {
    const inPost = p.status === 'in_post';
    const o: SeedOfficer = {
      id: p.id,
      agencyId: p.agencyId,
      name: p.name,
      accountId: p.accountId,
      legalReviewer: p.legalReviewer,
      legalQualification: p.legalQualification,
      inPost,
      handles: inPost && !p.legalReviewer && p.staffingType !== 'other',
      certificates: certsOf.get(p.id) ?? [],
    };
    officersOf.set(p.agencyId, [...(officersOf.get(p.agencyId) ?? []), o]);
  }

  const calendar = await loadWorkingCalendar(db, tenantId);
  const settings = new Map<string, Partial<Record<DeadlineRuleId, DeadlineSettings>>>();
  for (const a of list) settings.set(a.id, await loadDeadlineSettings(db, tenantId, a.id));

  const catalogues = new Map<string, Array<{ from: string; rules: CatalogueRule[] }>>();
  const versions = await db
    .select({ agencyId: reviewCatalogueVersions.agencyId, from: reviewCatalogueVersions.effectiveFrom })
    .from(reviewCatalogueVersions)
    .where(and(eq(reviewCatalogueVersions.tenantId, tenantId), eq(reviewCatalogueVersions.status, 'published')));
  for (const v of versions) {
    if (!v.from) continue;
    const inForce = await reviewCatalogueInForce(db, tenantId, v.agencyId, v.from);
    if (!inForce) continue;
    const mine = catalogues.get(v.agencyId) ?? [];
    if (!mine.some((m) => m.from === inForce.effectiveFrom))
      mine.push({ from: inForce.effectiveFrom, rules: inForce.rules });
    catalogues.set(
      v.agencyId,
      mine.sort((a, b) => (a.from < b.from ? -1 : 1)),
    );
  }

  const profiles = CASE_PROFILES.map((profile) => ({
    profile,
    agencies:
      profile.agency === 'squad'
        ? list.filter((a) => a.kind === 'squad')
        : list.filter((a) => a.key === profile.agency),
  })).filter((p) => p.agencies.length > 0);

  const referrals = new Map<string, Text[]>();
  for (const { profile, agencies: as } of profiles) {
    for (const tpl of profile.penalties) {
      if (!tpl.referral) continue;
      for (const a of as) {
        const { reasons } = await evaluateReferralForCase(db, tenantId, a.id, {
          amounts: { [tpl.referral.measure]: tpl.referral.yuan * 100 },
          quantities: {},
          harm: {},
          priorPenaltyDates: [],
          circumstances: [],
        });
        referrals.set(referralKey(a.id, tpl), reasons);
      }
    }
  }

  const powers = new Map<string, Map<string, { itemId: string; from: string }>>();
  const items = await db
    .select({
      agencyId: powerItemVersions.agencyId,
      itemId: powerItemVersions.itemId,
      code: powerItemVersions.code,
      from: powerItemVersions.effectiveFrom,
    })
    .from(powerItemVersions)
    .where(eq(powerItemVersions.tenantId, tenantId));
  for (const it of items) {
    const mine = powers.get(it.agencyId) ?? new Map();
    const had = mine.get(it.code);
    if (!had || it.from < had.from) mine.set(it.code, { itemId: it.itemId, from: it.from });
    powers.set(it.agencyId, mine);
  }

  const patterns = new Map<string, string>();
  const kinds: CaseKind[] = ['penalty', 'licence', 'coercion', 'inspection', 'levy', 'benefit', 'confirmation'];
  for (const { agencies: as } of profiles) {
    for (const a of as) {
      for (const kind of kinds)
        patterns.set(patternKey(a.id, kind), (await caseNumberPatternOf(db, tenantId, a, kind)).pattern);
    }
  }

  const leaderAccounts = DEMO_ACCOUNTS.filter((d) => d.role === 'agency_leader');
  const leaderRows = await db
    .select({ id: accounts.id, username: accounts.username, name: accounts.displayName, agencyId: accounts.agencyId })
    .from(accounts)
    .where(
      and(
        eq(accounts.tenantId, tenantId),
        inArray(
          accounts.username,
          leaderAccounts.map((d) => d.username),
        ),
      ),
    );
  const leaders = new Map<string, { accountId: string; name: string }>();
  for (const l of leaderRows) {
    leaders.set(l.agencyId, { accountId: l.id, name: l.name });
    // A township's leader approves for its squad (the squad's cases are in the township's subtree).
    for (const a of list)
      if (a.parentKey && byKey.get(a.parentKey)?.id === l.agencyId)
        leaders.set(a.id, { accountId: l.id, name: l.name });
  }

  return {
    tenantId,
    agencies: list,
    byKey,
    officersOf,
    certificateNumbers,
    calendar,
    settings,
    catalogues,
    referrals,
    powers,
    patterns,
    leaders,
    profiles,
  };
}

const MAJOR_RIGHTS: Text = {
  zh: '直接关系当事人重大权益（拟给予较大数额罚款或者责令停产停业、吊销许可证件等）：作出决定前应当进行法制审核（处罚法第五十八条第一款第（二）项）',
  en: 'Directly concerns the party’s major rights (a large fine, closure, revocation): legal review before deciding (Art. 58(1)(2))',
};

/**
 * Why a proposal needs legal review: the agency's catalogue in force on the day when it has one (as the transition
 * function evaluates it); for the demo's other agencies, which have no catalogue seeded, the statute's own criterion
 * of a large fine or a serious penalty (处罚法 第五十八条) — and only where the agency has a legal reviewer.
 */
export function reviewReasonsFor(
  world: SeedWorld,
  agencyId: string,
  partyType: 'natural_person' | 'organisation',
  p: { fineFen: number; kinds: PenaltyKind[]; date: string; multiple: boolean; confiscationFen?: number },
  hasReviewer: boolean,
): Text[] {
  const versions = world.catalogues.get(agencyId);
  if (versions?.length) {
    const v = [...versions].reverse().find((x) => x.from <= p.date);
    if (!v) return [];
    const verdict = evaluateCatalogue(v.rules, {
      partyType,
      penaltyKinds: p.kinds,
      fineFen: p.fineFen,
      confiscationValueFen: p.confiscationFen ?? 0,
      hearingHeld: false,
      licenceRevoked: p.kinds.includes('revoke_licence'),
      multipleLegalRelations: p.multiple,
      sectors: [],
      tickedRuleIds: [],
    });
    return verdict.results
      .filter((x) => x.matched)
      .map((r) => ({
        zh: `${REVIEW_RULE_KIND_LABELS[r.kind].zh}：${r.title}（${r.reason.zh}）`,
        en: `${REVIEW_RULE_KIND_LABELS[r.kind].en}: ${r.title} (${r.reason.en})`,
      }));
  }
  if (!hasReviewer) return [];
  const large = p.fineFen >= (partyType === 'organisation' ? 10_000_000 : 1_000_000);
  const serious = p.kinds.some((k) => k === 'revoke_licence' || k === 'order_closure' || k === 'suspend_business');
  return large || serious ? [MAJOR_RIGHTS] : [];
}
