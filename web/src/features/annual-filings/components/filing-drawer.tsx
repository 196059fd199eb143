// One annual filing: its items (work tasks or training courses), documents, state and history. The agency edits a
// draft or returned filing, uploads the plan and submits; the justice bureau accepts or returns it with comments.
// Buttons follow the server's abilities.
import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import {
  ANNUAL_FILING_ACTION_LABELS,
  ANNUAL_FILING_KIND_LABELS,
  ANNUAL_FILING_STATE_LABELS,
  TIMELINESS_LABELS,
  isTrainingKind,
  type AnnualFilingView,
  type TrainingPlanItem,
  type WorkPlanItem,
} from '../../../../../contracts/annual-filing';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import {
  downloadDocument,
  useDeleteFiling,
  useFiling,
  useFilingStep,
  useRemoveFilingDocument,
  useUpdateFiling,
  useUploadFilingDocument,
  type FilingStep,
} from '../api';

const STATE_COLORS: Record<AnnualFilingView['state'], string> = {
  draft: 'processing',
  submitted: 'gold',
  returned: 'error',
  accepted: 'success',
};

interface FormValues {
  summary: string;
  workItems: WorkPlanItem[];
  trainingItems: TrainingPlanItem[];
}

export function FilingDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, label } = useI18n();
  const filing = useFiling(id);
  const f = filing.data;
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={980}
      destroyOnHidden
      title={
        f
          ? `${f.agency.name.replace(/^香格里拉市/, '')} · ${f.year} ${label(ANNUAL_FILING_KIND_LABELS[f.kind])}`
          : t('年度备案', 'Annual filing')
      }
      data-testid="filing-drawer"
    >
      {filing.error && <ErrorAlert error={filing.error} />}
      {!f ? <Spin /> : <FilingBody filing={f} onDeleted={onClose} />}
    </Drawer>
  );
}

function FilingBody({ filing: f, onDeleted }: { filing: AnnualFilingView; onDeleted: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const training = isTrainingKind(f.kind);
  const update = useUpdateFiling();
  const upload = useUploadFilingDocument();
  const removeDoc = useRemoveFilingDocument();
  const step = useFilingStep();
  const remove = useDeleteFiling();
  const [reviewForm] = Form.useForm<{ comments?: string }>();
  const [formError, setFormError] = useState<{ error: unknown; details: string[] } | null>(null);
  const [reviewError, setReviewError] = useState<{ error: unknown; details: string[] } | null>(null);
  const editable = f.abilities.edit;

  useEffect(() => {
    form.setFieldsValue({ summary: f.summary, workItems: f.workItems, trainingItems: f.trainingItems });
  }, [f.id, f.summary, f.workItems, f.trainingItems, form]);

  const save = async (): Promise<boolean> => {
    const v = form.getFieldsValue(true) as FormValues;
    setFormError(null);
    try {
      await update.mutateAsync({
        id: f.id,
        body: training
          ? { summary: v.summary ?? '', trainingItems: v.trainingItems ?? [] }
          : { summary: v.summary ?? '', workItems: v.workItems ?? [] },
      });
      return true;
    } catch (e) {
      const applied = applyServerErrors(form, e);
      setFormError({ error: e, details: applied.unmatched });
      return false;
    }
  };

  const run = (s: FilingStep, done: string) => {
    const review = s === 'accept' || s === 'return';
    const comments = ((reviewForm.getFieldValue('comments') as string | undefined) ?? '').trim();
    setFormError(null);
    setReviewError(null);
    step.mutate(
      { id: f.id, step: s, comments: review && comments ? comments : undefined },
      {
        onSuccess: () => {
          reviewForm.resetFields();
          message.success(done);
        },
        onError: (e) => {
          // The bureau's comment errors sit on its comment box; the agency's on the plan form.
          const applied = applyServerErrors(review ? reviewForm : form, e);
          (review ? setReviewError : setFormError)({ error: e, details: applied.unmatched });
        },
      },
    );
  };

  const submit = async () => {
    if (editable && !(await save())) return;
    run('submit', t('已报送司法局备案', 'Submitted to the justice bureau'));
  };

  const itemColumns = training
    ? [
        { title: t('培训内容/专题', 'Topic'), dataIndex: 'topic' },
        { title: t('培训对象', 'Audience'), dataIndex: 'audience', width: 200 },
        { title: t('学时', 'Hours'), dataIndex: 'hours', width: 80 },
        { title: t('月份', 'Month'), dataIndex: 'month', width: 80, render: (m: number) => t(`${m} 月`, `Month ${m}`) },
      ]
    : [
        { title: t('工作任务', 'Task'), dataIndex: 'task', width: 220 },
        { title: t('工作措施', 'Measure'), dataIndex: 'measure' },
        { title: t('责任单位', 'Responsible unit'), dataIndex: 'responsibleUnit', width: 150 },
        {
          title: t('完成时限', 'Deadline'),
          dataIndex: 'deadlineMonth',
          width: 90,
          render: (m: number) => t(`${m} 月`, `Month ${m}`),
        },
      ];

  return (
    <Flex vertical gap={16} data-testid="filing-detail" data-state={f.state} data-timeliness={f.timeliness}>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label={t('状态', 'State')}>
          <Tag color={STATE_COLORS[f.state]} data-testid="filing-state">
            {label(ANNUAL_FILING_STATE_LABELS[f.state])}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('截止日', 'Due')}>{f.dueDate}</Descriptions.Item>
        <Descriptions.Item label={t('是否按时', 'Timeliness')}>
          <span data-testid="filing-timeliness">{label(TIMELINESS_LABELS[f.timeliness])}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('首次报送', 'First submitted')}>
          <DateTime value={f.firstSubmittedAt} />
        </Descriptions.Item>
        <Descriptions.Item label={t('最近报送', 'Last submitted')}>
          <DateTime value={f.submittedAt} />
          {f.submittedBy && ` ${f.submittedBy}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('处理', 'Decided')}>
          <DateTime value={f.decidedAt} />
          {f.decidedBy && ` ${f.decidedBy}`}
        </Descriptions.Item>
      </Descriptions>

      {f.state === 'returned' && f.reviewComments && (
        <Alert
          type="error"
          showIcon
          data-testid="filing-return-comments"
          title={t('司法局退回意见', 'Returned by the justice bureau')}
          description={f.reviewComments}
        />
      )}
      {formError && <ErrorAlert error={formError.error} details={formError.details} testId="filing-error" />}

      <Form form={form} layout="vertical" disabled={!editable} data-testid="filing-form">
        <Form.Item name="summary" label={t('计划概要', 'Summary')}>
          <Input.TextArea rows={2} maxLength={4000} data-testid="filing-summary" />
        </Form.Item>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {training ? t('培训课程', 'Courses') : t('工作任务', 'Tasks')}
        </Typography.Title>
        {editable ? (
          training ? (
            <TrainingItemsEditor />
          ) : (
            <WorkItemsEditor />
          )
        ) : (
          <Table
            rowKey={(_, i) => String(i)}
            size="small"
            pagination={false}
            columns={itemColumns}
            dataSource={(training ? f.trainingItems : f.workItems) as object[]}
            data-testid="filing-items"
          />
        )}
      </Form>

      <div>
        <Typography.Title level={5}>{t('计划文件', 'Plan documents')}</Typography.Title>
        <Flex vertical gap={6} data-testid="filing-documents">
          {f.documents.length === 0 && (
            <Typography.Text type="secondary">
              {t(
                '尚未上传。报送前须上传正式计划文件（PDF、Word、Excel 或扫描图片，≤ 10 MB）。',
                'None yet: upload the plan (PDF, Word, Excel or a scan, ≤ 10 MB) before submitting.',
              )}
            </Typography.Text>
          )}
          {f.documents.map((d) => (
            <Flex key={d.fileId} gap={8} align="center" data-testid="filing-document" data-name={d.fileName}>
              <Button
                type="link"
                style={{ padding: 0 }}
                onClick={() =>
                  void downloadDocument(`/api/annual-filings/${f.id}/documents/${d.fileId}`, d.fileName).catch((e) =>
                    message.error(errorMessage(e)),
                  )
                }
              >
                {d.fileName}
              </Button>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {Math.max(1, Math.round(d.size / 1024))} KB · <DateTime value={d.uploadedAt} />
              </Typography.Text>
              {editable && (
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('移除', 'Remove')}
                  onClick={() =>
                    removeDoc.mutate({ id: f.id, fileId: d.fileId }, { onError: (e) => message.error(errorMessage(e)) })
                  }
                />
              )}
            </Flex>
          ))}
          {editable && (
            <Upload
              accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
              showUploadList={false}
              beforeUpload={(file) => {
                upload.mutate(
                  { id: f.id, file },
                  {
                    onSuccess: () => message.success(t('已上传', 'Uploaded')),
                    onError: (e) => message.error(errorMessage(e)),
                  },
                );
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="filing-upload">
                {t('上传计划文件', 'Upload the plan')}
              </Button>
            </Upload>
          )}
        </Flex>
      </div>

      {(editable || f.abilities.submit || f.abilities.withdraw || f.abilities.delete) && (
        <Space wrap>
          {editable && (
            <Button
              onClick={() => void save().then((ok) => ok && message.success(t('已保存', 'Saved')))}
              loading={update.isPending}
              data-testid="filing-save"
            >
              {t('保存', 'Save')}
            </Button>
          )}
          {f.abilities.submit && (
            <Popconfirm
              title={t('报送司法局备案？', 'Submit to the justice bureau?')}
              description={t(
                '报送后不能修改，除非撤回或被退回。',
                'It cannot be changed unless withdrawn or returned.',
              )}
              okText={t('报送', 'Submit')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() => void submit()}
            >
              <Button type="primary" loading={step.isPending} data-testid="filing-submit">
                {t('报送备案', 'Submit')}
              </Button>
            </Popconfirm>
          )}
          {f.abilities.withdraw && (
            <Button onClick={() => run('withdraw', t('已撤回', 'Withdrawn'))} data-testid="filing-withdraw">
              {t('撤回', 'Withdraw')}
            </Button>
          )}
          {f.abilities.delete && (
            <Popconfirm
              title={t('删除该草稿？', 'Delete this draft?')}
              okText={t('删除', 'Delete')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() =>
                remove.mutate(f.id, { onSuccess: onDeleted, onError: (e) => message.error(errorMessage(e)) })
              }
            >
              <Button danger data-testid="filing-delete">
                {t('删除草稿', 'Delete draft')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}

      {(f.abilities.accept || f.abilities.return) && (
        <Flex vertical gap={8} data-testid="filing-review">
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('司法局审查', 'Review by the justice bureau')}
          </Typography.Title>
          {reviewError && (
            <ErrorAlert error={reviewError.error} details={reviewError.details} testId="filing-review-error" />
          )}
          <Form form={reviewForm} layout="vertical">
            <Form.Item
              name="comments"
              style={{ marginBottom: 8 }}
              extra={t(
                '接收时可附意见；退回时必须写明退回理由和修改要求。',
                'Optional to accept; a return must say why and what to change.',
              )}
            >
              <Input.TextArea
                rows={3}
                maxLength={2000}
                placeholder={t('审查意见（退回时必填）', 'Comments (required to return)')}
                data-testid="filing-comments"
              />
            </Form.Item>
          </Form>
          <Space>
            <Button
              type="primary"
              onClick={() => run('accept', t('已接收备案', 'Accepted'))}
              loading={step.isPending && step.variables?.step === 'accept'}
              data-testid="filing-accept"
            >
              {t('接收备案', 'Accept')}
            </Button>
            <Button
              danger
              onClick={() => run('return', t('已退回', 'Returned'))}
              loading={step.isPending && step.variables?.step === 'return'}
              data-testid="filing-return"
            >
              {t('退回', 'Return')}
            </Button>
          </Space>
        </Flex>
      )}

      <div>
        <Typography.Title level={5}>{t('流转记录', 'History')}</Typography.Title>
        {f.events.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Timeline
            data-testid="filing-history"
            titleSpan={7}
            items={f.events.map((e, i) => ({
              key: i,
              color: e.action === 'return' ? 'red' : e.action === 'accept' ? 'green' : 'blue',
              title: <DateTime value={e.at} />,
              content: (
                <div>
                  <strong>{label(ANNUAL_FILING_ACTION_LABELS[e.action])}</strong> · {e.actorName}
                  {e.comments && (
                    <div>
                      <Typography.Text type="secondary">{e.comments}</Typography.Text>
                    </div>
                  )}
                </div>
              ),
            }))}
          />
        )}
      </div>
    </Flex>
  );
}

const MONTHS = { min: 1, max: 12, precision: 0 } as const;

function WorkItemsEditor() {
  const { t } = useI18n();
  return (
    <Form.List name="workItems">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4} data-testid="filing-items-editor">
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="flex-start" data-testid="filing-item-row">
              <Form.Item name={[field.name, 'task']} style={{ flex: 2, marginBottom: 4 }}>
                <Input placeholder={t('工作任务', 'Task')} maxLength={200} />
              </Form.Item>
              <Form.Item name={[field.name, 'measure']} style={{ flex: 3, marginBottom: 4 }}>
                <Input.TextArea autoSize placeholder={t('工作措施', 'Measure')} maxLength={1000} />
              </Form.Item>
              <Form.Item name={[field.name, 'responsibleUnit']} style={{ flex: 1.3, marginBottom: 4 }}>
                <Input placeholder={t('责任单位', 'Responsible unit')} maxLength={100} />
              </Form.Item>
              <Form.Item name={[field.name, 'deadlineMonth']} style={{ width: 110, marginBottom: 4 }}>
                <InputNumber {...MONTHS} placeholder={t('时限', 'Month')} suffix={t('月', 'mo')} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
                aria-label="remove"
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ task: '', measure: '', responsibleUnit: '', deadlineMonth: 12 })}
            style={{ alignSelf: 'flex-start' }}
            data-testid="filing-item-add"
          >
            {t('添加工作任务', 'Add a task')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function TrainingItemsEditor() {
  const { t } = useI18n();
  return (
    <Form.List name="trainingItems">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4} data-testid="filing-items-editor">
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="flex-start" data-testid="filing-item-row">
              <Form.Item name={[field.name, 'topic']} style={{ flex: 3, marginBottom: 4 }}>
                <Input placeholder={t('培训内容/专题', 'Topic')} maxLength={200} />
              </Form.Item>
              <Form.Item name={[field.name, 'audience']} style={{ flex: 2, marginBottom: 4 }}>
                <Input placeholder={t('培训对象', 'Audience')} maxLength={200} />
              </Form.Item>
              <Form.Item name={[field.name, 'hours']} style={{ width: 110, marginBottom: 4 }}>
                <InputNumber min={0.5} max={200} step={0.5} placeholder={t('学时', 'Hours')} />
              </Form.Item>
              <Form.Item name={[field.name, 'month']} style={{ width: 110, marginBottom: 4 }}>
                <InputNumber {...MONTHS} placeholder={t('月份', 'Month')} suffix={t('月', 'mo')} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
                aria-label="remove"
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ topic: '', audience: '', hours: 4, month: 6 })}
            style={{ alignSelf: 'flex-start' }}
            data-testid="filing-item-add"
          >
            {t('添加培训课程', 'Add a course')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
