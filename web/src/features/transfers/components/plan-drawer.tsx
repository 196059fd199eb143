// One transfer plan in a drawer: the editor (调出、调入补充、岗位变动 with the live front-line balance, save, 报备)
// while the plan is a draft or returned; otherwise the record — items, both filings (司法局 and 组织部门), history —
// with what the caller may do next (withdraw, accept / return with comments, 执行).
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Space,
  Switch,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import {
  TRANSFER_ITEM_KIND_LABELS,
  TRANSFER_PLAN_STATE_LABELS,
  type BalancePreviewBody,
  type TransferItemInput,
  type TransferItemKind,
  type TransferItemView,
  type TransferPlanView,
} from '../../../../../contracts/transfer';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import {
  useAgencyChoices,
  useBalancePreview,
  useOrgFiling,
  usePlan,
  usePlanAction,
  useSavePlan,
  type PlanAction,
} from '../api';
import { BalancePanel, OfficerSelect, PlanStateTag, shanghaiToday } from './transfer-format';

export type PlanDrawerTarget = { mode: 'create' } | { mode: 'open'; id: string };

interface ItemForm {
  id?: string;
  kind: TransferItemKind;
  officerId?: string | null;
  officerName?: string | null;
  destinationMode?: 'agency' | 'outside';
  destinationAgencyId?: string | null;
  destinationName?: string | null;
  source?: 'officer' | 'new';
  newPersonName?: string | null;
  post?: string | null;
  frontLine?: boolean;
  effectiveDate?: string;
  reason?: string;
}

interface PlanForm {
  agencyId?: string;
  title?: string;
  items?: ItemForm[];
  balanceReason?: string;
}

const toForm = (i: TransferItemView): ItemForm => ({
  id: i.id,
  kind: i.kind,
  officerId: i.officerId,
  officerName: i.officerName,
  destinationMode: i.destinationAgency ? 'agency' : 'outside',
  destinationAgencyId: i.destinationAgency?.id ?? null,
  destinationName: i.destinationAgency ? null : i.destinationName,
  source: i.kind === 'in' && !i.officerId ? 'new' : 'officer',
  newPersonName: i.newPersonName,
  post: i.post,
  frontLine: i.frontLine ?? true,
  effectiveDate: i.effectiveDate,
  reason: i.reason,
});

/** The request body of one item; `lenient` fills what the balance does not need, for the live preview. */
function toInput(i: ItemForm, lenient: boolean): TransferItemInput | null {
  const common = {
    ...(i.id ? { id: i.id } : {}),
    effectiveDate: i.effectiveDate || (lenient ? shanghaiToday() : ''),
    reason: i.reason?.trim() || (lenient ? '预览' : ''),
  };
  switch (i.kind) {
    case 'out':
      if (lenient && !i.officerId) return null;
      if (lenient && !(i.destinationMode === 'agency' ? i.destinationAgencyId : i.destinationName?.trim())) return null;
      return {
        kind: 'out',
        ...common,
        officerId: i.officerId ?? '',
        ...(i.destinationMode === 'agency'
          ? { destinationAgencyId: i.destinationAgencyId ?? null }
          : { destinationName: i.destinationName ?? null }),
      };
    case 'in':
      if (lenient && !(i.source === 'new' ? i.newPersonName?.trim() : i.officerId)) return null;
      return {
        kind: 'in',
        ...common,
        ...(i.source === 'new' ? { newPersonName: i.newPersonName ?? null } : { officerId: i.officerId ?? null }),
        post: i.post ?? null,
        frontLine: i.frontLine ?? true,
      };
    case 'post':
      if (lenient && !i.officerId) return null;
      return { kind: 'post', ...common, officerId: i.officerId ?? '', post: i.post ?? null, frontLine: !!i.frontLine };
    default:
      return null;
  }
}

export function PlanDrawer({ target, onClose }: { target: PlanDrawerTarget | null; onClose: () => void }) {
  const { t } = useI18n();
  // A new plan saved once (e.g. submitted while a field was still wrong) is from then on edited as that plan, so
  // that a second try does not file a second draft.
  const [createdId, setCreatedId] = useState<string | null>(null);
  useEffect(() => setCreatedId(null), [target]);
  const openId = target?.mode === 'open' ? target.id : createdId;
  const plan = usePlan(openId);
  const view = plan.data;
  const creating = target?.mode === 'create' && !createdId;
  // One editor instance from the new draft to its saved plan, so that an error on submitting stays on its field.
  const editing = target?.mode === 'create' ? !view || view.abilities.edit : (view?.abilities.edit ?? false);
  const title = creating ? t('新建调动计划', 'New transfer plan') : (view?.title ?? t('调动计划', 'Transfer plan'));
  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      size={980}
      destroyOnHidden
      title={
        <Space>
          {title}
          {view && <PlanStateTag state={view.state} />}
          {view?.flagged && <Tag color="red">{t('低于最低配置', 'Below minimum')}</Tag>}
        </Space>
      }
      data-testid="transfer-plan-drawer"
    >
      <ErrorAlert error={plan.error} />
      {editing && (target?.mode === 'create' || view) && (
        <PlanEditor
          key={target?.mode === 'open' ? target.id : 'new'}
          plan={creating ? undefined : view}
          onDone={onClose}
          onCreated={setCreatedId}
        />
      )}
      {view && !editing && <PlanRecord plan={view} />}
    </Drawer>
  );
}

function PlanEditor({
  plan,
  onDone,
  onCreated,
}: {
  plan?: TransferPlanView;
  onDone: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanForm>();
  const agencies = useAgencyChoices();
  const save = useSavePlan();
  const act = usePlanAction();
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);
  const values = Form.useWatch([], form) as PlanForm | undefined;
  const agencyId = plan?.agency.id ?? values?.agencyId;
  const previewBody = useMemo<BalancePreviewBody | null>(() => {
    if (!agencyId) return null;
    const items = (values?.items ?? []).flatMap((i) => (i ? (toInput(i, true) ?? []) : []));
    return { agencyId, items };
  }, [agencyId, values?.items]);
  const preview = useBalancePreview(useDeferredValue(previewBody));
  const below = preview.data?.belowMinimum ?? false;

  useEffect(() => {
    form.setFieldsValue(
      plan
        ? { title: plan.title, items: plan.items.map(toForm) }
        : { items: [], title: `${shanghaiToday().slice(0, 4)}年执法人员调动计划` },
    );
  }, [plan, form]);

  const persist = async (): Promise<TransferPlanView | null> => {
    setError(null);
    let v: PlanForm;
    try {
      v = await form.validateFields();
    } catch {
      return null;
    }
    const items = (v.items ?? []).map((i) => toInput(i, false)!).filter(Boolean);
    try {
      if (plan) return await save.mutateAsync({ id: plan.id, body: { title: v.title ?? '', items } });
      const created = await save.mutateAsync({ body: { agencyId: v.agencyId ?? '', title: v.title ?? '', items } });
      onCreated?.(created.id);
      return created;
    } catch (e) {
      const applied = applyServerErrors(form, e);
      setError({ error: e, details: applied.unmatched });
      return null;
    }
  };

  const onSave = async () => {
    const saved = await persist();
    if (saved) message.success(t('已保存', 'Saved'));
  };
  const onSubmit = async () => {
    const saved = await persist();
    if (!saved) return;
    try {
      await act.mutateAsync({
        id: saved.id,
        action: 'submit',
        body: { balanceReason: form.getFieldValue('balanceReason') || null },
      });
      message.success(t('已报司法局备案', 'Submitted to the justice bureau'));
      onDone();
    } catch (e) {
      const applied = applyServerErrors(form, e);
      setError({ error: e, details: applied.unmatched });
    }
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} data-testid="transfer-plan-form">
      {error && <ErrorAlert error={error.error} details={error.details} />}
      {plan?.state === 'returned' && plan.reviewComments && (
        <Card size="small" style={{ marginBottom: 12, borderColor: '#faad14' }} data-testid="transfer-plan-comments">
          <Typography.Text strong>{t('司法局退回意见：', 'Returned with: ')}</Typography.Text>
          {plan.reviewComments}
        </Card>
      )}
      <Flex gap={16}>
        {!plan && (
          <Form.Item
            name="agencyId"
            label={t('调动单位', 'Agency')}
            rules={[{ required: true, message: t('请选择单位', 'Choose an agency') }]}
            style={{ flex: 1 }}
          >
            <AgencyTreeSelect agencies={agencies.data ?? []} loading={agencies.isLoading} id="transfer-plan-agency" />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('计划名称', 'Title')}
          rules={[{ required: true, whitespace: true, message: t('请填写计划名称', 'Give a title') }]}
          style={{ flex: 1 }}
        >
          <Input maxLength={200} data-testid="transfer-plan-title" />
        </Form.Item>
      </Flex>
      <Card
        size="small"
        title={t('一线执法力量（实时试算）', 'Front-line strength (live)')}
        style={{ marginBottom: 16 }}
      >
        {agencyId ? (
          <>
            <BalancePanel balance={preview.data} loading={preview.isLoading} />
            {preview.error && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {errorMessage(preview.error)}
              </Typography.Text>
            )}
          </>
        ) : (
          <Typography.Text type="secondary">{t('选择单位后显示', 'Choose the agency first')}</Typography.Text>
        )}
      </Card>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((field) => (
              <ItemCard
                key={field.key}
                name={field.name}
                agencyId={agencyId}
                onRemove={() => remove(field.name)}
                form={form}
              />
            ))}
            <Flex gap={8} wrap>
              {(['out', 'in', 'post'] as const).map((kind) => (
                <Button
                  key={kind}
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({
                      kind,
                      source: 'officer',
                      destinationMode: 'outside',
                      frontLine: kind !== 'post' ? true : false,
                      effectiveDate: shanghaiToday(),
                    } satisfies ItemForm)
                  }
                  data-testid={`transfer-add-${kind}`}
                >
                  {label(TRANSFER_ITEM_KIND_LABELS[kind])}
                </Button>
              ))}
            </Flex>
          </Flex>
        )}
      </Form.List>
      <Divider />
      {below && (
        <Form.Item
          name="balanceReason"
          label={t('低于最低配置的理由（报备时必填）', 'Reason for falling below the minimum (required to submit)')}
          initialValue={plan?.balanceReason ?? undefined}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="transfer-balance-reason" />
        </Form.Item>
      )}
      {!below && <Form.Item name="balanceReason" hidden />}
      <Flex justify="flex-end" gap={8}>
        {plan?.abilities.withdraw && <WithdrawButton id={plan.id} onDone={onDone} />}
        <Button onClick={onSave} loading={save.isPending && !act.isPending} data-testid="transfer-plan-save">
          {t('保存', 'Save')}
        </Button>
        <Button type="primary" onClick={onSubmit} loading={act.isPending} data-testid="transfer-plan-submit">
          {t('保存并报司法局备案', 'Save and submit')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12 }}>
        {t(
          '执法人员岗位变动须向组织部门备案，提交变动计划与补充计划（调入事项），保证调出与调入的均衡性（香格里拉市司法局2024年6月26日通知第（四）项）。组织部门备案情况在报备后登记。',
          'Post changes are filed with the organisation department with the change plan and the supplement plan (incoming items); record that filing after submitting.',
        )}
      </Typography.Paragraph>
    </Form>
  );
}

function ItemCard({
  name,
  agencyId,
  onRemove,
  form,
}: {
  name: number;
  agencyId?: string;
  onRemove: () => void;
  form: ReturnType<typeof Form.useForm<PlanForm>>[0];
}) {
  const { t, label } = useI18n();
  const agencies = useAgencyChoices();
  const item = (Form.useWatch(['items', name], form) ?? {}) as ItemForm;
  const required = (msg: string) => [{ required: true, whitespace: true, message: msg }];
  return (
    <Card
      size="small"
      data-testid="transfer-item"
      data-kind={item.kind}
      title={
        <Tag color={item.kind === 'out' ? 'volcano' : item.kind === 'in' ? 'green' : 'blue'}>
          {label(TRANSFER_ITEM_KIND_LABELS[item.kind ?? 'out'])}
        </Tag>
      }
      extra={
        <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('删除', 'Remove')} />
      }
    >
      <Form.Item name={[name, 'kind']} hidden>
        <Input />
      </Form.Item>
      <Form.Item name={[name, 'id']} hidden>
        <Input />
      </Form.Item>
      <Form.Item name={[name, 'officerName']} hidden>
        <Input />
      </Form.Item>
      <Flex gap={12} wrap>
        {item.kind === 'in' && (
          <Form.Item name={[name, 'source']} label={t('调入人员', 'Incoming')} style={{ minWidth: 200 }}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'officer', label: t('本区划执法人员', 'Officer of the region') },
                { value: 'new', label: t('新进人员', 'New person') },
              ]}
            />
          </Form.Item>
        )}
        {(item.kind !== 'in' || item.source !== 'new') && (
          <Form.Item
            name={[name, 'officerId']}
            label={t('执法人员', 'Officer')}
            rules={[{ required: true, message: t('请选择执法人员', 'Choose an officer') }]}
            style={{ flex: 1, minWidth: 260 }}
          >
            <OfficerSelect
              agencyId={item.kind === 'in' ? undefined : agencyId}
              knownName={item.officerName}
              testId="transfer-item-officer"
            />
          </Form.Item>
        )}
        {item.kind === 'in' && item.source === 'new' && (
          <Form.Item
            name={[name, 'newPersonName']}
            label={t('新进人员姓名', 'Name')}
            rules={required(t('请填写姓名', 'Give the name'))}
            style={{ flex: 1, minWidth: 200 }}
          >
            <Input maxLength={50} data-testid="transfer-item-new-name" />
          </Form.Item>
        )}
      </Flex>
      {item.kind === 'out' && (
        <Flex gap={12} wrap>
          <Form.Item name={[name, 'destinationMode']} label={t('调往', 'Destination')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'agency', label: t('本区划单位', 'Agency of the region') },
                { value: 'outside', label: t('其他单位', 'Outside body') },
              ]}
            />
          </Form.Item>
          {item.destinationMode === 'agency' ? (
            <Form.Item
              name={[name, 'destinationAgencyId']}
              label={t('调往单位', 'Destination agency')}
              rules={[{ required: true, message: t('请选择单位', 'Choose an agency') }]}
              style={{ flex: 1, minWidth: 260 }}
            >
              <AgencyTreeSelect agencies={agencies.data ?? []} isDisabled={(a) => a.id === agencyId} />
            </Form.Item>
          ) : (
            <Form.Item
              name={[name, 'destinationName']}
              label={t('调往单位名称', 'Destination')}
              rules={required(t('请填写调往单位', 'Give the destination'))}
              style={{ flex: 1, minWidth: 260 }}
            >
              <Input maxLength={200} data-testid="transfer-item-destination" />
            </Form.Item>
          )}
        </Flex>
      )}
      <Flex gap={12} wrap>
        {item.kind !== 'out' && (
          <>
            <Form.Item name={[name, 'post']} label={t('岗位', 'Post')} style={{ flex: 1, minWidth: 160 }}>
              <Input maxLength={100} placeholder={t('如：执法队员', 'e.g. enforcement officer')} />
            </Form.Item>
            <Form.Item name={[name, 'frontLine']} label={t('一线执法岗位', 'Front line')} valuePropName="checked">
              <Switch data-testid="transfer-item-front-line" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name={[name, 'effectiveDate']}
          label={t('生效日期', 'Effective')}
          rules={required(t('请填写生效日期', 'Give the date'))}
        >
          <Input type="date" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name={[name, 'reason']}
          label={t('变动理由', 'Reason')}
          rules={required(t('请填写理由', 'Give the reason'))}
          style={{ flex: 2, minWidth: 240 }}
        >
          <Input maxLength={500} data-testid="transfer-item-reason" />
        </Form.Item>
      </Flex>
    </Card>
  );
}

function WithdrawButton({ id, onDone }: { id: string; onDone?: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const act = usePlanAction();
  return (
    <Popconfirm
      title={t('撤回该调动计划？', 'Withdraw this plan?')}
      okText={t('撤回', 'Withdraw')}
      cancelText={t('取消', 'Cancel')}
      onConfirm={() =>
        act.mutate(
          { id, action: 'withdraw' },
          {
            onSuccess: () => {
              message.success(t('已撤回', 'Withdrawn'));
              onDone?.();
            },
            onError: (e) => message.error(errorMessage(e)),
          },
        )
      }
    >
      <Button danger data-testid="transfer-plan-withdraw">
        {t('撤回', 'Withdraw')}
      </Button>
    </Popconfirm>
  );
}

const OUTCOME_LABELS: Record<string, { zh: string; en: string }> = {
  applied: { zh: '已执行', en: 'Applied' },
  awaiting_registration: { zh: '待录入执法人员信息', en: 'Awaiting registration' },
  already_moved: { zh: '人员已不在原单位，未变动', en: 'Already moved' },
};

export function ItemsTable({ items }: { items: TransferItemView[] }) {
  const { t, label } = useI18n();
  return (
    <Table<TransferItemView>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      data-testid="transfer-items-table"
      columns={[
        {
          title: t('事项', 'Item'),
          dataIndex: 'kind',
          width: 110,
          render: (k: TransferItemKind) => label(TRANSFER_ITEM_KIND_LABELS[k]),
        },
        {
          title: t('人员', 'Person'),
          key: 'person',
          render: (_, i) => (
            <Flex vertical>
              <span>{i.officerName ?? i.newPersonName ?? '—'}</span>
              {i.kind === 'in' && i.officerAgency && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('来自', 'from')} {i.officerAgency.name}
                </Typography.Text>
              )}
              {i.kind === 'in' && !i.officerId && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('新进人员', 'New person')}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          title: t('去向 / 岗位', 'Destination / post'),
          key: 'where',
          render: (_, i) =>
            i.kind === 'out'
              ? (i.destinationAgency?.name ?? i.destinationName)
              : `${i.post ?? '—'}${i.frontLine ? t('（一线）', ' (front line)') : t('（非一线）', ' (back office)')}`,
        },
        { title: t('生效日期', 'Effective'), dataIndex: 'effectiveDate', width: 110 },
        { title: t('理由', 'Reason'), dataIndex: 'reason' },
        {
          title: t('执行', 'Executed'),
          key: 'outcome',
          width: 150,
          render: (_, i) =>
            i.outcome ? (
              <Tag color={i.outcome === 'applied' ? 'success' : 'default'}>
                {label(OUTCOME_LABELS[i.outcome], i.outcome)}
              </Tag>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

function PlanRecord({ plan }: { plan: TransferPlanView }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const act = usePlanAction();
  const [decision, setDecision] = useState<'accept' | 'return' | null>(null);
  const [comments, setComments] = useState('');
  const run = (action: PlanAction, body?: Record<string, unknown>, done?: string) =>
    act.mutate(
      { id: plan.id, action, body },
      {
        onSuccess: () => {
          message.success(done ?? t('已完成', 'Done'));
          setDecision(null);
          setComments('');
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  return (
    <Flex vertical gap={16} data-testid="transfer-plan-record">
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('单位', 'Agency')}>{plan.agency.name}</Descriptions.Item>
        <Descriptions.Item label={t('年度', 'Year')}>{plan.year}</Descriptions.Item>
        <Descriptions.Item label={t('司法局备案', 'Justice bureau')}>
          <Space>
            <PlanStateTag state={plan.state} />
            {plan.submittedAt && (
              <span>
                {t('报备', 'submitted')} <DateTime value={plan.submittedAt} />
              </span>
            )}
            {plan.decidedAt && (
              <span>
                {plan.decidedBy} <DateTime value={plan.decidedAt} />
              </span>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('组织部门备案', 'Organisation dept.')}>
          <OrgFiling plan={plan} />
        </Descriptions.Item>
        {plan.reviewComments && (
          <Descriptions.Item label={t('审核意见', 'Comments')} span={2}>
            {plan.reviewComments}
          </Descriptions.Item>
        )}
        {plan.balanceReason && (
          <Descriptions.Item label={t('低于最低配置的理由', 'Reason below minimum')} span={2}>
            <span data-testid="transfer-plan-balance-reason">{plan.balanceReason}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Card size="small" title={t('一线执法力量', 'Front-line strength')}>
        <BalancePanel balance={plan.balance} />
      </Card>
      <ItemsTable items={plan.items} />
      <Flex justify="flex-end" gap={8} wrap>
        {plan.abilities.withdraw && <WithdrawButton id={plan.id} />}
        {plan.abilities.return && (
          <Button onClick={() => setDecision('return')} data-testid="transfer-plan-return">
            {t('退回', 'Return')}
          </Button>
        )}
        {plan.abilities.accept && (
          <Button type="primary" onClick={() => setDecision('accept')} data-testid="transfer-plan-accept">
            {t('予以备案', 'Accept')}
          </Button>
        )}
        {plan.abilities.execute && (
          <Popconfirm
            title={t('执行已到生效日期的事项？', 'Apply the items now due?')}
            description={t(
              '调出人员随之变更单位或状态，并暂停其原单位领域的执法证；调入人员转入本单位。',
              'Outgoing officers move and their certificates for this agency’s domains are suspended; incoming officers move in.',
            )}
            okText={t('执行', 'Execute')}
            cancelText={t('取消', 'Cancel')}
            onConfirm={() => run('execute', {}, t('已执行', 'Executed'))}
          >
            <Button type="primary" loading={act.isPending} data-testid="transfer-plan-execute">
              {t('执行', 'Execute')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <Modal
        open={!!decision}
        title={decision === 'accept' ? t('予以备案', 'Accept the filing') : t('退回调动计划', 'Return the plan')}
        onCancel={() => setDecision(null)}
        okText={decision === 'accept' ? t('予以备案', 'Accept') : t('退回', 'Return')}
        cancelText={t('取消', 'Cancel')}
        confirmLoading={act.isPending}
        onOk={() =>
          decision === 'accept'
            ? run('accept', { comments: comments || null }, t('已备案', 'Accepted'))
            : run('return', { comments }, t('已退回', 'Returned'))
        }
        okButtonProps={{ disabled: decision === 'return' && !comments.trim() }}
      >
        <Input.TextArea
          rows={4}
          value={comments}
          onChange={(e) => setComments(e.target.value)}
          placeholder={
            decision === 'return'
              ? t('退回意见（必填）', 'Comments (required)')
              : t('审核意见（可选）', 'Comments (optional)')
          }
          data-testid="transfer-plan-comments-input"
        />
      </Modal>
      <Card size="small" title={t('办理记录', 'History')}>
        <Timeline
          items={plan.events.map((e) => ({
            content: (
              <span>
                <DateTime value={e.at} /> {e.actorName ?? ''} ·{' '}
                {label(TRANSFER_PLAN_STATE_LABELS[e.toState as keyof typeof TRANSFER_PLAN_STATE_LABELS], e.toState)}
                {e.comments && e.action !== 'execute' ? `：${e.comments}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}

function OrgFiling({ plan }: { plan: TransferPlanView }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const save = useOrgFiling();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ filedOn?: string; documentNo?: string }>();
  const [error, setError] = useState<unknown>(null);
  const f = plan.orgFiling;
  return (
    <Space data-testid="transfer-org-filing">
      {f.filedOn ? (
        <span>
          {f.filedOn} {f.documentNo ?? ''}
        </span>
      ) : (
        <Tag>{t('尚未备案', 'Not yet')}</Tag>
      )}
      {plan.abilities.recordOrgFiling && (
        <Button
          size="small"
          type="link"
          onClick={() => {
            form.setFieldsValue({ filedOn: f.filedOn ?? undefined, documentNo: f.documentNo ?? undefined });
            setError(null);
            setOpen(true);
          }}
          data-testid="transfer-org-filing-edit"
        >
          {t('登记', 'Record')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('登记组织部门备案', 'Organisation department filing')}
        onCancel={() => setOpen(false)}
        okText={t('保存', 'Save')}
        cancelText={t('取消', 'Cancel')}
        confirmLoading={save.isPending}
        onOk={async () => {
          const v = form.getFieldsValue();
          try {
            await save.mutateAsync({
              id: plan.id,
              body: { filedOn: v.filedOn || null, documentNo: v.documentNo || null },
            });
            message.success(t('已保存', 'Saved'));
            setOpen(false);
          } catch (e) {
            applyServerErrors(form, e);
            setError(e);
          }
        }}
      >
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical">
          <Form.Item name="filedOn" label={t('备案日期（留空表示尚未备案）', 'Filed on (empty: not yet)')}>
            <Input type="date" data-testid="transfer-org-filed-on" />
          </Form.Item>
          <Form.Item name="documentNo" label={t('备案文号', 'Document number')}>
            <Input maxLength={100} data-testid="transfer-org-document-no" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
