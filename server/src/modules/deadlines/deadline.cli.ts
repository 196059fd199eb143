// `xzzf deadline <rule> <start>`: a due date on a tenant's calendar and its explanation, in Chinese plain text (or
// JSON). The command's body lives here so that it is tested without spawning a process.
import { DEADLINE_FLAG_LABELS, DEADLINE_UNIT_LABELS, type DeadlineFlag } from '../../../../contracts/deadline';
import type { Executor } from '../../platform/db/client';
import { fieldLabel } from '../../platform/i18n/messages';
import { AppError, localize } from '../../platform/errors';
import { shanghaiDate } from '../../platform/legal-date';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import { computeDeadline, DeadlineInputError, type DeadlineResult, type Extension } from './deadline-compute';
import { DEADLINE_RULES, isDeadlineRuleId } from './deadline-rules';
import { loadDeadlineSettings, parseSuspensions } from './deadline.service';

export interface DeadlineCommandOptions {
  tenant: string;
  agency?: string;
  json?: boolean;
  suspensions?: string;
  extension?: string;
  approvedOn?: string;
}

/** Runs the command: the text to print and the exit code (0, or 2 for bad input). */
export async function deadlineCommand(
  db: Executor,
  rule: string,
  start: string,
  opts: DeadlineCommandOptions,
  now: Date,
): Promise<{ output: string; exitCode: number }> {
  try {
    if (!isDeadlineRuleId(rule)) throw new DeadlineInputError('rule', 'deadline_rule_unknown');
    const extensions: Extension[] = [];
    if (opts.extension !== undefined) {
      const amount = Number(opts.extension);
      extensions.push({ amount, approvedOn: opts.approvedOn ?? start, reason: '命令行试算' });
    }
    const [calendar, settings] = await Promise.all([
      loadWorkingCalendar(db, opts.tenant),
      loadDeadlineSettings(db, opts.tenant, opts.agency),
    ]);
    const result = computeDeadline({
      rule,
      start,
      calendar,
      suspensions: parseSuspensions(opts.suspensions),
      extensions,
      settings: settings[rule],
      asOf: shanghaiDate(now),
    });
    return { output: opts.json ? JSON.stringify(result, null, 2) : formatDeadline(result), exitCode: 0 };
  } catch (err) {
    if (err instanceof DeadlineInputError) {
      const message = localize(err.reason as never, err.params, 'zh');
      return { output: `输入有误（${fieldLabel(err.field, 'zh')}）：${message}`, exitCode: 2 };
    }
    if (err instanceof AppError) {
      const fields = Object.entries(err.fields).map(
        ([f, e]) => `${fieldLabel(f, 'zh')}：${localize(e.key, e.params ?? {}, 'zh')}`,
      );
      return { output: `输入有误：${fields.join('；') || localize(err.messageKey, err.params, 'zh')}`, exitCode: 2 };
    }
    throw err;
  }
}

/** The result as plain Chinese text: rule, basis, due date, flags, then the explanation step by step. */
export function formatDeadline(r: DeadlineResult): string {
  const rule = DEADLINE_RULES[r.rule];
  const e = r.explanation;
  const lines = [
    `${r.rule}  ${rule.statute.zh}：${e.title.zh}`,
    `依据：${e.basis}`,
    `起算：${e.start}    期限：${e.amount} ${DEADLINE_UNIT_LABELS[e.unit].zh}${rule.direction === 'before' ? '（之前）' : ''}`,
    `期满日：${r.dueAt ? `${r.dueAt.slice(0, 10)} ${r.dueAt.slice(11, 16)}（北京时间）` : r.due}${r.provisional ? '（暂定）' : ''}`,
  ];
  if (r.flags.length) {
    lines.push(`标记：${r.flags.map((f) => DEADLINE_FLAG_LABELS[f as DeadlineFlag]?.zh ?? f).join('、')}`);
  }
  lines.push('计算过程：');
  e.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${s.text.zh}`));
  lines.push(e.summary.zh, `（工作日历版本：${r.calendarVersion}）`);
  return lines.join('\n');
}
