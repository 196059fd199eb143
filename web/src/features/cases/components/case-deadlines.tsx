// 期限: every deadline of the case with its rule and article, start → due, status, and the deadline engine's own
// explanation (each counted, skipped or suspended day) behind an expander, so that an officer or a supervisor can
// check the date by hand.
import { Collapse, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import type { CaseDeadlineView } from '../../../../../contracts/case';
import {
  DEADLINE_FLAG_LABELS,
  DEADLINE_UNIT_LABELS,
  type DeadlineFlag,
  type DeadlineResultView,
} from '../../../../../contracts/deadline';
import { DEADLINE_RULE_LABELS } from '../../../../../contracts/procedure-labels';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { DueDate, type DueWindow } from './parts';

type Explanation = DeadlineResultView['explanation'];

const isExplanation = (e: unknown): e is Explanation =>
  !!e && typeof e === 'object' && Array.isArray((e as Explanation).steps) && !!(e as Explanation).summary;

const STATUS_COLORS: Record<CaseDeadlineView['status'], string> = {
  running: 'processing',
  met: 'success',
  missed: 'error',
  cancelled: 'default',
};

const STEP_COLORS: Record<string, string> = {
  start: 'blue',
  count: 'gray',
  skip: 'orange',
  suspension: 'purple',
  extension: 'cyan',
  roll_forward: 'orange',
  provisional: 'gold',
  note: 'gray',
};

export function CaseDeadlines({ deadlines, window }: { deadlines: CaseDeadlineView[]; window: DueWindow }) {
  const { t, label } = useI18n();
  if (!deadlines.length)
    return <Empty description={t('尚无期限', 'No deadlines yet')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const statusLabel: Record<CaseDeadlineView['status'], string> = {
    running: t('计时中', 'Running'),
    met: t('已完成', 'Met'),
    missed: t('已超期', 'Missed'),
    cancelled: t('已取消', 'Cancelled'),
  };
  const sorted = [...deadlines].sort(
    (a, b) => Number(b.status === 'running') - Number(a.status === 'running') || a.dueOn.localeCompare(b.dueOn),
  );
  return (
    <Collapse
      data-testid="case-deadlines"
      items={sorted.map((d) => ({
        key: `${d.slot}-${d.rule}-${d.startOn}`,
        label: (
          <Flex
            gap={8}
            wrap
            align="center"
            data-testid="case-deadline"
            data-rule={d.rule}
            data-slot={d.slot}
            data-status={d.status}
            data-due={d.dueOn}
          >
            <Tag color="geekblue" style={{ fontFamily: 'monospace', marginInlineEnd: 0 }}>
              {d.rule}
            </Tag>
            <Typography.Text strong>{label(d.title, label(DEADLINE_RULE_LABELS[d.rule]))}</Typography.Text>
            <Tag color={STATUS_COLORS[d.status]} style={{ marginInlineEnd: 0 }}>
              {statusLabel[d.status]}
            </Tag>
            {d.late && (
              <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid="case-deadline-late">
                {t('逾期', 'Late')}
              </Tag>
            )}
          </Flex>
        ),
        extra: (
          <span style={{ fontSize: 13 }}>
            {d.startOn} →{' '}
            {d.status === 'running' ? (
              <DueDate dueOn={d.dueOn} provisional={d.provisional} overdue={d.late} window={window} />
            ) : (
              <span>
                {d.dueOn}
                {d.provisional && (
                  <Tag color="gold" style={{ marginInlineStart: 6 }}>
                    {t('暂定', 'Provisional')}
                  </Tag>
                )}
              </span>
            )}
          </span>
        ),
        children: <DeadlineDetail deadline={d} />,
      }))}
    />
  );
}

function DeadlineDetail({ deadline: d }: { deadline: CaseDeadlineView }) {
  const { t, label } = useI18n();
  const e = d.explanation;
  return (
    <div data-testid="case-deadline-explanation">
      <Flex gap={16} wrap style={{ marginBottom: 8, fontSize: 13 }}>
        <span>
          {t('依据：', 'Basis: ')}
          {d.basis || DEADLINE_RULE_LABELS[d.rule]?.article}
        </span>
        {d.dueAt && (
          <span>
            {t('截止时刻：', 'Due at: ')}
            {formatDateTime(d.dueAt)}
          </span>
        )}
        {d.metOn && (
          <span>
            {t('完成日期：', 'Met on: ')}
            {d.metOn}
          </span>
        )}
        <span className="xz-muted">
          {t('日历版本：', 'Calendar version: ')}
          {d.calendarVersion}
        </span>
      </Flex>
      {d.flags.length > 0 && (
        <Flex gap={4} wrap style={{ marginBottom: 8 }}>
          {d.flags.map((f) => (
            <Tag key={f} color="gold">
              {label(DEADLINE_FLAG_LABELS[f as DeadlineFlag], f)}
            </Tag>
          ))}
        </Flex>
      )}
      {isExplanation(e) ? (
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="case-deadline-period">
            {t(
              `期间：自 ${e.start} 起 ${e.amount} ${label(DEADLINE_UNIT_LABELS[e.unit], e.unit)}`,
              `Period: ${e.amount} ${label(DEADLINE_UNIT_LABELS[e.unit], e.unit)} from ${e.start}`,
            )}
          </Typography.Paragraph>
          <Timeline
            style={{ marginTop: 8 }}
            items={e.steps.map((s, i) => ({
              key: i,
              color: STEP_COLORS[s.kind] ?? 'gray',
              content: (
                <span data-testid="case-deadline-step" data-kind={s.kind}>
                  {s.date && (
                    <Typography.Text code style={{ marginInlineEnd: 6 }}>
                      {s.date}
                    </Typography.Text>
                  )}
                  {label(s.text)}
                </span>
              ),
            }))}
          />
          <Typography.Text strong>{label(e.summary)}</Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('无计算说明', 'No explanation recorded')}</Typography.Text>
      )}
    </div>
  );
}
