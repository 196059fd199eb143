// 不予处罚清单 / 首违不罚清单 (行政处罚法 第三十三条): entries per agency; drafts are edited, published from a date,
// withdrawn from a date. "施行中" shows the published view for a date.
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import dayjs from 'dayjs';
import {
  EXEMPTION_KIND_LABELS,
  EXEMPTION_KINDS,
  dslErrorOf,
  parseConditions,
  type ExemptionView,
} from '../../../../../contracts/benchmark';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { useHasPermission } from '../../../lib/auth';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import {
  useAgencyOptions,
  useBenchmarks,
  useExemptionAction,
  useExemptions,
  useSaveExemption,
  type ExemptionListParams,
} from '../api';
import { shanghaiToday } from './parts';

const STATUS_COLORS = { draft: 'gold', published: 'success', withdrawn: 'default' } as const;

interface ExemptionForm {
  agencyId: string;
  kind: 'no_penalty' | 'first_violation';
  code: string;
  violation: string;
  benchmarkId?: string | null;
  conditionsText: string;
  conditionsDsl?: string;
  basisText: string;
  measures?: string;
}

export function ExemptionsTab() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const canWrite = useHasPermission('benchmark.write');
  const agencies = useAgencyOptions();
  const [filters, setFilters] = useState<ExemptionListParams>({});
  const [inForceOnly, setInForceOnly] = useState(false);
  const list = useExemptions(inForceOnly ? { ...filters, inForceOn: shanghaiToday() } : filters);
  const action = useExemptionAction();
  const [editing, setEditing] = useState<ExemptionView | 'new' | null>(null);
  const [dating, setDating] = useState<{ e: ExemptionView; action: 'publish' | 'withdraw' } | null>(null);
  const [date, setDate] = useState<string>(shanghaiToday());

  const run = (id: string, act: 'publish' | 'withdraw' | 'delete', d?: string) =>
    action.mutate(
      { id, action: act, date: d },
      {
        onSuccess: () => {
          setDating(null);
          message.success(t('已保存', 'Saved'));
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );

  const columns: ColumnsType<ExemptionView> = [
    {
      title: t('清单', 'List'),
      dataIndex: 'kind',
      width: 96,
      render: (k: ExemptionView['kind']) => (
        <Tag color={k === 'no_penalty' ? 'green' : 'cyan'}>{label(EXEMPTION_KIND_LABELS[k])}</Tag>
      ),
    },
    {
      title: t('编码 / 执法主体', 'Code / agency'),
      key: 'code',
      width: 160,
      render: (_, e) => (
        <>
          <div>{e.code}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.agencyName}
          </Typography.Text>
        </>
      ),
    },
    { title: t('违法行为', 'Violation'), dataIndex: 'violation', width: 190 },
    {
      title: t('适用条件', 'Conditions'),
      key: 'conditions',
      render: (_, e) => (
        <>
          <div>{e.conditionsText}</div>
          {e.conditions && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {label(e.conditionsDsl)}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('法律依据', 'Legal basis'), dataIndex: 'basisText', width: 190 },
    {
      title: t('状态', 'Status'),
      key: 'status',
      width: 120,
      render: (_, e) => (
        <Flex vertical gap={2}>
          <Tag color={STATUS_COLORS[e.status]} style={{ width: 'fit-content' }}>
            {e.status === 'draft'
              ? t('草稿', 'Draft')
              : e.status === 'published'
                ? t('已发布', 'Published')
                : t('已撤回', 'Withdrawn')}
          </Tag>
          {e.effectiveFrom && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`${e.effectiveFrom} 起施行`, `from ${e.effectiveFrom}`)}
              {e.withdrawnOn && t(`，${e.withdrawnOn} 撤回`, `, withdrawn ${e.withdrawnOn}`)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...(canWrite
      ? [
          {
            title: t('操作', 'Actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, e: ExemptionView) => (
              <Flex wrap>
                {e.abilities.edit && (
                  <Button type="link" size="small" onClick={() => setEditing(e)} data-testid="exemption-edit">
                    {t('编辑', 'Edit')}
                  </Button>
                )}
                {e.abilities.publish && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => {
                      setDate(shanghaiToday());
                      setDating({ e, action: 'publish' });
                    }}
                    data-testid="exemption-publish"
                  >
                    {t('发布', 'Publish')}
                  </Button>
                )}
                {e.abilities.withdraw && (
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() => {
                      setDate(shanghaiToday());
                      setDating({ e, action: 'withdraw' });
                    }}
                    data-testid="exemption-withdraw"
                  >
                    {t('撤回', 'Withdraw')}
                  </Button>
                )}
                {e.abilities.delete && (
                  <Popconfirm title={t('删除该草稿？', 'Delete this draft?')} onConfirm={() => run(e.id, 'delete')}>
                    <Button type="link" size="small" danger data-testid="exemption-delete">
                      {t('删除', 'Delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap align="center">
          <AgencyTreeSelect
            agencies={agencies.data ?? []}
            value={filters.agencyId ?? null}
            onChange={(v) => setFilters((f) => ({ ...f, agencyId: v ?? undefined }))}
            placeholder={t('全部单位', 'All agencies')}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            placeholder={t('全部清单', 'Both lists')}
            style={{ width: 140 }}
            value={filters.kind}
            onChange={(kind) => setFilters((f) => ({ ...f, kind }))}
            options={EXEMPTION_KINDS.map((k) => ({ value: k, label: label(EXEMPTION_KIND_LABELS[k]) }))}
          />
          <Flex gap={6} align="center">
            <Switch checked={inForceOnly} onChange={setInForceOnly} data-testid="exemptions-in-force" />
            <span>{t('只看今日施行的（公布的清单）', 'In force today (the published list)')}</span>
          </Flex>
        </Flex>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="exemption-create"
          >
            {t('新增清单事项', 'New entry')}
          </Button>
        )}
      </Flex>
      {list.error && <ErrorAlert error={list.error} />}
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isLoading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="exemptions-table"
      />
      {editing && <ExemptionModal target={editing} onClose={() => setEditing(null)} />}
      <Modal
        open={!!dating}
        title={
          dating?.action === 'publish'
            ? t('发布清单事项', 'Publish the entry')
            : t('撤回清单事项', 'Withdraw the entry')
        }
        onCancel={() => setDating(null)}
        onOk={() => dating && run(dating.e.id, dating.action, date)}
        confirmLoading={action.isPending}
        okButtonProps={testId('exemption-date-ok')}
      >
        <Flex vertical gap={8}>
          <span>
            {dating?.action === 'publish' ? t('施行日期', 'Effective from') : t('撤回日期', 'Withdrawn from')}
          </span>
          <DatePicker
            value={dayjs(date)}
            onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
            disabledDate={(d) => d.format('YYYY-MM-DD') < shanghaiToday()}
            allowClear={false}
          />
        </Flex>
      </Modal>
    </Card>
  );
}

function ExemptionModal({ target, onClose }: { target: ExemptionView | 'new'; onClose: () => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<ExemptionForm>();
  const agencies = useAgencyOptions();
  const save = useSaveExemption();
  const [topError, setTopError] = useState<{ error: unknown; details: string[] } | null>(null);
  const agencyId = Form.useWatch('agencyId', form);
  const benchmarks = useBenchmarks({ agencyId: agencyId ?? undefined });
  const editing = target !== 'new' ? target : null;

  const onFinish = (v: ExemptionForm) => {
    let conditions = null;
    try {
      conditions = parseConditions(v.conditionsDsl ?? '');
    } catch (e) {
      const dsl = dslErrorOf(e);
      form.setFields([{ name: 'conditionsDsl', errors: [dsl ? label(dsl.message) : String(e)] }]);
      return;
    }
    const body = {
      kind: v.kind,
      code: v.code,
      violation: v.violation,
      benchmarkId: v.benchmarkId ?? null,
      conditionsText: v.conditionsText,
      conditions,
      basisText: v.basisText,
      measures: v.measures ?? '',
    };
    save.mutate(editing ? { id: editing.id, body } : { body: { ...body, agencyId: v.agencyId } }, {
      onSuccess: onClose,
      onError: (e) => {
        const applied = applyServerErrors(form, e, { conditions: 'conditionsDsl' });
        setTopError({ error: e, details: applied.unmatched });
      },
    });
  };

  return (
    <Modal
      open
      width={720}
      title={editing ? t('编辑清单事项', 'Edit the entry') : t('新增清单事项', 'New entry')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={testId('exemption-save')}
      destroyOnHidden
    >
      {topError && <ErrorAlert error={topError.error} details={topError.details} testId="exemption-form-error" />}
      <Form
        form={form}
        name="exemption"
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          editing
            ? {
                ...editing,
                conditionsDsl: editing.conditionsDsl.zh,
              }
            : { kind: 'first_violation', basisText: '《中华人民共和国行政处罚法》第三十三条第一款' }
        }
      >
        <Flex gap={16}>
          <Form.Item name="kind" label={t('清单', 'List')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select options={EXEMPTION_KINDS.map((k) => ({ value: k, label: label(EXEMPTION_KIND_LABELS[k]) }))} />
          </Form.Item>
          <Form.Item name="code" label={t('编码', 'Code')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Flex>
        {!editing && (
          <Form.Item name="agencyId" label={t('执法主体', 'Agency')} rules={[{ required: true }]}>
            <AgencyTreeSelect agencies={agencies.data ?? []} id="exemption_agencyId" />
          </Form.Item>
        )}
        <Form.Item name="violation" label={t('违法行为', 'Violation')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="benchmarkId" label={t('关联裁量基准（同一违法行为）', 'Linked benchmark (same violation)')}>
          <Select
            allowClear
            options={(benchmarks.data ?? [])
              .filter((b) => !editing || b.agencyId === editing.agencyId)
              .map((b) => ({ value: b.id, label: `${b.code} ${b.violation}` }))}
          />
        </Form.Item>
        <Form.Item name="conditionsText" label={t('适用条件', 'Conditions')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="conditionsDsl"
          label={t('结构化条件（试算时自动判断）', 'Structured conditions (checked in 试算)')}
          extra={t('如：初次违法 且 危害后果≤轻微 且 及时改正', 'e.g. 初次违法 且 危害后果≤轻微 且 及时改正')}
        >
          <Input />
        </Form.Item>
        <Form.Item name="basisText" label={t('法律依据', 'Legal basis')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="measures"
          label={t('处理措施（如责令改正、批评教育）', 'Measures instead (e.g. order to correct)')}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
