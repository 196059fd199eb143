// 工作台 (/): who the user is here, which roles with which scopes, and the areas open to them.
import type { ReactNode } from 'react';
import { Card, Col, Descriptions, Flex, Row, Space, Tag, Typography } from 'antd';
import RightOutlined from '@ant-design/icons/RightOutlined';
import { Link } from 'react-router';
import type { GrantView } from '../../../../../contracts/account';
import { ROLE_LABELS, SCOPE_LABELS } from '../../../../../contracts/roles';
import { AGENCY_KIND_LABELS, type AgencyKind } from '../../../../../contracts/agency';
import { visibleAreas } from '../../../config/areas';
import { AreaIcon } from '../../../components/area-icon';
import { DateTime } from '../../../components/date-time';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { CertificateAlertsCard } from './certificate-alerts-card';

/** `extraCards`: other features' workbench cards, composed by the router (features do not import each other). */
export function WorkbenchPage({ extraCards }: { extraCards?: ReactNode }) {
  const me = useCurrentUser();
  const { t, label } = useI18n();
  const areas = visibleAreas(me.permissions).filter((a) => a.key !== 'workbench');

  const scopeText = (g: GrantView) => {
    const kind = label(SCOPE_LABELS[g.scopeKind], g.scopeKind);
    if (g.scopeAgencyName) return `${kind}：${g.scopeAgencyName}`;
    if (g.scopeKind === 'tenants' && g.scopeTenants.length) return `${kind}：${g.scopeTenants.join('、')}`;
    return kind;
  };

  return (
    <Page
      title={t(`您好，${me.account.displayName}`, `Hello, ${me.account.displayName}`)}
      description={t('欢迎使用行政执法监督平台', 'Welcome to the law enforcement supervision platform')}
      testId="workbench-page"
    >
      <Card title={t('我的信息', 'About me')} style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'name', label: t('姓名', 'Name'), children: me.account.displayName },
            { key: 'username', label: t('用户名', 'Username'), children: me.account.username },
            { key: 'tenant', label: t('行政区划', 'Region'), children: `${me.tenant.name}（${me.tenant.code}）` },
            {
              key: 'agency',
              label: t('所属单位', 'Agency'),
              children: me.agency ? (
                <Space size={8}>
                  <span data-testid="workbench-agency">{me.agency.name}</span>
                  <Tag>{label(AGENCY_KIND_LABELS[me.agency.kind as AgencyKind], me.agency.kind)}</Tag>
                </Space>
              ) : (
                <span className="xz-muted">—</span>
              ),
            },
            {
              key: 'mfa',
              label: t('两步验证', 'Two-step verification'),
              children: me.mfa.enabled ? (
                <Tag color="success">{t('已启用', 'On')}</Tag>
              ) : (
                <Tag>{t('未启用', 'Off')}</Tag>
              ),
            },
            {
              key: 'session',
              label: t('会话有效期至', 'Session valid until'),
              children: <DateTime value={me.session?.absoluteExpiresAt} />,
            },
            {
              key: 'roles',
              label: t('角色与数据范围', 'Roles and scopes'),
              span: 'filled',
              children: me.grants.length ? (
                <Flex gap={8} wrap data-testid="workbench-roles">
                  {me.grants.map((g) => (
                    <Tag
                      key={g.id}
                      color="blue"
                      style={{ marginInlineEnd: 0, padding: '2px 8px', whiteSpace: 'normal' }}
                    >
                      <strong>{label(ROLE_LABELS[g.role], g.role)}</strong>
                      <span style={{ opacity: 0.75 }}> · {scopeText(g)}</span>
                    </Tag>
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">
                  {t('尚未授予角色，请联系系统管理员。', 'No roles yet. Ask the system administrator.')}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      {me.permissions.includes('personnel.write') && <CertificateAlertsCard />}
      {extraCards}
      <Typography.Title level={5} style={{ margin: '4px 0 12px' }}>
        {t('可办事项', 'What you can do')}
      </Typography.Title>
      <Row gutter={[16, 16]} data-testid="workbench-areas">
        {areas.map((a) => (
          <Col key={a.key} xs={24} sm={12} lg={8} xxl={6}>
            <Link to={a.path} data-testid={`workbench-card-${a.key}`}>
              <Card hoverable styles={{ body: { padding: 20 } }}>
                <Flex gap={16} align="center">
                  <Flex
                    align="center"
                    justify="center"
                    style={{
                      width: 44,
                      height: 44,
                      borderRadius: 8,
                      background: '#eaf1fb',
                      color: '#1f5fbf',
                      fontSize: 22,
                      flex: 'none',
                    }}
                  >
                    <AreaIcon area={a.key} />
                  </Flex>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Typography.Text strong style={{ fontSize: 15 }}>
                      {label(a.label)}
                    </Typography.Text>
                    <Typography.Paragraph
                      type="secondary"
                      style={{ margin: '2px 0 0', fontSize: 13 }}
                      ellipsis={{ rows: 2 }}
                    >
                      {label(a.description)}
                    </Typography.Paragraph>
                  </div>
                  <RightOutlined style={{ color: '#b0b7c3' }} />
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Page>
  );
}
