// The justice bureau's side of 执法资格考试: exams with their statistics, the question bank (with .xlsx import) and
// the blueprints papers are drawn by.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Radio,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import MinusCircleOutlined from '@ant-design/icons/MinusCircleOutlined';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import type { Dayjs } from 'dayjs';
import {
  EXAM_STATE_LABELS,
  OPTION_KEYS,
  QUESTION_KINDS,
  QUESTION_KIND_LABELS,
  QUESTION_STATUS_LABELS,
  questionDomainLabel,
  type BlueprintBody,
  type ExamView,
  type QuestionBody,
  type QuestionImportView,
  type QuestionKind,
  type QuestionView,
} from '../../../../../contracts/exam';
import { ENFORCEMENT_DOMAINS } from '../../../../../contracts/personnel';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import {
  useAgencyChoices,
  useBlueprints,
  useCreateBlueprint,
  useCreateExam,
  useExamStats,
  useExams,
  useImportQuestions,
  useQuestions,
  useSaveQuestion,
  type QuestionFilter,
} from '../api';

function useDomainOptions() {
  const { label } = useI18n();
  return ENFORCEMENT_DOMAINS.map((d) => ({ value: d, label: label(questionDomainLabel(d)) }));
}

// --- exams ---

export function ExamsAdminTab() {
  const { t, label } = useI18n();
  const exams = useExams(true);
  const [statsOf, setStatsOf] = useState<ExamView | null>(null);
  const [creating, setCreating] = useState(false);
  const columns: ColumnsType<ExamView> = [
    { title: t('考试', 'Exam'), dataIndex: 'title' },
    {
      title: t('状态', 'State'),
      dataIndex: 'state',
      width: 90,
      render: (s: ExamView['state']) => (
        <Tag color={s === 'open' ? 'green' : s === 'upcoming' ? 'blue' : undefined}>{label(EXAM_STATE_LABELS[s])}</Tag>
      ),
    },
    {
      title: t('开放时间', 'Window'),
      key: 'window',
      render: (_, e) => (
        <span>
          <DateTime value={e.opensAt} /> ~ <DateTime value={e.closesAt} />
        </span>
      ),
    },
    { title: t('组卷规则', 'Blueprint'), dataIndex: 'blueprintTitle', ellipsis: true },
    {
      title: t('应考范围', 'Candidates'),
      key: 'agencies',
      render: (_, e) => (e.agencyNames.length ? e.agencyNames.join('、') : t('全部执法人员', 'All officers')),
    },
    { title: t('参考', 'Sat'), dataIndex: 'sat', width: 70 },
    { title: t('通过', 'Passed'), dataIndex: 'passed', width: 70 },
    {
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 90,
      render: (_, e) => (
        <Button size="small" data-testid={`exam-stats-${e.id}`} onClick={() => setStatsOf(e)}>
          {t('统计', 'Statistics')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} data-testid="exam-create" onClick={() => setCreating(true)}>
          {t('安排考试', 'New exam')}
        </Button>
      </Flex>
      <ErrorAlert error={exams.error} />
      <Table
        rowKey="id"
        size="small"
        loading={exams.isLoading}
        dataSource={exams.data ?? []}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="exams-table"
      />
      <ExamStatsDrawer exam={statsOf} onClose={() => setStatsOf(null)} />
      <ExamCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function ExamStatsDrawer({ exam, onClose }: { exam: ExamView | null; onClose: () => void }) {
  const { t, label } = useI18n();
  const stats = useExamStats(exam?.id ?? null);
  const s = stats.data;
  return (
    <Drawer open={Boolean(exam)} onClose={onClose} size="large" title={exam?.title} data-testid="exam-stats-drawer">
      <ErrorAlert error={stats.error} />
      {s && (
        <Flex vertical gap={16}>
          <Space size={32} wrap>
            <Statistic title={t('参考人数', 'Officers sat')} value={s.sat} />
            <Statistic title={t('通过人数', 'Passed')} value={s.passed} />
            <Statistic
              title={t('通过率', 'Pass rate')}
              value={s.sat ? Math.round((s.passed / s.sat) * 1000) / 10 : 0}
              suffix="%"
            />
            <Statistic title={t('平均分', 'Average')} value={s.average ?? '—'} suffix={`/ ${s.maxScore}`} />
          </Space>
          <div>
            <Typography.Title level={5}>{t('分数分布', 'Score distribution')}</Typography.Title>
            {s.distribution.map((b) => (
              <Flex key={b.from} gap={8} align="center">
                <span style={{ width: 80, fontVariantNumeric: 'tabular-nums' }}>
                  {b.from}–{b.to}
                </span>
                <Progress
                  percent={s.sittings ? Math.round((b.count / s.sittings) * 100) : 0}
                  format={() => b.count}
                  strokeColor={b.to <= s.passMark ? '#ff7875' : undefined}
                  style={{ flex: 1, margin: 0 }}
                />
              </Flex>
            ))}
          </div>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('逐题统计（正确率由低到高）', 'Per question (lowest correct rate first)')}
          </Typography.Title>
          <Table
            rowKey="questionId"
            size="small"
            dataSource={s.questions}
            pagination={{ pageSize: 10 }}
            columns={[
              {
                title: t('题目', 'Question'),
                key: 'stem',
                render: (_, q) => (
                  <Flex vertical gap={2}>
                    <span>
                      <Tag>{label(QUESTION_KIND_LABELS[q.kind])}</Tag>
                      {q.stem}
                    </span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {q.options.map((o) => `${o.key}${o.correct ? '✓' : ''}: ${o.count}`).join('　')}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: t('抽中', 'Drawn'), dataIndex: 'drawn', width: 60 },
              {
                title: t('正确率', 'Correct'),
                dataIndex: 'correctRate',
                width: 80,
                render: (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`),
              },
            ]}
          />
        </Flex>
      )}
    </Drawer>
  );
}

function ExamCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const blueprints = useBlueprints(open);
  const agencies = useAgencyChoices(open);
  const create = useCreateExam();
  const [error, setError] = useState<{ e: unknown; details: string[] } | null>(null);
  const onOk = async () => {
    const v = (await form.validateFields()) as {
      title: string;
      blueprintId: string;
      window: [Dayjs, Dayjs];
      agencyIds?: string[];
      attemptsAllowed: number;
    };
    setError(null);
    create.mutate(
      {
        title: v.title,
        blueprintId: v.blueprintId,
        opensAt: `${v.window[0].format('YYYY-MM-DDTHH:mm:00')}+08:00`,
        closesAt: `${v.window[1].format('YYYY-MM-DDTHH:mm:00')}+08:00`,
        agencyIds: v.agencyIds ?? [],
        attemptsAllowed: v.attemptsAllowed,
      },
      {
        onSuccess: () => {
          message.success(t('已安排考试', 'Exam created'));
          form.resetFields();
          onClose();
        },
        onError: (e) => {
          const applied = applyServerErrors(form, e, { opensAt: 'window', closesAt: 'window' });
          setError({ e, details: applied.unmatched });
        },
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('安排考试', 'New exam')}
      onCancel={onClose}
      onOk={() => void onOk()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={error?.e} details={error?.details} />
      <Form form={form} layout="vertical" initialValues={{ attemptsAllowed: 1 }}>
        <Form.Item name="title" label={t('考试名称', 'Title')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="blueprintId" label={t('组卷规则', 'Blueprint')} rules={[{ required: true }]}>
          <Select
            options={(blueprints.data ?? []).map((b) => ({
              value: b.id,
              label: `${b.title}（${b.questionCount} 题 / ${b.maxScore} 分）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="window"
          label={t('开放时间（北京时间）', 'Window (Beijing time)')}
          rules={[{ required: true }]}
        >
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="agencyIds" label={t('应考单位（不选为全部执法人员）', 'Candidate agencies (none = all)')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="attemptsAllowed" label={t('可考次数', 'Attempts allowed')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

// --- question bank ---

export function QuestionBankTab() {
  const { t, label } = useI18n();
  const domainOptions = useDomainOptions();
  const [filter, setFilter] = useState<QuestionFilter>({ page: 1, pageSize: 20 });
  const questions = useQuestions(filter, true);
  const [editing, setEditing] = useState<QuestionView | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const columns: ColumnsType<QuestionView> = [
    {
      title: t('领域 / 题型', 'Domain / kind'),
      key: 'kind',
      width: 140,
      render: (_, q) => (
        <Flex vertical gap={2}>
          <span>{label(questionDomainLabel(q.domain))}</span>
          <Tag style={{ width: 'fit-content' }}>{label(QUESTION_KIND_LABELS[q.kind])}</Tag>
        </Flex>
      ),
    },
    {
      title: t('题干与选项', 'Stem and options'),
      key: 'stem',
      render: (_, q) => (
        <Flex vertical gap={2}>
          <span>{q.stem}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {q.options.map((o) => `${o.key}. ${o.text}`).join('　')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('答案', 'Answer'), dataIndex: 'correct', width: 70, render: (c: string[]) => c.join('') },
    {
      title: t('依据', 'Basis'),
      key: 'basis',
      width: 240,
      render: (_, q) => (
        <Flex vertical gap={2}>
          <span style={{ fontSize: 12 }}>{q.basis}</span>
          {q.basisUnlinked && (
            <Tag color="orange" style={{ width: 'fit-content' }}>
              {t('法规库中暂无该法，按原文保存', 'Law not in the library: kept as written')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('状态', 'Status'),
      dataIndex: 'status',
      width: 70,
      render: (s: QuestionView['status']) => (
        <Tag color={s === 'active' ? 'green' : undefined}>{label(QUESTION_STATUS_LABELS[s])}</Tag>
      ),
    },
    {
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 70,
      render: (_, q) => (
        <Button size="small" type="link" disabled={!q.abilities.update} onClick={() => setEditing(q)}>
          {t('修改', 'Edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('领域', 'Domain')}
            style={{ width: 170 }}
            options={domainOptions}
            onChange={(domain) => setFilter({ ...filter, domain, page: 1 })}
          />
          <Select
            allowClear
            placeholder={t('题型', 'Kind')}
            style={{ width: 110 }}
            options={QUESTION_KINDS.map((k) => ({ value: k, label: label(QUESTION_KIND_LABELS[k]) }))}
            onChange={(kind) => setFilter({ ...filter, kind, page: 1 })}
          />
          <Input.Search
            allowClear
            placeholder={t('题干或依据', 'Stem or basis')}
            style={{ width: 220 }}
            onSearch={(q) => setFilter({ ...filter, q: q || undefined, page: 1 })}
          />
        </Space>
        <Space>
          <Button icon={<UploadOutlined />} data-testid="question-import" onClick={() => setImporting(true)}>
            {t('从 Excel 导入', 'Import .xlsx')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="question-create"
            disabled={!questions.data?.abilities.create}
            onClick={() => setEditing('new')}
          >
            {t('新增试题', 'New question')}
          </Button>
        </Space>
      </Flex>
      {questions.data && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('在用试题：', 'Active: ')}
          {questions.data.available
            .map(
              (a) =>
                `${label(questionDomainLabel(a.domain))}·${label(QUESTION_KIND_LABELS[a.kind as QuestionKind])} ${a.count}`,
            )
            .join('；')}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={questions.error} />
      <Table
        rowKey="id"
        size="small"
        loading={questions.isLoading}
        dataSource={questions.data?.items ?? []}
        columns={columns}
        data-testid="questions-table"
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: questions.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
        }}
      />
      <QuestionModal target={editing} onClose={() => setEditing(null)} />
      <ImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

function QuestionModal({ target, onClose }: { target: QuestionView | 'new' | null; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const domainOptions = useDomainOptions();
  const [form] = Form.useForm();
  const save = useSaveQuestion();
  const [error, setError] = useState<{ e: unknown; details: string[] } | null>(null);
  const kind = Form.useWatch('kind', form) as QuestionKind | undefined;
  const editing = target && target !== 'new' ? target : null;
  const initial = editing
    ? {
        ...editing,
        optionTexts: editing.options.map((o) => o.text),
        correct: editing.correct,
      }
    : { kind: 'single', domain: 'comprehensive', difficulty: 2, optionTexts: ['', '', '', ''], correct: [] };
  const onOk = async () => {
    const v = (await form.validateFields()) as {
      kind: QuestionKind;
      domain: QuestionBody['domain'];
      stem: string;
      optionTexts?: string[];
      correct: string[] | string;
      explanation: string;
      basis: string;
      difficulty: number;
      status?: QuestionView['status'];
    };
    const body: QuestionBody & { status?: QuestionView['status'] } = {
      kind: v.kind,
      domain: v.domain,
      stem: v.stem,
      options:
        v.kind === 'true_false'
          ? []
          : (v.optionTexts ?? []).filter((x) => x?.trim()).map((text, i) => ({ key: OPTION_KEYS[i], text })),
      correct: (Array.isArray(v.correct) ? v.correct : [v.correct]) as QuestionBody['correct'],
      explanation: v.explanation,
      basis: v.basis,
      difficulty: v.difficulty,
      ...(editing ? { status: v.status } : {}),
    };
    setError(null);
    save.mutate(
      { id: editing?.id, body },
      {
        onSuccess: () => {
          message.success(t('已保存', 'Saved'));
          onClose();
        },
        onError: (e) => setError({ e, details: applyServerErrors(form, e).unmatched }),
      },
    );
  };
  const optionCount = kind === 'true_false' ? 2 : 6;
  const letters = kind === 'true_false' ? ['A', 'B'] : OPTION_KEYS.slice(0, optionCount);
  return (
    <Modal
      open={Boolean(target)}
      width={720}
      title={editing ? t('修改试题', 'Edit question') : t('新增试题', 'New question')}
      onCancel={onClose}
      onOk={() => void onOk()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={error?.e} details={error?.details} />
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Flex gap={12}>
          <Form.Item name="kind" label={t('题型', 'Kind')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={QUESTION_KINDS.map((k) => ({ value: k, label: label(QUESTION_KIND_LABELS[k]) }))}
              onChange={() => form.setFieldValue('correct', [])}
            />
          </Form.Item>
          <Form.Item name="domain" label={t('领域', 'Domain')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select options={domainOptions} />
          </Form.Item>
          <Form.Item name="difficulty" label={t('难度', 'Difficulty')}>
            <InputNumber min={1} max={3} />
          </Form.Item>
        </Flex>
        <Form.Item name="stem" label={t('题干', 'Stem')} rules={[{ required: true, min: 4 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        {kind === 'true_false' ? (
          <Typography.Paragraph type="secondary">
            {t('判断题选项固定为：A 正确，B 错误。', 'True/false options are fixed: A true, B false.')}
          </Typography.Paragraph>
        ) : (
          <Form.Item label={t('选项（从 A 起连续填写，至少两项）', 'Options (from A, no gaps, at least two)')}>
            <Flex vertical gap={6}>
              {letters.map((k, i) => (
                <Form.Item key={k} name={['optionTexts', i]} noStyle>
                  <Input addonBefore={k} maxLength={500} />
                </Form.Item>
              ))}
            </Flex>
          </Form.Item>
        )}
        <Form.Item
          name="correct"
          label={t(
            '正确答案（多选题至少两个，全部选对才得分）',
            'Correct answer (multiple: at least two; all-or-nothing)',
          )}
          rules={[{ required: true }]}
        >
          {kind === 'multiple' ? (
            <Select mode="multiple" options={letters.map((k) => ({ value: k, label: k }))} />
          ) : (
            <Radio.Group
              options={letters.map((k) => ({
                value: k,
                label: kind === 'true_false' ? (k === 'A' ? t('A 正确', 'A true') : t('B 错误', 'B false')) : k,
              }))}
            />
          )}
        </Form.Item>
        <Form.Item name="explanation" label={t('解析', 'Explanation')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="basis"
          label={t('依据条文（写作《法律名称》第X条）', 'Basis (《law》第X条)')}
          rules={[{ required: true, min: 3 }]}
        >
          <Input placeholder="《中华人民共和国行政处罚法》第三十六条" maxLength={500} />
        </Form.Item>
        {editing && (
          <Form.Item name="status" label={t('状态', 'Status')}>
            <Radio.Group
              options={(['active', 'retired'] as const).map((s) => ({
                value: s,
                label: label(QUESTION_STATUS_LABELS[s]),
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function ImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const importQuestions = useImportQuestions();
  const [mode, setMode] = useState<'all_or_nothing' | 'valid_rows'>('all_or_nothing');
  const [report, setReport] = useState<QuestionImportView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const onFile = async (file: File) => {
    setReport(null);
    setError(null);
    const buffer = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < buffer.length; i += 0x8000) binary += String.fromCharCode(...buffer.subarray(i, i + 0x8000));
    importQuestions.mutate({ file: btoa(binary), mode }, { onSuccess: setReport, onError: setError });
  };
  return (
    <Modal
      open={open}
      title={t('从 Excel 导入试题', 'Import questions from .xlsx')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <a href="/api/exam-questions/template.xlsx" download>
          {t('下载导入模板（含填写说明）', 'Download the template (with instructions)')}
        </a>
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value as typeof mode)}
          options={[
            { value: 'all_or_nothing', label: t('有错误则全部不导入', 'Nothing if any row is wrong') },
            { value: 'valid_rows', label: t('只导入正确的行', 'Import the valid rows') },
          ]}
        />
        <Upload
          accept=".xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            void onFile(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={importQuestions.isPending}>
            {t('选择 .xlsx 文件', 'Choose a .xlsx file')}
          </Button>
        </Upload>
        {error ? (
          <>
            <ErrorAlert error={error} />
            {isFieldError(error) && (
              <ul data-testid="import-problems">
                {Object.entries(error.fields).map(([k, v]) => (
                  <li key={k}>
                    {k.replace(/^rows\.(\d+)\.(.*)$/, t('第$1行「$2」', 'row $1, $2'))}：{v}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : null}
        {report && (
          <Alert
            type={report.rejected ? 'warning' : 'success'}
            showIcon
            title={t(
              `已导入 ${report.imported} 道，${report.rejected} 行未导入`,
              `${report.imported} imported, ${report.rejected} rows rejected`,
            )}
            description={
              report.problems.length ? (
                <ul style={{ margin: 0 }}>
                  {report.problems.map((p) => (
                    <li key={`${p.row}-${p.column}`}>
                      {t(`第${p.row}行「${p.column}」：${p.message}`, `Row ${p.row}, ${p.column}: ${p.message}`)}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </Flex>
    </Modal>
  );
}

const isFieldError = (e: unknown): e is { fields: Record<string, string> } =>
  typeof e === 'object' && e !== null && 'fields' in e && Object.keys((e as { fields: object }).fields).length > 0;

// --- blueprints ---

export function BlueprintsTab() {
  const { t, label } = useI18n();
  const blueprints = useBlueprints(true);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} data-testid="blueprint-create" onClick={() => setCreating(true)}>
          {t('新增组卷规则', 'New blueprint')}
        </Button>
      </Flex>
      <ErrorAlert error={blueprints.error} />
      <Table
        rowKey="id"
        size="small"
        loading={blueprints.isLoading}
        dataSource={blueprints.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('名称', 'Title'), dataIndex: 'title' },
          {
            title: t('规则（领域 × 题型 × 题量 × 分值）', 'Rules (domain × kind × count × points)'),
            key: 'rules',
            render: (_, b) => (
              <Flex vertical gap={2}>
                {b.rules.map((r) => (
                  <span key={`${r.domain}-${r.kind}`} style={{ fontSize: 13 }}>
                    {label(questionDomainLabel(r.domain))} · {label(QUESTION_KIND_LABELS[r.kind as QuestionKind])} ·{' '}
                    {r.count} {t('题', 'q')} × {r.points} {t('分', 'pts')}
                  </span>
                ))}
              </Flex>
            ),
          },
          { title: t('题量', 'Questions'), dataIndex: 'questionCount', width: 70 },
          { title: t('满分', 'Total'), dataIndex: 'maxScore', width: 70 },
          { title: t('及格分', 'Pass'), dataIndex: 'passMark', width: 70 },
          { title: t('时长（分钟）', 'Minutes'), dataIndex: 'timeLimitMinutes', width: 90 },
        ]}
      />
      <BlueprintModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function BlueprintModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const domainOptions = useDomainOptions();
  const [form] = Form.useForm<BlueprintBody>();
  const create = useCreateBlueprint();
  const [error, setError] = useState<{ e: unknown; details: string[] } | null>(null);
  const onOk = async () => {
    const v = await form.validateFields();
    setError(null);
    create.mutate(v, {
      onSuccess: () => {
        message.success(t('已保存', 'Saved'));
        onClose();
      },
      onError: (e) => setError({ e, details: applyServerErrors(form, e).unmatched }),
    });
  };
  return (
    <Modal
      open={open}
      width={720}
      title={t('新增组卷规则', 'New blueprint')}
      onCancel={onClose}
      onOk={() => void onOk()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={error?.e} details={error?.details} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          passMark: 60,
          timeLimitMinutes: 60,
          rules: [{ domain: 'comprehensive', kind: 'single', count: 10, points: 2 }],
        }}
      >
        <Form.Item name="title" label={t('名称', 'Title')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item name={[f.name, 'domain']} rules={[{ required: true }]} style={{ width: 180 }}>
                    <Select options={domainOptions} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true }]} style={{ width: 110 }}>
                    <Select
                      options={QUESTION_KINDS.map((k) => ({ value: k, label: label(QUESTION_KIND_LABELS[k]) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'count']} rules={[{ required: true }]}>
                    <InputNumber min={1} max={200} addonAfter={t('题', 'q')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'points']} rules={[{ required: true }]}>
                    <InputNumber min={1} max={100} addonAfter={t('分/题', 'pts each')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ domain: 'comprehensive', kind: 'single', count: 5, points: 2 })}
              >
                {t('增加一条规则', 'Add a rule')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Flex gap={16} style={{ marginTop: 16 }}>
          <Form.Item name="passMark" label={t('及格分', 'Pass mark')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
          <Form.Item
            name="timeLimitMinutes"
            label={t('考试时长（分钟）', 'Time limit (minutes)')}
            rules={[{ required: true }]}
          >
            <InputNumber min={5} max={600} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
