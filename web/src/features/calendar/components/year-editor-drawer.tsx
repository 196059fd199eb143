// Enter or replace a year's national calendar as the State Council's notice sets it: the notice, then every entry
// (放假 / 调休上班). The server checks each entry (in the year, no duplicate, 调休上班 on a weekend) and names the row.
import { useEffect, useState } from 'react';
import { App, Button, Drawer, Flex, Form, Input, Select, Space, Typography } from 'antd';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  CALENDAR_ENTRY_KINDS,
  CALENDAR_ENTRY_KIND_LABELS,
  type CalendarYearView,
  type PutCalendarYearBody,
} from '../../../../../contracts/calendar';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { usePutCalendarYear } from '../api';

interface Props {
  open: boolean;
  year: number;
  current: CalendarYearView | undefined;
  onClose: () => void;
}

interface FormValues {
  noticeTitle: string;
  noticeNumber?: string;
  publishedOn?: string;
  entries: Array<{ date: string; kind: 'holiday' | 'workday'; name: string; note?: string }>;
}

export function YearEditorDrawer({ open, year, current, onClose }: Props) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const put = usePutCalendarYear(year);
  const [stray, setStray] = useState<string[]>([]);

  useEffect(() => {
    if (!open) return;
    put.reset();
    setStray([]);
    form.resetFields();
    form.setFieldsValue({
      noticeTitle: current?.notice?.title ?? `国务院办公厅关于${year}年部分节假日安排的通知`,
      noticeNumber: current?.notice?.number ?? '',
      publishedOn: current?.notice?.publishedOn ?? '',
      entries: (current?.entries ?? []).map((e) => ({ ...e, note: e.note ?? '' })),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, year, current]);

  const submit = async (v: FormValues) => {
    const body: PutCalendarYearBody = {
      noticeTitle: v.noticeTitle,
      noticeNumber: v.noticeNumber?.trim() || null,
      publishedOn: v.publishedOn?.trim() || null,
      entries: (v.entries ?? []).map((e) => ({
        date: e.date,
        kind: e.kind,
        name: e.name,
        note: e.note?.trim() || null,
      })),
    };
    try {
      const saved = await put.mutateAsync(body);
      message.success(
        t(
          `${year} 年节假日安排已保存，重算暂定期限 ${saved.recomputedDeadlines} 个`,
          `${year} saved; ${saved.recomputedDeadlines} provisional deadlines recomputed`,
        ),
      );
      onClose();
    } catch (e) {
      setStray(applyServerErrors(form, e).unmatched);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      title={t(`录入 ${year} 年全国节假日安排`, `Enter the national calendar of ${year}`)}
      data-testid="calendar-year-editor"
      extra={
        <Space>
          <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
          <Button type="primary" loading={put.isPending} onClick={() => form.submit()} data-testid="calendar-year-save">
            {t('保存', 'Save')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={put.error} details={stray} testId="calendar-year-error" />
      <Typography.Paragraph type="secondary">
        {t(
          '按国务院办公厅通知逐日录入：放假日（含调休休息日和其间的周末）与调休上班日（须为周六或周日）。保存后整体替换该年度原有条目，该年度按周末推算的暂定期限随之重算。',
          'Enter each day as the State Council notice sets it: rest days (including swapped rest days and weekends within a holiday) and swapped working days (a Saturday or Sunday). Saving replaces the year’s entries and recomputes its provisional deadlines.',
        )}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item name="noticeTitle" label={t('通知名称', 'Notice title')} rules={[{ required: true }]}>
          <Input data-testid="calendar-notice-title" />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="noticeNumber" label={t('文号', 'Number')} style={{ flex: 1 }}>
            <Input placeholder="国办发明电〔2025〕7号" data-testid="calendar-notice-number" />
          </Form.Item>
          <Form.Item name="publishedOn" label={t('发布日期', 'Published on')} style={{ flex: 1 }}>
            <Input placeholder="YYYY-MM-DD" data-testid="calendar-notice-published-on" />
          </Form.Item>
        </Flex>
        <Form.List name="entries">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="flex-start" data-testid={`calendar-entry-row-${i}`}>
                  <Form.Item name={[f.name, 'date']} rules={[{ required: true }]} style={{ width: 140 }}>
                    <Input placeholder="YYYY-MM-DD" data-testid={`calendar-entry-date-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true }]} style={{ width: 130 }}>
                    <Select
                      data-testid={`calendar-entry-kind-${i}`}
                      options={CALENDAR_ENTRY_KINDS.map((k) => ({
                        value: k,
                        label: label(CALENDAR_ENTRY_KIND_LABELS[k]),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]} style={{ flex: 1 }}>
                    <Input
                      placeholder={t('节日名称，如 春节', 'Name, e.g. 春节')}
                      data-testid={`calendar-entry-name-${i}`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'note']} style={{ flex: 1 }}>
                    <Input placeholder={t('备注', 'Note')} data-testid={`calendar-entry-note-${i}`} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('删除', 'Remove')}
                    {...testId(`calendar-entry-remove-${i}`)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                block
                onClick={() => add({ date: `${year}-`, kind: 'holiday', name: '' })}
                data-testid="calendar-entry-add"
              >
                {t('添加一天', 'Add a day')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
