// 培训计划: each agency's annual training plan (年度培训计划) — items with month, hours and audience, the courses
// that delivered them, progress (planned vs delivered hours), and publishing. Filing the plan document with the
// justice bureau is done under 年度备案.
import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Progress, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  PLAN_STATUS_LABELS,
  TRAINING_KIND_LABELS,
  type PlanItemView,
  type PlanView,
} from '../../../../../contracts/training';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { shanghaiToday, useAgencyChoices, useDeletePlan, usePlans, usePublishPlan } from '../api';
import { PlanFormDrawer, type PlanFormTarget } from './plan-form-drawer';

export function PlansTab() {
  const { t, label } = useI18n();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const canWrite = me.permissions.includes('training.write');
  const thisYear = shanghaiToday().year;
  const [year, setYear] = useState(thisYear);
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const agencies = useAgencyChoices();
  const plans = usePlans({ year, agencyId });
  const publish = usePublishPlan();
  const remove = useDeletePlan();
  const [formTarget, setFormTarget] = useState<PlanFormTarget | null>(null);
  const done = (what: string) => ({
    onSuccess: () => message.success(what),
    onError: (e: unknown) => message.error(errorMessage(e)),
  });

  const columns: ColumnsType<PlanView> = [
    { title: t('单位', 'Agency'), key: 'agency', render: (_, p) => p.agency.name.replace(/^香格里拉市/, '') },
    { title: t('年度', 'Year'), dataIndex: 'year', width: 70 },
    {
      title: t('状态', 'Status'),
      key: 'status',
      width: 170,
      render: (_, p) => (
        <Flex vertical gap={2} align="flex-start" data-testid="plan-status" data-status={p.status}>
          <Tag color={p.status === 'published' ? 'success' : 'gold'}>{label(PLAN_STATUS_LABELS[p.status])}</Tag>
          {p.publishedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <DateTime value={p.publishedAt} />
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('计划项目', 'Items'),
      key: 'items',
      width: 130,
      render: (_, p) =>
        t(
          `${p.progress.deliveredItems} / ${p.progress.plannedItems} 项已实施`,
          `${p.progress.deliveredItems} / ${p.progress.plannedItems} delivered`,
        ),
    },
    {
      title: t('学时进度（已办课程 / 计划）', 'Hours (delivered / planned)'),
      key: 'progress',
      width: 260,
      render: (_, p) => (
        <Flex gap={8} align="center">
          <Progress
            percent={
              p.progress.plannedHours
                ? Math.min(100, Math.round((p.progress.deliveredHours / p.progress.plannedHours) * 100))
                : 0
            }
            size="small"
            style={{ width: 130, margin: 0 }}
          />
          <span>
            {p.progress.deliveredHours} / {p.progress.plannedHours}
          </span>
        </Flex>
      ),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 170,
      render: (_, p) => (
        <Flex gap={0} wrap>
          {p.abilities.update && (
            <Button
              type="link"
              size="small"
              onClick={() => setFormTarget({ mode: 'edit', plan: p })}
              data-testid="plan-edit"
            >
              {t('编辑', 'Edit')}
            </Button>
          )}
          {p.abilities.publish && (
            <Popconfirm
              title={t('发布该培训计划？', 'Publish this plan?')}
              description={t('发布后不能再修改。', 'A published plan can no longer be changed.')}
              okText={t('发布', 'Publish')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() => publish.mutate(p.id, done(t('已发布', 'Published')))}
            >
              <Button type="link" size="small" data-testid="plan-publish">
                {t('发布', 'Publish')}
              </Button>
            </Popconfirm>
          )}
          {p.abilities.delete && (
            <Popconfirm
              title={t('删除该培训计划？', 'Delete this plan?')}
              okText={t('删除', 'Delete')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() => remove.mutate(p.id, done(t('已删除', 'Deleted')))}
            >
              <Button type="link" size="small" danger data-testid="plan-delete">
                {t('删除', 'Delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    });
  }

  const itemColumns: ColumnsType<PlanItemView> = [
    { title: t('月份', 'Month'), dataIndex: 'plannedMonth', width: 70, render: (m: number) => t(`${m}月`, String(m)) },
    { title: t('项目', 'Item'), dataIndex: 'title' },
    {
      title: t('类别', 'Kind'),
      dataIndex: 'kind',
      width: 150,
      render: (k: PlanItemView['kind']) => label(TRAINING_KIND_LABELS[k]),
    },
    { title: t('学时', 'Hours'), dataIndex: 'hours', width: 70, align: 'right' },
    { title: t('培训对象', 'Audience'), dataIndex: 'audience', width: 180 },
    {
      title: t('实施情况', 'Delivery'),
      key: 'delivered',
      width: 260,
      render: (_, i) =>
        i.courses.length ? (
          <Flex vertical gap={2}>
            {i.delivered ? (
              <Tag color="success">{t('已实施', 'Delivered')}</Tag>
            ) : (
              <Tag color="blue">{t('已安排', 'Scheduled')}</Tag>
            )}
            {i.courses.map((c) => (
              <Typography.Text key={c.id} type="secondary" style={{ fontSize: 12 }}>
                {c.endDate} {c.title}
              </Typography.Text>
            ))}
          </Flex>
        ) : (
          <Tag>{t('未实施', 'Not yet')}</Tag>
        ),
    },
  ];

  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Select
            style={{ width: 110 }}
            value={year}
            onChange={setYear}
            data-testid="plan-year"
            options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({
              value: y,
              label: t(`${y}年`, String(y)),
            }))}
          />
          <div style={{ width: 240 }}>
            <AgencyTreeSelect
              id="planAgency"
              agencies={agencies.data ?? []}
              value={agencyId ?? null}
              onChange={(id) => setAgencyId(id ?? undefined)}
              placeholder={t('全部单位', 'All agencies')}
            />
          </div>
        </Flex>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormTarget({ mode: 'create', agencyId: agencyId ?? me.agency?.id ?? null, year })}
            data-testid="plan-create"
          >
            {t('编制培训计划', 'New plan')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t(
          '各单位编制年度培训计划，按计划组织培训，保障本单位执法人员每人每年完成规定学时；计划文件报司法局备案在“年度备案”中办理。',
          'Each agency plans its year’s training so that every officer completes the required hours; filing the plan with the justice bureau is done under Annual filings.',
        )}
      </Typography.Paragraph>
      {plans.error && <ErrorAlert error={plans.error} />}
      <Table<PlanView>
        rowKey="id"
        size="middle"
        loading={plans.isPending}
        columns={columns}
        dataSource={plans.data ?? []}
        data-testid="plans-table"
        onRow={(p) => ({ 'data-agency': p.agency.name, 'data-id': p.id }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (p) => (
            <Flex vertical gap={8}>
              {p.note && <Typography.Text>{p.note}</Typography.Text>}
              <Table<PlanItemView>
                rowKey="id"
                size="small"
                columns={itemColumns}
                dataSource={p.items}
                pagination={false}
                data-testid="plan-items"
              />
            </Flex>
          ),
        }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('该年度没有培训计划', 'No plans for this year') }}
      />
      <PlanFormDrawer target={formTarget} agencies={agencies.data ?? []} onClose={() => setFormTarget(null)} />
    </>
  );
}
