// The deadline engine, against hand-checked dates. Each expected date below was worked out by hand from the State
// Council's holiday arrangements (as the chinese-days package has them):
//   2024: 2/10–2/17 春节 (2/4, 2/18 worked); 2025: 1/1; 1/28–2/4 春节 (1/26 Sun, 2/8 Sat worked); 4/4–4/6;
//   5/1–5/5 (4/27 Sun worked); 5/31–6/2; 10/1–10/8 (9/28 Sun, 10/11 Sat worked);
//   2026: 1/1–1/3 (1/4 Sun worked); 2/15–2/23 春节 (2/14 Sat, 2/28 Sat worked); 4/4–4/6; 5/1–5/5 (5/9 Sat worked);
//   6/19–6/21; 9/25–9/27 (9/20 Sun worked); 10/1–10/7 (10/10 Sat worked). 2027: not published (provisional).
// The reasoning for each case is in its comment: "(n)" marks the n-th counted working day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEADLINE_RULE_IDS, type DeadlineRuleId } from '../../../../contracts/procedure';
import { addCalendarDays, addCalendarMonths, daysBetween } from '../calendar/working-calendar';
import { computeDeadline, DeadlineInputError, type DeadlineInput } from './deadline-compute';
import { DEADLINE_RULES } from './deadline-rules';
import { packageCalendar } from './deadline.test-helpers';

const calendar = packageCalendar();
const run = (rule: DeadlineRuleId, start: string, extra: Partial<DeadlineInput> = {}) =>
  computeDeadline({ rule, start, calendar, ...extra });
const due = (rule: DeadlineRuleId, start: string, extra: Partial<DeadlineInput> = {}) => run(rule, start, extra).due;

function inputError(fn: () => unknown): DeadlineInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DeadlineInputError) return err;
    throw err;
  }
  throw new Error('expected a DeadlineInputError');
}

describe('the catalogue', () => {
  it('defines every rule id the procedures use, each citing a statute article', () => {
    for (const id of DEADLINE_RULE_IDS) {
      const rule = DEADLINE_RULES[id];
      expect(rule, id).toBeDefined();
      expect(rule.id).toBe(id);
      expect(rule.basis).toMatch(/^《.+》/);
      expect(rule.amount).toBeGreaterThan(0);
      expect(rule.note.zh.length).toBeGreaterThan(0);
    }
    expect(Object.keys(DEADLINE_RULES).sort()).toEqual([...DEADLINE_RULE_IDS].sort());
  });

  it('follows each statute’s counting article', () => {
    // 处罚法 85: only 2, 3, 5, 7 days are working days.
    expect(DEADLINE_RULES['XZCF-60'].unit).toBe('calendar_days');
    expect(DEADLINE_RULES['XZCF-67'].unit).toBe('calendar_days');
    expect(DEADLINE_RULES['XZCF-56'].unit).toBe('working_days');
    // 强制法 69: ten days or less are working days.
    expect(DEADLINE_RULES['XZQZ-31'].unit).toBe('working_days');
    expect(DEADLINE_RULES['XZQZ-25'].unit).toBe('calendar_days');
    // 复议法 88: 3, 5, 7, 10 days are working days; the rest follow the civil-procedure rule (roll forward).
    expect(DEADLINE_RULES['XZFY-48'].unit).toBe('working_days');
    expect(DEADLINE_RULES['XZFY-62'].rollForward).toBe(true);
    // 许可法 82: all working days.
    for (const id of DEADLINE_RULE_IDS.filter((i) => i.startsWith('XZXK'))) {
      expect(DEADLINE_RULES[id].unit, id).toBe('working_days');
    }
  });
});

describe('working-day periods (start day not counted)', () => {
  it.each<[DeadlineRuleId, string, string, string]>([
    // 2/13 Fri (1), 2/14 Sat worked (2), 2/15–2/23 春节, 2/24–2/27 (3–6), 2/28 Sat worked (7).
    ['XZCF-56', '2026-02-12', '2026-02-28', 'Spring Festival 2026 with both swapped Saturdays'],
    // 1/26 Sun worked (1), 1/27 (2), 1/28–2/4 春节, 2/5–2/7 (3–5), 2/8 Sat worked (6), 2/10 Mon (7).
    ['XZCF-56', '2025-01-24', '2025-02-10', 'Spring Festival 2025 with the swapped Sunday and Saturday'],
    // 9/28 Sun worked (1), 9/29 (2), 9/30 (3), 10/1–10/8, 10/9 (4), 10/10 (5), 10/11 Sat worked (6), 10/13 (7).
    ['XZCF-61', '2025-09-26', '2025-10-13', 'National Day 2025 (eight days)'],
    // 5/1–5/5, 5/6–5/8 (1–3), 5/9 Sat worked (4), 5/11 Mon (5).
    ['XZCF-64-REQUEST', '2026-04-30', '2026-05-11', 'Labour Day 2026'],
    // 1/3 Sat holiday, 1/4 Sun worked (1), 1/5–1/8 (2–5).
    ['XZCF-64-REQUEST', '2026-01-02', '2026-01-08', 'start on a holiday, swapped Sunday counted'],
    // 1/6–1/9 (1–4), 1/12–16 (5–9), 1/19–23 (10–14), 1/26–30 (15–19), 2/2 (20).
    ['XZXK-42', '2026-01-05', '2026-02-02', 'twenty working days without holidays'],
    // 2/9–2/13 (1–5), 2/14 Sat (6), 2/24–2/27 (7–10), 2/28 Sat (11), 3/2–3/6 (12–16), 3/9–3/12 (17–20).
    ['XZXK-42', '2026-02-06', '2026-03-12', 'twenty working days across Spring Festival 2026'],
    // Sep: 2–5 (4), 8–12 (9), 15–19 (14), 22–26 (19), 9/28 Sun (20), 9/29–30 (22); 10/9–10 (24), 10/11 Sat (25),
    // 10/13–17 (30), 20–24 (35), 27–31 (40), 11/3–7 (45).
    ['XZXK-42-JOINT', '2025-09-01', '2025-11-07', 'forty-five working days across National Day 2025'],
    // 5/1–5/5, 5/6–5/9 (1–4), 5/12 Mon (5).
    ['XZXK-32', '2025-04-30', '2025-05-12', 'Labour Day 2025'],
    // 4/25 (1), 4/27 Sun worked (2), 4/28–30 (3–5), 5/6–9 (6–9), 5/12 (10).
    ['XZXK-44', '2025-04-24', '2025-05-12', 'the swapped Sunday before Labour Day 2025'],
    // 5/30 (1), 5/31–6/2 端午, 6/3–6/6 (2–5).
    ['XZXK-47', '2025-05-29', '2025-06-06', 'Dragon Boat 2025'],
    // 6/2–5 (4), 8–12 (9), 15–18 (13), 6/19 端午, 22–26 (18), 29 (19), 30 (20).
    ['XZXK-48', '2026-06-01', '2026-06-30', 'Dragon Boat 2026'],
    // 9/25–27 中秋, 9/28–30 (1–3).
    ['XZQZ-31', '2026-09-24', '2026-09-30', 'Mid-Autumn 2026'],
    // 9/20 Sun worked (1), 9/21 (2), 9/22 (3).
    ['XZQZ-31', '2026-09-18', '2026-09-22', 'the swapped Sunday before Mid-Autumn 2026'],
    // 12/26 (1), 12/29–31 (2–4), 1/1–1/3 元旦, 1/4 Sun worked (5), 1/5–1/9 (6–10).
    ['XZFY-48', '2025-12-25', '2026-01-09', 'across New Year 2026'],
    // 1/1–1/3, 1/4 Sun (1), 1/5–1/9 (2–6), 1/12 (7).
    ['DISCLOSE-7', '2025-12-31', '2026-01-12', 'from New Year’s Eve'],
    // 10/1–7, 10/8–9 (1–2), 10/10 Sat (3), 10/12–16 (4–8), 19–23 (9–13), 26–30 (14–18), 11/2 (19), 11/3 (20).
    ['DISCLOSE-20', '2026-09-30', '2026-11-03', 'National Day 2026'],
    // 2/14 Sat (1), 2/24–2/27 (2–5).
    ['LEGAL-REVIEW', '2026-02-13', '2026-02-27', 'default five working days'],
    // 10/4–10/7, 10/8–9 (1–2), 10/10 Sat (3), 10/12–15 (4–7).
    ['XZCF-56', '2026-10-03', '2026-10-15', 'start inside National Day 2026'],
    // 2/29 leap day (1), 3/1 (2), 3/4–3/6 (3–5).
    ['XZXK-32', '2024-02-28', '2024-03-06', 'the 2024 leap day counts'],
    // 2/9 (1), 2/10–2/17 春节, 2/18 Sun worked (2), 2/19–21 (3–5).
    ['XZXK-32', '2024-02-08', '2024-02-21', 'Spring Festival 2024'],
    // 4/4–4/6 清明 2026 (Sat–Mon): 4/7–4/10 (1–4), 4/13 (5).
    ['XZCF-64-REQUEST', '2026-04-03', '2026-04-13', 'Qingming 2026'],
    // 4/4–4/6 清明 2025 (Fri–Sun): 4/7–4/9 (1–3).
    ['XZCF-48', '2025-04-03', '2025-04-09', 'Qingming 2025'],
  ])('%s from %s → %s (%s)', (rule, start, expected) => {
    const r = run(rule, start);
    expect(r.due).toBe(expected);
    expect(r.provisional).toBe(false);
    expect(calendar.isWorkingDay(r.due)).toBe(true);
  });

  it('groups the skipped days and names the swapped Saturdays it counted', () => {
    const r = run('XZCF-56', '2026-02-12');
    const texts = r.explanation.steps.map((s) => s.text.zh);
    expect(texts).toContain('2026-02-15 至 2026-02-23 春节假期（9天）不计');
    expect(texts.filter((t) => t.includes('调休上班日'))).toHaveLength(2);
    expect(r.explanation.basis).toBe('《中华人民共和国行政处罚法》第五十六条');
    expect(r.explanation.unit).toBe('working_days');
    expect(r.explanation.summary.zh).toContain('2026-02-28');
    // Steps are in date order.
    const dated = r.explanation.steps.filter((s) => s.date).map((s) => s.date!);
    expect(dated).toEqual([...dated].sort());
  });

  it('counts a tenant’s local holiday as a rest day', () => {
    // Without it: 2/27 (1), 2/28 Sat (2), 3/2–3/6 (3–7) → 3/6. With 3/2 a local holiday: 3/3–3/6 (3–6), 3/9 (7).
    const local = packageCalendar([
      { date: '2026-03-02', kind: 'holiday', name: '藏历新年', source: '迪庆州', local: true },
    ]);
    expect(due('XZCF-56', '2026-02-26')).toBe('2026-03-06');
    const r = computeDeadline({ rule: 'XZCF-56', start: '2026-02-26', calendar: local });
    expect(r.due).toBe('2026-03-09');
    expect(r.explanation.steps.map((s) => s.text.zh)).toContain(
      '2026-03-01 至 2026-03-02 周末及藏历新年假期（2天）不计',
    );
  });

  it('judges an unpublished year on weekends alone and flags it provisional', () => {
    // 12/31 (1), 2027-01-01 Fri (2: not yet known as a holiday), 1/4 Mon (3).
    const r = run('XZCF-48', '2026-12-30');
    expect(r.due).toBe('2027-01-04');
    expect(r.provisional).toBe(true);
    expect(r.flags).toContain('provisional_calendar');
    expect(r.explanation.steps.some((s) => s.kind === 'provisional' && s.text.zh.includes('2027'))).toBe(true);
    // Once 2027 is entered (1/1 a holiday), the date moves.
    const with2027 = packageCalendar(
      [{ date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'test', local: false }],
      [2027],
    );
    const again = computeDeadline({ rule: 'XZCF-48', start: '2026-12-30', calendar: with2027 });
    expect(again.due).toBe('2027-01-05');
    expect(again.provisional).toBe(false);
  });

  it('uses the tenant’s legal-review limit', () => {
    // 2/14 Sat (1), 2/24–2/27 (2–5), 2/28 Sat (6), 3/2–3/5 (7–10).
    expect(due('LEGAL-REVIEW', '2026-02-13', { settings: { amount: 10 } })).toBe('2026-03-05');
    expect(due('LEGAL-REVIEW', '2026-02-13', { settings: { amount: 3 } })).toBe('2026-02-25');
    expect(inputError(() => run('LEGAL-REVIEW', '2026-02-13', { settings: { amount: 11 } })).field).toBe(
      'settings.amount',
    );
    expect(inputError(() => run('XZCF-56', '2026-02-13', { settings: { amount: 10 } })).field).toBe('settings.amount');
  });
});

describe('a period before an event: the hearing notice (XZCF-64-NOTICE)', () => {
  it.each<[string, string, string]>([
    // Back from 3/15: 3/13 (1), 3/12–3/9 (2–5), 3/6 (6), 3/5 (7) → notify by 3/4.
    ['2026-03-16', '2026-03-04', 'an ordinary week'],
    // 10/11 Sun, 10/10 Sat worked (1), 10/9–8 (2–3), 10/1–7 国庆, 9/30–28 (4–6), 9/25–27 中秋, 9/24 (7) → 9/23.
    ['2026-10-12', '2026-09-23', 'across National Day and Mid-Autumn 2026'],
    // 2/25–24 (1–2), 2/15–23 春节, 2/14 Sat worked (3), 2/13–10 (4–7) → 2/9.
    ['2026-02-26', '2026-02-09', 'across Spring Festival 2026'],
    // 3/6–3/2 (1–5), 3/1 Sun, 2/28 Sat worked (6), 2/27 (7) → 2/26.
    ['2026-03-09', '2026-02-26', 'the swapped Saturday 2/28 counts'],
  ])('hearing on %s → notify by %s (%s)', (hearing, expected) => {
    const r = run('XZCF-64-NOTICE', hearing);
    expect(r.due).toBe(expected);
    // Seven whole working days lie strictly between the notice and the hearing.
    let n = 0;
    for (let d = addCalendarDays(expected, 1); d < hearing; d = addCalendarDays(d, 1))
      if (calendar.isWorkingDay(d)) n++;
    expect(n).toBe(7);
  });
});

describe('calendar-day periods', () => {
  it.each<[DeadlineRuleId, string, string, string]>([
    // Jan 5 + 90: Jan 31 (26), Feb 28 (54), Mar 31 (85), Apr 5 (90) — 清明, but 处罚法 does not roll forward.
    ['XZCF-60', '2026-01-05', '2026-04-05', 'ninety days ending on Qingming, no roll-forward'],
    // Oct 1 + 90: Oct 31 (30), Nov 30 (60), Dec 30 (90).
    ['XZCF-60', '2025-10-01', '2025-12-30', 'ninety days'],
    // 9/17 + 15 = 10/2 (国庆) → 10/8, the first working day after.
    ['XZCF-67', '2026-09-17', '2026-10-08', 'payment rolls past National Day 2026'],
    // 1/20 + 15 = 2/4 (春节 in lieu) → 2/5.
    ['XZCF-67', '2025-01-20', '2025-02-05', 'payment rolls past Spring Festival 2025'],
    // 3/20 + 15 = 4/4 (清明 Fri) → 4/7 Mon.
    ['XZCF-67', '2025-03-20', '2025-04-07', 'payment rolls past Qingming 2025'],
    // 2/13 + 15 = 2/28, a Saturday worked: not a rest day, stays.
    ['XZCF-67', '2026-02-13', '2026-02-28', 'a swapped Saturday is a working day'],
    // 6/4 + 15 = 6/19 (端午) → 6/22.
    ['XZCF-67', '2026-06-04', '2026-06-22', 'Dragon Boat 2026'],
    // 3/6 + 15 = 3/21 Sat → 3/23 Mon.
    ['XZCF-67', '2026-03-06', '2026-03-23', 'an ordinary weekend'],
    // Jan 31 + 30: Feb 28 (28), Mar 2 (30).
    ['XZQZ-25', '2026-01-31', '2026-03-02', 'thirty days over February'],
    // Dec 15 + 30 = Jan 14.
    ['XZQZ-32', '2025-12-15', '2026-01-14', 'across the year end'],
    // 8/2 + 60: Aug 31 (29), Sep 30 (59), Oct 1 (60, 国庆) → 10/9.
    ['XZFY-20', '2025-08-02', '2025-10-09', 'review application rolls past National Day 2025'],
    // 2024-12-31 + 60: Jan 31 (31), Feb 28 (59), Mar 1 (60) Sat → Mar 3 Mon.
    ['XZFY-20', '2024-12-31', '2025-03-03', 'over a non-leap February'],
    // 2024-01-01 + 60: Jan 31 (30), Feb 29 (59), Mar 1 (60) Fri.
    ['XZFY-20', '2024-01-01', '2024-03-01', 'over the 2024 leap day'],
    // 8/3 + 60: Aug 31 (28), Sep 30 (58), Oct 2 (60, 国庆) → 10/8.
    ['XZFY-62', '2026-08-03', '2026-10-08', 'review decision rolls past National Day 2026'],
    // 11/29 + 60: Nov 30 (1), Dec 31 (32), Jan 28 (60).
    ['XZFY-76', '2025-11-29', '2026-01-28', 'sixty days over New Year'],
    // 12/18 + 15 = 1/2 (元旦), 1/3 (元旦) → 1/4, a Sunday worked.
    ['XZSS-45', '2025-12-18', '2026-01-04', 'rolls to the swapped Sunday 2026-01-04'],
    // 9/30 + 3 = 10/3 (国庆): the regulation does not roll forward.
    ['YS-5-DECIDE', '2026-09-30', '2026-10-03', 'three days in National Day, no roll-forward'],
    // 1/27 + 3 = 1/30 (春节).
    ['YS-8', '2025-01-27', '2025-01-30', 'three days in Spring Festival'],
  ])('%s from %s → %s (%s)', (rule, start, expected) => {
    const r = run(rule, start);
    expect(r.due).toBe(expected);
    expect(r.explanation.unit).toBe('calendar_days');
    expect(r.flags.includes('rolled_forward')).toBe(r.due !== addCalendarDays(start, r.explanation.amount));
  });

  it('explains a roll-forward with the skipped holiday', () => {
    const r = run('XZCF-67', '2026-09-17');
    expect(r.flags).toEqual(['rolled_forward']);
    const steps = r.explanation.steps.filter((s) => s.kind === 'roll_forward').map((s) => s.text.zh);
    expect(steps[0]).toBe('2026-10-02 至 2026-10-07 国庆节假期（6天），非工作日');
    expect(steps[1]).toContain('顺延至其后第一个工作日 2026-10-08');
  });

  it('does not consult the calendar for a period that does not roll forward, so 2027 is not provisional', () => {
    const r = run('XZQZ-25', '2026-12-15'); // + 30 = 2027-01-14
    expect(r.due).toBe('2027-01-14');
    expect(r.provisional).toBe(false);
    expect(r.flags).toEqual([]);
  });

  it('rolls forward on weekends alone in an unpublished year, flagged provisional', () => {
    // 12/20 + 15 = 2027-01-04 Mon; 12/17 + 15 = 2027-01-01 Fri, a working day until 2027 is published.
    expect(run('XZSS-45', '2026-12-20')).toMatchObject({ due: '2027-01-04', provisional: true });
    const r = run('XZSS-45', '2026-12-17');
    expect(r).toMatchObject({ due: '2027-01-01', provisional: true, flags: ['provisional_calendar'] });
    // 12/19 + 15 = 2027-01-03 Sun → Mon 2027-01-04.
    expect(run('XZSS-45', '2026-12-19')).toMatchObject({ due: '2027-01-04', provisional: true });
  });
});

describe('month periods (same day N months later, clamped)', () => {
  it.each<[DeadlineRuleId, string, string, string]>([
    // Aug 31 + 6 months = Feb 28 (no Feb 31), a Saturday worked: no roll-forward.
    ['XZSS-46', '2025-08-31', '2026-02-28', 'clamped to February’s end, a swapped Saturday'],
    // Aug 20 + 6 months = Feb 20 (春节) → 2/24.
    ['XZSS-46', '2025-08-20', '2026-02-24', 'lands in Spring Festival 2026, rolls forward'],
    // 2023-08-31 + 6 months = 2024-02-29 (leap year) Thu.
    ['XZSS-46', '2023-08-31', '2024-02-29', 'clamped to the 2024 leap day'],
    // Apr 4 + 6 months = Oct 4 (国庆) → Oct 8.
    ['XZSS-46', '2026-04-04', '2026-10-08', 'lands in National Day 2026'],
    // Nov 30 + 3 months = Feb 28 (clamped).
    ['XZQZ-54', '2025-11-30', '2026-02-28', 'three months clamped'],
    // Oct 31 + 3 months = Jan 31 (Sat): 强制法 does not roll forward.
    ['XZQZ-54', '2025-10-31', '2026-01-31', 'ends on a Saturday, no roll-forward'],
  ])('%s from %s → %s (%s)', (rule, start, expected) => {
    expect(due(rule, start)).toBe(expected);
  });

  it('lands in an unpublished year provisionally', () => {
    // 2026-07-01 + 6 months = 2027-01-01 Fri: a working day until 2027 is published.
    expect(run('XZSS-46', '2026-07-01')).toMatchObject({ due: '2027-01-01', provisional: true });
  });

  it('says when the month had no such day', () => {
    const r = run('XZSS-46', '2025-08-31');
    expect(r.explanation.steps.map((s) => s.text.zh)).toContain(
      '6 个月后没有对应日，以该月最后一日 2026-02-28 为对应日',
    );
    expect(r.explanation.steps.some((s) => s.text.zh.includes('调休上班日，不是法定休假日，不顺延'))).toBe(true);
  });
});

describe('hour periods', () => {
  it.each<[DeadlineRuleId, string, string]>([
    ['XZQZ-19', '2026-03-10T15:30', '2026-03-11T15:30:00+08:00'], // no offset: Beijing time
    ['YS-5-TRANSFER', '2026-12-31T23:30:00+08:00', '2027-01-01T23:30:00+08:00'], // across midnight and the year
    ['XZQZ-19', '2026-02-16T10:00:00Z', '2026-02-17T18:00:00+08:00'], // UTC in, Beijing out; holidays count
    ['XZQZ-19', '2026-05-31T20:00:00-04:00', '2026-06-02T08:00:00+08:00'], // another offset, across the month
    ['YS-5-TRANSFER', '2025-10-01T00:00:00+08:00', '2025-10-02T00:00:00+08:00'],
  ])('%s from %s → %s', (rule, start, dueAt) => {
    const r = run(rule, start);
    expect(r.dueAt).toBe(dueAt);
    expect(r.due).toBe(dueAt.slice(0, 10));
    expect(r.provisional).toBe(false);
    expect(r.explanation.unit).toBe('hours');
  });

  it('needs a time', () => {
    expect(inputError(() => run('XZQZ-19', '2026-03-10')).field).toBe('start');
    expect(inputError(() => run('XZQZ-19', '2026-03-10T25:00')).field).toBe('start');
  });
});

describe('suspensions and extensions', () => {
  it('excludes suspended days from a working-day period', () => {
    // 1/6–1/9 (1–4), 1/12–1/18 suspended, 1/19–23 (5–9), 1/26–30 (10–14), 2/2–6 (15–19), 2/9 (20).
    const r = run('XZXK-42', '2026-01-05', {
      suspensions: [{ from: '2026-01-12', to: '2026-01-19', reason: '专家评审' }],
    });
    expect(r.due).toBe('2026-02-09');
    expect(r.flags).toContain('suspended');
    expect(r.explanation.steps.map((s) => s.text.zh)).toContain(
      '2026-01-12 至 2026-01-18 期限中止（7天）不计：专家评审',
    );
  });

  it('excludes suspended days from a calendar-day period', () => {
    // 2/10–2/19 suspended (10 days): 4/5 + 10 = 4/15.
    expect(due('XZCF-60', '2026-01-05', { suspensions: [{ from: '2026-02-10', to: '2026-02-20' }] })).toBe(
      '2026-04-15',
    );
    // Two stretches: 3 + 4 days → 4/12.
    expect(
      due('XZCF-60', '2026-01-05', {
        suspensions: [
          { from: '2026-03-01', to: '2026-03-05' },
          { from: '2026-01-10', to: '2026-01-13' },
        ],
      }),
    ).toBe('2026-04-12');
    // A suspension after the period ended changes nothing.
    expect(due('XZCF-60', '2026-01-05', { suspensions: [{ from: '2026-04-06', to: '2026-04-20' }] })).toBe(
      '2026-04-05',
    );
  });

  it('counts a still-running suspension through today and says so', () => {
    // 3/1–3/10 suspended so far (10 days): at the earliest 4/15.
    const r = run('XZCF-60', '2026-01-05', { suspensions: [{ from: '2026-03-01', to: null }], asOf: '2026-03-10' });
    expect(r.due).toBe('2026-04-15');
    expect(r.flags).toEqual(expect.arrayContaining(['suspended', 'still_suspended']));
  });

  it('adds an approved extension after the period', () => {
    // 4/5 + 30 = 5/5 (劳动节, no roll-forward).
    const r = run('XZCF-60', '2026-01-05', {
      extensions: [{ amount: 30, approvedOn: '2026-03-20', reason: '案情复杂' }],
    });
    expect(r.due).toBe('2026-05-05');
    expect(r.flags).toContain('extended');
    expect(r.explanation.steps.find((s) => s.kind === 'extension')?.text.zh).toContain('行政机关负责人批准延长 30 日');
    // 3/12 + 10 WD: 3/13 (1), 3/16–20 (2–6), 3/23–26 (7–10) — the same as the XZXK-42-EXT rule from 3/12.
    const ext = { extensions: [{ amount: 10, approvedOn: '2026-03-01', reason: '需要现场核查' }] };
    expect(due('XZXK-42', '2026-02-06', ext)).toBe('2026-03-26');
    expect(due('XZXK-42-EXT', '2026-03-12')).toBe('2026-03-26');
    // 3/2 + 30 = 4/1, both ways.
    expect(
      due('XZQZ-25', '2026-01-31', { extensions: [{ amount: 30, approvedOn: '2026-02-20', reason: '检测' }] }),
    ).toBe('2026-04-01');
    expect(due('XZQZ-25-EXT', '2026-03-02')).toBe('2026-04-01');
    // 10/2 + 30 = 11/1 Sun → 11/2 Mon (复议 rolls forward).
    expect(
      due('XZFY-62', '2026-08-03', { extensions: [{ amount: 30, approvedOn: '2026-09-25', reason: '复杂' }] }),
    ).toBe('2026-11-02');
  });

  it('takes the tenant’s period and extension maximum', () => {
    // 120 days: 4/5 + 30 = 5/5. Extension up to 60: 4/5 + 45 = 5/20.
    expect(due('XZCF-60', '2026-01-05', { settings: { amount: 120 } })).toBe('2026-05-05');
    const ext = { extensions: [{ amount: 45, approvedOn: '2026-03-01', reason: '复杂' }] };
    expect(due('XZCF-60', '2026-01-05', { ...ext, settings: { extensionMax: 60 } })).toBe('2026-05-20');
    expect(inputError(() => run('XZCF-60', '2026-01-05', ext)).reason).toBe('deadline_extension_over_max');
  });

  it('refuses what the rule does not allow, naming the field', () => {
    const cases: Array<[() => unknown, string, string]> = [
      [() => run('NOPE' as DeadlineRuleId, '2026-01-05'), 'rule', 'deadline_rule_unknown'],
      [() => run('XZCF-60', '2026-02-30'), 'start', 'invalid_date'],
      [() => run('XZCF-60', '2026-1-5'), 'start', 'invalid_date'],
      [
        () => run('XZCF-56', '2026-01-05', { suspensions: [{ from: '2026-01-06', to: '2026-01-07' }] }),
        'suspensions',
        'deadline_suspension_not_allowed',
      ],
      [
        () => run('XZCF-60', '2026-01-05', { suspensions: [{ from: '2026-01-01', to: '2026-01-07' }] }),
        'suspensions',
        'deadline_suspension_before_start',
      ],
      [
        () => run('XZCF-60', '2026-01-05', { suspensions: [{ from: '2026-01-09', to: '2026-01-07' }] }),
        'suspensions',
        'deadline_suspension_order',
      ],
      [
        () =>
          run('XZCF-60', '2026-01-05', {
            suspensions: [
              { from: '2026-01-09', to: '2026-01-20' },
              { from: '2026-01-15', to: '2026-01-25' },
            ],
          }),
        'suspensions',
        'deadline_suspension_overlap',
      ],
      [
        () => run('XZCF-67', '2026-01-05', { extensions: [{ amount: 5, approvedOn: '2026-01-06', reason: 'x' }] }),
        'extensions',
        'deadline_extension_not_allowed',
      ],
      [
        () => run('XZQZ-25', '2026-01-31', { extensions: [{ amount: 31, approvedOn: '2026-02-01', reason: 'x' }] }),
        'extensions',
        'deadline_extension_over_max',
      ],
      [
        () => run('XZXK-42', '2026-01-05', { extensions: [{ amount: 10, approvedOn: '2026-02-03', reason: 'x' }] }),
        'extensions',
        'deadline_extension_too_late',
      ],
      [
        () => run('XZXK-42', '2026-01-05', { extensions: [{ amount: 10, approvedOn: '2026-01-06', reason: ' ' }] }),
        'extensions',
        'deadline_extension_reason',
      ],
      [
        () => run('XZXK-42', '2026-01-05', { extensions: [{ amount: 0, approvedOn: '2026-01-06', reason: 'x' }] }),
        'extensions',
        'deadline_extension_amount',
      ],
      [
        () => run('XZCF-64-NOTICE', '2026-03-16', { suspensions: [{ from: '2026-03-17', to: null }] }),
        'suspensions',
        'deadline_suspension_not_allowed',
      ],
    ];
    for (const [fn, field, reason] of cases) {
      const err = inputError(fn);
      expect({ field: err.field, reason: err.reason }).toEqual({ field, reason });
    }
  });

  it('allows the extension approved on the last day of the period', () => {
    // XZXK-42 from 1/5 ends 2/2; approved that day: 2/3–6 (1–4), 2/9–13 (5–9), 2/14 Sat worked (10).
    expect(due('XZXK-42', '2026-01-05', { extensions: [{ amount: 10, approvedOn: '2026-02-02', reason: 'x' }] })).toBe(
      '2026-02-14',
    );
  });
});

// ---- properties ----------------------------------------------------------------------------------------------

const DAY0 = '2024-01-01';
const dateArb = fc.integer({ min: 0, max: 365 * 3 + 300 }).map((n) => addCalendarDays(DAY0, n)); // to late 2027
const DAY_RULES = DEADLINE_RULE_IDS.filter((id) => DEADLINE_RULES[id].unit !== 'hours');
const AFTER_DAY_RULES = DAY_RULES.filter((id) => DEADLINE_RULES[id].direction === 'after');
const WD_RULES = AFTER_DAY_RULES.filter((id) => DEADLINE_RULES[id].unit === 'working_days');
const CD_RULES = AFTER_DAY_RULES.filter((id) => DEADLINE_RULES[id].unit !== 'working_days');
const SUSPENDABLE = AFTER_DAY_RULES.filter((id) => DEADLINE_RULES[id].suspensionsAllowed);

describe('properties', () => {
  it('a later start never gives an earlier due date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DAY_RULES), dateArb, fc.integer({ min: 1, max: 60 }), (rule, a, gap) => {
        const b = addCalendarDays(a, gap);
        expect(due(rule, b) >= due(rule, a)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('a working-day period ends on a working day, after the start', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WD_RULES), dateArb, (rule, start) => {
        const r = run(rule, start);
        expect(calendar.isWorkingDay(r.due)).toBe(true);
        expect(r.due > start).toBe(true);
        // Exactly `amount` working days in (start, due].
        let n = 0;
        for (let d = addCalendarDays(start, 1); d <= r.due; d = addCalendarDays(d, 1))
          if (calendar.isWorkingDay(d)) n++;
        expect(n).toBe(r.explanation.amount);
      }),
      { numRuns: 300 },
    );
  });

  it('a calendar-day period ends no earlier than start + amount (or the same day N months on)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CD_RULES), dateArb, (rule, start) => {
        const r = run(rule, start);
        const plain =
          DEADLINE_RULES[rule].unit === 'months'
            ? addCalendarMonths(start, r.explanation.amount)
            : addCalendarDays(start, r.explanation.amount);
        expect(r.due >= plain).toBe(true);
        if (!DEADLINE_RULES[rule].rollForward) expect(r.due).toBe(plain);
        else if (r.due !== plain) expect(calendar.isWorkingDay(r.due) && !calendar.isWorkingDay(plain)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a suspension never makes the due date earlier, and adds at most its own length', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUSPENDABLE),
        dateArb,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 30 }),
        (rule, start, offset, length) => {
          const from = addCalendarDays(start, offset);
          const to = addCalendarDays(from, length);
          const plain = due(rule, start);
          const suspended = due(rule, start, { suspensions: [{ from, to }] });
          expect(suspended >= plain).toBe(true);
          if (DEADLINE_RULES[rule].unit === 'calendar_days' && !DEADLINE_RULES[rule].rollForward)
            expect(daysBetween(plain, suspended)).toBeLessThanOrEqual(length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the hearing notice leaves exactly seven working days and is the latest such day', () => {
    fc.assert(
      fc.property(dateArb, (hearing) => {
        const notice = due('XZCF-64-NOTICE', hearing);
        let n = 0;
        for (let d = addCalendarDays(notice, 1); d < hearing; d = addCalendarDays(d, 1))
          if (calendar.isWorkingDay(d)) n++;
        expect(n).toBe(7);
        expect(calendar.isWorkingDay(addCalendarDays(notice, 1))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
