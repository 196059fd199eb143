// 角色授权 (/grants?accountId=): one account's role grants with their data scopes; add and revoke.
import { useEffect, useMemo, useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Popconfirm,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router';
import type { GrantCreateBody, GrantView } from '../../../../../contracts/account';
import {
  GRANTABLE_ROLES,
  ROLE_LABELS,
  SCOPE_KINDS,
  SCOPE_LABELS,
  isAdminRole,
  type Role,
  type ScopeKind,
} from '../../../../../contracts/roles';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useAccounts, useAgencyOptions, useCreateGrant, useGrants, useRevokeGrant, useTenantOptions } from '../api';

interface GrantValues {
  role: Role;
  scopeKind: ScopeKind;
  scopeAgencyId?: string | null;
  scopeTenants?: string[];
}

export function GrantsPage() {
  const me = useCurrentUser();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const accountId = params.get('accountId');
  const canWrite = me.permissions.includes('grant.write');
  const canReadAgencies = me.permissions.includes('agency.read');
  const canReadTenants = me.permissions.includes('tenant.read');

  const accounts = useAccounts({}, me.permissions.includes('account.read'));
  const grants = useGrants(accountId);
  const agencies = useAgencyOptions(canReadAgencies && canWrite);
  const tenants = useTenantOptions(canReadTenants && canWrite);
  const revoke = useRevokeGrant();
  const account = accounts.data?.find((a) => a.id === accountId) ?? null;

  // The roles this administrator may grant: the system administrator business roles, the security one admin roles.
  const grantable = useMemo(() => {
    const out = new Set<Role>();
    for (const g of me.grants) for (const r of GRANTABLE_ROLES[g.role] ?? []) out.add(r);
    return [...out];
  }, [me.grants]);

  const scopeText = (g: GrantView) => {
    if (g.scopeAgencyName) return g.scopeAgencyName;
    if (g.scopeTenants.length) return g.scopeTenants.join('、');
    return '';
  };

  const columns: ColumnsType<GrantView> = [
    {
      title: t('角色', 'Role'),
      dataIndex: 'role',
      render: (r: Role) => <Tag color={isAdminRole(r) ? 'volcano' : 'blue'}>{label(ROLE_LABELS[r], r)}</Tag>,
    },
    { title: t('数据范围', 'Scope'), dataIndex: 'scopeKind', render: (k: ScopeKind) => label(SCOPE_LABELS[k], k) },
    {
      title: t('范围对象', 'Scope target'),
      key: 'target',
      render: (_, g) => scopeText(g) || <span className="xz-muted">—</span>,
    },
    {
      title: t('授权时间', 'Granted at'),
      dataIndex: 'createdAt',
      width: 180,
      render: (v: string) => <DateTime value={v} />,
    },
    ...(canWrite
      ? [
          {
            title: t('操作', 'Actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, g: GrantView) => (
              <Popconfirm
                title={t('确定撤销该授权吗？', 'Revoke this grant?')}
                disabled={!g.abilities.revoke}
                onConfirm={() =>
                  revoke.mutate(g.id, {
                    onSuccess: () => message.success(t('已撤销授权', 'Grant revoked')),
                    onError: (e) => message.error(errorMessage(e)),
                  })
                }
              >
                <Button type="link" size="small" danger disabled={!g.abilities.revoke} data-testid="grant-revoke">
                  {t('撤销', 'Revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('角色授权', 'Role grants')}
      description={t('为账号授予角色，并限定其数据范围', 'Give accounts roles and limit the data each role reaches')}
      testId="grants-page"
    >
      <Card style={{ marginBottom: 16 }}>
        <Flex align="center" gap={12} wrap>
          <Typography.Text strong>{t('选择账号', 'Account')}</Typography.Text>
          <Select
            id="grantAccount"
            data-testid="grant-account-select"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('输入用户名或姓名搜索', 'Type a username or name')}
            style={{ width: 360 }}
            loading={accounts.isPending}
            value={accountId ?? undefined}
            onChange={(v: string) => setParams(v ? { accountId: v } : {})}
            options={(accounts.data ?? []).map((a) => ({
              value: a.id,
              label: `${a.displayName}（${a.username}）${a.agency ? ` · ${a.agency.name}` : ''}`,
            }))}
          />
        </Flex>
      </Card>
      {accounts.error && <ErrorAlert error={accounts.error} />}
      {!accountId ? (
        <Card>
          <Empty description={t('请先选择一个账号', 'Choose an account first')} />
        </Card>
      ) : (
        <Row gutter={16}>
          <Col xs={24} xl={canWrite ? 15 : 24}>
            <Card title={t('已授予的角色', 'Granted roles')} style={{ marginBottom: 16 }}>
              {account && (
                <Descriptions
                  size="small"
                  column={{ xs: 1, md: 3 }}
                  style={{ marginBottom: 16 }}
                  items={[
                    { key: 'u', label: t('用户名', 'Username'), children: account.username },
                    { key: 'n', label: t('姓名', 'Name'), children: account.displayName },
                    { key: 'a', label: t('所属单位', 'Agency'), children: account.agency?.name ?? '—' },
                  ]}
                />
              )}
              {grants.error && <ErrorAlert error={grants.error} />}
              <div data-testid="grants-table">
                <Table<GrantView>
                  rowKey="id"
                  size="middle"
                  columns={columns}
                  dataSource={grants.data}
                  loading={grants.isFetching}
                  pagination={false}
                />
              </div>
            </Card>
          </Col>
          {canWrite && (
            <Col xs={24} xl={9}>
              <AddGrantCard
                accountId={accountId}
                accountAgencyId={account?.agency?.id ?? null}
                allowed={account?.abilities.grant ?? true}
                grantable={grantable}
                agencies={agencies.data ?? []}
                canPickAgency={canReadAgencies}
                tenantOptions={(tenants.data ?? []).map((x) => ({ value: x.code, label: `${x.name}（${x.code}）` }))}
              />
            </Col>
          )}
        </Row>
      )}
    </Page>
  );
}

interface AddGrantCardProps {
  accountId: string;
  accountAgencyId: string | null;
  allowed: boolean;
  grantable: Role[];
  agencies: Parameters<typeof AgencyTreeSelect>[0]['agencies'];
  canPickAgency: boolean;
  tenantOptions: { value: string; label: string }[];
}

function AddGrantCard({
  accountId,
  accountAgencyId,
  allowed,
  grantable,
  agencies,
  canPickAgency,
  tenantOptions,
}: AddGrantCardProps) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantValues>();
  const create = useCreateGrant();
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const role = Form.useWatch('role', form);
  const scopeKind = Form.useWatch('scopeKind', form);

  useEffect(() => {
    setFailure(null);
    form.resetFields();
  }, [accountId, form]);

  // Administrators act on the whole region; business roles usually on their own agency.
  useEffect(() => {
    if (role) form.setFieldValue('scopeKind', isAdminRole(role) ? 'tenant' : 'own_agency');
  }, [role, form]);

  const onFinish = (v: GrantValues) => {
    setFailure(null);
    const body: GrantCreateBody = { accountId, role: v.role, scopeKind: v.scopeKind };
    if (v.scopeKind === 'agency_subtree' || v.scopeKind === 'own_agency')
      body.scopeAgencyId = v.scopeAgencyId ?? accountAgencyId;
    if (v.scopeKind === 'tenants') body.scopeTenants = v.scopeTenants ?? [];
    create.mutate(body, {
      onSuccess: () => {
        message.success(t('已授予角色', 'Role granted'));
        form.resetFields();
      },
      onError: (e) => setFailure({ error: e, details: applyServerErrors(form, e).unmatched }),
    });
  };

  return (
    <Card title={t('授予角色', 'Grant a role')}>
      {!allowed ? (
        <Typography.Text type="secondary">
          {t('您不能为该账号授权。', 'You cannot grant roles to this account.')}
        </Typography.Text>
      ) : (
        <>
          {failure && <ErrorAlert error={failure.error} details={failure.details} testId="grant-form-error" />}
          <Form<GrantValues> form={form} name="grant" layout="vertical" onFinish={onFinish}>
            <Form.Item
              name="role"
              label={t('角色', 'Role')}
              rules={[{ required: true, message: t('请选择角色', 'Choose a role') }]}
            >
              <Select options={grantable.map((r) => ({ value: r, label: label(ROLE_LABELS[r], r) }))} />
            </Form.Item>
            <Form.Item
              name="scopeKind"
              label={t('数据范围', 'Scope')}
              rules={[{ required: true, message: t('请选择数据范围', 'Choose a scope') }]}
            >
              <Select options={SCOPE_KINDS.map((k) => ({ value: k, label: label(SCOPE_LABELS[k], k) }))} />
            </Form.Item>
            {(scopeKind === 'agency_subtree' || scopeKind === 'own_agency') && canPickAgency && (
              <Form.Item
                name="scopeAgencyId"
                label={t('范围单位', 'Scope agency')}
                extra={
                  scopeKind === 'own_agency'
                    ? t('不选则为该账号的所属单位', 'Defaults to the account’s agency')
                    : undefined
                }
                rules={
                  scopeKind === 'agency_subtree'
                    ? [{ required: true, message: t('请选择单位', 'Choose an agency') }]
                    : []
                }
              >
                <AgencyTreeSelect agencies={agencies} />
              </Form.Item>
            )}
            {scopeKind === 'tenants' && (
              <Form.Item
                name="scopeTenants"
                label={t('行政区划', 'Regions')}
                rules={[{ required: true, message: t('请选择行政区划', 'Choose regions') }]}
              >
                <Select
                  mode={tenantOptions.length ? 'multiple' : 'tags'}
                  options={tenantOptions}
                  placeholder={t('选择或输入区划代码', 'Choose or type region codes')}
                />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="grant-add" block>
              {t('授予', 'Grant')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
