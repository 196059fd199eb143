// The deadline engine's two tabs, for the calendar page (工作日历与期限): the calculator and the rule catalogue.
import type { TabsProps } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { DeadlineCalculator } from './deadline-calculator';
import { DeadlineRulesTable } from './deadline-rules-table';

/** Tab items: 计算器 (deadline-calculator) and 期限规则 (deadline-rules). Call inside a component (uses i18n). */
export function deadlineTabs(): TabsProps['items'] {
  return [
    { key: 'deadline-calculator', label: <TabLabel zh="计算器" en="Calculator" />, children: <DeadlineCalculator /> },
    { key: 'deadline-rules', label: <TabLabel zh="期限规则" en="Deadline rules" />, children: <DeadlineRulesTable /> },
  ];
}

function TabLabel({ zh, en }: { zh: string; en: string }) {
  const { t } = useI18n();
  return <span data-testid={`tab-${en === 'Calculator' ? 'deadline-calculator' : 'deadline-rules'}`}>{t(zh, en)}</span>;
}
