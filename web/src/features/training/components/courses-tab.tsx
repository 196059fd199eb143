// 培训课程: the courses the user can see (their agencies' and the justice bureau's tenant-wide ones), with the
// create/edit drawer and the attendance drawer (bulk entry of many officers at once).
import { useState } from 'react';
import { App, Button, Flex, Input, Popconfirm, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import { TRAINING_KINDS, TRAINING_KIND_LABELS, type CourseView } from '../../../../../contracts/training';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { shanghaiToday, useAgencyChoices, useCourses, useDeleteCourse } from '../api';
import { AttendanceDrawer } from './attendance-drawer';
import { CourseFormDrawer, type CourseFormTarget } from './course-form-drawer';

export function CoursesTab() {
  const { t, label } = useI18n();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const canWrite = me.permissions.includes('training.write');
  const thisYear = shanghaiToday().year;
  const [year, setYear] = useState<number | undefined>(thisYear);
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [kind, setKind] = useState<string | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const agencies = useAgencyChoices();
  const courses = useCourses({ year, agencyId, kind, q, page, pageSize });
  const remove = useDeleteCourse();
  const [formTarget, setFormTarget] = useState<CourseFormTarget | null>(null);
  const [attendanceOf, setAttendanceOf] = useState<CourseView | null>(null);

  const columns: ColumnsType<CourseView> = [
    {
      title: t('课程名称', 'Course'),
      key: 'title',
      render: (_, c) => (
        <Flex vertical gap={2}>
          <strong>{c.title}</strong>
          <Flex gap={4} wrap>
            {c.openToAll && <Tag color="blue">{t('面向全辖区', 'Open to all')}</Tag>}
            {c.online && <Tag color="cyan">{t('线上', 'Online')}</Tag>}
            {c.demo && <Tag color="orange">{t('演示数据', 'Demo')}</Tag>}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('类别', 'Kind'),
      dataIndex: 'kind',
      width: 130,
      render: (k: CourseView['kind']) => label(TRAINING_KIND_LABELS[k]),
    },
    { title: t('学时', 'Hours'), dataIndex: 'hours', width: 70, align: 'right' },
    {
      title: t('组织单位 / 承办', 'Organiser / provider'),
      key: 'agency',
      width: 220,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <span>{c.agency.name.replace(/^香格里拉市/, '')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.provider}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('日期', 'Dates'),
      key: 'dates',
      width: 190,
      render: (_, c) => (c.startDate === c.endDate ? c.startDate : `${c.startDate} ~ ${c.endDate}`),
    },
    {
      title: t('参训', 'Attendance'),
      key: 'counts',
      width: 150,
      render: (_, c) => (
        <Tooltip title={t('已参训 / 已报名 / 缺席', 'attended / registered / absent')}>
          <span data-testid="course-counts">
            {c.counts.attended} / {c.counts.registered} / {c.counts.absent}
            {c.maxParticipants ? t(`（上限 ${c.maxParticipants}）`, ` (max ${c.maxParticipants})`) : ''}
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 190,
      render: (_, c) => (
        <Flex gap={0} wrap>
          <Button type="link" size="small" onClick={() => setAttendanceOf(c)} data-testid="course-attendance">
            {c.abilities.recordAttendance ? t('参训登记', 'Attendance') : t('参训名单', 'Attendees')}
          </Button>
          {c.abilities.update && (
            <Button
              type="link"
              size="small"
              onClick={() => setFormTarget({ mode: 'edit', course: c })}
              data-testid="course-edit"
            >
              {t('编辑', 'Edit')}
            </Button>
          )}
          {c.abilities.delete && (
            <Popconfirm
              title={t('删除该课程？', 'Delete this course?')}
              okText={t('删除', 'Delete')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() =>
                remove.mutate(c.id, {
                  onSuccess: () => message.success(t('已删除', 'Deleted')),
                  onError: (e) => message.error(errorMessage(e)),
                })
              }
            >
              <Button type="link" size="small" danger data-testid="course-delete">
                {t('删除', 'Delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Select
            style={{ width: 120 }}
            value={year ?? 0}
            onChange={(v) => {
              setYear(v || undefined);
              setPage(1);
            }}
            data-testid="course-year-filter"
            options={[
              { value: 0, label: t('全部年度', 'All years') },
              ...[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({
                value: y,
                label: t(`${y}年`, String(y)),
              })),
            ]}
          />
          <div style={{ width: 240 }}>
            <AgencyTreeSelect
              id="courseAgency"
              agencies={agencies.data ?? []}
              value={agencyId ?? null}
              onChange={(id) => {
                setAgencyId(id ?? undefined);
                setPage(1);
              }}
              placeholder={t('全部组织单位', 'All organisers')}
            />
          </div>
          <Select
            allowClear
            style={{ width: 170 }}
            placeholder={t('全部类别', 'All kinds')}
            value={kind}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
            data-testid="course-kind-filter"
            options={TRAINING_KINDS.map((k) => ({ value: k, label: label(TRAINING_KIND_LABELS[k]) }))}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('课程名称或承办单位', 'Title or provider')}
            onSearch={(v) => {
              setQ(v.trim() || undefined);
              setPage(1);
            }}
            data-testid="course-search"
          />
        </Flex>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormTarget({ mode: 'create', agencyId: agencyId ?? me.agency?.id ?? null })}
            data-testid="course-create"
          >
            {t('新增课程', 'New course')}
          </Button>
        )}
      </Flex>
      {courses.error && <ErrorAlert error={courses.error} />}
      <Table<CourseView>
        rowKey="id"
        size="middle"
        loading={courses.isPending}
        columns={columns}
        dataSource={courses.data?.items ?? []}
        data-testid="courses-table"
        onRow={(c) => ({ 'data-id': c.id, 'data-title': c.title }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize,
          total: courses.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t(`共 ${n} 门课程`, `${n} courses`),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        locale={{ emptyText: t('没有培训课程', 'No courses') }}
      />
      <CourseFormDrawer target={formTarget} agencies={agencies.data ?? []} onClose={() => setFormTarget(null)} />
      <AttendanceDrawer course={attendanceOf} onClose={() => setAttendanceOf(null)} />
    </>
  );
}
