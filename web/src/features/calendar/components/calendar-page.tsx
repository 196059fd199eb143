// 工作日历与期限 (/calendar): tabs, the working-day calendar first; the router adds the deadline calculator and rules
// (web/src/features/deadlines) as `extraTabs`.
import { Tabs, type TabsProps } from 'antd';
import { Page } from '../../../components/page';
import { useI18n } from '../../../lib/i18n';
import { WorkingCalendarTab } from './working-calendar-tab';

type TabItems = NonNullable<TabsProps['items']>;

export function CalendarPage({ extraTabs = [] }: { extraTabs?: TabItems }) {
  const { t } = useI18n();
  const items: TabItems = [
    { key: 'calendar', label: t('工作日历', 'Working-day calendar'), children: <WorkingCalendarTab /> },
    ...extraTabs,
  ];
  return (
    <Page
      title={t('工作日历与期限', 'Calendar and deadlines')}
      description={t(
        '法定节假日与调休依国务院办公厅每年的通知，地方节假日依自治地方的规定；法定期限按此计算。',
        'Public holidays and swapped working days follow the State Council’s yearly notice, local holidays the autonomous area’s rules; statutory periods are counted on them.',
      )}
      testId="calendar-page"
    >
      <Tabs items={items} data-testid="calendar-tabs" destroyOnHidden />
    </Page>
  );
}
