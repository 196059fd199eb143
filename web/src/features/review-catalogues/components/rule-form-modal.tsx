// Add or edit a rule of the draft catalogue. Amounts are entered in 元 and sent in 分; the server validates and its
// field errors land on the fields.
import { useEffect, useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import type { ArticleRefView } from '../../../../../contracts/law';
import {
  PARTY_TYPES,
  PARTY_TYPE_LABELS,
  PENALTY_KINDS,
  PENALTY_KIND_LABELS,
  REVIEW_RULE_KINDS,
  REVIEW_RULE_KIND_LABELS,
  SECTOR_SUGGESTIONS,
  type PartyType,
  type PenaltyKind,
  type ReviewRuleBody,
  type ReviewRuleCondition,
  type ReviewRuleKind,
  type ReviewRuleView,
} from '../../../../../contracts/review-catalogue';
import { CitationInput, toArticleRefs } from '../../../components/citation-input';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useSaveRule } from '../api';

export type RuleFormTarget = { mode: 'create' } | { mode: 'edit'; rule: ReviewRuleView };

interface RuleFormValues {
  title: string;
  kind: ReviewRuleKind;
  partyType?: PartyType;
  kinds?: PenaltyKind[];
  amountYuan?: number | null;
  sectors?: string[];
  basisText?: string;
  basis?: ArticleRefView[];
}

const toFen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);

function conditionOf(v: RuleFormValues): ReviewRuleCondition {
  switch (v.kind) {
    case 'penalty_kind':
      return { kind: v.kind, kinds: v.kinds ?? [] };
    case 'fine_threshold':
      return { kind: v.kind, partyType: v.partyType!, minFineFen: toFen(v.amountYuan) };
    case 'confiscation_threshold':
      return { kind: v.kind, minValueFen: toFen(v.amountYuan) };
    case 'sector':
      return { kind: v.kind, sectors: v.sectors ?? [] };
    default:
      return { kind: v.kind } as ReviewRuleCondition;
  }
}

function initialValues(target: RuleFormTarget): Partial<RuleFormValues> {
  if (target.mode === 'create') return { kind: 'fine_threshold', partyType: 'natural_person', basis: [] };
  const { rule } = target;
  const c = rule.condition;
  return {
    title: rule.title,
    kind: c.kind,
    partyType: c.kind === 'fine_threshold' ? c.partyType : 'natural_person',
    kinds: c.kind === 'penalty_kind' ? c.kinds : undefined,
    amountYuan:
      c.kind === 'fine_threshold'
        ? c.minFineFen / 100
        : c.kind === 'confiscation_threshold'
          ? c.minValueFen / 100
          : null,
    sectors: c.kind === 'sector' ? c.sectors : undefined,
    basisText: rule.basisText ?? undefined,
    basis: rule.basis,
  };
}

const SERVER_FIELDS = {
  'condition.partyType': 'partyType',
  'condition.minFineFen': 'amountYuan',
  'condition.minValueFen': 'amountYuan',
  'condition.kinds': 'kinds',
  'condition.sectors': 'sectors',
  'condition.kind': 'kind',
};

export function RuleFormModal({
  agencyId,
  target,
  onClose,
}: {
  agencyId: string;
  target: RuleFormTarget | null;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleFormValues>();
  const save = useSaveRule(agencyId);
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    form.setFieldsValue(initialValues(target));
  }, [target, form]);

  const onFinish = (v: RuleFormValues) => {
    setFailure(null);
    const body: ReviewRuleBody = {
      title: v.title.trim(),
      condition: conditionOf(v),
      basisText: v.basisText?.trim() || null,
      // Nothing cited but a written basis: the server resolves it (and says so if the library lacks it).
      basis: v.basis?.length || !v.basisText?.trim() ? toArticleRefs(v.basis) : undefined,
    };
    save.mutate(target?.mode === 'edit' ? { ruleId: target.rule.ruleId, body } : { body }, {
      onSuccess: () => {
        message.success(t('已保存到草稿', 'Saved to the draft'));
        onClose();
      },
      onError: (e) => setFailure({ error: e, details: applyServerErrors(form, e, SERVER_FIELDS).unmatched }),
    });
  };

  return (
    <Modal
      open={!!target}
      onCancel={onClose}
      width={720}
      destroyOnHidden
      title={target?.mode === 'edit' ? t('编辑目录规则', 'Edit rule') : t('新增目录规则', 'New rule')}
      okText={t('保存到草稿', 'Save to draft')}
      cancelText={t('取消', 'Cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={testId('catalogue-rule-save')}
      data-testid="catalogue-rule-modal"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t(
          '修改只进入草稿；发布并到生效日期后才适用于案件。',
          'Changes go to the draft; they apply to cases once published and in force.',
        )}
      </Typography.Paragraph>
      {failure && <ErrorAlert error={failure.error} details={failure.details} testId="catalogue-rule-error" />}
      <Form<RuleFormValues> form={form} name="reviewRule" layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="title"
          label={t('情形（目录中的表述）', 'Item as listed')}
          rules={[{ required: true, whitespace: true, message: t('请输入情形', 'Enter the item') }]}
        >
          <Input
            maxLength={200}
            placeholder={t('如：拟对公民处以一万元以上罚款的', 'e.g. a fine of ¥10,000 or more on a person')}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('认定方式', 'How it is recognised')} rules={[{ required: true }]}>
          <Select options={REVIEW_RULE_KINDS.map((k) => ({ value: k, label: label(REVIEW_RULE_KIND_LABELS[k]) }))} />
        </Form.Item>
        {kind === 'fine_threshold' && (
          <Form.Item name="partyType" label={t('当事人类型', 'Party type')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={PARTY_TYPES.map((p) => ({ value: p, label: label(PARTY_TYPE_LABELS[p]) }))}
            />
          </Form.Item>
        )}
        {(kind === 'fine_threshold' || kind === 'confiscation_threshold') && (
          <Form.Item
            name="amountYuan"
            label={
              kind === 'fine_threshold'
                ? t('罚款金额达到（元）', 'Fine of at least (yuan)')
                : t('没收价值达到（元）', 'Confiscation worth at least (yuan)')
            }
            rules={[{ required: true, message: t('请输入金额', 'Enter the amount') }]}
            extra={t('含本数（≥）', 'Inclusive (≥)')}
          >
            <InputNumber min={0.01} max={100_000_000_000} precision={2} style={{ width: 240 }} addonAfter="元" />
          </Form.Item>
        )}
        {kind === 'penalty_kind' && (
          <Form.Item
            name="kinds"
            label={t('处罚种类（行政处罚法第九条）', 'Penalty kinds (Art. 9)')}
            rules={[{ required: true }]}
          >
            <Select
              mode="multiple"
              options={PENALTY_KINDS.map((k) => ({ value: k, label: label(PENALTY_KIND_LABELS[k]) }))}
            />
          </Form.Item>
        )}
        {kind === 'sector' && (
          <Form.Item
            name="sectors"
            label={t('领域（可自行输入）', 'Sectors (type your own)')}
            rules={[{ required: true }]}
          >
            <Select mode="tags" options={SECTOR_SUGGESTIONS.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
        )}
        {kind === 'free_text' && (
          <Typography.Paragraph type="secondary">
            {t(
              '审核人员在试算或办案时判断是否存在该情形并勾选。',
              'The reviewer judges whether the item applies and ticks it.',
            )}
          </Typography.Paragraph>
        )}
        <Form.Item
          name="basisText"
          label={t('依据（书面表述）', 'Basis as written')}
          extra={t(
            '可写法律法规库以外的依据；只填此项时，保存时将按法律法规库解析',
            'May name texts outside the library; if it is the only basis given, it is resolved against the library',
          )}
        >
          <Input maxLength={500} placeholder="《中华人民共和国行政处罚法》第六十三条第一款第（一）项" />
        </Form.Item>
        <Form.Item name="basis" label={t('所引条文（法律法规库）', 'Cited articles (law library)')}>
          <CitationInput name="catalogue-rule" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
