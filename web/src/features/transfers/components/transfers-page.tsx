// 调动与借调 (/transfers): transfer plans filed with the justice bureau and the organisation department, the
// secondment register with its alerts, and each agency's front-line strength against its minimum (迪庆州
// 2024年6月26日通知第（四）项：规范执法人员调动，清理整顿人员随意借调问题).
import { useSearchParams } from 'react-router';
import { Tabs } from 'antd';
import { Page } from '../../../components/page';
import { useI18n } from '../../../lib/i18n';
import { PlansTab } from './plans-tab';
import { SecondmentsTab } from './secondments-tab';
import { StrengthTab } from './strength-tab';

export function TransfersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'plans';
  return (
    <Page
      title={t('执法人员调动与借调', 'Transfers and secondments')}
      description={t(
        '岗位变动报司法局并向组织部门备案，保证调出与调入均衡、一线执法力量不低于最低配置；借调登记并预警（香格里拉市司法局2024年6月26日通知第（四）项）',
        'Transfer plans filed with the justice bureau and the organisation department, keeping the front line at its minimum; secondments recorded and flagged',
      )}
      testId="transfers-page"
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          {
            key: 'plans',
            label: <span data-testid="transfers-tab-plans">{t('调动计划', 'Transfer plans')}</span>,
            children: <PlansTab />,
          },
          {
            key: 'secondments',
            label: <span data-testid="transfers-tab-secondments">{t('借调登记', 'Secondments')}</span>,
            children: <SecondmentsTab />,
          },
          {
            key: 'strength',
            label: <span data-testid="transfers-tab-strength">{t('一线力量', 'Front-line strength')}</span>,
            children: <StrengthTab />,
          },
        ]}
      />
    </Page>
  );
}
