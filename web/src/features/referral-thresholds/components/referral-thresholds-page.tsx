// 涉嫌犯罪移送标准 (/referral-thresholds?agency=<id>): the thresholds in scope with their demo/confirmed status,
// the editor and confirmation for the agency's legal office, and the "是否涉嫌犯罪" trial. Liaisons (police,
// procuratorate) and the justice bureau read them.
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Select, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  REFERRAL_SECTORS,
  REFERRAL_SECTOR_LABELS,
  REFERRAL_STATUS_LABELS,
  type ReferralThresholdView,
} from '../../../../../contracts/referral-threshold';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ArticleRefTag } from '../../../components/citation-input';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useAgencyChoices, useConfirmThreshold, useDeleteThreshold, useThresholds } from '../api';
import { ReferralTrial } from './referral-trial';
import { ThresholdFormDrawer, type ThresholdFormTarget } from './threshold-form-drawer';

export function ReferralThresholdsPage() {
  const me = useCurrentUser();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const canWrite = me.permissions.includes('referral_threshold.write');
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('agency') ?? undefined;
  const [sector, setSector] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [tab, setTab] = useState('list');
  const agencies = useAgencyChoices();
  const thresholds = useThresholds({ agencyId, sector, status });
  const items = useMemo(() => thresholds.data ?? [], [thresholds.data]);
  const confirm = useConfirmThreshold();
  const remove = useDeleteThreshold();
  const [formTarget, setFormTarget] = useState<ThresholdFormTarget | null>(null);
  const pendingDemo = items.filter((i) => i.demo && i.status === 'pending').length;
  const chosenAgency = agencies.data?.find((a) => a.id === agencyId);

  const onConfirm = (th: ReferralThresholdView) =>
    confirm.mutate(th.id, {
      onSuccess: () => message.success(t('已确认', 'Confirmed')),
      onError: (e) => message.error(errorMessage(e)),
    });
  const onDelete = (th: ReferralThresholdView) =>
    remove.mutate(th.id, {
      onSuccess: () => message.success(t('已删除', 'Deleted')),
      onError: (e) => message.error(errorMessage(e)),
    });

  const columns: ColumnsType<ReferralThresholdView> = [
    {
      title: t('单位', 'Agency'),
      key: 'agency',
      width: 170,
      render: (_, th) => th.agency.name.replace(/^香格里拉市/, ''),
    },
    {
      title: t('领域', 'Sector'),
      dataIndex: 'sector',
      width: 110,
      render: (s: ReferralThresholdView['sector']) => label(REFERRAL_SECTOR_LABELS[s]),
    },
    {
      title: t('违法行为 / 涉嫌罪名', 'Violation / offence'),
      key: 'offence',
      render: (_, th) => (
        <Flex vertical gap={2}>
          <strong>{th.offence}</strong>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {th.violationType}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('移送条件', 'Conditions'),
      key: 'conditions',
      width: 360,
      render: (_, th) => (
        <Flex vertical gap={2}>
          {th.conditions.map((c, i) => (
            <span key={c.id} style={{ fontSize: 13 }}>
              {i > 0 && (
                <Tag style={{ marginInlineEnd: 4 }} color={th.match === 'all' ? 'blue' : undefined}>
                  {th.match === 'all' ? t('且', 'and') : t('或', 'or')}
                </Tag>
              )}
              {label(c.summary)}
            </span>
          ))}
        </Flex>
      ),
    },
    {
      title: t('状态', 'Status'),
      key: 'status',
      width: 120,
      render: (_, th) => (
        <Flex vertical gap={4} align="flex-start" data-testid="threshold-status" data-status={th.status}>
          {th.status === 'confirmed' ? (
            <Tag color="success">{label(REFERRAL_STATUS_LABELS.confirmed)}</Tag>
          ) : (
            <Tag color="gold">{label(REFERRAL_STATUS_LABELS.pending)}</Tag>
          )}
          {th.demo && th.status === 'pending' && <Tag color="orange">{t('演示数据', 'Demo')}</Tag>}
        </Flex>
      ),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 150,
      render: (_, th) => (
        <Flex gap={0} wrap>
          {th.abilities.confirm && (
            <Popconfirm
              title={t('确认该移送标准？', 'Confirm this threshold?')}
              description={t(
                '确认表示本单位法制机构已对照现行刑法、司法解释和立案追诉标准核实。',
                'Confirming states that the legal office has checked it against the current law.',
              )}
              okText={t('确认', 'Confirm')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() => onConfirm(th)}
            >
              <Button type="link" size="small" data-testid="threshold-confirm">
                {t('确认', 'Confirm')}
              </Button>
            </Popconfirm>
          )}
          {th.abilities.update && (
            <Button
              type="link"
              size="small"
              onClick={() => setFormTarget({ mode: 'edit', threshold: th })}
              data-testid="threshold-edit"
            >
              {t('编辑', 'Edit')}
            </Button>
          )}
          {th.abilities.delete && (
            <Popconfirm
              title={t('删除该移送标准？', 'Delete this threshold?')}
              okText={t('删除', 'Delete')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() => onDelete(th)}
            >
              <Button type="link" size="small" danger data-testid="threshold-delete">
                {t('删除', 'Delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    });
  }

  const expanded = (th: ReferralThresholdView) => (
    <Flex vertical gap={6} style={{ padding: '4px 8px' }} data-testid="threshold-detail">
      <div>
        <Typography.Text type="secondary">{t('刑事法律依据：', 'Criminal-law basis: ')}</Typography.Text>
        {th.criminalBasis}
      </div>
      <Flex gap={4} wrap align="center">
        <Typography.Text type="secondary">{t('移送依据：', 'Referral basis: ')}</Typography.Text>
        {th.basis.length
          ? th.basis.map((b) => <ArticleRefTag key={`${b.versionId}:${b.articleSeq}:${b.detail ?? ''}`} view={b} />)
          : (th.basisText ?? '—')}
      </Flex>
      {th.note && (
        <div>
          <Typography.Text type="secondary">{t('说明：', 'Note: ')}</Typography.Text>
          {th.note}
        </div>
      )}
      {th.status === 'confirmed' && (
        <div>
          <Typography.Text type="secondary">{t('确认：', 'Confirmed: ')}</Typography.Text>
          {th.confirmedBy} <DateTime value={th.confirmedAt} />
        </div>
      )}
    </Flex>
  );

  return (
    <Page
      title={t('涉嫌犯罪移送标准', 'Criminal referral thresholds')}
      description={t(
        '行政执法中发现违法事实达到以下标准的，涉嫌犯罪，应当向公安机关移送（《行政处罚法》第二十七条、《行政执法机关移送涉嫌犯罪案件的规定》第三条）',
        'Facts that meet these thresholds are suspected crimes to be referred to the police (Administrative Penalty Law Art. 27; Referral Regulation Art. 3)',
      )}
      testId="referral-thresholds-page"
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormTarget({ mode: 'create', agencyId: agencyId ?? me.agency?.id ?? null })}
            data-testid="threshold-create"
          >
            {t('新增移送标准', 'New threshold')}
          </Button>
        )
      }
    >
      {!canWrite && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="thresholds-read-only"
          title={t(
            '只读：移送标准由各执法单位法制机构维护和确认。',
            'Read-only: each agency’s legal office keeps and confirms its thresholds.',
          )}
        />
      )}
      {pendingDemo > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="thresholds-demo-notice"
          title={t(
            `其中 ${pendingDemo} 条为演示数据，待各单位确认`,
            `${pendingDemo} thresholds are demo data awaiting each agency’s confirmation`,
          )}
          description={t(
            '演示数据中的数额、数量依据 2008、2017、2022 年立案追诉标准及有关司法解释整理，部分标准已有新规定。须由各单位法制机构对照现行刑法、司法解释核实、修改后确认，方可作为移送依据。',
            'The demo figures follow the 2008, 2017 and 2022 prosecution standards and judicial interpretations; some have since changed. Each agency’s legal office must check, correct and confirm them before relying on them.',
          )}
        />
      )}
      {thresholds.error && <ErrorAlert error={thresholds.error} />}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          tabBarExtraContent={
            <Flex gap={8} wrap>
              <div style={{ width: 260 }}>
                <AgencyTreeSelect
                  id="thresholdAgency"
                  agencies={agencies.data ?? []}
                  value={agencyId ?? null}
                  onChange={(id) => setParams(id ? { agency: id } : {})}
                  placeholder={t('全部单位', 'All agencies')}
                />
              </div>
              <Select
                allowClear
                placeholder={t('全部领域', 'All sectors')}
                style={{ width: 140 }}
                value={sector}
                onChange={setSector}
                data-testid="threshold-sector-filter"
                options={REFERRAL_SECTORS.map((s) => ({ value: s, label: label(REFERRAL_SECTOR_LABELS[s]) }))}
              />
              <Select
                allowClear
                placeholder={t('全部状态', 'Any status')}
                style={{ width: 120 }}
                value={status}
                onChange={setStatus}
                data-testid="threshold-status-filter"
                options={[
                  { value: 'pending', label: label(REFERRAL_STATUS_LABELS.pending) },
                  { value: 'confirmed', label: label(REFERRAL_STATUS_LABELS.confirmed) },
                ]}
              />
            </Flex>
          }
          items={[
            {
              key: 'list',
              label: (
                <span data-testid="thresholds-tab-list">
                  {t(`标准清单（${items.length}）`, `Thresholds (${items.length})`)}
                </span>
              ),
              children: (
                <Table<ReferralThresholdView>
                  rowKey="id"
                  size="middle"
                  loading={thresholds.isPending}
                  columns={columns}
                  dataSource={items}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  expandable={{ expandedRowRender: expanded }}
                  data-testid="thresholds-table"
                  onRow={(th) =>
                    ({
                      'data-offence': th.offence,
                      'data-id': th.id,
                      'data-agency': th.agency.name,
                    }) as React.HTMLAttributes<HTMLElement>
                  }
                  locale={{ emptyText: t('没有移送标准', 'No thresholds') }}
                />
              ),
            },
            {
              key: 'trial',
              label: (
                <span data-testid="thresholds-tab-trial">{t('是否涉嫌犯罪（试算）', 'Suspected crime? (trial)')}</span>
              ),
              children:
                agencyId && chosenAgency ? (
                  <ReferralTrial
                    agencyId={agencyId}
                    agencyName={chosenAgency.name}
                    thresholds={items.filter((i) => i.agency.id === agencyId)}
                  />
                ) : (
                  <Empty description={t('请先在右上方选择执法单位', 'Choose an agency first (top right)')} />
                ),
            },
          ]}
        />
      </Card>
      <ThresholdFormDrawer target={formTarget} agencies={agencies.data ?? []} onClose={() => setFormTarget(null)} />
    </Page>
  );
}
