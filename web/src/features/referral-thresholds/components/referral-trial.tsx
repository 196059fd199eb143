// "是否涉嫌犯罪" — enter the facts of a case and see whether they meet one of the agency's referral thresholds,
// which one and why. Only the measures the agency's thresholds use are asked for.
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  InputNumber,
  List,
  Row,
  Tag,
  Typography,
} from 'antd';
import CheckCircleFilled from '@ant-design/icons/CheckCircleFilled';
import MinusCircleOutlined from '@ant-design/icons/MinusCircleOutlined';
import type { Dayjs } from 'dayjs';
import {
  AMOUNT_MEASURE_LABELS,
  HARM_MEASURE_LABELS,
  QUANTITY_MEASURE_LABELS,
  REFERRAL_STATUS_LABELS,
  type AmountMeasure,
  type HarmMeasure,
  type QuantityMeasure,
  type ReferralThresholdView,
} from '../../../../../contracts/referral-threshold';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useEvaluateFacts } from '../api';

interface TrialValues {
  amounts?: Partial<Record<AmountMeasure, number | null>>;
  quantities?: Partial<Record<QuantityMeasure, number | null>>;
  harm?: Partial<Record<HarmMeasure, number | null>>;
  actDate?: Dayjs | null;
  priorPenaltyDates?: (Dayjs | null)[];
  circumstances?: string[];
}

const defined = <T,>(
  record: Partial<Record<string, T | null | undefined>> | undefined,
  map: (v: T) => number = (v) => v as number,
) =>
  Object.fromEntries(
    Object.entries(record ?? {})
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, map(v as T)]),
  );

export function ReferralTrial({
  agencyId,
  agencyName,
  thresholds,
}: {
  agencyId: string;
  agencyName: string;
  thresholds: readonly ReferralThresholdView[];
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<TrialValues>();
  const evaluate = useEvaluateFacts();

  const used = useMemo(() => {
    const amounts = new Set<AmountMeasure>();
    const quantities = new Set<QuantityMeasure>();
    const harm = new Set<HarmMeasure>();
    let repetition = false;
    const circumstances: { id: string; text: string; offence: string }[] = [];
    for (const th of thresholds)
      for (const c of th.conditions) {
        if (c.kind === 'amount') amounts.add(c.measure);
        if (c.kind === 'amount_sum') c.terms.forEach((x) => amounts.add(x.measure));
        if (c.kind === 'quantity') quantities.add(c.measure);
        if (c.kind === 'harm') harm.add(c.measure);
        if (c.kind === 'repetition') repetition = true;
        if (c.kind === 'circumstance') circumstances.push({ id: c.id, text: c.text, offence: th.offence });
      }
    return { amounts: [...amounts], quantities: [...quantities], harm: [...harm], repetition, circumstances };
  }, [thresholds]);
  const [priorCount, setPriorCount] = useState(2);

  if (thresholds.length === 0)
    return <Empty description={t(`${agencyName}还没有移送标准`, `${agencyName} has no thresholds yet`)} />;

  const onFinish = (v: TrialValues) =>
    evaluate.mutate({
      agencyId,
      thresholdIds: thresholds.map((th) => th.id),
      facts: {
        amounts: defined<number>(v.amounts, (y) => Math.round(y * 100)),
        quantities: defined<number>(v.quantities),
        harm: defined<number>(v.harm),
        actDate: v.actDate ? v.actDate.format('YYYY-MM-DD') : undefined,
        priorPenaltyDates: (v.priorPenaltyDates ?? [])
          .filter((d): d is Dayjs => !!d)
          .map((d) => d.format('YYYY-MM-DD')),
        circumstances: v.circumstances ?? [],
      },
    });

  const result = evaluate.data;
  const byId = new Map(thresholds.map((th) => [th.id, th]));
  return (
    <Row gutter={24}>
      <Col xs={24} xl={11}>
        <Form<TrialValues>
          form={form}
          name="referralTrial"
          layout="vertical"
          onFinish={onFinish}
          onValuesChange={() => evaluate.reset()}
        >
          {used.amounts.length > 0 && (
            <Row gutter={12}>
              {used.amounts.map((m) => (
                <Col span={12} key={m}>
                  <Form.Item name={['amounts', m]} label={label(AMOUNT_MEASURE_LABELS[m])}>
                    <InputNumber min={0} precision={2} addonAfter="元" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          )}
          {used.quantities.length > 0 && (
            <Row gutter={12}>
              {used.quantities.map((m) => (
                <Col span={12} key={m}>
                  <Form.Item name={['quantities', m]} label={label(QUANTITY_MEASURE_LABELS[m])}>
                    <InputNumber
                      min={0}
                      addonAfter={label(QUANTITY_MEASURE_LABELS[m].unit)}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          )}
          {used.harm.length > 0 && (
            <Row gutter={12}>
              {used.harm.map((m) => (
                <Col span={8} key={m}>
                  <Form.Item name={['harm', m]} label={label(HARM_MEASURE_LABELS[m])}>
                    <InputNumber min={0} precision={0} addonAfter={t('人', 'persons')} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          )}
          {used.repetition && (
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name="actDate" label={t('本次违法行为日期', 'Date of this act')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item label={t('此前同类行政处罚日期', 'Earlier penalties for the same kind of act')}>
                  <Flex gap={4} wrap>
                    {Array.from({ length: priorCount }, (_, i) => (
                      <Form.Item key={i} name={['priorPenaltyDates', i]} noStyle>
                        <DatePicker style={{ width: 140 }} />
                      </Form.Item>
                    ))}
                    <Button size="small" type="link" onClick={() => setPriorCount((n) => Math.min(n + 1, 10))}>
                      {t('再加一次', 'One more')}
                    </Button>
                  </Flex>
                </Form.Item>
              </Col>
            </Row>
          )}
          {used.circumstances.length > 0 && (
            <Form.Item name="circumstances" label={t('执法人员判断的情节', 'Circumstances the officer ticks')}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
                {used.circumstances.map((c) => (
                  <Checkbox key={c.id} value={c.id} data-testid="referral-trial-circumstance">
                    <Typography.Text type="secondary">{c.offence}：</Typography.Text>
                    {c.text}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={evaluate.isPending} data-testid="referral-trial-evaluate">
            {t('试算', 'Evaluate')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} xl={13}>
        {evaluate.error && <ErrorAlert error={evaluate.error} testId="referral-trial-error" />}
        {result ? (
          <Flex vertical gap={12} data-testid="referral-trial-result" data-suspected={String(result.suspected)}>
            <Alert
              type={result.suspected ? 'error' : 'success'}
              showIcon
              data-testid="referral-trial-verdict"
              title={
                result.suspected
                  ? t(
                      '涉嫌犯罪：应当依法移送公安机关，不得以行政处罚代替移送',
                      'Suspected crime: refer to the police; a penalty may not replace the referral',
                    )
                  : t('未达到本单位的移送标准', 'Below the agency’s referral thresholds')
              }
              description={t(
                '《行政处罚法》第二十七条；《行政执法机关移送涉嫌犯罪案件的规定》第三条、第十一条。试算结果供参考，是否移送由本机关负责人决定。',
                'Administrative Penalty Law Art. 27; Referral Regulation Arts. 3 and 11. A guide only: the agency head decides.',
              )}
            />
            <List
              size="small"
              bordered
              dataSource={result.results}
              renderItem={(r) => {
                const th = byId.get(r.thresholdId);
                return (
                  <List.Item data-testid="referral-trial-threshold" data-met={String(r.met)}>
                    <Flex gap={8} align="flex-start" style={{ width: '100%' }}>
                      {r.met ? (
                        <CheckCircleFilled style={{ color: '#cf1322', marginTop: 4 }} />
                      ) : (
                        <MinusCircleOutlined style={{ color: '#bfbfbf', marginTop: 4 }} />
                      )}
                      <div style={{ flex: 1 }}>
                        <Flex gap={6} wrap align="center">
                          <strong>{r.offence}</strong>
                          <Typography.Text type="secondary">{r.violationType}</Typography.Text>
                          {r.status === 'pending' && <Tag color="gold">{label(REFERRAL_STATUS_LABELS.pending)}</Tag>}
                          {r.demo && r.status === 'pending' && <Tag color="orange">{t('演示数据', 'Demo')}</Tag>}
                        </Flex>
                        <Typography.Text style={{ fontSize: 13 }}>{label(r.reason)}</Typography.Text>
                        {th && !r.met && (
                          <ul
                            style={{
                              margin: '4px 0 0',
                              paddingInlineStart: 18,
                              fontSize: 12,
                              color: 'rgba(0,0,0,.55)',
                            }}
                          >
                            {r.conditions.map((c) => (
                              <li key={c.conditionId}>{label(c.reason)}</li>
                            ))}
                          </ul>
                        )}
                      </div>
                    </Flex>
                  </List.Item>
                );
              }}
            />
          </Flex>
        ) : (
          !evaluate.error && (
            <Typography.Paragraph type="secondary">
              {t(
                '填写案件事实（金额以元计），点击“试算”，查看是否达到本单位的涉嫌犯罪移送标准。',
                'Enter the facts (amounts in yuan) and press Evaluate.',
              )}
            </Typography.Paragraph>
          )
        )}
      </Col>
    </Row>
  );
}
