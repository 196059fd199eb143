// The deadline engine (法定期限计算): a pure function from a rule, a start, the tenant's working-day calendar and
// any suspensions and extensions to a due date with an explanation a person can check day by day. No clock, no
// database. The counting conventions and the readings taken are in docs/deadlines.md.
import type { DeadlineRuleId } from '../../../../contracts/procedure';
import {
  addCalendarDays,
  addCalendarMonths,
  daysBetween,
  isIsoDate,
  weekday,
  type DayInfo,
  type WorkingCalendar,
} from '../calendar/working-calendar';
import { DEADLINE_RULES, isDeadlineRuleId, type DeadlineRule } from './deadline-rules';

/**
 * Time that does not count (中止, testing, expert review…). The days `from` … `to − 1` are excluded: the period
 * stops on the day it is suspended and runs again on the day it resumes (`to`). `to: null` = still suspended: the
 * stretch is taken to run through `asOf` (the input's, else `from`), so the due date shown is the earliest
 * possible one, flagged `still_suspended`.
 */
export interface Suspension {
  from: string;
  to: string | null;
  reason?: string;
}
/** An approved extension, in the rule's extension unit; the total may not exceed the rule's (or tenant's) maximum. */
export interface Extension {
  amount: number;
  approvedOn: string;
  reason: string;
}
/** A tenant's (or agency's) value for a configurable rule. */
export interface DeadlineSettings {
  amount?: number;
  extensionMax?: number;
}
export interface DeadlineInput {
  rule: DeadlineRuleId;
  /** YYYY-MM-DD; for hour rules an ISO date-time (no offset = Asia/Shanghai time). */
  start: string;
  calendar: WorkingCalendar;
  suspensions?: Suspension[];
  extensions?: Extension[];
  settings?: DeadlineSettings;
  /** Today (YYYY-MM-DD): how far a still-running suspension has run. Defaults to the suspension's first day. */
  asOf?: string;
}
type Text = { zh: string; en: string };
export interface ExplanationStep {
  kind: 'start' | 'count' | 'skip' | 'suspension' | 'extension' | 'roll_forward' | 'provisional' | 'note';
  date?: string;
  text: Text;
}
export interface DeadlineResult {
  rule: DeadlineRuleId;
  due: string;
  /** Hour rules: the instant, ISO date-time with +08:00. Day rules: null (the whole due day counts). */
  dueAt: string | null;
  provisional: boolean;
  flags: string[];
  calendarVersion: string;
  explanation: {
    title: Text;
    basis: string;
    start: string;
    unit: 'calendar_days' | 'working_days' | 'hours' | 'months';
    amount: number;
    steps: ExplanationStep[];
    summary: Text;
  };
}

/** Bad input: `field` names the input field, `reason` a message key of deadline.messages.ts. */
export class DeadlineInputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string = 'invalid_format',
    readonly params: Record<string, unknown> = {},
  ) {
    super(`${field}: ${reason}`);
    this.name = 'DeadlineInputError';
  }
}

// ---- small helpers ---------------------------------------------------------------------------------------------

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const wzh = (d: string) => WEEKDAY_ZH[weekday(d)];
const wen = (d: string) => WEEKDAY_EN[weekday(d)];
const range = (a: string, b: string, zh: boolean) => (a === b ? a : zh ? `${a} 至 ${b}` : `${a} to ${b}`);
const UNIT_ZH = { calendar_days: '日', working_days: '个工作日', hours: '小时', months: '个月' } as const;
const UNIT_EN = { calendar_days: 'days', working_days: 'working days', hours: 'hours', months: 'months' } as const;
const qty = (n: number, unit: keyof typeof UNIT_ZH): Text => ({
  zh: `${n} ${UNIT_ZH[unit]}`,
  en: `${n} ${UNIT_EN[unit]}`,
});

/** A run of consecutive days skipped for one cause, shown as one step. */
interface Run {
  from: string;
  to: string;
  cause: 'rest' | 'suspension';
  names: string[];
  weekend: boolean;
  suspension?: Suspension;
}

interface Walk {
  /** The last day reached. */
  date: string;
  runs: Run[];
  /** Swapped working days (调休上班) that were counted. */
  swapped: DayInfo[];
  provisionalYears: Set<number>;
}

interface Stretch {
  from: string;
  /** Exclusive. */
  to: string;
  suspension: Suspension;
}

function suspendedBy(stretches: Stretch[], date: string): Stretch | undefined {
  return stretches.find((s) => s.from <= date && date < s.to);
}

function note(walk: Walk, day: DayInfo): void {
  if (day.provisional) walk.provisionalYears.add(Number(day.date.slice(0, 4)));
}

function pushRun(walk: Walk, date: string, cause: Run['cause'], day: DayInfo | null, stretch?: Stretch): void {
  const last = walk.runs[walk.runs.length - 1];
  const adjacent = last && addCalendarDays(last.to, 1) === date && last.cause === cause;
  const sameSuspension = cause === 'rest' || last?.suspension === stretch?.suspension;
  if (adjacent && sameSuspension) {
    last.to = date;
    if (day?.name && !last.names.includes(day.name)) last.names.push(day.name);
    if (day?.reason === 'weekend') last.weekend = true;
    return;
  }
  walk.runs.push({
    from: date,
    to: date,
    cause,
    names: day?.name ? [day.name] : [],
    weekend: day?.reason === 'weekend',
    suspension: stretch?.suspension,
  });
}

/**
 * Walks forward from `walk.date` until `n` more days have counted. A day counts when it is not suspended and, for
 * working days, is a working day. n = 0 leaves the walk where it is.
 */
function advance(walk: Walk, n: number, working: boolean, calendar: WorkingCalendar, stretches: Stretch[]): void {
  let counted = 0;
  while (counted < n) {
    const date = addCalendarDays(walk.date, 1);
    walk.date = date;
    const stretch = suspendedBy(stretches, date);
    if (stretch) {
      pushRun(walk, date, 'suspension', null, stretch);
      continue;
    }
    if (working) {
      const day = calendar.day(date);
      note(walk, day);
      if (!day.working) {
        pushRun(walk, date, 'rest', day);
        continue;
      }
      if (day.reason === 'swapped_workday') walk.swapped.push(day);
    }
    counted++;
  }
}

// ---- input -----------------------------------------------------------------------------------------------------

function checkDate(field: string, value: string): void {
  if (typeof value !== 'string' || !isIsoDate(value)) throw new DeadlineInputError(field, 'invalid_date');
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** An hour rule's start: ISO date-time; without an offset it is Asia/Shanghai time. Returns epoch ms. */
function parseInstant(value: string): number {
  const m = DATE_TIME.exec(value.trim());
  if (!m || !isIsoDate(m[1])) throw new DeadlineInputError('start', 'deadline_start_datetime');
  const [hh, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hh > 23 || mm > 59 || ss > 59) throw new DeadlineInputError('start', 'deadline_start_datetime');
  let offset = m[5] ?? '+08:00';
  if (offset !== 'Z' && !offset.includes(':')) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const ms = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${String(ss).padStart(2, '0')}${offset}`);
  if (Number.isNaN(ms)) throw new DeadlineInputError('start', 'deadline_start_datetime');
  return ms;
}

/** Epoch ms → ISO date-time in Asia/Shanghai (+08:00), seconds precision. */
export function shanghaiDateTime(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

interface Limits {
  amount: number;
  extensionMax: number;
}

function limitsOf(rule: DeadlineRule, settings: DeadlineSettings | undefined): Limits {
  let amount = rule.amount;
  let extensionMax = rule.extension?.max ?? 0;
  const cfg = rule.configurable;
  if (settings?.amount !== undefined) {
    if (!cfg?.amount) throw new DeadlineInputError('settings.amount', 'deadline_setting_not_configurable');
    if (!Number.isInteger(settings.amount) || settings.amount < cfg.amount.min || settings.amount > cfg.amount.max)
      throw new DeadlineInputError('settings.amount', 'deadline_setting_range', cfg.amount);
    amount = settings.amount;
  }
  if (settings?.extensionMax !== undefined) {
    if (!cfg?.extensionMax) throw new DeadlineInputError('settings.extensionMax', 'deadline_setting_not_configurable');
    const v = settings.extensionMax;
    if (!Number.isInteger(v) || v < cfg.extensionMax.min || v > cfg.extensionMax.max)
      throw new DeadlineInputError('settings.extensionMax', 'deadline_setting_range', cfg.extensionMax);
    extensionMax = v;
  }
  return { amount, extensionMax };
}

/** Validated, clipped to after the start, sorted and merged where they overlap. */
function stretchesOf(rule: DeadlineRule, start: string, list: Suspension[], asOf: string | undefined): Stretch[] {
  if (list.length === 0) return [];
  if (!rule.suspensionsAllowed) throw new DeadlineInputError('suspensions', 'deadline_suspension_not_allowed');
  const out: Stretch[] = [];
  for (const s of list) {
    checkDate('suspensions', s.from);
    if (s.to !== null) {
      checkDate('suspensions', s.to);
      if (s.to < s.from) throw new DeadlineInputError('suspensions', 'deadline_suspension_order');
    }
    if (s.from < start) throw new DeadlineInputError('suspensions', 'deadline_suspension_before_start', { start });
    const end = s.to ?? addCalendarDays(asOf && asOf > s.from ? asOf : s.from, 1);
    if (end > s.from) out.push({ from: s.from, to: end, suspension: s });
  }
  out.sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < out.length; i++) {
    if (out[i].from < out[i - 1].to) throw new DeadlineInputError('suspensions', 'deadline_suspension_overlap');
  }
  return out;
}

function checkExtensions(rule: DeadlineRule, start: string, list: Extension[], max: number): Extension[] {
  if (list.length === 0) return [];
  if (!rule.extension) throw new DeadlineInputError('extensions', 'deadline_extension_not_allowed');
  let total = 0;
  for (const e of list) {
    if (!Number.isInteger(e.amount) || e.amount < 1)
      throw new DeadlineInputError('extensions', 'deadline_extension_amount');
    checkDate('extensions', e.approvedOn);
    if (e.approvedOn < start) throw new DeadlineInputError('extensions', 'deadline_extension_before_start', { start });
    if (!e.reason || !e.reason.trim()) throw new DeadlineInputError('extensions', 'deadline_extension_reason');
    total += e.amount;
  }
  if (total > max) {
    throw new DeadlineInputError('extensions', 'deadline_extension_over_max', {
      max,
      unit: UNIT_ZH[rule.extension.unit],
      unitEn: UNIT_EN[rule.extension.unit],
    });
  }
  return [...list].sort((a, b) => a.approvedOn.localeCompare(b.approvedOn));
}

// ---- explanation ----------------------------------------------------------------------------------------------

function restRunStep(run: Run, kind: 'skip' | 'roll_forward'): ExplanationStep {
  const days = daysBetween(run.from, run.to) + 1;
  const label: Text =
    run.names.length > 0
      ? {
          zh: `${run.weekend ? '周末及' : ''}${run.names.join('、')}假期`,
          en: `${run.weekend ? 'weekend and ' : ''}${run.names.join(', ')} holiday`,
        }
      : { zh: '周末', en: 'weekend' };
  const tail = kind === 'skip' ? { zh: '不计', en: ' not counted' } : { zh: '，非工作日', en: ', not a working day' };
  return {
    kind,
    date: run.from,
    text: {
      zh: `${range(run.from, run.to, true)} ${label.zh}（${days}天）${tail.zh}`,
      en: `${range(run.from, run.to, false)} ${label.en} (${days} day${days > 1 ? 's' : ''})${tail.en}`,
    },
  };
}

function suspensionStep(run: Run): ExplanationStep {
  const days = daysBetween(run.from, run.to) + 1;
  const why = run.suspension?.reason ? `：${run.suspension.reason}` : '';
  const whyEn = run.suspension?.reason ? `: ${run.suspension.reason}` : '';
  return {
    kind: 'suspension',
    date: run.from,
    text: {
      zh: `${range(run.from, run.to, true)} 期限中止（${days}天）不计${why}`,
      en: `${range(run.from, run.to, false)} suspended (${days} day${days > 1 ? 's' : ''}), not counted${whyEn}`,
    },
  };
}

/** The skipped runs and the counted swapped working days of a walk, in date order. */
function walkSteps(walk: Walk): ExplanationStep[] {
  const steps = [
    ...walk.runs.map((r) => (r.cause === 'suspension' ? suspensionStep(r) : restRunStep(r, 'skip'))),
    ...swappedSteps(walk),
  ];
  return steps.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

function swappedSteps(walk: Walk): ExplanationStep[] {
  return walk.swapped.map((d) => ({
    kind: 'count' as const,
    date: d.date,
    text: {
      zh: `${d.date}（${wzh(d.date)}）为调休上班日${d.name ? `（${d.name}）` : ''}，计入`,
      en: `${d.date} (${wen(d.date)}) is a swapped working day, counted`,
    },
  }));
}

// ---- compute --------------------------------------------------------------------------------------------------

export function computeDeadline(input: DeadlineInput): DeadlineResult {
  if (typeof input.rule !== 'string' || !isDeadlineRuleId(input.rule))
    throw new DeadlineInputError('rule', 'deadline_rule_unknown');
  const rule = DEADLINE_RULES[input.rule];
  const limits = limitsOf(rule, input.settings);
  if (input.asOf !== undefined) checkDate('asOf', input.asOf);
  if (rule.unit === 'hours') return computeHours(rule, input, limits);
  if (typeof input.start !== 'string' || !isIsoDate(input.start)) throw new DeadlineInputError('start', 'invalid_date');
  if (rule.direction === 'before') return computeBefore(rule, input, limits);
  return computeAfter(rule, input, limits);
}

function computeHours(rule: DeadlineRule, input: DeadlineInput, limits: Limits): DeadlineResult {
  if ((input.suspensions ?? []).length > 0)
    throw new DeadlineInputError('suspensions', 'deadline_suspension_not_allowed');
  if ((input.extensions ?? []).length > 0) throw new DeadlineInputError('extensions', 'deadline_extension_not_allowed');
  const startMs = parseInstant(input.start);
  const start = shanghaiDateTime(startMs);
  const dueAt = shanghaiDateTime(startMs + limits.amount * 3_600_000);
  const due = dueAt.slice(0, 10);
  const show = (s: string) => `${s.slice(0, 10)} ${s.slice(11, 16)}`;
  const steps: ExplanationStep[] = [
    {
      kind: 'start',
      date: start.slice(0, 10),
      text: {
        zh: `起算时刻 ${show(start)}（北京时间）：${rule.startEvent.zh}`,
        en: `Starts at ${show(start)} (Beijing time): ${rule.startEvent.en}`,
      },
    },
    {
      kind: 'count',
      date: due,
      text: {
        zh: `按钟点连续计算 ${limits.amount} 小时，节假日照常计算，至 ${show(dueAt)}`,
        en: `${limits.amount} clock hours, holidays included, until ${show(dueAt)}`,
      },
    },
    { kind: 'note', text: rule.note },
  ];
  return {
    rule: rule.id,
    due,
    dueAt,
    provisional: false,
    flags: [],
    calendarVersion: input.calendar.version,
    explanation: {
      ...explanationHead(rule, start, limits.amount),
      steps,
      summary: {
        zh: `${rule.basis}：${rule.title.zh}，自 ${show(start)} 起 ${limits.amount} 小时内，截止于 ${show(dueAt)}（北京时间）。`,
        en: `${rule.title.en} (${rule.statute.en}): within ${limits.amount} hours of ${show(start)}, by ${show(dueAt)} Beijing time.`,
      },
    },
  };
}

function explanationHead(rule: DeadlineRule, start: string, amount: number) {
  return { title: rule.title, basis: rule.basis, start, unit: rule.unit, amount };
}

function startStep(rule: DeadlineRule, start: string): ExplanationStep {
  return {
    kind: 'start',
    date: start,
    text: {
      zh: `起算日 ${start}（${wzh(start)}）：${rule.startEvent.zh}；当日不计入，自次日起算`,
      en: `Start ${start} (${wen(start)}): ${rule.startEvent.en}; that day is not counted, counting begins the next day`,
    },
  };
}

function provisionalStep(years: Set<number>): ExplanationStep {
  const list = [...years].sort((a, b) => a - b).join('、');
  const listEn = [...years].sort((a, b) => a - b).join(', ');
  return {
    kind: 'provisional',
    text: {
      zh: `${list} 年的节假日安排尚未公布（录入），相关日期仅按周末推算，结果为暂定；公布后将重新计算`,
      en: `The holiday arrangements for ${listEn} are not published (entered) yet: those days were judged on weekends alone and the result is provisional; it is recomputed when they are entered`,
    },
  };
}

function computeAfter(rule: DeadlineRule, input: DeadlineInput, limits: Limits): DeadlineResult {
  const { calendar, start } = input;
  const stretches = stretchesOf(rule, start, input.suspensions ?? [], input.asOf);
  const extensions = checkExtensions(rule, start, input.extensions ?? [], limits.extensionMax);
  const working = rule.unit === 'working_days';
  const walk: Walk = { date: start, runs: [], swapped: [], provisionalYears: new Set() };
  const steps: ExplanationStep[] = [startStep(rule, start)];
  const flags = new Set<string>();

  // The statutory period.
  let plain = '';
  let monthsNote: Text | null = null;
  if (rule.unit === 'months') {
    plain = addCalendarMonths(start, limits.amount);
    const clamped = Number(plain.slice(8)) !== Number(start.slice(8));
    monthsNote = clamped
      ? {
          zh: `${limits.amount} 个月后没有对应日，以该月最后一日 ${plain} 为对应日`,
          en: `${limits.amount} months later has no such day: the month's last day ${plain} is taken`,
        }
      : {
          zh: `${limits.amount} 个月后的对应日为 ${plain}`,
          en: `The same day ${limits.amount} months later is ${plain}`,
        };
    advance(walk, daysBetween(start, plain), false, calendar, stretches);
  } else {
    advance(walk, limits.amount, working, calendar, stretches);
  }
  steps.push(...walkSteps(walk));
  walk.runs = [];
  walk.swapped = [];
  if (monthsNote) steps.push({ kind: 'count', date: plain, text: monthsNote });
  const periodEnd = walk.date;
  steps.push({
    kind: 'count',
    date: periodEnd,
    text: {
      zh: `计满 ${qty(limits.amount, rule.unit).zh}，期间最后一日为 ${periodEnd}（${wzh(periodEnd)}）`,
      en: `${qty(limits.amount, rule.unit).en} counted: the period's last day is ${periodEnd} (${wen(periodEnd)})`,
    },
  });

  // Approved extensions, each from where the period then stood; approval must come before that day ended.
  let current = periodEnd;
  const extUnit = rule.extension?.unit ?? rule.unit;
  for (const e of extensions) {
    if (e.approvedOn > current) {
      throw new DeadlineInputError('extensions', 'deadline_extension_too_late', {
        due: current,
        approvedOn: e.approvedOn,
      });
    }
    advance(walk, e.amount, extUnit === 'working_days', calendar, stretches);
    steps.push({
      kind: 'extension',
      date: e.approvedOn,
      text: {
        zh: `${e.approvedOn} 经${rule.extension!.approver.zh}批准延长 ${qty(e.amount, extUnit).zh}（${e.reason}），延至 ${walk.date}（${wzh(walk.date)}）`,
        en: `${e.approvedOn}: ${rule.extension!.approver.en} approved ${qty(e.amount, extUnit).en} more (${e.reason}), to ${walk.date} (${wen(walk.date)})`,
      },
    });
    steps.push(...walkSteps(walk));
    walk.runs = [];
    walk.swapped = [];
    current = walk.date;
    flags.add('extended');
  }

  // A last day on a rest day moves to the next working day, where the rule says so.
  let due = walk.date;
  if (rule.rollForward) {
    const last = calendar.day(due);
    note(walk, last);
    if (last.reason === 'swapped_workday') {
      steps.push({
        kind: 'note',
        date: due,
        text: {
          zh: `${due}（${wzh(due)}）为调休上班日，不是法定休假日，不顺延`,
          en: `${due} (${wen(due)}) is a swapped working day, not a rest day: no roll-forward`,
        },
      });
    }
    if (!last.working) {
      const roll: Walk = { date: due, runs: [], swapped: [], provisionalYears: walk.provisionalYears };
      pushRun(roll, due, 'rest', last);
      advance(roll, 1, true, calendar, []);
      due = roll.date;
      for (const r of roll.runs) steps.push(restRunStep(r, 'roll_forward'));
      steps.push({
        kind: 'roll_forward',
        date: due,
        text: {
          zh: `期满日为法定休假日，顺延至其后第一个工作日 ${due}（${wzh(due)}）（${CIVIL_RULE}）`,
          en: `The last day is a rest day: the period ends on the next working day, ${due} (${wen(due)}) (Civil Procedure Law, Art. 85)`,
        },
      });
      flags.add('rolled_forward');
    }
  }

  if (stretches.length > 0) flags.add('suspended');
  const running = stretches.find((s) => s.suspension.to === null);
  if (running) {
    flags.add('still_suspended');
    steps.push({
      kind: 'suspension',
      date: running.from,
      text: {
        zh: `中止自 ${running.from} 起尚未结束：按 ${addCalendarDays(running.to, -1)} 之后恢复计算，期满日至少为 ${due}；恢复后重新计算`,
        en: `Suspended since ${running.from} and not yet resumed: assuming it resumes after ${addCalendarDays(running.to, -1)}, the period ends no earlier than ${due}; recompute on resumption`,
      },
    });
  }
  const provisional = walk.provisionalYears.size > 0;
  if (provisional) {
    flags.add('provisional_calendar');
    steps.push(provisionalStep(walk.provisionalYears));
  }
  steps.push({ kind: 'note', text: rule.note });

  const total = limits.amount;
  const extTotal = extensions.reduce((n, e) => n + e.amount, 0);
  const extZh = extTotal > 0 ? `，经批准延长 ${qty(extTotal, extUnit).zh}` : '';
  const extEn = extTotal > 0 ? `, extended by ${qty(extTotal, extUnit).en}` : '';
  return {
    rule: rule.id,
    due,
    dueAt: null,
    provisional,
    flags: [...flags],
    calendarVersion: calendar.version,
    explanation: {
      ...explanationHead(rule, start, total),
      steps,
      summary: {
        zh: `${rule.basis}：${rule.title.zh}，自 ${start} 起 ${qty(total, rule.unit).zh}${extZh}，期满日为 ${due}（${wzh(due)}）${provisional ? '（暂定）' : ''}。`,
        en: `${rule.title.en} (${rule.statute.en}): ${qty(total, rule.unit).en} from ${start}${extEn}; due ${due} (${wen(due)})${provisional ? ' (provisional)' : ''}.`,
      },
    },
  };
}

const CIVIL_RULE = '民事诉讼法第八十五条';

/**
 * A period before an event (XZCF-64-NOTICE): `start` is the hearing day; the due date is the latest day to act so
 * that `amount` whole working days lie strictly between the act and the event.
 */
function computeBefore(rule: DeadlineRule, input: DeadlineInput, limits: Limits): DeadlineResult {
  if ((input.suspensions ?? []).length > 0)
    throw new DeadlineInputError('suspensions', 'deadline_suspension_not_allowed');
  if ((input.extensions ?? []).length > 0) throw new DeadlineInputError('extensions', 'deadline_extension_not_allowed');
  const { calendar, start } = input;
  const years = new Set<number>();
  const runs: Run[] = [];
  const swapped: DayInfo[] = [];
  let date = start;
  let counted = 0;
  let firstCounted = start;
  while (counted < limits.amount) {
    date = addCalendarDays(date, -1);
    const day = calendar.day(date);
    if (day.provisional) years.add(Number(date.slice(0, 4)));
    if (!day.working) {
      const last = runs[runs.length - 1];
      if (last && addCalendarDays(last.from, -1) === date) {
        last.from = date;
        if (day.name && !last.names.includes(day.name)) last.names.unshift(day.name);
        if (day.reason === 'weekend') last.weekend = true;
      } else {
        runs.push({
          from: date,
          to: date,
          cause: 'rest',
          names: day.name ? [day.name] : [],
          weekend: day.reason === 'weekend',
        });
      }
      continue;
    }
    if (day.reason === 'swapped_workday') swapped.push(day);
    counted++;
    firstCounted = date;
  }
  const due = addCalendarDays(firstCounted, -1);
  const steps: ExplanationStep[] = [
    {
      kind: 'start',
      date: start,
      text: {
        zh: `${rule.startEvent.zh} ${start}（${wzh(start)}）：当日不计入，自前一日往前数`,
        en: `${rule.startEvent.en}: ${start} (${wen(start)}); not counted, counting back from the day before`,
      },
    },
    ...[
      ...runs.map((r) => restRunStep(r, 'skip')),
      ...swappedSteps({ date: start, runs: [], swapped, provisionalYears: years }),
    ].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
    {
      kind: 'count',
      date: firstCounted,
      text: {
        zh: `往前第 ${limits.amount} 个工作日为 ${firstCounted}（${wzh(firstCounted)}）；通知日不计入，最迟须在其前一日 ${due}（${wzh(due)}）通知`,
        en: `The ${limits.amount}th working day back is ${firstCounted} (${wen(firstCounted)}); the notice day does not count, so notify by the day before, ${due} (${wen(due)})`,
      },
    },
  ];
  const provisional = years.size > 0;
  if (provisional) steps.push(provisionalStep(years));
  steps.push({ kind: 'note', text: rule.note });
  return {
    rule: rule.id,
    due,
    dueAt: null,
    provisional,
    flags: provisional ? ['provisional_calendar'] : [],
    calendarVersion: calendar.version,
    explanation: {
      ...explanationHead(rule, start, limits.amount),
      steps,
      summary: {
        zh: `${rule.basis}：听证日为 ${start}，最迟应于 ${due}（${wzh(due)}）通知当事人${provisional ? '（暂定）' : ''}。`,
        en: `${rule.title.en} (${rule.statute.en}): for a hearing on ${start}, notify by ${due} (${wen(due)})${provisional ? ' (provisional)' : ''}.`,
      },
    },
  };
}
