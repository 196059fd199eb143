// Create or edit an agency's annual training plan: the year and the items (title, kind, planned month, hours,
// audience). Item ids are kept on edit so that linked courses stay linked.
import { useEffect, useState } from 'react';
import { App, Button, Card, Drawer, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  TRAINING_KINDS,
  TRAINING_KIND_LABELS,
  type PlanItemInput,
  type PlanView,
  type TrainingKind,
} from '../../../../../contracts/training';
import { AgencyTreeSelect, type AgencyOption } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useSavePlan } from '../api';

export type PlanFormTarget =
  { mode: 'create'; agencyId: string | null; year: number } | { mode: 'edit'; plan: PlanView };

interface PlanValues {
  agencyId?: string;
  year?: number;
  note?: string;
  items: { id?: string; title: string; kind: TrainingKind; plannedMonth: number; hours: number; audience: string }[];
}

export function PlanFormDrawer({
  target,
  agencies,
  onClose,
}: {
  target: PlanFormTarget | null;
  agencies: readonly AgencyOption[];
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const save = useSavePlan();
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const editing = target?.mode === 'edit' ? target.plan : null;
  const items = Form.useWatch('items', form) ?? [];
  const total = items.reduce((s, i) => s + (i?.hours ?? 0), 0);

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    if (target.mode === 'edit') {
      form.setFieldsValue({
        note: target.plan.note ?? undefined,
        items: target.plan.items.map((i) => ({
          id: i.id,
          title: i.title,
          kind: i.kind,
          plannedMonth: i.plannedMonth,
          hours: i.hours,
          audience: i.audience,
        })),
      });
    } else {
      form.setFieldsValue({
        agencyId: target.agencyId ?? undefined,
        year: target.year,
        items: [{ title: '', kind: 'public_law', plannedMonth: 3, hours: 16, audience: '全体执法人员' }],
      });
    }
  }, [target, form]);

  const onFinish = (v: PlanValues) => {
    setFailure(null);
    const planItems: PlanItemInput[] = v.items.map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      title: i.title,
      kind: i.kind,
      plannedMonth: i.plannedMonth,
      hours: i.hours,
      audience: i.audience,
    }));
    const note = v.note?.trim() || null;
    const input = editing
      ? { id: editing.id, body: { note, items: planItems } }
      : { body: { agencyId: v.agencyId!, year: v.year!, note, items: planItems } };
    save.mutate(input, {
      onSuccess: () => {
        message.success(t('已保存（草稿）', 'Saved (draft)'));
        onClose();
      },
      onError: (e) => {
        const applied = applyServerErrors(form, e);
        setFailure({ error: e, details: applied.unmatched });
      },
    });
  };

  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      size={820}
      destroyOnHidden
      title={
        editing
          ? t(
              `编辑培训计划：${editing.agency.name} ${editing.year}年`,
              `Edit plan: ${editing.agency.name} ${editing.year}`,
            )
          : t('编制年度培训计划', 'New annual training plan')
      }
      data-testid="plan-drawer"
      footer={
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">{t(`计划合计 ${total} 学时`, `${total} hours planned`)}</Typography.Text>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="plan-save">
              {t('保存草稿', 'Save draft')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      {failure && <ErrorAlert error={failure.error} details={failure.details} testId="plan-form-error" />}
      <Form<PlanValues> form={form} name="plan" layout="vertical" onFinish={onFinish}>
        {!editing && (
          <Flex gap={16}>
            <Form.Item name="agencyId" label={t('单位', 'Agency')} rules={[{ required: true }]} style={{ flex: 1 }}>
              <AgencyTreeSelect agencies={agencies} />
            </Form.Item>
            <Form.Item name="year" label={t('年度', 'Year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: 110 }} />
            </Form.Item>
          </Flex>
        )}
        <Form.Item name="note" label={t('说明', 'Note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Card size="small" key={field.key} data-testid="plan-item">
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Flex gap={8} wrap align="flex-start">
                    <Form.Item
                      name={[field.name, 'title']}
                      style={{ marginBottom: 8, flex: 1, minWidth: 260 }}
                      rules={[{ required: true, whitespace: true, message: t('请填写项目名称', 'Title required') }]}
                    >
                      <Input placeholder={t('项目名称，如：《行政处罚法》专题培训', 'Title')} maxLength={200} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 8, width: 190 }}>
                      <Select
                        options={TRAINING_KINDS.map((k) => ({ value: k, label: label(TRAINING_KIND_LABELS[k]) }))}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('删除项目', 'Remove item')}
                    />
                  </Flex>
                  <Flex gap={8} wrap>
                    <Form.Item
                      name={[field.name, 'plannedMonth']}
                      style={{ marginBottom: 0 }}
                      rules={[{ required: true }]}
                    >
                      <InputNumber
                        min={1}
                        max={12}
                        precision={0}
                        addonAfter={t('月', 'month')}
                        style={{ width: 110 }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'hours']} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
                      <InputNumber min={0.5} max={200} step={0.5} addonAfter={t('学时', 'h')} style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'audience']}
                      style={{ marginBottom: 0, flex: 1, minWidth: 200 }}
                      rules={[{ required: true, whitespace: true, message: t('请填写培训对象', 'Audience required') }]}
                    >
                      <Input placeholder={t('培训对象', 'Audience')} maxLength={200} />
                    </Form.Item>
                  </Flex>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ title: '', kind: 'professional', plannedMonth: 6, hours: 8, audience: '本单位执法人员' })
                }
                data-testid="plan-item-add"
              >
                {t('添加项目', 'Add an item')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
