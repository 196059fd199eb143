import { useEffect, useState } from 'react';
import { App, Alert, Form, Input, Modal } from 'antd';
import type { AccountView } from '../../../../../contracts/account';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useResetAccountPassword } from '../api';

interface Values {
  password: string;
  confirm: string;
}

export function ResetPasswordModal({ account, onClose }: { account: AccountView | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reset = useResetAccountPassword();
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);

  useEffect(() => {
    if (account) {
      setFailure(null);
      form.resetFields();
    }
  }, [account, form]);

  return (
    <Modal
      open={!!account}
      title={t(`重置密码：${account?.username ?? ''}`, `Reset password: ${account?.username ?? ''}`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('重置', 'Reset')}
      okButtonProps={{ loading: reset.isPending, danger: true, ...testId('reset-password-save') }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(
          '重置后该账号的现有会话将失效，用户下次登录时须修改密码。',
          'The account’s sessions end; the user must change the password at next sign-in.',
        )}
      />
      {failure && <ErrorAlert error={failure.error} details={failure.details} />}
      <Form<Values>
        form={form}
        name="resetPassword"
        layout="vertical"
        onFinish={(v) => {
          setFailure(null);
          reset.mutate(
            { id: account!.id, password: v.password },
            {
              onSuccess: () => {
                message.success(t('密码已重置', 'Password reset'));
                onClose();
              },
              onError: (e) => setFailure({ error: e, details: applyServerErrors(form, e).unmatched }),
            },
          );
        }}
      >
        <Form.Item
          name="password"
          label={t('新密码', 'New password')}
          rules={[{ required: true, message: t('请输入新密码', 'Enter a new password') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('确认新密码', 'Confirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('请再次输入新密码', 'Enter it again') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('两次输入的密码不一致', 'The passwords do not match'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
