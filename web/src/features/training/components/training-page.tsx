// 执法人员培训 (/training?tab=courses|hours|plans): courses with attendance entry, hours per officer per year
// against the threshold with who is behind, and each agency's annual training plan.
import { useSearchParams } from 'react-router';
import { Card, Tabs } from 'antd';
import { Page } from '../../../components/page';
import { useI18n } from '../../../lib/i18n';
import { CoursesTab } from './courses-tab';
import { HoursTab } from './hours-tab';
import { PlansTab } from './plans-tab';

const TABS = ['courses', 'hours', 'plans'] as const;
type TabKey = (typeof TABS)[number];

export function TrainingPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: TabKey = TABS.includes(raw as TabKey) ? (raw as TabKey) : 'courses';

  return (
    <Page
      title={t('执法人员培训', 'Officer training')}
      description={t(
        '培训课程与参训登记、执法人员年度学时统计（每人每年不少于规定学时）、各单位年度培训计划',
        'Courses and attendance, hours per officer per year against the required hours, and agencies’ annual training plans',
      )}
      testId="training-page"
    >
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k })}
          destroyOnHidden
          items={[
            {
              key: 'courses',
              label: <span data-testid="training-tab-courses">{t('培训课程', 'Courses')}</span>,
              children: <CoursesTab />,
            },
            {
              key: 'hours',
              label: <span data-testid="training-tab-hours">{t('学时统计', 'Hours')}</span>,
              children: <HoursTab />,
            },
            {
              key: 'plans',
              label: <span data-testid="training-tab-plans">{t('培训计划', 'Training plans')}</span>,
              children: <PlansTab />,
            },
          ]}
        />
      </Card>
    </Page>
  );
}
