// 标记修改 / 废止 (law.write): mark a version, or some of its articles, amended or repealed. Before confirming, the
// justice bureau sees every power, benchmark, catalogue rule and threshold that cites the text, by agency; on
// confirming, each of those agencies gets a review task (立改废审查). Nothing that cites the law changes by itself.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CITATION_SUBJECT_LABELS } from '../../../../../contracts/law-change';
import type { LawVersionView } from '../../../../../contracts/law';
import { errorMessage } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { useI18n } from '../../../lib/i18n';
import { useLawImpact, useRecordLawChange } from '../api';

interface Values {
  kind: 'amended' | 'repealed';
  scope: 'law' | 'articles';
  articleSeqs?: number[];
  effectiveDate: Dayjs;
  note?: string;
}

export function LawChangeButton({ data }: { data: LawVersionView }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid="law-change-open">
        {t('标记修改/废止', 'Mark amended/repealed')}
      </Button>
      {open && <LawChangeModal data={data} onClose={() => setOpen(false)} />}
    </>
  );
}

function LawChangeModal({ data, onClose }: { data: LawVersionView; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form) ?? 'law';
  const seqs = (Form.useWatch('articleSeqs', form) as number[] | undefined) ?? [];
  const chosen = scope === 'articles' ? seqs : [];
  const impact = useLawImpact(data.version.id, chosen, scope === 'law' || chosen.length > 0);
  const record = useRecordLawChange(data.version.id);

  const submit = async (v: Values) => {
    try {
      const change = await record.mutateAsync({
        kind: v.kind,
        articleSeqs: v.scope === 'articles' ? (v.articleSeqs ?? []) : [],
        effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
        note: v.note?.trim() || undefined,
      });
      message.success(
        t(
          `已记录，已向 ${change.progress.agencies} 个单位下发审查任务`,
          `Recorded; review tasks sent to ${change.progress.agencies} agencies`,
        ),
      );
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Modal
      open
      title={`${t('标记修改/废止', 'Mark amended/repealed')} ·《${data.law.title}》`}
      width={760}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('确认并下发审查任务', 'Confirm and send review tasks')}
      okButtonProps={{ danger: true, loading: record.isPending, ...testId('law-change-confirm') }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="law_change"
        initialValues={{ kind: 'amended', scope: 'law', effectiveDate: dayjs() }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="kind" label={t('变更类型', 'Change')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'amended', label: t('修改', 'Amended') },
              { value: 'repealed', label: t('废止', 'Repealed') },
            ]}
          />
        </Form.Item>
        <Form.Item name="scope" label={t('范围', 'Scope')}>
          <Radio.Group
            options={[
              { value: 'law', label: t('整部法规', 'The whole law') },
              { value: 'articles', label: t('部分条文', 'Some articles') },
            ]}
          />
        </Form.Item>
        {scope === 'articles' && (
          <Form.Item
            name="articleSeqs"
            label={t('条文', 'Articles')}
            rules={[{ required: true, message: t('请选择条文', 'Choose the articles') }]}
          >
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              data-testid="law-change-articles"
              options={data.articles.map((a) => ({ value: a.seq, label: a.label }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="effectiveDate"
          label={t('生效日期', 'Effective date')}
          rules={[{ required: true, message: t('请选择日期', 'Choose a date') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={t('说明', 'Note')}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('如：被某某条例第X条取代', 'e.g. replaced by …')} />
        </Form.Item>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('受影响的引用', 'Records citing this text')}
      </Typography.Title>
      <div data-testid="law-change-impact" style={{ maxHeight: 260, overflow: 'auto' }}>
        {impact.isLoading && <Spin />}
        {impact.error && <Alert type="error" message={errorMessage(impact.error)} />}
        {impact.data && impact.data.total === 0 && (
          <Empty description={t('暂无权责事项、裁量基准等引用此文本', 'Nothing cites this text yet')} />
        )}
        {impact.data && impact.data.total > 0 && (
          <>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              message={t(
                `${impact.data.agencies.length} 个单位的 ${impact.data.total} 处引用将生成审查任务；被引用的记录不会被自动修改`,
                `${impact.data.total} citations in ${impact.data.agencies.length} agencies get review tasks; nothing is changed automatically`,
              )}
            />
            <List
              size="small"
              dataSource={impact.data.agencies}
              renderItem={(a) => (
                <List.Item data-testid="law-change-impact-agency" data-agency-name={a.agencyName}>
                  <div style={{ width: '100%' }}>
                    <strong>{a.agencyName}</strong>
                    <div>
                      {a.records.map((r) => (
                        <Tag key={`${r.subjectKind}:${r.subjectId}:${r.role}:${r.articleSeq}`} style={{ marginTop: 4 }}>
                          {label(CITATION_SUBJECT_LABELS[r.subjectKind], r.subjectKind)} · {r.subjectLabel} ·{' '}
                          {r.articleLabel}
                        </Tag>
                      ))}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </>
        )}
      </div>
    </Modal>
  );
}
