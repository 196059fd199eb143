import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useCurrentUser } from '../../../lib/auth';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useChangePassword } from '../api';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const mutation = useChangePassword();
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const wasForced = me.account.mustChangePassword;

  const onFinish = (values: Values) => {
    setFailure(null);
    mutation.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          message.success(t('密码已修改', 'Password changed'));
          form.resetFields();
          if (wasForced) void navigate('/', { replace: true });
        },
        onError: (e) => setFailure({ error: e, details: applyServerErrors(form, e).unmatched }),
      },
    );
  };

  return (
    <div style={{ maxWidth: 440 }}>
      {failure && <ErrorAlert error={failure.error} details={failure.details} />}
      <Form<Values> form={form} name="changePassword" layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={t('当前密码', 'Current password')}
          rules={[{ required: true, message: t('请输入当前密码', 'Enter your current password') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('新密码', 'New password')}
          extra={t(
            '须符合安全策略规定的长度与字符类别要求，且不得与近期使用过的密码相同。',
            'Must meet the policy’s length and character-class rules and differ from recent passwords.',
          )}
          rules={[{ required: true, message: t('请输入新密码', 'Enter a new password') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('确认新密码', 'Confirm new password')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('请再次输入新密码', 'Enter the new password again') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('两次输入的密码不一致', 'The passwords do not match'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="password-submit">
          {t('修改密码', 'Change password')}
        </Button>
      </Form>
    </div>
  );
}
