// The catalogue of procedure definitions (办案程序, DESIGN §2.5): every published version of every procedure, which
// version a case begins on, and the transitions a case may take from its state — with the tokens of the definitions
// ('*active', '$same', '$previous') resolved here, once, for the case module's transition function and the API.
import type { ProcedureCode, ProcedureDefinition, ProcedureTransition } from '../../../../contracts/procedure';
import { notFound } from '../../platform/errors';
import { benefitV1 } from './definitions/benefit.v1';
import { coercionFreezeV1 } from './definitions/coercion_freeze.v1';
import { coercionSealSeizeV1 } from './definitions/coercion_seal_seize.v1';
import { confirmationV1 } from './definitions/confirmation.v1';
import { inspectionV1 } from './definitions/inspection.v1';
import { levyV1 } from './definitions/levy.v1';
import { licenceV1 } from './definitions/licence.v1';
import { penaltyGeneralV1 } from './definitions/penalty_general.v1';
import { penaltySummaryV1 } from './definitions/penalty_summary.v1';

/**
 * Every published version. A version, once published, never changes (definitions.lock.json and its test): a change
 * is a new file `<code>.v<N+1>.ts` with a later effectiveFrom, added here. See docs/procedures.md.
 */
export const PROCEDURES: readonly ProcedureDefinition[] = [
  penaltyGeneralV1,
  penaltySummaryV1,
  licenceV1,
  coercionSealSeizeV1,
  coercionFreezeV1,
  inspectionV1,
  levyV1,
  benefitV1,
  confirmationV1,
];

/** Tokens a transition's `from` / `to` may use instead of a step code. */
export const ANY_ACTIVE = '*active';
export const SAME_STATE = '$same';
export const PREVIOUS_STATE = '$previous';

/** All versions of a procedure, oldest first (empty for an unknown code). */
export function procedureVersions(code: string): ProcedureDefinition[] {
  return PROCEDURES.filter((d) => d.code === code).sort((a, b) => a.version - b.version);
}

/** One version of a procedure; a not-found error naming the code (and version) when there is none. */
export function procedureDefinition(code: string, version: number): ProcedureDefinition {
  const versions = procedureVersions(code);
  if (versions.length === 0) throw notFound('procedure_not_found', { code });
  const def = versions.find((d) => d.version === version);
  if (!def) throw notFound('procedure_version_not_found', { code, version });
  return def;
}

/** The version a case beginning on `onDate` (YYYY-MM-DD) uses: the latest with effectiveFrom ≤ that date. */
export function currentProcedure(code: string, onDate: string): ProcedureDefinition {
  const versions = procedureVersions(code);
  if (versions.length === 0) throw notFound('procedure_not_found', { code });
  const inForce = versions.filter((d) => d.effectiveFrom <= onDate);
  if (inForce.length === 0) throw notFound('procedure_not_in_force', { code, on: onDate });
  return inForce.reduce((a, b) =>
    b.effectiveFrom > a.effectiveFrom || (b.effectiveFrom === a.effectiveFrom && b.version > a.version) ? b : a,
  );
}

export function isProcedureCode(code: string): code is ProcedureCode {
  return PROCEDURES.some((d) => d.code === code);
}

/** The transition that creates a case (`from: []`): its `to` is the start step. */
export function creationTransition(def: ProcedureDefinition): ProcedureTransition {
  const t = def.transitions.find((x) => x.from.length === 0);
  if (!t) throw new Error(`procedure ${def.code} v${def.version} has no creation transition`);
  return t;
}

/** The steps '*active' stands for: every step that is not an end step. */
export function activeStepCodes(def: ProcedureDefinition): string[] {
  return def.steps.filter((s) => s.kind !== 'end').map((s) => s.code);
}

/**
 * The states a transition may be taken from, with '*active' expanded. A transition never leaves a state for that
 * same state through '*active' (a case is not suspended twice); '$same' is how a transition keeps the state.
 */
export function fromStates(def: ProcedureDefinition, t: ProcedureTransition): string[] {
  const out = new Set<string>();
  for (const f of t.from) {
    if (f === ANY_ACTIVE) {
      for (const s of activeStepCodes(def)) if (s !== t.to) out.add(s);
    } else out.add(f);
  }
  return [...out];
}

/** A transition offered to a case, with the state it leads to resolved. */
export interface ResolvedTransition {
  transition: ProcedureTransition;
  /** The state the case will be in afterwards (for '$same' the current state, for '$previous' the pre-suspension one). */
  to: string;
}

/** The state a transition leads to from `state`; null when '$previous' has no state to return to. */
export function resolveTarget(t: ProcedureTransition, state: string, previousState?: string | null): string | null {
  if (t.to === SAME_STATE) return state;
  if (t.to === PREVIOUS_STATE) return previousState ?? null;
  return t.to;
}

/**
 * The transitions a case in `state` may take, in definition order, each with its resolved target. `previousState`
 * is the state before the current suspension (needed to resolve '$previous'; without it a resume is not offered).
 */
export function transitionsFrom(
  def: ProcedureDefinition,
  state: string,
  previousState?: string | null,
): ResolvedTransition[] {
  const out: ResolvedTransition[] = [];
  for (const t of def.transitions) {
    if (t.from.length === 0 || !fromStates(def, t).includes(state)) continue;
    const to = resolveTarget(t, state, previousState);
    if (to !== null) out.push({ transition: t, to });
  }
  return out;
}

/** The transition `action` from `state` with its resolved target, or null when it is not offered there. */
export function findTransition(
  def: ProcedureDefinition,
  state: string,
  action: string,
  previousState?: string | null,
): ResolvedTransition | null {
  return transitionsFrom(def, state, previousState).find((r) => r.transition.action === action) ?? null;
}
