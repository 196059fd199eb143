// 接口令牌 (/api-tokens): tokens for connected systems; a new token's secret is shown once.
import { useState } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import CopyOutlined from '@ant-design/icons/CopyOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import dayjs, { type Dayjs } from 'dayjs';
import type { ApiTokenView } from '../../../../../contracts/account';
import { TOKEN_PERMISSIONS, type Permission } from '../../../../../contracts/roles';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { testId } from '../../../components/test-id';
import { useCurrentUser } from '../../../lib/auth';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useAccounts, useApiTokens, useCreateApiToken, useRevokeApiToken, type TokenPermission } from '../api';
import { PERMISSION_LABELS } from '../labels';

interface TokenValues {
  accountId: string;
  name: string;
  permissions: TokenPermission[];
  expiresAt: Dayjs;
}

export function ApiTokensPage() {
  const me = useCurrentUser();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const canWrite = me.permissions.includes('api_token.write');
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{ token: string; item: ApiTokenView } | null>(null);

  const stateTag = (tk: ApiTokenView) => {
    if (tk.revokedAt) return <Tag>{t('已吊销', 'Revoked')}</Tag>;
    if (new Date(tk.expiresAt).getTime() < Date.now()) return <Tag color="warning">{t('已过期', 'Expired')}</Tag>;
    return <Tag color="success">{t('有效', 'Valid')}</Tag>;
  };

  const columns: ColumnsType<ApiTokenView> = [
    { title: t('名称', 'Name'), dataIndex: 'name', width: 200 },
    {
      title: t('所属账号', 'Account'),
      dataIndex: 'accountUsername',
      width: 140,
      render: (v: string) => (
        <Typography.Text style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{v}</Typography.Text>
      ),
    },
    {
      title: t('令牌前缀', 'Prefix'),
      dataIndex: 'prefix',
      width: 220,
      render: (v: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {v}…
        </Typography.Text>
      ),
    },
    {
      title: t('权限', 'Permissions'),
      dataIndex: 'permissions',
      render: (ps: Permission[]) => (
        <Flex gap={4} wrap>
          {ps.map((p) => (
            <Tag key={p} style={{ marginInlineEnd: 0 }}>
              {label(PERMISSION_LABELS[p], p)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('状态', 'State'), key: 'state', width: 90, render: (_, tk) => stateTag(tk) },
    {
      title: t('有效期至', 'Expires'),
      dataIndex: 'expiresAt',
      width: 170,
      render: (v: string) => <DateTime value={v} />,
    },
    {
      title: t('最近使用', 'Last used'),
      dataIndex: 'lastUsedAt',
      width: 170,
      render: (v: string | null) => <DateTime value={v} />,
    },
    {
      title: t('创建时间', 'Created'),
      dataIndex: 'createdAt',
      width: 170,
      render: (v: string) => <DateTime value={v} />,
    },
    ...(canWrite
      ? [
          {
            title: t('操作', 'Actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, tk: ApiTokenView) =>
              tk.revokedAt ? null : (
                <Popconfirm
                  title={t(
                    '吊销后使用该令牌的系统将无法访问，确定吊销吗？',
                    'Systems using this token lose access. Revoke it?',
                  )}
                  disabled={!tk.abilities.revoke}
                  onConfirm={() =>
                    revoke.mutate(tk.id, {
                      onSuccess: () => message.success(t('令牌已吊销', 'Token revoked')),
                      onError: (e) => message.error(errorMessage(e)),
                    })
                  }
                >
                  <Button
                    type="link"
                    size="small"
                    danger
                    disabled={!tk.abilities.revoke}
                    data-testid="api-token-revoke"
                  >
                    {t('吊销', 'Revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('接口令牌', 'API tokens')}
      description={t(
        '供各执法单位业务系统向平台归集数据时使用。令牌只在创建时显示一次。',
        'Used by agencies’ systems to send data to the platform. A token is shown only once, when created.',
      )}
      testId="api-tokens-page"
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="api-token-create"
          >
            {t('新建令牌', 'New token')}
          </Button>
        )
      }
    >
      {tokens.error && <ErrorAlert error={tokens.error} />}
      <Card styles={{ body: { padding: 0 } }}>
        <div data-testid="api-tokens-table">
          <Table<ApiTokenView>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={tokens.data}
            loading={tokens.isFetching}
            scroll={{ x: 1350 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        </div>
      </Card>
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(r) => {
          setCreating(false);
          setIssued(r);
        }}
      />
      <IssuedTokenModal issued={issued} onClose={() => setIssued(null)} />
    </Page>
  );
}

function CreateTokenModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (r: { token: string; item: ApiTokenView }) => void;
}) {
  const { t, label } = useI18n();
  const me = useCurrentUser();
  const [form] = Form.useForm<TokenValues>();
  const create = useCreateApiToken();
  const accounts = useAccounts({ status: 'active' }, open && me.permissions.includes('account.read'));
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);

  return (
    <Modal
      open={open}
      title={t('新建接口令牌', 'New API token')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('创建', 'Create')}
      okButtonProps={{ loading: create.isPending, ...testId('api-token-save') }}
      destroyOnHidden
      afterOpenChange={(visible) => {
        // Cleared once closed, not on opening, so nothing typed during the opening animation is lost.
        if (visible) return;
        setFailure(null);
        form.resetFields();
      }}
    >
      {failure && <ErrorAlert error={failure.error} details={failure.details} />}
      <Form<TokenValues>
        form={form}
        name="apiToken"
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ permissions: ['agency.read'], expiresAt: dayjs().add(1, 'year') }}
        onFinish={(v) => {
          setFailure(null);
          create.mutate(
            {
              accountId: v.accountId,
              name: v.name.trim(),
              permissions: v.permissions,
              expiresAt: v.expiresAt.format('YYYY-MM-DD'),
            },
            {
              onSuccess: onCreated,
              onError: (e) => setFailure({ error: e, details: applyServerErrors(form, e).unmatched }),
            },
          );
        }}
      >
        <Form.Item
          name="name"
          label={t('令牌名称', 'Name')}
          rules={[{ required: true, whitespace: true, message: t('请输入名称', 'Enter a name') }]}
        >
          <Input maxLength={60} placeholder={t('如：市场监管局执法办案系统', 'e.g. Market regulation case system')} />
        </Form.Item>
        <Form.Item
          name="accountId"
          label={t('所属账号', 'Account')}
          extra={t('令牌以该账号的身份和单位访问平台', 'The token acts as this account, in its agency')}
          rules={[{ required: true, message: t('请选择账号', 'Choose an account') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={accounts.isPending}
            options={(accounts.data ?? []).map((a) => ({
              value: a.id,
              label: `${a.displayName}（${a.username}）${a.agency ? ` · ${a.agency.name}` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t('权限', 'Permissions')}
          rules={[{ required: true, message: t('请至少选择一项权限', 'Choose at least one permission') }]}
        >
          <Checkbox.Group
            options={TOKEN_PERMISSIONS.map((p) => ({ value: p, label: label(PERMISSION_LABELS[p], p) }))}
          />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label={t('有效期至', 'Expires on')}
          rules={[{ required: true, message: t('请选择有效期', 'Choose an expiry date') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().add(1, 'day'), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function IssuedTokenModal({
  issued,
  onClose,
}: {
  issued: { token: string; item: ApiTokenView } | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const copy = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.token);
      message.success(t('已复制到剪贴板', 'Copied'));
    } catch {
      message.warning(t('无法访问剪贴板，请手动选择复制', 'The clipboard is unavailable; select and copy by hand'));
    }
  };
  return (
    <Modal
      open={!!issued}
      title={t('令牌已创建', 'Token created')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="api-token-done">
          {t('我已妥善保存', 'I have saved it')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(
          '令牌只显示这一次，关闭后无法再次查看。请立即复制并妥善保存。',
          'This is the only time the token is shown. Copy it now and keep it safe.',
        )}
      />
      <Typography.Paragraph
        data-testid="api-token-value"
        style={{
          fontFamily: 'monospace',
          background: '#f5f7fa',
          border: '1px solid #e8eaef',
          borderRadius: 4,
          padding: '10px 12px',
          wordBreak: 'break-all',
        }}
      >
        {issued?.token}
      </Typography.Paragraph>
      <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="api-token-copy">
        {t('复制令牌', 'Copy token')}
      </Button>
    </Modal>
  );
}
