// Create or edit a course: title, hours (half-hour steps), provider, kind, domains, dates (Asia/Shanghai calendar
// dates), online, maximum participants, open to all agencies (the justice bureau only), and the plan item it
// delivers.
import { useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { App, Button, Col, DatePicker, Drawer, Flex, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { DOMAIN_LABELS, ENFORCEMENT_DOMAINS, type EnforcementDomain } from '../../../../../contracts/personnel';
import {
  TRAINING_KINDS,
  TRAINING_KIND_LABELS,
  type CourseCreateBody,
  type CourseView,
  type TrainingKind,
} from '../../../../../contracts/training';
import { AgencyTreeSelect, type AgencyOption } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { usePlans, useSaveCourse } from '../api';

export type CourseFormTarget = { mode: 'create'; agencyId: string | null } | { mode: 'edit'; course: CourseView };

interface CourseValues {
  agencyId?: string;
  title: string;
  hours: number;
  provider: string;
  kind: TrainingKind;
  domains: EnforcementDomain[];
  dates: [Dayjs, Dayjs];
  online: boolean;
  openToAll: boolean;
  maxParticipants?: number | null;
  planItemId?: string | null;
  note?: string;
}

const DATE = 'YYYY-MM-DD';

export function CourseFormDrawer({
  target,
  agencies,
  onClose,
}: {
  target: CourseFormTarget | null;
  agencies: readonly AgencyOption[];
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CourseValues>();
  const save = useSaveCourse();
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const editing = target?.mode === 'edit' ? target.course : null;
  const agencyId = Form.useWatch('agencyId', form) ?? editing?.agency.id;
  const dates = Form.useWatch('dates', form);
  const planYear = dates?.[1]?.year() ?? dayjs().year();
  const plans = usePlans({ agencyId, year: planYear });
  const planItems = (plans.data ?? []).filter((p) => p.agency.id === agencyId).flatMap((p) => p.items);

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    if (target.mode === 'edit') {
      const c = target.course;
      form.setFieldsValue({
        title: c.title,
        hours: c.hours,
        provider: c.provider,
        kind: c.kind,
        domains: c.domains,
        dates: [dayjs(c.startDate), dayjs(c.endDate)],
        online: c.online,
        openToAll: c.openToAll,
        maxParticipants: c.maxParticipants,
        planItemId: c.planItemId,
        note: c.note ?? undefined,
      });
    } else {
      form.setFieldsValue({
        agencyId: target.agencyId ?? undefined,
        kind: 'public_law',
        domains: [],
        online: false,
        openToAll: false,
      });
    }
  }, [target, form]);

  const onFinish = (v: CourseValues) => {
    setFailure(null);
    const body = {
      title: v.title,
      hours: v.hours,
      provider: v.provider,
      kind: v.kind,
      domains: v.domains ?? [],
      startDate: v.dates[0].format(DATE),
      endDate: v.dates[1].format(DATE),
      online: v.online ?? false,
      openToAll: v.openToAll ?? false,
      maxParticipants: v.maxParticipants ?? null,
      planItemId: v.planItemId ?? null,
      note: v.note?.trim() || null,
    };
    const input = editing
      ? { id: editing.id, body }
      : { body: { ...body, agencyId: v.agencyId! } satisfies CourseCreateBody };
    save.mutate(input, {
      onSuccess: () => {
        message.success(t('已保存', 'Saved'));
        onClose();
      },
      onError: (e) => {
        const applied = applyServerErrors(form, e, { startDate: 'dates', endDate: 'dates' });
        setFailure({ error: e, details: applied.unmatched });
      },
    });
  };

  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      size={640}
      destroyOnHidden
      title={editing ? t(`编辑课程：${editing.title}`, `Edit: ${editing.title}`) : t('新增培训课程', 'New course')}
      data-testid="course-drawer"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="course-save">
            {t('保存', 'Save')}
          </Button>
        </Flex>
      }
    >
      {failure && <ErrorAlert error={failure.error} details={failure.details} testId="course-form-error" />}
      <Form<CourseValues> form={form} name="course" layout="vertical" onFinish={onFinish}>
        {!editing && (
          <Form.Item name="agencyId" label={t('组织单位', 'Organiser')} rules={[{ required: true }]}>
            <AgencyTreeSelect agencies={agencies} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('课程名称', 'Title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="hours"
              label={t('学时', 'Hours')}
              rules={[{ required: true }]}
              extra={t('可按 0.5 学时计', 'In steps of 0.5')}
            >
              <InputNumber min={0.5} max={200} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="kind" label={t('培训类别', 'Kind')} rules={[{ required: true }]}>
              <Select options={TRAINING_KINDS.map((k) => ({ value: k, label: label(TRAINING_KIND_LABELS[k]) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="provider"
          label={t('主讲 / 承办单位', 'Provider')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} placeholder={t('如：中共迪庆州委党校', 'e.g. the party school')} />
        </Form.Item>
        <Form.Item name="dates" label={t('培训日期', 'Dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} format={DATE} />
        </Form.Item>
        <Form.Item name="domains" label={t('执法领域', 'Domains')}>
          <Select
            mode="multiple"
            allowClear
            options={ENFORCEMENT_DOMAINS.map((d) => ({ value: d, label: label(DOMAIN_LABELS[d]) }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name="online" label={t('线上培训', 'Online')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="maxParticipants" label={t('人数上限', 'Max participants')}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="openToAll"
              label={t('面向全辖区', 'Open to all agencies')}
              valuePropName="checked"
              extra={t(
                '仅司法局可设置；各单位均可登记本单位人员参训',
                'Justice bureau only; every agency records its own',
              )}
            >
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="planItemId"
          label={t(`对应${planYear}年度培训计划项目`, `Item of the ${planYear} training plan`)}
        >
          <Select
            allowClear
            loading={plans.isPending}
            placeholder={t('不关联', 'None')}
            options={planItems.map((i) => ({
              value: i.id,
              label: `${i.plannedMonth}月 · ${i.title}（${i.hours}学时）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('说明', 'Note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
