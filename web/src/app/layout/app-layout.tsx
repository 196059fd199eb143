// The authenticated frame: waits for /api/me, sends strangers to sign in, forces a password change or TOTP
// setup when the server asks for one, and draws the header and the permission-built side menu.
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Grid, Layout, Menu, Space, Spin, Tooltip, Typography } from 'antd';
import GlobalOutlined from '@ant-design/icons/GlobalOutlined';
import LogoutOutlined from '@ant-design/icons/LogoutOutlined';
import UserOutlined from '@ant-design/icons/UserOutlined';
import { Link, Navigate, Outlet, useLocation, useMatches, useNavigate, useNavigation } from 'react-router';
import type { MeView } from '../../../../contracts/account';
import { AREA_GROUP_LABELS, AREAS, visibleAreas, type Area, type AreaGroup } from '../../config/areas';
import { AreaIcon } from '../../components/area-icon';
import { ErrorAlert } from '../../components/error-alert';
import { FullPageSpin } from '../../components/full-page-spin';
import { Forbidden } from '../../components/status-result';
import { isApiError } from '../../lib/api-client';
import { logout, useMeQuery } from '../../lib/auth';
import { useI18n } from '../../lib/i18n';
import type { RouteHandle } from '../router';
import { BRAND_BLUE } from '../theme';

const PASSWORD_PAGE = '/profile/password';
const TOTP_PAGE = '/profile/totp';

/** The page the server requires before anything else, if any. */
function forcedPage(me: MeView): string | null {
  if (me.account.mustChangePassword) return PASSWORD_PAGE;
  if (me.mfa.setupRequired) return TOTP_PAGE;
  return null;
}

export function AppLayout() {
  return (
    <App>
      <SignedInGate />
    </App>
  );
}

function SignedInGate() {
  const meQuery = useMeQuery();
  const location = useLocation();
  const { t } = useI18n();

  if (meQuery.error && isApiError(meQuery.error) && meQuery.error.status === 401) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!meQuery.data) {
    if (meQuery.isPending) return <FullPageSpin />;
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <div style={{ maxWidth: 560, width: '100%' }}>
          <ErrorAlert error={meQuery.error} />
          <Button onClick={() => void meQuery.refetch()}>{t('重试', 'Retry')}</Button>
        </div>
      </Flex>
    );
  }
  const forced = forcedPage(meQuery.data);
  if (forced && location.pathname !== forced) return <Navigate to={forced} replace />;
  return <Shell me={meQuery.data} forced={forced} />;
}

function Shell({ me, forced }: { me: MeView; forced: string | null }) {
  const { t, label, lang, setLang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const matches = useMatches();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  // On a phone (below md) the menu is hidden behind its trigger and closes after each navigation, so that pages
  // get the whole width of the screen (an officer in the field handles summary cases on a phone).
  const narrow = Grid.useBreakpoint().md === false;
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    if (narrow) setCollapsed(true);
  }, [narrow, location.pathname]);
  const [loggingOut, setLoggingOut] = useState(false);

  const required = matches.map((m) => (m.handle as RouteHandle | undefined)?.permission).filter((p) => p !== undefined);
  const allowed = required.every((p) => me.permissions.includes(p));

  const areas = visibleAreas(me.permissions);
  const current =
    AREAS.filter(
      (a) => a.path !== '/' && (location.pathname === a.path || location.pathname.startsWith(`${a.path}/`)),
    )[0]?.path ?? (location.pathname === '/' ? '/' : '');

  const platformName =
    lang === 'en' ? `${me.tenant.name} Law Enforcement Supervision Platform` : `${me.tenant.name}行政执法监督平台`;

  const onLogout = async () => {
    setLoggingOut(true);
    try {
      await logout(queryClient);
    } catch {
      // The session is dropped on the client either way; the server's idle timeout ends it there.
    }
    message.success(t('已退出登录', 'Signed out'));
    void navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: narrow ? 8 : 16,
          position: 'sticky',
          top: 0,
          zIndex: 20,
          ...(narrow ? { paddingInline: 12 } : {}),
        }}
      >
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff', minWidth: 0 }}>
          <Emblem />
          <Typography.Text
            data-testid="platform-name"
            style={{
              color: '#fff',
              fontSize: 18,
              fontWeight: 600,
              letterSpacing: lang === 'en' ? 0 : 1,
              whiteSpace: 'nowrap',
            }}
            ellipsis
          >
            {platformName}
          </Typography.Text>
        </Link>
        <div style={{ flex: 1 }} />
        <Space size={4} style={{ color: '#fff' }}>
          <span
            data-testid="current-user"
            style={{ color: 'rgba(255,255,255,0.92)', whiteSpace: 'nowrap', marginRight: 8 }}
          >
            <UserOutlined style={{ marginRight: 6 }} />
            <span data-testid="current-user-name">{me.account.displayName}</span>
            {me.agency && !narrow && (
              <span data-testid="current-user-agency" style={{ color: 'rgba(255,255,255,0.65)', marginLeft: 8 }}>
                {me.agency.name}
              </span>
            )}
          </span>
          <Tooltip title={t('切换语言', 'Switch language')}>
            <Button
              type="text"
              data-testid="lang-switch"
              icon={<GlobalOutlined />}
              style={{ color: '#fff' }}
              onClick={() => {
                setLang(lang === 'en' ? 'zh-CN' : 'en');
                // Server texts (messages, labels) come in the chosen language: ask again.
                void queryClient.invalidateQueries();
              }}
            >
              {!narrow && (lang === 'en' ? '中文' : 'English')}
            </Button>
          </Tooltip>
          <Button
            type="text"
            data-testid="logout"
            icon={<LogoutOutlined />}
            loading={loggingOut}
            style={{ color: '#fff' }}
            onClick={() => void onLogout()}
          >
            {!narrow && t('退出', 'Sign out')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={208}
          collapsible
          collapsed={collapsed}
          collapsedWidth={narrow ? 0 : 80}
          onCollapse={setCollapsed}
          theme="light"
          style={{
            borderRight: '1px solid #e8eaef',
            position: narrow ? 'fixed' : 'sticky',
            zIndex: 30,
            top: 56,
            height: 'calc(100vh - 56px)',
            overflow: 'auto',
          }}
        >
          <Menu
            mode="inline"
            data-testid="side-menu"
            selectedKeys={[current]}
            style={{ borderInlineEnd: 'none', paddingTop: 8 }}
            items={menuItems(areas, label)}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: narrow ? 12 : 20, minWidth: 0 }}>
          {forced && (
            <Alert
              type="warning"
              showIcon
              data-testid="forced-step"
              style={{ marginBottom: 16 }}
              title={
                forced === PASSWORD_PAGE
                  ? t(
                      '为保障账号安全，请先修改初始密码后再使用平台。',
                      'For your account’s safety, change your initial password before using the platform.',
                    )
                  : t(
                      '安全策略要求启用两步验证，请先完成设置。',
                      'The security policy requires two-step verification. Set it up first.',
                    )
              }
            />
          )}
          <Spin spinning={navigation.state === 'loading'} delay={200}>
            {allowed ? <Outlet /> : <Forbidden />}
          </Spin>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** A plain shield mark; the national emblem may not be used as a logo. */
function Emblem() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="6" fill="#fff" fillOpacity="0.14" />
      <path d="M16 5l9 4v6.5c0 5.2-3.8 9.6-9 10.5-5.2-.9-9-5.3-9-10.5V9z" fill="#fff" />
      <path
        d="M12 15.5l3 3 5.5-6"
        stroke={BRAND_BLUE}
        strokeWidth="2.2"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The side menu: ungrouped areas first and last, the others under their group's title, in the AREAS order. */
function menuItems(areas: Area[], label: (l: Area['label']) => string) {
  const item = (a: Area) => ({
    key: a.path,
    icon: <AreaIcon area={a.key} />,
    label: (
      <Link to={a.path} data-testid={a.testId}>
        {label(a.label)}
      </Link>
    ),
  });
  const groups: AreaGroup[] = [];
  for (const a of areas) if (a.group && !groups.includes(a.group)) groups.push(a.group);
  return [
    ...areas.filter((a) => !a.group && a.key === 'workbench').map(item),
    ...groups.map((g) => ({
      type: 'group' as const,
      key: `group-${g}`,
      label: label(AREA_GROUP_LABELS[g]),
      children: areas.filter((a) => a.group === g).map(item),
    })),
    ...areas.filter((a) => !a.group && a.key !== 'workbench').map(item),
  ];
}
