// 案件办理 (/cases?…): the cases in the user's scope with filters kept in the URL (agency, procedure, state, active or
// ended, mine, overdue or due within 3 working days, flagged for criminal referral, number / 案由 / party, opened
// between), the next deadline coloured by urgency, the fine in 元; a card list on a phone.
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Flex,
  Grid,
  Input,
  Pagination,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import type { CaseListItem } from '../../../../../contracts/case';
import { PROCEDURE_CODES, type ProcedureCode } from '../../../../../contracts/procedure';
import { PROCEDURE_CODE_LABELS } from '../../../../../contracts/procedure-labels';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useHasPermission } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useCaseAgencies, useCases, useProcedureDefinition, type CaseFilter } from '../api';
import { CaseStateTag, DueDate, useDueWindow, Yuan, type DueWindow } from './parts';

const STATUSES = ['all', 'active', 'ended'] as const;

function readFilter(params: URLSearchParams): CaseFilter {
  const str = (k: string) => params.get(k) || undefined;
  const procedure = str('procedure');
  const status = str('status');
  const due = str('due');
  return {
    q: str('q'),
    agencyId: str('agencyId'),
    procedure: PROCEDURE_CODES.includes(procedure as ProcedureCode) ? (procedure as ProcedureCode) : undefined,
    state: str('state'),
    status: STATUSES.includes(status as (typeof STATUSES)[number]) ? (status as CaseFilter['status']) : undefined,
    mine: params.get('mine') === '1' || undefined,
    due: due === 'overdue' || due === 'soon' ? due : undefined,
    referral: params.get('referral') === '1' || undefined,
    openedFrom: str('openedFrom'),
    openedTo: str('openedTo'),
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20)),
  };
}

export function CasesPage() {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const canWrite = useHasPermission('case.write');
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const list = useCases(filter);
  const agencies = useCaseAgencies();
  const definition = useProcedureDefinition(filter.procedure);
  const window = useDueWindow();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;

  /** Sets filters (null removes one) and goes back to page 1 unless the page itself changes. */
  const update = (changes: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<CaseListItem> = [
    {
      title: t('案号', 'Number'),
      key: 'number',
      width: 190,
      render: (_, c) => (
        <Link to={`/cases/${c.id}`} data-testid="case-open" style={{ whiteSpace: 'nowrap' }}>
          {c.number ?? t('（未立案）', '(not opened)')}
        </Link>
      ),
    },
    {
      title: t('案由', 'Case'),
      key: 'title',
      width: 260,
      render: (_, c) => (
        <Flex gap={4} wrap align="center">
          <span>{c.title}</span>
          {c.referralFlagged && (
            <Tag color="red" data-testid="case-referral-tag">
              {t('涉嫌犯罪', 'Suspected crime')}
            </Tag>
          )}
        </Flex>
      ),
    },
    { title: t('执法单位', 'Agency'), key: 'agency', width: 180, render: (_, c) => c.agency.name },
    {
      title: t('程序', 'Procedure'),
      key: 'procedure',
      width: 150,
      render: (_, c) => label(PROCEDURE_CODE_LABELS[c.procedure.code], label(c.procedure.label)),
    },
    {
      title: t('状态', 'State'),
      key: 'state',
      width: 120,
      render: (_, c) => <CaseStateTag state={c.state} label={c.stateLabel} ended={c.ended} />,
    },
    { title: t('当事人', 'Parties'), key: 'parties', width: 160, render: (_, c) => c.parties.join('、') },
    { title: t('承办人', 'Handlers'), key: 'handlers', width: 120, render: (_, c) => c.handlers.join('、') },
    {
      title: t('下一期限', 'Next deadline'),
      key: 'deadline',
      width: 200,
      render: (_, c) => <NextDeadline item={c} window={window} />,
    },
    {
      title: t('罚款（元）', 'Fine (yuan)'),
      key: 'fine',
      width: 120,
      align: 'right',
      render: (_, c) => (c.fineFen === null ? <span className="xz-muted">—</span> : <Yuan fen={c.fineFen} />),
    },
  ];

  const pagination = {
    current: filter.page,
    pageSize: filter.pageSize,
    total: list.data?.total ?? 0,
    showSizeChanger: !narrow,
    size: narrow ? ('small' as const) : undefined,
    showTotal: (n: number) => t(`共 ${n} 件`, `${n} in all`),
    onChange: (p: number, s: number) =>
      update({ page: s === filter.pageSize ? String(p) : null, pageSize: s === 20 ? null : String(s) }),
  };

  return (
    <Page
      title={t('案件办理', 'Cases')}
      description={t(
        '立案、调查、审核、告知、听证、决定、送达、执行、结案，每一步受法定条件和期限约束',
        'Each step, from opening to closing, is held to its statutory conditions and periods',
      )}
      testId="cases-page"
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/cases/new')} data-testid="case-new">
            {t('新建案件', 'New case')}
          </Button>
        )
      }
    >
      <Card size="small" style={{ marginBottom: 12 }} data-testid="case-filters">
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            defaultValue={filter.q}
            key={filter.q ?? ''}
            placeholder={t('案号、案由或当事人', 'Number, case or party')}
            style={{ width: narrow ? '100%' : 240 }}
            onSearch={(v) => update({ q: v.trim() || null })}
            data-testid="case-search"
          />
          <AgencyTreeSelect
            agencies={agencies.data ?? []}
            value={filter.agencyId ?? null}
            onChange={(v) => update({ agencyId: v })}
            placeholder={t('执法单位', 'Agency')}
            loading={agencies.isPending}
            style={{ width: narrow ? '100%' : 240 }}
          />
          <Select
            allowClear
            placeholder={t('程序', 'Procedure')}
            style={{ width: narrow ? '100%' : 180 }}
            value={filter.procedure}
            onChange={(v?: string) => update({ procedure: v ?? null, state: null })}
            options={PROCEDURE_CODES.map((c) => ({ value: c, label: label(PROCEDURE_CODE_LABELS[c]) }))}
            data-testid="case-filter-procedure"
          />
          <Select
            allowClear
            placeholder={filter.procedure ? t('环节', 'State') : t('环节（先选程序）', 'State (choose a procedure)')}
            disabled={!filter.procedure}
            style={{ width: narrow ? '100%' : 170 }}
            value={filter.state}
            onChange={(v?: string) => update({ state: v ?? null })}
            options={(definition.data?.steps ?? []).map((s) => ({ value: s.code, label: label(s.label) }))}
            data-testid="case-filter-state"
          />
          <Select
            style={{ width: narrow ? 'calc(50% - 4px)' : 110 }}
            value={filter.status ?? 'all'}
            onChange={(v: string) => update({ status: v === 'all' ? null : v })}
            options={[
              { value: 'all', label: t('全部案件', 'All') },
              { value: 'active', label: t('办理中', 'Active') },
              { value: 'ended', label: t('已结束', 'Ended') },
            ]}
            data-testid="case-filter-status"
          />
          <Select
            allowClear
            placeholder={t('期限', 'Deadline')}
            style={{ width: narrow ? 'calc(50% - 4px)' : 150 }}
            value={filter.due}
            onChange={(v?: string) => update({ due: v ?? null })}
            options={[
              { value: 'overdue', label: t('已逾期', 'Overdue') },
              { value: 'soon', label: t('3个工作日内到期', 'Due within 3 working days') },
            ]}
            data-testid="case-filter-due"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('立案日起', 'Opened from'), t('立案日止', 'Opened to')]}
            value={[
              filter.openedFrom ? dayjs(filter.openedFrom) : null,
              filter.openedTo ? dayjs(filter.openedTo) : null,
            ]}
            onChange={(range) =>
              update({
                openedFrom: range?.[0]?.format('YYYY-MM-DD') ?? null,
                openedTo: range?.[1]?.format('YYYY-MM-DD') ?? null,
              })
            }
            style={{ width: narrow ? '100%' : 260 }}
            data-testid="case-filter-opened"
          />
          <Flex gap={12} align="center" wrap>
            <Checkbox
              checked={!!filter.mine}
              onChange={(e) => update({ mine: e.target.checked ? '1' : null })}
              data-testid="case-filter-mine"
            >
              {t('我的案件', 'Mine')}
            </Checkbox>
            <Checkbox
              checked={!!filter.referral}
              onChange={(e) => update({ referral: e.target.checked ? '1' : null })}
              data-testid="case-filter-referral"
            >
              {t('涉嫌犯罪须移送', 'Flagged for referral')}
            </Checkbox>
            <Button
              size="small"
              type="link"
              onClick={() => setParams(new URLSearchParams())}
              data-testid="case-filter-reset"
            >
              {t('清除筛选', 'Clear filters')}
            </Button>
          </Flex>
        </Flex>
      </Card>
      <ErrorAlert error={list.error} />
      {narrow ? (
        <div data-testid="cases-list">
          <Spin spinning={list.isFetching}>
            {(list.data?.items ?? []).map((c) => (
              <Card
                key={c.id}
                size="small"
                style={{ marginBottom: 8 }}
                onClick={() => navigate(`/cases/${c.id}`)}
                data-testid="case-card"
                data-case-id={c.id}
                data-number={c.number ?? ''}
              >
                <Flex justify="space-between" gap={8} align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong>{c.title}</Typography.Text>
                    <div className="xz-muted" style={{ fontSize: 12 }}>
                      {c.number ?? t('（未立案）', '(not opened)')} · {c.parties.join('、')}
                    </div>
                  </div>
                  <CaseStateTag state={c.state} label={c.stateLabel} ended={c.ended} />
                </Flex>
                <Flex justify="space-between" gap={8} wrap style={{ marginTop: 6, fontSize: 13 }}>
                  <NextDeadline item={c} window={window} />
                  {c.fineFen !== null && <Yuan fen={c.fineFen} />}
                </Flex>
                {c.referralFlagged && (
                  <Tag color="red" style={{ marginTop: 6 }}>
                    {t('涉嫌犯罪，须移送', 'Suspected crime: refer')}
                  </Tag>
                )}
              </Card>
            ))}
            {list.data && !list.data.items.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          </Spin>
          {!!list.data?.total && (
            <Pagination {...pagination} simple style={{ marginTop: 8, justifyContent: 'center' }} />
          )}
        </div>
      ) : (
        <Table<CaseListItem>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1300 }}
          onRow={(c) =>
            ({
              'data-testid': 'case-row',
              'data-case-id': c.id,
              'data-number': c.number ?? '',
              'data-state': c.state,
            }) as React.HTMLAttributes<HTMLElement>
          }
          data-testid="cases-table"
          pagination={pagination}
        />
      )}
    </Page>
  );
}

function NextDeadline({ item, window }: { item: CaseListItem; window: DueWindow }) {
  const { label } = useI18n();
  const d = item.nextDeadline;
  if (!d) return <span className="xz-muted">—</span>;
  return (
    <Flex vertical gap={0}>
      <DueDate dueOn={d.dueOn} provisional={d.provisional} overdue={item.overdue} window={window} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: label(d.title) }}>
        {d.rule} · {label(d.title)}
      </Typography.Text>
    </Flex>
  );
}
