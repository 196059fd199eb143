// 期限计算器: pick a statutory rule, a start date (a time for hour rules), optional suspensions and an approved
// extension; the server computes the due date on the tenant's working-day calendar and explains it step by step.
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  InputNumber,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import MinusCircleOutlined from '@ant-design/icons/MinusCircleOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import type { Dayjs } from 'dayjs';
import {
  DEADLINE_FLAG_LABELS,
  DEADLINE_UNIT_LABELS,
  type DeadlineFlag,
  type DeadlineRuleView,
  type ExplanationStepView,
} from '../../../../../contracts/deadline';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useDeadlineCompute, useDeadlineRules, type DeadlineComputeParams } from '../api';

interface SuspensionRow {
  range?: [Dayjs | null, Dayjs | null];
  running?: boolean;
}
interface CalculatorValues {
  rule?: string;
  start?: Dayjs;
  suspensions?: SuspensionRow[];
  extension?: number | null;
  extensionApprovedOn?: Dayjs | null;
}

const STEP_COLORS: Record<ExplanationStepView['kind'], string> = {
  start: 'blue',
  count: 'green',
  skip: 'gray',
  suspension: 'orange',
  extension: 'purple',
  roll_forward: 'red',
  provisional: 'gold',
  note: 'gray',
};

const DAY = 'YYYY-MM-DD';

export function DeadlineCalculator() {
  const { t, label } = useI18n();
  const [form] = Form.useForm<CalculatorValues>();
  const rules = useDeadlineRules();
  const [params, setParams] = useState<DeadlineComputeParams | null>(null);
  const result = useDeadlineCompute(params);
  const ruleId = Form.useWatch('rule', form);
  const rule = useMemo(() => rules.data?.items.find((r) => r.id === ruleId), [rules.data, ruleId]);
  const hours = rule?.unit === 'hours';

  const options = useMemo(() => {
    const groups = new Map<string, DeadlineRuleView[]>();
    for (const r of rules.data?.items ?? []) {
      const key = label(r.statute);
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.entries()].map(([statute, items]) => ({
      label: statute,
      title: statute,
      options: items.map((r) => ({
        value: r.id,
        label: `${r.id} ${label(r.title)}（${r.amount} ${label(DEADLINE_UNIT_LABELS[r.unit])}）`,
      })),
    }));
  }, [rules.data, label]);

  const submit = (v: CalculatorValues) => {
    if (!v.rule || !v.start) return;
    const suspensions = (v.suspensions ?? [])
      .filter((s) => s.range?.[0])
      .map((s) => `${s.range![0]!.format(DAY)}..${s.running || !s.range?.[1] ? '' : s.range[1].format(DAY)}`)
      .join(',');
    setParams({
      rule: v.rule,
      start: hours ? v.start.format('YYYY-MM-DDTHH:mm') : v.start.format(DAY),
      suspensions: suspensions || undefined,
      extension: v.extension ?? undefined,
      extensionApprovedOn: v.extension && v.extensionApprovedOn ? v.extensionApprovedOn.format(DAY) : undefined,
    });
  };

  const r = result.data;
  return (
    <Flex gap={16} wrap align="flex-start" data-testid="deadline-calculator">
      <Card title={t('期限计算', 'Compute a deadline')} style={{ flex: '1 1 380px', maxWidth: 520 }}>
        <ErrorAlert error={rules.error} />
        <Form form={form} layout="vertical" onFinish={submit} data-testid="deadline-form">
          <Form.Item
            name="rule"
            label={t('期限规则', 'Rule')}
            rules={[{ required: true, message: t('请选择期限规则', 'Choose a rule') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={options}
              loading={rules.isLoading}
              placeholder={t('如 XZCF-60 作出行政处罚决定', 'e.g. XZCF-60 penalty decision')}
              data-testid="deadline-rule"
              onChange={() => form.setFieldsValue({ start: undefined, extension: null })}
            />
          </Form.Item>
          {rule && (
            <Typography.Paragraph type="secondary" data-testid="deadline-rule-basis">
              {rule.basis}
              {t('；起算：', '; starts: ')}
              {label(rule.startEvent)}
              {rule.direction === 'before' &&
                t('（逆向：结果为最迟的日期）', ' (backwards: the result is the latest day)')}
            </Typography.Paragraph>
          )}
          <Form.Item
            name="start"
            label={hours ? t('起算时刻（北京时间）', 'Start time (Beijing)') : t('起算日', 'Start date')}
            rules={[{ required: true, message: t('请选择起算日', 'Choose the start') }]}
          >
            <DatePicker showTime={hours ? { format: 'HH:mm' } : false} data-testid="deadline-start" />
          </Form.Item>
          {rule?.suspensionsAllowed && (
            <Form.List name="suspensions">
              {(fields, { add, remove }) => (
                <Form.Item label={t('中止期间（不计入）', 'Suspensions (not counted)')}>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" style={{ display: 'flex', marginBottom: 8 }}>
                      <Form.Item name={[f.name, 'range']} noStyle>
                        <DatePicker.RangePicker
                          allowEmpty={[false, true]}
                          placeholder={[t('中止日', 'Suspended on'), t('恢复日', 'Resumed on')]}
                          data-testid="deadline-suspension-range"
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'running']} valuePropName="checked" noStyle>
                        <Checkbox data-testid="deadline-suspension-running">{t('尚未恢复', 'Still running')}</Checkbox>
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('删除', 'Remove')} />
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({})}
                    data-testid="deadline-add-suspension"
                  >
                    {t('添加中止期间', 'Add a suspension')}
                  </Button>
                </Form.Item>
              )}
            </Form.List>
          )}
          {rule?.extension && (
            <Space align="start" wrap>
              <Form.Item
                name="extension"
                label={t(
                  `经批准延长（至多 ${rule.extension.max} ${rule.extension.unit === 'working_days' ? '个工作日' : '日'}）`,
                  `Approved extension (at most ${rule.extension.max} ${rule.extension.unit.replace('_', ' ')})`,
                )}
              >
                <InputNumber min={1} max={rule.extension.max} data-testid="deadline-extension" />
              </Form.Item>
              <Form.Item name="extensionApprovedOn" label={t('批准日期', 'Approved on')}>
                <DatePicker data-testid="deadline-extension-approved-on" />
              </Form.Item>
            </Space>
          )}
          <div>
            <Button type="primary" htmlType="submit" loading={result.isFetching} data-testid="deadline-compute">
              {t('计算', 'Compute')}
            </Button>
          </div>
        </Form>
      </Card>

      <Card title={t('计算结果', 'Result')} style={{ flex: '2 1 480px' }} data-testid="deadline-result">
        {result.error ? (
          <ErrorAlert error={result.error} testId="deadline-error" />
        ) : !r ? (
          <Empty description={t('选择规则和起算日后计算', 'Choose a rule and a start, then compute')} />
        ) : (
          <>
            {r.provisional && (
              <Alert
                type="warning"
                showIcon
                data-testid="deadline-provisional"
                title={t(
                  '暂定：所涉年度的节假日安排尚未公布，仅按周末推算；公布后将重新计算',
                  'Provisional: the holidays of a year involved are not published yet; counted on weekends alone',
                )}
                style={{ marginBottom: 12 }}
              />
            )}
            <Descriptions column={1} size="small" bordered styles={{ label: { width: 96 } }}>
              <Descriptions.Item label={t('期满日', 'Due')}>
                <Typography.Text strong style={{ fontSize: 18 }} data-testid="deadline-due">
                  {r.dueAt ? `${r.dueAt.slice(0, 10)} ${r.dueAt.slice(11, 16)}` : r.due}
                </Typography.Text>
                {r.dueAt && <Typography.Text type="secondary"> {t('（北京时间）', ' (Beijing time)')}</Typography.Text>}
              </Descriptions.Item>
              <Descriptions.Item label={t('规则', 'Rule')}>
                {r.rule} {label(r.explanation.title)}
              </Descriptions.Item>
              <Descriptions.Item label={t('依据', 'Basis')}>{r.explanation.basis}</Descriptions.Item>
              <Descriptions.Item label={t('期限', 'Period')}>
                {r.explanation.amount} {label(DEADLINE_UNIT_LABELS[r.explanation.unit])}
              </Descriptions.Item>
              {r.flags.length > 0 && (
                <Descriptions.Item label={t('标记', 'Flags')}>
                  <span data-testid="deadline-flags">
                    {r.flags.map((f) => (
                      <Tag key={f} color={f === 'provisional_calendar' ? 'gold' : 'blue'} data-flag={f}>
                        {label(DEADLINE_FLAG_LABELS[f as DeadlineFlag], f)}
                      </Tag>
                    ))}
                  </span>
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('计算过程', 'How it was computed')}
            </Typography.Title>
            <Timeline
              data-testid="deadline-steps"
              items={r.explanation.steps.map((s, i) => ({
                key: i,
                color: STEP_COLORS[s.kind],
                content: (
                  <div data-testid="deadline-step" data-kind={s.kind}>
                    {label(s.text)}
                  </div>
                ),
              }))}
            />
            <Typography.Paragraph data-testid="deadline-summary">{label(r.explanation.summary)}</Typography.Paragraph>
            <Typography.Text type="secondary">
              {t('工作日历版本：', 'Calendar version: ')}
              {r.calendarVersion}
            </Typography.Text>
          </>
        )}
      </Card>
    </Flex>
  );
}
