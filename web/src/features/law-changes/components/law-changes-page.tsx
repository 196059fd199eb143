// 立改废审查 (/law-changes): when a law changes, every agency whose powers, benchmarks, catalogue rules or thresholds
// cite the changed text answers for each citation here; the justice bureau follows which agencies have finished.
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Progress,
  Radio,
  Segmented,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  CITATION_SUBJECT_LABELS,
  LAW_CHANGE_KIND_LABELS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  type LawChangeView,
  type ReviewOutcome,
  type ReviewTaskView,
} from '../../../../../contracts/law-change';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { testId } from '../../../components/test-id';
import { useHasPermission } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useLawChange, useLawChanges, useResolveItem, useReviewTasks } from '../api';

type Item = NonNullable<ReviewTaskView['items']>[number];

const KIND_COLORS: Record<LawChangeView['kind'], string> = { amended: 'orange', repealed: 'red', new_version: 'blue' };
const TEXT_CHANGED: Record<Item['textChanged'], { zh: string; en: string; color: string }> = {
  yes: { zh: '条文已修改', en: 'Text amended', color: 'orange' },
  no: { zh: '条文未变，仅需改引新版本', en: 'Same text: re-cite the new version', color: 'default' },
  removed: { zh: '条文已废止或删除', en: 'Repealed or removed', color: 'red' },
};

export function LawChangesPage() {
  const { t } = useI18n();
  const isBureau = useHasPermission('filing.review');
  const [tab, setTab] = useState(isBureau ? 'changes' : 'tasks');
  return (
    <Page
      testId="law-changes-page"
      title={t('立改废审查', 'Law-change review')}
      description={t(
        '法律法规修改、废止后，引用其条文的权责事项、裁量基准、审核目录和移送标准逐项审查；被引用的记录不会被自动修改',
        'When a law is amended or repealed, every record citing it is reviewed by its agency; nothing changes by itself',
      )}
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'tasks', label: t('审查任务', 'Review tasks'), children: <TasksTab /> },
          { key: 'changes', label: t('变更记录与进度', 'Changes and progress'), children: <ChangesTab /> },
        ]}
      />
    </Page>
  );
}

function TasksTab() {
  const { t } = useI18n();
  const [status, setStatus] = useState<'open' | 'done' | 'all'>('open');
  const tasks = useReviewTasks(status);
  return (
    <>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        options={[
          { value: 'open', label: t('待审查', 'Open') },
          { value: 'done', label: t('已完成', 'Done') },
          { value: 'all', label: t('全部', 'All') },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="law-tasks-status"
      />
      {tasks.error && <ErrorAlert error={tasks.error} />}
      {tasks.data && tasks.data.length === 0 && <Empty description={t('没有审查任务', 'No review tasks')} />}
      <Flex vertical gap={12}>
        {tasks.data?.map((task) => (
          <TaskCard key={task.id} task={task} />
        ))}
      </Flex>
    </>
  );
}

function TaskCard({ task }: { task: ReviewTaskView }) {
  const { t, label } = useI18n();
  const [answering, setAnswering] = useState<Item | null>(null);
  const change = task.change;
  return (
    <Card
      size="small"
      data-testid="law-task"
      data-task-id={task.id}
      data-status={task.status}
      title={
        <Flex gap={8} align="center" wrap>
          {change && (
            <>
              <Tag color={KIND_COLORS[change.kind]}>{label(LAW_CHANGE_KIND_LABELS[change.kind], change.kind)}</Tag>
              <span>《{change.lawTitle}》</span>
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {t('版本', 'version')} {change.versionDate} · {t('生效', 'effective')} {change.effectiveDate}
              </Typography.Text>
            </>
          )}
        </Flex>
      }
      extra={
        <Flex gap={8} align="center">
          <span>{task.agencyName}</span>
          <Tag color={task.status === 'done' ? 'success' : 'processing'}>
            {task.status === 'done' ? t('已完成', 'Done') : t('待审查', 'Open')} {task.resolvedCount}/{task.itemCount}
          </Tag>
        </Flex>
      }
    >
      <ItemsTable
        items={task.items ?? []}
        onAnswer={task.abilities.resolve ? (item) => setAnswering(item) : undefined}
      />
      {answering && <AnswerModal task={task} item={answering} onClose={() => setAnswering(null)} />}
    </Card>
  );
}

function ItemsTable({ items, onAnswer }: { items: Item[]; onAnswer?: (item: Item) => void }) {
  const { t, label } = useI18n();
  const columns: ColumnsType<Item> = [
    {
      title: t('引用记录', 'Citing record'),
      key: 'subject',
      render: (_, i) => (
        <>
          <Tag bordered={false}>{label(CITATION_SUBJECT_LABELS[i.subjectKind], i.subjectKind)}</Tag>
          {i.subjectLabel}
        </>
      ),
    },
    { title: t('所引条文', 'Article'), dataIndex: 'articleLabel', width: 120 },
    {
      title: t('条文变化', 'Text'),
      key: 'textChanged',
      width: 200,
      render: (_, i) => <Tag color={TEXT_CHANGED[i.textChanged].color}>{label(TEXT_CHANGED[i.textChanged])}</Tag>,
    },
    {
      title: t('审查结论', 'Outcome'),
      key: 'outcome',
      render: (_, i) =>
        i.outcome ? (
          <div data-testid="law-task-outcome">
            <Tag color="success">{label(REVIEW_OUTCOME_LABELS[i.outcome])}</Tag>
            <Typography.Text type="secondary">{i.note}</Typography.Text>
          </div>
        ) : onAnswer ? (
          <Button size="small" type="primary" onClick={() => onAnswer(i)} {...testId('law-task-answer')}>
            {t('审查', 'Review')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('待审查', 'Open')}</Typography.Text>
        ),
    },
  ];
  return <Table<Item> size="small" rowKey="seq" columns={columns} dataSource={items} pagination={false} />;
}

function AnswerModal({ task, item, onClose }: { task: ReviewTaskView; item: Item; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const resolve = useResolveItem();
  const [form] = Form.useForm<{ outcome: ReviewOutcome; note: string }>();
  const submit = async (v: { outcome: ReviewOutcome; note: string }) => {
    try {
      await resolve.mutateAsync({ taskId: task.id, seq: item.seq, ...v });
      message.success(t('已记录审查结论', 'Outcome recorded'));
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Modal
      open
      title={`${t('审查', 'Review')}：${item.subjectLabel}（${item.articleLabel}）`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: resolve.isPending, ...testId('law-task-answer-save') }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="law_task_answer" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="outcome"
          label={t('审查结论', 'Outcome')}
          rules={[{ required: true, message: t('请选择结论', 'Choose an outcome') }]}
        >
          <Radio.Group options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: label(REVIEW_OUTCOME_LABELS[o]) }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('说明', 'Note')}
          rules={[
            { required: true, message: t('请写明理由或修订情况', 'Say why, or what was revised') },
            { min: 2, message: t('至少 2 个字', 'At least 2 characters') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="law-task-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ChangesTab() {
  const { t, label } = useI18n();
  const changes = useLawChanges();
  const [openId, setOpenId] = useState<string | null>(null);
  const columns: ColumnsType<LawChangeView> = [
    {
      title: t('法律法规', 'Law'),
      key: 'law',
      render: (_, c) => (
        <>
          <Tag color={KIND_COLORS[c.kind]}>{label(LAW_CHANGE_KIND_LABELS[c.kind], c.kind)}</Tag>《{c.lawTitle}》
          <div>
            <Typography.Text type="secondary">
              {c.versionDate}
              {c.newVersionDate ? ` → ${c.newVersionDate}` : ''}
              {c.articleLabels.length ? ` · ${c.articleLabels.join('、')}` : ''}
            </Typography.Text>
          </div>
        </>
      ),
    },
    { title: t('生效日期', 'Effective'), dataIndex: 'effectiveDate', width: 120 },
    {
      title: t('单位完成情况', 'Agencies done'),
      key: 'progress',
      width: 240,
      render: (_, c) =>
        c.progress.agencies === 0 ? (
          <Typography.Text type="secondary">{t('无引用', 'Nothing cites it')}</Typography.Text>
        ) : (
          <div data-testid="law-change-progress">
            <Progress
              size="small"
              percent={Math.round((100 * c.progress.done) / c.progress.agencies)}
              format={() => `${c.progress.done}/${c.progress.agencies}`}
            />
          </div>
        ),
    },
    {
      title: t('记录时间', 'Recorded'),
      key: 'createdAt',
      width: 170,
      render: (_, c) => <DateTime value={c.createdAt} />,
    },
  ];
  return (
    <>
      {changes.error && <ErrorAlert error={changes.error} />}
      <Table<LawChangeView>
        rowKey="id"
        size="middle"
        loading={changes.isLoading}
        columns={columns}
        dataSource={changes.data ?? []}
        onRow={(c) =>
          ({
            onClick: () => setOpenId(c.id),
            style: { cursor: 'pointer' },
            'data-testid': 'law-change-row',
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
      <ChangeDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}

function ChangeDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const change = useLawChange(id);
  const c = change.data;
  return (
    <Drawer open={!!id} onClose={onClose} width={820} title={c ? `《${c.lawTitle}》` : ''} destroyOnHidden>
      {change.error && <ErrorAlert error={change.error} />}
      {c && (
        <div data-testid="law-change-detail">
          {c.note && <Typography.Paragraph>{c.note}</Typography.Paragraph>}
          {c.changedArticleLabels.length > 0 && (
            <Typography.Paragraph>
              {t('文字有变化或删除的条文：', 'Articles changed or removed: ')}
              {c.changedArticleLabels.join('、')}
            </Typography.Paragraph>
          )}
          <Flex vertical gap={12}>
            {(c.tasks ?? []).map((task) => (
              <Card
                key={task.id}
                size="small"
                data-testid="law-change-task"
                data-agency-name={task.agencyName}
                data-status={task.status}
                title={task.agencyName}
                extra={
                  <Tag color={task.status === 'done' ? 'success' : 'processing'}>
                    {task.status === 'done' ? t('已完成', 'Done') : t('审查中', 'In review')} {task.resolvedCount}/
                    {task.itemCount}
                  </Tag>
                }
              >
                <ItemsTable items={task.items ?? []} />
              </Card>
            ))}
            {(c.tasks ?? []).length === 0 && (
              <Empty description={t('您的范围内没有引用此文本的记录', 'Nothing in your scope cites it')} />
            )}
          </Flex>
        </div>
      )}
    </Drawer>
  );
}
