// 账号管理 (/accounts): the account list with filters and the per-account actions the server allows.
import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import EyeOutlined from '@ant-design/icons/EyeOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import { Link } from 'react-router';
import type { AccountView } from '../../../../../contracts/account';
import { ROLE_LABELS } from '../../../../../contracts/roles';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { testId } from '../../../components/test-id';
import { useCurrentUser } from '../../../lib/auth';
import { isFuture } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import {
  revealAccountPhone,
  useAccounts,
  useAgencyOptions,
  useUnlockAccount,
  useUpdateAccount,
  type AccountListParams,
} from '../api';
import { AccountFormModal, type AccountFormTarget } from './account-form-modal';
import { ResetPasswordModal } from './reset-password-modal';

export function AccountsPage() {
  const me = useCurrentUser();
  const { t, label } = useI18n();
  const { message, modal } = App.useApp();
  const canWrite = me.permissions.includes('account.write');
  const canReadAgencies = me.permissions.includes('agency.read');
  const canGrant = me.permissions.includes('grant.read');

  const [filterForm] = Form.useForm<AccountListParams>();
  const [filters, setFilters] = useState<AccountListParams>({});
  const accounts = useAccounts(filters);
  const agencies = useAgencyOptions(canReadAgencies);
  const update = useUpdateAccount();
  const unlock = useUnlockAccount();
  const [formTarget, setFormTarget] = useState<AccountFormTarget | null>(null);
  const [resetting, setResetting] = useState<AccountView | null>(null);

  const setStatus = (account: AccountView, status: 'active' | 'disabled') =>
    update.mutate(
      { id: account.id, body: { status } },
      {
        onSuccess: () =>
          message.success(
            status === 'active' ? t('账号已启用', 'Account enabled') : t('账号已停用', 'Account disabled'),
          ),
        onError: (e) => message.error(errorMessage(e)),
      },
    );

  const onUnlock = (account: AccountView) =>
    unlock.mutate(account.id, {
      onSuccess: () => message.success(t('账号已解锁', 'Account unlocked')),
      onError: (e) => message.error(errorMessage(e)),
    });

  const onRevealPhone = (account: AccountView) =>
    modal.confirm({
      title: t('查看完整手机号', 'Show the full phone number'),
      content: t(
        '手机号属于个人信息。查看操作将被记录到访问日志，并可能接受安全审计。确定查看吗？',
        'The phone number is personal information. Viewing it is written to the access log and may be audited. Continue?',
      ),
      okText: t('确定查看', 'Show it'),
      cancelText: t('取消', 'Cancel'),
      okButtonProps: testId('phone-reveal-confirm'),
      onOk: async () => {
        try {
          const { phone } = await revealAccountPhone(account.id);
          modal.info({
            title: t(`${account.displayName} 的手机号`, `${account.displayName}’s phone`),
            content: (
              <Typography.Text copyable strong style={{ fontSize: 18 }} data-testid="account-phone-value">
                {phone ?? t('未登记', 'none')}
              </Typography.Text>
            ),
            okText: t('关闭', 'Close'),
          });
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  const columns: ColumnsType<AccountView> = [
    {
      title: t('用户名', 'Username'),
      dataIndex: 'username',
      width: 170,
      render: (v: string) => (
        <Typography.Text style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{v}</Typography.Text>
      ),
    },
    { title: t('姓名', 'Name'), dataIndex: 'displayName', width: 100 },
    {
      title: t('所属单位', 'Agency'),
      key: 'agency',
      width: 200,
      ellipsis: { showTitle: true },
      render: (_, a) => a.agency?.name ?? <span className="xz-muted">—</span>,
    },
    {
      title: t('角色', 'Roles'),
      key: 'roles',
      render: (_, a) =>
        a.roles.length ? (
          <Flex gap={4} wrap>
            {a.roles.map((r) => (
              <Tag
                key={r}
                color={r === 'sysadmin' || r === 'secadmin' || r === 'auditor' ? 'volcano' : 'blue'}
                style={{ marginInlineEnd: 0 }}
              >
                {label(ROLE_LABELS[r], r)}
              </Tag>
            ))}
          </Flex>
        ) : (
          <span className="xz-muted">{t('未授权', 'None')}</span>
        ),
    },
    {
      title: t('状态', 'Status'),
      dataIndex: 'status',
      width: 76,
      render: (s: AccountView['status']) =>
        s === 'active' ? <Tag color="success">{t('正常', 'Active')}</Tag> : <Tag>{t('已停用', 'Disabled')}</Tag>,
    },
    {
      title: t('两步验证', 'MFA'),
      dataIndex: 'mfaEnabled',
      width: 90,
      render: (on: boolean) => (on ? <Tag color="green">{t('已启用', 'On')}</Tag> : <Tag>{t('未启用', 'Off')}</Tag>),
    },
    {
      title: t('锁定至', 'Locked until'),
      dataIndex: 'lockedUntil',
      width: 180,
      render: (v: string | null) =>
        isFuture(v) ? (
          <Tag color="error">
            <DateTime value={v} />
          </Tag>
        ) : (
          <span className="xz-muted">—</span>
        ),
    },
    {
      title: t('手机号', 'Phone'),
      key: 'phone',
      width: 140,
      render: (_, a) =>
        a.phoneMasked ? (
          <Space size={4}>
            <span style={{ fontVariantNumeric: 'tabular-nums' }}>{a.phoneMasked}</span>
            {a.abilities.revealPhone && (
              <Tooltip title={t('查看完整号码（将记录日志）', 'Show the full number (logged)')}>
                <Button
                  type="link"
                  size="small"
                  icon={<EyeOutlined />}
                  onClick={() => onRevealPhone(a)}
                  data-testid="account-reveal-phone"
                />
              </Tooltip>
            )}
          </Space>
        ) : (
          <span className="xz-muted">—</span>
        ),
    },
    {
      title: t('最近登录', 'Last sign-in'),
      dataIndex: 'lastLoginAt',
      width: 165,
      render: (v: string | null) => <DateTime value={v} />,
    },
    {
      title: t('操作', 'Actions'),
      key: 'actions',
      fixed: 'right',
      width: 270,
      render: (_, a) => (
        <Flex gap={0} wrap>
          {canWrite && (
            <Button
              type="link"
              size="small"
              disabled={!a.abilities.update}
              onClick={() => setFormTarget({ mode: 'edit', account: a })}
              data-testid="account-edit"
            >
              {t('编辑', 'Edit')}
            </Button>
          )}
          {canWrite &&
            (a.status === 'active' ? (
              <Popconfirm
                title={t('停用后该账号无法登录，确定停用吗？', 'A disabled account cannot sign in. Disable it?')}
                onConfirm={() => setStatus(a, 'disabled')}
                disabled={!a.abilities.update}
              >
                <Button type="link" size="small" danger disabled={!a.abilities.update} data-testid="account-disable">
                  {t('停用', 'Disable')}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                type="link"
                size="small"
                disabled={!a.abilities.update}
                onClick={() => setStatus(a, 'active')}
                data-testid="account-enable"
              >
                {t('启用', 'Enable')}
              </Button>
            ))}
          {canWrite && isFuture(a.lockedUntil) && (
            <Button
              type="link"
              size="small"
              disabled={!a.abilities.update}
              onClick={() => onUnlock(a)}
              data-testid="account-unlock"
            >
              {t('解锁', 'Unlock')}
            </Button>
          )}
          {canWrite && (
            <Button
              type="link"
              size="small"
              disabled={!a.abilities.update}
              onClick={() => setResetting(a)}
              data-testid="account-reset-password"
            >
              {t('重置密码', 'Reset password')}
            </Button>
          )}
          {canGrant && (
            <Link to={`/grants?accountId=${a.id}`} data-testid="account-grants">
              <Button type="link" size="small">
                {t('角色授权', 'Grants')}
              </Button>
            </Link>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Page
      title={t('账号管理', 'Accounts')}
      description={t(
        '平台用户账号。账号的角色在“角色授权”中设置。',
        'Platform user accounts. Roles are set under Role grants.',
      )}
      testId="accounts-page"
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormTarget({ mode: 'create' })}
            data-testid="account-create"
          >
            {t('新建账号', 'New account')}
          </Button>
        )
      }
    >
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 24px' } }}>
        <Form<AccountListParams>
          form={filterForm}
          name="accountFilter"
          layout="inline"
          onFinish={(v) =>
            setFilters({
              q: v.q?.trim() || undefined,
              agencyId: v.agencyId || undefined,
              status: v.status || undefined,
            })
          }
          style={{ rowGap: 12 }}
        >
          <Form.Item name="q" label={t('关键字', 'Keyword')}>
            <Input allowClear placeholder={t('用户名或姓名', 'Username or name')} style={{ width: 180 }} />
          </Form.Item>
          {canReadAgencies && (
            <Form.Item name="agencyId" label={t('所属单位', 'Agency')}>
              <AgencyTreeSelect
                agencies={agencies.data ?? []}
                loading={agencies.isPending}
                style={{ width: 240 }}
                placeholder={t('全部单位', 'All agencies')}
              />
            </Form.Item>
          )}
          <Form.Item name="status" label={t('状态', 'Status')}>
            <Select
              allowClear
              placeholder={t('全部', 'All')}
              style={{ width: 110 }}
              options={[
                { value: 'active', label: t('正常', 'Active') },
                { value: 'disabled', label: t('已停用', 'Disabled') },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" data-testid="account-search">
                {t('查询', 'Search')}
              </Button>
              <Button
                onClick={() => {
                  filterForm.resetFields();
                  setFilters({});
                }}
              >
                {t('重置', 'Reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      {accounts.error && <ErrorAlert error={accounts.error} />}
      <Card styles={{ body: { padding: 0 } }}>
        <div data-testid="accounts-table">
          <Table<AccountView>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={accounts.data}
            loading={accounts.isFetching}
            scroll={{ x: 1590 }}
            pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (n) => t(`共 ${n} 个账号`, `${n} accounts`) }}
          />
        </div>
      </Card>
      <AccountFormModal
        target={formTarget}
        agencies={agencies.data ?? []}
        agenciesLoading={agencies.isPending && canReadAgencies}
        onClose={() => setFormTarget(null)}
      />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
    </Page>
  );
}
