// Small pieces the benchmark pages share: version state tags, the levels table, money in 元, today's date.
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  describePenalty,
  type BenchmarkContentView,
  type BenchmarkSummary,
  type BenchmarkVersionSummary,
} from '../../../../../contracts/benchmark';
import { useI18n } from '../../../lib/i18n';

/** Today in Asia/Shanghai (YYYY-MM-DD), the calendar legal dates use. */
export const shanghaiToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

export const fenToYuan = (fen: number | undefined | null) =>
  fen === undefined || fen === null ? undefined : fen / 100;
export const yuanToFen = (yuan: number | undefined | null) =>
  yuan === undefined || yuan === null ? undefined : Math.round(yuan * 100);

const STATE_COLORS: Record<BenchmarkVersionSummary['state'], string> = {
  draft: 'gold',
  in_force: 'success',
  scheduled: 'processing',
  superseded: 'default',
};
export function VersionStateTag({ state }: { state: BenchmarkVersionSummary['state'] }) {
  const { t } = useI18n();
  const text = {
    draft: t('草稿', 'Draft'),
    in_force: t('施行中', 'In force'),
    scheduled: t('待施行', 'Scheduled'),
    superseded: t('已被替代', 'Superseded'),
  }[state];
  return (
    <Tag color={STATE_COLORS[state]} data-testid="version-state" data-state={state}>
      {text}
    </Tag>
  );
}

export function SummaryTags({ b }: { b: BenchmarkSummary }) {
  const { t } = useI18n();
  return (
    <Flex gap={4} wrap>
      {b.inForceVersionNo !== null && (
        <Tag color="success" data-testid="benchmark-in-force">
          {t(
            `施行中 第${b.inForceVersionNo}版（${b.inForceFrom} 起）`,
            `In force v${b.inForceVersionNo} since ${b.inForceFrom}`,
          )}
        </Tag>
      )}
      {b.scheduledVersionNo !== null && (
        <Tag color="processing">{t(`待施行 第${b.scheduledVersionNo}版`, `Scheduled v${b.scheduledVersionNo}`)}</Tag>
      )}
      {b.draftVersionNo !== null && (
        <Tag color="gold" data-testid="benchmark-draft">
          {t(`草稿 第${b.draftVersionNo}版`, `Draft v${b.draftVersionNo}`)}
        </Tag>
      )}
    </Flex>
  );
}

type LevelRow = BenchmarkContentView['levels'][number];

/** The levels of a version: circumstances (written and structured) and the penalties with their ranges. */
export function LevelsTable({ content }: { content: BenchmarkContentView }) {
  const { t, label } = useI18n();
  const columns: ColumnsType<LevelRow> = [
    {
      title: t('裁量档次', 'Level'),
      key: 'name',
      width: 90,
      render: (_, l) => <Tag color="blue">{label(l.name)}</Tag>,
    },
    {
      title: t('适用情形', 'Circumstances'),
      key: 'conditions',
      render: (_, l) => (
        <>
          <div>{l.conditionsText || <span className="xz-muted">—</span>}</div>
          {l.conditions ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="level-conditions-dsl">
              {t('结构化条件：', 'Structured: ')}
              {label(l.conditionsDsl)}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('（无结构化条件，由执法人员对照认定）', '(no structured conditions: found by the officer)')}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('处罚', 'Penalties'),
      key: 'penalties',
      width: '42%',
      render: (_, l) =>
        l.penalties.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {l.penalties.map((p) => (
              <li key={p.kind} data-testid="level-penalty" data-kind={p.kind}>
                {label(describePenalty(p))}
              </li>
            ))}
          </ul>
        ) : (
          <span className="xz-muted">{t('不予处罚', 'No penalty')}</span>
        ),
    },
  ];
  return (
    <Table
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={content.levels}
      pagination={false}
      bordered
      data-testid="levels-table"
    />
  );
}

export function CitationLine({ text, refs }: { text: string; refs: BenchmarkContentView['violatedRefs'] }) {
  const { t } = useI18n();
  return (
    <span>
      {text}
      {refs.length === 0 && (
        <Tag color="warning" style={{ marginInlineStart: 8 }}>
          {t('未关联条文', 'Not linked to the library')}
        </Tag>
      )}
      {refs.map((r) => (
        <Tag key={`${r.versionId}:${r.articleSeq}`} style={{ marginInlineStart: 8 }} title={r.text}>
          {r.lawTitle.replace(/^中华人民共和国/, '')}（{r.versionDate}）{r.label}
          {r.detail ?? ''}
        </Tag>
      ))}
    </span>
  );
}
