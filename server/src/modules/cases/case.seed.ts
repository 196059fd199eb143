// The demo case history of 香格里拉市 (issue 5 §7): about 3,000 cases registered from January 2024 to the end of the
// history (DEMO_CASE_HISTORY.end), across the agencies and township squads, in every state of every procedure, with
// their events (hash-chained exactly as the transition function chains them), deadlines computed by the real engine
// on the tenant's calendar, legal reviews, hearings, suspensions, extensions, payments, court executions and a few
// criminal referrals; documents for a few showcase cases. Deterministic for the same personnel (seeded PRNG, fixed
// end date), written with multi-row inserts in one transaction. `generateScaleCases` bulk-loads millions for
// benchmarks with the same generators. See docs/cases.md (演示数据) for the choices made.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { maskPhone, maskResidentId } from '../../../../contracts/identifiers';
import type { CaseSource } from '../../../../contracts/case';
import type { ProcedureCode } from '../../../../contracts/procedure';
import type { AppContext } from '../../platform/context';
import { encryptPersonal } from '../../platform/crypto/personal-data';
import type { Tx } from '../../platform/db/client';
import { addCalendarDays, daysBetween } from '../calendar/working-calendar';
import { prng } from '../personnel/officer.demo-data';
import { residentIdDigest } from '../personnel/officer-lookup.service';
import { currentProcedure, creationTransition } from '../procedures/procedure-catalogue';
import { formatCaseNumber } from './case-number';
import {
  between,
  pick,
  seedParty,
  weighted,
  type OtherTemplate,
  type PenaltyTemplate,
  type Rand,
  type SeedParty,
} from './case-seed-data';
import { CaseSim, SeedEnvironment, type SeedActor } from './case-seed-sim';
import { eventHash, GENESIS_HASH } from './case-transition';
import { otherStory, penaltyGeneralStory, penaltySummaryStory, type Fate, type StoryCast } from './case-seed-stories';
import { generateShowcaseDocuments } from './case-seed-documents';
import { bulkInsert } from './case-seed-insert';
import {
  loadSeedWorld,
  patternKey,
  referralKey,
  reviewReasonsFor,
  type SeedAgencyInfo,
  type SeedOfficer,
  type SeedWorld,
} from './case-seed-world';
import {
  caseDeadlines,
  caseEvents,
  caseHandlers,
  caseParties,
  caseReviews,
  cases,
  caseSuspensions,
} from './case.schema';

/**
 * The history is generated up to a fixed end date, so that the demo is the same whichever day it is seeded: cases
 * registered in its last weeks are still running, their deadlines falling due shortly before and after it, so the
 * workbench shows items due soon and overdue when the demo is used around that date (seed with `today` to move it).
 */
export const DEMO_CASE_HISTORY = { start: '2024-01-02', end: '2026-11-20', count: 3000, seed: 533401 } as const;

/** Showcase cases that get their documents (.docx) generated; the others have none (generation is ~10 ms each). */
const SHOWCASE_CASES = 8;

function mix(seed: number, index: number, salt: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 7, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Fates

const PAYMENT_PATHS: Array<readonly [Fate | null, number]> = [
  [null, 74],
  ['late_payment', 8],
  ['remedy', 5],
  ['demand', 8],
  ['court', 5],
];

function drawFates(r: Rand, code: ProcedureCode, tpl: PenaltyTemplate | OtherTemplate, canRefer: boolean): Set<Fate> {
  const f = new Set<Fate>();
  const maybe = (fate: Fate, p: number) => {
    if (r() < p) f.add(fate);
  };
  switch (code) {
    case 'penalty_general': {
      const t = tpl as PenaltyTemplate;
      const ending = weighted(r, [
        [null, 90],
        ['decline', 4],
        ['withdraw', 2],
        ['terminate', 2],
      ] as const);
      if (ending) f.add(ending);
      maybe('suspend', 0.05);
      maybe('preserve', 0.12);
      if (canRefer) maybe('referral', 0.12);
      maybe('no_penalty', 0.03);
      maybe('review_disagree', 0.25);
      maybe('review_changes', 0.12);
      if (t.fineYuan && t.fineYuan[1] >= 10_000) maybe('hearing', 0.2);
      maybe('statement', 0.3);
      maybe('waive', 0.35);
      maybe('slow', 0.06);
      maybe('late_service', 0.05);
      maybe('late_disclosure', 0.07);
      const path = weighted(r, PAYMENT_PATHS);
      if (path) f.add(path);
      return f;
    }
    case 'penalty_summary':
      maybe('terminate', 0.01);
      return f;
    case 'licence':
      maybe('supplement', 0.2);
      maybe('reject', 0.04);
      maybe('withdraw', 0.03);
      maybe('suspend', 0.06);
      maybe('extend', 0.1);
      maybe('slow', 0.04);
      maybe('refuse', 0.12);
      maybe('late_disclosure', 0.06);
      return f;
    case 'inspection':
      maybe('terminate', 0.03);
      maybe('late_disclosure', 0.05);
      return f;
    case 'coercion_seal_seize':
      maybe('terminate', 0.03);
      maybe('emergency', 0.1);
      maybe('suspend', 0.12);
      maybe('extend', 0.12);
      maybe('slow', 0.05);
      maybe('dispose', 0.45);
      return f;
    case 'coercion_freeze':
      maybe('terminate', 0.05);
      maybe('extend', 0.15);
      maybe('dispose', 0.4);
      return f;
    default:
      maybe('terminate', 0.05);
      maybe('suspend', 0.08);
      maybe('late_disclosure', 0.05);
      return f;
  }
}

/** The turns a case pinned to a state must take to pass through it. */
const PIN_FATES: Partial<Record<string, Fate[]>> = {
  not_opened: ['decline'],
  in_review: ['hearing'],
  reviewed: ['hearing'],
  hearing_requested: ['hearing'],
  hearing_scheduled: ['hearing'],
  heard: ['hearing'],
  demanded: ['demand'],
  court_execution: ['court'],
  suspended: ['suspend'],
  terminated: ['terminate'],
  withdrawn: ['withdraw'],
  referred: ['referral'],
  supplementing: ['supplement'],
  not_accepted: ['reject'],
  refused: ['refuse'],
  disposed: ['dispose'],
};

// ---------------------------------------------------------------------------------------------------------------
// Planning one case

interface Pin {
  procedure: ProcedureCode;
  state: string;
  /** Which of the pins of this state (the first goes to 市场监管局, the second to a township squad when it can). */
  nth: number;
}

/** The rows of a case ready to write (a CaseSim, or a copy of one for the scale run). */
export type CaseRows = Pick<CaseSim, 'row' | 'events' | 'deadlines' | 'reviews' | 'suspensions' | 'numberOn'>;

export interface PlannedRows {
  sim: CaseRows;
  agency: SeedAgencyInfo;
  party: SeedParty;
  handlers: SeedOfficer[];
  index: number;
}

export interface PlannedCase extends PlannedRows {
  sim: CaseSim;
}

interface Choice {
  agency: SeedAgencyInfo;
  domain: string;
  procedure: ProcedureCode;
  tpl: PenaltyTemplate | OtherTemplate;
}

function squadWeight(a: SeedAgencyInfo): number {
  return a.key === 'jiantang_squad' ? 30 : 7;
}

function chooseNormally(world: SeedWorld, r: Rand): Choice {
  const { profile, agencies: as } = weighted(
    r,
    world.profiles.map((p) => [p, p.profile.weight] as const),
  );
  const agency =
    as.length > 1
      ? weighted(
          r,
          as.map((a) => [a, squadWeight(a)] as const),
        )
      : as[0];
  if (profile.penalties.length && r() < profile.penaltyShare) {
    const tpl = weighted(
      r,
      profile.penalties.map((t) => [t, t.weight] as const),
    );
    const procedure: ProcedureCode = tpl.summary && r() < 0.55 ? 'penalty_summary' : 'penalty_general';
    return { agency, domain: profile.domain, procedure, tpl };
  }
  const tpl = weighted(
    r,
    profile.others.map((t) => [t, t.weight] as const),
  );
  return { agency, domain: profile.domain, procedure: tpl.procedure, tpl };
}

function reviewersOf(world: SeedWorld, agency: SeedAgencyInfo): SeedOfficer[] {
  const parent = agency.kind === 'squad' && agency.parentKey ? world.byKey.get(agency.parentKey) : undefined;
  const all = [
    ...(world.officersOf.get(agency.id) ?? []),
    ...(parent ? (world.officersOf.get(parent.id) ?? []) : []),
  ].filter((o) => o.legalReviewer && o.inPost);
  const qualified = all.filter((o) => o.legalQualification);
  return qualified.length ? qualified : all;
}

function chooseForPin(world: SeedWorld, r: Rand, pin: Pin): Choice | null {
  const options: Choice[] = [];
  for (const { profile, agencies: as } of world.profiles) {
    const tpls: Array<PenaltyTemplate | OtherTemplate> =
      pin.procedure === 'penalty_general'
        ? profile.penalties
        : pin.procedure === 'penalty_summary'
          ? profile.penalties.filter((t) => t.summary)
          : profile.others.filter((t) => t.procedure === pin.procedure);
    for (const tpl of tpls) {
      for (const agency of as) {
        if (pin.procedure === 'penalty_general') {
          const t = tpl as PenaltyTemplate;
          if (pin.state === 'referred' && !world.referrals.get(referralKey(agency.id, t))?.length) continue;
          const fates = PIN_FATES[pin.state] ?? [];
          if (fates.includes('hearing') && (!t.fineYuan || reviewersOf(world, agency).length < 2)) continue;
          if (['served', 'demanded', 'court_execution', 'executed'].includes(pin.state) && !t.fineYuan) continue;
        }
        options.push({ agency, domain: profile.domain, procedure: pin.procedure, tpl });
      }
    }
  }
  if (options.length === 0) return null;
  const preferred = options.filter((o) => o.agency.key === (pin.nth === 0 ? 'scjg' : 'jiantang_squad'));
  return pick(r, preferred.length ? preferred : options);
}

const SOURCES: Array<readonly [CaseSource, number]> = [
  ['inspection', 45],
  ['complaint', 30],
  ['transfer_in', 8],
  ['referral_from_above', 7],
  ['aggregated_data', 5],
  ['self_report', 2],
  ['other', 3],
];

function sourceOf(r: Rand, procedure: ProcedureCode): { source: CaseSource; sourceRef: string | null } {
  if (procedure === 'licence' || procedure === 'benefit' || procedure === 'confirmation') {
    return { source: 'other', sourceRef: '当事人申请' };
  }
  if (procedure === 'inspection')
    return { source: 'inspection', sourceRef: r() < 0.6 ? '“双随机、一公开”抽查任务' : '年度监督检查计划' };
  if (procedure === 'levy') return { source: 'other', sourceRef: '依法核定征收' };
  const source = weighted(r, SOURCES);
  const sourceRef =
    source === 'complaint'
      ? `12345/12315投诉举报（工单号${between(r, 100000, 999999)}）`
      : source === 'transfer_in'
        ? '迪庆州有关部门移送'
        : source === 'referral_from_above'
          ? '上级机关交办'
          : null;
  return { source, sourceRef };
}

function titleOf(choice: Choice, party: SeedParty): string {
  if (choice.procedure === 'penalty_general' || choice.procedure === 'penalty_summary') {
    return `${party.name}${(choice.tpl as PenaltyTemplate).cause}案`;
  }
  return (choice.tpl as OtherTemplate).title.replace('{party}', party.name);
}

function drawDate(r: Rand, world: SeedWorld, from: string, to: string, anyDay: boolean): string {
  const span = Math.max(0, daysBetween(from, to));
  let d = addCalendarDays(from, Math.floor(Math.pow(r(), 0.85) * (span + 1)));
  if (!anyDay) while (!world.calendar.isWorkingDay(d)) d = addCalendarDays(d, 1);
  return d > to ? to : d;
}

function backToWorkingDay(world: SeedWorld, date: string): string {
  let d = date;
  while (!world.calendar.isWorkingDay(d)) d = addCalendarDays(d, -1);
  return d;
}

/** Officers of the agency who may handle the case: in post, certified for the domain from `from` through `to`. */
function certifiedPool(world: SeedWorld, agencyId: string, domain: string, from: string, to: string): SeedOfficer[] {
  return (world.officersOf.get(agencyId) ?? []).filter(
    (o) => o.handles && o.certificates.some((c) => c.domains.includes(domain) && c.from <= from && c.to >= to),
  );
}

/** The dates whose steps check the handlers' certificates (guard two_certified_officers). */
const CERTIFIED_STEPS = new Set([
  'open',
  'preserve_evidence',
  'decide',
  'decide_on_spot',
  'implement',
  'implement_emergency',
  'start_inspection',
]);

function chooseHandlers(
  world: SeedWorld,
  r: Rand,
  agency: SeedAgencyInfo,
  domain: string,
  sim: CaseSim,
): SeedOfficer[] | null {
  let pool = certifiedPool(world, agency.id, domain, sim.row.registeredOn, sim.row.lastEventOn);
  if (pool.length < 2) {
    const dates = sim.events.filter((e) => CERTIFIED_STEPS.has(e.action)).map((e) => e.occurredOn);
    const checked = dates.length ? dates : [sim.row.registeredOn];
    pool = (world.officersOf.get(agency.id) ?? []).filter(
      (o) =>
        o.handles &&
        checked.every((d) => o.certificates.some((c) => c.domains.includes(domain) && c.from <= d && c.to >= d)),
    );
  }
  if (pool.length < 2) return null;
  // The demo accounts' officers handle more of their agency's cases (so that their workbench is not empty).
  const weights = pool.map((o) => [o, o.accountId ? (sim.ended ? 6 : 25) : 1] as const);
  const n = r() < 0.1 && pool.length > 2 ? 3 : 2;
  const out: SeedOfficer[] = [];
  while (out.length < n) {
    const o = weighted(
      r,
      weights.filter(([x]) => !out.includes(x)),
    );
    out.push(o);
  }
  return out;
}

export interface PlanOptions {
  seed: number;
  start: string;
  end: string;
  validatePayloads: boolean;
}

/**
 * Plans case `index`: its agency, procedure, party, story and handlers. Null when the agency has fewer than two
 * officers certified for the domain on the case's dates (the caller draws again, under another index).
 */
export function planCase(
  world: SeedWorld,
  env: SeedEnvironment,
  o: PlanOptions,
  index: number,
  used: Set<string>,
  pin?: Pin,
): PlannedCase | null {
  const r = prng(mix(o.seed, index, 1));
  const choice = pin ? chooseForPin(world, r, pin) : chooseNormally(world, r);
  if (!choice) return null;
  const { agency, procedure, tpl } = choice;
  const shape = pick(r, tpl.parties);
  const party = seedParty(r, shape, tpl.trade, used);
  const referralReasons =
    procedure === 'penalty_general' ? (world.referrals.get(referralKey(agency.id, tpl as PenaltyTemplate)) ?? []) : [];
  let fate = drawFates(r, procedure, tpl, referralReasons.length > 0);
  if (pin) fate = new Set([...(PIN_FATES[pin.state] ?? [])]);
  if (pin && procedure === 'penalty_general') fate.add('waive');
  const { source, sourceRef } = sourceOf(r, procedure);
  const def = currentProcedure(procedure, o.start);
  const startState = creationTransition(def).to;
  const reviewers = reviewersOf(world, agency);
  const reviewer = reviewers.length ? pick(r, reviewers) : null;
  const hosts = reviewers.filter((x) => x !== reviewer);
  const host = hosts.length ? pick(r, hosts) : null;
  const leader = world.leaders.get(agency.id) ?? { accountId: null, name: `${agency.shortName}负责人` };
  const handlerRefs: SeedActor[] = [
    { accountId: null, name: '' },
    { accountId: null, name: '' },
  ];
  const cast: StoryCast = {
    handlers: handlerRefs,
    leader,
    reviewer: reviewer ? { accountId: reviewer.accountId, name: reviewer.name, officerId: reviewer.id } : null,
    host: host ? { accountId: host.accountId, name: host.name, officerId: host.id } : null,
  };
  const anyDay = procedure === 'penalty_summary' || (procedure === 'coercion_seal_seize' && fate.has('emergency'));
  const title = titleOf(choice, party);
  const powerCode = 'power' in tpl ? tpl.power : undefined;
  const harms = 'harms' in tpl ? tpl.harms === true : false;

  const simulate = (registeredOn: string, today: string, stopAt: string | null): CaseSim => {
    const power = powerCode ? world.powers.get(agency.id)?.get(powerCode) : undefined;
    const sim = new CaseSim(
      env,
      def,
      {
        tenantId: world.tenantId,
        id: randomUUID(),
        agencyId: agency.id,
        title,
        source,
        sourceRef,
        domain: choice.domain,
        powerItemId: power && power.from <= registeredOn ? power.itemId : null,
        actDate:
          def.kind === 'penalty' ? addCalendarDays(registeredOn, -between(prng(mix(o.seed, index, 4)), 0, 25)) : null,
        harmsLifeHealthFinance: harms,
        registeredOn,
        ended: false,
        demo: true,
      },
      handlerRefs[0],
    );
    if (stopAt === startState) return sim;
    const input = {
      r: prng(mix(o.seed, index, 2)),
      sim,
      calendar: world.calendar,
      cast,
      fate,
      today,
      stopAt,
      party,
      agencyName: agency.shortName,
      referralReasons,
      reviewReasons: (p: Parameters<typeof reviewReasonsFor>[3]) =>
        reviewReasonsFor(world, agency.id, party.type, p, cast.reviewer !== null),
    };
    if (procedure === 'penalty_general') penaltyGeneralStory(input, tpl as PenaltyTemplate);
    else if (procedure === 'penalty_summary') penaltySummaryStory(input, tpl as PenaltyTemplate);
    else otherStory(input, tpl as OtherTemplate);
    return sim;
  };

  let sim: CaseSim;
  const dr = prng(mix(o.seed, index, 5));
  const endStep = pin ? def.steps.find((s) => s.code === pin.state) : undefined;
  if (pin && pin.state === startState) {
    sim = simulate(backToWorkingDay(world, addCalendarDays(o.end, -between(dr, 0, 4))), o.end, startState);
  } else if (pin && endStep?.kind !== 'end') {
    // Two passes: how long the story takes to reach the state, then registered that long before the end.
    const probeStart = backToWorkingDay(world, addCalendarDays(o.end, -420));
    const probe = simulate(probeStart, '9999-12-31', pin.state);
    if (probe.state !== pin.state) return null;
    const offset = daysBetween(probeStart, probe.lastEventOn);
    const registeredOn = backToWorkingDay(world, addCalendarDays(o.end, -offset - between(dr, 0, 12)));
    sim = simulate(registeredOn, o.end, pin.state);
  } else {
    const latest = pin ? addCalendarDays(o.end, -150) : o.end;
    sim = simulate(drawDate(dr, world, o.start, latest, anyDay), o.end, null);
  }
  const handlers = chooseHandlers(world, prng(mix(o.seed, index, 3)), agency, choice.domain, sim);
  if (!handlers) return null;
  if (handlers.length > 2) handlerRefs.push({ accountId: null, name: '' });
  handlers.forEach((h, i) =>
    Object.assign(handlerRefs[i] ?? {}, { accountId: h.accountId, name: h.name, officerId: h.id }),
  );
  sim.row.createdBy = handlers[0].accountId;
  sim.finalize();
  return { sim, agency, party, handlers, index };
}

/** Every (procedure, state) twice: each state of each procedure is represented in the demo. */
function pinsFor(): Pin[] {
  const out: Pin[] = [];
  const codes: ProcedureCode[] = [
    'penalty_general',
    'penalty_summary',
    'licence',
    'coercion_seal_seize',
    'coercion_freeze',
    'inspection',
    'levy',
    'benefit',
    'confirmation',
  ];
  for (const code of codes) {
    const def = currentProcedure(code, DEMO_CASE_HISTORY.start);
    for (const s of def.steps) for (let nth = 0; nth < 2; nth++) out.push({ procedure: code, state: s.code, nth });
  }
  return out;
}

/** Plans `count` cases (the pinned ones first); indexes skipped for want of certified officers are drawn again. */
export function planCases(
  world: SeedWorld,
  env: SeedEnvironment,
  o: PlanOptions,
  count: number,
  withPins: boolean,
): PlannedCase[] {
  const used = new Set<string>();
  const out: PlannedCase[] = [];
  const pins = withPins ? pinsFor() : [];
  pins.forEach((pin, i) => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const planned = planCase(world, env, o, 10_000_000 + i * 10 + attempt, used, pin);
      if (planned) {
        out.push(planned);
        return;
      }
    }
  });
  let index = 0;
  let misses = 0;
  while (out.length < count && misses < count) {
    const planned = planCase(world, env, o, index++, used);
    if (planned) out.push(planned);
    else misses += 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** Numbers in the order the cases took them, per agency, kind and year, continuing each counter (gapless). */
async function assignNumbers(tx: Tx, world: SeedWorld, planned: PlannedRows[]): Promise<void> {
  const groups = new Map<string, PlannedRows[]>();
  for (const p of planned) {
    if (!p.sim.numberOn) continue;
    const key = `${p.agency.id}|${p.sim.row.kind}|${p.sim.numberOn.slice(0, 4)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const [key, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [agencyId, kind, year] = key.split('|');
    list.sort((a, b) =>
      a.sim.numberOn! === b.sim.numberOn! ? a.index - b.index : a.sim.numberOn! < b.sim.numberOn! ? -1 : 1,
    );
    // Reserve the block on the counter row (as takeCaseNumber does one at a time): a concurrent opening queues on it.
    const res = (await tx.execute(sql`
      insert into case_number_sequences (tenant_id, agency_id, kind, year, last_value)
      values (${world.tenantId}, ${agencyId}, ${kind}, ${Number(year)}, ${list.length})
      on conflict (tenant_id, agency_id, kind, year) do update set last_value = case_number_sequences.last_value + ${list.length}
      returning last_value`)) as unknown as { rows: Array<{ last_value: number | string }> };
    const first = Number(res.rows[0].last_value) - list.length + 1;
    const pattern = world.patterns.get(patternKey(agencyId, kind as never))!;
    list.forEach((p, i) => {
      const seq = first + i;
      Object.assign(p.sim.row, {
        number: formatCaseNumber(pattern, Number(year), seq),
        numberYear: Number(year),
        numberSeq: seq,
      });
    });
  }
}

interface PartyCipher {
  enc: (plain: string) => string;
  digest: (residentId: string) => string;
}

function partyRow(c: PartyCipher, tenantId: string, caseId: string, p: SeedParty) {
  const personal = p.type === 'natural_person';
  return {
    tenantId,
    caseId,
    id: randomUUID(),
    seq: 1,
    type: p.type,
    name: p.name,
    // As createCase stores them: a resident ID encrypted, masked and digested; a USCC in clear.
    idNumberEnc: personal ? c.enc(p.idNumber) : null,
    idNumberMasked: personal ? maskResidentId(p.idNumber) : p.idNumber,
    idNumberDigest: personal ? c.digest(p.idNumber) : p.idNumber,
    legalRepresentative: p.type === 'organisation' ? p.legalRepresentative : null,
    phoneEnc: p.phone ? c.enc(p.phone) : null,
    phoneMasked: p.phone ? maskPhone(p.phone) : null,
    addressEnc: p.address && personal ? c.enc(p.address) : null,
    addressMasked: p.address ? (personal ? `${[...p.address].slice(0, 6).join('')}****` : p.address) : null,
  };
}

/**
 * Writes the planned cases. `compact` (the benchmark scale run) stores each deadline's explanation without its
 * day-by-day steps (title, basis, start, unit, amount and summary stay): the steps are most of the bytes written.
 */
async function writePlanned(
  tx: Tx,
  world: SeedWorld,
  cipher: PartyCipher,
  planned: PlannedRows[],
  compact = false,
): Promise<number> {
  const caseRows = [];
  const partyRows = [];
  const handlerRows: Array<typeof caseHandlers.$inferInsert> = [];
  const eventRows = [];
  const deadlineRows = [];
  const reviewRows = [];
  const suspensionRows = [];
  for (const p of planned) {
    const s = p.sim;
    const first = s.events[0].recordedAt;
    const last = s.events[s.events.length - 1].recordedAt;
    caseRows.push({ ...s.row, createdAt: first, updatedAt: last });
    partyRows.push(partyRow(cipher, world.tenantId, s.row.id, p.party));
    p.handlers.forEach((h, i) =>
      handlerRows.push({ tenantId: world.tenantId, caseId: s.row.id, officerId: h.id, lead: i === 0, seq: i + 1 }),
    );
    for (const e of s.events) eventRows.push({ ...e, id: randomUUID() });
    for (const d of s.deadlines.values()) {
      const explanation = compact ? { ...(d.explanation as object), steps: [] } : d.explanation;
      deadlineRows.push({ ...d, explanation, updatedAt: last });
    }
    reviewRows.push(...s.reviews);
    suspensionRows.push(...s.suspensions);
  }
  await bulkInsert(tx, cases, caseRows);
  await bulkInsert(tx, caseParties, partyRows);
  await bulkInsert(tx, caseHandlers, handlerRows);
  await bulkInsert(tx, caseEvents, eventRows);
  await bulkInsert(tx, caseDeadlines, deadlineRows);
  await bulkInsert(tx, caseReviews, reviewRows);
  await bulkInsert(tx, caseSuspensions, suspensionRows);
  return eventRows.length;
}

export interface SeedCasesResult {
  cases: number;
  events: number;
  documents: number;
  ms: number;
  /** Where the time went: loading, planning (simulation), writing rows, generating documents. */
  phases: { load: number; plan: number; write: number; documents: number };
}

/**
 * Seeds the demo case history of a tenant whose demo agencies and personnel are seeded. Idempotent: does nothing
 * (and answers zeros) when the tenant already has demo cases, or no demo personnel to handle them.
 */
export async function seedDemoCases(
  ctx: AppContext,
  tenantId: string,
  opts: { count?: number; today?: string; seed?: number; showcase?: number } = {},
): Promise<SeedCasesResult> {
  const t0 = Date.now();
  const none = { cases: 0, events: 0, documents: 0, ms: 0, phases: { load: 0, plan: 0, write: 0, documents: 0 } };
  const [already] = await ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.demo, true)))
    .limit(1);
  if (already) return none;
  const world = await loadSeedWorld(ctx, tenantId);
  if (!world) return none;
  const t1 = Date.now();
  // Payloads are built complete by the stories; the test parses every one with its action's schema.
  const env = new SeedEnvironment(world.calendar, (id) => world.settings.get(id) ?? {}, false);
  const o: PlanOptions = {
    seed: opts.seed ?? DEMO_CASE_HISTORY.seed,
    start: DEMO_CASE_HISTORY.start,
    end: opts.today ?? DEMO_CASE_HISTORY.end,
    validatePayloads: false,
  };
  const planned = planCases(world, env, o, opts.count ?? DEMO_CASE_HISTORY.count, true);
  const t2 = Date.now();
  let t3 = t2;
  const cipher: PartyCipher = {
    enc: (plain) => encryptPersonal(ctx.dataKey, plain),
    digest: (id) => residentIdDigest(ctx.dataKey, id),
  };
  const out = await ctx.db.transaction(async (tx) => {
    // Several processes may seed one server at once (the e2e runs): one writes, the others find its cases.
    await tx.execute(sql`select pg_advisory_xact_lock(533403)`);
    const [again] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.tenantId, tenantId), eq(cases.demo, true)))
      .limit(1);
    if (again) return null;
    await assignNumbers(tx, world, planned);
    const events = await writePlanned(tx, world, cipher, planned);
    t3 = Date.now();
    const documents = await generateShowcaseDocuments(tx, ctx, world, planned, opts.showcase ?? SHOWCASE_CASES);
    return { cases: planned.length, events, documents };
  });
  if (!out) return none;
  const t4 = Date.now();
  return { ...out, ms: t4 - t0, phases: { load: t1 - t0, plan: t2 - t1, write: t3 - t2, documents: t4 - t3 } };
}

/**
 * Bulk-loads `n` cases for benchmarks (issue 5 §9): the demo's generators without the pinned states and documents,
 * payloads trusted (not re-parsed), parties drawn from a pool encrypted once, written in chunks, each chunk in its
 * own transaction with its numbers reserved on the counters. Marked demo. Returns the rate achieved.
 */
export async function generateScaleCases(
  ctx: AppContext,
  tenantId: string,
  n: number,
  opts: {
    today?: string;
    seed?: number;
    chunk?: number;
    /** Distinct simulated histories; the N cases are copies of them with their own ids, parties and numbers. */
    archetypes?: number;
    onProgress?: (done: number, total: number, ms: number) => void;
  } = {},
): Promise<{ cases: number; events: number; ms: number; casesPerSecond: number }> {
  const t0 = Date.now();
  const world = await loadSeedWorld(ctx, tenantId);
  if (!world) throw new Error(`tenant ${tenantId} has no demo agencies and personnel: seed it first (npx xzzf seed)`);
  const env = new SeedEnvironment(world.calendar, (id) => world.settings.get(id) ?? {}, false);
  const seed = opts.seed ?? Date.now() % 2_147_483_647;
  const o: PlanOptions = {
    seed,
    start: DEMO_CASE_HISTORY.start,
    end: opts.today ?? DEMO_CASE_HISTORY.end,
    validatePayloads: false,
  };
  const chunk = opts.chunk ?? 5_000;
  // Simulating a history costs milliseconds: a few thousand are simulated, and every case is a copy of one of them
  // with its own id, party, number and hash chain (the simplification the benchmark allows).
  const archetypes = planCases(world, env, o, Math.min(n, opts.archetypes ?? 2_000), false);
  const cache = new Map<string, string>();
  const cipher: PartyCipher = {
    enc: (plain) =>
      cache.get(`e:${plain}`) ??
      (cache.set(`e:${plain}`, encryptPersonal(ctx.dataKey, plain)), cache.get(`e:${plain}`)!),
    digest: (id) =>
      cache.get(`d:${id}`) ?? (cache.set(`d:${id}`, residentIdDigest(ctx.dataKey, id)), cache.get(`d:${id}`)!),
  };
  let done = 0;
  let events = 0;
  while (done < n) {
    const size = Math.min(chunk, n - done);
    const planned: PlannedRows[] = [];
    for (let k = 0; k < size; k++) planned.push(copyCase(archetypes[(done + k) % archetypes.length], done + k, seed));
    events += await ctx.db.transaction(async (tx) => {
      await assignNumbers(tx, world, planned);
      return writePlanned(tx, world, cipher, planned, true);
    });
    done += size;
    opts.onProgress?.(done, n, Date.now() - t0);
  }
  await ctx.database.refreshStatistics();
  const ms = Date.now() - t0;
  return { cases: done, events, ms, casesPerSecond: Math.round((done / ms) * 1000) };
}

/** A copy of a simulated case under a new id, with a party of the pool (natural persons) and its own hash chain. */
function copyCase(a: PlannedCase, index: number, seed: number): PlannedRows {
  const id = randomUUID();
  const party = a.party.type === 'natural_person' ? poolParty(index, seed) : a.party;
  const title = a.sim.row.title.replace(a.party.name, party.name);
  const row = { ...a.sim.row, id, title, number: null, numberYear: null, numberSeq: null };
  let previous = GENESIS_HASH;
  const events = a.sim.events.map((e) => {
    const payload = e.seq === 1 ? { ...(e.payload as object), title } : e.payload;
    const hash = eventHash(previous, {
      caseId: id,
      seq: e.seq,
      action: e.action,
      from: e.fromState,
      to: e.toState,
      occurredOn: e.occurredOn,
      recordedAt: e.recordedAt.toISOString(),
      actor: e.actorAccountId,
      payload,
    });
    previous = hash;
    return { ...e, caseId: id, payload, summary: e.seq === 1 ? title : e.summary, hash };
  });
  row.lastHash = previous;
  const deadlines = new Map([...a.sim.deadlines].map(([k, d]) => [k, { ...d, caseId: id }]));
  return {
    sim: {
      row,
      events,
      deadlines,
      reviews: a.sim.reviews.map((r) => ({ ...r, caseId: id })),
      suspensions: a.sim.suspensions.map((x) => ({ ...x, caseId: id })),
      numberOn: a.sim.numberOn,
    },
    agency: a.agency,
    party,
    handlers: a.handlers,
    index,
  };
}

const partyPool = new Map<number, SeedParty>();
function poolParty(index: number, seed: number): SeedParty {
  const slot = mix(seed, index, 6) % 20_000;
  let party = partyPool.get(slot);
  if (!party) {
    party = seedParty(prng(mix(seed, slot, 7)), 'person', [], new Set());
    partyPool.set(slot, party);
  }
  return party;
}
