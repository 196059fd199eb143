// 「调动计划」: the plans in scope with their balance and both filings; the justice bureau sees the submitted ones
// first and the ones below the minimum flagged.
import { useState } from 'react';
import { Button, Flex, InputNumber, Select, Table, Tag, Typography } from 'antd';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  TRANSFER_PLAN_STATES,
  TRANSFER_PLAN_STATE_LABELS,
  type TransferPlanState,
  type TransferPlanView,
} from '../../../../../contracts/transfer';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { useHasPermission } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useAgencyChoices, usePlans } from '../api';
import { PlanDrawer, type PlanDrawerTarget } from './plan-drawer';
import { PlanStateTag } from './transfer-format';

type PlanRow = Omit<TransferPlanView, 'events'>;

export function PlansTab() {
  const { t, label } = useI18n();
  const reviewer = useHasPermission('filing.review');
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [state, setState] = useState<TransferPlanState | undefined>(reviewer ? 'submitted' : undefined);
  const [year, setYear] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const plans = usePlans({ agencyId, state, year, page, pageSize });
  const agencies = useAgencyChoices();
  const [target, setTarget] = useState<PlanDrawerTarget | null>(null);

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between">
        <Flex gap={8} wrap>
          <AgencyTreeSelect
            agencies={agencies.data ?? []}
            value={agencyId}
            onChange={(v) => {
              setAgencyId(v ?? undefined);
              setPage(1);
            }}
            placeholder={t('全部单位', 'All agencies')}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            value={state}
            onChange={(v) => {
              setState(v);
              setPage(1);
            }}
            placeholder={t('全部状态', 'All states')}
            options={TRANSFER_PLAN_STATES.map((s) => ({ value: s, label: label(TRANSFER_PLAN_STATE_LABELS[s]) }))}
            style={{ width: 150 }}
            data-testid="transfer-plan-state-filter"
          />
          <InputNumber
            value={year}
            onChange={(v) => {
              setYear(v ?? undefined);
              setPage(1);
            }}
            min={2000}
            max={2100}
            placeholder={t('年度', 'Year')}
            style={{ width: 110 }}
          />
        </Flex>
        {plans.data?.canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setTarget({ mode: 'create' })}
            data-testid="transfer-plan-new"
          >
            {t('新建调动计划', 'New plan')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={plans.error} />
      <Table<PlanRow>
        rowKey="id"
        size="middle"
        loading={plans.isFetching}
        dataSource={plans.data?.items ?? []}
        data-testid="transfer-plans-table"
        onRow={(p) => ({ onClick: () => setTarget({ mode: 'open', id: p.id }), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize,
          total: plans.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
          showTotal: (n) => t(`共 ${n} 项`, `${n} plans`),
        }}
        columns={[
          {
            title: t('计划', 'Plan'),
            key: 'title',
            render: (_, p) => (
              <Flex vertical>
                <Typography.Link data-testid="transfer-plan-open">{p.title}</Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.agency.name}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('调出 / 调入 / 岗位', 'Out / in / post'),
            key: 'counts',
            width: 140,
            render: (_, p) => ['out', 'in', 'post'].map((k) => p.items.filter((i) => i.kind === k).length).join(' / '),
          },
          {
            title: t('一线力量（现有→计划后 / 最低）', 'Front line (now→after / min)'),
            key: 'balance',
            width: 220,
            render: (_, p) => (
              <Flex gap={6} align="center" data-testid="transfer-plan-balance-cell">
                <span>
                  {p.balance.current} →{' '}
                  <strong style={{ color: p.balance.belowMinimum ? '#cf1322' : undefined }}>
                    {p.balance.projected}
                  </strong>{' '}
                  / {p.balance.minimum ?? '—'}
                </span>
                {p.flagged && <Tag color="red">{t('低于最低配置', 'Below min.')}</Tag>}
              </Flex>
            ),
          },
          {
            title: t('司法局备案', 'Justice bureau'),
            key: 'state',
            width: 120,
            render: (_, p) => <PlanStateTag state={p.state} />,
          },
          {
            title: t('组织部门备案', 'Organisation dept.'),
            key: 'org',
            width: 200,
            render: (_, p) =>
              p.orgFiling.filedOn ? (
                <span style={{ fontSize: 12 }}>
                  {p.orgFiling.filedOn} {p.orgFiling.documentNo}
                </span>
              ) : (
                <Tag>{t('尚未备案', 'Not yet')}</Tag>
              ),
          },
        ]}
      />
      <PlanDrawer target={target} onClose={() => setTarget(null)} />
    </Flex>
  );
}
