// 「借调登记」: secondments with their flags, the 借调预警 list for the justice bureau, record and end a secondment.
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, List, Modal, Select, Table, Tag, Typography } from 'antd';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  SECONDMENT_FLAG_LABELS,
  type SecondmentFlagView,
  type SecondmentView,
} from '../../../../../contracts/transfer';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import {
  useAgencyChoices,
  useCreateSecondment,
  useEndSecondment,
  useSecondmentFlags,
  useSecondments,
  useTransferSettings,
} from '../api';
import { FlagTags, OfficerSelect, shanghaiToday } from './transfer-format';

function flagText(f: SecondmentFlagView, t: (zh: string, en: string) => string): string {
  const d = f.detail;
  switch (f.kind) {
    case 'below_minimum':
      return t(
        `一线在岗 ${d.current} 人，低于最低配置 ${d.minimum} 人（借调 ${d.seconded} 人）`,
        `front line ${d.current} < minimum ${d.minimum} (${d.seconded} seconded)`,
      );
    case 'share_exceeded':
      return t(
        `借调 ${d.seconded} 人 / 执法人员 ${d.enforcement} 人，超过 ${d.sharePercent}%`,
        `${d.seconded} of ${d.enforcement} seconded, above ${d.sharePercent}%`,
      );
    case 'overdue':
      return t(
        `${f.officerName}：预计 ${d.expectedEndDate} 结束，已超期`,
        `${f.officerName}: expected end ${d.expectedEndDate} passed`,
      );
    case 'long_running':
      return t(
        `${f.officerName}：自 ${d.startDate} 借调 ${d.days} 天，超过 ${d.maxMonths} 个月`,
        `${f.officerName}: seconded ${d.days} days since ${d.startDate}, over ${d.maxMonths} months`,
      );
  }
}

export function SecondmentsTab() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [active, setActive] = useState<'true' | 'false' | undefined>('true');
  const [flagged, setFlagged] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useSecondments({ agencyId, active, flagged: flagged ? 'true' : undefined, page, pageSize });
  const flags = useSecondmentFlags();
  const settings = useTransferSettings();
  const agencies = useAgencyChoices();
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<SecondmentView | null>(null);

  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={
          <span data-testid="secondment-warnings-title">
            {t('借调预警', 'Secondment alerts')}{' '}
            <Tag color={(flags.data?.length ?? 0) > 0 ? 'red' : 'green'}>{flags.data?.length ?? 0}</Tag>
          </span>
        }
        data-testid="secondment-warnings"
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {t(
            `清理整顿人员随意借调问题（香格里拉市司法局2024年6月26日通知第（四）项）：一线在岗力量低于最低配置、借调人数超过执法人员的 ${settings.data?.secondedSharePercent ?? 10}%、超过预计结束日期或借调超过 ${settings.data?.maxSecondmentMonths ?? 6} 个月的，予以预警。`,
            `Alerts: front line below its minimum, more than ${settings.data?.secondedSharePercent ?? 10}% seconded, past the expected end or longer than ${settings.data?.maxSecondmentMonths ?? 6} months.`,
          )}
        </Typography.Paragraph>
        <ErrorAlert error={flags.error} />
        <List
          size="small"
          dataSource={flags.data ?? []}
          locale={{ emptyText: t('暂无预警', 'No alerts') }}
          pagination={(flags.data?.length ?? 0) > 8 ? { pageSize: 8, size: 'small' } : false}
          renderItem={(f) => (
            <List.Item data-testid="secondment-warning" data-kind={f.kind}>
              <Flex gap={8} align="center" wrap>
                <Tag color={f.secondmentId ? 'orange' : 'red'}>{label(SECONDMENT_FLAG_LABELS[f.kind])}</Tag>
                <strong>{f.agency.name}</strong>
                <span>{flagText(f, t)}</span>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
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
            value={active ?? 'all'}
            onChange={(v) => {
              setActive(v === 'all' ? undefined : (v as 'true' | 'false'));
              setPage(1);
            }}
            options={[
              { value: 'true', label: t('借调中', 'Active') },
              { value: 'false', label: t('已结束', 'Ended') },
              { value: 'all', label: t('全部', 'All') },
            ]}
            style={{ width: 120 }}
          />
          <Select
            value={flagged ? 'flagged' : 'all'}
            onChange={(v) => {
              setFlagged(v === 'flagged');
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('全部记录', 'All records') },
              { value: 'flagged', label: t('仅预警', 'Flagged only') },
            ]}
            style={{ width: 120 }}
            data-testid="secondment-flag-filter"
          />
        </Flex>
        {list.data?.canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="secondment-new">
            {t('登记借调', 'Record a secondment')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<SecondmentView>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        data-testid="secondments-table"
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
          showTotal: (n) => t(`共 ${n} 条`, `${n} records`),
        }}
        columns={[
          {
            title: t('执法人员', 'Officer'),
            key: 'officer',
            render: (_, s) => (
              <Flex vertical>
                <span>
                  {s.officerName} {s.officerFrontLine && <Tag>{t('一线', 'front line')}</Tag>}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.agency.name}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('借调去向', 'Seconded to'), dataIndex: 'destination' },
          {
            title: t('期间', 'Period'),
            key: 'period',
            width: 230,
            render: (_, s) => (
              <Flex vertical style={{ fontSize: 12 }}>
                <span>
                  {s.startDate} — {s.endedOn ?? t(`预计 ${s.expectedEndDate}`, `expected ${s.expectedEndDate}`)}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`${s.days} 天`, `${s.days} days`)}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('审批文号', 'Approval'), dataIndex: 'approvalDocNo', width: 150 },
          { title: t('预警', 'Alerts'), key: 'flags', width: 200, render: (_, s) => <FlagTags flags={s.flags} /> },
          {
            title: t('操作', 'Actions'),
            key: 'actions',
            width: 100,
            render: (_, s) =>
              s.abilities.end ? (
                <Button type="link" size="small" onClick={() => setEnding(s)} data-testid="secondment-end">
                  {t('结束借调', 'End')}
                </Button>
              ) : s.active ? null : (
                <Tag>{t('已结束', 'Ended')}</Tag>
              ),
          },
        ]}
      />
      <CreateSecondmentModal open={creating} onClose={() => setCreating(false)} />
      <EndSecondmentModal
        secondment={ending}
        onClose={() => setEnding(null)}
        onDone={() => message.success(t('借调已结束，人员回到在岗', 'Ended; the officer is back in post'))}
      />
    </Flex>
  );
}

function CreateSecondmentModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const create = useCreateSecondment();
  const [error, setError] = useState<{ e: unknown; details: string[] } | null>(null);
  const required = (msg: string) => [{ required: true, whitespace: true, message: msg }];
  return (
    <Modal
      open={open}
      title={t('登记借调', 'Record a secondment')}
      onCancel={onClose}
      destroyOnHidden
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'secondment-save' } as Record<string, string>}
      onOk={async () => {
        setError(null);
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        try {
          await create.mutateAsync(v);
          message.success(t('已登记，人员状态改为借调', 'Recorded; the officer is now seconded'));
          form.resetFields();
          onClose();
        } catch (e) {
          setError({ e, details: applyServerErrors(form, e).unmatched });
        }
      }}
      width={640}
    >
      {error && <ErrorAlert error={error.e} details={error.details} />}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t(
          '借调期间该人员不计入一线执法力量；借调须有审批文号，并按预计结束日期归岗。',
          'While seconded the officer does not count on the front line; a secondment needs an approval document.',
        )}
      />
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ startDate: shanghaiToday() }}>
        <Form.Item
          name="officerId"
          label={t('执法人员（在岗）', 'Officer (in post)')}
          rules={[{ required: true, message: t('请选择执法人员', 'Choose an officer') }]}
        >
          <OfficerSelect testId="secondment-officer" />
        </Form.Item>
        <Form.Item
          name="destination"
          label={t('借调去向', 'Seconded to')}
          rules={required(t('请填写借调去向', 'Give the destination'))}
        >
          <Input maxLength={200} data-testid="secondment-destination" />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="startDate"
            label={t('借调开始日期', 'Start')}
            rules={required(t('请填写日期', 'Give the date'))}
            style={{ flex: 1 }}
          >
            <Input type="date" data-testid="secondment-start" />
          </Form.Item>
          <Form.Item
            name="expectedEndDate"
            label={t('预计结束日期', 'Expected end')}
            rules={required(t('请填写日期', 'Give the date'))}
            style={{ flex: 1 }}
          >
            <Input type="date" data-testid="secondment-expected-end" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="approvalDocNo"
          label={t('审批文号', 'Approval document number')}
          rules={required(t('请填写审批文号', 'Give the document number'))}
        >
          <Input maxLength={100} data-testid="secondment-approval" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('借调事由', 'Reason')}
          rules={required(t('请填写借调事由', 'Give the reason'))}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="secondment-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EndSecondmentModal({
  secondment,
  onClose,
  onDone,
}: {
  secondment: SecondmentView | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const end = useEndSecondment();
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal
      open={!!secondment}
      title={t(`结束借调：${secondment?.officerName ?? ''}`, `End secondment: ${secondment?.officerName ?? ''}`)}
      onCancel={onClose}
      destroyOnHidden
      okText={t('结束借调', 'End')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={end.isPending}
      onOk={async () => {
        setError(null);
        const v = await form.validateFields().catch(() => null);
        if (!v || !secondment) return;
        try {
          await end.mutateAsync({ id: secondment.id, body: { endedOn: v.endedOn, note: v.note || null } });
          onDone();
          onClose();
        } catch (e) {
          applyServerErrors(form, e);
          setError(e);
        }
      }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ endedOn: shanghaiToday() }}>
        <Form.Item
          name="endedOn"
          label={t('结束日期', 'Ended on')}
          rules={[{ required: true, message: t('请填写日期', 'Give the date') }]}
        >
          <Input type="date" data-testid="secondment-ended-on" />
        </Form.Item>
        <Form.Item name="note" label={t('说明', 'Note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
