// Create or edit a court appearance of an agency head (负责人出庭应诉): the case, the hearing, whether the head
// appeared (name, post, 正职/副职, spoke in court) or — not appearing — the reason and the official entrusted
// (行政诉讼法第三条第三款), and later the outcome.
import { useEffect, useState } from 'react';
import { Alert, App, AutoComplete, Button, DatePicker, Drawer, Flex, Form, Input, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  CASE_OUTCOMES,
  CASE_OUTCOME_LABELS,
  LEADER_APPEARANCE_BASIS,
  LEADER_RANKS,
  LEADER_RANK_LABELS,
  type CaseOutcome,
  type CourtAppearanceView,
  type LeaderRank,
} from '../../../../../contracts/leader-record';
import { AgencyTreeSelect, type AgencyOption } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useSaveAppearance } from '../api';

export type AppearanceTarget =
  { mode: 'create'; agencyId: string | null } | { mode: 'edit'; appearance: CourtAppearanceView };

interface Values {
  agencyId: string | null;
  court: string;
  caseNumber: string;
  cause: string;
  plaintiff?: string;
  hearingDate: Dayjs;
  appeared: boolean;
  appearedName?: string;
  appearedPost?: string;
  appearedRank?: LeaderRank;
  spoke?: boolean;
  absenceReason?: string;
  delegateName?: string;
  delegatePost?: string;
  outcome: CaseOutcome;
  outcomeDate?: Dayjs | null;
  note?: string;
}

const COURTS = ['香格里拉市人民法院', '迪庆藏族自治州中级人民法院', '云南省高级人民法院'];

export function AppearanceDrawer({
  target,
  agencies,
  onClose,
}: {
  target: AppearanceTarget | null;
  agencies: readonly AgencyOption[];
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveAppearance();
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);
  const editing = target?.mode === 'edit' ? target.appearance : null;
  const appeared = Form.useWatch('appeared', form);
  const outcome = Form.useWatch('outcome', form);

  useEffect(() => {
    if (!target) return;
    setError(null);
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        agencyId: editing.agency.id,
        court: editing.court,
        caseNumber: editing.caseNumber,
        cause: editing.cause,
        plaintiff: editing.plaintiff ?? '',
        hearingDate: dayjs(editing.hearingDate),
        appeared: editing.appeared,
        appearedName: editing.appearedName ?? '',
        appearedPost: editing.appearedPost ?? '',
        appearedRank: editing.appearedRank ?? undefined,
        spoke: editing.spoke,
        absenceReason: editing.absenceReason ?? '',
        delegateName: editing.delegateName ?? '',
        delegatePost: editing.delegatePost ?? '',
        outcome: editing.outcome,
        outcomeDate: editing.outcomeDate ? dayjs(editing.outcomeDate) : null,
        note: editing.note ?? '',
      });
    } else {
      form.setFieldsValue({
        agencyId: target.mode === 'create' ? target.agencyId : null,
        court: COURTS[0],
        appeared: true,
        appearedRank: 'principal',
        spoke: true,
        outcome: 'pending',
      });
    }
  }, [target, editing, form]);

  const submit = async (v: Values) => {
    setError(null);
    const body = {
      court: v.court,
      caseNumber: v.caseNumber,
      cause: v.cause,
      plaintiff: v.plaintiff || null,
      hearingDate: v.hearingDate.format('YYYY-MM-DD'),
      appeared: v.appeared,
      appearedName: v.appeared ? v.appearedName || null : null,
      appearedPost: v.appeared ? v.appearedPost || null : null,
      appearedRank: v.appeared ? (v.appearedRank ?? null) : null,
      spoke: v.appeared ? !!v.spoke : false,
      absenceReason: v.appeared ? null : v.absenceReason || null,
      delegateName: v.appeared ? null : v.delegateName || null,
      delegatePost: v.appeared ? null : v.delegatePost || null,
      outcome: v.outcome,
      outcomeDate: v.outcome !== 'pending' && v.outcomeDate ? v.outcomeDate.format('YYYY-MM-DD') : null,
      note: v.note || null,
    };
    try {
      if (editing) await save.mutateAsync({ id: editing.id, body });
      else await save.mutateAsync({ body: { ...body, agencyId: v.agencyId ?? '' } });
      message.success(t('已保存', 'Saved'));
      onClose();
    } catch (e) {
      const applied = applyServerErrors(form, e);
      setError({ error: e, details: applied.unmatched });
    }
  };

  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={
        editing
          ? t(`编辑出庭应诉：${editing.caseNumber}`, `Edit: ${editing.caseNumber}`)
          : t('登记负责人出庭应诉', 'Record a court appearance')
      }
      data-testid="appearance-drawer"
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="appearance-save">
          {t('保存', 'Save')}
        </Button>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={label(LEADER_APPEARANCE_BASIS)} />
      {error && <ErrorAlert error={error.error} details={error.details} testId="appearance-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="agencyId"
          label={t('被诉行政机关', 'Agency sued')}
          rules={[{ required: true, message: t('请选择单位', 'Choose the agency') }]}
        >
          <AgencyTreeSelect agencies={agencies} disabled={!!editing} id="appearanceAgency" />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="court" label={t('审理法院', 'Court')} style={{ flex: 1 }} rules={[{ required: true }]}>
            <AutoComplete options={COURTS.map((c) => ({ value: c }))} data-testid="appearance-court" />
          </Form.Item>
          <Form.Item
            name="caseNumber"
            label={t('案号', 'Case number')}
            style={{ flex: 1 }}
            rules={[{ required: true }]}
          >
            <Input placeholder="（2026）云3401行初12号" maxLength={40} data-testid="appearance-case-number" />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="cause" label={t('案由', 'Cause')} style={{ flex: 1 }} rules={[{ required: true }]}>
            <Input
              placeholder={t('如：行政处罚', 'e.g. administrative penalty')}
              maxLength={200}
              data-testid="appearance-cause"
            />
          </Form.Item>
          <Form.Item name="plaintiff" label={t('原告', 'Plaintiff')} style={{ flex: 1 }}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="hearingDate" label={t('开庭日期', 'Hearing date')} rules={[{ required: true }]}>
            <DatePicker
              allowClear={false}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              data-testid="appearance-date"
            />
          </Form.Item>
        </Flex>
        <Form.Item name="appeared" label={t('负责人是否出庭', 'Did the head appear?')}>
          <Radio.Group data-testid="appearance-appeared">
            <Radio value={true}>{t('出庭', 'Appeared')}</Radio>
            <Radio value={false}>{t('未出庭（委托工作人员）', 'Did not (entrusted an official)')}</Radio>
          </Radio.Group>
        </Form.Item>
        {appeared !== false ? (
          <Flex gap={12} wrap>
            <Form.Item name="appearedName" label={t('出庭负责人', 'Head')} style={{ width: 160 }}>
              <Input maxLength={50} data-testid="appearance-name" />
            </Form.Item>
            <Form.Item name="appearedPost" label={t('职务', 'Post')} style={{ width: 180 }}>
              <Input maxLength={100} data-testid="appearance-post" />
            </Form.Item>
            <Form.Item name="appearedRank" label={t('正职/副职', 'Rank')} style={{ width: 150 }}>
              <Select options={LEADER_RANKS.map((r) => ({ value: r, label: label(LEADER_RANK_LABELS[r]) }))} />
            </Form.Item>
            <Form.Item name="spoke" label={t('出庭出声', 'Spoke in court')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Flex>
        ) : (
          <>
            <Form.Item
              name="absenceReason"
              label={t('不能出庭的理由', 'Reason for not appearing')}
              extra={t(
                '须向人民法院书面说明（《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第八条）。',
                'To be explained to the court in writing (SPC Provisions Art. 8).',
              )}
            >
              <Input.TextArea rows={2} maxLength={500} data-testid="appearance-absence" />
            </Form.Item>
            <Flex gap={12}>
              <Form.Item name="delegateName" label={t('受委托出庭人员', 'Entrusted official')} style={{ flex: 1 }}>
                <Input maxLength={50} data-testid="appearance-delegate" />
              </Form.Item>
              <Form.Item name="delegatePost" label={t('职务', 'Post')} style={{ flex: 1 }}>
                <Input maxLength={100} data-testid="appearance-delegate-post" />
              </Form.Item>
            </Flex>
          </>
        )}
        <Flex gap={12}>
          <Form.Item name="outcome" label={t('裁判结果', 'Outcome')} style={{ width: 220 }}>
            <Select options={CASE_OUTCOMES.map((o) => ({ value: o, label: label(CASE_OUTCOME_LABELS[o]) }))} />
          </Form.Item>
          {outcome && outcome !== 'pending' && (
            <Form.Item name="outcomeDate" label={t('裁判日期', 'Judgment date')}>
              <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          )}
        </Flex>
        <Form.Item name="note" label={t('备注', 'Note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
