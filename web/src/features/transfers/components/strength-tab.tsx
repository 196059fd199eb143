// 「一线力量」: per agency the justice bureau's minimum, the front-line officers in post, those seconded away and the
// strength after the plans filed; the justice bureau sets the minimums and the secondment alert settings.
import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import type { AgencyStrengthView } from '../../../../../contracts/transfer';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useSaveTransferSettings, useSetMinimum, useStrength, useTransferSettings } from '../api';

export function StrengthTab() {
  const { t } = useI18n();
  const strength = useStrength();
  const [editing, setEditing] = useState<AgencyStrengthView | null>(null);
  const [onlyBelow, setOnlyBelow] = useState(false);
  const rows = (strength.data?.items ?? []).filter((r) => !onlyBelow || r.belowMinimum);
  const canConfigure = strength.data?.canConfigure ?? false;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t(
          '一线执法力量 = 本单位在一线执法岗位且在岗的执法人员（借调人员不计入）。最低配置由司法局设定，依据香格里拉市司法局2024年6月26日通知第（四）项“保障一线执法队伍人员数量稳定，力量充足”。“计划执行后”计入已报备、已备案尚未执行的调动计划。',
          'Front-line strength = officers in post on front-line posts (seconded ones excluded). The justice bureau sets the minimums. "After plans" counts submitted and accepted plans not yet executed.',
        )}
      </Typography.Paragraph>
      <Flex justify="space-between" gap={8} wrap>
        <Button
          onClick={() => setOnlyBelow((v) => !v)}
          type={onlyBelow ? 'primary' : 'default'}
          data-testid="strength-only-below"
        >
          {t('仅看低于最低配置', 'Below minimum only')}
        </Button>
        {canConfigure && <SettingsCard />}
      </Flex>
      <ErrorAlert error={strength.error} />
      <Table<AgencyStrengthView>
        rowKey={(r) => r.agency.id}
        size="middle"
        loading={strength.isFetching}
        dataSource={rows}
        data-testid="strength-table"
        pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (n) => t(`共 ${n} 个单位`, `${n} agencies`) }}
        rowClassName={(r) => (r.belowMinimum ? 'xz-row-warning' : '')}
        columns={[
          { title: t('单位', 'Agency'), key: 'agency', render: (_, r) => r.agency.name },
          {
            title: t('最低配置', 'Minimum'),
            key: 'minimum',
            width: 110,
            render: (_, r) => r.minimum ?? <Typography.Text type="secondary">{t('未设定', 'not set')}</Typography.Text>,
          },
          { title: t('一线在岗', 'Front line'), dataIndex: 'current', width: 100 },
          { title: t('一线借调', 'Seconded'), dataIndex: 'seconded', width: 100 },
          { title: t('执法人员', 'Officers'), dataIndex: 'enforcement', width: 100 },
          {
            title: t('计划执行后', 'After plans'),
            key: 'projected',
            width: 120,
            render: (_, r) => (
              <span style={{ color: r.minimum !== null && r.projected < r.minimum ? '#cf1322' : undefined }}>
                {r.projected}
              </span>
            ),
          },
          {
            title: t('状态', 'Status'),
            key: 'status',
            width: 130,
            render: (_, r) =>
              r.belowMinimum ? (
                <Tag color="red" data-testid="strength-below">
                  {t('低于最低配置', 'Below minimum')}
                </Tag>
              ) : r.minimum !== null ? (
                <Tag color="green">{t('达标', 'OK')}</Tag>
              ) : (
                '—'
              ),
          },
          ...(canConfigure
            ? [
                {
                  title: t('操作', 'Actions'),
                  key: 'actions',
                  width: 110,
                  render: (_: unknown, r: AgencyStrengthView) => (
                    <Button type="link" size="small" onClick={() => setEditing(r)} data-testid="strength-edit-minimum">
                      {t('设定最低配置', 'Set minimum')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <MinimumModal row={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}

function MinimumModal({ row, onClose }: { row: AgencyStrengthView | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSetMinimum();
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal
      open={!!row}
      title={t(`一线执法力量最低配置：${row?.agency.name ?? ''}`, `Minimum front line: ${row?.agency.name ?? ''}`)}
      onCancel={onClose}
      destroyOnHidden
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'strength-minimum-save' } as Record<string, string>}
      onOk={async () => {
        if (!row) return;
        setError(null);
        const v = form.getFieldsValue();
        try {
          await save.mutateAsync({
            agencyId: row.agency.id,
            body: { minimumFrontLine: v.minimumFrontLine ?? null, basis: v.basis || null, note: v.note || null },
          });
          message.success(t('已保存', 'Saved'));
          onClose();
        } catch (e) {
          applyServerErrors(form, e);
          setError(e);
        }
      }}
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          minimumFrontLine: row?.minimum ?? undefined,
          basis: row?.minimumBasis ?? '香格里拉市司法局2024年6月26日通知第（四）项',
          note: row?.minimumNote ?? undefined,
        }}
      >
        <Typography.Paragraph type="secondary">
          {t(
            `现有一线在岗 ${row?.current ?? 0} 人，一线借调 ${row?.seconded ?? 0} 人。留空表示不设最低配置。`,
            `Front line now ${row?.current ?? 0}, seconded ${row?.seconded ?? 0}. Empty removes the minimum.`,
          )}
        </Typography.Paragraph>
        <Form.Item name="minimumFrontLine" label={t('最低配置（人）', 'Minimum (officers)')}>
          <InputNumber min={0} max={10000} style={{ width: 160 }} data-testid="strength-minimum-input" />
        </Form.Item>
        <Form.Item name="basis" label={t('依据', 'Basis')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="note" label={t('说明', 'Note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SettingsCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useTransferSettings();
  const save = useSaveTransferSettings();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  if (!settings.data) return null;
  return (
    <Card size="small" data-testid="transfer-settings">
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="inline"
        initialValues={settings.data}
        onFinish={async (v) => {
          setError(null);
          try {
            await save.mutateAsync(v);
            message.success(t('预警参数已保存', 'Saved'));
          } catch (e) {
            applyServerErrors(form, e);
            setError(e);
          }
        }}
      >
        <Form.Item name="secondedSharePercent" label={t('借调比例上限（%）', 'Seconded share limit (%)')}>
          <InputNumber min={1} max={100} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="maxSecondmentMonths" label={t('长期借调（月）', 'Long-running (months)')}>
          <InputNumber min={1} max={60} style={{ width: 80 }} />
        </Form.Item>
        <Button htmlType="submit" loading={save.isPending} data-testid="transfer-settings-save">
          {t('保存预警参数', 'Save')}
        </Button>
      </Form>
    </Card>
  );
}
