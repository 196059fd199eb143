// The fields of each step's form: one small form per payload schema of contracts/case.ts ACTION_PAYLOADS (which form
// an action takes, its starting values and its payload are in ../action-payloads.ts).
import type { ReactNode } from 'react';
import dayjs from 'dayjs';
import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { PENALTY_KINDS, PENALTY_KIND_LABELS, type PenaltyKind } from '../../../../../contracts/benchmark';
import { SERVICE_METHODS, SERVICE_METHOD_LABELS, type CaseView } from '../../../../../contracts/case';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useAgencyBenchmarks, useAgencyOfficers } from '../api';
import { formKindOf, type FormKind } from '../action-payloads';
import { isYuanText } from '../money';

// ---- the fields ----------------------------------------------------------------------------------------------

export function ActionFields({ action, c }: { action: string; c: CaseView }) {
  const kind = formKindOf(action);
  return (
    <>
      <StepDate action={action} />
      {FIELDS[kind]({ action, c })}
    </>
  );
}

interface FieldProps {
  action: string;
  c: CaseView;
}

function StepDate({ action }: { action: string }) {
  const { t } = useI18n();
  const today = dayjs(formatDate(new Date()));
  return (
    <Form.Item
      name="date"
      label={t('办理日期', 'Date of the step')}
      extra={t('法定期限按此日期计算；不得晚于今日', 'Statutory periods count from it; not after today')}
    >
      <DatePicker
        style={{ width: '100%' }}
        allowClear={false}
        disabledDate={(d) => d.isAfter(today, 'day')}
        data-testid={`action-${action}-date`}
      />
    </Form.Item>
  );
}

function useRules() {
  const { t } = useI18n();
  return {
    required: (zh: string, en: string) => [{ required: true, whitespace: true, message: t(zh, en) }],
    reason: [
      { required: true, whitespace: true, message: t('请写明理由', 'Give the reason') },
      { min: 2, message: t('至少 2 个字', 'At least 2 characters') },
    ],
    yuan: [
      {
        validator: async (_: unknown, v: unknown) => {
          if (!isYuanText(v)) throw new Error(t('金额以元为单位，最多两位小数', 'Yuan, at most two decimals'));
        },
      },
    ],
  };
}

function TextArea({
  name,
  label,
  rules,
  testId,
  rows = 3,
}: {
  name: string | string[];
  label: string;
  rules?: object[];
  testId: string;
  rows?: number;
}) {
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 12 }} data-testid={testId} />
    </Form.Item>
  );
}

function YuanInput({
  name,
  label,
  testId,
  extra,
  hidden,
}: {
  name: string | string[];
  label: string;
  testId: string;
  extra?: ReactNode;
  hidden?: boolean;
}) {
  const rules = useRules();
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      hidden={hidden}
      rules={[...rules.yuan, ...(hidden ? [] : [{ required: true, message: t('请填写金额', 'Enter the amount') }])]}
    >
      <InputNumber<string>
        stringMode
        min="0"
        step="1"
        precision={2}
        style={{ width: '100%' }}
        suffix={t('元', 'yuan')}
        inputMode="decimal"
        data-testid={testId}
      />
    </Form.Item>
  );
}

/** The fine when 罚款 is chosen, the confiscated gains when 没收违法所得 is. */
function AmountFields({ action, fineExtra }: { action: string; fineExtra?: ReactNode }) {
  const { t } = useI18n();
  const kinds = Form.useWatch('penaltyKinds') as PenaltyKind[] | undefined;
  const fine = !!kinds?.includes('fine');
  const gains = !!kinds?.includes('confiscate_gains');
  if (!fine && !gains) return null;
  return (
    <Row gutter={12}>
      {fine && (
        <Col xs={24} md={12}>
          <YuanInput name="fineYuan" label={t('罚款金额', 'Fine')} testId={`action-${action}-fine`} extra={fineExtra} />
        </Col>
      )}
      {gains && (
        <Col xs={24} md={12}>
          <YuanInput
            name="confiscationYuan"
            label={t('没收违法所得金额', 'Confiscated gains')}
            testId={`action-${action}-confiscation`}
          />
        </Col>
      )}
    </Row>
  );
}

function ReviewChanges({ action }: { action: string }) {
  const { t } = useI18n();
  const kinds = Form.useWatch(['changes', 'penaltyKinds']) as PenaltyKind[] | undefined;
  return (
    <>
      <PenaltyKindsSelect name={['changes', 'penaltyKinds']} testId={`action-${action}-kinds`} required={false} />
      {kinds?.includes('fine') && (
        <YuanInput
          name={['changes', 'fineYuan']}
          label={t('修改后的罚款金额', 'Changed fine')}
          testId={`action-${action}-fine`}
        />
      )}
    </>
  );
}

function PenaltyKindsSelect({
  name,
  testId,
  only,
  required = true,
}: {
  name: string | string[];
  testId: string;
  only?: PenaltyKind[];
  required?: boolean;
}) {
  const { t, label } = useI18n();
  const kinds = only ?? PENALTY_KINDS.filter((k) => k !== 'detention');
  return (
    <Form.Item
      name={name}
      label={t('处罚种类', 'Penalty kinds')}
      rules={
        required ? [{ required: true, type: 'array', min: 1, message: t('请选择处罚种类', 'Choose the kinds') }] : []
      }
    >
      <Select
        mode="multiple"
        options={kinds.map((k) => ({ value: k, label: label(PENALTY_KIND_LABELS[k]) }))}
        placeholder={t('选择处罚种类', 'Choose the kinds')}
        data-testid={testId}
      />
    </Form.Item>
  );
}

function Articles({ action }: { action: string }) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item
          name="violatedArticles"
          label={t('违反的规定', 'Provisions violated')}
          rules={rules.required('请写明违反的法律条款', 'Cite the provisions violated')}
        >
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            placeholder={t('如：《中华人民共和国食品安全法》第三十四条第（十）项', 'e.g. 《…法》第三十四条')}
            data-testid={`action-${action}-violated`}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="appliedArticles"
          label={t('处罚依据', 'Provisions applied')}
          rules={rules.required('请写明处罚依据', 'Cite the provisions applied')}
        >
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            placeholder={t('如：《中华人民共和国食品安全法》第一百二十四条第一款', 'e.g. 《…法》第一百二十四条')}
            data-testid={`action-${action}-applied`}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

function ProposeFields({ action, c }: FieldProps) {
  const { t } = useI18n();
  const rules = useRules();
  const benchmarks = useAgencyBenchmarks(c.agency.id);
  const noPenalty = Form.useWatch('noPenalty') as boolean | undefined;
  return (
    <>
      <TextArea
        name="factsText"
        label={t('违法事实', 'Facts found')}
        rules={rules.required('请写明违法事实', 'State the facts')}
        testId={`action-${action}-facts`}
        rows={4}
      />
      <Articles action={action} />
      <Form.Item name="noPenalty" valuePropName="checked">
        <Checkbox data-testid={`action-${action}-no-penalty`}>
          {t('不予行政处罚（《行政处罚法》第三十三条）', 'No penalty (Penalty Law Art. 33)')}
        </Checkbox>
      </Form.Item>
      {!noPenalty && (
        <>
          <PenaltyKindsSelect name="penaltyKinds" testId={`action-${action}-kinds`} />
          <AmountFields action={action} />
        </>
      )}
      <Form.Item
        name="benchmarkId"
        label={t('适用的裁量基准', 'Discretion benchmark applied')}
        extra={t(
          '处罚超出基准幅度的，须写明理由，并须经法制审核（《行政处罚法》第三十四条）',
          'Outside the benchmark’s range needs a written reason and legal review (Art. 34)',
        )}
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={benchmarks.isPending}
          options={(benchmarks.data ?? []).map((b) => ({ value: b.id, label: `${b.code} ${b.violation}` }))}
          data-testid={`action-${action}-benchmark`}
        />
      </Form.Item>
      <TextArea
        name="outsideRangeReason"
        label={t('超出裁量幅度的理由（如有）', 'Reason for leaving the range (if any)')}
        testId={`action-${action}-outside-reason`}
        rows={2}
      />
      <Form.Item name="complexOrSerious" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox data-testid={`action-${action}-complex`}>
          {t(
            '情节复杂或有重大违法行为，须负责人集体讨论（《行政处罚法》第五十七条第二款）',
            'Complex or serious: collective discussion by leaders (Art. 57 para. 2)',
          )}
        </Checkbox>
      </Form.Item>
      <Form.Item name="multipleLegalRelations" valuePropName="checked">
        <Checkbox data-testid={`action-${action}-multiple`}>
          {t('涉及多个法律关系', 'Several legal relations involved')}
        </Checkbox>
      </Form.Item>
    </>
  );
}

function ReviewFields({ action, withChanges }: FieldProps & { withChanges?: boolean }) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <>
      <TextArea
        name="opinion"
        label={t('审核意见', 'Review opinion')}
        rules={rules.reason}
        testId={`action-${action}-opinion`}
        rows={4}
      />
      {withChanges && <ReviewChanges action={action} />}
    </>
  );
}

function HostOfficerSelect({ action, c }: FieldProps) {
  const { t } = useI18n();
  const officers = useAgencyOfficers(c.agency.id);
  const handlers = new Set(c.handlersDetail.map((h) => h.officerId));
  return (
    <Form.Item
      name="hostOfficerId"
      label={t('听证主持人', 'Hearing host')}
      extra={t(
        '由非本案调查人员主持（《行政处罚法》第六十四条第（四）项）',
        'Not an investigator of the case (Art. 64 (4))',
      )}
      rules={[{ required: true, message: t('请选择主持人', 'Choose the host') }]}
    >
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        loading={officers.isPending}
        options={(officers.data ?? []).map((o) => ({
          value: o.id,
          label: handlers.has(o.id) ? `${o.name}${t('（本案承办人）', ' (handler)')}` : o.name,
          disabled: handlers.has(o.id),
        }))}
        data-testid={`action-${action}-host`}
      />
    </Form.Item>
  );
}

function ServeFields({ action }: FieldProps) {
  const { t, label } = useI18n();
  const rules = useRules();
  const method = Form.useWatch('method') as string | undefined;
  return (
    <>
      <Form.Item
        name="method"
        label={t('送达方式', 'Method')}
        rules={[{ required: true, message: t('请选择送达方式', 'Choose the method') }]}
      >
        <Select
          options={SERVICE_METHODS.map((m) => ({ value: m, label: label(SERVICE_METHOD_LABELS[m]) }))}
          data-testid={`action-${action}-method`}
        />
      </Form.Item>
      <Form.Item
        name="recipient"
        label={t('受送达人', 'Recipient')}
        rules={rules.required('请填写受送达人', 'Enter the recipient')}
      >
        <Input data-testid={`action-${action}-recipient`} />
      </Form.Item>
      <Form.Item name="place" label={t('送达地点', 'Place')}>
        <Input data-testid={`action-${action}-place`} />
      </Form.Item>
      {method === 'electronic' && (
        <Form.Item
          name="consentRef"
          label={t('当事人同意电子送达的确认书编号', 'Reference of the party’s consent')}
          extra={t(
            '须经当事人同意并签订确认书（《行政处罚法》第六十一条）',
            'Needs the party’s signed consent (Art. 61)',
          )}
          rules={rules.required('电子送达须有当事人同意', 'Electronic service needs the consent')}
        >
          <Input data-testid={`action-${action}-consent`} />
        </Form.Item>
      )}
    </>
  );
}

const FIELDS: Record<FormKind, (p: FieldProps) => ReactNode> = {
  generic: ({ action }) => <GenericNote action={action} />,
  reason: ({ action }) => <ReasonField action={action} />,
  approval: ({ action }) => <OpinionField action={action} zh="负责人审批意见" en="Leader’s approval" />,
  open: ({ action }) => <OpenFields action={action} />,
  propose: (p) => <ProposeFields {...p} />,
  review: (p) => <ReviewFields {...p} />,
  review_changes: (p) => <ReviewFields {...p} withChanges />,
  statement: ({ action }) => <StatementFields action={action} />,
  schedule_hearing: (p) => <ScheduleHearingFields {...p} />,
  record_hearing: ({ action }) => <RequiredText action={action} name="summary" zh="听证情况" en="What happened" />,
  collective: ({ action }) => <CollectiveFields action={action} />,
  extend: ({ action }) => <ExtendFields action={action} />,
  decide: ({ action }) => <DecideFields action={action} />,
  summary_decide: ({ action }) => <SummaryDecideFields action={action} />,
  serve: (p) => <ServeFields {...p} />,
  payment: ({ action }) => <PaymentFields action={action} />,
  remedy: ({ action }) => <RemedyFields action={action} />,
  court: ({ action }) => <CourtFields action={action} />,
  refer: ({ action }) => <ReferFields action={action} />,
  supplement: ({ action }) => (
    <RequiredText action={action} name="missingItems" zh="需补正的材料" en="Missing materials" />
  ),
  licence: ({ action }) => <LicenceFields action={action} />,
  inspection_result: ({ action }) => <InspectionResultFields action={action} />,
};

function GenericNote({ action }: { action: string }) {
  const { t } = useI18n();
  return <TextArea name="note" label={t('备注', 'Note')} testId={`action-${action}-note`} rows={2} />;
}

function ReasonField({ action }: { action: string }) {
  const { t } = useI18n();
  const rules = useRules();
  return <TextArea name="reason" label={t('理由', 'Reason')} rules={rules.reason} testId={`action-${action}-reason`} />;
}

function OpinionField({ action, zh, en }: { action: string; zh: string; en: string }) {
  const { t } = useI18n();
  const rules = useRules();
  return <TextArea name="opinion" label={t(zh, en)} rules={rules.reason} testId={`action-${action}-opinion`} />;
}

function RequiredText({ action, name, zh, en }: { action: string; name: string; zh: string; en: string }) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <TextArea
      name={name}
      label={t(zh, en)}
      rules={rules.required(`请填写${zh}`, `Enter: ${en}`)}
      testId={`action-${action}-${name}`}
      rows={4}
    />
  );
}

function OpenFields({ action }: { action: string }) {
  const { t } = useI18n();
  return (
    <>
      <OpinionField action={action} zh="负责人立案审批意见" en="Leader’s approval to open" />
      <TextArea
        name="limitationReason"
        label={t('超过追责时效的，时效未届满的理由', 'If past the limitation period: why it has not run')}
        testId={`action-${action}-limitation-reason`}
        rows={2}
      />
    </>
  );
}

function StatementFields({ action }: { action: string }) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <>
      <TextArea
        name="statement"
        label={t('当事人陈述、申辩', 'The party’s statement and defence')}
        rules={rules.required('请记录陈述申辩内容', 'Record the statement')}
        testId={`action-${action}-statement`}
        rows={4}
      />
      <Form.Item
        name="adopted"
        label={t('是否采纳', 'Adopted')}
        extra={t(
          '不得因当事人陈述、申辩而给予更重的处罚（《行政处罚法》第四十五条）',
          'No heavier penalty for defending (Art. 45)',
        )}
      >
        <Radio.Group
          options={[
            { value: true, label: t('采纳', 'Adopted') },
            { value: false, label: t('不采纳', 'Not adopted') },
          ]}
          data-testid={`action-${action}-adopted`}
        />
      </Form.Item>
      <TextArea name="reply" label={t('复核意见', 'Reply')} testId={`action-${action}-reply`} rows={2} />
    </>
  );
}

function ScheduleHearingFields(p: FieldProps) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <>
      <Form.Item
        name="hearingOn"
        label={t('听证日期', 'Hearing date')}
        extra={t(
          '应当在举行听证的七个工作日前通知当事人（《行政处罚法》第六十四条第（二）项）',
          'Notify 7 working days before (Art. 64 (2))',
        )}
        rules={[{ required: true, message: t('请选择听证日期', 'Choose the date') }]}
      >
        <DatePicker style={{ width: '100%' }} data-testid={`action-${p.action}-hearing-on`} />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('听证地点', 'Place')}
        rules={rules.required('请填写听证地点', 'Enter the place')}
      >
        <Input data-testid={`action-${p.action}-place`} />
      </Form.Item>
      <HostOfficerSelect {...p} />
    </>
  );
}

function CollectiveFields({ action }: { action: string }) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <>
      <Form.Item
        name="participants"
        label={t('参加人员', 'Participants')}
        rules={rules.required('请填写参加人员', 'Enter the participants')}
      >
        <Input data-testid={`action-${action}-participants`} />
      </Form.Item>
      <TextArea
        name="conclusion"
        label={t('讨论结论', 'Conclusion')}
        rules={rules.required('请填写讨论结论', 'Enter the conclusion')}
        testId={`action-${action}-conclusion`}
      />
    </>
  );
}

function ExtendFields({ action }: { action: string }) {
  const { t } = useI18n();
  return (
    <>
      <ReasonField action={action} />
      <Form.Item
        name="amount"
        label={t('延长期限', 'Extension')}
        extra={t('不填则按法定最长延长期限', 'Empty: the statutory maximum')}
      >
        <InputNumber
          min={1}
          max={365}
          precision={0}
          style={{ width: '100%' }}
          data-testid={`action-${action}-amount`}
        />
      </Form.Item>
    </>
  );
}

function DecideFields({ action }: { action: string }) {
  const { t } = useI18n();
  const noPenalty = Form.useWatch('noPenalty') as boolean | undefined;
  return (
    <>
      <Form.Item name="noPenalty" valuePropName="checked">
        <Checkbox data-testid={`action-${action}-no-penalty`}>{t('不予行政处罚', 'No penalty')}</Checkbox>
      </Form.Item>
      {!noPenalty && (
        <>
          <PenaltyKindsSelect name="penaltyKinds" testId={`action-${action}-kinds`} />
          <AmountFields
            action={action}
            fineExtra={t('不得重于事先告知的处罚（《行政处罚法》第四十五条）', 'Not heavier than notified (Art. 45)')}
          />
        </>
      )}
      <TextArea
        name="overdueReason"
        label={t('超过办案期限的理由（如有）', 'Reason for deciding late (if any)')}
        testId={`action-${action}-overdue-reason`}
        rows={2}
      />
    </>
  );
}

function SummaryDecideFields({ action }: { action: string }) {
  const { t } = useI18n();
  const rules = useRules();
  const kinds = Form.useWatch('penaltyKinds') as PenaltyKind[] | undefined;
  return (
    <>
      <TextArea
        name="factsText"
        label={t('违法事实', 'Facts')}
        rules={rules.required('请写明违法事实', 'State the facts')}
        testId={`action-${action}-facts`}
      />
      <Articles action={action} />
      <PenaltyKindsSelect name="penaltyKinds" testId={`action-${action}-kinds`} only={['warning', 'fine']} />
      <YuanInput
        name="fineYuan"
        hidden={!kinds?.includes('fine')}
        label={t('罚款金额', 'Fine')}
        testId={`action-${action}-fine`}
        extra={t(
          '当场处罚限于警告，或对公民二百元以下、对法人或其他组织三千元以下罚款（《行政处罚法》第五十一条）',
          'Warning, or ≤ 200 yuan (citizen) / ≤ 3,000 yuan (organisation) (Art. 51)',
        )}
      />
    </>
  );
}

function PaymentFields({ action }: { action: string }) {
  const { t } = useI18n();
  return (
    <>
      <YuanInput name="amountYuan" label={t('缴纳金额', 'Amount paid')} testId={`action-${action}-amount`} />
      <Form.Item name="onTheSpot" valuePropName="checked">
        <Checkbox data-testid={`action-${action}-on-the-spot`}>
          {t(
            '当场收缴（一百元以下，或不当场收缴事后难以执行；《行政处罚法》第六十八条）',
            'Collected on the spot (≤ 100 yuan, or hard to collect later; Art. 68)',
          )}
        </Checkbox>
      </Form.Item>
      <Form.Item name="receiptNumber" label={t('票据号码', 'Receipt number')}>
        <Input data-testid={`action-${action}-receipt`} />
      </Form.Item>
    </>
  );
}

function RemedyFields({ action }: { action: string }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="kind" label={t('救济途径', 'Remedy')}>
        <Radio.Group
          options={[
            { value: 'review', label: t('行政复议', 'Administrative review') },
            { value: 'litigation', label: t('行政诉讼', 'Litigation') },
          ]}
          data-testid={`action-${action}-kind`}
        />
      </Form.Item>
      <GenericNote action={action} />
    </>
  );
}

function CourtFields({ action }: { action: string }) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <>
      <Form.Item name="court" label={t('受理法院', 'Court')} rules={rules.required('请填写法院', 'Enter the court')}>
        <Input data-testid={`action-${action}-court`} />
      </Form.Item>
      <GenericNote action={action} />
    </>
  );
}

function ReferFields({ action }: { action: string }) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <>
      <OpinionField action={action} zh="负责人批准移送意见" en="Leader’s approval to refer" />
      <Form.Item
        name="police"
        label={t('移送的公安机关', 'Police authority')}
        rules={rules.required('请填写公安机关', 'Enter the police authority')}
      >
        <Input data-testid={`action-${action}-police`} />
      </Form.Item>
    </>
  );
}

function LicenceFields({ action }: { action: string }) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <Form.Item
      name="licenceNumber"
      label={t('许可证件编号', 'Licence number')}
      rules={rules.required('请填写许可证件编号', 'Enter the licence number')}
    >
      <Input data-testid={`action-${action}-licence-number`} />
    </Form.Item>
  );
}

function InspectionResultFields({ action }: { action: string }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="result"
        label={t('检查结果', 'Result')}
        rules={[{ required: true, message: t('请选择检查结果', 'Choose the result') }]}
      >
        <Radio.Group
          options={[
            { value: 'no_issue', label: t('未发现问题', 'No issue') },
            { value: 'rectify', label: t('责令整改', 'Rectify') },
            { value: 'violation_found', label: t('发现违法行为', 'Violation found') },
          ]}
          data-testid={`action-${action}-result`}
        />
      </Form.Item>
      <RequiredText action={action} name="summary" zh="检查情况" en="Summary" />
    </>
  );
}
