// 年度备案 (/annual-filings?year=2026): for a year, every agency that must file × the plans it must file, with the
// state and whether it came in by 31 March (Asia/Shanghai). Agencies see their own rows and draft, document and
// submit their plans; the justice bureau sees the whole tenant and accepts or returns each filing.
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Flex, Segmented, Select, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  ANNUAL_FILING_KINDS,
  ANNUAL_FILING_KIND_LABELS,
  OVERVIEW_STATUS_LABELS,
  TIMELINESS_LABELS,
  type AnnualFilingKind,
  type AnnualFilingOverview,
  type OverviewCell,
  type OverviewStatus,
  type Timeliness,
} from '../../../../../contracts/annual-filing';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useCreateFiling, useFilingOverview } from '../api';
import { FilingDrawer } from './filing-drawer';

type Row = AnnualFilingOverview['rows'][number];
type Filter = 'all' | 'missing' | 'late' | 'review' | 'returned';

export const STATUS_COLORS: Record<OverviewStatus, string> = {
  missing: 'default',
  draft: 'processing',
  submitted: 'gold',
  returned: 'error',
  accepted: 'success',
};
export const TIMELINESS_COLORS: Record<Timeliness, string> = {
  on_time: 'green',
  late: 'orange',
  overdue: 'red',
  pending: 'default',
};

const cellMatches = (c: OverviewCell, f: Filter) =>
  f === 'all' ||
  (f === 'missing' && (c.status === 'missing' || c.status === 'draft')) ||
  (f === 'late' && (c.timeliness === 'late' || c.timeliness === 'overdue')) ||
  (f === 'review' && c.status === 'submitted') ||
  (f === 'returned' && c.status === 'returned');

export function AnnualFilingsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const thisYear = Number(formatDate(new Date()).slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear;
  const [filter, setFilter] = useState<Filter>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  const overview = useFilingOverview(year);
  const create = useCreateFiling();
  const data = overview.data;
  const kinds = useMemo(
    () => ANNUAL_FILING_KINDS.filter((k) => data?.rows.some((r) => r.cells.some((c) => c.kind === k))),
    [data],
  );
  const rows = useMemo(
    () => (data?.rows ?? []).filter((r) => r.cells.some((c) => cellMatches(c, filter))),
    [data, filter],
  );
  const pastDue = !!data && data.today > data.dueDate;

  const draft = (row: Row, kind: AnnualFilingKind) =>
    create.mutate(
      { agencyId: row.agency.id, year, kind },
      {
        onSuccess: (view) => {
          message.success(t('已起草，请填写并上传计划文件', 'Drafted: fill it in and upload the plan'));
          setOpenId(view.id);
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );

  const cell = (row: Row, kind: AnnualFilingKind) => {
    const c = row.cells.find((x) => x.kind === kind);
    if (!c) return <Typography.Text type="secondary">{t('无须报送', 'Not required')}</Typography.Text>;
    return (
      <Flex
        vertical
        gap={4}
        align="flex-start"
        data-testid="filing-cell"
        data-agency={row.agency.name}
        data-kind={kind}
        data-status={c.status}
        data-timeliness={c.timeliness}
      >
        <Flex gap={4} wrap>
          <Tag color={STATUS_COLORS[c.status]}>{label(OVERVIEW_STATUS_LABELS[c.status])}</Tag>
          {c.timeliness !== 'pending' && (
            <Tooltip
              title={
                c.firstSubmittedAt
                  ? t(
                      `首次报送：${formatDate(c.firstSubmittedAt)}（以首次报送时间判断是否按时）`,
                      `First submitted ${formatDate(c.firstSubmittedAt)} (timeliness follows the first submission)`,
                    )
                  : t(`截止 ${data?.dueDate} 仍未报送`, `Not submitted by ${data?.dueDate}`)
              }
            >
              <Tag color={TIMELINESS_COLORS[c.timeliness]}>{label(TIMELINESS_LABELS[c.timeliness])}</Tag>
            </Tooltip>
          )}
        </Flex>
        {c.filingId ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => setOpenId(c.filingId)}
            data-testid="filing-open"
          >
            {t('查看', 'Open')}
          </Button>
        ) : (
          row.canFile && (
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              loading={
                create.isPending && create.variables?.agencyId === row.agency.id && create.variables.kind === kind
              }
              onClick={() => draft(row, kind)}
              data-testid="filing-draft"
            >
              {t('起草', 'Draft')}
            </Button>
          )
        )}
      </Flex>
    );
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('执法单位', 'Agency'),
      key: 'agency',
      width: 240,
      fixed: 'left',
      render: (_, r) => r.agency.name.replace(/^香格里拉市/, ''),
    },
    ...kinds.map((k) => ({
      title: label(ANNUAL_FILING_KIND_LABELS[k]),
      key: k,
      render: (_: unknown, r: Row) => cell(r, k),
    })),
  ];

  const c = data?.counts;
  return (
    <Page
      title={t('年度备案', 'Annual filings')}
      description={t(
        '各行政执法单位于每年第一季度（3 月 31 日前）向司法局报送年度行政执法工作计划和执法培训计划，乡镇还须报送综合行政执法队伍培训计划（香格里拉市司法局 2024 年 6 月 26 日通知；《行政执法监督条例》）。',
        'Each enforcement agency files its yearly enforcement work plan and training plan with the justice bureau in the first quarter (by 31 March); townships also file their squad’s training plan (迪庆州 notice of 2024-06-26; Enforcement Supervision Regulation).',
      )}
      testId="annual-filings-page"
      extra={
        <Select
          value={year}
          style={{ width: 120 }}
          onChange={(y) => setParams({ year: String(y) })}
          options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({
            value: y,
            label: t(`${y} 年`, String(y)),
          }))}
          data-testid="filing-year"
        />
      }
    >
      {overview.error && <ErrorAlert error={overview.error} />}
      {data && (
        <Alert
          type={pastDue && c!.overdue > 0 ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="filing-deadline"
          title={
            pastDue
              ? t(
                  `${year} 年度备案截止日为 ${data.dueDate}，已过期：${c!.overdue} 项逾期未报，${c!.late} 项逾期报送。`,
                  `The ${year} filings were due on ${data.dueDate}: ${c!.overdue} overdue, ${c!.late} filed late.`,
                )
              : t(
                  `${year} 年度备案截止日为 ${data.dueDate}（以北京时间首次报送时间为准；退回后重新报送不影响是否按时）。`,
                  `The ${year} filings are due on ${data.dueDate} (Beijing time of the first submission; a resubmission after a return keeps it).`,
                )
          }
        />
      )}
      {c && (
        <Card style={{ marginBottom: 12 }} styles={{ body: { padding: '12px 24px' } }}>
          <Flex gap={40} wrap data-testid="filing-counts">
            <Statistic title={t('应报', 'Required')} value={c.required} />
            <Statistic title={t('已接收', 'Accepted')} value={c.accepted} styles={{ content: { color: '#389e0d' } }} />
            <Statistic title={t('待接收', 'Awaiting review')} value={c.submitted} />
            <Statistic title={t('已退回', 'Returned')} value={c.returned} styles={{ content: { color: '#cf1322' } }} />
            <Statistic title={t('未提交（含草稿）', 'Not filed (incl. drafts)')} value={c.missing + c.draft} />
            <Statistic
              title={t('3月31日前报送', 'Filed by 31 March')}
              value={c.onTime}
              styles={{ content: { color: '#389e0d' } }}
            />
            <Statistic title={t('逾期报送', 'Filed late')} value={c.late} styles={{ content: { color: '#d46b08' } }} />
            <Statistic title={t('逾期未报', 'Overdue')} value={c.overdue} styles={{ content: { color: '#cf1322' } }} />
          </Flex>
        </Card>
      )}
      <Card styles={{ body: { paddingTop: 12 } }}>
        <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            data-testid="filing-filter"
            options={[
              { value: 'all', label: t('全部', 'All') },
              { value: 'review', label: t('待接收', 'Awaiting review') },
              { value: 'missing', label: t('未提交', 'Not filed') },
              { value: 'late', label: t('逾期', 'Late or overdue') },
              { value: 'returned', label: t('已退回', 'Returned') },
            ]}
          />
          {data?.canReview && (
            <Typography.Text type="secondary">
              {t(
                '点击“查看”打开备案，接收或退回（退回须写明意见）。',
                'Open a filing to accept or return it (a return needs comments).',
              )}
            </Typography.Text>
          )}
        </Flex>
        <Table<Row>
          rowKey={(r) => r.agency.id}
          size="middle"
          loading={overview.isPending}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="filing-overview"
          onRow={(r) => ({ 'data-agency': r.agency.name }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: t('没有须报送年度备案的单位', 'No agencies that must file') }}
        />
      </Card>
      <FilingDrawer id={openId} onClose={() => setOpenId(null)} />
    </Page>
  );
}
