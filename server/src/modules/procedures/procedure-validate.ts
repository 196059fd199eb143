// Pure checks of a procedure definition: that it names only real steps, guards, documents and deadline rules, that
// every step can be reached and (unless it is an end) left, that a suspension can be resumed, and that the diagram
// can be drawn. Run on every shipped definition by procedure-validate.test.ts; a definition that fails is a bug.
import {
  CASE_ACTOR_KINDS,
  CASE_KINDS,
  DEADLINE_RULE_IDS,
  DOCUMENT_KINDS,
  GUARD_CODES,
  PROCEDURE_CODES,
  type ProcedureDefinition,
} from '../../../../contracts/procedure';
import { ANY_ACTIVE, fromStates, PREVIOUS_STATE, SAME_STATE } from './procedure-catalogue';

export type ProblemCode =
  | 'header' // code, kind, version, effectiveFrom, labels of the procedure
  | 'label' // a step or transition without both labels
  | 'step_duplicate'
  | 'start_step' // not exactly one start step, or creation not leading to it
  | 'creation' // not exactly one creation transition (from: [])
  | 'unknown_state' // a from / to naming neither a step nor a token
  | 'end_has_exit' // a transition leaves an end step
  | 'unreachable' // a step no path from the start reaches
  | 'no_exit' // a non-end step with no way out
  | 'duplicate_action' // two transitions with the same action offered from one state
  | 'unknown_code' // an unknown actor, guard, document kind or deadline rule
  | 'slot' // a stopped slot no transition starts, or an empty slot name
  | 'suspension' // suspend without a matching resume, '$previous' without resumes, …
  | 'layout' // two steps on one cell of the diagram, or a negative / fractional column
  | 'main_path'; // the bold path does not lead from the start to an end

export interface ProcedureProblem {
  code: ProblemCode;
  /** Where: a step code, `action` of a transition, or the procedure itself. */
  where: string;
  message: string;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => DATE_RE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const hasLabel = (l: { zh: string; en: string } | undefined) => !!l && l.zh.trim() !== '' && l.en.trim() !== '';

export function validateProcedure(def: ProcedureDefinition): ProcedureProblem[] {
  const problems: ProcedureProblem[] = [];
  const add = (code: ProblemCode, where: string, message: string) => problems.push({ code, where, message });
  const self = `${def.code} v${def.version}`;

  // ---- header
  if (!(PROCEDURE_CODES as readonly string[]).includes(def.code)) add('header', self, `unknown procedure code`);
  if (!(CASE_KINDS as readonly string[]).includes(def.kind)) add('header', self, `unknown case kind ${def.kind}`);
  if (!Number.isInteger(def.version) || def.version < 1) add('header', self, 'version must be a positive integer');
  if (!isDate(def.effectiveFrom)) add('header', self, `effectiveFrom ${def.effectiveFrom} is not a YYYY-MM-DD date`);
  if (!hasLabel(def.label)) add('header', self, 'the procedure needs a zh and an en label');
  if (def.basis.length === 0 || def.basis.some((b) => !b.startsWith('《')))
    add('header', self, 'basis must cite at least one statute as 《…》');

  // ---- steps
  const steps = new Map(def.steps.map((s) => [s.code, s]));
  const seen = new Set<string>();
  for (const s of def.steps) {
    if (seen.has(s.code)) add('step_duplicate', s.code, `step ${s.code} is defined twice`);
    seen.add(s.code);
    if (/^[*$]/.test(s.code) || s.code.trim() === '') add('step_duplicate', s.code, 'a step code may not be a token');
    if (!hasLabel(s.label)) add('label', s.code, `step ${s.code} needs a zh and an en label`);
  }
  const starts = def.steps.filter((s) => s.kind === 'start');
  if (starts.length !== 1) add('start_step', self, `there must be one start step, found ${starts.length}`);

  // ---- transitions: names
  const isState = (x: string) => steps.has(x);
  const creations = def.transitions.filter((t) => t.from.length === 0);
  if (creations.length !== 1) add('creation', self, `there must be one creation transition, found ${creations.length}`);
  for (const c of creations) {
    if (starts.length === 1 && c.to !== starts[0].code)
      add('start_step', c.action, `the creation transition must lead to the start step ${starts[0]?.code}`);
  }
  for (const t of def.transitions) {
    const where = t.action;
    if (!hasLabel(t.label)) add('label', where, `transition ${t.action} needs a zh and an en label`);
    for (const f of t.from) {
      if (f !== ANY_ACTIVE && !isState(f)) add('unknown_state', where, `from names no step: ${f}`);
      else if (isState(f) && steps.get(f)!.kind === 'end') add('end_has_exit', where, `leaves the end step ${f}`);
    }
    const tokens = t.from.length === 0 ? [] : [SAME_STATE, PREVIOUS_STATE];
    if (!isState(t.to) && !tokens.includes(t.to)) add('unknown_state', where, `to names no step: ${t.to}`);
    if (t.actors.length === 0) add('unknown_code', where, 'no actor may take it');
    for (const a of t.actors)
      if (!(CASE_ACTOR_KINDS as readonly string[]).includes(a)) add('unknown_code', where, `unknown actor ${a}`);
    for (const g of t.guards)
      if (!(GUARD_CODES as readonly string[]).includes(g)) add('unknown_code', where, `unknown guard ${g}`);
    for (const d of t.documents)
      if (!(DOCUMENT_KINDS as readonly string[]).includes(d)) add('unknown_code', where, `unknown document kind ${d}`);
    for (const s of t.startsDeadlines) {
      if (!(DEADLINE_RULE_IDS as readonly string[]).includes(s.rule))
        add('unknown_code', where, `unknown deadline rule ${s.rule}`);
      if (s.slot.trim() === '') add('slot', where, 'a deadline slot needs a name');
    }
  }

  // ---- slots: a stopped slot is started somewhere
  const started = new Set(def.transitions.flatMap((t) => t.startsDeadlines.map((s) => s.slot)));
  for (const t of def.transitions)
    for (const slot of t.stopsDeadlines)
      if (!started.has(slot)) add('slot', t.action, `stops the slot ${slot}, which no transition starts`);

  // ---- the graph (only when the names are sound, so that the messages stay about one thing)
  if (problems.some((p) => p.code === 'unknown_state' || p.code === 'creation')) return problems;
  const moves = def.transitions.filter((t) => t.from.length > 0);
  const exitsOf = new Map<string, Set<string>>(def.steps.map((s) => [s.code, new Set()]));
  for (const t of moves)
    for (const f of fromStates(def, t)) {
      const to = t.to === SAME_STATE ? f : t.to;
      if (to !== f) exitsOf.get(f)?.add(to);
    }

  // reachable from the start ('$previous' returns to a state already reached, so it adds nothing)
  const start = creations[0]?.to;
  const reached = new Set<string>(start ? [start] : []);
  const queue = start ? [start] : [];
  while (queue.length > 0) {
    const s = queue.shift()!;
    for (const to of exitsOf.get(s) ?? []) {
      if (to !== PREVIOUS_STATE && !reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  for (const s of def.steps) if (!reached.has(s.code)) add('unreachable', s.code, `step ${s.code} cannot be reached`);
  for (const s of def.steps)
    if (s.kind !== 'end' && (exitsOf.get(s.code)?.size ?? 0) === 0)
      add('no_exit', s.code, `step ${s.code} is not an end step but has no way out`);

  // one action per state
  for (const s of def.steps) {
    const actions = moves.filter((t) => fromStates(def, t).includes(s.code)).map((t) => t.action);
    for (const a of new Set(actions))
      if (actions.filter((x) => x === a).length > 1)
        add('duplicate_action', a, `the action ${a} is offered twice from ${s.code}`);
  }

  // suspension and resumption
  const resumes = moves.filter((t) => t.resumes);
  for (const t of moves) {
    if (t.suspends) {
      if (!isState(t.to)) add('suspension', t.action, 'a suspension must lead to a step (the suspended state)');
      else if (!resumes.some((r) => fromStates(def, r).includes(t.to)))
        add('suspension', t.action, `nothing resumes a case suspended in ${t.to}`);
    }
    if (t.resumes && t.to !== PREVIOUS_STATE) add('suspension', t.action, "a resumption must lead to '$previous'");
    if (t.to === PREVIOUS_STATE) {
      if (!t.resumes) add('suspension', t.action, "'$previous' is only for a resumption (resumes: true)");
      for (const f of fromStates(def, t))
        if (!moves.some((x) => x.suspends && x.to === f))
          add('suspension', t.action, `returns to '$previous' from ${f}, which no suspension leads to`);
    }
    if (t.suspends && t.resumes) add('suspension', t.action, 'a transition cannot both suspend and resume');
  }

  // the diagram
  const cells = new Map<string, string>();
  for (const s of def.steps) {
    if (!Number.isInteger(s.column) || !Number.isInteger(s.row) || s.column < 0)
      add('layout', s.code, `step ${s.code} needs a whole, non-negative column and a whole row`);
    const cell = `${s.column},${s.row}`;
    const other = cells.get(cell);
    if (other) add('layout', s.code, `step ${s.code} is drawn on the same cell (${cell}) as ${other}`);
    else cells.set(cell, s.code);
  }

  // the bold path: from the start, main transitions lead to an end step
  if (start) {
    const onMain = new Set([start]);
    const q = [start];
    let endReached = false;
    while (q.length > 0) {
      const s = q.shift()!;
      if (steps.get(s)?.kind === 'end') endReached = true;
      for (const t of moves.filter((x) => x.main && fromStates(def, x).includes(s)))
        if (isState(t.to) && !onMain.has(t.to)) {
          onMain.add(t.to);
          q.push(t.to);
        }
    }
    if (!endReached) add('main_path', self, 'the main path (main: true) does not lead from the start to an end step');
  }
  return problems;
}
