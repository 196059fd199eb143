// Attendance of one course: the list (officer, status, credited hours) and bulk entry — select many officers the
// user keeps, mark them registered, attended or absent; fewer hours than the course's need a reason. An officer
// is credited once per course.
import { useEffect, useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  ATTENDANCE_STATUSES,
  ATTENDANCE_STATUS_LABELS,
  TRAINING_KIND_LABELS,
  type AttendanceStatus,
  type AttendanceView,
  type CourseView,
} from '../../../../../contracts/training';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useAttendance, useCandidates, useDeleteAttendance, useRecordAttendance, useUpdateAttendance } from '../api';

const STATUS_COLORS: Record<AttendanceStatus, string> = { registered: 'blue', attended: 'success', absent: 'default' };

interface BulkValues {
  officerIds: string[];
  status: AttendanceStatus;
  hours?: number;
  reason?: string;
}

export function AttendanceDrawer({ course, onClose }: { course: CourseView | null; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useAttendance({ courseId: course?.id, page, pageSize });
  const canRecord = !!course?.abilities.recordAttendance;
  const candidates = useCandidates(course?.id, !!course && canRecord);
  const record = useRecordAttendance();
  const remove = useDeleteAttendance();
  const [form] = Form.useForm<BulkValues>();
  const status = Form.useWatch('status', form);
  const hours = Form.useWatch('hours', form);
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const [editing, setEditing] = useState<AttendanceView | null>(null);

  useEffect(() => {
    if (!course) return;
    setPage(1);
    setFailure(null);
    form.resetFields();
    form.setFieldsValue({ officerIds: [], status: 'attended', hours: course.hours });
  }, [course, form]);

  const onFinish = (v: BulkValues) => {
    if (!course) return;
    setFailure(null);
    const reduced = v.status === 'attended' && v.hours !== undefined && v.hours < course.hours;
    record.mutate(
      {
        courseId: course.id,
        entries: v.officerIds.map((officerId) => ({
          officerId,
          status: v.status,
          ...(v.status === 'attended' && v.hours !== undefined ? { hours: v.hours } : {}),
          ...(reduced ? { reason: v.reason?.trim() || null } : {}),
        })),
      },
      {
        onSuccess: (r) => {
          message.success(t(`已登记 ${r.created} 人`, `${r.created} recorded`));
          form.setFieldsValue({ officerIds: [] });
        },
        onError: (e) => {
          // entries.N.reason / entries.N.hours sit on the shared fields; the rest are listed by the alert.
          const aliases: Record<string, string> = {};
          v.officerIds.forEach((_, i) => {
            aliases[`entries.${i}.reason`] = 'reason';
            aliases[`entries.${i}.hours`] = 'hours';
            aliases[`entries.${i}.status`] = 'status';
          });
          const applied = applyServerErrors(form, e, aliases);
          setFailure({ error: e, details: applied.unmatched.map((d) => nameOfficer(d)) });
        },
      },
    );
  };
  const nameOfficer = (detail: string) => {
    const m = /^entries\.(\d+)\.officerId: (.*)$/.exec(detail);
    if (!m) return detail;
    const id = form.getFieldValue('officerIds')?.[Number(m[1])];
    const who = candidates.data?.find((c) => c.id === id)?.name ?? id;
    return `${who}：${m[2]}`;
  };

  const columns: ColumnsType<AttendanceView> = [
    {
      title: t('执法人员', 'Officer'),
      key: 'officer',
      render: (_, a) => (
        <Flex vertical gap={0}>
          <span>{a.officer.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.officer.agencyName.replace(/^香格里拉市/, '')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('状态', 'Status'),
      dataIndex: 'status',
      width: 90,
      render: (s: AttendanceStatus) => <Tag color={STATUS_COLORS[s]}>{label(ATTENDANCE_STATUS_LABELS[s])}</Tag>,
    },
    {
      title: t('计入学时', 'Credited'),
      key: 'hours',
      width: 200,
      render: (_, a) => (
        <Flex vertical gap={0}>
          <span>{a.status === 'attended' ? a.hours : '—'}</span>
          {a.reason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.reason}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('登记时间', 'Recorded'),
      dataIndex: 'recordedAt',
      width: 160,
      render: (v: string) => <DateTime value={v} />,
    },
    {
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 110,
      render: (_, a) =>
        a.abilities.update && (
          <Flex gap={0}>
            <Button type="link" size="small" onClick={() => setEditing(a)} data-testid="attendance-edit">
              {t('修改', 'Edit')}
            </Button>
            <Popconfirm
              title={t('删除该参训记录？', 'Delete this record?')}
              okText={t('删除', 'Delete')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() =>
                remove.mutate(a.id, {
                  onSuccess: () => message.success(t('已删除', 'Deleted')),
                  onError: (e) => message.error(errorMessage(e)),
                })
              }
            >
              <Button type="link" size="small" danger data-testid="attendance-delete">
                {t('删除', 'Delete')}
              </Button>
            </Popconfirm>
          </Flex>
        ),
    },
  ];

  const reduced = status === 'attended' && course && hours !== undefined && hours !== null && hours < course.hours;

  return (
    <Drawer
      open={!!course}
      onClose={onClose}
      size={820}
      destroyOnHidden
      title={course ? t(`参训登记：${course.title}`, `Attendance: ${course.title}`) : ''}
      data-testid="attendance-drawer"
    >
      {course && (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('学时', 'Hours')}>{course.hours}</Descriptions.Item>
            <Descriptions.Item label={t('类别', 'Kind')}>{label(TRAINING_KIND_LABELS[course.kind])}</Descriptions.Item>
            <Descriptions.Item label={t('日期', 'Dates')}>
              {course.startDate === course.endDate ? course.startDate : `${course.startDate} ~ ${course.endDate}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('组织单位', 'Organiser')} span={2}>
              {course.agency.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('人数上限', 'Max')}>{course.maxParticipants ?? '—'}</Descriptions.Item>
          </Descriptions>
          {canRecord && (
            <Card size="small" title={t('批量登记', 'Record many at once')} data-testid="attendance-bulk">
              {failure && <ErrorAlert error={failure.error} details={failure.details} testId="attendance-form-error" />}
              <Form<BulkValues> form={form} name="attendance" layout="vertical" onFinish={onFinish}>
                <Form.Item
                  name="officerIds"
                  label={
                    <Flex gap={8} align="center">
                      {t(
                        '执法人员（本人培训管理范围内、在岗、尚未登记本课程）',
                        'Officers (yours, in post, not yet on this course)',
                      )}
                      <Button
                        size="small"
                        type="link"
                        onClick={() => form.setFieldsValue({ officerIds: (candidates.data ?? []).map((c) => c.id) })}
                        data-testid="attendance-select-all"
                      >
                        {t(`全选（${candidates.data?.length ?? 0}）`, `All (${candidates.data?.length ?? 0})`)}
                      </Button>
                    </Flex>
                  }
                  rules={[{ required: true, message: t('请选择执法人员', 'Choose officers') }]}
                >
                  <Select
                    mode="multiple"
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    maxTagCount={12}
                    loading={candidates.isPending}
                    data-testid="attendance-officers"
                    options={(candidates.data ?? []).map((c) => ({
                      value: c.id,
                      label: `${c.name} · ${c.agencyName.replace(/^香格里拉市/, '')}`,
                    }))}
                  />
                </Form.Item>
                <Flex gap={16} wrap align="flex-start">
                  <Form.Item name="status" label={t('参训状态', 'Status')} rules={[{ required: true }]}>
                    <Radio.Group
                      optionType="button"
                      options={ATTENDANCE_STATUSES.map((s) => ({
                        value: s,
                        label: label(ATTENDANCE_STATUS_LABELS[s]),
                      }))}
                    />
                  </Form.Item>
                  {status === 'attended' && (
                    <Form.Item name="hours" label={t('计入学时', 'Credited hours')}>
                      <InputNumber min={0.5} max={course.hours} step={0.5} style={{ width: 120 }} />
                    </Form.Item>
                  )}
                  {reduced && (
                    <Form.Item
                      name="reason"
                      label={t('学时核减原因', 'Reason for fewer hours')}
                      style={{ flex: 1, minWidth: 240 }}
                      rules={[{ required: true, whitespace: true }]}
                    >
                      <Input maxLength={500} placeholder={t('如：因执法任务提前离开', 'e.g. left early for a case')} />
                    </Form.Item>
                  )}
                </Flex>
                <Flex justify="space-between" align="center">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(
                      '仅“已参训”计入年度学时；同一课程每人只计一次。',
                      'Only “attended” counts towards the yearly hours; once per officer and course.',
                    )}
                  </Typography.Text>
                  <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="attendance-submit">
                    {t('登记', 'Record')}
                  </Button>
                </Flex>
              </Form>
            </Card>
          )}
          {list.error && <ErrorAlert error={list.error} />}
          <Table<AttendanceView>
            rowKey="id"
            size="small"
            loading={list.isPending}
            columns={columns}
            dataSource={list.data?.items ?? []}
            data-testid="attendance-table"
            onRow={(a) => ({ 'data-officer': a.officer.name }) as React.HTMLAttributes<HTMLElement>}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (n) =>
                t(
                  `共 ${n} 人，计入 ${list.data?.totalHours ?? 0} 学时`,
                  `${n} people, ${list.data?.totalHours ?? 0} hours`,
                ),
              onChange: (p, s) => {
                setPage(p);
                setPageSize(s);
              },
            }}
            locale={{ emptyText: t('尚无参训记录', 'No attendance yet') }}
          />
        </Flex>
      )}
      <AttendanceEditModal record={editing} courseHours={course?.hours ?? 0} onClose={() => setEditing(null)} />
    </Drawer>
  );
}

function AttendanceEditModal({
  record,
  courseHours,
  onClose,
}: {
  record: AttendanceView | null;
  courseHours: number;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ status: AttendanceStatus; hours?: number; reason?: string }>();
  const update = useUpdateAttendance();
  const status = Form.useWatch('status', form);
  const hours = Form.useWatch('hours', form);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (!record) return;
    setFailure(null);
    form.setFieldsValue({
      status: record.status,
      hours: record.status === 'attended' ? record.hours : courseHours,
      reason: record.reason ?? undefined,
    });
  }, [record, courseHours, form]);

  const onOk = () =>
    form.validateFields().then((v) => {
      const reduced = v.status === 'attended' && v.hours !== undefined && v.hours < courseHours;
      update.mutate(
        {
          id: record!.id,
          body: {
            status: v.status,
            ...(v.status === 'attended' ? { hours: v.hours } : {}),
            reason: reduced ? v.reason?.trim() || null : null,
          },
        },
        {
          onSuccess: () => {
            message.success(t('已修改', 'Saved'));
            onClose();
          },
          onError: (e) => {
            applyServerErrors(form, e);
            setFailure(e);
          },
        },
      );
    });

  return (
    <Modal
      open={!!record}
      onCancel={onClose}
      onOk={onOk}
      confirmLoading={update.isPending}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      title={record ? t(`修改参训记录：${record.officer.name}`, `Edit: ${record.officer.name}`) : ''}
      destroyOnHidden
    >
      {failure ? <ErrorAlert error={failure} /> : null}
      <Form form={form} layout="vertical" name="attendanceEdit">
        <Form.Item name="status" label={t('参训状态', 'Status')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: label(ATTENDANCE_STATUS_LABELS[s]) }))}
          />
        </Form.Item>
        {status === 'attended' && (
          <Form.Item name="hours" label={t('计入学时', 'Credited hours')} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={courseHours} step={0.5} />
          </Form.Item>
        )}
        {status === 'attended' && hours !== undefined && hours !== null && hours < courseHours && (
          <Form.Item name="reason" label={t('学时核减原因', 'Reason for fewer hours')} rules={[{ required: true }]}>
            <Input maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
