import { describe, expect, it } from 'vitest';
import { PROCEDURE_CODES, type ProcedureDefinition } from '../../../../contracts/procedure';
import { AppError } from '../../platform/errors';
import {
  creationTransition,
  currentProcedure,
  findTransition,
  PROCEDURES,
  procedureDefinition,
  transitionsFrom,
} from './procedure-catalogue';

const general = procedureDefinition('penalty_general', 1);
const actionsFrom = (def: ProcedureDefinition, state: string, previous?: string) =>
  transitionsFrom(def, state, previous).map((r) => r.transition.action);

describe('the catalogue', () => {
  it('has a version 1 of every procedure code, each (code, version) once', () => {
    for (const code of PROCEDURE_CODES) expect(procedureDefinition(code, 1).code).toBe(code);
    const keys = PROCEDURES.map((d) => `${d.code}@${d.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('answers an unknown code or version with a not-found error naming it', () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as AppError;
      }
      throw new Error('no error');
    };
    expect(err(() => procedureDefinition('parking', 1))).toMatchObject({
      code: 'not_found',
      messageKey: 'procedure_not_found',
      params: { code: 'parking' },
    });
    expect(err(() => procedureDefinition('licence', 9))).toMatchObject({
      code: 'not_found',
      messageKey: 'procedure_version_not_found',
      params: { code: 'licence', version: 9 },
    });
    expect(err(() => currentProcedure('penalty_general', '2021-07-14'))).toMatchObject({
      messageKey: 'procedure_not_in_force',
    });
    expect(err(() => currentProcedure('parking', '2026-01-01'))).toBeInstanceOf(AppError);
  });

  it('gives the version in force on a date: the latest whose effectiveFrom is not after it', () => {
    expect(currentProcedure('penalty_general', '2021-07-15').version).toBe(1);
    expect(currentProcedure('licence', '2026-03-01')).toBe(procedureDefinition('licence', 1));
  });
});

describe('transitions from a state', () => {
  it('creates a case in the start step', () => {
    expect(creationTransition(general)).toMatchObject({ action: 'register', to: 'registered' });
    expect(general.steps.find((s) => s.code === 'registered')?.kind).toBe('start');
  });

  it('offers the listed transitions and those from every active state', () => {
    expect(actionsFrom(general, 'registered').sort()).toEqual(
      [
        'decline_to_open',
        'extend_decision_period',
        'open',
        'refer_criminal',
        'suspend',
        'terminate',
        'withdraw',
      ].sort(),
    );
    // several transitions leave 'proposed': the lead's code decides whether review is required
    expect(actionsFrom(general, 'proposed')).toEqual(expect.arrayContaining(['submit_review', 'notify']));
  });

  it("resolves '$same' to the case's state", () => {
    expect(findTransition(general, 'investigating', 'record_inquiry')?.to).toBe('investigating');
    expect(findTransition(general, 'served', 'disclose')?.to).toBe('served');
    expect(findTransition(general, 'heard', 'extend_decision_period')?.to).toBe('heard');
  });

  it("resolves '$previous' to the state before suspension, and offers no resume without one", () => {
    expect(findTransition(general, 'suspended', 'resume', 'notified')).toMatchObject({
      to: 'notified',
      transition: { action: 'resume', resumes: true },
    });
    expect(findTransition(general, 'suspended', 'resume')).toBeNull();
    expect(actionsFrom(general, 'suspended')).not.toContain('resume');
  });

  it("expands '*active' to every non-end state but the transition's own target", () => {
    expect(findTransition(general, 'investigating', 'suspend')?.to).toBe('suspended');
    expect(findTransition(general, 'suspended', 'suspend')).toBeNull(); // not suspended twice
    expect(findTransition(general, 'suspended', 'terminate')?.to).toBe('terminated');
    expect(findTransition(general, 'closed', 'terminate')).toBeNull(); // an end state has no way out
    expect(transitionsFrom(general, 'referred')).toEqual([]);
  });

  it('offers nothing that the definition does not list from the state', () => {
    expect(findTransition(general, 'registered', 'decide')).toBeNull();
    expect(findTransition(general, 'investigating', 'open')).toBeNull();
    expect(findTransition(general, 'investigating', 'no_such_action')).toBeNull();
  });

  it('walks the general procedure along its main path from registration to closing', () => {
    const path = ['open', 'propose', 'notify', 'decide', 'serve', 'record_payment', 'close'];
    let state = creationTransition(general).to;
    const visited = [state];
    for (const action of path) {
      const r = findTransition(general, state, action);
      expect(r, `${action} from ${state}`).not.toBeNull();
      state = r!.to;
      visited.push(state);
    }
    expect(visited).toEqual([
      'registered',
      'investigating',
      'proposed',
      'notified',
      'decided',
      'served',
      'executed',
      'closed',
    ]);
  });

  it('takes the review and hearing branches: disagreement returns to the investigation', () => {
    expect(findTransition(general, 'proposed', 'submit_review')?.to).toBe('in_review');
    expect(findTransition(general, 'in_review', 'review_disagree')?.to).toBe('investigating');
    expect(findTransition(general, 'reviewed', 'notify')?.transition.guards).toContain('legal_review_passed');
    expect(findTransition(general, 'notified', 'request_hearing')?.to).toBe('hearing_requested');
    expect(findTransition(general, 'heard', 'decide')?.transition.stopsDeadlines).toEqual(['decision']);
  });

  it('starts the decision deadline at opening and the licence acceptance deadline at registration', () => {
    expect(findTransition(general, 'registered', 'open')?.transition.startsDeadlines).toEqual([
      { slot: 'decision', rule: 'XZCF-60' },
    ]);
    expect(creationTransition(procedureDefinition('licence', 1)).startsDeadlines).toEqual([
      { slot: 'acceptance', rule: 'XZXK-32' },
    ]);
  });
});
