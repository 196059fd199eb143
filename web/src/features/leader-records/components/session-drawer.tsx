// Create or edit a legal study session of leading cadres: agency (or the city government itself), kind, date,
// topic, laws studied as written citations (linked to the library where the law is there), participants, hours,
// and materials (sign-in sheet, slides) once saved.
import { useEffect, useState } from 'react';
import {
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  Typography,
  Upload,
} from 'antd';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import dayjs, { type Dayjs } from 'dayjs';
import {
  STUDY_KINDS,
  STUDY_KIND_LABELS,
  type StudyKind,
  type StudySessionView,
} from '../../../../../contracts/leader-record';
import { AgencyTreeSelect, type AgencyOption } from '../../../components/agency-tree-select';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { useCurrentUser } from '../../../lib/auth';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useSaveSession, useUploadSessionDocument } from '../api';

export type SessionTarget = { mode: 'create'; agencyId: string | null } | { mode: 'edit'; session: StudySessionView };

interface Values {
  government: boolean;
  agencyId: string | null;
  kind: StudyKind;
  date: Dayjs;
  topic: string;
  lawsText?: string;
  lecturer?: string;
  participants: { name: string; post: string; officerId?: string | null }[];
  hours: number;
  note?: string;
}

export function SessionDrawer({
  target,
  agencies,
  onClose,
}: {
  target: SessionTarget | null;
  agencies: readonly AgencyOption[];
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const save = useSaveSession();
  const upload = useUploadSessionDocument();
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);
  const [current, setCurrent] = useState<StudySessionView | null>(null);
  const editing = target?.mode === 'edit' ? target.session : null;
  const government = Form.useWatch('government', form);
  // Whole-tenant keepers (the justice bureau) may record the government's own sessions; the server decides.
  const wholeTenant = me.grants.some((g) => g.scopeKind === 'tenant' || g.scopeKind === 'tenants');

  useEffect(() => {
    if (!target) return;
    setError(null);
    setCurrent(editing);
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        government: editing.agency === null,
        agencyId: editing.agency?.id ?? null,
        kind: editing.kind,
        date: dayjs(editing.date),
        topic: editing.topic,
        lawsText: editing.lawsText ?? '',
        lecturer: editing.lecturer ?? '',
        participants: editing.participants,
        hours: editing.hours,
        note: editing.note ?? '',
      });
    } else {
      form.setFieldsValue({
        government: false,
        agencyId: target.mode === 'create' ? target.agencyId : null,
        kind: 'special_topic',
        participants: [{ name: '', post: '' }],
        hours: 2,
      });
    }
  }, [target, editing, form]);

  const submit = async (v: Values) => {
    setError(null);
    const common = {
      kind: v.kind,
      date: v.date.format('YYYY-MM-DD'),
      topic: v.topic,
      lawsText: v.lawsText || null,
      lecturer: v.lecturer || null,
      participants: v.participants,
      hours: v.hours,
      note: v.note || null,
    };
    try {
      const view = editing
        ? await save.mutateAsync({ id: editing.id, body: common })
        : await save.mutateAsync({ body: { ...common, agencyId: v.government ? null : v.agencyId } });
      message.success(t('已保存', 'Saved'));
      if (editing) onClose();
      else setCurrent(view);
    } catch (e) {
      const applied = applyServerErrors(form, e);
      setError({ error: e, details: applied.unmatched });
    }
  };

  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={editing ? t('编辑学法记录', 'Edit study session') : t('登记领导干部学法', 'Record a study session')}
      data-testid="session-drawer"
      extra={
        current && !editing ? null : (
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="session-save">
            {t('保存', 'Save')}
          </Button>
        )
      }
    >
      {error && <ErrorAlert error={error.error} details={error.details} testId="session-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={!!current && !editing}>
        {!editing && wholeTenant && (
          <Form.Item
            name="government"
            label={t('市政府层面（如政府常务会议会前学法）', 'City government itself')}
            valuePropName="checked"
          >
            <Switch data-testid="session-government" />
          </Form.Item>
        )}
        {!government && (
          <Form.Item
            name="agencyId"
            label={t('单位', 'Agency')}
            rules={[{ required: true, message: t('请选择单位', 'Choose the agency') }]}
          >
            <AgencyTreeSelect agencies={agencies} disabled={!!editing} id="sessionAgency" />
          </Form.Item>
        )}
        <Flex gap={12}>
          <Form.Item name="kind" label={t('形式', 'Kind')} style={{ width: 160 }}>
            <Select
              options={STUDY_KINDS.map((k) => ({ value: k, label: label(STUDY_KIND_LABELS[k]) }))}
              data-testid="session-kind"
            />
          </Form.Item>
          <Form.Item
            name="date"
            label={t('学法日期', 'Date')}
            rules={[{ required: true, message: t('请选择日期', 'Choose the date') }]}
          >
            <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="session-date" />
          </Form.Item>
          <Form.Item name="hours" label={t('学时', 'Hours')} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={24} step={0.5} data-testid="session-hours" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="topic"
          label={t('学法主题', 'Topic')}
          rules={[{ required: true, message: t('请填写主题', 'Give the topic') }]}
        >
          <Input maxLength={200} data-testid="session-topic" />
        </Form.Item>
        <Form.Item
          name="lawsText"
          label={t('所学法律法规', 'Laws studied')}
          extra={t(
            '用书名号写明，如：《中华人民共和国行政处罚法》第五条、第三十三条；写到条的，自动关联法律法规库中的现行条文。',
            'Write them as 《…》第X条: articles are linked to the law library where the law is there.',
          )}
        >
          <Input.TextArea rows={2} maxLength={2000} data-testid="session-laws" />
        </Form.Item>
        <Form.Item name="lecturer" label={t('主讲人', 'Lecturer')}>
          <Input maxLength={100} />
        </Form.Item>
        <Typography.Text strong>{t('参学领导', 'Participants')}</Typography.Text>
        <Form.List name="participants">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4} style={{ marginTop: 8, marginBottom: 16 }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} data-testid="session-participant">
                  <Form.Item name={[field.name, 'name']} style={{ flex: 1, marginBottom: 4 }}>
                    <Input placeholder={t('姓名', 'Name')} maxLength={50} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'post']} style={{ flex: 2, marginBottom: 4 }}>
                    <Input placeholder={t('职务', 'Post')} maxLength={100} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label="remove"
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', post: '' })}
                style={{ alignSelf: 'flex-start' }}
                data-testid="session-participant-add"
              >
                {t('添加参学领导', 'Add a participant')}
              </Button>
              <Form.ErrorList errors={form.getFieldError('participants')} />
            </Flex>
          )}
        </Form.List>
        <Form.Item name="note" label={t('备注', 'Note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      <Typography.Title level={5}>{t('学法材料', 'Materials')}</Typography.Title>
      {!current ? (
        <Typography.Text type="secondary">
          {t('保存后可上传签到表、课件等材料。', 'Save first, then upload the sign-in sheet or slides.')}
        </Typography.Text>
      ) : (
        <Flex vertical gap={6}>
          {current.documents.map((d) => (
            <span key={d.fileId}>{d.fileName}</span>
          ))}
          <Upload
            accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(
                { id: current.id, file },
                {
                  onSuccess: (view) => {
                    setCurrent(view);
                    message.success(t('已上传', 'Uploaded'));
                  },
                  onError: (e) => message.error(errorMessage(e)),
                },
              );
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="session-upload">
              {t('上传材料', 'Upload')}
            </Button>
          </Upload>
        </Flex>
      )}
    </Drawer>
  );
}
