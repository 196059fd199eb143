// Create an account (with its initial password) or edit one's name, agency and phone.
import { useEffect, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import type { AccountView } from '../../../../../contracts/account';
import type { AgencyView } from '../../../../../contracts/agency';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useCreateAccount, useUpdateAccount } from '../api';

export type AccountFormTarget = { mode: 'create' } | { mode: 'edit'; account: AccountView };

interface Values {
  username: string;
  displayName: string;
  agencyId: string;
  phone?: string;
  password?: string;
}

interface Props {
  target: AccountFormTarget | null;
  agencies: readonly AgencyView[];
  agenciesLoading: boolean;
  onClose: () => void;
}

export function AccountFormModal({ target, agencies, agenciesLoading, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const editing = target?.mode === 'edit' ? target.account : null;

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    if (target.mode === 'edit') {
      form.setFieldsValue({ displayName: target.account.displayName, agencyId: target.account.agency?.id });
    }
  }, [target, form]);

  const onError = (e: unknown) => setFailure({ error: e, details: applyServerErrors(form, e).unmatched });

  const onFinish = (v: Values) => {
    setFailure(null);
    const phone = v.phone?.trim() || undefined;
    if (editing) {
      update.mutate(
        // The phone is shown masked, so an empty field means "leave it as it is".
        {
          id: editing.id,
          body: { displayName: v.displayName.trim(), agencyId: v.agencyId, ...(phone ? { phone } : {}) },
        },
        {
          onSuccess: () => {
            message.success(t('已保存', 'Saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          agencyId: v.agencyId,
          phone: phone ?? null,
          password: v.password ?? '',
        },
        {
          onSuccess: () => {
            message.success(
              t(
                '账号已创建，首次登录时须修改密码',
                'Account created; the user must change the password at first sign-in',
              ),
            );
            onClose();
          },
          onError,
        },
      );
    }
  };

  return (
    <Modal
      open={!!target}
      title={
        editing ? t(`编辑账号：${editing.username}`, `Edit account: ${editing.username}`) : t('新建账号', 'New account')
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('保存', 'Save')}
      okButtonProps={{ loading: create.isPending || update.isPending, ...testId('account-save') }}
      destroyOnHidden
      width={560}
    >
      {failure && <ErrorAlert error={failure.error} details={failure.details} testId="account-form-error" />}
      <Form<Values>
        form={form}
        name="account"
        layout="vertical"
        onFinish={onFinish}
        requiredMark
        style={{ marginTop: 16 }}
      >
        {!editing && (
          <Form.Item
            name="username"
            label={t('用户名', 'Username')}
            extra={t(
              '字母开头，3–32 位字母、数字、下划线、点或短横线',
              '3–32 letters, digits, _ . or -, starting with a letter',
            )}
            rules={[{ required: true, message: t('请输入用户名', 'Enter a username') }]}
          >
            <Input autoComplete="off" maxLength={32} />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t('姓名', 'Name')}
          rules={[{ required: true, whitespace: true, message: t('请输入姓名', 'Enter the name') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="agencyId"
          label={t('所属单位', 'Agency')}
          rules={[{ required: true, message: t('请选择所属单位', 'Choose the agency') }]}
        >
          <AgencyTreeSelect
            agencies={agencies}
            loading={agenciesLoading}
            allowClear={false}
            isDisabled={(a) => a.status === 'abolished'}
          />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('手机号', 'Mobile phone')}
          extra={
            editing
              ? t(
                  `当前：${editing.phoneMasked ?? '未登记'}；不填写则保持不变`,
                  `Now: ${editing.phoneMasked ?? 'none'}; leave empty to keep`,
                )
              : undefined
          }
        >
          <Input maxLength={11} inputMode="tel" autoComplete="off" />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="password"
            label={t('初始密码', 'Initial password')}
            extra={t(
              '须符合安全策略；用户首次登录时须修改。',
              'Must meet the security policy; the user changes it at first sign-in.',
            )}
            rules={[{ required: true, message: t('请输入初始密码', 'Enter an initial password') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
