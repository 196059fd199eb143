import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '../../../../contracts/procedure';
import { move, step } from './definitions/define';
import { PROCEDURES } from './procedure-catalogue';
import { type ProblemCode, validateProcedure } from './procedure-validate';

/** A small procedure that passes every check; each test below breaks it in one way. */
function sound(): ProcedureDefinition {
  return {
    code: 'inspection',
    version: 7,
    effectiveFrom: '2026-01-01',
    kind: 'inspection',
    label: { zh: '测试程序', en: 'Test procedure' },
    basis: ['《中华人民共和国行政处罚法》第四十二条'],
    steps: [
      step('registered', '已登记', 'Registered', 'start', 0, 0),
      step('working', '办理', 'Working', 'active', 1, 0),
      step('closed', '办结', 'Closed', 'end', 2, 0),
      step('suspended', '中止', 'Suspended', 'active', 0, 2),
      step('terminated', '终止', 'Terminated', 'end', 1, 2),
    ],
    transitions: [
      move('register', '登记', 'Register', [], 'registered', { main: true }),
      move('start', '开始', 'Start', ['registered'], 'working', {
        starts: [{ slot: 'disclosure', rule: 'DISCLOSE-20' }],
        main: true,
      }),
      move('record', '记录', 'Record', ['working'], '$same', { documents: ['inspection_record'] }),
      move('close', '办结', 'Close', ['working'], 'closed', { stops: ['disclosure'], main: true }),
      move('suspend', '中止', 'Suspend', ['*active'], 'suspended', { guards: ['reason_given'], suspends: true }),
      move('resume', '恢复', 'Resume', ['suspended'], '$previous', { resumes: true }),
      move('terminate', '终止', 'Terminate', ['*active'], 'terminated'),
    ],
  };
}

/** The codes of the problems found in a definition changed by `breakIt`. */
function problemsAfter(breakIt: (d: ProcedureDefinition) => void): ProblemCode[] {
  const d = sound();
  breakIt(d);
  return validateProcedure(d).map((p) => p.code);
}
const transition = (d: ProcedureDefinition, action: string) => d.transitions.find((t) => t.action === action)!;
const stepOf = (d: ProcedureDefinition, code: string) => d.steps.find((s) => s.code === code)!;

describe('validateProcedure', () => {
  it('passes the sound fixture', () => {
    expect(validateProcedure(sound())).toEqual([]);
  });

  it.each(PROCEDURES.map((d) => [`${d.code} v${d.version}`, d] as const))('passes the shipped %s', (_, d) => {
    expect(validateProcedure(d)).toEqual([]);
  });

  it('refuses a bad header: unknown code, bad date, no basis, no label', () => {
    expect(problemsAfter((d) => ((d as { code: string }).code = 'parking'))).toContain('header');
    expect(problemsAfter((d) => (d.effectiveFrom = '2026-02-30'))).toEqual(['header']);
    expect(problemsAfter((d) => (d.basis = []))).toEqual(['header']);
    expect(problemsAfter((d) => (d.basis = ['行政处罚法']))).toEqual(['header']);
    expect(problemsAfter((d) => (d.version = 0))).toEqual(['header']);
    expect(problemsAfter((d) => (d.label = { zh: '测试', en: ' ' }))).toEqual(['header']);
  });

  it('refuses steps and transitions without both labels', () => {
    expect(problemsAfter((d) => (stepOf(d, 'working').label.en = ''))).toEqual(['label']);
    expect(problemsAfter((d) => (transition(d, 'record').label.zh = ''))).toEqual(['label']);
  });

  it('refuses a step defined twice', () => {
    expect(problemsAfter((d) => d.steps.push(step('working', '办理', 'Working', 'active', 3, 0)))).toContain(
      'step_duplicate',
    );
  });

  it('refuses two start steps, and a creation leading elsewhere than the start', () => {
    expect(problemsAfter((d) => (stepOf(d, 'working').kind = 'start'))).toContain('start_step');
    expect(problemsAfter((d) => (transition(d, 'register').to = 'working'))).toContain('start_step');
  });

  it('refuses no creation transition, or two', () => {
    expect(problemsAfter((d) => (transition(d, 'register').from = ['working']))).toContain('creation');
    expect(problemsAfter((d) => d.transitions.push(move('register2', '又登记', 'Again', [], 'registered')))).toContain(
      'creation',
    );
  });

  it('refuses a from or to naming no step', () => {
    expect(problemsAfter((d) => (transition(d, 'close').to = 'archived'))).toEqual(['unknown_state']);
    expect(problemsAfter((d) => (transition(d, 'close').from = ['workin']))).toEqual(['unknown_state']);
    expect(problemsAfter((d) => (transition(d, 'register').to = '$same'))).toContain('unknown_state');
  });

  it('refuses a way out of an end step', () => {
    expect(problemsAfter((d) => transition(d, 'record').from.push('closed'))).toEqual(['end_has_exit']);
  });

  it('refuses a step nothing reaches', () => {
    expect(problemsAfter((d) => d.steps.push(step('limbo', '悬置', 'Limbo', 'end', 3, 0)))).toEqual(['unreachable']);
  });

  it('refuses an active step with no way out', () => {
    const codes = problemsAfter((d) => {
      d.steps.push(step('stuck', '卡住', 'Stuck', 'active', 3, 1));
      d.transitions.push(move('go_stuck', '卡住', 'Get stuck', ['working'], 'stuck'));
      d.transitions = d.transitions.filter((t) => t.action !== 'terminate' && t.action !== 'suspend');
      d.steps = d.steps.filter((s) => s.code !== 'terminated' && s.code !== 'suspended');
      d.transitions = d.transitions.filter((t) => t.action !== 'resume');
    });
    expect(codes).toEqual(['no_exit']);
  });

  it('refuses an action offered twice from one state', () => {
    expect(
      problemsAfter((d) => d.transitions.push(move('record', '再记录', 'Record again', ['working'], '$same'))),
    ).toEqual(['duplicate_action']);
    // the same action from different states is fine
    expect(
      problemsAfter((d) => d.transitions.push(move('record', '再记录', 'Record again', ['registered'], '$same'))),
    ).toEqual([]);
  });

  it('refuses unknown actors, guards, documents and deadline rules', () => {
    expect(problemsAfter((d) => ((transition(d, 'record').actors as string[]) = ['mayor']))).toEqual(['unknown_code']);
    expect(problemsAfter((d) => (transition(d, 'record').actors = []))).toEqual(['unknown_code']);
    expect(problemsAfter((d) => (transition(d, 'record').guards as string[]).push('looks_fine'))).toEqual([
      'unknown_code',
    ]);
    expect(problemsAfter((d) => (transition(d, 'record').documents as string[]).push('memo'))).toEqual([
      'unknown_code',
    ]);
    expect(
      problemsAfter((d) => ((transition(d, 'start').startsDeadlines[0] as { rule: string }).rule = 'XZCF-99')),
    ).toEqual(['unknown_code']);
  });

  it('refuses stopping a slot nothing starts', () => {
    expect(problemsAfter((d) => (transition(d, 'close').stopsDeadlines = ['payment']))).toEqual(['slot']);
    expect(problemsAfter((d) => (transition(d, 'start').startsDeadlines[0].slot = ' '))).toContain('slot');
  });

  it('refuses a suspension nothing resumes, and a resumption that is not to $previous', () => {
    const noResume = problemsAfter((d) => {
      d.transitions = d.transitions.filter((t) => t.action !== 'resume');
      d.transitions.push(move('give_up', '放弃', 'Give up', ['suspended'], 'terminated'));
    });
    expect(noResume).toEqual(['suspension']);
    expect(problemsAfter((d) => (transition(d, 'resume').to = 'working'))).toEqual(['suspension']);
    expect(new Set(problemsAfter((d) => delete transition(d, 'resume').resumes))).toEqual(new Set(['suspension']));
    expect(problemsAfter((d) => (transition(d, 'resume').from = ['working']))).toContain('suspension');
  });

  it('refuses two steps on one cell of the diagram, and negative or fractional columns', () => {
    expect(problemsAfter((d) => (stepOf(d, 'terminated').column = 0))).toEqual(['layout']);
    expect(problemsAfter((d) => (stepOf(d, 'closed').column = -1))).toEqual(['layout']);
    expect(problemsAfter((d) => (stepOf(d, 'closed').row = 0.5))).toEqual(['layout']);
  });

  it('refuses a main path that does not reach an end step', () => {
    expect(problemsAfter((d) => delete transition(d, 'close').main)).toEqual(['main_path']);
  });

  it('names where each problem is', () => {
    const d = sound();
    transition(d, 'close').to = 'archived';
    expect(validateProcedure(d)).toEqual([
      { code: 'unknown_state', where: 'close', message: 'to names no step: archived' },
    ]);
  });
});
