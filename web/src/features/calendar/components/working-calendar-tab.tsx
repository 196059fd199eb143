// The working-day calendar of one year: the State Council notice it follows, the twelve months coloured, the
// provisional banner for a year not entered yet, the tenant's local holidays, and for calendar keepers the editors.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Select, Skeleton, Tag } from 'antd';
import EditOutlined from '@ant-design/icons/EditOutlined';
import LeftOutlined from '@ant-design/icons/LeftOutlined';
import RightOutlined from '@ant-design/icons/RightOutlined';
import { CALENDAR_SOURCE_LABELS, PROVISIONAL_NOTICE } from '../../../../../contracts/calendar';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useCalendarDays, useCalendarYear, useCalendarYears } from '../api';
import { LocalEntriesCard } from './local-entries-card';
import { YearEditorDrawer } from './year-editor-drawer';
import { YearGrid, YearGridLegend } from './year-grid';

const thisYear = () => Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));

export function WorkingCalendarTab() {
  const { t, label } = useI18n();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const years = useCalendarYears();
  const detail = useCalendarYear(year);
  const days = useCalendarDays(year);
  const y = detail.data;
  const options = [...new Set([...(years.data?.items.map((i) => i.year) ?? []), year])]
    .sort((a, b) => b - a)
    .map((v) => {
      const published = years.data?.items.find((i) => i.year === v)?.published ?? false;
      return { value: v, label: published ? `${v}` : `${v} ${t('（暂定）', '(provisional)')}` };
    });

  return (
    <div data-testid="calendar-tab">
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Button icon={<LeftOutlined />} onClick={() => setYear(year - 1)} data-testid="calendar-year-prev" />
        <Select
          value={year}
          onChange={setYear}
          options={options}
          style={{ width: 160 }}
          showSearch
          data-testid="calendar-year-select"
        />
        <Button icon={<RightOutlined />} onClick={() => setYear(year + 1)} data-testid="calendar-year-next" />
        {y?.abilities.editNational && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="calendar-year-edit">
            {y.published
              ? t('修改全国节假日安排', 'Edit the national calendar')
              : t('录入全国节假日安排', 'Enter the national calendar')}
          </Button>
        )}
        {y && (
          <Tag data-testid="calendar-version">
            {t('日历版本', 'Calendar version')} {y.version}
          </Tag>
        )}
      </Flex>
      <ErrorAlert error={years.error ?? detail.error ?? days.error} />
      {y?.provisional && (
        <Alert
          type="warning"
          showIcon
          data-testid="calendar-provisional-banner"
          title={label(PROVISIONAL_NOTICE)}
          description={t(
            '该年度的日期仅按周六、周日（及本地节假日）推算；据此计算的期限均标注为暂定，国务院通知录入后自动重算。',
            'Days of this year are judged on Saturdays and Sundays (and local holidays) alone; deadlines computed on them are flagged provisional and recomputed once the notice is entered.',
          )}
          style={{ marginBottom: 16 }}
        />
      )}
      {y?.notice && (
        <Card size="small" style={{ marginBottom: 16 }} data-testid="calendar-notice">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('依据', 'Notice')} span={3}>
              {y.notice.title}
            </Descriptions.Item>
            <Descriptions.Item label={t('文号', 'Number')}>{y.notice.number ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('发布日期', 'Published on')}>{y.notice.publishedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('来源', 'Source')}>
              {label(CALENDAR_SOURCE_LABELS[y.notice.source])}
              {y.notice.updatedBy ? ` · ${y.notice.updatedBy}` : ''}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <YearGridLegend />
        {days.data ? <YearGrid year={year} days={days.data.days} /> : <Skeleton active />}
      </Card>
      {y && <LocalEntriesCard year={year} entries={y.localEntries} editable={y.abilities.editLocal} />}
      <YearEditorDrawer open={editing} year={year} current={y} onClose={() => setEditing(false)} />
    </div>
  );
}
