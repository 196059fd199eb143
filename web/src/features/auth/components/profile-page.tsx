// 个人设置 (/profile/:tab): change password and two-step verification (TOTP).
import { Card, Tabs } from 'antd';
import { Navigate, useNavigate, useParams } from 'react-router';
import { Page } from '../../../components/page';
import { useI18n } from '../../../lib/i18n';
import { ChangePasswordForm } from './change-password-form';
import { TotpSettings } from './totp-settings';

const TABS = ['password', 'totp'] as const;
type Tab = (typeof TABS)[number];

export function ProfilePage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const { t } = useI18n();
  if (!TABS.includes(tab as Tab)) return <Navigate to="/profile/password" replace />;

  return (
    <Page title={t('个人设置', 'My settings')} testId="profile-page">
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => void navigate(`/profile/${key}`)}
          items={[
            {
              key: 'password',
              label: <span data-testid="profile-tab-password">{t('修改密码', 'Change password')}</span>,
              children: <ChangePasswordForm />,
            },
            {
              key: 'totp',
              label: <span data-testid="profile-tab-totp">{t('两步验证', 'Two-step verification')}</span>,
              children: <TotpSettings />,
            },
          ]}
        />
      </Card>
    </Page>
  );
}
