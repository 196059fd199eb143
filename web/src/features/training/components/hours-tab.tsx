// 学时统计: hours per officer in a year against the tenant's threshold (每人每年不少于60学时, configurable), the
// officers below it and those behind the pro-rata figure expected by today, and a summary per agency.
import { useMemo, useState } from 'react';
import { Alert, Col, Flex, Input, Progress, Radio, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AgencyHoursView, AttendanceView, OfficerHoursView } from '../../../../../contracts/training';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { shanghaiToday, useAgencyChoices, useAttendance, useHours, type HoursFilter } from '../api';

const short = (name: string) => name.replace(/^香格里拉市/, '');

export function HoursTab() {
  const { t } = useI18n();
  const thisYear = shanghaiToday().year;
  const [year, setYear] = useState(thisYear);
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [filter, setFilter] = useState<HoursFilter['filter']>('all');
  const [q, setQ] = useState<string | undefined>();
  const agencies = useAgencyChoices();
  const hours = useHours({ year, agencyId, filter, q });
  const v = hours.data;
  const agencyRows = useMemo(
    () => [...(v?.agencies ?? [])].sort((a, b) => (a.metPercent ?? 101) - (b.metPercent ?? 101)),
    [v?.agencies],
  );

  const officerColumns: ColumnsType<OfficerHoursView> = [
    { title: t('姓名', 'Name'), dataIndex: 'name', width: 110 },
    { title: t('单位', 'Agency'), dataIndex: 'agencyName', render: short },
    {
      title: t('已完成学时', 'Hours'),
      key: 'hours',
      width: 260,
      sorter: (a, b) => a.hours - b.hours,
      render: (_, o) => (
        <Flex gap={8} align="center">
          <Progress
            percent={Math.min(100, Math.round((o.hours / o.threshold) * 100))}
            size="small"
            status={o.met ? 'success' : o.behindSchedule ? 'exception' : 'active'}
            showInfo={false}
            style={{ width: 140, margin: 0 }}
          />
          <span>
            {o.hours} / {o.threshold}
          </span>
        </Flex>
      ),
    },
    {
      title: t('差额', 'Shortfall'),
      dataIndex: 'shortfall',
      width: 90,
      align: 'right',
      sorter: (a, b) => a.shortfall - b.shortfall,
      render: (s: number) => (s > 0 ? s : '—'),
    },
    {
      title: t('状态', 'Standing'),
      key: 'standing',
      width: 120,
      render: (_, o) =>
        o.met ? (
          <Tag color="success">{t('已达标', 'Met')}</Tag>
        ) : o.behindSchedule ? (
          <Tag color="error">{t('进度滞后', 'Behind schedule')}</Tag>
        ) : (
          <Tag color="processing">{t('未达标', 'Not yet met')}</Tag>
        ),
    },
  ];

  const agencyColumns: ColumnsType<AgencyHoursView> = [
    { title: t('单位', 'Agency'), dataIndex: 'agencyName', render: short },
    { title: t('执法人员', 'Officers'), dataIndex: 'officers', width: 90, align: 'right' },
    { title: t('已达标', 'Met'), dataIndex: 'met', width: 80, align: 'right' },
    { title: t('未达标', 'Not met'), dataIndex: 'notMet', width: 80, align: 'right' },
    { title: t('进度滞后', 'Behind'), dataIndex: 'behindSchedule', width: 90, align: 'right' },
    { title: t('人均学时', 'Average'), dataIndex: 'averageHours', width: 90, align: 'right' },
    {
      title: t('达标率', 'Met share'),
      dataIndex: 'metPercent',
      width: 180,
      render: (p: number | null) =>
        p === null ? '—' : <Progress percent={p} size="small" status={p >= 100 ? 'success' : 'normal'} />,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Select
          style={{ width: 110 }}
          value={year}
          onChange={setYear}
          data-testid="hours-year"
          options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({
            value: y,
            label: t(`${y}年`, String(y)),
          }))}
        />
        <div style={{ width: 240 }}>
          <AgencyTreeSelect
            id="hoursAgency"
            agencies={agencies.data ?? []}
            value={agencyId ?? null}
            onChange={(id) => setAgencyId(id ?? undefined)}
            placeholder={t('全部单位', 'All agencies')}
          />
        </div>
        <Radio.Group
          optionType="button"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-testid="hours-filter"
          options={[
            { value: 'all', label: t('全部', 'All') },
            { value: 'not_met', label: t('未达标', 'Not met') },
            { value: 'behind_schedule', label: t('进度滞后', 'Behind schedule') },
          ]}
        />
        <Input.Search
          allowClear
          style={{ width: 180 }}
          placeholder={t('姓名', 'Name')}
          onSearch={(s) => setQ(s.trim() || undefined)}
          data-testid="hours-search"
        />
      </Flex>
      {hours.error && <ErrorAlert error={hours.error} />}
      {v && (
        <>
          <Alert
            type="info"
            showIcon
            data-testid="hours-basis"
            title={t(
              `学时要求：每名执法人员每年不少于 ${v.threshold} 学时（仅“已参训”计入，按课程结束日所在年度统计）`,
              `Required: at least ${v.threshold} hours per officer per year (attended courses only, counted in the year a course ends)`,
            )}
            description={t(
              `依据《提升行政执法质量三年行动计划（2023—2025年）》（国办发〔2023〕27号）关于行政执法人员每人每年接受不少于60学时培训的要求；学时数由司法局在队伍建设设置中配置。截至 ${v.on}，${v.year}年已过 ${Math.round(v.elapsedShare * 100)}%，剩余 ${v.daysLeft} 天；按进度应完成 ${v.expectedByNow} 学时，低于此数的标为“进度滞后”（提醒安排培训，不作为处理依据）。`,
              `Basis: the State Council's three-year action plan for enforcement quality (国办发〔2023〕27号), 60 hours per officer per year; the justice bureau configures the figure. On ${v.on}, ${Math.round(v.elapsedShare * 100)}% of ${v.year} has passed and ${v.daysLeft} days are left; ${v.expectedByNow} hours are expected by now, and officers below that are flagged "behind schedule" (a reminder to plan training, not a finding).`,
            )}
          />
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={t('执法人员（在岗、借调）', 'Officers (in post, seconded)')} value={v.total.officers} />
            </Col>
            <Col span={6}>
              <Statistic
                title={t('已达标', 'Met')}
                value={v.total.met}
                suffix={v.total.metPercent === null ? '' : `（${v.total.metPercent}%）`}
                styles={{ content: { color: '#389e0d' } }}
              />
            </Col>
            <Col span={6}>
              <Statistic title={t('未达标', 'Not met')} value={v.total.notMet} />
            </Col>
            <Col span={6}>
              <Statistic
                title={t('进度滞后', 'Behind schedule')}
                value={v.total.behindSchedule}
                styles={{ content: { color: v.total.behindSchedule ? '#cf1322' : undefined } }}
              />
            </Col>
          </Row>
          <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
            {t('各单位汇总', 'By agency')}
          </Typography.Title>
          <Table<AgencyHoursView>
            rowKey={(a) => a.agencyId ?? 'total'}
            size="small"
            columns={agencyColumns}
            dataSource={agencyRows}
            data-testid="hours-agency-table"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
          />
          <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
            {filter === 'behind_schedule'
              ? t('进度滞后人员', 'Behind schedule')
              : filter === 'not_met'
                ? t('未达标人员', 'Not met')
                : t('执法人员学时', 'Hours per officer')}
          </Typography.Title>
        </>
      )}
      <Table<OfficerHoursView>
        rowKey="officerId"
        size="small"
        loading={hours.isPending}
        columns={officerColumns}
        dataSource={v?.officers ?? []}
        data-testid="hours-table"
        onRow={(o) => ({ 'data-officer': o.name, 'data-met': String(o.met) }) as React.HTMLAttributes<HTMLElement>}
        expandable={{ expandedRowRender: (o) => <OfficerCourses officerId={o.officerId} year={year} /> }}
        pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (n) => t(`共 ${n} 人`, `${n} officers`) }}
        locale={{ emptyText: t('没有符合条件的执法人员', 'No officers match') }}
      />
    </Flex>
  );
}

/** An officer's courses in the year (the attendance list filtered by officer). */
function OfficerCourses({ officerId, year }: { officerId: string; year: number }) {
  const { t } = useI18n();
  const list = useAttendance({ officerId, year, page: 1, pageSize: 100 });
  const rows = list.data?.items ?? [];
  const columns: ColumnsType<AttendanceView> = [
    { title: t('课程', 'Course'), key: 'title', render: (_, a) => a.course.title },
    { title: t('结束日期', 'Ends'), key: 'end', width: 110, render: (_, a) => a.course.endDate },
    {
      title: t('状态', 'Status'),
      key: 'status',
      width: 90,
      render: (_, a) =>
        a.status === 'attended'
          ? t('已参训', 'Attended')
          : a.status === 'absent'
            ? t('缺席', 'Absent')
            : t('已报名', 'Registered'),
    },
    { title: t('计入学时', 'Credited'), dataIndex: 'hours', width: 90, align: 'right' },
  ];
  return (
    <Table<AttendanceView>
      rowKey="id"
      size="small"
      loading={list.isPending}
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="hours-officer-courses"
    />
  );
}
