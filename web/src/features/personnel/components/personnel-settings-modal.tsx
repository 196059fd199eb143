// 人员管理参数: the tenant's personnel settings, kept by the justice bureau (personnel.configure).
import { useEffect, useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { PersonnelSettingsView } from '../../../../../contracts/personnel';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { usePersonnelSettings, useSavePersonnelSettings } from '../officers-api';

interface FormValues extends Omit<PersonnelSettingsView, 'certificateNumberPattern'> {
  certificateNumberPattern?: string;
}

export function PersonnelSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const settings = usePersonnelSettings(open);
  const save = useSavePersonnelSettings();
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);

  useEffect(() => {
    if (open && settings.data) {
      setError(null);
      form.setFieldsValue({ ...settings.data, certificateNumberPattern: settings.data.certificateNumberPattern ?? '' });
    }
  }, [open, settings.data, form]);

  const onSubmit = async () => {
    const v = await form.validateFields();
    setError(null);
    save.mutate(
      { ...v, certificateNumberPattern: v.certificateNumberPattern?.trim() || null },
      {
        onSuccess: () => {
          message.success(t('已保存', 'Saved'));
          onClose();
        },
        onError: (e) => setError({ error: e, details: applyServerErrors(form, e).unmatched }),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('人员管理参数', 'Personnel settings')}
      onCancel={onClose}
      onOk={() => void onSubmit()}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: !settings.data, ...testId('personnel-settings-submit') }}
      width={620}
      destroyOnHidden
    >
      {settings.error && <ErrorAlert error={settings.error} />}
      {error && <ErrorAlert error={error.error} details={error.details} testId="personnel-settings-error" />}
      <Form form={form} layout="vertical" name="personnelSettings" data-testid="personnel-settings-form">
        <Form.Item
          name="trainingHoursPerYear"
          label={t('年度培训学时（每人每年）', 'Training hours per officer per year')}
          tooltip={t('默认 60 学时，各地规定不一，可调整', 'Default 60 hours; local rules differ')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={500} style={{ width: 160 }} data-testid="personnel-settings-training-hours" />
        </Form.Item>
        <Form.Item
          name="certificateAlertDays"
          label={t('证件到期预警天数', 'Certificate expiry alerts (days before)')}
          tooltip={t(
            '到期前多少天提醒，可设多个，例如 90 和 30',
            'Days before expiry to alert; several allowed, e.g. 90 and 30',
          )}
          rules={[{ required: true, type: 'array', min: 1, max: 5 }]}
          normalize={(v: (string | number)[]) =>
            (v ?? []).map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 366)
          }
        >
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} style={{ width: 300 }} open={false} />
        </Form.Item>
        <Form.Item
          name="certificateNumberPattern"
          label={t('证号格式（正则表达式）', 'Certificate number format (regular expression)')}
          extra={t('留空则使用内置的全国统一格式', 'Leave empty for the built-in national format')}
        >
          <Input placeholder={t('留空 = 默认格式', 'empty = default')} data-testid="personnel-settings-pattern" />
        </Form.Item>
        <Form.Item
          name="eligibilityWindowMonths"
          label={t('考试与培训有效期（月）', 'Eligibility window (months)')}
          tooltip={t(
            '申领执法证前须在此期限内通过考试并完成培训学时',
            'The exam must have been passed and the hours met within this many months before issue',
          )}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={60} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="legalReviewerTargetPercent"
          label={t('法制审核人员比例目标（%）', 'Legal reviewer target (%)')}
          tooltip={t(
            '国办发〔2018〕118号：原则上不少于本单位执法人员总数的 5%',
            'State Council 2018 No. 118: in principle at least 5 % of the agency’s officers',
          )}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={100} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
