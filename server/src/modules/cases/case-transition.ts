// The one way to change a case (DESIGN §2.4): load it FOR UPDATE, find the action in its procedure version's
// transition table, check who may take it and the guards the law imposes, apply the action's effect, then write the
// new state, the event (hashed onto the previous one) and the deadlines it starts, meets, suspends or resumes — all
// in the caller's transaction. Nothing else writes a case's state.
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { ACTION_PAYLOADS, genericPayload } from '../../../../contracts/case';
import type { DeadlineRuleId, ProcedureTransition } from '../../../../contracts/procedure';
import type { Actor } from '../../platform/auth/policy';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError, invalidInput } from '../../platform/errors';
import type { Text } from '../../platform/i18n/i18n';
import { shanghaiDate } from '../../platform/legal-date';
import { computeDeadline, type DeadlineResult } from '../deadlines/deadline-compute';
import { DEADLINE_RULES } from '../deadlines/deadline-rules';
import { procedureDefinition, findTransition } from '../procedures/procedure-catalogue';
import { canonicalJson } from '../benchmarks/benchmark-evaluate';
import { CaseFacts } from './case-context';
import { suspensionsFrom } from './case-deadline.service';
import { generateStepDocuments } from './case-documents';
import { EFFECTS, summaryOf, type CasePatch } from './case-effects';
import { checkGuards } from './case-guards';
import { takeCaseNumber } from './case-number';
import {
  endSuspension,
  findCaseInScope,
  insertEvent,
  insertSuspension,
  updateCase,
  updateDeadline,
  upsertDeadline,
  type CaseDeadlineRow,
  type CaseWithAgency,
} from './case.repository';

export const GENESIS_HASH = '0'.repeat(64);

/** SM3(previous hash ‖ canonical JSON of the event): each event seals the ones before it. */
export function eventHash(previous: string, event: Record<string, unknown>): string {
  return createHash('sm3').update(previous).update(canonicalJson(event)).digest('hex');
}

/** The procedure whose number is taken on opening (立案); the others number their cases on registration. */
export const NUMBERED_ON_OPEN = new Set(['penalty_general']);

function guardFailed(action: Text, reasons: Text[]): AppError {
  return new AppError('conflict', 409, 'case_guard_failed', {
    action_zh: action.zh,
    action_en: action.en,
    reasons_zh: reasons.map((r, i) => `${i + 1}. ${r.zh}`).join('；'),
    reasons_en: reasons.map((r, i) => `${i + 1}. ${r.en}`).join('; '),
    reasons,
  });
}

/** Parses an action's payload with its schema; field errors are named `payload.<field>`. */
export function parsePayload(action: string, raw: Record<string, unknown>): Record<string, unknown> {
  const schema: z.ZodType = (ACTION_PAYLOADS as Record<string, z.ZodType>)[action] ?? genericPayload;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  const fields: Record<string, 'required' | 'invalid_format'> = {};
  for (const issue of parsed.error.issues) {
    const path = ['payload', ...issue.path.map(String)].join('.');
    fields[path] = issue.code === 'invalid_type' && issue.input === undefined ? 'required' : 'invalid_format';
  }
  throw invalidInput(fields);
}

export interface DeadlineComputation {
  facts: CaseFacts;
  rule: DeadlineRuleId;
  start: string;
  extensions?: Array<{ amount: number; approvedOn: string; reason: string }>;
  asOf: string;
}

/** Computes a case deadline with the tenant's calendar and settings and the case's suspensions. */
export async function computeCaseDeadline(c: DeadlineComputation): Promise<DeadlineResult> {
  const rule = DEADLINE_RULES[c.rule];
  return computeDeadline({
    rule: c.rule,
    start: c.start,
    calendar: await c.facts.calendar(),
    settings: (await c.facts.deadlineSettings())[c.rule],
    suspensions: rule.suspensionsAllowed ? suspensionsFrom(c.start.slice(0, 10), await c.facts.suspensions()) : [],
    extensions: c.extensions,
    asOf: c.asOf,
  });
}

export function deadlineColumns(r: DeadlineResult) {
  return {
    ruleId: r.rule,
    dueOn: r.due,
    dueAt: r.dueAt ? new Date(r.dueAt) : null,
    provisional: r.provisional,
    flags: r.flags,
    explanation: r.explanation,
    calendarVersion: r.calendarVersion,
  };
}

export interface TransitionOutcome {
  facts: CaseFacts;
  event: { seq: number; id: string };
  documentIds: string[];
}

export async function transitionCase(
  tx: Tx,
  app: AppContext,
  actor: Actor,
  found: CaseWithAgency,
  action: string,
  rawPayload: Record<string, unknown>,
  now: Date,
): Promise<TransitionOutcome> {
  const row = found.case;
  const def = procedureDefinition(row.procedureCode, row.procedureVersion);
  const resolved = findTransition(def, row.state, action, row.previousState);
  if (!resolved) {
    const step = def.steps.find((s) => s.code === row.state);
    throw new AppError('invalid_transition', 409, 'case_invalid_transition', {
      action,
      state_zh: step?.label.zh ?? row.state,
      state_en: step?.label.en ?? row.state,
    });
  }
  const t = resolved.transition;
  const payload = parsePayload(action, rawPayload);
  const facts = new CaseFacts(tx, app, actor, found, def);
  const kinds = await facts.actorKinds();
  if (!t.actors.some((k) => kinds.has(k))) {
    throw new AppError('forbidden', 403, 'case_actor_not_allowed', { action_zh: t.label.zh, action_en: t.label.en });
  }

  const today = shanghaiDate(now);
  const date = (payload.date as string | undefined) ?? today;
  if (date > today) throw invalidInput({ 'payload.date': 'case_date_in_future' });
  if (date < row.lastEventOn) {
    throw invalidInput({ 'payload.date': { key: 'case_date_before_last', params: { last: row.lastEventOn } } });
  }

  const input = { facts, date, payload };
  await EFFECTS[action]?.prepare?.(input);
  const failures = await checkGuards(t.guards, { facts, date, payload, preview: false });
  if (failures.length) throw guardFailed(t.label, failures);

  const patch: CasePatch = (await EFFECTS[action]?.apply?.(tx, input)) ?? {};
  const toStep = def.steps.find((s) => s.code === resolved.to)!;
  if (NUMBERED_ON_OPEN.has(def.code) && action === 'open' && !row.number) {
    const n = await takeCaseNumber(tx, row.tenantId, found.agency, def.kind, Number(date.slice(0, 4)));
    Object.assign(patch, { number: n.number, numberYear: n.year, numberSeq: n.seq });
  }
  if (t.suspends) patch.previousState = row.state;
  if (t.resumes) patch.previousState = null;
  if (toStep.kind === 'end') patch.ended = true;

  await writeDeadlines(tx, facts, t, date, now, payload);

  const seq = row.eventCount + 1;
  const id = randomUUID();
  const summary = summaryOf(action, input);
  const stored = Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('__')));
  const hashed = {
    caseId: row.id,
    seq,
    action,
    from: row.state,
    to: resolved.to,
    occurredOn: date,
    recordedAt: now.toISOString(),
    actor: actor.accountId,
    payload: stored,
  };
  const hash = eventHash(row.lastHash, hashed);
  await insertEvent(tx, {
    tenantId: row.tenantId,
    caseId: row.id,
    seq,
    id,
    action,
    fromState: row.state,
    toState: resolved.to,
    actorAccountId: actor.accountId,
    actorName: actor.displayName,
    occurredOn: date,
    recordedAt: now,
    payload: stored,
    summary,
    hash,
  });
  await updateCase(tx, row.tenantId, row.id, {
    ...patch,
    state: resolved.to,
    eventCount: seq,
    lastEventOn: date,
    lastHash: hash,
  });
  facts.forget('deadlines', 'events', 'reviews', 'suspensions');
  let documentIds: string[] = [];
  if (t.documents.length) {
    // The documents carry the case as it is after the step (the decision, the service…).
    const fresh = facts.withFound((await findCaseInScope(tx, sql`true`, row.id))!);
    documentIds = await generateStepDocuments(tx, fresh, t.documents, date, actor.accountId, seq);
  }
  return { facts, event: { seq, id }, documentIds };
}

/** Stops, starts, suspends and resumes the deadlines the transition names. */
async function writeDeadlines(
  tx: Tx,
  facts: CaseFacts,
  t: ProcedureTransition,
  date: string,
  now: Date,
  payload: Record<string, unknown>,
) {
  const row = facts.row;
  const key = (slot: string) => ({ tenantId: row.tenantId, caseId: row.id, slot });
  const deadlines = await facts.deadlines();
  for (const slot of t.stopsDeadlines) {
    const d = deadlines.find((x) => x.slot === slot);
    if (d && d.status === 'running') await updateDeadline(tx, key(slot), { status: 'met', metOn: date });
  }
  if (t.suspends) {
    const seq = (await facts.suspensions()).length + 1;
    await insertSuspension(tx, {
      tenantId: row.tenantId,
      caseId: row.id,
      seq,
      fromOn: date,
      reason: String(payload.reason ?? ''),
    });
    facts.forget('suspensions');
  }
  if (t.resumes) {
    const open = (await facts.suspensions()).find((s) => s.toOn === null);
    if (open) await endSuspension(tx, row.tenantId, row.id, open.seq, date);
    facts.forget('suspensions');
    await recomputeRunning(tx, facts, deadlines, date);
  }
  if (t.action === 'extend_decision_period' || t.action === 'extend_review' || t.action === 'extend_measure') {
    await extendDeadline(tx, facts, t, deadlines, date, payload);
  }
  for (const s of t.startsDeadlines) {
    // A warning or a decision not to penalise leaves nothing to pay.
    if (s.slot === 'payment' && !((row.fineFen ?? 0) > 0 || Number(payload.fineFen ?? 0) > 0)) continue;
    const rule = DEADLINE_RULES[s.rule];
    const start = rule.unit === 'hours' ? now.toISOString() : date;
    const r = await computeCaseDeadline({ facts, rule: s.rule, start, asOf: date });
    await upsertDeadline(tx, {
      ...key(s.slot),
      ...deadlineColumns(r),
      startOn: date,
      startAt: rule.unit === 'hours' ? now : null,
      status: 'running',
      metOn: null,
      extensions: [],
    });
  }
  const to = facts.def.steps.find((x) => x.code === t.to);
  if (to?.kind === 'end') {
    for (const d of deadlines) {
      if (d.status === 'running' && !t.stopsDeadlines.includes(d.slot) && !PARTY_SLOTS.has(d.slot)) {
        await updateDeadline(tx, key(d.slot), { status: 'cancelled' });
      }
    }
  }
}

/** Periods that run for the party, not the agency: never overdue for the agency, not cancelled on closing. */
export const PARTY_SLOTS = new Set(['hearing_request', 'payment', 'review_window', 'litigation_window']);

/** Which slot an extension action extends: the coercive measure's period, else the decision period. */
function extendedSlot(action: string): string {
  return action === 'extend_measure' ? 'measure' : 'decision';
}

async function extendDeadline(
  tx: Tx,
  facts: CaseFacts,
  t: ProcedureTransition,
  deadlines: CaseDeadlineRow[],
  date: string,
  payload: Record<string, unknown>,
) {
  const slot = extendedSlot(t.action);
  const d = deadlines.find((x) => x.slot === slot && x.status === 'running');
  if (!d) throw invalidInput({ action: 'case_nothing_to_extend' });
  const rule = DEADLINE_RULES[d.ruleId as DeadlineRuleId];
  const max = (await facts.deadlineSettings())[d.ruleId as DeadlineRuleId]?.extensionMax ?? rule.extension?.max ?? 0;
  if (!rule.extension || max <= 0) throw invalidInput({ action: 'case_rule_not_extendable' });
  const amount = (payload.amount as number | undefined) ?? max;
  if (amount > max) throw invalidInput({ 'payload.amount': { key: 'case_extension_too_long', params: { max } } });
  const extensions = [
    ...((d.extensions as Array<{ amount: number; approvedOn: string; reason: string }>) ?? []),
    { amount, approvedOn: date, reason: String(payload.reason) },
  ];
  const r = await computeCaseDeadline({
    facts,
    rule: d.ruleId as DeadlineRuleId,
    start: d.startOn,
    extensions,
    asOf: date,
  });
  await updateDeadline(
    tx,
    { tenantId: facts.row.tenantId, caseId: facts.row.id, slot },
    { ...deadlineColumns(r), extensions },
  );
}

async function recomputeRunning(tx: Tx, facts: CaseFacts, deadlines: CaseDeadlineRow[], date: string) {
  for (const d of deadlines) {
    if (d.status !== 'running') continue;
    const rule = DEADLINE_RULES[d.ruleId as DeadlineRuleId];
    if (!rule.suspensionsAllowed || rule.unit === 'hours') continue;
    const r = await computeCaseDeadline({
      facts,
      rule: d.ruleId as DeadlineRuleId,
      start: d.startOn,
      extensions: (d.extensions as Array<{ amount: number; approvedOn: string; reason: string }>) ?? [],
      asOf: date,
    });
    await updateDeadline(tx, { tenantId: facts.row.tenantId, caseId: facts.row.id, slot: d.slot }, deadlineColumns(r));
  }
}
