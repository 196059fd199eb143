// 期限规则: every statutory period the platform computes — rule id, statute and article, unit, whether a last day
// on a holiday rolls forward, extension, the reading taken — with the tenant's values of the configurable rules,
// which the justice bureau sets here (and an agency's leader or legal office its own legal-review limit).
import { useState } from 'react';
import { App, Button, Card, Form, InputNumber, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import SettingOutlined from '@ant-design/icons/SettingOutlined';
import { DEADLINE_UNIT_LABELS, type DeadlineRuleView } from '../../../../../contracts/deadline';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useDeadlineRules, useDeadlineSettings, useSetAgencyDeadline, useSetTenantDeadline } from '../api';

export function DeadlineRulesTable() {
  const { t, label } = useI18n();
  const me = useCurrentUser();
  const agencyId = me.permissions.includes('review_catalogue.write') ? me.agency?.id : undefined;
  const rules = useDeadlineRules(agencyId);
  const settings = useDeadlineSettings(agencyId);
  const [editing, setEditing] = useState<{ rule: DeadlineRuleView; scope: 'tenant' | 'agency' } | null>(null);
  const abilities = settings.data?.abilities;
  const sourceOf = (id: string) => settings.data?.items.find((i) => i.rule === id);

  const columns: ColumnsType<DeadlineRuleView> = [
    { title: t('编号', 'Id'), dataIndex: 'id', width: 150, render: (id: string) => <code>{id}</code> },
    {
      title: t('期限', 'Period'),
      key: 'title',
      render: (_, r) => (
        <div>
          <div>{label(r.title)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('起算：', 'Starts: ')}
            {label(r.startEvent)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('依据', 'Basis'),
      key: 'basis',
      width: 260,
      render: (_, r) => <Typography.Text style={{ fontSize: 12 }}>{r.basis}</Typography.Text>,
    },
    {
      title: t('时长', 'Length'),
      key: 'amount',
      width: 150,
      render: (_, r) => {
        const s = sourceOf(r.id);
        return (
          <span data-testid="deadline-rule-amount">
            {r.direction === 'before' ? t('前 ', 'before: ') : ''}
            {r.amount} {label(DEADLINE_UNIT_LABELS[r.unit])}
            {s && s.amountSource !== 'default' && (
              <Tag color="blue" style={{ marginInlineStart: 4 }}>
                {s.amountSource === 'agency' ? t('本单位设置', 'agency') : t('本地设置', 'local')}
              </Tag>
            )}
          </span>
        );
      },
    },
    {
      title: t('期满遇节假日', 'Last day on a holiday'),
      dataIndex: 'rollForward',
      width: 120,
      render: (v: boolean, r) =>
        r.unit === 'calendar_days' || r.unit === 'months' ? (
          v ? (
            <Tag color="green">{t('顺延', 'rolls forward')}</Tag>
          ) : (
            <Tag>{t('不顺延', 'no roll-forward')}</Tag>
          )
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('延长', 'Extension'),
      key: 'extension',
      width: 150,
      render: (_, r) =>
        r.extension ? (
          <span>
            {t('≤ ', '≤ ')}
            {r.extension.max} {label(DEADLINE_UNIT_LABELS[r.extension.unit])}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {label(r.extension.approver)}
                {t('批准', ' approves')}
              </Typography.Text>
            </div>
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('说明', 'Reading'),
      key: 'note',
      width: 80,
      render: (_, r) => (
        <Tooltip title={label(r.note)} styles={{ root: { maxWidth: 480 } }}>
          <Typography.Link>{t('查看', 'View')}</Typography.Link>
        </Tooltip>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 130,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          {r.configurable && abilities?.configureTenant && (
            <Button
              size="small"
              type="link"
              icon={<SettingOutlined />}
              onClick={() => setEditing({ rule: r, scope: 'tenant' })}
              data-testid="deadline-rule-configure"
            >
              {t('本地设置', 'Set locally')}
            </Button>
          )}
          {r.configurable?.perAgency && abilities?.configureAgency && (
            <Button
              size="small"
              type="link"
              icon={<SettingOutlined />}
              onClick={() => setEditing({ rule: r, scope: 'agency' })}
              data-testid="deadline-rule-configure-agency"
            >
              {t('本单位设置', 'Set for my agency')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card data-testid="deadline-rules">
      <ErrorAlert error={rules.error} />
      <Typography.Paragraph type="secondary">
        {t(
          '起算日不计入。工作日不含周末和法定节假日，调休上班日计入。按日计算的期限，只有法律规定适用民事诉讼法期间规定（或期限约束当事人）时，期满日遇节假日才顺延。',
          'The start day is not counted. Working days exclude weekends and public holidays and include swapped working days. A calendar-day period ending on a holiday rolls forward only where the statute applies the civil-procedure rule on periods (or the period binds the party).',
        )}
      </Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        loading={rules.isLoading}
        columns={columns}
        dataSource={rules.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        data-testid="deadline-rules-table"
        onRow={(r) => ({ 'data-rule': r.id }) as React.HTMLAttributes<HTMLElement>}
      />
      {editing && (
        <SettingModal
          rule={editing.rule}
          scope={editing.scope}
          agencyId={agencyId}
          extensionMax={sourceOf(editing.rule.id)?.extensionMax ?? null}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

function SettingModal(props: {
  rule: DeadlineRuleView;
  scope: 'tenant' | 'agency';
  agencyId: string | undefined;
  extensionMax: number | null;
  onClose: () => void;
}) {
  const { rule, scope, onClose } = props;
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ amount: number | null; extensionMax: number | null }>();
  const tenant = useSetTenantDeadline();
  const agency = useSetAgencyDeadline(props.agencyId);
  const mutation = scope === 'tenant' ? tenant : agency;
  const [stray, setStray] = useState<{ error: unknown; details: string[] } | null>(null);
  const cfg = rule.configurable!;

  const save = async (reset: boolean) => {
    setStray(null);
    const v = reset ? { amount: null, extensionMax: null } : await form.validateFields();
    try {
      if (scope === 'tenant') {
        await tenant.mutateAsync({
          rule: rule.id as never,
          ...(cfg.amount ? { amount: v.amount ?? null } : {}),
          ...(cfg.extensionMax ? { extensionMax: v.extensionMax ?? null } : {}),
        });
      } else {
        await agency.mutateAsync({ rule: 'LEGAL-REVIEW', amount: v.amount ?? null });
      }
      message.success(t('已保存', 'Saved'));
      onClose();
    } catch (err) {
      const applied = applyServerErrors(form, err);
      setStray({ error: err, details: applied.unmatched });
    }
  };

  return (
    <Modal
      open
      title={`${rule.id} ${label(rule.title)} — ${scope === 'tenant' ? t('本地设置', 'local setting') : t('本单位设置', 'agency setting')}`}
      onCancel={onClose}
      footer={[
        <Button key="reset" onClick={() => save(true)} {...testId('deadline-setting-reset')}>
          {scope === 'tenant' ? t('恢复法定默认值', 'Back to the default') : t('采用本地设置', 'Use the local value')}
        </Button>,
        <Button key="cancel" onClick={onClose}>
          {t('取消', 'Cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={mutation.isPending}
          onClick={() => save(false)}
          {...testId('deadline-setting-save')}
        >
          {t('保存', 'Save')}
        </Button>,
      ]}
    >
      <ErrorAlert error={stray?.error} details={stray?.details} testId="deadline-setting-error" />
      <Typography.Paragraph type="secondary">{label(rule.note)}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ amount: rule.amount, extensionMax: props.extensionMax }}
        data-testid="deadline-setting-form"
      >
        {cfg.amount && (
          <Form.Item
            name="amount"
            label={`${t('期限', 'Period')}（${cfg.amount.min}–${cfg.amount.max} ${label(DEADLINE_UNIT_LABELS[rule.unit])}）`}
          >
            <InputNumber min={cfg.amount.min} max={cfg.amount.max} data-testid="deadline-setting-amount" />
          </Form.Item>
        )}
        {scope === 'tenant' && cfg.extensionMax && rule.extension && (
          <Form.Item
            name="extensionMax"
            label={`${t('经批准可延长至多', 'Approved extension at most')}（${cfg.extensionMax.min}–${cfg.extensionMax.max} ${label(DEADLINE_UNIT_LABELS[rule.extension.unit])}）`}
          >
            <InputNumber
              min={cfg.extensionMax.min}
              max={cfg.extensionMax.max}
              data-testid="deadline-setting-extension-max"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
