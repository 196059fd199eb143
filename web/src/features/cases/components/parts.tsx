// Small pieces the case pages share: the state tag, the due date coloured by urgency, amounts in 元, and "today"
// with the end of the 3-working-day window.
import { useMemo } from 'react';
import { Tag, Tooltip } from 'antd';
import type { Label } from '../../../lib/i18n';
import { useI18n } from '../../../lib/i18n';
import { formatDate } from '../../../lib/format';
import { useCalendarDays } from '../api';
import { addDays, dueTone, thirdWorkingDayAfter, weekdaysAfter, type DueTone } from '../deadline-status';
import { formatFen } from '../money';

const STATE_COLORS: Record<string, string> = {
  closed: 'success',
  executed: 'cyan',
  in_review: 'purple',
  reviewed: 'purple',
  suspended: 'orange',
  referred: 'red',
};
const GREY_STATES = new Set(['terminated', 'withdrawn', 'not_opened', 'rejected', 'refused']);

export function CaseStateTag({ state, label: stateLabel, ended }: { state: string; label: Label; ended?: boolean }) {
  const { label } = useI18n();
  const color = STATE_COLORS[state] ?? (GREY_STATES.has(state) || ended ? 'default' : 'processing');
  return (
    <Tag color={color} data-testid="case-state-tag" data-state={state} style={{ marginInlineEnd: 0 }}>
      {label(stateLabel, state)}
    </Tag>
  );
}

export interface DueWindow {
  today: string;
  /** The last day of "due within 3 working days"; null until known. */
  soonUntil: string | null;
}

/** Today in Asia/Shanghai and the third working day after it, on the published calendar (weekdays if unreadable). */
export function useDueWindow(): DueWindow {
  const today = useMemo(() => formatDate(new Date()), []);
  const days = useCalendarDays(today, addDays(today, 30));
  const soonUntil = useMemo(() => {
    if (days.data) return thirdWorkingDayAfter(today, days.data.days);
    if (days.isError) return thirdWorkingDayAfter(today, weekdaysAfter(today, 30));
    return null;
  }, [days.data, days.isError, today]);
  return { today, soonUntil };
}

const TONE_COLORS: Record<DueTone, string | undefined> = { overdue: '#cf1322', soon: '#d46b08', normal: undefined };

/** A due date, red when past, orange within 3 working days, with a 暂定 tag when the year's calendar is not out. */
export function DueDate({
  dueOn,
  provisional,
  overdue,
  window,
  testId = 'case-due',
}: {
  dueOn: string;
  provisional?: boolean;
  overdue?: boolean;
  window: DueWindow;
  testId?: string;
}) {
  const { t } = useI18n();
  const tone = dueTone(dueOn, window.today, window.soonUntil, overdue);
  return (
    <span data-testid={testId} data-tone={tone} style={{ whiteSpace: 'nowrap' }}>
      <span
        style={{
          color: TONE_COLORS[tone],
          fontWeight: tone === 'normal' ? undefined : 600,
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {dueOn}
      </span>
      {tone === 'overdue' && (
        <Tag color="error" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
          {t('已逾期', 'Overdue')}
        </Tag>
      )}
      {tone === 'soon' && (
        <Tag color="warning" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
          {t('临期', 'Due soon')}
        </Tag>
      )}
      {provisional && (
        <Tooltip
          title={t(
            '该年度国务院节假日安排尚未录入，按周末推算，录入后自动重算',
            'The year’s holiday arrangements are not entered yet: counted on weekends, recomputed when entered',
          )}
        >
          <Tag color="gold" style={{ marginInlineStart: 6, marginInlineEnd: 0 }} data-testid="case-due-provisional">
            {t('暂定', 'Provisional')}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

/** An amount in fen shown as 元. */
export function Yuan({ fen, empty = '—' }: { fen: number | null | undefined; empty?: string }) {
  const { t } = useI18n();
  if (fen === null || fen === undefined) return <span className="xz-muted">{empty}</span>;
  return (
    <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {formatFen(fen)} {t('元', 'yuan')}
    </span>
  );
}
