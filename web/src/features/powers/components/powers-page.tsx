// 权责清单 (/powers): the list in force on a date, the items a department delegated to townships, and the change
// requests filed with the justice bureau (备案). ?tab=items | delegated | requests.
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { PowerItemsTab } from './power-items-tab';
import { PowerRequestsTab } from './power-requests-tab';
import { POWERS_CSS } from './power-format';

const TABS = ['items', 'delegated', 'requests'] as const;
type Tab = (typeof TABS)[number];

export function PowersPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const reviewer = me.permissions.includes('filing.review');
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'items';
  return (
    <Page
      title={t('权责清单', 'Powers list')}
      description={t(
        '各执法单位的行政职权及其依据、责任事项和追责情形；变更须报司法局备案，自生效日期起施行',
        'Each agency’s powers with their legal basis, duties and accountability; changes are filed with the justice bureau and take effect on their date',
      )}
      testId="powers-page"
    >
      <style>{POWERS_CSS}</style>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'items' ? {} : { tab: k })}
        destroyOnHidden
        items={[
          {
            key: 'items',
            label: <span data-testid="powers-tab-items">{t('现行清单', 'List in force')}</span>,
            children: <PowerItemsTab view="own" />,
          },
          {
            key: 'delegated',
            label: <span data-testid="powers-tab-delegated">{t('下放乡镇事项', 'Delegated to townships')}</span>,
            children: <PowerItemsTab view="delegated" />,
          },
          {
            key: 'requests',
            label: (
              <span data-testid="powers-tab-requests">
                {reviewer ? t('备案审查（待备案）', 'Filings to review') : t('变更备案', 'Change requests')}
              </span>
            ),
            children: <PowerRequestsTab />,
          },
        ]}
      />
    </Page>
  );
}
