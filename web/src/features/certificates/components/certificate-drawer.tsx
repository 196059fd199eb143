// One certificate: its particulars, today's status, the card with the QR code (for printing), the whole history of
// changes with their reasons, and the justice bureau's actions — suspend (暂扣), reinstate (恢复), revoke (注销,
// final) with a reason, renew (换证延续) with a new validity — enabled from the server's abilities.
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Modal,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import PrinterOutlined from '@ant-design/icons/PrinterOutlined';
import {
  CERTIFICATE_EVENT_LABELS,
  CERTIFICATE_STATUS_LABELS,
  type CertificateDetail,
} from '../../../../../contracts/certificate';
import { DOMAIN_LABELS } from '../../../../../contracts/personnel';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useCertificate, useChangeCertificateStatus, useRenewCertificate } from '../api';
import { CertificateCard, verifyUrlOf } from './certificate-card';
import { CertificateStatusTag } from './certificate-status-tag';

type StatusAction = 'suspend' | 'reinstate' | 'revoke';

const ACTION_TEXT: Record<StatusAction, { zh: string; en: string; hint: { zh: string; en: string } }> = {
  suspend: {
    zh: '暂扣',
    en: 'Suspend',
    hint: { zh: '暂扣期间持证人不得从事行政执法活动。', en: 'While suspended the holder may not enforce.' },
  },
  reinstate: {
    zh: '恢复',
    en: 'Reinstate',
    hint: { zh: '恢复后证件重新有效。', en: 'The certificate becomes valid again.' },
  },
  revoke: {
    zh: '注销',
    en: 'Revoke',
    hint: {
      zh: '注销后不可恢复；持证人如需执法须重新申领。',
      en: 'Revocation is final: the holder must be issued a new certificate.',
    },
  },
};

export function CertificateDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, label } = useI18n();
  const query = useCertificate(id);
  const [action, setAction] = useState<StatusAction | null>(null);
  const [renewing, setRenewing] = useState(false);
  const [card, setCard] = useState(false);
  const c = query.data;

  return (
    <Drawer
      open
      size={720}
      title={c ? `${t('执法证', 'Certificate')} ${c.number}` : t('执法证', 'Certificate')}
      onClose={onClose}
      destroyOnHidden
      extra={
        c && (
          <Flex gap={8} wrap>
            <Button icon={<PrinterOutlined />} onClick={() => setCard(true)} data-testid="certificate-card-open">
              {t('证件卡面', 'Card')}
            </Button>
            {c.abilities.renew && (
              <Button onClick={() => setRenewing(true)} data-testid="certificate-renew">
                {t('换证延续', 'Renew')}
              </Button>
            )}
            {(['suspend', 'reinstate', 'revoke'] as const)
              .filter((a) => c.abilities[a])
              .map((a) => (
                <Button
                  key={a}
                  danger={a !== 'reinstate'}
                  onClick={() => setAction(a)}
                  data-testid={`certificate-${a}`}
                >
                  {t(ACTION_TEXT[a].zh, ACTION_TEXT[a].en)}
                </Button>
              ))}
          </Flex>
        )
      }
    >
      {query.isPending && <Spin />}
      <ErrorAlert error={query.error} />
      {c && (
        <Flex vertical gap={16} data-testid="certificate-detail" data-number={c.number} data-status={c.status}>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label={t('证号', 'Number')}>
              <span style={{ fontFamily: 'monospace' }}>{c.number}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('今日状态', 'Status today')}>
              <CertificateStatusTag status={c.status} />
              {c.status === 'expired' && c.storedStatus !== 'valid' && (
                <Tag>{label(CERTIFICATE_STATUS_LABELS[c.storedStatus])}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('持证人', 'Holder')}>{c.officer.name}</Descriptions.Item>
            <Descriptions.Item label={t('执法单位', 'Agency')}>{c.agency.name}</Descriptions.Item>
            <Descriptions.Item label={t('执法领域', 'Domains')} span={2}>
              {c.domains.map((d) => (
                <Tag key={d}>{label(DOMAIN_LABELS[d])}</Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('发证机关', 'Issued by')}>{c.issuingAuthority}</Descriptions.Item>
            <Descriptions.Item label={t('区划代码', 'Region')}>{c.region}</Descriptions.Item>
            <Descriptions.Item label={t('发证日期', 'Issued on')}>{c.issuedOn}</Descriptions.Item>
            <Descriptions.Item label={t('有效期至', 'Valid until')}>
              {c.expiresOn}
              {c.status !== 'revoked' && (
                <Typography.Text type={c.daysLeft < 0 ? 'danger' : c.daysLeft <= 90 ? 'warning' : 'secondary'}>
                  {' '}
                  {c.daysLeft < 0
                    ? t(`（已过期 ${-c.daysLeft} 天）`, ` (expired ${-c.daysLeft} days ago)`)
                    : t(`（剩 ${c.daysLeft} 天）`, ` (${c.daysLeft} days left)`)}
                </Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('来源', 'Source')}>
              {c.source === 'platform'
                ? t('平台发证（已校验考试与培训学时）', 'Issued here (exam and training checked)')
                : c.source === 'import'
                  ? t('历史证件导入', 'Imported historical certificate')
                  : t('演示数据', 'Demo data')}
            </Descriptions.Item>
            <Descriptions.Item label={t('公开查验', 'Public check')}>
              <Typography.Link href={c.verifyPath} target="_blank" copyable={{ text: verifyUrlOf(c) }}>
                {t('查验页面', 'Verification page')}
              </Typography.Link>
            </Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>{t('变更记录', 'History')}</Typography.Title>
            <Timeline
              data-testid="certificate-history"
              items={c.events.map((e) => ({
                key: e.id,
                color: e.toStatus === 'revoked' ? 'red' : e.toStatus === 'suspended' ? 'orange' : 'green',
                content: (
                  <div data-testid="certificate-event" data-kind={e.kind}>
                    <strong>{label(CERTIFICATE_EVENT_LABELS[e.kind])}</strong>{' '}
                    <Typography.Text type="secondary">
                      <DateTime value={e.at} /> {e.actorName ?? ''}
                    </Typography.Text>
                    {e.reason && (
                      <div>
                        {t('原因：', 'Reason: ')}
                        {e.reason}
                      </div>
                    )}
                    {e.kind === 'renew' && (
                      <div>
                        {t('有效期：', 'Validity: ')}
                        {String((e.detail.from as { expiresOn?: string })?.expiresOn ?? '')} →{' '}
                        {String((e.detail.to as { expiresOn?: string })?.expiresOn ?? '')}
                      </div>
                    )}
                  </div>
                ),
              }))}
            />
          </div>
        </Flex>
      )}
      {c && action && <ReasonModal certificate={c} action={action} onClose={() => setAction(null)} />}
      {c && renewing && <RenewModal certificate={c} onClose={() => setRenewing(false)} />}
      {c && card && (
        <Modal
          open
          width={640}
          title={t('执法证卡面（可打印）', 'Certificate card (printable)')}
          onCancel={() => setCard(false)}
          footer={
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('打印', 'Print')}
            </Button>
          }
        >
          <CertificateCard certificate={c} />
        </Modal>
      )}
    </Drawer>
  );
}

function ReasonModal({
  certificate,
  action,
  onClose,
}: {
  certificate: CertificateDetail;
  action: StatusAction;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const change = useChangeCertificateStatus();
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);
  const text = ACTION_TEXT[action];
  const run = async ({ reason }: { reason: string }) => {
    setError(null);
    try {
      await change.mutateAsync({ id: certificate.id, action, reason });
      message.success(t(`已${text.zh}`, `${text.en}: done`));
      onClose();
    } catch (e) {
      const applied = applyServerErrors(form, e);
      setError({ error: e, details: applied.unmatched });
    }
  };
  return (
    <Modal
      open
      title={`${t(text.zh, text.en)} ${certificate.number}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(text.zh, text.en)}
      okButtonProps={{ danger: action !== 'reinstate', loading: change.isPending, ...testId('certificate-reason-ok') }}
      cancelText={t('取消', 'Cancel')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(text.hint.zh, text.hint.en)}</Typography.Paragraph>
      {error && <ErrorAlert error={error.error} details={error.details} />}
      <Form form={form} layout="vertical" name="certificateReason" onFinish={(v) => void run(v)}>
        <Form.Item
          name="reason"
          label={t('原因（记入证件变更记录）', 'Reason (kept in the history)')}
          rules={[
            { required: true, min: 2, message: t('请填写原因（至少 2 个字）', 'Give the reason (2+ characters)') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="certificate-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RenewModal({ certificate, onClose }: { certificate: CertificateDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ issuedOn: Dayjs; expiresOn: Dayjs; reason?: string }>();
  const renew = useRenewCertificate();
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);
  const today = dayjs();
  const run = async (v: { issuedOn: Dayjs; expiresOn: Dayjs; reason?: string }) => {
    setError(null);
    try {
      await renew.mutateAsync({
        id: certificate.id,
        body: {
          issuedOn: v.issuedOn.format('YYYY-MM-DD'),
          expiresOn: v.expiresOn.format('YYYY-MM-DD'),
          reason: v.reason?.trim() || undefined,
        },
      });
      message.success(t('已换证延续', 'Renewed'));
      onClose();
    } catch (e) {
      const applied = applyServerErrors(form, e);
      setError({ error: e, details: applied.unmatched.map((u) => u.replace(/^officerId: /, '')) });
    }
  };
  return (
    <Modal
      open
      title={`${t('换证延续', 'Renew')} ${certificate.number}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('换证延续', 'Renew')}
      okButtonProps={{ loading: renew.isPending }}
      cancelText={t('取消', 'Cancel')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t(
          '换证须满足发证条件：在岗、在编，且在发证日期前的有效期内通过执法资格考试并完成年度培训学时。',
          'Renewal needs the same conditions as an issue: in post, on an establishment, exam passed and training hours met.',
        )}
      </Typography.Paragraph>
      {error && <ErrorAlert error={error.error} details={error.details} />}
      <Form
        form={form}
        layout="vertical"
        name="certificateRenew"
        initialValues={{ issuedOn: today, expiresOn: today.add(5, 'year').subtract(1, 'day') }}
        onFinish={(v) => void run(v)}
      >
        <Flex gap={12}>
          <Form.Item name="issuedOn" label={t('发证日期', 'Issued on')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('有效期至', 'Valid until')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.Item name="reason" label={t('说明', 'Note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
