// A tenant's local holidays (民族自治地方的民族节日, 全国年节及纪念日放假办法 第四条), each with the local act it rests on;
// the tenant's justice bureau (calendar.write over the tenant) adds and removes them.
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Table, Typography } from 'antd';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  CALENDAR_ENTRY_KINDS,
  CALENDAR_ENTRY_KIND_LABELS,
  type LocalEntryBody,
  type LocalEntryView,
} from '../../../../../contracts/calendar';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useAddLocalEntry, useRemoveLocalEntry } from '../api';

interface Props {
  year: number;
  entries: readonly LocalEntryView[];
  editable: boolean;
}

export function LocalEntriesCard({ year, entries, editable }: Props) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<LocalEntryBody>();
  const add = useAddLocalEntry();
  const remove = useRemoveLocalEntry();
  const [stray, setStray] = useState<string[]>([]);

  const submit = async (v: LocalEntryBody) => {
    try {
      const saved = await add.mutateAsync(v);
      message.success(
        t(
          `已添加，重算期限 ${saved.recomputedDeadlines} 个`,
          `Added; ${saved.recomputedDeadlines} deadlines recomputed`,
        ),
      );
      setAdding(false);
    } catch (e) {
      setStray(applyServerErrors(form, e).unmatched);
    }
  };

  return (
    <Card
      size="small"
      title={t(`本地节假日（${year} 年）`, `Local holidays (${year})`)}
      data-testid="calendar-local-entries"
      extra={
        editable && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            data-testid="calendar-local-add"
            onClick={() => {
              add.reset();
              setStray([]);
              form.resetFields();
              form.setFieldsValue({ kind: 'holiday', date: `${year}-` });
              setAdding(true);
            }}
          >
            {t('添加', 'Add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t(
          '民族自治地方可按《全国年节及纪念日放假办法》第四条规定本地的民族节日放假，须写明依据（自治条例条文或政府放假通知）。',
          'Autonomous areas may add their ethnic holidays (Art. 4 of the national holidays measures); each needs its basis.',
        )}
      </Typography.Paragraph>
      <Table<LocalEntryView>
        size="small"
        rowKey="date"
        pagination={false}
        dataSource={[...entries]}
        locale={{ emptyText: t('本年度没有本地节假日', 'No local holidays this year') }}
        columns={[
          { title: t('日期', 'Date'), dataIndex: 'date', width: 110 },
          {
            title: t('类型', 'Kind'),
            dataIndex: 'kind',
            width: 90,
            render: (k: LocalEntryView['kind']) => label(CALENDAR_ENTRY_KIND_LABELS[k]),
          },
          { title: t('名称', 'Name'), dataIndex: 'name', width: 120 },
          { title: t('依据', 'Basis'), dataIndex: 'basis' },
          ...(editable
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 70,
                  render: (_: unknown, e: LocalEntryView) => (
                    <Popconfirm
                      title={t(`删除 ${e.date} ${e.name}？`, `Remove ${e.date} ${e.name}?`)}
                      onConfirm={async () => {
                        await remove.mutateAsync(e.date);
                        message.success(t('已删除', 'Removed'));
                      }}
                      okButtonProps={testId('calendar-local-remove-confirm')}
                    >
                      <Button size="small" danger type="link" data-testid={`calendar-local-remove-${e.date}`}>
                        {t('删除', 'Remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={adding}
        title={t('添加本地节假日', 'Add a local holiday')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        confirmLoading={add.isPending}
        okButtonProps={testId('calendar-local-save')}
        data-testid="calendar-local-modal"
      >
        <ErrorAlert error={add.error} details={stray} testId="calendar-local-error" />
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="date" label={t('日期', 'Date')} rules={[{ required: true }]}>
            <Input placeholder="YYYY-MM-DD" data-testid="calendar-local-date" />
          </Form.Item>
          <Form.Item name="kind" label={t('类型', 'Kind')} rules={[{ required: true }]}>
            <Select
              data-testid="calendar-local-kind"
              options={CALENDAR_ENTRY_KINDS.map((k) => ({ value: k, label: label(CALENDAR_ENTRY_KIND_LABELS[k]) }))}
            />
          </Form.Item>
          <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true }]}>
            <Input placeholder="藏历新年" data-testid="calendar-local-name" />
          </Form.Item>
          <Form.Item name="basis" label={t('依据', 'Basis')} rules={[{ required: true }]}>
            <Input.TextArea
              rows={2}
              placeholder={t(
                '如：《××自治州自治条例》第×条；州人民政府放假通知',
                'e.g. the prefecture’s autonomy regulations, Art. X',
              )}
              data-testid="calendar-local-basis"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
