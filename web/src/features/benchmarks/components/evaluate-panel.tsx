// 试算: enter the facts found (money in 元), optionally a proposed penalty; the server answers with the level, the
// range of each penalty, the reasons, and whether the proposal is within the range or what would justify it.
import { Alert, Button, Card, Col, Flex, Form, InputNumber, List, Row, Select, Table, Tag, Typography } from 'antd';
import {
  AGGRAVATING_FACTS,
  FACTS,
  HARM_LEVELS,
  MITIGATING_FACTS,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  PERIOD_UNIT_LABELS,
  yuanText,
  type BenchmarkView,
  type EvaluateBody,
  type EvaluationView,
  type Facts,
  type Finding,
  type PenaltyKind,
} from '../../../../../contracts/benchmark';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useEvaluate } from '../api';
import { yuanToFen } from './parts';

interface EvaluateForm {
  version?: string;
  levelKey?: string;
  amountInvolved?: number;
  illegalGains?: number;
  goodsValue?: number;
  repeatCount?: number;
  harmLevel?: number;
  durationDays?: number;
  flags?: Record<string, 'yes' | 'no' | undefined>;
  proposedFine?: number;
  proposedKinds?: PenaltyKind[];
}

const BASIS_TEXT: Record<EvaluationView['basis'], { zh: string; en: string }> = {
  conditions: { zh: '依结构化条件确定', en: 'from the structured conditions' },
  default: { zh: '未符合更重档次条件，适用默认档次', en: 'the default level' },
  no_match: { zh: '未符合任何档次条件，按有利于当事人适用最轻档次', en: 'no level matched: the mildest applies' },
  officer: { zh: '由执法人员认定', en: 'found by the officer' },
};

function FindingList({ items, testId }: { items: Finding[]; testId: string }) {
  const { label } = useI18n();
  if (!items.length) return null;
  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }} data-testid={testId}>
      {items.map((f, i) => (
        <Alert
          key={`${f.code}:${i}`}
          type={f.severity === 'outside' ? 'error' : f.severity === 'warning' ? 'warning' : 'info'}
          showIcon
          data-testid="finding"
          data-code={f.code}
          title={
            <span>
              {label(f.text)}
              {f.rule && (
                <Tag style={{ marginInlineStart: 8 }} bordered={false}>
                  {f.rule}
                </Tag>
              )}
            </span>
          }
        />
      ))}
    </Flex>
  );
}

export function EvaluatePanel({ benchmark }: { benchmark: BenchmarkView }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<EvaluateForm>();
  const evaluate = useEvaluate(benchmark.id);
  const result = evaluate.data;
  const levels = benchmark.current.content.levels;

  const onFinish = (v: EvaluateForm) => {
    const facts: Facts = {};
    for (const k of ['amountInvolved', 'illegalGains', 'goodsValue'] as const) {
      if (v[k] !== undefined && v[k] !== null) facts[k] = yuanToFen(v[k]);
    }
    for (const k of ['repeatCount', 'harmLevel', 'durationDays'] as const) {
      if (v[k] !== undefined && v[k] !== null) facts[k] = v[k];
    }
    for (const [k, val] of Object.entries(v.flags ?? {})) {
      if (val) (facts as Record<string, boolean>)[k] = val === 'yes';
    }
    const body: EvaluateBody = { facts };
    if (v.version && v.version !== 'auto') body.versionNo = Number(v.version);
    if (v.levelKey) body.levelKey = v.levelKey;
    if (v.proposedFine !== undefined && v.proposedFine !== null) {
      body.proposed = { fineFen: yuanToFen(v.proposedFine), kinds: v.proposedKinds ?? [] };
    } else if (v.proposedKinds?.length) body.proposed = { kinds: v.proposedKinds };
    evaluate.mutate(body, {
      onError: (e) => applyServerErrors(form, e, { 'proposed.fineFen': 'proposedFine' }),
    });
  };

  const flag = (k: string) => (
    <Form.Item
      key={k}
      name={['flags', k]}
      label={label(FACTS[k as keyof typeof FACTS].label)}
      style={{ marginBottom: 8 }}
    >
      <Select
        allowClear
        placeholder={t('未认定', 'Not found')}
        options={[
          { value: 'yes', label: t('是', 'Yes') },
          { value: 'no', label: t('否', 'No') },
        ]}
        data-testid={`fact-${k}`}
      />
    </Form.Item>
  );
  const money = (k: 'amountInvolved' | 'illegalGains' | 'goodsValue') => (
    <Form.Item name={k} label={label(FACTS[k].label)} style={{ marginBottom: 8 }}>
      <InputNumber min={0} precision={2} addonAfter="元" style={{ width: '100%' }} data-testid={`fact-${k}`} />
    </Form.Item>
  );

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title={t('违法事实与情节', 'Facts found')} size="small">
          <Form form={form} name="evaluate" layout="vertical" onFinish={onFinish} initialValues={{ version: 'auto' }}>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="version" label={t('适用版本', 'Version')} style={{ marginBottom: 8 }}>
                  <Select
                    options={[
                      { value: 'auto', label: t('今日施行的版本（无则草稿）', 'In force today (else the draft)') },
                      ...benchmark.versions.map((v) => ({
                        value: String(v.versionNo),
                        label: `${t('第', 'v')}${v.versionNo}${t('版', '')} · ${
                          v.status === 'draft' ? t('草稿', 'draft') : (v.effectiveFrom ?? '')
                        }`,
                      })),
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="levelKey" label={t('认定档次', 'Level')} style={{ marginBottom: 8 }}>
                  <Select
                    allowClear
                    placeholder={t('按结构化条件自动确定', 'From the conditions')}
                    options={levels.map((l) => ({ value: l.key, label: label(l.name) }))}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>{money('goodsValue')}</Col>
              <Col span={12}>{money('illegalGains')}</Col>
              <Col span={12}>{money('amountInvolved')}</Col>
              <Col span={12}>
                <Form.Item name="repeatCount" label={label(FACTS.repeatCount.label)} style={{ marginBottom: 8 }}>
                  <InputNumber
                    min={0}
                    precision={0}
                    addonAfter={t('次', 'times')}
                    style={{ width: '100%' }}
                    data-testid="fact-repeatCount"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="harmLevel" label={label(FACTS.harmLevel.label)} style={{ marginBottom: 8 }}>
                  <Select
                    allowClear
                    placeholder={t('未认定', 'Not found')}
                    options={HARM_LEVELS.map((h, i) => ({ value: i, label: label(h) }))}
                    data-testid="fact-harmLevel"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="durationDays" label={label(FACTS.durationDays.label)} style={{ marginBottom: 8 }}>
                  <InputNumber min={0} precision={0} addonAfter={t('日', 'days')} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text strong>{t('从重情节', 'Aggravating')}</Typography.Text>
            <Row gutter={12}>
              {AGGRAVATING_FACTS.map((k) => (
                <Col span={12} key={k}>
                  {flag(k)}
                </Col>
              ))}
            </Row>
            <Typography.Text strong>{t('从轻、减轻、不予处罚情节', 'Mitigating')}</Typography.Text>
            <Row gutter={12}>
              {MITIGATING_FACTS.map((k) => (
                <Col span={12} key={k}>
                  {flag(k)}
                </Col>
              ))}
            </Row>
            <Typography.Text strong>{t('拟作出的处罚（选填）', 'Proposed penalty (optional)')}</Typography.Text>
            <Row gutter={12} style={{ marginTop: 8 }}>
              <Col span={12}>
                <Form.Item name="proposedFine" label={t('拟罚款', 'Fine')} style={{ marginBottom: 8 }}>
                  <InputNumber
                    min={0}
                    precision={2}
                    addonAfter="元"
                    style={{ width: '100%' }}
                    data-testid="proposed-fine"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="proposedKinds" label={t('其他处罚种类', 'Other kinds')} style={{ marginBottom: 8 }}>
                  <Select
                    mode="multiple"
                    allowClear
                    options={PENALTY_KINDS.filter((k) => k !== 'fine').map((k) => ({
                      value: k,
                      label: label(PENALTY_KIND_LABELS[k]),
                    }))}
                    data-testid="proposed-kinds"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Button type="primary" htmlType="submit" loading={evaluate.isPending} block data-testid="evaluate-run">
              {t('试算', 'Evaluate')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t('试算结果', 'Result')} size="small" data-testid="evaluate-result">
          {evaluate.error && <ErrorAlert error={evaluate.error} />}
          {!result && !evaluate.error && (
            <Typography.Text type="secondary">
              {t(
                '填写已认定的事实后点击“试算”。未认定的事实不作为任何档次的条件。',
                'Enter the facts found and press Evaluate. Facts not found satisfy no condition.',
              )}
            </Typography.Text>
          )}
          {result && <Result result={result} />}
        </Card>
      </Col>
    </Row>
  );
}

function Result({ result }: { result: EvaluationView }) {
  const { t, label } = useI18n();
  return (
    <div>
      <Flex gap={8} align="center" wrap>
        <span>{t('裁量档次：', 'Level: ')}</span>
        <Tag
          color="blue"
          style={{ fontSize: 16, padding: '2px 10px' }}
          data-testid="evaluate-level"
          data-level={result.level.key}
        >
          {label(result.level.name)}
        </Tag>
        <Typography.Text type="secondary">
          {label(BASIS_TEXT[result.basis])} ·{' '}
          {t(
            `第 ${result.versionNo} 版${result.versionStatus === 'draft' ? '（草稿）' : `（${result.effectiveFrom} 起施行）`}`,
            `version ${result.versionNo}${result.versionStatus === 'draft' ? ' (draft)' : ` (from ${result.effectiveFrom})`}`,
          )}
        </Typography.Text>
      </Flex>
      {result.reasons.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          header={<Typography.Text strong>{t('理由', 'Reasons')}</Typography.Text>}
          dataSource={result.reasons}
          data-testid="evaluate-reasons"
          renderItem={(r) => <List.Item>{label(r)}</List.Item>}
        />
      )}
      {result.nextLevel && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t(
            `适用更重的「${result.nextLevel.name.zh}」档须：${result.nextLevel.conditions.zh}`,
            `The more severe level ${result.nextLevel.name.en} needs: ${result.nextLevel.conditions.en}`,
          )}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        style={{ marginTop: 8 }}
        rowKey="kind"
        pagination={false}
        dataSource={result.penalties}
        data-testid="evaluate-penalties"
        columns={[
          {
            title: t('处罚种类', 'Penalty'),
            key: 'kind',
            width: 180,
            render: (_, p) => (
              <span>
                {label(p.label)}
                {p.optional && <Tag style={{ marginInlineStart: 6 }}>{t('可以并处', 'optional')}</Tag>}
              </span>
            ),
          },
          {
            title: t('幅度', 'Range'),
            key: 'range',
            render: (_, p) =>
              p.fine ? (
                <div data-testid="fine-range" data-min={p.fine.minFen} data-max={p.fine.maxFen}>
                  <Typography.Text strong>
                    {label(yuanText(p.fine.minFen))} – {label(yuanText(p.fine.maxFen))}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {label(p.fine.explanation)}
                    </Typography.Text>
                  </div>
                </div>
              ) : p.finePending ? (
                <Typography.Text type="warning">{label(p.finePending)}</Typography.Text>
              ) : p.period ? (
                `${p.period.min}–${p.period.max}${label(PERIOD_UNIT_LABELS[p.period.unit])}`
              ) : (
                (p.note ?? '—')
              ),
          },
        ]}
      />
      {result.exemptions.map((e) => (
        <Alert
          key={e.id}
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          data-testid="evaluate-exemption"
          title={label(e.text)}
        />
      ))}
      <FindingList items={result.mitigating} testId="evaluate-mitigating" />
      <FindingList items={result.aggravating} testId="evaluate-aggravating" />
      <FindingList items={result.notices} testId="evaluate-notices" />
      {result.proposal && (
        <div style={{ marginTop: 16 }} data-testid="proposal-result" data-within={String(result.proposal.within)}>
          <Typography.Text strong>
            {result.proposal.within
              ? t('拟作出的处罚：在裁量幅度内', 'The proposed penalty is within the range')
              : t('拟作出的处罚：超出裁量幅度', 'The proposed penalty is outside the range')}
          </Typography.Text>
          <FindingList items={result.proposal.findings} testId="proposal-findings" />
        </div>
      )}
    </div>
  );
}
