// 发证: pick the officer (within the justice bureau's scope), see whether they meet the conditions — in post, on an
// establishment (编外人员不得执法, 国办发〔2024〕54号), passed the qualification exam and completed the training hours
// within the window before the issue date — then choose the domains and validity. The number is made in the
// national style unless the region keeps its own format (then it is typed).
import { useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Select,
  Spin,
  Typography,
} from 'antd';
import CheckCircleFilled from '@ant-design/icons/CheckCircleFilled';
import CloseCircleFilled from '@ant-design/icons/CloseCircleFilled';
import type { CertificateOfficerView } from '../../../../../contracts/certificate';
import { DOMAIN_LABELS, type EnforcementDomain } from '../../../../../contracts/personnel';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useCertificateOfficers, useIssueCertificate } from '../api';

interface Values {
  officerId: string;
  domains: EnforcementDomain[];
  issuedOn: Dayjs;
  expiresOn: Dayjs;
  number?: string;
}

export function IssueCertificateDrawer({ onClose, onIssued }: { onClose: () => void; onIssued: (id: string) => void }) {
  const { t, label, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<CertificateOfficerView | null>(null);
  const today = useMemo(() => dayjs(formatDate(new Date())), []);
  const issuedOn = Form.useWatch('issuedOn', form) as Dayjs | undefined;
  const on = (issuedOn ?? today).format('YYYY-MM-DD');
  const officers = useCertificateOfficers(search, on, true);
  const current = picked ? (officers.data?.find((o) => o.id === picked.id) ?? picked) : null;
  const issue = useIssueCertificate();
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);

  const run = async (v: Values) => {
    setError(null);
    try {
      const c = await issue.mutateAsync({
        officerId: v.officerId,
        domains: v.domains,
        issuedOn: v.issuedOn.format('YYYY-MM-DD'),
        expiresOn: v.expiresOn.format('YYYY-MM-DD'),
        number: v.number?.trim() || undefined,
      });
      message.success(t(`已发证：${c.number}`, `Issued: ${c.number}`));
      onIssued(c.id);
    } catch (e) {
      const applied = applyServerErrors(form, e);
      setError({ error: e, details: applied.unmatched.map((u) => u.replace(/^[\w.]+: /, '')) });
    }
  };

  return (
    <Drawer
      open
      size={640}
      title={t('发证', 'Issue a certificate')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
          <Button
            type="primary"
            loading={issue.isPending}
            disabled={!current?.eligibility.eligible || !!current?.currentCertificate}
            onClick={() => form.submit()}
            data-testid="certificate-issue-submit"
          >
            {t('发证', 'Issue')}
          </Button>
        </Flex>
      }
    >
      {error && <ErrorAlert error={error.error} details={error.details} />}
      <Form<Values>
        form={form}
        layout="vertical"
        name="certificateIssue"
        initialValues={{ issuedOn: today, expiresOn: today.add(5, 'year').subtract(1, 'day'), domains: [] }}
        onFinish={(v) => void run(v)}
      >
        <Form.Item
          name="officerId"
          label={t('执法人员', 'Officer')}
          rules={[{ required: true, message: t('请选择执法人员', 'Choose the officer') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('输入姓名查找', 'Type a name')}
            notFoundContent={
              officers.isFetching ? <Spin size="small" /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            }
            options={(officers.data ?? []).map((o) => ({
              value: o.id,
              label: `${o.name}（${o.agency.name}）`,
            }))}
            onChange={(id: string) => {
              const o = officers.data?.find((x) => x.id === id) ?? null;
              setPicked(o);
              form.setFieldValue('domains', o?.domains ?? []);
            }}
            data-testid="certificate-issue-officer"
          />
        </Form.Item>
        {current && (
          <Alert
            style={{ marginBottom: 16 }}
            type={current.eligibility.eligible && !current.currentCertificate ? 'success' : 'error'}
            showIcon
            data-testid="certificate-eligibility"
            data-eligible={String(current.eligibility.eligible)}
            title={
              current.currentCertificate
                ? t(
                    `该执法人员已持有未注销的执法证 ${current.currentCertificate.number}，请换证延续或先注销`,
                    `Already holds certificate ${current.currentCertificate.number}: renew it or revoke it first`,
                  )
                : current.eligibility.eligible
                  ? t('符合发证条件', 'Meets the conditions')
                  : t('不符合发证条件', 'Does not meet the conditions')
            }
            description={
              <div>
                <List
                  size="small"
                  dataSource={current.eligibility.checks}
                  renderItem={(c) => (
                    <List.Item
                      style={{ padding: '2px 0', border: 0 }}
                      data-testid="certificate-check"
                      data-ok={String(c.ok)}
                    >
                      {c.ok ? (
                        <CheckCircleFilled style={{ color: '#52c41a', marginInlineEnd: 6 }} />
                      ) : (
                        <CloseCircleFilled style={{ color: '#ff4d4f', marginInlineEnd: 6 }} />
                      )}
                      {lang === 'en' ? c.message.en : c.message.zh}
                    </List.Item>
                  )}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(
                    `考试与学时统计期间：${current.eligibility.window.from} 至 ${current.eligibility.window.to}（《行政处罚法》第四十二条：执法人员须取得执法证件；编外人员不得执法，国办发〔2024〕54号）`,
                    `Counted from ${current.eligibility.window.from} to ${current.eligibility.window.to} (Administrative Penalty Law Art. 42)`,
                  )}
                </Typography.Text>
              </div>
            }
          />
        )}
        <Form.Item
          name="domains"
          label={t('执法领域', 'Domains')}
          rules={[{ required: true, message: t('请选择执法领域', 'Choose the domains') }]}
        >
          <Checkbox.Group
            options={(current?.domains ?? []).map((d) => ({ value: d, label: label(DOMAIN_LABELS[d]) }))}
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="issuedOn" label={t('发证日期', 'Issued on')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('有效期至', 'Valid until')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="number"
          label={t('证号（留空按全国统一格式自动编号）', 'Number (empty: numbered in the national style)')}
          extra={t(
            '全国统一格式：发证机关行政区划代码 6 位 + 执法领域代码 2 位 + 顺序号 6 位。',
            'National style: region code (6) + domain code (2) + serial (6).',
          )}
        >
          <Input maxLength={40} data-testid="certificate-issue-number" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
