// Create or edit a referral threshold: the violation, the offence, its basis, and the structured conditions
// (amounts in 元, quantities with their units, harm, repetition, circumstances) combined with any/all.
import { useEffect, useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import type { ArticleRefView } from '../../../../../contracts/law';
import {
  AMOUNT_MEASURES,
  AMOUNT_MEASURE_LABELS,
  CONDITION_KINDS,
  CONDITION_KIND_LABELS,
  HARM_MEASURES,
  HARM_MEASURE_LABELS,
  QUANTITY_MEASURES,
  QUANTITY_MEASURE_LABELS,
  REFERRAL_SECTORS,
  REFERRAL_SECTOR_LABELS,
  type AmountMeasure,
  type ConditionKind,
  type HarmMeasure,
  type QuantityMeasure,
  type ReferralConditionInput,
  type ReferralMatch,
  type ReferralSector,
  type ReferralThresholdView,
} from '../../../../../contracts/referral-threshold';
import { AgencyTreeSelect, type AgencyOption } from '../../../components/agency-tree-select';
import { CitationInput, toArticleRefs } from '../../../components/citation-input';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useSaveThreshold } from '../api';

export type ThresholdFormTarget =
  { mode: 'create'; agencyId: string | null } | { mode: 'edit'; threshold: ReferralThresholdView };

interface ConditionValues {
  id?: string;
  kind: ConditionKind;
  measure?: string;
  amountYuan?: number | null;
  min?: number | null;
  minPriorPenalties?: number | null;
  withinMonths?: number | null;
  text?: string;
  terms?: { measure: AmountMeasure; factor: number }[];
}

interface ThresholdValues {
  agencyId?: string;
  sector: ReferralSector;
  violationType: string;
  offence: string;
  criminalBasis: string;
  basisText?: string;
  basis?: ArticleRefView[];
  match: ReferralMatch;
  conditions: ConditionValues[];
  demo?: boolean;
  note?: string;
}

const toFen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);

function toCondition(c: ConditionValues): ReferralConditionInput {
  const id = c.id ? { id: c.id } : {};
  switch (c.kind) {
    case 'amount':
      return { ...id, kind: 'amount', measure: c.measure as AmountMeasure, minFen: toFen(c.amountYuan) };
    case 'amount_sum':
      return { ...id, kind: 'amount_sum', terms: c.terms ?? [], minFen: toFen(c.amountYuan) };
    case 'quantity':
      return { ...id, kind: 'quantity', measure: c.measure as QuantityMeasure, min: c.min ?? 0 };
    case 'harm':
      return { ...id, kind: 'harm', measure: c.measure as HarmMeasure, min: c.min ?? 0 };
    case 'repetition':
      return {
        ...id,
        kind: 'repetition',
        minPriorPenalties: c.minPriorPenalties ?? 0,
        withinMonths: c.withinMonths ?? 0,
      };
    case 'circumstance':
      return { ...id, kind: 'circumstance', text: c.text ?? '' };
  }
}

function fromCondition(c: ReferralThresholdView['conditions'][number]): ConditionValues {
  switch (c.kind) {
    case 'amount':
      return { id: c.id, kind: c.kind, measure: c.measure, amountYuan: c.minFen / 100 };
    case 'amount_sum':
      return { id: c.id, kind: c.kind, terms: c.terms, amountYuan: c.minFen / 100 };
    case 'quantity':
    case 'harm':
      return { id: c.id, kind: c.kind, measure: c.measure, min: c.min };
    case 'repetition':
      return { id: c.id, kind: c.kind, minPriorPenalties: c.minPriorPenalties, withinMonths: c.withinMonths };
    case 'circumstance':
      return { id: c.id, kind: c.kind, text: c.text };
  }
}

/** Server field names for condition i → the form's. */
const ALIASES: Record<string, string> = Object.fromEntries(
  Array.from({ length: 20 }, (_, i) => [`conditions.${i}.minFen`, `conditions.${i}.amountYuan`]),
);
export function ThresholdFormDrawer({
  target,
  agencies,
  onClose,
}: {
  target: ThresholdFormTarget | null;
  agencies: readonly AgencyOption[];
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ThresholdValues>();
  const save = useSaveThreshold();
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const editing = target?.mode === 'edit' ? target.threshold : null;

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    if (target.mode === 'edit') {
      const th = target.threshold;
      form.setFieldsValue({
        sector: th.sector,
        violationType: th.violationType,
        offence: th.offence,
        criminalBasis: th.criminalBasis,
        basisText: th.basisText ?? undefined,
        basis: th.basis,
        match: th.match,
        conditions: th.conditions.map(fromCondition),
        demo: th.demo,
        note: th.note ?? undefined,
      });
    } else {
      form.setFieldsValue({
        agencyId: target.agencyId ?? undefined,
        match: 'any',
        conditions: [{ kind: 'amount', measure: 'amount_involved' }],
        basisText: '《行政执法机关移送涉嫌犯罪案件的规定》第三条',
        basis: [],
        demo: false,
      });
    }
  }, [target, form]);

  const onFinish = (v: ThresholdValues) => {
    setFailure(null);
    const common = {
      sector: v.sector,
      violationType: v.violationType?.trim(),
      offence: v.offence?.trim(),
      criminalBasis: v.criminalBasis?.trim(),
      basisText: v.basisText?.trim() || null,
      basis: v.basis?.length || !v.basisText?.trim() ? toArticleRefs(v.basis) : undefined,
      match: v.match,
      conditions: (v.conditions ?? []).map(toCondition),
      demo: !!v.demo,
      note: v.note?.trim() || null,
    };
    const input = editing ? { id: editing.id, body: common } : { body: { ...common, agencyId: v.agencyId ?? '' } };
    save.mutate(input, {
      onSuccess: () => {
        message.success(
          editing
            ? t('已保存；内容有变化的须重新确认', 'Saved; changed content must be confirmed again')
            : t('已新增，待本单位法制机构确认', 'Added; to be confirmed by the legal office'),
        );
        onClose();
      },
      onError: (e) => setFailure({ error: e, details: applyServerErrors(form, e, ALIASES).unmatched }),
    });
  };

  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={
        editing ? t(`编辑移送标准：${editing.offence}`, `Edit: ${editing.offence}`) : t('新增移送标准', 'New threshold')
      }
      data-testid="threshold-drawer"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="threshold-save">
            {t('保存', 'Save')}
          </Button>
        </Flex>
      }
    >
      {failure && <ErrorAlert error={failure.error} details={failure.details} testId="threshold-form-error" />}
      <Form<ThresholdValues> form={form} name="threshold" layout="vertical" onFinish={onFinish}>
        {!editing && (
          <Form.Item name="agencyId" label={t('执法单位', 'Agency')} rules={[{ required: true }]}>
            <AgencyTreeSelect agencies={agencies} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="sector" label={t('领域', 'Sector')} rules={[{ required: true }]}>
              <Select options={REFERRAL_SECTORS.map((s) => ({ value: s, label: label(REFERRAL_SECTOR_LABELS[s]) }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="offence" label={t('涉嫌罪名', 'Offence')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={100} placeholder={t('如：滥伐林木罪', 'e.g. 滥伐林木罪')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="violationType"
          label={t('违法行为类型', 'Violation type')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="criminalBasis"
          label={t('刑事法律依据及立案追诉标准（书面）', 'Criminal-law basis (as written)')}
          rules={[{ required: true, whitespace: true }]}
          extra={t(
            '刑法、司法解释和立案追诉标准不在法律法规库中，按书面表述保存',
            'Kept as written: the Criminal Law and the prosecution standards are not in the library',
          )}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="basisText" label={t('移送依据（书面表述）', 'Referral basis (as written)')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="basis" label={t('所引条文（法律法规库）', 'Cited articles (law library)')}>
          <CitationInput name="threshold" />
        </Form.Item>
        <Form.Item name="match" label={t('条件组合', 'Conditions combine')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'any', label: t('满足任一条件即移送', 'Any one condition') },
              { value: 'all', label: t('须同时满足全部条件', 'All conditions') },
            ]}
          />
        </Form.Item>
        <Form.List name="conditions">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map((field) => (
                <ConditionCard key={field.key} name={field.name} onRemove={() => remove(field.name)} />
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'quantity', measure: 'timber_volume' })}
                data-testid="threshold-condition-add"
              >
                {t('添加条件', 'Add a condition')}
              </Button>
              <Form.ErrorList errors={form.getFieldError('conditions')} />
            </Flex>
          )}
        </Form.List>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="demo" label={t('演示数据', 'Demo data')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(
                '保存后为“待确认”；已确认的标准修改内容后须重新确认。',
                'Saved as "to be confirmed"; a confirmed threshold must be confirmed again after its content changes.',
              )}
            </Typography.Text>
          </Col>
        </Row>
        <Form.Item name="note" label={t('说明', 'Note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

function ConditionCard({ name, onRemove }: { name: number; onRemove: () => void }) {
  const { t, label } = useI18n();
  const form = Form.useFormInstance<ThresholdValues>();
  const kind = Form.useWatch(['conditions', name, 'kind'], form) as ConditionKind | undefined;
  const measure = Form.useWatch(['conditions', name, 'measure'], form) as string | undefined;
  const resetFor = (k: ConditionKind) => {
    const id = form.getFieldValue(['conditions', name, 'id']) as string | undefined;
    const defaults: Record<ConditionKind, ConditionValues> = {
      amount: { kind: 'amount', measure: 'amount_involved' },
      amount_sum: {
        kind: 'amount_sum',
        terms: [
          { measure: 'sales_amount', factor: 3 },
          { measure: 'goods_value', factor: 1 },
        ],
      },
      quantity: { kind: 'quantity', measure: 'timber_volume' },
      harm: { kind: 'harm', measure: 'deaths', min: 1 },
      repetition: { kind: 'repetition', minPriorPenalties: 2, withinMonths: 24 },
      circumstance: { kind: 'circumstance' },
    };
    form.setFieldValue(['conditions', name], { ...defaults[k], id });
  };
  return (
    <Card size="small" data-testid="threshold-condition">
      <Flex gap={8} align="flex-start" wrap>
        <Form.Item name={[name, 'id']} hidden>
          <Input />
        </Form.Item>
        <Form.Item name={[name, 'kind']} style={{ marginBottom: 0, width: 190 }}>
          <Select
            onChange={(k: ConditionKind) => resetFor(k)}
            options={CONDITION_KINDS.map((k) => ({ value: k, label: label(CONDITION_KIND_LABELS[k]) }))}
          />
        </Form.Item>
        {kind === 'amount' && (
          <>
            <Form.Item name={[name, 'measure']} style={{ marginBottom: 0, width: 220 }} rules={[{ required: true }]}>
              <Select options={AMOUNT_MEASURES.map((m) => ({ value: m, label: label(AMOUNT_MEASURE_LABELS[m]) }))} />
            </Form.Item>
            <span style={{ lineHeight: '32px' }}>≥</span>
            <Form.Item name={[name, 'amountYuan']} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
              <InputNumber min={0.01} precision={2} addonAfter="元" style={{ width: 180 }} />
            </Form.Item>
          </>
        )}
        {kind === 'amount_sum' && (
          <Flex vertical gap={4}>
            <Form.List name={[name, 'terms']}>
              {(terms) =>
                terms.map((term, i) => (
                  <Flex key={term.key} gap={4} align="center">
                    {i > 0 && <span>+</span>}
                    <Form.Item name={[term.name, 'factor']} style={{ marginBottom: 0 }}>
                      <InputNumber min={1} max={100} precision={0} addonAfter="×" style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[term.name, 'measure']} style={{ marginBottom: 0, width: 200 }}>
                      <Select
                        options={AMOUNT_MEASURES.map((m) => ({ value: m, label: label(AMOUNT_MEASURE_LABELS[m]) }))}
                      />
                    </Form.Item>
                  </Flex>
                ))
              }
            </Form.List>
            <Flex gap={4} align="center">
              <span>{t('合计 ≥', 'total ≥')}</span>
              <Form.Item name={[name, 'amountYuan']} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
                <InputNumber min={0.01} precision={2} addonAfter="元" style={{ width: 180 }} />
              </Form.Item>
            </Flex>
          </Flex>
        )}
        {kind === 'quantity' && (
          <>
            <Form.Item name={[name, 'measure']} style={{ marginBottom: 0, width: 220 }} rules={[{ required: true }]}>
              <Select
                options={QUANTITY_MEASURES.map((m) => ({ value: m, label: label(QUANTITY_MEASURE_LABELS[m]) }))}
              />
            </Form.Item>
            <span style={{ lineHeight: '32px' }}>≥</span>
            <Form.Item name={[name, 'min']} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
              <InputNumber
                min={0}
                addonAfter={
                  measure && measure in QUANTITY_MEASURE_LABELS
                    ? label(QUANTITY_MEASURE_LABELS[measure as QuantityMeasure].unit)
                    : ''
                }
                style={{ width: 170 }}
              />
            </Form.Item>
          </>
        )}
        {kind === 'harm' && (
          <>
            <Form.Item name={[name, 'measure']} style={{ marginBottom: 0, width: 220 }} rules={[{ required: true }]}>
              <Select options={HARM_MEASURES.map((m) => ({ value: m, label: label(HARM_MEASURE_LABELS[m]) }))} />
            </Form.Item>
            <span style={{ lineHeight: '32px' }}>≥</span>
            <Form.Item name={[name, 'min']} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
              <InputNumber min={1} precision={0} addonAfter={t('人', 'persons')} style={{ width: 140 }} />
            </Form.Item>
          </>
        )}
        {kind === 'repetition' && (
          <>
            <Form.Item name={[name, 'withinMonths']} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
              <InputNumber min={1} max={120} precision={0} addonAfter={t('个月内', 'months')} style={{ width: 150 }} />
            </Form.Item>
            <Form.Item name={[name, 'minPriorPenalties']} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
              <InputNumber
                min={1}
                max={20}
                precision={0}
                addonBefore={t('受过', 'at least')}
                addonAfter={t('次以上行政处罚又实施', 'earlier penalties')}
                style={{ width: 300 }}
              />
            </Form.Item>
          </>
        )}
        {kind === 'circumstance' && (
          <Form.Item
            name={[name, 'text']}
            style={{ marginBottom: 0, flex: 1, minWidth: 300 }}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea
              autoSize
              maxLength={300}
              placeholder={t('情节描述，由执法人员判断勾选', 'The circumstance, ticked by the officer')}
            />
          </Form.Item>
        )}
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('删除条件', 'Remove condition')}
          style={{ marginInlineStart: 'auto' }}
        />
      </Flex>
    </Card>
  );
}
