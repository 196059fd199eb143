// Small builders that keep the definition files readable: a step in one line, a transition with only what differs
// from "no guards, no documents, no deadlines". What they produce is plain data (that is what is locked).
import type {
  CaseActorKind,
  DeadlineStart,
  DocumentKind,
  GuardCode,
  ProcedureStep,
  ProcedureTransition,
} from '../../../../../contracts/procedure';

export function step(
  code: string,
  zh: string,
  en: string,
  kind: ProcedureStep['kind'],
  column: number,
  row: number,
): ProcedureStep {
  return { code, label: { zh, en }, kind, column, row };
}

interface TransitionOptions {
  actors?: CaseActorKind[];
  guards?: GuardCode[];
  documents?: DocumentKind[];
  starts?: DeadlineStart[];
  stops?: string[];
  suspends?: boolean;
  resumes?: boolean;
  main?: boolean;
}

export function move(
  action: string,
  zh: string,
  en: string,
  from: string[],
  to: string,
  o: TransitionOptions = {},
): ProcedureTransition {
  const t: ProcedureTransition = {
    action,
    label: { zh, en },
    from,
    to,
    actors: o.actors ?? ['handler'],
    guards: o.guards ?? [],
    documents: o.documents ?? [],
    startsDeadlines: o.starts ?? [],
    stopsDeadlines: o.stops ?? [],
  };
  if (o.suspends) t.suspends = true;
  if (o.resumes) t.resumes = true;
  if (o.main) t.main = true;
  return t;
}
