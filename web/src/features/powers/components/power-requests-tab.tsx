// Change requests (备案): an agency's own requests, or — for the justice bureau — every agency's, starting on those
// waiting for a decision (待备案).
import { useState } from 'react';
import { Card, Flex, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import {
  FILING_STATES,
  FILING_STATE_LABELS,
  type FilingState,
  type PowerRequestView,
} from '../../../../../contracts/power';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert } from '../../../components/error-alert';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { usePowerRequests, useScopedAgencies, type PowerRequestFilters } from '../api';
import { FilingStateTag } from './power-format';

export function PowerRequestsTab() {
  const { t, label } = useI18n();
  const me = useCurrentUser();
  const reviewer = me.permissions.includes('filing.review');
  const agencies = useScopedAgencies();
  const [filters, setFilters] = useState<PowerRequestFilters>({
    state: reviewer ? 'submitted' : undefined,
    page: 1,
    pageSize: 20,
  });
  const requests = usePowerRequests(filters);

  const columns: ColumnsType<PowerRequestView> = [
    {
      title: t('申请', 'Request'),
      dataIndex: 'title',
      render: (v: string, r) => (
        <Link to={`/powers/requests/${r.id}`} data-testid="power-request-link" data-title={r.title}>
          {v}
        </Link>
      ),
    },
    { title: t('单位', 'Agency'), dataIndex: 'agencyName', width: 200, ellipsis: true },
    {
      title: t('状态', 'State'),
      dataIndex: 'state',
      width: 90,
      render: (s: FilingState) => <FilingStateTag state={s} />,
    },
    {
      title: t('变更', 'Changes'),
      key: 'counts',
      width: 200,
      render: (_, r) => (
        <Flex gap={4} wrap>
          {r.counts.add > 0 && <Tag color="green">{t(`新增 ${r.counts.add}`, `+${r.counts.add}`)}</Tag>}
          {r.counts.modify > 0 && <Tag color="blue">{t(`调整 ${r.counts.modify}`, `~${r.counts.modify}`)}</Tag>}
          {r.counts.cancel > 0 && <Tag color="red">{t(`取消 ${r.counts.cancel}`, `−${r.counts.cancel}`)}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('报送', 'Submitted'),
      key: 'submitted',
      width: 170,
      render: (_, r) => (r.submittedAt ? <DateTime value={r.submittedAt} /> : <span className="xz-muted">—</span>),
    },
    {
      title: t('生效日期', 'Effective'),
      dataIndex: 'effectiveDate',
      width: 110,
      render: (v: string | null) => v ?? <span className="xz-muted">—</span>,
    },
  ];

  return (
    <Card>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
        <Select
          allowClear
          placeholder={t('全部状态', 'All states')}
          style={{ width: 160 }}
          value={filters.state}
          options={FILING_STATES.map((s) => ({ value: s, label: label(FILING_STATE_LABELS[s]) }))}
          onChange={(v: FilingState | undefined) => setFilters((f) => ({ ...f, page: 1, state: v }))}
          data-testid="power-request-filter-state"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('全部单位', 'All agencies')}
          style={{ width: 260 }}
          value={filters.agencyId}
          options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          onChange={(v) => setFilters((f) => ({ ...f, page: 1, agencyId: v }))}
        />
        {reviewer && (
          <Typography.Text type="secondary">
            {t('司法局在此审查各单位报送的权责清单变更', 'Review the list changes every agency files here')}
          </Typography.Text>
        )}
      </Flex>
      {requests.error && <ErrorAlert error={requests.error} />}
      <Table<PowerRequestView>
        rowKey="id"
        columns={columns}
        dataSource={requests.data?.items ?? []}
        loading={requests.isFetching}
        data-testid="power-requests-table"
        locale={{ emptyText: t('没有变更申请', 'No change requests') }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: requests.data?.total ?? 0,
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
    </Card>
  );
}
