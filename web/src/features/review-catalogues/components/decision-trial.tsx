// "是否属于重大执法决定" — try a sample decision against the catalogue in force on a date (or the draft) and see
// which items match and why.
import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  InputNumber,
  List,
  Radio,
  Row,
  Select,
  Switch,
  Tag,
  Typography,
} from 'antd';
import CheckCircleFilled from '@ant-design/icons/CheckCircleFilled';
import MinusCircleOutlined from '@ant-design/icons/MinusCircleOutlined';
import type { Dayjs } from 'dayjs';
import {
  PARTY_TYPES,
  PARTY_TYPE_LABELS,
  PENALTY_KINDS,
  PENALTY_KIND_LABELS,
  SECTOR_SUGGESTIONS,
  type PartyType,
  type PenaltyKind,
  type ReviewRuleView,
} from '../../../../../contracts/review-catalogue';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useEvaluateDecision } from '../api';

interface TrialValues {
  partyType: PartyType;
  penaltyKinds?: PenaltyKind[];
  fineYuan?: number | null;
  confiscationYuan?: number | null;
  hearingHeld?: boolean;
  licenceRevoked?: boolean;
  multipleLegalRelations?: boolean;
  sectors?: string[];
  tickedRuleIds?: string[];
  on?: Dayjs | null;
  draft?: boolean;
}

const toFen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);

export function DecisionTrial({
  agencyId,
  inForceRules,
  draftRules,
}: {
  agencyId: string;
  inForceRules: readonly ReviewRuleView[];
  draftRules: readonly ReviewRuleView[] | null;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<TrialValues>();
  const evaluate = useEvaluateDecision(agencyId);
  const [details, setDetails] = useState<string[]>([]);
  const useDraft = Form.useWatch('draft', form);
  const tickable = (useDraft && draftRules ? draftRules : inForceRules).filter((r) => r.condition.kind === 'free_text');

  const onFinish = (v: TrialValues) => {
    setDetails([]);
    evaluate.mutate(
      {
        decision: {
          partyType: v.partyType,
          penaltyKinds: v.penaltyKinds ?? [],
          fineFen: toFen(v.fineYuan),
          confiscationValueFen: toFen(v.confiscationYuan),
          hearingHeld: !!v.hearingHeld,
          licenceRevoked: !!v.licenceRevoked,
          multipleLegalRelations: !!v.multipleLegalRelations,
          sectors: v.sectors ?? [],
          tickedRuleIds: v.tickedRuleIds ?? [],
        },
        on: v.on ? v.on.format('YYYY-MM-DD') : undefined,
        draft: v.draft || undefined,
      },
      {
        onError: (e) =>
          setDetails(
            applyServerErrors(form, e, {
              'decision.partyType': 'partyType',
              'decision.fineFen': 'fineYuan',
              'decision.confiscationValueFen': 'confiscationYuan',
            }).unmatched,
          ),
      },
    );
  };

  const result = evaluate.data;
  return (
    <Row gutter={24}>
      <Col xs={24} xl={11}>
        <Form<TrialValues>
          form={form}
          name="decisionTrial"
          layout="vertical"
          initialValues={{ partyType: 'natural_person', penaltyKinds: ['fine'] }}
          onFinish={onFinish}
          onValuesChange={() => evaluate.reset()}
        >
          <Form.Item name="partyType" label={t('当事人', 'Party')}>
            <Radio.Group
              optionType="button"
              options={PARTY_TYPES.map((p) => ({ value: p, label: label(PARTY_TYPE_LABELS[p]) }))}
            />
          </Form.Item>
          <Form.Item name="penaltyKinds" label={t('拟给予的处罚', 'Proposed penalties')}>
            <Select
              mode="multiple"
              allowClear
              options={PENALTY_KINDS.map((k) => ({ value: k, label: label(PENALTY_KIND_LABELS[k]) }))}
            />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="fineYuan" label={t('罚款金额', 'Fine')}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} addonAfter="元" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="confiscationYuan" label={t('没收违法所得及非法财物价值', 'Confiscated value')}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} addonAfter="元" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="hearingHeld" valuePropName="checked" label={t('经过听证', 'Hearing held')}>
                <Switch data-testid="trial-hearing" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="licenceRevoked" valuePropName="checked" label={t('吊销许可证件', 'Licence revoked')}>
                <Switch />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="multipleLegalRelations"
                valuePropName="checked"
                label={t('涉及多个法律关系', 'Several legal relations')}
              >
                <Switch />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="sectors" label={t('涉及领域', 'Sectors')}>
            <Select mode="tags" options={SECTOR_SUGGESTIONS.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
          {tickable.length > 0 && (
            <Form.Item name="tickedRuleIds" label={t('审核人员判断的其他情形', 'Items the reviewer ticks')}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                {tickable.map((r) => (
                  <Checkbox key={r.ruleId} value={r.ruleId}>
                    {r.title}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
          )}
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="on" label={t('决定日期（默认今天）', 'Decision date (default today)')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {draftRules && (
              <Col span={12}>
                <Form.Item name="draft" label={t('按草稿试算', 'Try the draft')} valuePropName="checked">
                  <Switch data-testid="trial-use-draft" />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Button type="primary" htmlType="submit" loading={evaluate.isPending} data-testid="trial-evaluate">
            {t('试算', 'Evaluate')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} xl={13}>
        {evaluate.error && <ErrorAlert error={evaluate.error} details={details} testId="trial-error" />}
        {result && (
          <Flex vertical gap={12} data-testid="trial-result" data-major={String(result.major)}>
            <Alert
              type={result.major ? 'warning' : 'success'}
              showIcon
              data-testid="trial-verdict"
              title={
                result.major
                  ? t('属于重大执法决定：作出决定前须经法制审核', 'A major decision: legal review is required first')
                  : t('不属于目录所列的重大执法决定', 'Not a major decision under the catalogue')
              }
              description={t(
                `依据${result.agency.name}法制审核目录第 ${result.version.versionNo} 版（${result.version.effectiveFrom ?? '草稿'}）；《行政处罚法》第五十八条`,
                `Under version ${result.version.versionNo} of ${result.agency.name}'s catalogue; Administrative Penalty Law Art. 58`,
              )}
            />
            <List
              size="small"
              bordered
              dataSource={result.results}
              renderItem={(r) => (
                <List.Item data-testid="trial-rule" data-matched={String(r.matched)}>
                  <Flex gap={8} align="flex-start" style={{ width: '100%' }}>
                    {r.matched ? (
                      <CheckCircleFilled style={{ color: '#d46b08', marginTop: 4 }} />
                    ) : (
                      <MinusCircleOutlined style={{ color: '#bfbfbf', marginTop: 4 }} />
                    )}
                    <div style={{ flex: 1 }}>
                      <div>
                        {r.title}
                        {r.matched && (
                          <Tag color="orange" style={{ marginInlineStart: 8 }}>
                            {t('符合', 'Matches')}
                          </Tag>
                        )}
                      </div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {label(r.reason)}
                      </Typography.Text>
                    </div>
                  </Flex>
                </List.Item>
              )}
            />
          </Flex>
        )}
        {!result && !evaluate.error && (
          <Typography.Paragraph type="secondary">
            {t(
              '填写拟作出的处罚决定，点击“试算”，查看是否属于重大执法决定以及符合目录的哪些情形。',
              'Describe the proposed decision and press Evaluate to see whether it is major and which items match.',
            )}
          </Typography.Paragraph>
        )}
      </Col>
    </Row>
  );
}
