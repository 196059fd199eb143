// 领导学法与出庭 (/leader-records?year=2026): legal study sessions of leading cadres (专题学法、集中学法、会前学法) and
// court appearances of agency heads (负责人出庭应诉, 行政诉讼法第三条第三款), with a yearly summary per agency for the
// evaluation. Agencies keep their own records; the justice bureau reads all and keeps the government's sessions.
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Progress,
  Select,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  CASE_OUTCOME_LABELS,
  LEADER_APPEARANCE_BASIS,
  LEADER_RANK_LABELS,
  STUDY_KIND_LABELS,
  type CourtAppearanceView,
  type LeaderSummaryRow,
  type StudySessionView,
} from '../../../../../contracts/leader-record';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ArticleRefTag } from '../../../components/citation-input';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import {
  downloadSessionDocument,
  useAgencyChoices,
  useCourtAppearances,
  useDeleteAppearance,
  useDeleteSession,
  useLeaderSummary,
  useStudySessions,
} from '../api';
import { AppearanceDrawer, type AppearanceTarget } from './appearance-drawer';
import { SessionDrawer, type SessionTarget } from './session-drawer';

const short = (name: string) => name.replace(/^香格里拉市/, '');

export function LeaderRecordsPage() {
  const me = useCurrentUser();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const canWrite = me.permissions.includes('personnel.write');
  const thisYear = Number(formatDate(new Date()).slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear;
  const tab = params.get('tab') ?? 'sessions';
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const set = (patch: Record<string, string>) => setParams({ year: String(year), tab, ...patch });
  const agencies = useAgencyChoices();
  const sessions = useStudySessions({ year, agencyId });
  const hearings = useCourtAppearances({ year, agencyId });
  const summary = useLeaderSummary(year);
  const deleteSession = useDeleteSession();
  const deleteAppearance = useDeleteAppearance();
  const [sessionTarget, setSessionTarget] = useState<SessionTarget | null>(null);
  const [appearanceTarget, setAppearanceTarget] = useState<AppearanceTarget | null>(null);
  const defaultAgency = agencyId ?? me.agency?.id ?? null;

  const removed = {
    onSuccess: () => message.success(t('已删除', 'Deleted')),
    onError: (e: unknown) => message.error(errorMessage(e)),
  };

  const sessionColumns: ColumnsType<StudySessionView> = [
    { title: t('日期', 'Date'), dataIndex: 'date', width: 110 },
    {
      title: t('单位', 'Agency'),
      key: 'agency',
      width: 170,
      render: (_, s) => (s.agency ? short(s.agency.name) : <Tag color="purple">{t('市政府', 'City government')}</Tag>),
    },
    {
      title: t('形式', 'Kind'),
      dataIndex: 'kind',
      width: 100,
      render: (k: StudySessionView['kind']) => <Tag>{label(STUDY_KIND_LABELS[k])}</Tag>,
    },
    {
      title: t('学法主题 / 所学法律', 'Topic / laws'),
      key: 'topic',
      render: (_, s) => (
        <Flex vertical gap={4}>
          <strong>{s.topic}</strong>
          {(s.laws.length > 0 || s.lawsText) && (
            <Flex gap={4} wrap align="center">
              {s.laws.map((l) => (
                <ArticleRefTag key={`${l.versionId}:${l.articleSeq}`} view={l} />
              ))}
              {s.laws.length === 0 && <Typography.Text type="secondary">{s.lawsText}</Typography.Text>}
              {s.lawProblems.length > 0 && (
                <Tooltip title={s.lawProblems.map((p) => label(p)).join('；')}>
                  <Tag color="orange">
                    {t(`${s.lawProblems.length} 处未关联法规库`, `${s.lawProblems.length} not linked`)}
                  </Tag>
                </Tooltip>
              )}
            </Flex>
          )}
        </Flex>
      ),
    },
    {
      title: t('参学领导', 'Participants'),
      key: 'participants',
      width: 200,
      render: (_, s) => (
        <Typography.Text style={{ fontSize: 13 }}>
          {s.participants.map((p) => `${p.name}（${p.post}）`).join('、')}
        </Typography.Text>
      ),
    },
    { title: t('学时', 'Hours'), dataIndex: 'hours', width: 70 },
    {
      title: t('材料', 'Materials'),
      key: 'docs',
      width: 90,
      render: (_, s) =>
        s.documents.map((d) => (
          <Button
            key={d.fileId}
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() =>
              void downloadSessionDocument(s.id, d.fileId, d.fileName).catch((e) => message.error(errorMessage(e)))
            }
          >
            {d.fileName.length > 8 ? `${d.fileName.slice(0, 7)}…` : d.fileName}
          </Button>
        )),
    },
  ];
  if (canWrite) {
    sessionColumns.push({
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 120,
      render: (_, s) => (
        <Flex>
          {s.abilities.update && (
            <Button
              type="link"
              size="small"
              onClick={() => setSessionTarget({ mode: 'edit', session: s })}
              data-testid="session-edit"
            >
              {t('编辑', 'Edit')}
            </Button>
          )}
          {s.abilities.delete && (
            <Popconfirm
              title={t('删除该学法记录？', 'Delete this session?')}
              onConfirm={() => deleteSession.mutate(s.id, removed)}
            >
              <Button type="link" size="small" danger data-testid="session-delete">
                {t('删除', 'Delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    });
  }

  const hearingColumns: ColumnsType<CourtAppearanceView> = [
    { title: t('开庭日期', 'Hearing'), dataIndex: 'hearingDate', width: 110 },
    { title: t('被诉单位', 'Agency'), key: 'agency', width: 160, render: (_, c) => short(c.agency.name) },
    {
      title: t('案号 / 法院 / 案由', 'Case / court / cause'),
      key: 'case',
      render: (_, c) => (
        <Flex vertical gap={2}>
          <strong>{c.caseNumber}</strong>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.court} · {c.cause}
            {c.plaintiff ? ` · ${t('原告', 'plaintiff')}：${c.plaintiff}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('负责人出庭', 'Head in court'),
      key: 'appeared',
      width: 230,
      render: (_, c) =>
        c.appeared ? (
          <Flex gap={4} wrap data-testid="appearance-status" data-appeared="true">
            <Tag color="success">{t('出庭', 'Appeared')}</Tag>
            <span>
              {c.appearedName}（{c.appearedPost}，{c.appearedRank ? label(LEADER_RANK_LABELS[c.appearedRank]) : ''}）
            </span>
            {c.spoke ? <Tag color="blue">{t('出声', 'Spoke')}</Tag> : <Tag>{t('未发言', 'Silent')}</Tag>}
          </Flex>
        ) : (
          <Flex vertical gap={2} data-testid="appearance-status" data-appeared="false">
            <Tag color="error" style={{ alignSelf: 'flex-start' }}>
              {t('未出庭', 'Did not appear')}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('委托', 'Entrusted')}：{c.delegateName}（{c.delegatePost}）；{c.absenceReason}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      title: t('裁判结果', 'Outcome'),
      key: 'outcome',
      width: 150,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <span>{label(CASE_OUTCOME_LABELS[c.outcome])}</span>
          {c.outcomeDate && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.outcomeDate}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  if (canWrite) {
    hearingColumns.push({
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 120,
      render: (_, c) => (
        <Flex>
          {c.abilities.update && (
            <Button
              type="link"
              size="small"
              onClick={() => setAppearanceTarget({ mode: 'edit', appearance: c })}
              data-testid="appearance-edit"
            >
              {t('编辑', 'Edit')}
            </Button>
          )}
          {c.abilities.delete && (
            <Popconfirm
              title={t('删除该出庭记录？', 'Delete this record?')}
              onConfirm={() => deleteAppearance.mutate(c.id, removed)}
            >
              <Button type="link" size="small" danger data-testid="appearance-delete">
                {t('删除', 'Delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    });
  }

  const summaryColumns: ColumnsType<LeaderSummaryRow> = [
    {
      title: t('单位', 'Agency'),
      key: 'agency',
      render: (_, r) =>
        r.agency ? short(r.agency.name) : <Tag color="purple">{t('市政府（会前学法）', 'City government')}</Tag>,
    },
    { title: t('学法次数', 'Sessions'), dataIndex: 'sessions', width: 100, sorter: (a, b) => a.sessions - b.sessions },
    { title: t('学时', 'Hours'), dataIndex: 'hours', width: 90, sorter: (a, b) => a.hours - b.hours },
    { title: t('应诉开庭', 'Hearings'), dataIndex: 'hearings', width: 100, sorter: (a, b) => a.hearings - b.hearings },
    { title: t('负责人出庭', 'Head appeared'), dataIndex: 'appeared', width: 110 },
    { title: t('其中正职', 'Principal'), dataIndex: 'principalAppeared', width: 90 },
    { title: t('出庭出声', 'Spoke'), dataIndex: 'spoke', width: 90 },
    {
      title: t('出庭率', 'Appearance rate'),
      dataIndex: 'appearanceRate',
      width: 180,
      sorter: (a, b) => (a.appearanceRate ?? -1) - (b.appearanceRate ?? -1),
      render: (v: number | null) =>
        v === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Progress percent={v} size="small" status={v < 100 ? 'exception' : 'success'} format={(p) => `${p}%`} />
        ),
    },
  ];

  const summaryRows = useMemo(() => summary.data?.rows ?? [], [summary.data]);
  const totals = summary.data?.totals;

  return (
    <Page
      title={t('领导干部学法与负责人出庭应诉', 'Leaders’ law study and court appearances')}
      description={t(
        '记录领导干部专题学法、集中学法、会前学法和行政机关负责人出庭应诉情况，作为年度考核评议的依据。',
        'Records of leading cadres’ law study and of agency heads appearing in court, for the yearly evaluation.',
      )}
      testId="leader-records-page"
      extra={
        <>
          <Select
            value={year}
            style={{ width: 110 }}
            onChange={(y) => set({ year: String(y) })}
            options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: t(`${y} 年`, String(y)) }))}
            data-testid="leader-year"
          />
          <div style={{ width: 240 }}>
            <AgencyTreeSelect
              id="leaderAgency"
              agencies={agencies.data ?? []}
              value={agencyId ?? null}
              onChange={(id) => setAgencyId(id ?? undefined)}
              placeholder={t('全部单位', 'All agencies')}
            />
          </div>
        </>
      }
    >
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => set({ tab: k })}
          items={[
            {
              key: 'sessions',
              label: (
                <span data-testid="leader-tab-sessions">
                  {t(`学法记录（${sessions.data?.length ?? 0}）`, `Study sessions (${sessions.data?.length ?? 0})`)}
                </span>
              ),
              children: (
                <>
                  {sessions.error && <ErrorAlert error={sessions.error} />}
                  {canWrite && (
                    <Button
                      type="primary"
                      icon={<PlusOutlined />}
                      style={{ marginBottom: 12 }}
                      onClick={() => setSessionTarget({ mode: 'create', agencyId: defaultAgency })}
                      data-testid="session-create"
                    >
                      {t('登记学法', 'Record a session')}
                    </Button>
                  )}
                  <Table<StudySessionView>
                    rowKey="id"
                    size="middle"
                    loading={sessions.isPending}
                    columns={sessionColumns}
                    dataSource={sessions.data ?? []}
                    pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
                    data-testid="sessions-table"
                    onRow={(s) => ({ 'data-topic': s.topic, 'data-id': s.id }) as React.HTMLAttributes<HTMLElement>}
                    locale={{ emptyText: t('本年度没有学法记录', 'No sessions this year') }}
                  />
                </>
              ),
            },
            {
              key: 'hearings',
              label: (
                <span data-testid="leader-tab-hearings">
                  {t(`出庭应诉（${hearings.data?.length ?? 0}）`, `Court appearances (${hearings.data?.length ?? 0})`)}
                </span>
              ),
              children: (
                <>
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title={label(LEADER_APPEARANCE_BASIS)}
                    data-testid="appearance-basis"
                  />
                  {hearings.error && <ErrorAlert error={hearings.error} />}
                  {canWrite && (
                    <Button
                      type="primary"
                      icon={<PlusOutlined />}
                      style={{ marginBottom: 12 }}
                      onClick={() => setAppearanceTarget({ mode: 'create', agencyId: defaultAgency })}
                      data-testid="appearance-create"
                    >
                      {t('登记出庭应诉', 'Record a court appearance')}
                    </Button>
                  )}
                  <Table<CourtAppearanceView>
                    rowKey="id"
                    size="middle"
                    loading={hearings.isPending}
                    columns={hearingColumns}
                    dataSource={hearings.data ?? []}
                    pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
                    data-testid="appearances-table"
                    onRow={(c) => ({ 'data-case': c.caseNumber, 'data-id': c.id }) as React.HTMLAttributes<HTMLElement>}
                    locale={{ emptyText: t('本年度没有出庭应诉记录', 'No court appearances this year') }}
                  />
                </>
              ),
            },
            {
              key: 'summary',
              label: <span data-testid="leader-tab-summary">{t('年度汇总', 'Yearly summary')}</span>,
              children: (
                <>
                  {summary.error && <ErrorAlert error={summary.error} />}
                  {totals && (
                    <Typography.Paragraph data-testid="leader-totals">
                      {t(
                        `${year} 年合计：学法 ${totals.sessions} 次、${totals.hours} 学时；应诉开庭 ${totals.hearings} 次，负责人出庭 ${totals.appeared} 次（正职 ${totals.principalAppeared} 次），出庭率 ${totals.appearanceRate ?? '—'}%。`,
                        `${year}: ${totals.sessions} sessions, ${totals.hours} hours; ${totals.hearings} hearings, head appeared at ${totals.appeared} (principal ${totals.principalAppeared}), rate ${totals.appearanceRate ?? '—'}%.`,
                      )}
                    </Typography.Paragraph>
                  )}
                  <Table<LeaderSummaryRow>
                    rowKey={(r) => r.agency?.id ?? 'government'}
                    size="small"
                    loading={summary.isPending}
                    columns={summaryColumns}
                    dataSource={summaryRows}
                    pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
                    data-testid="leader-summary"
                  />
                </>
              ),
            },
          ]}
        />
      </Card>
      <SessionDrawer target={sessionTarget} agencies={agencies.data ?? []} onClose={() => setSessionTarget(null)} />
      <AppearanceDrawer
        target={appearanceTarget}
        agencies={agencies.data ?? []}
        onClose={() => setAppearanceTarget(null)}
      />
    </Page>
  );
}
